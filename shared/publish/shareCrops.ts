// The hero's crops for sharing and search (Open Graph, schema.org NewsArticle's `image`): 16:9, 4:3
// and 1:1, each the largest of its shape the picture holds, around the slot's focal point, and at
// most SHARE_MAX_WIDTH wide (at least 1200 wherever the original is that wide, as Google asks).
export const SHARE_RATIOS = ['16:9', '4:3', '1:1'] as const;
export type ShareRatio = (typeof SHARE_RATIOS)[number];
export const SHARE_MAX_WIDTH = 1600;

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The largest box of the ratio inside width × height, centred on the focal point as far as the edges allow. */
export function cropBox(width: number, height: number, ratio: ShareRatio, focal: { x: number; y: number }): CropBox {
  const [w, h] = ratio.split(':').map(Number) as [number, number];
  const wide = width / height > w / h;
  const cropWidth = wide ? Math.max(1, Math.round((height * w) / h)) : width;
  const cropHeight = wide ? height : Math.max(1, Math.round((width * h) / w));
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);
  return {
    left: clamp(focal.x * width - cropWidth / 2, width - cropWidth),
    top: clamp(focal.y * height - cropHeight / 2, height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}

/** The crop's published width: its own, at most SHARE_MAX_WIDTH. */
export function shareWidth(box: CropBox): number {
  return Math.min(box.width, SHARE_MAX_WIDTH);
}
