// Writes a file so that it is either whole or absent, even across a crash or a power cut: into a
// temporary name beside it, flushed to disk, then renamed over the target.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** `mode`: the new file's permissions from its first byte (0o600 for a key: never readable by others, not even for a moment). */
export function writeDurably(path: string, data: Uint8Array, mode = 0o666): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  const fd = openSync(partial, 'w', mode);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}
