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
      setMessage(
        imageCount === 0
          ? 'The HTML fragment is on the clipboard, ready to paste into the CMS.'
          : `The HTML fragment is on the clipboard with its ${imageCount === 1 ? 'image' : `${imageCount} images`} inside it, so ${imageCount === 1 ? 'it shows' : 'they show'} wherever you paste it. To upload image files instead, export the fragment: its images/ folder matches the names in the HTML.`,
      );
    } catch {
      setMessage('The clipboard refused the copy; export the fragment as a file instead.');
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
      else if (saved.value.saved) setMessage(`Exported to ${saved.value.fileName}.`);
      return;
    }
    const result = await bridge.call('publish:export', options);
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    download(result.value.zip, result.value.fileName, 'application/zip');
    setMessage(`Exported ${result.value.fileName}.`);
  }

  return (
    <dialog ref={ref} aria-label="Export" className="confirm-dialog report-dialog" onCancel={onClose}>
      <h2>Export for publication</h2>
      <div className="export-options">
        <fieldset>
          <legend>Format</legend>
          {(
            [
              ['html', 'Full HTML page'],
              ['fragment', 'HTML fragment for a CMS'],
              ['md', 'Markdown'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Images</legend>
          <label className="check">
            <input type="radio" name="images" checked={images === 'files'} onChange={() => setImages('files')} /> Files in images/ (WebP
            sizes + original)
          </label>
          <label className="check">
            <input type="radio" name="images" checked={images === 'inline'} onChange={() => setImages('inline')} /> Inside the page (one
            self-contained file)
          </label>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={keepCredit} onChange={(e) => setKeepCredit(e.target.checked)} /> Keep the credit in the image
          files (nothing else: no GPS, no camera data)
        </label>
        <label className="field">
          <span>Canonical URL (optional)</span>
          <input type="url" value={canonical} placeholder="https://…" onChange={(e) => setCanonical(e.target.value)} />
        </label>
      </div>
      {blocking && (
        <section aria-label="Ready to publish">
          {blocking.length === 0 ? (
            <p className="panel-ok">Nothing blocks publishing.</p>
          ) : (
            <>
              <p className="notice">
                {blocking.length} {blocking.length === 1 ? 'thing still blocks' : 'things still block'} publishing:
              </p>
              <ul className="export-blocking">
                {blocking.slice(0, 12).map((item) => (
                  <li key={item.id}>{item.message}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {preview && <iframe title="Export preview" sandbox="" srcDoc={preview} className="report-frame" />}
      {message && <p role="alert">{message}</p>}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void runExport()}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
        <button type="button" onClick={() => void copyFragment()} title="The body as HTML for a CMS, with its images inside it">
          Copy HTML fragment
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
