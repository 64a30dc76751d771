// Injected into the page before it loads (the app and the bare baseline alike). For every keystroke:
// keydown → the next frame's paint (the rAF callback, then a task after the frame is produced), and
// the keystroke's own work (from keydown until the last key/input event and its microtasks are done).
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
  // Bubble-phase listeners on window run after the editor's own listeners on its element.
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) window.addEventListener(type, markEnd);
  try {
    new PerformanceObserver((list) => {
      if (!probe.counting) return;
      for (const entry of list.getEntries()) if (entry.duration > 50) probe.longFrames++;
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Older engines: the paint samples over 50 ms are reported instead.
  }
}
