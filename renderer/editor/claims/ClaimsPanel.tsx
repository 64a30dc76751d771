// The claims panel: counts, filters, every claim by verdict colour, orphans, suggestions and the report.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';
import { memo, useEffect, useMemo, useState } from 'react';
import { CLAIM_STATUSES, type Claim } from '../../../shared/claims/claimSchema';
import type { BodySuggestion } from '../../../shared/claims/detectClaims';
import { analyse } from '../../analysis/analysisClient';
import { findVerdict, VERDICT_SCALES } from '../../../shared/claims/verdictScales';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { ClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { $selectInBlock, $wrapInClaim, anchoredIds, selectClaim } from './claimAnchors';
import { sameAnchorIds, sameAnchors } from '../markAnchors';
import { useKeptState } from '../useKeptState';
import { ClaimEditor } from './ClaimEditor';
import { useClaims } from './claimsState';
import { ReportDialog } from './ReportDialog';
import { SelectField } from './SelectField';

import { useProfile } from '../../app/profile';
import { useSideTabs } from '../sidePanel/sideTabs';
import { Trans, useTranslation } from 'react-i18next';
import { isTranslatedScale, isTranslatedVerdict, scaleName, verdictLabel, verdictOption } from './verdictText';
const REFRESH_DELAY_MS = 500;

function $nodeAt(path: number[]): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const i of path) node = node && $isElementNode(node) ? node.getChildAtIndex(i) : null;
  return node;
}

