// Keeps sections well-formed (title first, never empty, somewhere to type after the last one),
// shows their numbers, and moves the section at the cursor with Alt+Shift+↑/↓.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { $isSectionNode, SectionNode } from '../../../shared/editor/nodes/SectionNode';
import { $createSectionTitleNode, $isSectionTitleNode, SectionTitleNode } from '../../../shared/editor/nodes/SectionTitleNode';
import { sectionNumbers } from '../../../shared/editor/sectionNumbers';
import { $moveSection, $sectionAtSelection, MOVE_SECTION_COMMAND } from './sectionCommands';

function $normalizeSection(node: SectionNode): void {
  const first = node.getFirstChild();
  if (node.isTitled() && !$isSectionTitleNode(first)) {
    if (first) first.insertBefore($createSectionTitleNode());
    else node.append($createSectionTitleNode());
  }
  const bodyStart = node.isTitled() ? node.getChildAtIndex(1) : node.getFirstChild();
  if (!bodyStart) node.append($createParagraphNode());
  if (node.getParent() === $getRoot() && node.getNextSibling() === null) node.insertAfter($createParagraphNode());
}

function $normalizeTitle(node: SectionTitleNode): void {
  const parent = node.getParent();
  if ($isSectionNode(parent) && parent.getFirstChild() === node) return;
  // A title that lost its place (pasted, dragged out) becomes an ordinary paragraph, keeping its text.
  const paragraph = $createParagraphNode();
  paragraph.append(...node.getChildren());
  node.replace(paragraph);
}

/** Writes each numbered section's number onto its element (shown by the stylesheet, read by tests and the outline). */
function renumber(editor: LexicalEditor): void {
  editor.getEditorState().read(() => {
    const sections = $getRoot().getChildren().filter($isSectionNode);
    const numbers = sectionNumbers(sections.map((s) => ({ numbered: s.isNumbered() })));
    sections.forEach((s, i) => {
      const dom = editor.getElementByKey(s.getKey());
      if (!dom) return;
      const n = numbers[i];
      if (n === null || n === undefined) delete dom.dataset.number;
      else dom.dataset.number = String(n);
    });
  });
}

export function SectionsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    renumber(editor);
    return mergeRegister(
      editor.registerNodeTransform(SectionNode, $normalizeSection),
      editor.registerNodeTransform(SectionTitleNode, $normalizeTitle),
      // Only section mutations (insert, move, delete) renumber; typing inside a section does not.
      editor.registerMutationListener(SectionNode, () => renumber(editor), { skipInitialization: false }),
      editor.registerCommand(MOVE_SECTION_COMMAND, ({ key, direction }) => $moveSection(key, direction), COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return false;
          let moved = false;
          // The DOM selection is current even when a click has not yet reached Lexical's selection.
          const domAnchor = window.getSelection()?.anchorNode ?? null;
          editor.update(() => {
            const fromDom = domAnchor ? $getNearestNodeFromDOMNode(domAnchor) : null;
            const current = fromDom ? $findMatchingParent(fromDom, $isSectionNode) : $sectionAtSelection();
            if ($isSectionNode(current))
              moved = editor.dispatchCommand(MOVE_SECTION_COMMAND, { key: current.getKey(), direction: event.key === 'ArrowUp' ? -1 : 1 });
          });
          if (moved) event.preventDefault();
          return moved;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return null;
}
