// The ready-to-publish checklist: everything that still blocks publishing; each entry jumps to its place.
import { $isElementNode, $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';
import type { ArticleAnalysis, ChecklistTarget } from '../../../shared/checklist/readyToPublish';
import { $isSectionNode } from '../../../shared/editor/nodes/SectionNode';
import { selectClaim } from '../claims/claimAnchors';
import { fieldInputId } from '../fieldSuggestions';
import { useTranslation } from 'react-i18next';
import { checklistText } from './checklistText';

function $nodeAtPath(path: number[]): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of path) {
    if (!node || !$isElementNode(node)) return null;
    node = node.getChildAtIndex(index);
  }
  return node;
}

export function jumpTo(editor: LexicalEditor, target: ChecklistTarget): void {
  if (target.kind === 'headline') {
    document.querySelector<HTMLTextAreaElement>('.field-headline textarea')?.focus();
    return;
  }
  if (target.kind === 'field') {
    document.getElementById(fieldInputId(target.field))?.focus();
    return;
  }
  if (target.kind === 'claim') {
    selectClaim(editor, target.id);
    return;
  }
  if (target.kind === 'hero') {
    const slot = document.querySelector<HTMLElement>('.hero-slot');
    const input =
      target.field === 'image' ? slot?.querySelector<HTMLElement>('button') : slot?.querySelector<HTMLElement>(`[name="${target.field}"]`);
    slot?.scrollIntoView({ block: 'center' });
    input?.focus();
    return;
  }
  let key: string | null = null;
  editor.update(() => {
    const node = $nodeAtPath(target.path);
    if (!node) return;
    key = node.getKey();
    // A folded section opens to show the problem.
    const section = node.getParents().find($isSectionNode) ?? ($isSectionNode(node) ? node : null);
    if (section?.isCollapsed()) section.setCollapsed(false);
    if (!target.field) {
      if ($isElementNode(node)) node.selectStart();
      else node.selectNext?.();
    }
  });
  if (!key) return;
  const dom = editor.getElementByKey(key);
  dom?.scrollIntoView({ block: 'center' });
  if (target.field) dom?.querySelector<HTMLElement>(target.field === 'image' ? 'button' : `[name="${target.field}"]`)?.focus();
  else editor.focus();
}

export function ChecklistPanel({ analysis, editor }: { analysis: ArticleAnalysis | null; editor: LexicalEditor | null }) {
  const { t } = useTranslation();
  if (!analysis || !editor) return <p className="panel-empty">{t('checklist.checking')}</p>;
  if (analysis.items.length === 0) return <p className="panel-ok">{t('checklist.ok')}</p>;
  return (
    <ul className="checklist" aria-label={t('checklist.list')}>
      {analysis.items.map((item) => (
        <li key={item.id}>
          <button type="button" onClick={() => jumpTo(editor, item.target)}>
            {checklistText(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
