// Every contract call, fuzzed: huge strings, deep nesting, huge arrays and random values in every
// input field. The answer is always a typed error or a valid result: never a crash, never
// `internal`, and a refused call writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../../shared/contract/channels';
import { ERROR_CODES } from '../../../shared/contract/errors';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
  service.articles.create({ headline: 'Sudah ada' });
});
afterEach(() => service.close());

function counts() {
  return service.articles.db
    .prepare(
      'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM revisions) AS revisions, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM templates) AS templates, (SELECT count(*) FROM assets) AS assets',
    )
    .get();
}

function deepObject(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { children: [value] };
  return value;
}

const HUGE_STRING = 'ꦲ'.repeat(6_000_000); // 18 MB of UTF-8, beyond every declared maximum
const HOSTILE: ReadonlyArray<[string, unknown]> = [
  ['a huge string', HUGE_STRING],
  ['100,000 levels of nesting', deepObject(100_000)],
  ['an array of 200,000 items', Array.from({ length: 200_000 }, () => 'x')],
  ['an object with 100,000 keys', Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))],
  ['a prototype-pollution object', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
  ['NaN', Number.NaN],
  ['a negative zero', -0],
  ['a bigint-sized number', 2 ** 64],
];

function fieldsOf(channel: (typeof CHANNEL_NAMES)[number]): string[] {
  const schema = channels[channel].input as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

describe('hostile values in every field of every channel', () => {
  for (const channel of CHANNEL_NAMES) {
    const fields = fieldsOf(channel);
    it(`${channel}: ${fields.length ? fields.join(', ') : '(no fields)'}`, async () => {
      for (const [label, value] of HOSTILE) {
        for (const input of [value, ...fields.map((field) => ({ [field]: value }))]) {
          const before = counts();
          const result = await service.dispatch(channel, input);
          const where = `${channel} with ${label}`;
          if (result.ok) throw new Error(`${where} was accepted`);
          expect(['invalid_input', 'not_found', 'unknown_channel'], where).toContain(result.error.code);
          expect(result.error.message.length, where).toBeLessThan(2_000);
          expect(counts(), where).toEqual(before);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(service.logged).toEqual([]);
    });
  }
});

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomValue(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.floor(next() * 2 ** 31) * (next() < 0.5 ? -1 : 1);
    case 3:
      return [
        '',
        'draft',
        'id',
        'Asia/Jakarta',
        '../../etc/passwd',
        '<script>alert(1)</script>',
        '\u0000',
        '00000000-0000-4000-8000-000000000000',
      ][Math.floor(next() * 8)];
    case 4:
      return next() * 1e6;
    case 5:
      return undefined;
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 4) }, () => [
          ['id', 'type', 'children', 'text', 'root', 'version', 'headline', '__proto__'][Math.floor(next() * 8)]!,
          randomValue(next, depth + 1),
        ]),
      );
  }
}

describe('random inputs', () => {
  it('get a typed answer on every channel, never an internal error', async () => {
    const next = random(20251126);
    for (const channel of CHANNEL_NAMES) {
      const fields = fieldsOf(channel);
      for (let i = 0; i < 60; i++) {
        const input = Object.fromEntries(fields.filter(() => next() < 0.7).map((field) => [field, randomValue(next)]));
        const result = await service.dispatch(channel, input);
        if (!result.ok)
          expect(
            ERROR_CODES.filter((code) => code !== 'internal'),
            `${channel} ${JSON.stringify(input)}`,
          ).toContain(result.error.code);
      }
    }
    expect(service.logged).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
