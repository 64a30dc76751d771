// The interface's two languages: the same keys, the same placeholders and tags in each, plurals by
// each language's rules, the system's language chosen, and the checklist said in both (its English
// exactly the shared module's, which the CLI prints).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importHtml } from '../../../shared/import/importHtml';
import { importPlainText } from '../../../shared/import/importPlainText';
import { sayPhrase } from '../../../renderer/i18n/sayPhrase';
import { claimChecklistItems } from '../../../shared/checklist/claimChecks';
import { fieldSuggestionChecklistItems } from '../../../shared/checklist/fieldSuggestionChecks';
import { analyzeArticle, type ChecklistItem } from '../../../shared/checklist/readyToPublish';
import type { Claim } from '../../../shared/claims/claimSchema';
import { defaultClaimFields } from '../../../shared/claims/claimSchema';
import { findScale } from '../../../shared/claims/verdictScales';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { checklistText } from '../../../renderer/editor/checklist/checklistText';
import { en } from '../../../renderer/i18n/en';
import { i18n } from '../../../renderer/i18n/i18n';
import { id } from '../../../renderer/i18n/id';
import { systemLanguage } from '../../../renderer/i18n/interfaceLanguage';
import { bodyOf, claimMark, heading, paragraph, section, text } from '../../fixtures/bodies';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();

afterEach(() => i18n.changeLanguage('en'));

