// Footnotes in the editor: each reference shows its number (its place among the references, set
// here after updates while the article has any: never stored, so moving text renumbers them); the
// notes block holds notes only (a stray paragraph moves out after it) and is named for screen
// readers and on screen ("Notes"); clicking a reference goes to its note.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getRoot } from 'lexical';
import { useEffect } from 'react';
import { registerElementAttributes, registerHolderTransform } from '../cardHolders';
import { useTranslation } from 'react-i18next';
import { $isFootnoteNode } from '../../../shared/editor/cards/footnotes/FootnoteNode';
import { $isFootnoteRefNode, FootnoteRefNode } from '../../../shared/editor/cards/footnotes/FootnoteRefNode';
import { FootnotesNode } from '../../../shared/editor/cards/footnotes/FootnotesNode';

export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const label = t('footnotes.label');

  useEffect(() => {
    const refs = new Set<string>();
    let frame = 0;
    // Once a frame at most, and only while the article has references: typing elsewhere costs nothing.
    const renumber = () => {
      frame = 0;
      const sups = editor.getRootElement()?.querySelectorAll<HTMLElement>('sup.ed-footnote-ref') ?? [];
      sups.forEach((sup, i) => {
        if (sup.textContent !== String(i + 1)) sup.textContent = String(i + 1);
      });
    };
    const schedule = () => {
      if (refs.size > 0 && frame === 0) frame = requestAnimationFrame(renumber);
    };
    const unregister = [
      editor.registerMutationListener(FootnoteRefNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') refs.delete(key);
          else refs.add(key);
        }
      }),
      editor.registerUpdateListener(schedule),
    ];
    return () => {
      cancelAnimationFrame(frame);
      for (const off of unregister) off();
    };
  }, [editor]);

  useEffect(() => registerHolderTransform(editor, FootnotesNode, $isFootnoteNode), [editor]);
  useEffect(() => registerElementAttributes(editor, FootnotesNode, { 'aria-label': label }), [editor, label]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('.ed-footnote-ref') : null;
      if (!target) return;
      editor.update(() => {
        const ref = $getNearestNodeFromDOMNode(target);
        if (!$isFootnoteRefNode(ref)) return;
        const id = ref.getNoteId();
        const note = $getRoot()
          .getChildren()
          .flatMap((block) => (block instanceof FootnotesNode ? block.getChildren() : []))
          .find((n) => $isFootnoteNode(n) && n.getNoteId() === id);
        note?.selectEnd();
      });
    };
    // Called with the old root (and null) when the editor lets go of it, so the listener goes with it.
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);

  return null;
}
