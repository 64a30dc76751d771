// "Save as template": an article's structure (hero slot, sections, image slots) without its text.
import type { SerializedBody } from '../contract/lexicalState';
import { slotSpecSchema, type ImageSlot, type SlotSpec } from '../editor/imageSlot';
import { guidanceSchema, type SectionBlock, type TemplateBlock, type TemplateDefinition } from './templateSchema';

type JsonNode = { type?: unknown; children?: unknown; [key: string]: unknown };

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

function specOf(slot: JsonNode): SlotSpec {
  const parsed = slotSpecSchema.safeParse({
    role: slot.role,
    aspectRatio: slot.aspectRatio,
    minWidth: slot.minWidth,
    minHeight: slot.minHeight,
    required: slot.required,
  });
  return parsed.success ? parsed.data : { role: 'inline', aspectRatio: null, minWidth: 0, minHeight: 0, required: false };
}

function guidanceOf(value: unknown) {
  const parsed = guidanceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function sectionBlock(node: JsonNode): SectionBlock {
  const image = children(node).find((c) => c.type === 'image-slot');
  return {
    kind: 'section',
    role: typeof node.role === 'string' && node.role ? node.role.slice(0, 40) : 'section',
    numbered: node.numbered === true,
    titled: node.titled !== false,
    required: node.required === true,
    // The structure, not the words: titles are left for the next writer, guidance is kept.
    title: null,
    titleGuidance: guidanceOf(node.titleGuidance),
    bodyGuidance: guidanceOf(node.bodyGuidance),
    image: image ? specOf(image) : null,
    repeat: 1,
    repeatable: false,
  };
}

function sameShape(a: SectionBlock, b: SectionBlock): boolean {
  const { repeat: _a, repeatable: _ra, ...restA } = a;
  const { repeat: _b, repeatable: _rb, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

export function templateFromArticle(body: SerializedBody, hero: ImageSlot | null): TemplateDefinition {
  const blocks: TemplateBlock[] = [];
  for (const node of children(body.root as JsonNode)) {
    if (node.type === 'image-slot') {
      blocks.push({ kind: 'image', spec: specOf(node) });
      continue;
    }
    if (node.type !== 'section') continue;
    const block = sectionBlock(node);
    const previous = blocks[blocks.length - 1];
    // A run of like sections (five numbered ones) becomes one block the next writer can size.
    if (previous?.kind === 'section' && sameShape(previous, block)) {
      previous.repeat += 1;
      previous.repeatable = true;
      continue;
    }
    blocks.push(block);
  }
  if (blocks.length > 100) blocks.length = 100;
  return { hero: hero ? specOf(hero as unknown as JsonNode) : null, blocks };
}
