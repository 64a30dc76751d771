import { pendingEntry } from '../../fixtures/pendingEntry';
// Moving a section as a suggestion, on a real (headless) Lexical editor with the article nodes: the
// section moves at once and the place it left is remembered; the public page shows the old order;
// accept keeps the new one, reject puts it back; the author's further moves carry the suggestion
// and moving it home takes it back; it travels through the live document and blocks publishing.
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { $isSectionNode } from '../../../shared/editor/nodes/SectionNode';
import { renderBody } from '../../../shared/publish/renderBody';
import { $suggestMoveSection, type MoveOutcome } from '../../../shared/suggestions/moveSuggestions';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import { $pendingSuggestions, $resolveSuggestion, type Suggester } from '../../../shared/suggestions/suggestionEdits';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, paragraph, section, text } from '../../fixtures/bodies';
import { headlessEditor } from '../../fixtures/headlessEditor';

const threeSections = () =>
  headlessEditor(
    bodyOf(
      section(true, 'Latar', paragraph(text('Satu.'))),
      section(true, 'Data', paragraph(text('Dua.'))),
      section(true, 'Tanggapan', paragraph(text('Tiga.'))),
      paragraph(text('Penutup.')),
    ),
  );

function suggester(author: string): Suggester {
  let n = 0;
  return { newId: () => `${author}-${++n}`, isMine: (id) => id.startsWith(`${author}-`) };
}

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const order = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isSectionNode)
      .map((s) => s.getFirstChild()?.getTextContent()),
  );
const publishedTitles = (b: SerializedBody) =>
  [...renderBody(b, { resolveImage: () => null }).matchAll(/<h2[^>]*>\d+\. (\w+)<\/h2>/g)].map((m) => m[1]);

function move(editor: LexicalEditor, title: string, direction: -1 | 1, who: Suggester): MoveOutcome {
  let outcome: MoveOutcome = 'cannot';
  update(editor, () => {
    const target = $getRoot()
      .getChildren()
      .find((s) => $isSectionNode(s) && s.getFirstChild()?.getTextContent() === title);
    if ($isSectionNode(target)) outcome = $suggestMoveSection(target, direction, who);
  });
  return outcome;
}

describe('moving a section as a suggestion', () => {
  it('moves at once, publishes in the old order; accept keeps it, reject puts it back', () => {
    for (const accept of [true, false]) {
      const editor = threeSections();
      const rina = suggester('rina');
      expect(move(editor, 'Latar', 1, rina)).toBe('suggested');
      expect(move(editor, 'Latar', 1, rina)).toBe('moved');
      expect(order(editor)).toEqual(['Data', 'Tanggapan', 'Latar']);
      expect(publishedTitles(body(editor))).toEqual(['Latar', 'Data', 'Tanggapan']);
      expect(editor.getEditorState().read(() => $pendingSuggestions())).toEqual([pendingEntry({ id: 'rina-1', moved: 'Latar' })]);
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(order(editor)).toEqual(accept ? ['Data', 'Tanggapan', 'Latar'] : ['Latar', 'Data', 'Tanggapan']);
      expect(JSON.stringify(body(editor))).not.toContain('suggestMove');
    }
  });

  it('moving it home takes it back; the last section moved up remembers its place after the one before', () => {
    const editor = threeSections();
    const rina = suggester('rina');
    move(editor, 'Data', -1, rina);
    expect(move(editor, 'Data', 1, rina)).toBe('taken back');
    expect(JSON.stringify(body(editor))).not.toContain('suggestMove');

    // "Tanggapan" stands before the closing paragraph, so that paragraph marks its place.
    expect(move(editor, 'Tanggapan', -1, rina)).toBe('suggested');
    expect(order(editor)).toEqual(['Latar', 'Tanggapan', 'Data']);
    expect(publishedTitles(body(editor))).toEqual(['Latar', 'Data', 'Tanggapan']);
    // Someone else cannot move it further, nor move the section that marks another's place.
    expect(move(editor, 'Tanggapan', -1, suggester('dewi'))).toBe('cannot');
    update(editor, () => $resolveSuggestion('rina-2', false));
    expect(order(editor)).toEqual(['Latar', 'Data', 'Tanggapan']);
  });

  it('travels through the live document, and the checklist lists it', () => {
    const editor = threeSections();
    move(editor, 'Tanggapan', -1, suggester('rina'));
    const read = throughLiveDocument(body(editor));
    expect(publishedTitles(read)).toEqual(['Latar', 'Data', 'Tanggapan']);
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    const items = analyzeArticle({ headline: 'Harga', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map((i) => i.message)).toEqual(['Moving section 2 is suggested: accept or reject it']);
  });
});
