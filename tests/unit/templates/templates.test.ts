import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_NODES } from '../../../shared/editor/nodes/articleNodes';
import { $isSectionNode } from '../../../shared/editor/nodes/SectionNode';
import { sectionNumbers } from '../../../shared/editor/sectionNumbers';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { templateFromArticle } from '../../../shared/templates/templateFromArticle';
import { templateSchema } from '../../../shared/templates/templateSchema';
import { openTestService, type TestService } from '../../fixtures/testService';

type Json = Record<string, unknown> & { children?: Json[] };
const top = (body: { root: unknown }) => (body.root as Json).children!;

describe('built-in templates', () => {
  it('are valid, and include the five the newsroom asked for', () => {
    for (const t of BUILTIN_TEMPLATES) expect(templateSchema.safeParse(t).success, t.id).toBe(true);
    expect(BUILTIN_TEMPLATES.map((t) => t.name)).toEqual([
      'Explainer',
      'News story',
      'Interview (Q&A)',
      'Analysis / opinion',
      'Fact-check',
    ]);
  });

  it('Explainer: a 16:9 hero slot, five numbered sections by default and an unnumbered conclusion', () => {
    const { body, hero } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' });
    expect(hero).toMatchObject({ role: 'hero', aspectRatio: '16:9', required: true, assetId: null });
    const sections = top(body).filter((n) => n.type === 'section');
    expect(sections.map((s) => [s.numbered, s.role])).toEqual([...Array(5).fill([true, 'section']), [false, 'conclusion']]);
    expect(sections[0]!.children!.map((c) => c.type)).toEqual(['section-title', 'paragraph']);
    // Somewhere to type after the last section.
    expect(top(body).at(-1)!.type).toBe('paragraph');
  });

  it('takes the number of sections the writer asks for', () => {
    const { body } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'en', sectionCount: 8 });
    expect(top(body).filter((n) => n.type === 'section' && n.numbered)).toHaveLength(8);
  });

  it('writes guidance in both languages and fixed titles in the article’s language', () => {
    const fact = findBuiltinTemplate('fact-check')!.definition;
    const id = top(instantiateTemplate(fact, { language: 'id' }).body);
    const en = top(instantiateTemplate(fact, { language: 'en' }).body);
    const titleOf = (s: Json) => (s.children![0]!.children![0] as Json | undefined)?.text;
    expect(id.filter((n) => n.type === 'section').map(titleOf)).toEqual(['Klaim', 'Penilaian', 'Fakta', 'Kesimpulan']);
    expect(en.filter((n) => n.type === 'section').map(titleOf)).toEqual(['The claim', 'Verdict', 'The evidence', 'Conclusion']);
    const explainer = top(instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' }).body)[0]!;
    expect(explainer.titleGuidance).toEqual({
      en: expect.stringContaining('Section heading'),
      id: expect.stringContaining('Judul bagian'),
    });
  });

  it('News story: lede and nut graf are untitled sections', () => {
    const { body } = instantiateTemplate(findBuiltinTemplate('news')!.definition, { language: 'id' });
    const [lede, nut] = top(body);
    expect([lede!.role, lede!.titled, lede!.children!.map((c) => c.type)]).toEqual(['lede', false, ['paragraph']]);
    expect(nut!.role).toBe('nut-graf');
  });

  it('every template loads into a headless editor with the article nodes, unchanged', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const { body } = instantiateTemplate(t.definition, { language: 'id' });
      const editor = createHeadlessEditor({
        nodes: [...ARTICLE_NODES],
        onError: (e) => {
          throw e;
        },
      });
      editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
      const roundTrip = editor.getEditorState().toJSON();
      expect(roundTrip, t.id).toEqual(body);
      editor.getEditorState().read(() => expect($getRoot().getChildren().some($isSectionNode)).toBe(true));
    }
  });
});

