// Runs the ready-to-publish analysis (and the word and TK counts) once typing pauses. A keystroke
// only restarts a timer: no React state changes and no serialization on the typing path.
import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { analyzeArticle, type ArticleAnalysis } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { claimChecklistItems } from '../../../shared/checklist/claimChecks';
import { useClaims } from '../claims/claimsState';
import { knownAssetSizes } from '../images/assetInfo';
import { fieldSuggestionChecklistItems } from '../../../shared/checklist/fieldSuggestionChecks';
import { pendingFieldSuggestions } from '../../../shared/collab/suggestionsDoc';
import { useSuggestions } from '../suggestions/suggestionsState';

const ANALYSIS_DELAY_MS = 400;

export function useArticleAnalysis(
  editor: LexicalEditor,
  headline: string,
  hero: ImageSlot | null,
  language: string,
): ArticleAnalysis | null {
  const [analysis, setAnalysis] = useState<ArticleAnalysis | null>(null);
  const { claims, scale } = useClaims();
  const { records } = useSuggestions();
  const fieldSuggestions = useMemo(() => pendingFieldSuggestions(records), [records]);
  const fields = useRef({ headline, hero, language, claims, scale, fieldSuggestions });
  const schedule = useRef<(delay: number) => void>(() => {});

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      const body = editor.getEditorState().toJSON() as unknown as SerializedBody;
      const { claims, scale, language, fieldSuggestions, ...article } = fields.current;
      const result = analyzeArticle({ ...article, body }, knownAssetSizes());
      setAnalysis({
        ...result,
        items: [...result.items, ...fieldSuggestionChecklistItems(fieldSuggestions), ...claimChecklistItems(body, claims, scale, language)],
      });
    };
    schedule.current = (delay) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, delay);
    };
    schedule.current(0);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule.current(ANALYSIS_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);

  useEffect(() => {
    fields.current = { headline, hero, language, claims, scale, fieldSuggestions };
    schedule.current(ANALYSIS_DELAY_MS);
  }, [headline, hero, language, claims, scale, fieldSuggestions]);

  return analysis;
}
