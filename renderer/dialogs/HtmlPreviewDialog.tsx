// Shows a generated HTML document exactly as it will be written, in a sandboxed frame (no scripts
// run), with a download link.
import { useEffect, useState } from 'react';
import { useModalDialog } from './useModalDialog';
import { useTranslation } from 'react-i18next';

/** Widths to judge a page at, as readers' screens are (CSS pixels, shown full size). */
const READER_WIDTHS = [
  ['Phone', 390],
  ['Tablet', 768],
  ['Desktop', 1280],
] as const;

interface Props {
  title: string;
  load(): Promise<{ html: string; fileName: string } | { error: string }>;
  onClose(): void;
  /** Offer the reader widths (a publication page); otherwise the frame fills the dialog. */
  readerWidths?: boolean;
}

export function HtmlPreviewDialog({ title, load, onClose, readerWidths = false }: Props) {
  const ref = useModalDialog();
  const [width, setWidth] = useState<number | null>(readerWidths ? 1280 : null);
  const [doc, setDoc] = useState<{ html: string; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [href, setHref] = useState<string | undefined>(undefined);
  const { t } = useTranslation();

  useEffect(() => {
    void load().then((result) => ('error' in result ? setError(result.error) : setDoc(result)));
  }, [load]);

  useEffect(() => {
    if (!doc) return;
    const url = URL.createObjectURL(new Blob([doc.html], { type: 'text/html' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [doc]);

  return (
    <dialog ref={ref} aria-label={title} className="confirm-dialog report-dialog" onCancel={onClose}>
      <h2>{title}</h2>
      {error && <p role="alert">{error}</p>}
      {readerWidths && (
        <fieldset className="reader-widths">
          <legend>{t('preview.width')}</legend>
          {READER_WIDTHS.map(([name, px]) => (
            <label key={name}>
              <input type="radio" name="reader-width" checked={width === px} onChange={() => setWidth(px)} />
              {t('preview.widthChoice', { name: t(`preview.${name}`), px })}
            </label>
          ))}
        </fieldset>
      )}
      {doc && (
        // Focusable, so a page wider than the dialog can be scrolled from the keyboard too.
        <div className="report-frame-scroller" tabIndex={0} role="region" aria-label={t('preview.scrollable', { title })}>
          <iframe
            title={t('preview.frame', { title })}
            sandbox=""
            srcDoc={doc.html}
            className="report-frame"
            style={width === null ? undefined : { width: `${width}px` }}
          />
        </div>
      )}
      <div className="button-row">
        {doc && href && (
          <a className="button primary" href={href} download={doc.fileName}>
            {t('preview.download')}
          </a>
        )}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
