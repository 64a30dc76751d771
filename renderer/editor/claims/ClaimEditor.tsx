// Everything about one claim: what it says, who said it, sources, verdict, notes, comments, sign-off.
import { useState } from 'react';
import {
  ATTRIBUTION_QUALITIES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  type Claim,
  type ClaimFields,
  type ClaimSource,
} from '../../../shared/claims/claimSchema';
import { useClaims } from './claimsState';
import { SelectField } from './SelectField';
import { CompareDialog } from '../history/CompareDialog';
import { wordDiff } from '../../../shared/history/compareVersions';
import { checkLinkUrl } from '../../../shared/text/safeUrl';

const EMPTY_SOURCE: ClaimSource = {
  url: '',
  title: '',
  publisher: '',
  accessed: '',
  archiveUrl: '',
  excerpt: '',
  primary: true,
  independent: true,
};
const STATUS_LABELS: Record<(typeof CLAIM_STATUSES)[number], string> = { open: 'Open', in_progress: 'In progress', done: 'Done' };

/** A text input that saves when it loses focus (not on every keystroke). */
function TextField({
  label,
  value,
  multiline,
  autoFocus,
  onSave,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  autoFocus?: boolean;
  onSave(value: string): void;
}) {
  const [draft, setDraft] = useState(value);
  const commit = () => draft !== value && onSave(draft);
  return (
    <label className="claim-field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input type="text" value={draft} autoFocus={autoFocus} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      )}
    </label>
  );
}

/**
 * A source's title, as a link to it when its address is a web page (Electron hands it to the system
 * browser; browser mode opens a tab with no opener). Anything else stays plain text.
 */
function SourceName({ source }: { source: ClaimSource }) {
  const name = <strong>{source.title || source.url}</strong>;
  const href = checkLinkUrl(source.url);
  if (!href || href.startsWith('mailto:')) return name;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  );
}

