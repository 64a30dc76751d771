// The fact-check report, made from the saved data (edits are written first).
import { useCallback } from 'react';
import { HtmlPreviewDialog } from '../../dialogs/HtmlPreviewDialog';
import { bridge } from '../../transport/bridge';
import { useTranslation } from 'react-i18next';

export function ReportDialog({ articleId, flush, onClose }: { articleId: string; flush(): Promise<void>; onClose(): void }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    await flush();
    const result = await bridge.call('claims:report', { articleId });
    return result.ok ? result.value : { error: result.error.message };
  }, [articleId, flush]);
  return <HtmlPreviewDialog title={t('claims.report')} load={load} onClose={onClose} />;
}
