// Runs the ready-to-publish analysis (and the word and TK counts) once typing pauses,
// never on the keystroke itself.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { analyzeArticle, type ArticleAnalysis } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { knownAssetSizes } from '../images/assetInfo';

const ANALYSIS_DELAY_MS = 400;

export function useArticleAnalysis(editor: LexicalEditor | null, headline: string, hero: ImageSlot | null): ArticleAnalysis | null {
  const [analysis, setAnalysis] = useState<ArticleAnalysis | null>(null);
  const [bodyVersion, setBodyVersion] = useState(0);

  useEffect(() => {
    if (!editor) return;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) setBodyVersion((v) => v + 1);
    });
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    const timer = setTimeout(
      () => {
        const body = editor.getEditorState().toJSON() as unknown as SerializedBody;
        setAnalysis(analyzeArticle({ headline, hero, body }, knownAssetSizes()));
      },
      analysis === null ? 0 : ANALYSIS_DELAY_MS,
    );
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- analysis is read only to run the first pass at once
  }, [editor, headline, hero, bodyVersion]);

  return analysis;
}
