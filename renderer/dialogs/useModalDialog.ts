// Opens a <dialog> as a modal once it is mounted (focus trapped, Escape closes, the page behind is inert).
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return ref;
}
