// Word count and reading time, recomputed once typing pauses rather than on every keystroke.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../shared/text/textStats';

const RECOUNT_DELAY_MS = 400;

export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const [words, setWords] = useState(() => editor.getEditorState().read(() => countWords($getRoot().getTextContent())));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        setWords(editor.getEditorState().read(() => countWords($getRoot().getTextContent())));
      }, RECOUNT_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);
  const minutes = readingMinutes(words);
  return (
    <p className="word-count" aria-live="off">
      {words.toLocaleString()} {words === 1 ? 'word' : 'words'} · {minutes} min read
    </p>
  );
}
