// The spelling menu on an unknown word (the body's, a field's): the dictionary's suggestions, "Add
// to dictionary" (and the newsroom's, when there is one), "Ignore". It takes the keyboard as it opens.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveInMenu } from '../dialogs/MenuButton';

export function SpellMenu({
  menu,
  onReplace,
  onAdd,
  onAddNewsroom,
  onIgnore,
  onClose,
}: {
  menu: { word: string; x: number; y: number; suggestions: string[] | null };
  onReplace: ((word: string) => void) | null;
  onAdd(): void;
  onAddNewsroom: (() => void) | null;
  onIgnore(): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const ready = menu.suggestions !== null;
  const { t } = useTranslation();
  // The menu takes the keyboard as it opens, while the suggestions are still being looked up, so a key
  // pressed at once moves in the menu instead of the caret in the text; the first entry takes focus
  // when they arrive, unless the person has already moved to another.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    if (ready && document.activeElement === ref.current) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [ready]);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);
  /** `word`: a dictionary's word, shown as written. */
  const item = (label: string, onSelect: () => void, name?: string, word = false) => (
    <button
      key={name ?? label}
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-label={name}
      translate={word ? 'no' : undefined}
      onClick={onSelect}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      role="menu"
      tabIndex={-1}
      aria-label={t('spelling.menu', { word: menu.word })}
      className="menu spell-menu"
      style={{ left: Math.min(menu.x, window.innerWidth - 240), top: Math.min(menu.y + 4, window.innerHeight - 260) }}
      onKeyDown={(event) => moveInMenu(event, ref.current, onClose)}
    >
      {!onReplace ? null : menu.suggestions === null ? (
        <p className="hint" role="status">
          {t('spelling.looking')}
        </p>
      ) : menu.suggestions.length === 0 ? (
        <p className="hint">{t('spelling.none')}</p>
      ) : (
        menu.suggestions.map((s) => item(s, () => onReplace(s), t('spelling.replaceWith', { word: s }), true))
      )}
      <hr />
      {item(t('spelling.add'), onAdd)}
      {onAddNewsroom && item(t('spelling.addNewsroom'), onAddNewsroom)}
      {item(t('spelling.ignore'), onIgnore)}
    </div>
  );
}
