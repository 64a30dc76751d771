// Work a view starts as it mounts but nobody waits on (fetching its pictures, say), moved out of the
// task that mounts it: opening a long article mounts dozens of such views at once, and the article
// should be on screen before any of them starts.

/** Runs `run` after the next frame is painted, unless `cancel` is called first. */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
