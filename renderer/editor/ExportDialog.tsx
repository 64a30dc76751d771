// "Export…": the options, the ready-to-publish checklist, a live preview of the page exactly as it
// will be written (sandboxed, no scripts, images inlined so they show), and the export: the desktop
// app writes the zip on the main side where the person chooses; browser mode downloads it.
import { useCallback, useEffect, useState } from 'react';
import { claimChecklistItems } from '../../shared/checklist/claimChecks';
import { analyzeArticle, type ChecklistItem } from '../../shared/checklist/readyToPublish';
import { findScale } from '../../shared/claims/verdictScales';
import { useModalDialog } from '../dialogs/useModalDialog';
import { bridge, isElectron } from '../transport/bridge';
import { knownAssetSizes } from './images/assetInfo';
import { useTranslation } from 'react-i18next';
import { checklistText } from './checklist/checklistText';

type Format = 'html' | 'fragment' | 'md';
type Images = 'files' | 'inline';

function download(data: Uint8Array, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDialog({ articleId, flush, onClose }: { articleId: string; flush(): Promise<void>; onClose(): void }) {
  const ref = useModalDialog();
  const [format, setFormat] = useState<Format>('html');
  const [images, setImages] = useState<Images>('files');
  const [preview, setPreview] = useState<string | null>(null);
  const [blocking, setBlocking] = useState<ChecklistItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [canonical, setCanonical] = useState('');
  const [keepCredit, setKeepCredit] = useState(false);
  const { t } = useTranslation();

  const load = useCallback(async () => {
    await flush();
    const [page, article, claims] = await Promise.all([
      bridge.call('publish:preview', { articleId }),
      bridge.call('articles:get', { ref: articleId }),
      bridge.call('claims:list', { articleId }),
    ]);
    if (!page.ok) setMessage(page.error.message);
    else setPreview(page.value.html);
    if (article.ok && claims.ok) {
      const { headline, hero, body, language } = article.value;
      const base = analyzeArticle({ headline, hero, body }, knownAssetSizes());
      setBlocking([...base.items, ...claimChecklistItems(body, claims.value.items, findScale(claims.value.scaleId), language)]);
    }
  }, [articleId, flush]);

  useEffect(() => {
    void load();
  }, [load]);

  async function copyFragment() {
    setMessage(null);
    // The images go inside the HTML (as data), so they show wherever it is pasted: never a link back into this app.
    const result = await bridge.call('publish:fragment', { articleId, keepCredit });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    try {
      await navigator.clipboard.writeText(result.value.html);
      const { imageCount } = result.value;
      setMessage(imageCount === 0 ? t('export.copied') : t('export.copiedImages', { count: imageCount }));
    } catch {
      setMessage(t('export.clipboardRefused'));
    }
  }

  async function runExport() {
    setBusy(true);
    setMessage(null);
    const options = {
      articleId,
      format,
      images,
      keepCredit,
      ...(canonical.trim() ? { canonicalUrl: canonical.trim() } : {}),
    };
    if (isElectron) {
      // Zipped and written on the main side: the zip never travels through this window.
      const saved = await bridge.call('publish:exportToFile', options);
      setBusy(false);
      if (!saved.ok) setMessage(saved.error.message);
      else if (saved.value.saved) setMessage(t('export.exportedTo', { file: saved.value.fileName }));
      return;
    }
    const result = await bridge.call('publish:export', options);
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    download(result.value.zip, result.value.fileName, 'application/zip');
    setMessage(t('export.exported', { file: result.value.fileName }));
  }

  return (
    <dialog ref={ref} aria-label={t('export.title')} className="confirm-dialog report-dialog" onCancel={onClose}>
      <h2>{t('export.heading')}</h2>
      <div className="export-options">
        <fieldset>
          <legend>{t('export.format')}</legend>
          {(
            [
              ['html', t('export.html')],
              ['fragment', t('export.fragment')],
              ['md', t('export.md')],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.images')}</legend>
          <label className="check">
            <input type="radio" name="images" checked={images === 'files'} onChange={() => setImages('files')} /> {t('export.imageFiles')}
          </label>
          <label className="check">
            <input type="radio" name="images" checked={images === 'inline'} onChange={() => setImages('inline')} />{' '}
            {t('export.imageInline')}
          </label>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={keepCredit} onChange={(e) => setKeepCredit(e.target.checked)} /> {t('export.keepCredit')}
        </label>
        <label className="field">
          <span>{t('export.canonical')}</span>
          <input type="url" translate="no" value={canonical} placeholder="https://…" onChange={(e) => setCanonical(e.target.value)} />
        </label>
      </div>
      {blocking && (
        <section aria-label={t('export.ready')}>
          {blocking.length === 0 ? (
            <p className="panel-ok">{t('export.nothingBlocks')}</p>
          ) : (
            <>
              <p className="notice">{t('export.blocks', { count: blocking.length })}</p>
              <ul className="export-blocking">
                {blocking.slice(0, 12).map((item) => (
                  <li key={item.id}>{checklistText(item)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {preview && <iframe title={t('export.previewFrame')} sandbox="" srcDoc={preview} className="report-frame" />}
      {message && <p role="alert">{message}</p>}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void runExport()}>
          {busy ? t('export.exporting') : t('export.run')}
        </button>
        <button type="button" onClick={() => void copyFragment()} title={t('export.copyTitle')}>
          {t('export.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