describe('the interface’s messages', () => {
  const english = flatten(en as unknown as Tree);
  const indonesian = flatten(id as unknown as Tree);

  it('has every English key in Indonesian, none empty, none left over', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of indonesian) expect(value.trim(), key).not.toBe('');
    expect(english.size).toBeGreaterThan(500);
  });

  // A detail the main side words in each language itself (zod's refusals: English and its id locale) comes as one
  // value per language; everywhere else a placeholder missing or misspelt in one language is a mistake.
  const IN_EACH_LANGUAGE: Record<string, [string, string]> = { 'error.invalidInput': ['problems', 'problemsId'] };

  it('keeps each message’s placeholders and tags in both languages', () => {
    for (const [key, value] of english) {
      const [inEnglish, inIndonesian] = IN_EACH_LANGUAGE[key] ?? ['', ''];
      const said = placeholders(indonesian.get(key)!).map((name) => (name === inIndonesian ? inEnglish : name));
      expect(said, key).toEqual(placeholders(value));
      expect(tags(indonesian.get(key)!), key).toEqual(tags(value));
    }
  });

  it('is really translated: most Indonesian messages differ from the English', () => {
    const same = [...english].filter(([key, value]) => indonesian.get(key) === value).map(([key]) => key);
    // Names, formats and examples are the same in both ("Markdown", "{{author}} ({{count}})"), and little else.
    expect(same.length / english.size).toBeLessThan(0.08);
  });

  it('says plurals by each language’s rules', async () => {
    expect(i18n.t('side.words', { count: 1, formattedCount: '1', minutes: 1 })).toBe('1 word · 1 min read');
    expect(i18n.t('side.words', { count: 603, formattedCount: '603', minutes: 3 })).toBe('603 words · 3 min read');
    expect(i18n.t('history.all', { count: 12 })).toBe('Show all 12 versions');
    await i18n.changeLanguage('id');
    // Indonesian has one form: "kata" for one word and for many.
    expect(i18n.t('side.words', { count: 1, formattedCount: '1', minutes: 1 })).toBe('1 kata · 1 menit baca');
    expect(i18n.t('side.words', { count: 603, formattedCount: '603', minutes: 3 })).toBe('603 kata · 3 menit baca');
  });

  it('follows the system’s first language it is written in', () => {
    expect(systemLanguage(['id-ID', 'en-US'])).toBe('id');
    expect(systemLanguage(['in'])).toBe('id');
    expect(systemLanguage(['fr-FR', 'id'])).toBe('id');
    expect(systemLanguage(['en-GB', 'id-ID'])).toBe('en');
    expect(systemLanguage(['fr-FR', 'de'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });
});

describe('an import’s notes in the interface’s language', () => {
  it('says the sample’s notes in English as the CLI prints them, and in Indonesian', async () => {
    const { report } = importPlainText(readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt'), 'utf8'));
    const html = importHtml(
      '<article><h1>Judul</h1><figure><img src="images/a.jpg" alt="Tentara"></figure><p>Isi.</p><script>x</script></article>',
    ).report;
    const notes = [...report, ...html];
    expect(notes.map((note) => sayPhrase('import', note.text))).toEqual(notes.map((note) => note.message));
    await i18n.changeLanguage('id');
    expect(notes.map((note) => sayPhrase('import', note.text))).toEqual([
      'membuang 2 baris navigasi di akhir: “Fenomena Terkini”, “Trending”',
      'gambar utama "dw-1751619146746_169.webp" menunggu berkasnya',
      'membuang 1 elemen <script>',
      '1 gambar menunggu berkasnya (tidak diunduh): “a.jpg”',
    ]);
  });
});

describe('the checklist in the interface’s language', () => {
  function items(): ChecklistItem[] {
    const explainer = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' });
    const fresh = analyzeArticle({ headline: '', hero: explainer.hero, body: explainer.body }).items;
    const hero = { ...emptySlot(HERO_SPEC), assetId: 'a'.repeat(64) };
    const claimId = '6f1d3c1e-8f3a-4c55-9a43-0d3c8a3f2b10';
    const body = bodyOf(
      heading('h3', text('Rincian')),
      section(true, 'Angka', paragraph(text('Jumlah korban TK orang.')), {
        type: 'suggest-insert',
        version: 1,
        ids: ['s-1'],
        children: [text('senior')],
      } as never),
      paragraph(claimMark([claimId], text('Menurut pejabat NIS, jumlahnya lebih dari 6.000 orang.'))),
      paragraph(text('Banyak dari mereka disebut akan bertugas sebagai pekerja.')),
    );
    const rich = analyzeArticle({ headline: 'H', hero, body }, new Map([['a'.repeat(64), { width: 800, height: 450 }]])).items;
    const claim: Claim = {
      ...defaultClaimFields(),
      id: claimId,
      articleId: 'a',
      quote: 'Menurut pejabat NIS',
      verdict: 'false',
      comments: [],
      signOff: null,
      createdAt: '2026-12-04T00:00:00Z',
      updatedAt: '2026-12-04T00:00:00Z',
    };
    const claims = claimChecklistItems(body, [claim], findScale('default'), 'id');
    const fields = fieldSuggestionChecklistItems([
      { id: 'f-1', field: 'heroCredit', value: 'Reuters', author: 'Dewi', colour: '#1f5f99', at: '2026-12-04T00:00:00Z' } as never,
    ]);
    return [...fresh, ...rich, ...claims, ...fields];
  }

  it('says every item in English exactly as the CLI does, and in Indonesian in other words', async () => {
    const all = items();
    const kinds = new Set(all.map((item) => item.text.key));
    // Empty slot and sections, alt, credit, size, heading level, TK, a pending suggestion, claims, a field.
    expect(kinds.size).toBeGreaterThanOrEqual(13);
    for (const item of all) expect(checklistText(item)).toBe(item.message);
    await i18n.changeLanguage('id');
    const said = all.map(checklistText);
    expect(said).toContain('Gambar utama masih kosong');
    expect(said).toContain('Bagian 1 belum punya judul');
    expect(said).toContain('Gambar utama berukuran 800×450 px, lebih kecil dari 1600×900 px yang diminta');
    expect(said).toContain('Judul “Rincian” melompati tingkat (H1 ke H3)');
    expect(said).toContain('TK di bagian 1: Jumlah korban TK orang.');
    expect(said).toContain('Sebuah saran di bagian 1 menunggu (“senior”): terima atau tolak');
    expect(said).toContain('Belum ada persetujuan cek fakta pada 1 dari 1 klaim');
    expect(said.some((s) => s.startsWith('Klaim dinilai Salah: “Menurut pejabat NIS'))).toBe(true);
    expect(said.some((s) => s.startsWith('Atribusi samar: “Banyak dari mereka'))).toBe(true);
    expect(said).toContain('Perubahan kredit gambar utama disarankan (oleh Dewi): terima atau tolak');
    for (const [index, text] of said.entries()) {
      expect(text, all[index]!.message).not.toBe(all[index]!.message);
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  });
});
