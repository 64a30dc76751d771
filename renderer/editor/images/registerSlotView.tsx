// Gives body image slots their UI: the node stays pure data, this view edits it.
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { memo, useCallback } from 'react';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { $isImageSlotNode, setImageSlotView } from '../../../shared/editor/nodes/ImageSlotNode';
import { ImageSlotView } from './ImageSlotView';
import { useTranslation } from 'react-i18next';

// Memoized on the slot object: typing elsewhere never re-renders an image (a known Lexical pitfall).
const InlineImageSlot = memo(function InlineImageSlot({
  nodeKey,
  slot,
  editor,
}: {
  nodeKey: NodeKey;
  slot: ImageSlot;
  editor: LexicalEditor;
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
  return <ImageSlotView slot={slot} label={t('slot.image')} onChange={onChange} onDeleteSlot={onDeleteSlot} />;
});

setImageSlotView((node, editor) => <InlineImageSlot nodeKey={node.getKey()} slot={node.getSlot()} editor={editor} />);
