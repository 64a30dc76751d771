// Shows a generated HTML document exactly as it will be written, in a sandboxed frame (no scripts
// run), with a download link.
import { useEffect, useState } from 'react';
import { useModalDialog } from './useModalDialog';

interface Props {
  title: string;
  load(): Promise<{ html: string; fileName: string } | { error: string }>;
  onClose(): void;
}

export function HtmlPreviewDialog({ title, load, onClose }: Props) {
  const ref = useModalDialog();
  const [doc, setDoc] = useState<{ html: string; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [href, setHref] = useState<string | undefined>(undefined);

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
      {doc && <iframe title={`${title} preview`} sandbox="" srcDoc={doc.html} className="report-frame" />}
      <div className="button-row">
        {doc && href && (
          <a className="button primary" href={href} download={doc.fileName}>
            Download
          </a>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
