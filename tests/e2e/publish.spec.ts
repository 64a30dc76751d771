// The desk's path: bring the sample in from text, export it, and open what was written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from './appDriver';

const SAMPLE = join(__dirname, '..', 'fixtures', 'explainer-id.txt');

test('import the sample, export it from the UI, and the page opens clean and accessible', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByLabel('Import a draft (text, HTML, Markdown, Word, or a zip with its pictures)').setInputFiles(SAMPLE);
  await expect(page.getByLabel('Headline')).toHaveValue(
    'Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia? Ini Motif Strategis di Baliknya',
  );
  await expect(page.getByRole('alert').first()).toContainText('dropped 2 navigation lines');
  await expect(page.getByLabel('Publish time')).toHaveValue('4 Juli 2025 17.00');
  await expect(page.getByRole('group', { name: 'Hero image' })).toContainText('16:9');
  const titles = page.getByRole('textbox', { name: 'Article body' }).locator('section.ed-section > h2');
  await expect(titles).toHaveCount(6);
  await expect(titles.nth(5)).toHaveText('Misi Korea Utara di Rusia adalah Investasi Geopolitik');

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('region', { name: 'Ready to publish' })).toContainText('The hero image is empty');
  const preview = page.frameLocator('iframe[title="Export preview"]');
  await expect(preview.getByRole('heading', { level: 2, name: /^1\. Dukungan Militer/ })).toBeVisible();
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'])
    .catch(() => {});
  await dialog.getByRole('button', { name: 'Copy HTML fragment' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The HTML fragment is on the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<h2 id="s-1-dukungan-militer-korea-utara-lebih-dari-sekadar">1. Dukungan Militer');
  expect(copied).not.toContain('<html');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mengapa-korea-utara-antusias-kirim-ribuan-tentara-ke-rusia-ini-motif-strategis.zip');
  const zipPath = testInfo.outputPath('export.zip');
  await download.saveAs(zipPath);
  const files = unzipSync(readFileSync(zipPath));
  const name = Object.keys(files).find((f) => f.endsWith('.html'))!;
  const html = strFromU8(files[name]!);
  expect(html).not.toMatch(/Fenomena Terkini|Trending|claim|guidance/);

  // Open the written page and let axe-core judge it.
  const viewer = await page.context().newPage();
  await viewer.setContent(html);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(
    'Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia? Ini Motif Strategis di Baliknya',
  );
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveCount(6);
  await expect(viewer.locator('time')).toHaveText('4 Juli 2025 17.00 WIB');
  await viewer.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await viewer.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
  expect(violations).toEqual([]);
  await viewer.close();
});

test('hostile HTML imported, edited and exported never runs a script', async ({ app }, testInfo) => {
  const { page } = app;
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const vectors = readFileSync(join(__dirname, '..', 'fixtures', 'xss', 'vectors.txt'), 'utf8');
  const file = testInfo.outputPath('hostile.html');
  const { writeFileSync } = await import('node:fs');
  // Each vector is followed by the end tags of raw-text elements, so one unclosed vector cannot swallow the rest.
  const closers = '</textarea></iframe></noscript></style></script></template></title></select></object>';
  const corpus = vectors
    .split('\n')
    .filter(Boolean)
    .map((v) => `<div>${v}${closers}</div>`)
    .join('\n');
  writeFileSync(file, `<html><head><title>x</title></head><body><h1>Artikel berbahaya</h1>${corpus}</body></html>`);
  await page.getByLabel('Import a draft (text, HTML, Markdown, Word, or a zip with its pictures)').setInputFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Artikel berbahaya');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('kutipan');
  expect(alerts).toEqual([]);

  await page.getByRole('button', { name: 'Export…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export', exact: true }).click();
  const zipPath = testInfo.outputPath('hostile.zip');
  await (await downloading).saveAs(zipPath);
  const files = unzipSync(readFileSync(zipPath));
  const html = strFromU8(files[Object.keys(files).find((f) => f.endsWith('.html'))!]!);
  expect(html).not.toMatch(/\son\w+\s*=|javascript:|<script(?! type="application\/ld\+json")/i);

  const viewer = await page.context().newPage();
  viewer.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await viewer.setContent(html);
  // Give handlers a chance: hover and click everything, focus what can be focused.
  for (const element of await viewer.locator('body *').all()) await element.hover({ trial: false, timeout: 200 }).catch(() => {});
  await viewer.mouse.click(5, 5);
  await viewer.waitForTimeout(300);
  expect(alerts).toEqual([]);
  await viewer.close();
});

test('every golden fixture article passes axe-core as a page', async ({ app }) => {
  const { readdirSync } = await import('node:fs');
  const golden = join(__dirname, '..', 'fixtures', 'publish');
  const viewer = await app.page.context().newPage();
  for (const name of readdirSync(golden).filter((f) => f.endsWith('.html'))) {
    const fragment = readFileSync(join(golden, name), 'utf8');
    await viewer.setContent(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${name}</title></head><body><main><article><h1>${name}</h1>${fragment}</article></main></body></html>`,
    );
    await viewer.addScriptTag({ path: require.resolve('axe-core') });
    const violations = await viewer.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string }> }> } }).axe.run();
      return result.violations.map((v) => v.id);
    });
    expect(violations, name).toEqual([]);
  }
  await viewer.close();
});