function excerpt(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Memoized: the side panel re-renders when a suggestion's record changes, and 300 claims need not. */
export const ClaimsPanel = memo(function ClaimsPanel({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const claimsApi = useClaims();
  const { claims, scale, error } = claimsApi;
  const [anchored, offerAnchored] = useKeptState(() => anchoredIds(editor), sameAnchors);
  const [suggestions, setSuggestions] = useState<BodySuggestion[]>([]);
  const [dismissed, setDismissed] = useState<Set<string>>(
    () => new Set(JSON.parse(localStorage.getItem(`redaksi:dismissed:${claimsApi.articleId}`) ?? '[]') as string[]),
  );
  const [open, setOpen] = useState<string | null>(null);
  /** A claim just marked: its record opens with the cursor in Summary. */
  const [focusing, setFocusing] = useState<string | null>(null);
  const { claimRequest } = useSideTabs();
  useEffect(() => {
    if (!claimRequest) return;
    setOpen(claimRequest.id);
    setFocusing(claimRequest.focus ? claimRequest.id : null);
  }, [claimRequest]);
  const [filters, setFilters] = useState({ verdict: '', status: '', assignee: '' });
  const userName = useProfile()?.profile?.name ?? '';
  const [report, setReport] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest = 0;
    let mounted = true;
    const detect = () => {
      // Sentence detection reads the whole article: in the analysis worker, the latest run's answer kept.
      const run = ++latest;
      const body = editor.getEditorState().toJSON() as unknown as SerializedBody;
      analyse({ kind: 'detect', body, language }).then(
        ({ suggestions }) => {
          if (mounted && run === latest) setSuggestions(suggestions);
        },
        (error: Error) => console.warn(`[redaksi] ${error.message}`),
      );
    };
    const refresh = () => {
      offerAnchored(anchoredIds(editor));
      detect();
    };
    // Not at once: while an article opens, its text arrives as an update (detected after it) and the
    // page has better things to do than start the worker on an empty editor.
    timer = setTimeout(detect, REFRESH_DELAY_MS);
    const unregister = mergeRegister(
      // A claim marked or cut shows at once; the words of a claim typed in (a suggestion's first key
      // rewrites the marks around it) follow on the pause, so 300 claims are not drawn on a keystroke.
      editor.registerMutationListener(ClaimMarkNode, () => offerAnchored(anchoredIds(editor), sameAnchorIds), {
        skipInitialization: true,
      }),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(refresh, REFRESH_DELAY_MS);
      }),
    );
    return () => {
      mounted = false;
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, language, offerAnchored]);

  const rememberDismissed = (sentence: string) => {
    const next = new Set(dismissed).add(sentence);
    setDismissed(next);
    localStorage.setItem(`redaksi:dismissed:${claimsApi.articleId}`, JSON.stringify([...next]));
  };

  const live = claims.filter((c) => anchored.has(c.id));
  const orphans = claims.filter((c) => !anchored.has(c.id));
  const checked = live.filter((c) => findVerdict(scale, c.verdict).checked).length;
  const assignees = [...new Set(claims.map((c) => c.assignee).filter(Boolean))];
  const shown = live.filter(
    (c) =>
      (!filters.verdict || c.verdict === filters.verdict) &&
      (!filters.status || c.status === filters.status) &&
      (!filters.assignee || c.assignee === filters.assignee),
  );
  const openSuggestions = useMemo(
    () =>
      suggestions.filter(
        (s) => !dismissed.has(s.sentence) && !claims.some((c) => s.sentence.includes(c.quote) || c.quote.includes(s.sentence)),
      ),
    [suggestions, dismissed, claims],
  );

  async function accept(s: BodySuggestion) {
    const claim = await claimsApi.create(
      s.sentence,
      s.vague ? { attributionQuality: 'vague', kind: 'attribution' } : s.reasons.includes('attribution') ? { kind: 'attribution' } : {},
    );
    if (!claim) return;
    editor.update(() => {
      const block = $nodeAt(s.path);
      const selection = block ? $selectInBlock(block, s.start, s.end) : null;
      if (selection) $wrapInClaim(selection, claim.id);
    });
  }

  function reanchor(claim: Claim) {
    let anchoredNow = false;
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && !selection.isCollapsed()) {
        $wrapInClaim(selection, claim.id);
        anchoredNow = true;
      }
    });
    setHint(anchoredNow ? null : t('claims.reanchorHint'));
  }

  return (
    <div className="claims-panel">
      {error && <p role="alert">{error}</p>}
      <p className="claims-count" aria-live="polite">
        {t('claims.checked', { checked, total: live.length })}
      </p>
      <p className="signing-as">
        {userName ? (
          <Trans i18nKey="claims.signingAs" values={{ name: userName }} components={{ b: <span translate="no" /> }} />
        ) : (
          t('claims.noName')
        )}
      </p>
      <div className="claim-filters">
        <SelectField
          label={t('claims.scale')}
          value={scale.id}
          options={VERDICT_SCALES.map((x) => [x.id, scaleName(x), !isTranslatedScale(x)] as const)}
          onChange={(id) => void claimsApi.setScale(id)}
        />
        <SelectField
          label={t('claims.byVerdict')}
          value={filters.verdict}
          options={[['', t('claims.allVerdicts')], ...scale.verdicts.map((v) => verdictOption(scale, v))]}
          onChange={(verdict) => setFilters({ ...filters, verdict })}
        />
        <SelectField
          label={t('claims.byStatus')}
          value={filters.status}
          options={[['', t('claims.allStatuses')], ...CLAIM_STATUSES.map((x) => [x, t(`claimStatus.${x}`)] as const)]}
          onChange={(status) => setFilters({ ...filters, status })}
        />
        <SelectField
          label={t('claims.byAssignee')}
          value={filters.assignee}
          options={[['', t('claims.everyone')], ...assignees.map((a) => [a, a, true] as const)]}
          onChange={(assignee) => setFilters({ ...filters, assignee })}
        />
      </div>
      <ul className="claim-list" aria-label={t('claims.list')}>
        {shown.map((claim) => {
          const verdict = findVerdict(scale, claim.verdict);
          return (
            <li key={claim.id} className={`claim-item tone-${verdict.tone}`}>
              <button
                type="button"
                className="claim-head"
                aria-expanded={open === claim.id}
                onClick={() => {
                  setFocusing(null);
                  setOpen(open === claim.id ? null : claim.id);
                  selectClaim(editor, claim.id);
                }}
              >
                <span className="verdict-badge" translate={isTranslatedVerdict(scale, verdict) ? undefined : 'no'}>
                  {verdictLabel(scale, verdict)}
                </span>{' '}
                <span translate="no">{excerpt(anchored.get(claim.id) ?? claim.quote)}</span>
              </button>
              {open === claim.id && (
                <ClaimEditor
                  key={claim.id}
                  claim={claim}
                  currentText={anchored.get(claim.id) ?? null}
                  userName={userName}
                  focusSummary={focusing === claim.id}
                />
              )}
            </li>
          );
        })}
      </ul>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">{t('claims.orphans')}</h3>
          <p className="hint">{t('claims.orphansHint')}</p>
          {hint && <p role="alert">{hint}</p>}
          <ul className="claim-list" aria-label={t('claims.orphans')}>
            {orphans.map((claim) => (
              <li key={claim.id} className="claim-item orphan">
                <q translate="no">{excerpt(claim.quote)}</q>
                <div className="button-row">
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => reanchor(claim)}>
                    {t('claims.reanchor')}
                  </button>
                  <button type="button" onClick={() => void claimsApi.remove(claim.id)}>
                    {t('claims.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {openSuggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading">{t('claims.suggested')}</h3>
          <ul className="claim-list" aria-label={t('claims.suggested')}>
            {openSuggestions.map((s) => (
              <li key={`${s.path.join('.')}:${s.start}`} className={`claim-item suggestion${s.vague ? ' vague' : ''}`}>
                <q translate="no">{excerpt(s.sentence, 160)}</q>
                <p className="hint">
                  {s.reasons.map((reason) => t(`reason.${reason}`)).join(', ')}
                  {s.vague && t('claims.vague')}
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    aria-label={t('claims.acceptSuggestion', { sentence: excerpt(s.sentence, 60) })}
                    onClick={() => void accept(s)}
                  >
                    {t('common.accept')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('claims.dismissSuggestion', { sentence: excerpt(s.sentence, 60) })}
                    onClick={() => rememberDismissed(s.sentence)}
                  >
                    {t('claims.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" onClick={() => setReport(true)}>
        {t('claims.report')}
      </button>
      {report && <ReportDialog articleId={claimsApi.articleId} flush={claimsApi.flushArticle} onClose={() => setReport(false)} />}
    </div>
  );
});
