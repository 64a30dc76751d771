// The typing baseline: a bare Lexical editor with the article's node classes and nothing of the app
// (no plugins beyond rich text itself, no panels, no autosave), loaded with the same document.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createRoot } from 'react-dom/client';
import { ARTICLE_NODES } from '../../shared/editor/nodes/articleNodes';

declare global {
  interface Window {
    benchLoad(json: string): void;
  }
}

window.benchLoad = (json: string) => {
  const initialConfig = {
    namespace: 'bare',
    nodes: [...ARTICLE_NODES],
    editorState: json,
    onError: (error: Error) => {
      throw error;
    },
  };
  createRoot(document.getElementById('root')!).render(
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="editor-body" role="textbox" aria-label="Article body" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
    </LexicalComposer>,
  );
};