export function ClaimEditor({
  claim,
  currentText,
  userName,
  focusSummary = false,
}: {
  claim: Claim;
  currentText: string | null;
  userName: string;
  /** Just marked: the cursor starts in Summary. */
  focusSummary?: boolean;
}) {
  const { articleId, update, comment, signOff, scale, flushArticle } = useClaims();
  const [showingChanges, setShowingChanges] = useState(false);
  const [source, setSource] = useState<ClaimSource>(EMPTY_SOURCE);
  const [note, setNote] = useState('');
  const save = (patch: Partial<ClaimFields>) => void update(claim.id, patch);
  const changedSinceSignOff = claim.signOff !== null && currentText !== null && currentText !== claim.signOff.text;

  return (
    <div className="claim-editor">
      <TextField label="Summary" value={claim.summary} autoFocus={focusSummary} onSave={(summary) => save({ summary })} />
      <div className="claim-grid">
        <SelectField
          label="Kind"
          value={claim.kind}
          options={CLAIM_KINDS.map((k) => [k, k === 'opinion' ? 'opinion (not checkable)' : k] as const)}
          onChange={(kind) => save({ kind: kind as ClaimFields['kind'] })}
        />
        <SelectField
          label="Verdict"
          value={claim.verdict}
          options={scale.verdicts.map((v) => [v.id, v.label] as const)}
          onChange={(verdict) => save({ verdict, ...(claim.status === 'open' ? { status: 'in_progress' as const } : {}) })}
        />
        <SelectField
          label="Status"
          value={claim.status}
          options={CLAIM_STATUSES.map((x) => [x, STATUS_LABELS[x]] as const)}
          onChange={(status) => save({ status: status as ClaimFields['status'] })}
        />
        <SelectField
          label="Attribution quality"
          value={claim.attributionQuality}
          options={ATTRIBUTION_QUALITIES.map((q) => [q, q] as const)}
          onChange={(quality) => save({ attributionQuality: quality as ClaimFields['attributionQuality'] })}
        />
      </div>
      {claim.kind === 'opinion' && (
        <p className="hint">Opinions are not checkable; say so in the conclusion if the text presents one as fact.</p>
      )}
      <TextField label="Conclusion (one line)" value={claim.conclusion} onSave={(conclusion) => save({ conclusion })} />
      <TextField label="Claimant" value={claim.claimant} onSave={(claimant) => save({ claimant })} />
      <fieldset className="claim-fieldset">
        <legend>Attribution chain</legend>
        <TextField
          label="Original source"
          value={claim.attribution.original}
          onSave={(original) => save({ attribution: { ...claim.attribution, original } })}
        />
        <TextField
          label="Confirming source"
          value={claim.attribution.confirming}
          onSave={(confirming) => save({ attribution: { ...claim.attribution, confirming } })}
        />
        <TextField
          label="Outlet"
          value={claim.attribution.outlet}
          onSave={(outlet) => save({ attribution: { ...claim.attribution, outlet } })}
        />
      </fieldset>
      <TextField label="Assignee" value={claim.assignee} onSave={(assignee) => save({ assignee })} />
      <TextField label="Internal notes" value={claim.notes} multiline onSave={(notes) => save({ notes })} />

      <fieldset className="claim-fieldset">
        <legend>Sources ({claim.sources.length})</legend>
        <ul className="source-list" aria-label="Sources">
          {claim.sources.map((s, i) => (
            <li key={i}>
              <span>
                <SourceName source={s} /> {s.publisher && `· ${s.publisher}`} {s.accessed && `· ${s.accessed}`} ·{' '}
                {s.primary ? 'primary' : 'secondary'} · {s.independent ? 'independent' : 'not independent'}
              </span>
              <button
                type="button"
                aria-label={`Remove source ${s.title || s.url}`}
                onClick={() => save({ sources: claim.sources.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="claim-grid">
          {(
            [
              ['url', 'Source URL'],
              ['title', 'Source title'],
              ['publisher', 'Publisher'],
              ['archiveUrl', 'Archive URL'],
            ] as const
          ).map(([key, label]) => (
            <label className="claim-field" key={key}>
              <span>{label}</span>
              <input type="text" value={source[key]} onChange={(e) => setSource({ ...source, [key]: e.target.value })} />
            </label>
          ))}
          <label className="claim-field">
            <span>Accessed</span>
            <input type="date" value={source.accessed} onChange={(e) => setSource({ ...source, accessed: e.target.value })} />
          </label>
        </div>
        <label className="claim-field">
          <span>Excerpt</span>
          <textarea rows={2} value={source.excerpt} onChange={(e) => setSource({ ...source, excerpt: e.target.value })} />
        </label>
        <div className="button-row">
          <label className="check">
            <input type="checkbox" checked={source.primary} onChange={(e) => setSource({ ...source, primary: e.target.checked })} /> Primary
            source
          </label>
          <label className="check">
            <input type="checkbox" checked={source.independent} onChange={(e) => setSource({ ...source, independent: e.target.checked })} />{' '}
            Independent
          </label>
          <button
            type="button"
            disabled={!source.url.trim() && !source.title.trim()}
            onClick={() => {
              save({ sources: [...claim.sources, source] });
              setSource(EMPTY_SOURCE);
            }}
          >
            Add source
          </button>
        </div>
      </fieldset>

      <fieldset className="claim-fieldset">
        <legend>Comments ({claim.comments.length})</legend>
        <ol className="comment-list">
          {claim.comments.map((c, i) => (
            <li key={i}>
              <strong>{c.author}</strong> <time dateTime={c.at}>{new Date(c.at).toLocaleString()}</time>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
        <label className="claim-field">
          <span>New comment</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!note.trim() || !userName}
          title={userName ? undefined : 'Set your name with Profile… first'}
          onClick={() => {
            void comment(claim.id, userName, note);
            setNote('');
          }}
        >
          Add comment
        </button>
      </fieldset>

      <div className="sign-off">
        {claim.signOff ? (
          <p>
            Signed off by <strong>{claim.signOff.by}</strong> on {new Date(claim.signOff.at).toLocaleString()} (version{' '}
            {claim.signOff.revision}){changedSinceSignOff && <strong className="changed"> — changed since sign-off</strong>}
          </p>
        ) : (
          <p className="hint">Not signed off.</p>
        )}
        {claim.signOff && changedSinceSignOff && (
          <button type="button" onClick={() => setShowingChanges(true)}>
            Show changes since sign-off
          </button>
        )}
        {showingChanges && claim.signOff && (
          <CompareDialog
            articleId={articleId}
            from={claim.signOff.revision}
            to="now"
            claimWords={wordDiff(claim.signOff.text, currentText ?? '')}
            flush={flushArticle}
            onRestored={() => undefined}
            onClose={() => setShowingChanges(false)}
          />
        )}
        <button
          type="button"
          disabled={!userName || currentText === null}
          title={userName ? undefined : 'Set your name with Profile… first'}
          onClick={() => void signOff(claim.id, userName)}
        >
          {claim.signOff ? 'Sign off again' : 'Sign off'}
        </button>
      </div>
    </div>
  );
}
