// An embed card in the editor: the link to the post or video, who posted it, and the words it says
// (what readers without the platform see). Nothing from the platform is loaded: no script, no frame,
// no preview image — the newsroom's machine asks nothing of X or YouTube.
import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalEmbedUrl, PLATFORM_NAMES, type EmbedFields } from '../../../shared/editor/cards/embed/embedJson';
import { useFrozenWhileSuggesting } from '../suggestions/suggestionsState';

interface Props {
  fields: EmbedFields;
  onChange(patch: Partial<EmbedFields>): void;
  onRemove(): void;
  /** A card just inserted takes the focus in its link field. */
  focusLink: boolean;
  /** The suggestion that put this card in, if any: its author fills it in freely while suggesting. */
  insertion: string | null;
}

export const EmbedCard = memo(function EmbedCard({ fields, onChange, onRemove, focusLink, insertion }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const link = useRef<HTMLInputElement>(null);
  // While suggesting, the card is read-only rather than edited untracked (unless this person suggested it in).
  const frozen = useFrozenWhileSuggesting(insertion);
  const embed = canonicalEmbedUrl(fields.url);
  const platform = embed ? PLATFORM_NAMES[embed.platform] : null;
  const video = embed?.platform === 'youtube' || embed?.platform === 'vimeo';
  const label = platform ? t(video ? 'embed.videoLabel' : 'embed.postLabel', { platform }) : t('embed.label');

  useEffect(() => {
    if (focusLink) link.current?.focus();
  }, [focusLink]);

  return (
    <div className={`embed-card${embed ? '' : ' empty'}`} role="group" aria-label={label}>
      <p className="embed-card-title" aria-hidden="true">
        {label}
      </p>
      <fieldset className="slot-fields embed-fields" disabled={frozen}>
        <label className="slot-field">
          <span>{t('embed.url')}</span>
          <input
            ref={link}
            type="url"
            value={fields.url}
            placeholder={t('embed.urlHint')}
            aria-invalid={fields.url.trim() !== '' && !embed}
            aria-describedby={fields.url.trim() && !embed ? `${ids}-error` : undefined}
            onChange={(e) => onChange({ url: e.target.value })}
          />
        </label>
        {fields.url.trim() && !embed && (
          <p className="field-error" role="alert" id={`${ids}-error`}>
            {t('embed.notRecognised')}
          </p>
        )}
        <label className="slot-field">
          <span>{t('embed.author')}</span>
          <input
            type="text"
            value={fields.author}
            placeholder={t('embed.authorHint')}
            onChange={(e) => onChange({ author: e.target.value })}
          />
        </label>
        <label className="slot-field embed-text">
          <span>{t(video ? 'embed.videoText' : 'embed.text')}</span>
          <textarea
            name="text"
            rows={3}
            value={fields.text}
            placeholder={t('embed.textHint')}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </label>
      </fieldset>
      <p className="embed-card-note">{t('embed.note')}</p>
      <button type="button" className="link-button" disabled={frozen} onClick={onRemove}>
        {t('embed.remove')}
      </button>
    </div>
  );
});