describe('section numbering', () => {
  it('numbers numbered sections 1, 2, 3 … in order, skipping unnumbered ones', () => {
    expect(sectionNumbers([{ numbered: true }, { numbered: false }, { numbered: true }, { numbered: true }])).toEqual([1, null, 2, 3]);
  });

  it('renumbers after a move or a delete', () => {
    const editor = createHeadlessEditor({
      nodes: [...ARTICLE_NODES],
      onError: (e) => {
        throw e;
      },
    });
    const { body } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'en' });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
    const numbersAndRoles = () =>
      editor.getEditorState().read(() => {
        const sections = $getRoot().getChildren().filter($isSectionNode);
        return sectionNumbers(sections.map((s) => ({ numbered: s.isNumbered() })));
      });
    editor.update(
      () => {
        const sections = $getRoot().getChildren().filter($isSectionNode);
        sections[5]!.insertBefore(sections[0]!); // move section 1 below section 5
        sections[2]!.remove();
      },
      { discrete: true },
    );
    expect(numbersAndRoles()).toEqual([1, 2, 3, 4, null]);
  });
});

describe('custom templates', () => {
  let service: TestService;
  beforeEach(async () => {
    service = await openTestService();
  });
  afterEach(() => service.close());

  it('save as template keeps the structure, not the words, and a new article from it matches', async () => {
    const source = await service.dispatch('articles:create', { templateId: 'explainer', sectionCount: 4 });
    expect(source.ok).toBe(true);
    const article = (source as { value: { id: string } }).value;
    const saved = await service.dispatch('templates:saveFromArticle', { articleId: article.id, name: 'Explainer pendek' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Explainer pendek', builtin: false } });
    const definition = (
      saved as { value: { id: string; definition: { hero: unknown; blocks: Array<{ repeat: number; numbered: boolean }> } } }
    ).value;
    expect(definition.definition.hero).toMatchObject({ aspectRatio: '16:9' });
    expect(definition.definition.blocks.map((b) => [b.repeat, b.numbered])).toEqual([
      [4, true],
      [1, false],
    ]);
    const copy = await service.dispatch('articles:create', { templateId: definition.id });
    const a = service.articles.get(article.id);
    const b = service.articles.get((copy as { value: { id: string } }).value.id);
    const shape = (body: { root: unknown }) => top(body).map((n) => [n.type, n.numbered, n.role, (n.children ?? []).map((c) => c.type)]);
    expect(shape(b.body)).toEqual(shape(a.body));
    expect(b.hero).toEqual(a.hero);
    expect(b.templateId).toBe(definition.id);
  });

  it('derives one repeatable block from a run of like sections', () => {
    const { body, hero } = instantiateTemplate(findBuiltinTemplate('interview')!.definition, { language: 'en', sectionCount: 7 });
    const definition = templateFromArticle(body, hero);
    expect(definition.blocks.map((b) => (b.kind === 'section' ? [b.role, b.repeat, b.repeatable] : b.kind))).toEqual([
      ['intro', 1, false],
      ['question', 7, true],
    ]);
  });

  it('can be renamed, edited and deleted; built-ins cannot, and names stay unique', async () => {
    const created = service.templates.create('Laporan', '', { hero: null, blocks: [] });
    const updated = service.templates.update(created.id, 'Laporan khusus', 'Untuk liputan khusus', {
      hero: null,
      blocks: [{ kind: 'image', spec: { role: 'inline', aspectRatio: '4:3', minWidth: 800, minHeight: 600, required: true } }],
    });
    expect(updated).toMatchObject({
      name: 'Laporan khusus',
      description: 'Untuk liputan khusus',
      definition: { blocks: [{ kind: 'image' }] },
    });
    expect(() => service.templates.create('laporan KHUSUS', '', { hero: null, blocks: [] })).toThrow(/already exists/);
    expect(() => service.templates.create('Explainer', '', { hero: null, blocks: [] })).toThrow(/already exists/);
    expect(
      await service.dispatch('templates:update', { id: 'explainer', name: 'X', description: '', definition: { hero: null, blocks: [] } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await service.dispatch('templates:delete', { id: 'explainer' })).toMatchObject({ ok: false });
    service.templates.delete(created.id);
    expect(service.templates.list().map((t) => t.id)).not.toContain(created.id);
  });
});
