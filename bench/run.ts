// `npm run bench`: every benchmark, side by side with its baseline, into bench/results/latest.json
// and a table (bench/results/latest.md, printed too). `--only typing,search` runs some of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRenderer } from './browserBenches';
import type { Figure } from './stats';
import { CHROMIUM_PATH } from '../tests/fixtures/chromium';
import { benchImport } from './importBenches';
import { benchArchive } from './archiveBenches';
import { benchNewsroom } from './newsroomBenches';
import { benchExport, benchLiveSaving, benchSearch } from './storeBenches';

const ROOT = join(__dirname, '..', '..');
const BENCHES: Record<string, (dir: string) => Promise<Figure[]> | Figure[]> = {
  typing: benchRenderer,
  saving: benchLiveSaving,
  search: () => benchSearch(join(ROOT, 'bench', '.cache')),
  export: benchExport,
  import: benchImport,
  archive: benchArchive,
  newsroom: benchNewsroom,
};

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function table(figures: Figure[]): string {
  const cell = (value: number | undefined, unit: string) =>
    value === undefined ? '' : `${value}${unit === 'count' || unit === 'ratio' ? '' : ` ${unit}`}`;
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${cell(f.value, f.unit)} | ${cell(f.baseline, f.unit)} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'yes' : '**no**'} |`,
  );
  return ['| measure | Redaksi | baseline | target | met |', '| --- | ---: | ---: | --- | :---: |', ...rows].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const names = values.only ? values.only.split(',') : Object.keys(BENCHES);
  const unknown = names.filter((name) => !(name in BENCHES));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-'));
  const figures: Figure[] = [];
  try {
    for (const name of names) {
      const started = performance.now();
      process.stderr.write(`bench: ${name}…\n`);
      figures.push(...(await BENCHES[name]!(dir)));
      process.stderr.write(`bench: ${name} done in ${Math.round((performance.now() - started) / 1000)} s\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
  };
  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const suffix = values.only ? `-${names.join('-')}` : '';
  writeFileSync(join(out, `latest${suffix}.json`), `${JSON.stringify({ machine, figures }, null, 2)}\n`);
  const markdown = `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}.\n\n${table(figures)}\n`;
  writeFileSync(join(out, `latest${suffix}.md`), markdown);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
