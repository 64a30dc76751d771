// F8 / Shift+F8 in the body: to the next (previous) claim's words, wrapping round the article; the
// words are selected and brought into view, and the claim's record opens in the Claims tab, so a
// fact-checker can walk an article claim by claim from the keyboard.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getNearestNodeFromDOMNode, $setSelection } from 'lexical';
import { useEffect } from 'react';
import { $isClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { useSideTabs } from '../sidePanel/sideTabs';

const NEXT_CLAIM_KEY = 'F8';

export function ClaimStepPlugin() {
  const [editor] = useLexicalComposerContext();
  const { openClaim } = useSideTabs();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== NEXT_CLAIM_KEY || event.ctrlKey || event.altKey || event.metaKey) return;
      const root = editor.getRootElement();
      const marks = [...(root?.querySelectorAll<HTMLElement>('.claim-mark') ?? [])];
      if (marks.length === 0) return;
      event.preventDefault();
      const target = stepFrom(marks, event.shiftKey);
      let id: string | null = null;
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(target);
        if (!$isClaimMarkNode(node)) return;
        const selection = $createRangeSelection();
        selection.anchor.set(node.getKey(), 0, 'element');
        selection.focus.set(node.getKey(), node.getChildrenSize(), 'element');
        $setSelection(selection);
        id = node.getIDs()[0] ?? null;
      });
      target.scrollIntoView({ block: 'center' });
      // The cursor stays in the text, so the next F8 goes on from here.
      if (id) openClaim(id, false);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, openClaim]);
  return null;
}

/** The first mark after the selection (before it, backwards), or the first (last) one round the end. */
function stepFrom(marks: HTMLElement[], backwards: boolean): HTMLElement {
  const selection = window.getSelection();
  const at = selection?.rangeCount ? selection.getRangeAt(0) : null;
  const ordered = backwards ? [...marks].reverse() : marks;
  if (!at) return ordered[0]!;
  for (const mark of ordered) {
    const range = document.createRange();
    range.selectNodeContents(mark);
    // END_TO_START: the mark's start against the selection's end; START_TO_END: its end against the selection's start.
    const where = range.compareBoundaryPoints(backwards ? Range.START_TO_END : Range.END_TO_START, at);
    if (backwards ? where < 0 : where >= 0) return mark;
  }
  return ordered[0]!;
}
