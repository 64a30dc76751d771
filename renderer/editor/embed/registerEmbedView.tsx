// Gives embed nodes their card: the node stays pure data, the card edits it.
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useCallback } from 'react';
import type { EmbedFields } from '../../../shared/editor/cards/embed/embedJson';
import { $isEmbedNode, setEmbedView } from '../../../shared/editor/cards/embed/EmbedNode';
import { EmbedCard } from './EmbedCard';
import { takeJustInserted } from './embedCommands';
import { $insertionOf } from '../../../shared/suggestions/presenceSuggestions';

function InlineEmbed({
  nodeKey,
  fields,
  editor,
  insertion,
}: {
  nodeKey: NodeKey;
  fields: EmbedFields;
  editor: LexicalEditor;
  insertion: string | null;
}) {
  const onChange = useCallback(
    (patch: Partial<EmbedFields>) =>
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if ($isEmbedNode(node)) node.setFields(patch);
      }),
    [editor, nodeKey],
  );
  const onRemove = useCallback(() => editor.update(() => $getNodeByKey(nodeKey)?.remove()), [editor, nodeKey]);
  return <EmbedCard fields={fields} onChange={onChange} onRemove={onRemove} focusLink={takeJustInserted(nodeKey)} insertion={insertion} />;
}

setEmbedView((node, editor) => (
  <InlineEmbed nodeKey={node.getKey()} fields={node.getFields()} editor={editor} insertion={$insertionOf(node)} />
));
