// The article's tags as chips: type a tag and press Enter (or a comma) to add it, a chip's × to take
// it away. Tags are a set in the live document, so two desks adding tags at once keep both.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TAGS, normalizeTags, tagKey } from '../../shared/articles/tags';

interface Props {
  tags: string[];
  disabled: boolean;
  onChange(tags: string[]): void;
}

export function TagsField({ tags, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const next = normalizeTags([...tags, draft]);
    if (next.length !== tags.length) onChange(next);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="field tags-field">
      <span id={`${id}-label`}>{t('meta.tags')}</span>
      <div className="tag-list" role="group" aria-labelledby={`${id}-label`}>
        {tags.map((tag) => (
          <span key={tagKey(tag)} className="tag-chip">
            {tag}
            <button
              type="button"
              disabled={disabled}
              aria-label={t('meta.removeTag', { tag })}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          type="text"
          aria-labelledby={`${id}-label`}
          disabled={disabled || tags.length >= MAX_TAGS}
          value={draft}
          placeholder={t('meta.tagsPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add()}
        />
      </div>
    </div>
  );
}
