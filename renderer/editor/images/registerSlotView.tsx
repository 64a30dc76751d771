// Gives body image slots their UI: the node stays pure data, this view edits it.
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { memo, useCallback, useDeferredValue } from 'react';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { $isImageSlotNode, setImageSlotView } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { ImageSlotView } from './ImageSlotView';
import { useTranslation } from 'react-i18next';
import { capitalized } from '../../i18n/i18n';
import { $isGalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { $addGalleryPictureAfter } from '../gallery/galleryCommands';
import { $insertionOf } from '../../../shared/suggestions/presenceSuggestions';

// Memoized on the slot object: typing elsewhere never re-renders an image (a known Lexical pitfall).
const InlineImageSlot = memo(function InlineImageSlot({
  nodeKey,
  slot,
  editor,
  inGallery,
  insertion,
}: {
  nodeKey: NodeKey;
  slot: ImageSlot;
  editor: LexicalEditor;
  /** One of a gallery's pictures: named so, and it can add pictures after itself. */
  inGallery: boolean;
  insertion: string | null;
}) {
  const onChange = useCallback(
    (patch: Partial<ImageSlot>) =>
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if ($isImageSlotNode(node)) node.setSlot(patch);
      }),
    [editor, nodeKey],
  );
  const { t } = useTranslation();
  const onDeleteSlot = useCallback(() => editor.update(() => $getNodeByKey(nodeKey)?.remove()), [editor, nodeKey]);
  const onAddPictures = useCallback(
    (assetIds: Array<string | null>) =>
      editor.update(() => {
        // Each after the one before, so they keep the order they were chosen in.
        let after = nodeKey;
        for (const assetId of assetIds) after = $addGalleryPictureAfter(after, assetId) ?? after;
      }),
    [editor, nodeKey],
  );
  const label = inGallery ? t('slot.galleryImage') : t('slot.image');
  // Lexical renders decorators synchronously with the text: opening an article with thirty pictures
  // would wait for thirty forms. The first render is an empty frame; the form follows at once, in
  // React's background work after the text has painted.
  const full = useDeferredValue(true, false);
  if (!full)
    return (
      <figure className={`image-slot${slot.assetId ? ' filled' : ''}`} role="group" aria-label={capitalized(label)} aria-busy="true" />
    );
  return (
    <ImageSlotView
      slot={slot}
      label={label}
      onChange={onChange}
      onDeleteSlot={onDeleteSlot}
      onAddPictures={inGallery ? onAddPictures : undefined}
      insertion={insertion}
    />
  );
});

setImageSlotView((node, editor) => (
  <InlineImageSlot
    nodeKey={node.getKey()}
    slot={node.getSlot()}
    editor={editor}
    inGallery={$isGalleryNode(node.getParent())}
    insertion={$insertionOf(node)}
  />
));
