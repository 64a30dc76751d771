// "Insert" at the cursor: sections, a quote, a related-links box, a picture, and the cards. While
// suggesting, whatever is inserted is a suggestion (one, with what comes with it).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { $insertAtCursor, INSERT_KINDS, type InsertKind } from './sectionCommands';
import { useSuggestionControls } from '../suggestions/suggestionsState';
import { $markInserted } from '../../../shared/suggestions/presenceSuggestions';
import { $insertedWith } from './insertedWith';
import { useTranslation } from 'react-i18next';

const KINDS = INSERT_KINDS;

export function InsertMenu({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  const { suggesting, suggester } = useSuggestionControls();
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  function insert(kind: InsertKind) {
    setOpen(false);
    editor.update(() => {
      const block = $insertAtCursor(kind, language);
      if (block && suggesting) $markInserted($insertedWith(block), () => suggester.newId());
    });
    // An embed's card takes the focus in its link field.
    if (kind !== 'embed') editor.focus();
  }

  function onMenuKey(event: React.KeyboardEvent) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  }

  return (
    <div className="insert-menu">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((v) => !v)}
      >
        {t('insert.button')}
      </button>
      {open && (
        <ul ref={menuRef} role="menu" aria-label={t('insert.menu')} className="menu" onKeyDown={onMenuKey}>
          {KINDS.map((kind) => (
            <li key={kind} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => insert(kind)}>
                {t(`insert.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
