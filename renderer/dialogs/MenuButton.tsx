// A button that opens a short menu of actions (WAI-ARIA menu button): arrow keys move, Enter or a
// click runs an item, Escape or a click elsewhere closes it and gives the focus back to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

/** `label` is shown; `name`, when given, is the accessible name (it must contain the label). */
export function MenuButton({ label, name, items }: { label: string; name?: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => moveInMenu(event, menu.current, close);

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-label={name}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
      </button>
      {open && (
        <div ref={menu} role="menu" id={id} aria-label={name ?? label} className="menu" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** A menu's keys: arrows, Home and End move between its enabled items; Escape and Tab close it. */
export function moveInMenu(event: KeyboardEvent, menu: HTMLElement | null, close: () => void): void {
  const entries = [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
  const at = entries.indexOf(document.activeElement as HTMLElement);
  let to: number | null = null;
  if (event.key === 'ArrowDown') to = (at + 1) % entries.length;
  else if (event.key === 'ArrowUp') to = at < 0 ? entries.length - 1 : (at - 1 + entries.length) % entries.length;
  else if (event.key === 'Home') to = 0;
  else if (event.key === 'End') to = entries.length - 1;
  else if (event.key === 'Escape' || event.key === 'Tab') {
    if (event.key === 'Escape') event.preventDefault();
    close();
    return;
  }
  if (to === null) return;
  event.preventDefault();
  entries[to]?.focus();
}
