// Turns a template into a new article's body (saved Lexical JSON) and hero slot.
import type { SerializedBody } from '../contract/lexicalState';
import { emptySlot, type ImageSlot, type SlotSpec } from '../editor/imageSlot';
import { guidanceFor } from '../editor/guidance';
import type { SectionBlock, TemplateDefinition } from './templateSchema';

type JsonNode = Record<string, unknown>;
const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };

function textNode(text: string): JsonNode {
  return { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' };
}

function paragraph(): JsonNode {
  return { ...ELEMENT, type: 'paragraph', textFormat: 0, textStyle: '', children: [] };
}

function imageSlotNode(spec: SlotSpec): JsonNode {
  return { type: 'image-slot', version: 1, ...emptySlot(spec) };
}

export function sectionNode(block: SectionBlock, language: string): JsonNode {
  const children: JsonNode[] = [];
  if (block.titled) {
    const title = block.title ? guidanceFor(block.title, language) : '';
    children.push({ ...ELEMENT, type: 'section-title', children: title ? [textNode(title)] : [] });
  }
  if (block.image) children.push(imageSlotNode(block.image));
  children.push(paragraph());
  return {
    ...ELEMENT,
    type: 'section',
    numbered: block.numbered,
    role: block.role,
    required: block.required,
    titled: block.titled,
    titleGuidance: block.titled ? block.titleGuidance : null,
    bodyGuidance: block.bodyGuidance,
    collapsed: false,
    children,
  };
}

export interface InstantiateOptions {
  language: string;
  /** Copies of the first repeatable section (the Explainer's numbered sections). */
  sectionCount?: number;
}

export function instantiateTemplate(
  definition: TemplateDefinition,
  options: InstantiateOptions,
): { body: SerializedBody; hero: ImageSlot | null } {
  const children: JsonNode[] = [];
  let countApplied = false;
  for (const block of definition.blocks) {
    if (block.kind === 'image') {
      children.push(imageSlotNode(block.spec));
      continue;
    }
    let copies = block.repeat;
    if (block.repeatable && !countApplied && options.sectionCount !== undefined) {
      copies = options.sectionCount;
      countApplied = true;
    }
    for (let i = 0; i < copies; i++) children.push(sectionNode(block, options.language));
  }
  // The body always ends in a paragraph, so there is somewhere to type after the last section.
  children.push(paragraph());
  return {
    body: { root: { ...ELEMENT, type: 'root', children } },
    hero: definition.hero ? emptySlot(definition.hero) : null,
  };
}
