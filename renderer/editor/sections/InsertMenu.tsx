// "Insert" at the cursor: sections, a quote, a related-links box or an image slot.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { $insertAtCursor, INSERT_KINDS, type InsertKind } from './sectionCommands';
import { useSuggestions } from '../suggestions/suggestionsState';
import { $isElementNode } from 'lexical';
import { $markInserted } from '../../../shared/suggestions/presenceSuggestions';
import { useTranslation } from 'react-i18next';

const KINDS = INSERT_KINDS;
/** What cannot be a suggestion yet: offered only when editing directly. */
const UNSUGGESTIBLE: ReadonlySet<InsertKind> = new Set(['image', 'table', 'pull-quote', 'embed', 'gallery', 'footnote']);

export function InsertMenu({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  // While suggesting, a new section or quote is a suggestion; a picture's slot cannot be suggested
  // yet, nor a table or a pull quote, so they are not offered then (rather than inserted untracked).
  const { suggesting, suggester } = useSuggestions();
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  function insert(kind: InsertKind) {
    setOpen(false);
    editor.update(() => {
      const block = $insertAtCursor(kind, language);
      if (block && suggesting && $isElementNode(block)) $markInserted(block, () => suggester.newId());
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
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={suggesting && UNSUGGESTIBLE.has(kind)}
                title={suggesting && UNSUGGESTIBLE.has(kind) ? t(kind === 'image' ? 'insert.noImage' : 'insert.noCard') : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(kind)}
              >
                {t(`insert.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
