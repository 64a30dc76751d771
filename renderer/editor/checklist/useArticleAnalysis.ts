// Runs the ready-to-publish analysis (and the word and TK counts) once typing pauses, in the
// analysis worker. A keystroke only restarts a timer: no React state changes and no serialization
// on the typing path; the page's part of a run is the editor state's JSON.
import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleAnalysis, AssetSize } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { useClaims } from '../claims/claimsState';
import { knownAssetSizes } from '../images/assetInfo';
import { fieldSuggestionChecklistItems } from '../../../shared/checklist/fieldSuggestionChecks';
import { pendingFieldSuggestions } from '../../../shared/collab/suggestionsDoc';
import { useSuggestions } from '../suggestions/suggestionsState';
import { analyse } from '../../analysis/analysisClient';

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
    let latest = 0;
    let mounted = true;
    const run = () => {
      timer = null;
      const mine = ++latest;
      const body = editor.getEditorState().toJSON() as unknown as SerializedBody;
      const { claims, scale, language, fieldSuggestions, headline, hero } = fields.current;
      const assetSizes = [...knownAssetSizes()].map(([id, { width, height }]) => [id, { width, height }] as [string, AssetSize]);
      analyse({ kind: 'checklist', body, headline, hero, assetSizes, claims: [...claims], scaleId: scale.id, language }).then(
        ({ analysis, claimItems }) => {
          // A later run (the text changed meanwhile) answers for itself.
          if (!mounted || mine !== latest) return;
          setAnalysis({ ...analysis, items: [...analysis.items, ...fieldSuggestionChecklistItems(fieldSuggestions), ...claimItems] });
        },
        (error: Error) => console.warn(`[redaksi] ${error.message}`),
      );
    };
    schedule.current = (delay) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, delay);
    };
    // Not at once: an opening article's text arrives as an update, and the first run waits for it.
    schedule.current(ANALYSIS_DELAY_MS);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule.current(ANALYSIS_DELAY_MS);
    });
    return () => {
      mounted = false;
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
