// A window's Undo and Redo take back its field decisions (a suggested headline accepted, a byline
// rejected) in order with its edits of the text, and never another window's decision or typing.
import { createHeadlessEditor } from '@lexical/headless';
import { CAN_UNDO_COMMAND, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFieldsFromDoc, writeFieldsToDoc } from '../../../shared/collab/articleDoc';
import {
  pendingFieldSuggestions,
  readSuggestionsFromDoc,
  resolveFieldSuggestionInDoc,
  suggestFieldInDoc,
} from '../../../shared/collab/suggestionsDoc';
import { registerFieldDecisionUndo } from '../../../renderer/editor/suggestions/fieldDecisionUndo';

const BUDI = { author: 'Budi', colour: '#2e6b30' } as const;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const FALLBACK = { headline: '', dek: '', byline: '', language: 'id', timeZone: 'Asia/Jakarta', publishAt: null, hero: null };

/** An editor with the body's UndoManager where the collaboration plugin puts it, and Undo/Redo wired as the plugin wires them. */
function windowOn(doc: Y.Doc): { editor: LexicalEditor; text: Y.Text; canUndo: boolean[] } {
  const editor = createHeadlessEditor({
    onError: (e) => {
      throw e;
    },
  });
  const text = doc.getText('body-stand-in');
  const body = new Y.UndoManager(text, { captureTimeout: 0 });
  (editor as unknown as Record<symbol, Y.UndoManager>)[Symbol.for('@lexical/yjs/UndoManager')] = body;
  editor.registerCommand(UNDO_COMMAND, () => (body.undo(), true), COMMAND_PRIORITY_EDITOR);
  editor.registerCommand(REDO_COMMAND, () => (body.redo(), true), COMMAND_PRIORITY_EDITOR);
  const canUndo: boolean[] = [];
  editor.registerCommand(CAN_UNDO_COMMAND, (value) => (canUndo.push(value), false), COMMAND_PRIORITY_LOW);
  return { editor, text, canUndo };
}

function article(): Y.Doc {
  const doc = new Y.Doc();
  writeFieldsToDoc(doc, { headline: 'Harga beras naik', byline: 'Tim' });
  suggestFieldInDoc(doc, 'headline', 'Harga beras melonjak', BUDI, newId);
  suggestFieldInDoc(doc, 'byline', 'Tim, Budi', BUDI, newId);
  return doc;
}

const headline = (doc: Y.Doc) => readFieldsFromDoc(doc, FALLBACK).headline;
const pendingFields = (doc: Y.Doc) => pendingFieldSuggestions(readSuggestionsFromDoc(doc)).map((s) => s.field);
const idOf = (doc: Y.Doc, field: string) => pendingFieldSuggestions(readSuggestionsFromDoc(doc)).find((s) => s.field === field)!.id;

describe('undo of field decisions', () => {
  it('undoes and redoes the decisions and the text edits in the order they were made', () => {
    const doc = article();
    const { editor, text, canUndo } = windowOn(doc);
    const origin = {};
    registerFieldDecisionUndo(editor, doc, origin);

    text.insert(0, 'Teks. ');
    resolveFieldSuggestionInDoc(doc, idOf(doc, 'headline'), true, origin);
    text.insert(6, 'Lagi. ');
    expect(headline(doc)).toBe('Harga beras melonjak');
    expect(pendingFields(doc)).toEqual(['byline']);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(text.toString()).toBe('Teks. ');
    expect(headline(doc)).toBe('Harga beras melonjak');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(headline(doc)).toBe('Harga beras naik');
    expect(pendingFields(doc).sort()).toEqual(['byline', 'headline']);
    expect(text.toString()).toBe('Teks. ');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(text.toString()).toBe('');

    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(text.toString()).toBe('Teks. ');
    expect(headline(doc)).toBe('Harga beras naik');
    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(headline(doc)).toBe('Harga beras melonjak');
    expect(pendingFields(doc)).toEqual(['byline']);
    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(text.toString()).toBe('Teks. Lagi. ');
    expect(canUndo.at(-1)).toBe(true);
  });

  it('a rejection is undone too, and Undo is offered when the decision is the only step', () => {
    const doc = article();
    const { editor, canUndo } = windowOn(doc);
    const origin = {};
    registerFieldDecisionUndo(editor, doc, origin);
    resolveFieldSuggestionInDoc(doc, idOf(doc, 'byline'), false, origin);
    expect(canUndo.at(-1)).toBe(true);
    expect(pendingFields(doc)).toEqual(['headline']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(pendingFields(doc).sort()).toEqual(['byline', 'headline']);
    expect(readFieldsFromDoc(doc, FALLBACK).byline).toBe('Tim');
    expect(canUndo.at(-1)).toBe(false);
  });

  it('a new edit after an undo voids the redo of a decision', () => {
    const doc = article();
    const { editor, text } = windowOn(doc);
    const origin = {};
    registerFieldDecisionUndo(editor, doc, origin);
    resolveFieldSuggestionInDoc(doc, idOf(doc, 'headline'), true, origin);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    text.insert(0, 'Baru. ');
    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(headline(doc)).toBe('Harga beras naik');
    expect(pendingFields(doc).sort()).toEqual(['byline', 'headline']);
  });

  it("never takes back another window's decision or typing in the fields", () => {
    const doc = article();
    const { editor } = windowOn(doc);
    registerFieldDecisionUndo(editor, doc, {});
    resolveFieldSuggestionInDoc(doc, idOf(doc, 'headline'), true, { otherWindow: true });
    writeFieldsToDoc(doc, { byline: 'Tim Ekonomi' });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(headline(doc)).toBe('Harga beras melonjak');
    expect(readFieldsFromDoc(doc, FALLBACK).byline).toBe('Tim Ekonomi');
  });
});
