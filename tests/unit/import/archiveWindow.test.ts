// A WordPress archive imported from the window, through the contract as the dialog calls it: the
// archive says how many pictures its posts name and, step by step, which; the pictures the window
// found in the site's media folder come with the step and fill their slots; any other bytes sent
// along are not a post's picture and go nowhere; too many megabytes at once are refused whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_STEP_PICTURE_BYTES } from '../../../shared/import/wxr/mediaPath';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

const ARCHIVE = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'wxr', 'newsroom-export.xml')));
const POSKO = 'https://kabarkota.example/wp-content/uploads/2025/07/posko.jpg';
const PERAHU = 'https://kabarkota.example/wp-content/uploads/2025/07/perahu.jpg';

let t: TestService;
beforeEach(async () => {
  t = await openTestService();
});
afterEach(() => t.close());

describe('an archive from the window, with pictures from the media folder the person chose', () => {
  it('names the pictures of each step; those sent fill their slots, the rest wait', async () => {
    const started = await callOk(t, 'archive:start', { data: ARCHIVE });
    expect(started.picturesNamed).toBe(2);
    expect(new Set(started.nextPictures)).toEqual(new Set([POSKO, PERAHU]));
    const photo = new Uint8Array(
      await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
        .jpeg()
        .toBuffer(),
    );
    const done = await callOk(t, 'archive:next', {
      job: started.job,
      pictures: [
        [POSKO, photo],
        // Not a picture any post names: it goes nowhere.
        ['https://elsewhere.example/x.jpg', photo],
      ],
    });
    expect(done).toMatchObject({ finished: true, created: 4, failed: 0, nextPictures: [] });
    const article = await callOk(t, 'articles:get', { ref: 'banjir-rendam-tiga-kecamatan' });
    expect(article.hero?.assetId).toMatch(/^[0-9a-f]{64}$/);
    expect(t.assets.has(article.hero!.assetId!)).toBe(true);
    // Only the post that names it has it: the page and the other posts have no hero.
    expect((await callOk(t, 'articles:get', { ref: 'tentang-kami' })).hero).toBeNull();
  });

  it('more than a step’s megabytes of pictures at once are refused, and nothing of the step is imported', async () => {
    const started = await callOk(t, 'archive:start', { data: ARCHIVE });
    const big = new Uint8Array(MAX_STEP_PICTURE_BYTES / 2 + 1);
    const refused = await t.dispatch('archive:next', {
      job: started.job,
      pictures: [
        [POSKO, big],
        [PERAHU, big],
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await callOk(t, 'articles:list', {})).items).toHaveLength(0);
  });
});
