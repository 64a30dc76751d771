// Where a comment or a reply is written, with a picker that @mentions a known person.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function MessageBox({
  label,
  value,
  people,
  onChange,
  autoFocus = false,
}: {
  label: string;
  value: string;
  people: string[];
  onChange(value: string): void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const mention = (person: string) => {
    const text = `${value}${value && !/\s$/.test(value) ? ' ' : ''}@${person} `;
    onChange(text);
    area.current?.focus();
  };
  return (
    <div className="message-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        maxLength={4000}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
      />
      {people.length > 0 && (
        <select
          aria-label={t('comments.mention', { what: label.toLowerCase() })}
          value=""
          onChange={(e) => {
            if (e.target.value) mention(e.target.value);
          }}
        >
          <option value="">{t('comments.mentionOption')}</option>
          {people.map((person) => (
            <option key={person} value={person} translate="no">
              {person}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
