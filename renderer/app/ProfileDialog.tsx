// Profile…: the name, initials and colour that sign this person's work and label their cursor.
import { useState } from 'react';
import { colourFor, initialsOf, PROFILE_COLOUR_NAMES, PROFILE_COLOURS, profileSchema } from '../../shared/people/profile';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import { roleText } from '../i18n/roleText';
import { saveProfile, useProfile, type ProfileState } from './profile';
import { useTranslation } from 'react-i18next';

export function ProfileDialog({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const state = useProfile();
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-label={t('profile.title')} className="confirm-dialog" onCancel={onClose}>
      {state ? <ProfileForm state={state} onClose={onClose} /> : <p role="status">{t('common.loading')}</p>}
    </dialog>
  );
}

function ProfileForm({ state, onClose }: { state: ProfileState; onClose(): void }) {
  const start = state.profile ?? state.suggested ?? legacyProfile();
  const [name, setName] = useState(start?.name ?? '');
  const [initials, setInitials] = useState(start?.initials ?? '');
  const [colour, setColour] = useState<string>(start?.colour ?? colourFor(''));
  const [initialsTouched, setInitialsTouched] = useState(Boolean(start));
  const [error, setError] = useState<string | null>(null);
  const draft = { name, initials: initials || initialsOf(name), colour };
  const parsed = profileSchema.safeParse(draft);
  const { t } = useTranslation();

  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        if (!parsed.success) return setError(parsed.error.issues[0]!.message);
        void saveProfile(parsed.data).then((problem) => (problem ? setError(problem) : onClose()));
      }}
    >
      <h2>{t('profile.title')}</h2>
      <p>{t('profile.intro')}</p>
      {state.role && <p>{t('profile.role', { role: roleText(state.role) })}</p>}
      <label className="field">
        <span>{t('profile.name')}</span>
        <input
          type="text"
          value={name}
          maxLength={80}
          autoComplete="name"
          onChange={(e) => {
            setName(e.target.value);
            if (!initialsTouched) setInitials(initialsOf(e.target.value));
          }}
        />
      </label>
      <label className="field">
        <span>{t('profile.initials')}</span>
        <input
          type="text"
          value={initials}
          maxLength={3}
          onChange={(e) => {
            setInitialsTouched(true);
            setInitials(e.target.value);
          }}
        />
      </label>
      <fieldset className="colour-choice">
        <legend>{t('profile.colour')}</legend>
        {PROFILE_COLOURS.map((option) => (
          <label key={option} className="colour-swatch" style={{ background: option }}>
            <input
              type="radio"
              name="profile-colour"
              value={option}
              checked={colour === option}
              aria-label={t(`colour.${PROFILE_COLOUR_NAMES[option]}`)}
              onChange={() => setColour(option)}
            />
            <span aria-hidden="true">{colour === option ? draft.initials || '✓' : ''}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <FormButtons confirmLabel={t('profile.save')} disabled={!parsed.success} onCancel={onClose} />
    </form>
  );
}

/** The name typed into the claims panel by earlier versions (kept in this page's storage), as a start. */
function legacyProfile() {
  const name = localStorage.getItem('redaksi:user-name')?.trim();
  return name ? { name, initials: initialsOf(name), colour: colourFor(name) } : null;
}
