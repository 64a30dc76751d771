// Shows the fact-check report exactly as it will be saved (sandboxed: no scripts run) and downloads it.
import { useEffect, useState } from 'react';
import { useModalDialog } from '../../dialogs/useModalDialog';
import { bridge } from '../../transport/bridge';

export function ReportDialog({ articleId, flush, onClose }: { articleId: string; flush(): Promise<void>; onClose(): void }) {
  const ref = useModalDialog();
  const [report, setReport] = useState<{ html: string; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void flush().then(() =>
      bridge.call('claims:report', { articleId }).then((r) => (r.ok ? setReport(r.value) : setError(r.error.message))),
    );
  }, [articleId, flush]);

  const href = report ? URL.createObjectURL(new Blob([report.html], { type: 'text/html' })) : undefined;
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);

  return (
    <dialog ref={ref} aria-label="Fact-check report" className="confirm-dialog report-dialog" onCancel={onClose}>
      <h2>Fact-check report</h2>
      {error && <p role="alert">{error}</p>}
      {report && <iframe title="Fact-check report preview" sandbox="" srcDoc={report.html} className="report-frame" />}
      <div className="button-row">
        {report && (
          <a className="button primary" href={href} download={report.fileName}>
            Download report
          </a>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
