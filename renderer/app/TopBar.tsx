// The bar across the top: the app's name, the library's toggle, and the app-wide actions (new
// article, import, templates, the newsroom server, the profile, settings).
import { draftFromFiles } from './draftFromFiles';
import { useEffect, useState } from 'react';
import { NewsroomDialog } from '../library/NewsroomDialog';
import { forgetNewsroomAccount } from '../live/newsroomAccount';
import { ProfileDialog } from './ProfileDialog';
import { SettingsDialog } from './SettingsDialog';
import { refreshProfile } from './profile';
import { readable, SHEET_SHORTCUT, ShortcutSheet } from './ShortcutSheet';
import { useTranslation } from 'react-i18next';

interface Props {
  libraryShown: boolean;
  /** Null when the library cannot be hidden (no article is open). */
  onToggleLibrary: (() => void) | null;
  onCreate(): void;
  onManageTemplates(): void;
  onImport(fileName: string, data: Uint8Array): void;
  /** The newsroom server's settings changed: the library re-reads what it shares. */
  onNewsroomChanged(): void;
}

export function TopBar({ libraryShown, onToggleLibrary, onCreate, onManageTemplates, onImport, onNewsroomChanged }: Props) {
  const { t } = useTranslation();
  const [newsroomDialog, setNewsroomDialog] = useState(false);
  const [profileDialog, setProfileDialog] = useState(false);
  const [sheet, setSheet] = useState(false);
  const [settings, setSettings] = useState(false);
  // Ctrl+/ anywhere, in both modes (no menu or browser key has it).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.code !== 'Slash') return;
      event.preventDefault();
      setSheet(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <header className="top-bar">
      <h1 className="app-name" translate="no">
        Redaksi
      </h1>
      {onToggleLibrary && (
        <button type="button" className="quiet" aria-expanded={libraryShown} aria-controls="library" onClick={onToggleLibrary}>
          {t('topBar.library')}
        </button>
      )}
      <div className="top-bar-actions">
        <button type="button" className="primary" onClick={onCreate}>
          {t('topBar.newArticle')}
        </button>
        <label className="button">
          {t('topBar.import')}
          <input
            type="file"
            className="visually-hidden"
            accept=".txt,.html,.htm,.md,.markdown,.docx,.zip,.xml,.jpg,.jpeg,.png,.gif,.webp,.avif"
            // A draft and its pictures may be chosen together: they go in as one zip.
            multiple
            aria-label={t('topBar.importLabel')}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) void draftFromFiles(files).then(({ name, data }) => onImport(name, data));
            }}
          />
        </label>
        <button type="button" onClick={onManageTemplates}>
          {t('topBar.templates')}
        </button>
        <button type="button" onClick={() => setNewsroomDialog(true)}>
          {t('topBar.newsroom')}
        </button>
        <button type="button" onClick={() => setProfileDialog(true)}>
          {t('topBar.profile')}
        </button>
        <button type="button" onClick={() => setSettings(true)}>
          {t('topBar.settings')}
        </button>
        <button
          type="button"
          className="quiet"
          aria-keyshortcuts={SHEET_SHORTCUT}
          title={t('topBar.shortcutsTitle', { key: readable(SHEET_SHORTCUT) })}
          onClick={() => setSheet(true)}
        >
          {t('topBar.shortcuts')}
        </button>
      </div>
      {newsroomDialog && (
        <NewsroomDialog
          onClose={(changed) => {
            setNewsroomDialog(false);
            if (!changed) return;
            forgetNewsroomAccount();
            refreshProfile();
            onNewsroomChanged();
          }}
        />
      )}
      {profileDialog && <ProfileDialog onClose={() => setProfileDialog(false)} />}
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
      {settings && <SettingsDialog onClose={() => setSettings(false)} />}
    </header>
  );
}
