// Messages as phrases: a key and its values, some of them phrases themselves ("in section 3"). The
// English tables beside their users (the checklist's, the importers') are what the CLI and the main
// side say; the interface says the same phrases in its language through i18next, whose syntax these
// tables share: {{value}}, {{value, capitalize}}, and _one/_other plurals chosen by `count`.
import { z } from 'zod';

export interface Phrase<K extends string = string> {
  key: K;
  values?: { [name: string]: string | number | Phrase<K> };
}

/** A phrase of a key, with its values if any. */
export function phraseOf<K extends string>(key: K, values?: Phrase<K>['values']): Phrase<K> {
  return values ? { key, values } : { key };
}

/** A table's keys without their plural suffixes. */
export type PhraseKey<Table> = keyof Table extends infer K ? (K extends `${infer Base}_one` | `${infer Base}_other` ? Base : K) : never;

function baseKeys(table: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.keys(table).map((key) => key.replace(/_(one|other)$/, '')));
}

/** Says a phrase with a language's messages (a key missing there falls back to the English table). */
export function sayPhrase(said: Phrase, english: Readonly<Record<string, string>>, messages = english): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {}))
    values[name] = typeof value === 'object' ? sayPhrase(value, english, messages) : value;
  const count = values.count;
  const plural = typeof count === 'number' ? (count === 1 ? `${said.key}_one` : `${said.key}_other`) : null;
  const template = (plural && (messages[plural] ?? english[plural])) ?? messages[said.key] ?? english[said.key] ?? said.key;
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_, name: string, format?: string) => {
    const value = String(values[name] ?? '');
    return format === 'capitalize' ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

/** Phrases of one table as they cross a boundary: known keys only, values of bounded size. */
export function phraseSchemaOf<K extends string>(table: Readonly<Record<string, string>>): z.ZodType<Phrase<K>> {
  const keys = baseKeys(table);
  const schema: z.ZodType<Phrase<K>> = z.lazy(() =>
    z.strictObject({
      key: z.custom<K>((value) => typeof value === 'string' && keys.has(value)),
      values: z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), schema])).optional(),
    }),
  );
  return schema;
}
