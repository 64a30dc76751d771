// Unit tests run the very bundles a user runs — browser mode's server (dist/node/start.cjs), the
// worker for heavy work (dist/node/heavy-worker.cjs) — so they are rebuilt from the source under test first.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function globalSetup(): void {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build:node'], {
    cwd: join(__dirname, '..', '..'),
    stdio: 'inherit',
  });
}
