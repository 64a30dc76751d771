// The version history through the service the app runs (createService → dispatch) and the CLI on
// the same store: what makes a version and who signs it, comparing, restoring a section or a whole
// version (a new version; nothing deleted), claims coming back with a restore, and a signed-off
// version never thinned away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { KEEP_RECENT_AUTO_REVISIONS } from '../../../db/articleStore';
import { plainTextOf } from '../../../shared/text/plainText';
import { versionParts } from '../../../shared/history/versionBlocks';
import { run } from '../../fixtures/cliRunner';
import { claimMark, paragraph, text } from '../../fixtures/bodies';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'explainer-id.txt'));

let t: TestService;
beforeEach(async () => {
  t = await openTestService();
});
afterEach(async () => t.close());

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callOk(t, channel, input);

/** The editable fields of an article (what articles:save takes). */
function fieldsOf(article: ChannelOutput<'articles:get'>) {
  const { headline, dek, byline, language, timeZone, publishAt, hero, body } = article;
  return { headline, dek, byline, language, timeZone, publishAt, hero, body };
}

async function importSample() {
  await call('profile:set', { name: 'Dewi Lestari', initials: 'DL', colour: '#1f5f99' });
  const { article } = await call('articles:import', { data: new Uint8Array(SAMPLE), format: 'text' });
  return article;
}

/** A claim whose mark stands in the body (the body becomes one marked paragraph). */
async function markedClaim(articleId: string) {
  const claim = await call('claims:create', { articleId, quote: 'Korea Utara' });
  const current = await call('articles:get', { ref: articleId });
  const body = {
    root: { ...current.body.root, children: [paragraph(claimMark([claim.id], text('Korea Utara')), text(' mengirim tentara.'))] },
  };
  await call('articles:save', { id: articleId, baseRevision: current.revision, kind: 'auto', fields: { ...fieldsOf(current), body } });
  return claim;
}

type Json = { type?: string; text?: string; children?: Json[] };

/** The article's body with `from` replaced by `to` in its text, and its second section moved to the end. */
function edited(body: Json, from: string, to: string): Json {
  const copy = JSON.parse(JSON.stringify(body)) as { root: Json };
  const walk = (node: Json) => {
    if (typeof node.text === 'string') node.text = node.text.replace(from, to);
    node.children?.forEach(walk);
  };
  walk(copy.root);
  const children = copy.root.children!;
  const sections = children.filter((c) => c.type === 'section');
  children.push(...children.splice(children.indexOf(sections[1]!), 1));
  return copy as Json;
}

