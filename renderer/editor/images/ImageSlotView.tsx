// One image slot, hero or inline: empty, it says what it wants and takes a file (picker, drop or
// paste); filled, it shows the image with its alt text, caption, credit, rights note and focal point.
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { imageFitIssues, type ImageSlot } from '../../../shared/editor/imageSlot';
import { bridge } from '../../transport/bridge';
import { rememberAsset, useAssetInfo } from './assetInfo';
import { useAssetUrl } from './assetUrl';
import { useFrozenWhileSuggesting } from '../suggestions/suggestionsState';
import { useTranslation } from 'react-i18next';
import { capitalized, t as translate } from '../../i18n/i18n';
import { SpelledField } from '../../spellcheck/SpelledField';
import { useArticleLanguage } from '../articleLanguage';
import { isIndonesian } from '../../../shared/text/language';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

/** A slot whose texts take suggestions (the hero's): this person's suggestion for each, and how to make one. */
export interface SlotSuggestions {
  own(name: SuggestibleText): string | undefined;
  suggest(name: SuggestibleText, value: string): void;
  /** The input's id (the checklist and the Suggestions panel jump to it). */
  idOf(name: SuggestibleText): string;
}

type SuggestibleText = 'alt' | 'caption' | 'credit';

interface Props {
  slot: ImageSlot;
  /** "hero image", "image": used in every control's accessible name. */
  label: string;
  onChange(patch: Partial<ImageSlot>): void;
  onDeleteSlot?: () => void;
  /** Given (a gallery's picture), several files may be chosen or dropped at once, and pictures added after this one. */
  onAddPictures?: (assetIds: Array<string | null>) => void;
  /** Given, the alt text, caption and credit take suggestions while suggesting (the rest stays read-only). */
  suggestions?: SlotSuggestions;
  /** The suggestion that put this picture in (it, or its gallery), if any: its author edits it freely while suggesting. */
  insertion?: string | null;
}

