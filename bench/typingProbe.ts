// Injected into the page before it loads (the app and the bare baseline alike). For every keystroke:
// keydown → the next frame's paint (the rAF callback, then a task after the frame is produced), and
// the keystroke's own work (from keydown until the editor's handling of the last key/input event and
// its microtasks are done).
// Long animation frames over 50 ms are counted too.
export function installTypingProbe(): void {
  const probe = { paint: [] as number[], work: [] as number[], longFrames: 0, counting: false };
  (window as unknown as { __typing: typeof probe }).__typing = probe;
  let start = 0;
  let workStart = 0;
  let workEnd = 0;
  const markEnd = () => {
    workEnd = performance.now();
    queueMicrotask(() => (workEnd = performance.now()));
  };
  window.addEventListener(
    'keydown',
    (event) => {
      start = event.timeStamp;
      workStart = performance.now();
      workEnd = workStart;
      requestAnimationFrame(() => {
        const work = workEnd - workStart;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.paint.push(performance.now() - start);
          probe.work.push(work);
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // The end of the work is taken after the editor's own listeners on its element: Lexical stops
  // `input` from bubbling (its native-typing path does all its work there), so a window listener
  // would miss it. A listener added to the target while the event is still in its capture phase
  // runs at the target, after the listeners the editor added earlier.
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input'])
    window.addEventListener(
      type,
      (event) => {
        markEnd();
        event.target?.addEventListener(type, markEnd, { once: true });
      },
      true,
    );
  try {
    new PerformanceObserver((list) => {
      if (!probe.counting) return;
      for (const entry of list.getEntries()) if (entry.duration > 50) probe.longFrames++;
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Older engines: the paint samples over 50 ms are reported instead.
  }
}
