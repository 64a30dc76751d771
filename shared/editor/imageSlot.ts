// Image slots: what a slot wants (role, aspect ratio, minimum size) and what fills it.
import { z } from 'zod';

export const ASSET_ID_PATTERN = /^[0-9a-f]{64}$/;

export const focalPointSchema = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });

/** What the slot asks for. */
export const slotSpecSchema = z.strictObject({
  /** "hero", "inline" …: shown on the empty slot. */
  role: z.string().min(1).max(40),
  /** "16:9", "4:3", "1:1", or null for any. */
  aspectRatio: z
    .string()
    .regex(/^\d{1,2}:\d{1,2}$/)
    .nullable(),
  minWidth: z.number().int().min(0).max(20000),
  minHeight: z.number().int().min(0).max(20000),
  required: z.boolean(),
});
export type SlotSpec = z.infer<typeof slotSpecSchema>;

/** What fills it: the asset (by id, never inline data) and the editorial fields. */
export const slotFillSchema = z.strictObject({
  assetId: z.string().regex(ASSET_ID_PATTERN).nullable(),
  alt: z.string().max(1000),
  caption: z.string().max(2000),
  credit: z.string().max(500),
  rights: z.string().max(1000),
  focalPoint: focalPointSchema.nullable(),
});
export type SlotFill = z.infer<typeof slotFillSchema>;

export const imageSlotSchema = z.strictObject({ ...slotSpecSchema.shape, ...slotFillSchema.shape });
export type ImageSlot = z.infer<typeof imageSlotSchema>;

export const IMAGE_SLOT_KEYS = Object.keys(imageSlotSchema.shape) as Array<keyof ImageSlot>;

/** A slot from untrusted JSON (a paste, an old file): each field that does not fit its schema falls back to the default. */
export function normalizeSlot(json: Partial<Record<keyof ImageSlot, unknown>>, base: ImageSlot): ImageSlot {
  const shape = imageSlotSchema.shape;
  return Object.fromEntries(
    IMAGE_SLOT_KEYS.map((key) => {
      const parsed = shape[key].safeParse(json[key]);
      return [key, parsed.success ? parsed.data : base[key]];
    }),
  ) as unknown as ImageSlot;
}

export const EMPTY_FILL: SlotFill = { assetId: null, alt: '', caption: '', credit: '', rights: '', focalPoint: null };

export const HERO_SPEC: SlotSpec = { role: 'hero', aspectRatio: '16:9', minWidth: 1600, minHeight: 900, required: true };
export const INLINE_SPEC: SlotSpec = { role: 'inline', aspectRatio: null, minWidth: 800, minHeight: 0, required: true };

export function emptySlot(spec: SlotSpec): ImageSlot {
  return { ...spec, ...EMPTY_FILL };
}

/** The URL path the renderer loads an asset from (the app's own origin, in both Electron and browser mode). */
export function assetPath(assetId: string): string {
  return `/asset/${assetId}`;
}

export function describeSpec(spec: SlotSpec): string {
  const parts = [spec.aspectRatio, spec.minWidth || spec.minHeight ? `at least ${spec.minWidth}×${spec.minHeight} px` : null];
  return parts.filter(Boolean).join(' · ');
}

/** Width ÷ height of an "a:b" ratio. */
export function ratioValue(aspectRatio: string): number {
  const [w, h] = aspectRatio.split(':').map(Number) as [number, number];
  return w / h;
}

/** What is wrong with an image for a slot: smaller than wanted, or far off the wanted shape (more than 3%). */
export function imageFitIssues(spec: SlotSpec, width: number, height: number): Array<'small' | 'shape'> {
  const issues: Array<'small' | 'shape'> = [];
  if (width < spec.minWidth || height < spec.minHeight) issues.push('small');
  if (spec.aspectRatio) {
    const wanted = ratioValue(spec.aspectRatio);
    if (Math.abs(width / height - wanted) / wanted > 0.03) issues.push('shape');
  }
  return issues;
}

/** Problems with an image for a slot (too small, far off the wanted shape), for the checklist, in English. */
export function imageFitProblems(spec: SlotSpec, width: number, height: number): string[] {
  return imageFitIssues(spec, width, height).map((issue) =>
    issue === 'small'
      ? `is ${width}×${height} px, smaller than the ${spec.minWidth}×${spec.minHeight} px wanted`
      : `is not ${spec.aspectRatio}; it will be cropped`,
  );
}