export function ImageSlotView({ slot, label, onChange, onDeleteSlot, onAddPictures, suggestions, insertion = null }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const asset = useAssetInfo(slot.assetId);
  const src = useAssetUrl(slot.assetId);
  const ids = useId();
  // While suggesting, a slot is read-only rather than edited untracked, except the texts of a slot
  // that takes suggestions (the hero's) and a picture the person suggested in themselves.
  const frozen = useFrozenWhileSuggesting(insertion);
  const suggesting = frozen && suggestions !== undefined;
  const { t } = useTranslation();
  const Label = capitalized(label);

  async function importFile(file: File) {
    const result = await bridge.call('assets:import', { name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    if (result.ok) rememberAsset(result.value);
    return result;
  }

  async function take(file: File | undefined) {
    if (!file || frozen) return;
    setBusy(true);
    setError(null);
    const result = await importFile(file);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    // Prefill from the photo's own metadata, never over what the editor already wrote.
    onChange({
      assetId: result.value.id,
      focalPoint: null,
      caption: slot.caption || result.value.caption,
      credit: slot.credit || result.value.credit,
    });
  }

  /** Several files for a gallery's picture: the first is this one's, the rest follow it, in order; a refused one is named. */
  async function takeAll(files: File[]) {
    if (frozen || files.length === 0) return;
    await take(files[0]);
    if (!onAddPictures || files.length < 2) return;
    setBusy(true);
    const added: string[] = [];
    const refused: string[] = [];
    for (const file of files.slice(1)) {
      const result = await importFile(file);
      if (result.ok) added.push(result.value.id);
      else refused.push(`${file.name}: ${result.error.message}`);
    }
    setBusy(false);
    if (added.length) onAddPictures(added);
    if (refused.length) setError(refused.join('\n'));
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void (onAddPictures ? takeAll([...event.dataTransfer.files]) : take(event.dataTransfer.files[0]));
  };
  const onPaste = (event: ClipboardEvent) => {
    const file = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'));
    if (!file || (event.target as HTMLElement).tagName === 'INPUT' || (event.target as HTMLElement).tagName === 'TEXTAREA') return;
    event.preventDefault();
    event.stopPropagation();
    void take(file);
  };

  const problems = asset ? fitProblems(slot, asset.width, asset.height) : [];
  const articleLanguage = useArticleLanguage();
  const field = (name: 'alt' | 'caption' | 'credit' | 'rights', text: string, hint: string, multiline = false) => {
    const suggestible = suggestions && name !== 'rights' ? name : null;
    const own = suggesting && suggestible ? suggestions!.own(suggestible) : undefined;
    const props = {
      name,
      id: suggestible ? suggestions!.idOf(suggestible) : undefined,
      value: own ?? slot[name],
      placeholder: hint,
      // Underlined like suggested words: what the field shows is a suggestion, not its value.
      className: own === undefined ? undefined : 'holds-suggestion',
      disabled: frozen && !(suggesting && suggestible),
      onChange: (e: { target: { value: string } }) =>
        suggesting && suggestible ? suggestions!.suggest(suggestible, e.target.value) : onChange({ [name]: e.target.value }),
    };
    const input = multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />;
    // The words a reader sees (the caption, and the alt text read aloud) are spell-checked; names and notes are not.
    const spelled = name === 'caption' || name === 'alt';
    return (
      <label className="slot-field">
        <span>{text}</span>
        {spelled ? (
          <SpelledField
            name={`${ids}-${name}`}
            value={props.value}
            language={isIndonesian(articleLanguage) ? 'id' : 'en'}
            onReplace={props.disabled ? null : (next) => props.onChange({ target: { value: next } })}
          >
            {input}
          </SpelledField>
        ) : (
          input
        )}
      </label>
    );
  };

  return (
    <figure
      className={`image-slot${slot.assetId ? ' filled' : ''}${dragging ? ' dragging' : ''}`}
      role="group"
      aria-label={Label}
      tabIndex={0}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        multiple={onAddPictures !== undefined}
        aria-label={t('slot.choose', { label })}
        onChange={(e) =>
          void (onAddPictures ? takeAll([...(e.target.files ?? [])]) : take(e.target.files?.[0])).finally(() => (e.target.value = ''))
        }
      />
      {slot.assetId ? (
        <div className="slot-preview">
          {/* Clicking the picture sets the focal point (optional; the rest of the slot works by keyboard). */}
          <div
            className="focal-picker"
            title={t('slot.focalTitle')}
            onClick={(e) => {
              if (frozen) return;
              const box = e.currentTarget.getBoundingClientRect();
              onChange({ focalPoint: { x: round((e.clientX - box.left) / box.width), y: round((e.clientY - box.top) / box.height) } });
            }}
          >
            {src && <img src={src} alt={slot.alt || t('slot.noAlt', { label })} />}
            {slot.focalPoint && (
              <span
                className="focal-mark"
                style={{ left: `${slot.focalPoint.x * 100}%`, top: `${slot.focalPoint.y * 100}%` }}
                aria-hidden="true"
              />
            )}
          </div>
          {asset && (
            <p className="slot-facts">
              {t('slot.facts', {
                width: asset.width,
                height: asset.height,
                type: asset.mime.replace('image/', '').toUpperCase(),
                kb: Math.round(asset.bytes / 1024),
              })}
              {slot.focalPoint && t('slot.focalPoint', { x: Math.round(slot.focalPoint.x * 100), y: Math.round(slot.focalPoint.y * 100) })}
            </p>
          )}
          {problems.map((p) => (
            <p key={p} className="slot-warning">
              {p}
            </p>
          ))}
        </div>
      ) : (
        <div className="slot-empty">
          <p className="slot-role">{Label}</p>
          <p className="slot-spec">{specText(slot)}</p>
          <p className="hint">{t('slot.dropHint')}</p>
        </div>
      )}
      <fieldset className="slot-controls" disabled={frozen && !suggesting}>
        {frozen && <p className="hint">{suggesting ? t('slot.suggestingHero') : t('slot.suggestingFrozen')}</p>}
        <div className="button-row">
          <button type="button" disabled={busy || frozen} onClick={() => fileInput.current?.click()}>
            {busy ? t('slot.checking') : slot.assetId ? t('slot.replace') : t('slot.chooseImage')}
          </button>
          {slot.assetId && (
            <button type="button" disabled={frozen} onClick={() => onChange({ assetId: null, alt: '', focalPoint: null })}>
              {t('slot.remove')}
            </button>
          )}
          {slot.focalPoint && (
            <button type="button" disabled={frozen} onClick={() => onChange({ focalPoint: null })}>
              {t('slot.clearFocal')}
            </button>
          )}
          {onAddPictures && (
            <button type="button" disabled={busy || frozen} onClick={() => onAddPictures([null])}>
              {t('slot.addPicture')}
            </button>
          )}
          {onDeleteSlot && (
            <button type="button" disabled={frozen} onClick={onDeleteSlot}>
              {t('slot.delete')}
            </button>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert" id={`${ids}-error`}>
            {error}
          </p>
        )}
        {slot.assetId && (
          <div className="slot-fields">
            {field('alt', t('slot.alt'), t('slot.altHint'), true)}
            {field('caption', t('slot.caption'), t('slot.captionHint'))}
            {field('credit', t('slot.credit'), t('slot.creditHint'))}
            {field('rights', t('slot.rights'), t('slot.rightsHint'))}
          </div>
        )}
      </fieldset>
    </figure>
  );
}

/** The slot's wanted shape and size ("16:9 · at least 1200×675 px"). */
function specText(slot: ImageSlot): string {
  const parts = [
    slot.aspectRatio,
    slot.minWidth || slot.minHeight ? translate('slot.atLeast', { width: slot.minWidth, height: slot.minHeight }) : null,
  ];
  return parts.filter(Boolean).join(' · ') || translate('slot.anySize');
}

/** What is wrong with a picture for its slot, as the checklist judges it (too small, another shape). */
function fitProblems(slot: ImageSlot, width: number, height: number): string[] {
  return imageFitIssues(slot, width, height).map((issue) =>
    issue === 'small'
      ? translate('slot.tooSmall', { width, height, minWidth: slot.minWidth, minHeight: slot.minHeight })
      : translate('slot.cropped', { ratio: slot.aspectRatio }),
  );
}

function round(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
}
