// Import throughput through the app's composition root (the worker parses, the store writes), on
// hostile shapes at 1 MB and 5 MB per importer: linear work takes about five times as long for five
// times the input. Tags + 200,000 spaces once took 39 s; the tests check such input finishes, this
// sizes it.
import { strToU8 } from 'fflate';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { createService } from '../electron/service/createService';
import { buildDocxWithBody } from '../tests/fixtures/docx';
import { figure, timed, type Figure } from './stats';

const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

type Format = 'text' | 'html' | 'markdown' | 'docx';
const SHAPES: Array<[Format, string, (bytes: number) => Uint8Array]> = [
  ['text', 'spaces after "Tags"', (n) => strToU8(`Judul\n\nTags${fill(' ', n)}x`)],
  ['text', 'one-letter lines', (n) => strToU8(fill('A\n', n))],
  ['html', 'nested <div>s', (n) => strToU8(`${fill('<div>', n)}x`)],
  ['html', 'unclosed paragraphs of formatted text', (n) => strToU8(fill('<p>kata <b>tebal</b> dan <i>miring</i> ', n))],
  ['markdown', 'nested block quotes', (n) => strToU8(`${fill('>', n)} x`)],
  ['markdown', 'link openers', (n) => strToU8(fill('[a', n))],
  ['docx', 'paragraphs', (n) => buildDocxWithBody(fill('<w:p><w:r><w:t>Kalimat biasa di dalam dokumen Word.</w:t></w:r></w:p>', n))],
];

export async function benchImport(dir: string): Promise<Figure[]> {
  const dbPath = join(dir, 'import.db');
  rmSync(dbPath, { force: true });
  const service = await createService(dbPath, { mode: 'browser', version: 'bench' });
  const figures: Figure[] = [];
  try {
    const importOnce = async (format: Format, data: Uint8Array) =>
      timed(async () => {
        const result = await service.dispatch('articles:import', { data, format });
        // A clear refusal (too big for one article) is an answer too; what matters is that it comes.
        if (!result.ok && result.error.code !== 'invalid_input') throw new Error(result.error.message);
      });
    await importOnce('text', strToU8('Pemanasan\n\nSatu paragraf.')); // starts the worker
    for (const [format, label, make] of SHAPES) {
      const small = await importOnce(format, make(MB));
      const large = await importOnce(format, make(5 * MB));
      figures.push(
        figure(`Import ${format}, ${label}: 5 MB`, 'ms', large, { baseline: small }),
        figure(`Import ${format}, ${label}: 5 MB ÷ 1 MB time`, 'ratio', large / small, { max: 8, target: '≤ 8 (linear is 5)' }),
      );
    }
  } finally {
    await service.close();
    rmSync(dbPath, { force: true });
  }
  return figures;
}