describe('version history', () => {
  it('lists an import, a named version, edits and a status change, each with who and when; compares and restores', async () => {
    const article = await importSample();
    const named = await call('articles:saveVersion', { id: article.id, label: 'Sent to legal' });
    const claim = await call('claims:create', { articleId: article.id, quote: 'enam ribu insinyur' });
    const current = await call('articles:get', { ref: article.id });
    await call('articles:save', {
      id: article.id,
      baseRevision: current.revision,
      kind: 'auto',
      fields: { ...fieldsOf(current), body: edited(current.body as Json, 'para analis', 'para pengamat') as typeof current.body },
    });
    await call('claims:update', { id: claim.id, patch: { verdict: 'true' } });
    await call('articles:setStatus', { id: article.id, from: 'draft', to: 'in_review' });

    const { items } = await call('revisions:list', { articleId: article.id });
    expect(items.map((i) => [i.kind, i.label, i.author])).toEqual([
      ['status', 'Status: In review', 'Dewi Lestari'],
      ['auto', null, 'Dewi Lestari'],
      ['manual', 'Sent to legal', 'Dewi Lestari'],
      ['import', 'Imported', 'Dewi Lestari'],
    ]);

    const { comparison } = await call('revisions:compare', { articleId: article.id, from: named.revision, to: 'now' });
    expect(comparison.sections.map((s) => s.change)).toEqual(['changed', 'moved']);
    expect(comparison.claims).toEqual([expect.objectContaining({ change: 'added', quote: 'enam ribu insinyur' })]);
    const between = await call('revisions:compare', { articleId: article.id, from: items[1]!.revision, to: items[0]!.revision });
    expect(between.comparison.claims![0]!.details).toContainEqual({ what: 'verdict', before: 'unchecked', after: 'true' });

    // The CLI reads the same history and prints the same comparison.
    const history = await run('history', article.slug, '--db', t.dbPath);
    expect(history.code).toBe(0);
    expect(history.out).toMatch(/named\s+\S+ \S+\s+Dewi Lestari\s+Sent to legal/);
    const diff = await run('diff', article.slug, String(named.revision), 'now', '--db', t.dbPath);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('Menurut para [-analis-]{+pengamat+}');
    expect(diff.out).toMatch(/moved from part \d+ to part \d+/);
    expect((await run('diff', article.slug, 'now', '1', '--db', t.dbPath)).code).toBe(2);
    const missing = await run('diff', article.slug, '1', '999', '--db', t.dbPath);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no version 999');

    // Restoring one section: the changed section goes back, the moved one stays where it is now.
    const changedPart = comparison.sections.find((s) => s.change === 'changed')!.from!;
    const restored = await call('revisions:restore', { articleId: article.id, revision: named.revision, part: changedPart });
    const afterSection = await call('articles:get', { ref: article.id });
    expect(plainTextOf(afterSection.body)).toContain('Menurut para analis');
    expect(versionParts(afterSection.body).at(-1)!.title).toBe(versionParts(current.body).filter((p) => p.title !== null)[1]!.title);
    const stillMoved = await call('revisions:compare', { articleId: article.id, from: named.revision, to: 'now' });
    expect(stillMoved.comparison.sections.map((s) => s.change)).toEqual(['moved']);

    // Restoring the whole version: the text is as it was; every version is still listed.
    await call('revisions:restore', { articleId: article.id, revision: named.revision });
    const whole = await call('articles:get', { ref: article.id });
    expect(plainTextOf(whole.body)).toBe(plainTextOf(current.body));
    const after = await call('revisions:list', { articleId: article.id });
    expect(after.items.slice(0, 2).map((i) => [i.kind, i.label])).toEqual([
      ['restore', `Restored version ${named.revision}`],
      ['restore', expect.stringMatching(new RegExp(`^Restored section “.+” from version ${named.revision}$`))],
    ]);
    expect(after.items.length).toBe(items.length + 2);
    expect(restored.revision).toBe(after.items[1]!.revision);
  });

  it('a restore brings back a claim dismissed since, with its mark', async () => {
    const article = await importSample();
    const claim = await markedClaim(article.id);
    const marked = await call('articles:saveVersion', { id: article.id, label: 'Marked' });
    await call('claims:delete', { id: claim.id });
    expect((await call('claims:list', { articleId: article.id })).items).toEqual([]);
    await call('revisions:restore', { articleId: article.id, revision: marked.revision });
    const claims = (await call('claims:list', { articleId: article.id })).items;
    expect(claims.map((c) => c.id)).toEqual([claim.id]);
    expect(JSON.stringify((await call('articles:get', { ref: article.id })).body)).toContain(claim.id);
  });

  it('the version a sign-off was given on is never thinned away', async () => {
    const article = await importSample();
    const claim = await markedClaim(article.id);
    let current;
    const signed = await call('claims:signOff', { id: claim.id, by: 'Dewi Lestari' });
    for (let i = 0; i < KEEP_RECENT_AUTO_REVISIONS + 10; i++) {
      current = await call('articles:get', { ref: article.id });
      await call('articles:save', {
        id: article.id,
        baseRevision: current.revision,
        kind: 'auto',
        fields: { ...fieldsOf(current), headline: `Judul ${i}` },
      });
    }
    const revisions = (await call('revisions:list', { articleId: article.id })).items.map((i) => i.revision);
    expect(revisions).toContain(signed.signOff!.revision);
    expect(revisions).not.toContain(signed.signOff!.revision + 1);
    const { comparison } = await call('revisions:compare', { articleId: article.id, from: signed.signOff!.revision, to: 'now' });
    expect(comparison.fields.map((f) => f.field)).toEqual(['headline']);
  });
});
