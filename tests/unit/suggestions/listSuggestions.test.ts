// Making paragraphs a list as a suggestion, on a real (headless) Lexical editor with the article
// nodes: the blocks become items of a new list at once, each remembering its old type; a public page
// and the Markdown export show the blocks; accept keeps the list; reject brings each block back where
// its item stands (the list splitting around it); items already in a list are left alone; it travels
// through the live document and the checklist lists it.
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { $suggestList } from '../../../shared/suggestions/listSuggestions';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import type { ListKind } from '../../../shared/suggestions/retypeSuggestionJson';
import { $pendingSuggestions, $resolveSuggestion } from '../../../shared/suggestions/suggestionEdits';
import { $createRangeSelection, $setSelection } from 'lexical';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, heading, paragraph, text } from '../../fixtures/bodies';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';
import { $suggestBlockKind } from '../../../shared/suggestions/retypeSuggestions';

let n = 0;
const newId = () => `rina-${++n}`;
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
/** The body as the draft has it: blocks, and lists with their items in brackets. */
const outline = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const show = (node: LexicalNode): string => {
      if (node.getType() === 'list' && $isElementNode(node))
        return `${(node as unknown as { getListType(): string }).getListType()}[${node
          .getChildren()
          .map((i) => i.getTextContent())
          .join('|')}]`;
      return `${node.getType()}:${node.getTextContent()}`;
    };
    return $getRoot().getChildren().map(show);
  });
/** Selects from the start of the block holding `from` to the end of the one holding `to`. */
const listify = (editor: LexicalEditor, from: string, to: string, kind: ListKind) =>
  update(editor, () => {
    const texts = $getRoot().getAllTextNodes();
    const first = texts.find((t) => t.getTextContent().includes(from))!;
    const last = texts.find((t) => t.getTextContent().includes(to))!;
    const selection = $createRangeSelection();
    selection.anchor.set(first.getKey(), 0, 'text');
    selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
    $setSelection(selection);
    const now = $getSelection();
    if ($isRangeSelection(now)) $suggestList(now, kind, newId);
  });

const ARTICLE = () =>
  bodyOf(
    paragraph(text('Langkah pemerintah:')),
    paragraph(text('Operasi pasar.')),
    paragraph(text('Impor beras.')),
    paragraph(text('Subsidi pupuk.')),
    paragraph(text('Penutup.')),
  );

describe('making paragraphs a list as a suggestion', () => {
  it('three paragraphs made a bulleted list: a list at once, published as paragraphs; accept keeps it, reject brings them back', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(ARTICLE());
      listify(editor, 'Operasi', 'Subsidi', 'bullet');
      expect(outline(editor)).toEqual([
        'paragraph:Langkah pemerintah:',
        'bullet[Operasi pasar.|Impor beras.|Subsidi pupuk.]',
        'paragraph:Penutup.',
      ]);
      expect(editor.getEditorState().read(() => $pendingSuggestions().map((s) => [s.id, s.retyped]))).toEqual([
        ['rina-1', { from: 'paragraph', to: 'bullet', words: 'Operasi pasar.' }],
      ]);
      expect(published(editor)).toBe(
        '<p>Langkah pemerintah:</p>\n<p>Operasi pasar.</p>\n<p>Impor beras.</p>\n<p>Subsidi pupuk.</p>\n<p>Penutup.</p>',
      );
      expect(renderMarkdown(body(editor), { resolveImage: () => null })).not.toContain('- ');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(outline(editor)).toEqual(
        accept
          ? ['paragraph:Langkah pemerintah:', 'bullet[Operasi pasar.|Impor beras.|Subsidi pupuk.]', 'paragraph:Penutup.']
          : [
              'paragraph:Langkah pemerintah:',
              'paragraph:Operasi pasar.',
              'paragraph:Impor beras.',
              'paragraph:Subsidi pupuk.',
              'paragraph:Penutup.',
            ],
      );
      expect(JSON.stringify(body(editor))).not.toContain('suggestRetype');
      if (accept) expect(published(editor)).toContain('<ul><li>Operasi pasar.</li><li>Impor beras.</li><li>Subsidi pupuk.</li></ul>');
    }
  });

  it('rejecting the middle item of a list made of two suggestions splits the list around it; a heading comes back a heading', () => {
    n = 0;
    const editor = headlessEditor(bodyOf(paragraph(text('Satu.')), heading('h3', text('Dua')), paragraph(text('Tiga.'))));
    listify(editor, 'Satu', 'Satu', 'number');
    listify(editor, 'Dua', 'Tiga', 'number');
    // Two suggestions in one list (Lexical joins neighbouring lists of one type).
    expect(outline(editor)).toEqual(['number[Satu.|Dua|Tiga.]']);
    update(editor, () => $resolveSuggestion('rina-2', false));
    expect(outline(editor)).toEqual(['number[Satu.]', 'heading:Dua', 'paragraph:Tiga.']);
    // Published as the original blocks (the first item's suggestion still pending).
    const original = bodyOf(paragraph(text('Satu.')), heading('h3', text('Dua')), paragraph(text('Tiga.')));
    expect(published(editor)).toBe(renderBody(original, { resolveImage: () => null }));
  });

  it('a block whose change of type waits is not made a list (its item could not keep that suggestion)', () => {
    n = 0;
    const editor = headlessEditor(ARTICLE());
    update(editor, () => {
      $selectText('Operasi');
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $suggestBlockKind(selection, 'h2', newId);
    });
    let made: string | null = 'not run';
    update(editor, () => {
      $selectText('Operasi');
      const selection = $getSelection();
      if ($isRangeSelection(selection)) made = $suggestList(selection, 'bullet', newId);
    });
    expect(made).toBeNull();
    expect(outline(editor)[1]).toBe('heading:Operasi pasar.');
  });

  it('an item already in a list is left alone', () => {
    n = 0;
    const editor = headlessEditor(ARTICLE());
    listify(editor, 'Operasi', 'Impor', 'bullet');
    update(editor, () => $resolveSuggestion('rina-1', true));
    listify(editor, 'Operasi', 'Impor', 'number');
    expect(outline(editor)).toEqual([
      'paragraph:Langkah pemerintah:',
      'bullet[Operasi pasar.|Impor beras.]',
      'paragraph:Subsidi pupuk.',
      'paragraph:Penutup.',
    ]);
    expect(editor.getEditorState().read(() => $pendingSuggestions())).toEqual([]);
  });

  it('travels through the live document, and the checklist lists it', () => {
    n = 0;
    const editor = headlessEditor(ARTICLE());
    listify(editor, 'Operasi', 'Impor', 'number');
    const read = throughLiveDocument(body(editor));
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    expect(renderBody(read, { resolveImage: () => null })).not.toContain('<ol');
    const items = analyzeArticle({ headline: 'Beras', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map((i) => i.message)).toEqual(['Making a paragraph a list item is suggested (“Operasi pasar.”): accept or reject it']);
  });
});
