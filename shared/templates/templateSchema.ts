// What a template is: the article's hero slot and a list of body blocks (sections and image slots),
// with guidance text in English and Indonesian. Built-in and custom templates share this shape.
import { z } from 'zod';
import { slotSpecSchema } from '../editor/imageSlot';

export const guidanceSchema = z.strictObject({ en: z.string().max(500), id: z.string().max(500) });

export const sectionBlockSchema = z.strictObject({
  kind: z.literal('section'),
  role: z.string().min(1).max(40),
  numbered: z.boolean(),
  /** Untitled sections (a lede, a nut graf) have body text only. */
  titled: z.boolean(),
  required: z.boolean(),
  /** A fixed title the template writes in ("Kesimpulan"); null leaves the title for the writer. */
  title: guidanceSchema.nullable(),
  titleGuidance: guidanceSchema.nullable(),
  bodyGuidance: guidanceSchema.nullable(),
  /** An image slot right under the title. */
  image: slotSpecSchema.nullable(),
  /** How many copies a new article gets. */
  repeat: z.number().int().min(1).max(30),
  /** The person starting an article may choose how many copies (the Explainer's numbered sections). */
  repeatable: z.boolean(),
});
export type SectionBlock = z.infer<typeof sectionBlockSchema>;

export const imageBlockSchema = z.strictObject({ kind: z.literal('image'), spec: slotSpecSchema });

export const templateBlockSchema = z.discriminatedUnion('kind', [sectionBlockSchema, imageBlockSchema]);
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

export const templateDefinitionSchema = z.strictObject({
  hero: slotSpecSchema.nullable(),
  blocks: z.array(templateBlockSchema).max(100),
});
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;

export const templateSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  description: z.string().max(500),
  builtin: z.boolean(),
  definition: templateDefinitionSchema,
});
export type Template = z.infer<typeof templateSchema>;

/** A section block with the defaults filled in, for writing templates by hand. */
export function section(fields: Partial<SectionBlock> & Pick<SectionBlock, 'role'>): SectionBlock {
  return {
    kind: 'section',
    numbered: false,
    titled: true,
    required: true,
    title: null,
    titleGuidance: null,
    bodyGuidance: null,
    image: null,
    repeat: 1,
    repeatable: false,
    ...fields,
  };
}
