// A handle between two panes: drag it, or focus it and use the arrow keys (Home and End for the
// smallest and largest), to make the pane beside it narrower or wider. The width is remembered.
import { useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent } from 'react';

const STEP_PX = 16;

interface Props {
  label: string;
  /** The pane it resizes, by id. */
  controls: string;
  /** Which side of the handle the pane is on: dragging towards it narrows it. */
  side: 'left' | 'right';
  width: number;
  min: number;
  max: number;
  onWidth(width: number): void;
}

export function PaneSeparator({ label, controls, side, width, min, max, onWidth }: Props) {
  const clamp = useCallback((value: number) => Math.round(Math.min(max, Math.max(min, value))), [min, max]);
  const [drag, setDrag] = useState<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ x: event.clientX, width });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const moved = event.clientX - drag.x;
    onWidth(clamp(drag.width + (side === 'left' ? moved : -moved)));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const wider = side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const narrower = side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    const next =
      event.key === wider
        ? width + STEP_PX
        : event.key === narrower
          ? width - STEP_PX
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : null;
    if (next === null) return;
    event.preventDefault();
    onWidth(clamp(next));
  };
  // A window made narrower than the pane allows: the pane gives way.
  useEffect(() => {
    if (width !== clamp(width)) onWidth(clamp(width));
  }, [width, clamp, onWidth]);

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation="vertical"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`pane-separator${drag ? ' dragging' : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => setDrag(null)}
      onPointerCancel={() => setDrag(null)}
      onKeyDown={onKeyDown}
    />
  );
}

/** A pane width kept in local storage (per window profile, not in any article). */
export function useStoredWidth(key: string, fallback: number): [number, (width: number) => void] {
  const [width, setWidth] = useState(() => {
    const stored = Number(localStorage.getItem(key));
    return Number.isFinite(stored) && stored > 0 ? stored : fallback;
  });
  const set = useCallback(
    (next: number) => {
      setWidth(next);
      localStorage.setItem(key, String(next));
    },
    [key],
  );
  return [width, set];
}
