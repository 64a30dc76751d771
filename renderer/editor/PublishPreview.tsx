// "Preview": the publication page exactly as the renderer makes it from the saved article, at a
// phone's, a tablet's or a desktop's width.
import { useCallback } from 'react';
import { HtmlPreviewDialog } from '../dialogs/HtmlPreviewDialog';
import { bridge } from '../transport/bridge';
import { useTranslation } from 'react-i18next';

export function PublishPreview({
  articleId,
  slug,
  flush,
  onClose,
}: {
  articleId: string;
  slug: string;
  flush(): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    await flush();
    const result = await bridge.call('publish:preview', { articleId });
    return result.ok ? { html: result.value.html, fileName: `${slug}.html` } : { error: result.error.message };
  }, [articleId, slug, flush]);
  return <HtmlPreviewDialog title={t('preview.title')} load={load} onClose={onClose} readerWidths />;
}
