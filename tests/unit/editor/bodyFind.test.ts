// What find and replace reads in the body: each block's text across its formatted pieces, links and
// claim marks; pictures' captions; section titles; and not the words
// a pending suggestion cuts. A match selects exactly its words, and not once they have moved.
import { $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $findInBody, $selectMatch, type BodyMatch } from '../../../renderer/editor/find/bodyFind';
import { compileFind, type FindOptions } from '../../../shared/text/findText';
import { bodyOf, claimMark, heading, imageSlot, link, paragraph, section, text } from '../../fixtures/bodies';
import { headlessEditor } from '../../fixtures/headlessEditor';

const BOLD = 1;

function find(editor: LexicalEditor, query: string, more: Partial<FindOptions> = {}): BodyMatch[] {
  const compiled = compileFind({ query, matchCase: false, wholeWord: false, regex: false, ...more });
  if (!compiled?.ok) throw new Error('bad query');
  return editor.getEditorState().read(() => $findInBody(compiled));
}

const words = (m: BodyMatch) => m.text.slice(m.start, m.end);

const article = () =>
  headlessEditor(
    bodyOf(
      heading('h2', text('Dukungan '), text('Militer', BOLD)),
      paragraph(
        text('Menurut '),
        link('https://nis.go.kr', text('NIS Korea')),
        text(', pasukan '),
        claimMark(['c1'], text('dikirim ke Rusia')),
        text('.'),
      ),
      imageSlot({ caption: 'Pasukan Korea Utara di Kursk' }),
      section(true, 'Latar Korea', paragraph(text('Sejak 2024 Korea Utara'))),
      paragraph(
        text('Kata '),
        { type: 'suggest-delete', version: 1, direction: null, format: '', indent: 0, ids: ['s1'], children: [text('Korea ')] },
        text('akhir.'),
      ),
    ),
  );

describe('find in the body', () => {
  it('finds words across formatting, links and claim marks, in reading order, with captions and section titles', () => {
    const editor = article();
    expect(find(editor, 'dukungan militer').map(words)).toEqual(['Dukungan Militer']);
    expect(find(editor, 'Korea').map((m) => [m.kind, words(m)])).toEqual([
      ['text', 'Korea'],
      ['caption', 'Korea'],
      ['text', 'Korea'],
      ['text', 'Korea'],
    ]);
    expect(find(editor, 'NIS Korea, pasukan dikirim').map(words)).toEqual(['NIS Korea, pasukan dikirim']);
  });

  it('leaves out words a pending suggestion cuts, and matches nothing across them', () => {
    const editor = article();
    expect(find(editor, 'Kata Korea')).toEqual([]);
    expect(find(editor, 'Kata akhir')).toEqual([]);
    expect(find(editor, 'akhir').map(words)).toEqual(['akhir']);
  });

  it('selects exactly a match’s words, even across pieces, and refuses once they changed', () => {
    const editor = article();
    const [match] = find(editor, 'an Mili');
    expect(match?.kind).toBe('text');
    if (match?.kind !== 'text') return;
    expect(match.from.key).not.toBe(match.to.key);
    let selected: [boolean, string | undefined] = [false, undefined];
    editor.update(() => void (selected = [$selectMatch(match), $getSelection()?.getTextContent()]), { discrete: true });
    expect(selected).toEqual([true, 'an Mili']);
    editor.update(() => $getRoot().getAllTextNodes()[0]!.setTextContent('Bantuan '), { discrete: true });
    let again = true;
    editor.update(() => void (again = $selectMatch(match)), { discrete: true });
    expect(again).toBe(false);
  });
});
