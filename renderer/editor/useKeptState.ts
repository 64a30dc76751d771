// State that a listener outside React offers often and that seldom changes (the anchors of 300
// claims, the outline). The offer is compared with what is shown before React hears of it: a
// functional update that returns the same value still runs the component once to find that out,
// and for the claims panel that run is the keystroke's longest part.
import { useCallback, useRef, useState } from 'react';

export function useKeptState<T>(
  initial: () => T,
  /** Module-level (stable): whether two values show the same. */
  same: (shown: T, next: T) => boolean,
): [T, (next: T, sameHere?: (shown: T, next: T) => boolean) => void] {
  const [value, setValue] = useState(initial);
  const shown = useRef(value);
  const offer = useCallback(
    (next: T, sameHere = same) => {
      if (sameHere(shown.current, next)) return;
      shown.current = next;
      setValue(next);
    },
    [same],
  );
  return [value, offer];
}
