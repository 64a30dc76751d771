// `npm start` in browser mode: one line about the missing Electron binary, a tokenized 127.0.0.1 URL,
// and Ctrl+C closes the store cleanly.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const START = join(__dirname, '..', '..', '..', 'dist', 'node', 'start.cjs');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start without Electron', () => {
  it('serves browser mode and closes the store cleanly on SIGINT', { timeout: 30_000 }, async () => {
    expect(existsSync(START), 'run `npm run build` first').toBe(true);
    const dbPath = join(dir, 'store.db');
    const child = spawn(process.execPath, [START, '--db', dbPath], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron') },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    await expect.poll(() => output, { timeout: 15_000 }).toMatch(/running at http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}/);
    expect(output.split('\n')[0]).toMatch(/^Electron binary not installed .*browser mode/);

    const url = new URL(/running at (\S+)/.exec(output)![1]!);
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    const call = (headers: Record<string, string>) =>
      fetch(new URL('/api/call', url), { method: 'POST', headers, body: JSON.stringify({ channel: 'app:info', input: {} }) });
    expect((await call({ 'X-Redaksi-Token': token })).status).toBe(200);
    expect((await call({})).status).toBe(403);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('closed cleanly');
    // The WAL was checkpointed into the main file.
    expect(!existsSync(`${dbPath}-wal`) || statSync(`${dbPath}-wal`).size === 0).toBe(true);
  });
});
