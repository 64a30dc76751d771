// The formatting toolbar and its keyboard shortcuts. Button states are read from the selection
// only (constant work per update), never from the whole document.
import { $suggestBlockKind } from '../../shared/suggestions/retypeSuggestions';
import { $suggestList } from '../../shared/suggestions/listSuggestions';
import { LIST_REFUSED } from './suggestions/SuggestionsPlugin';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { $currentBlockType, setBlockType, type BlockType } from './blockFormat';
import { matchesShortcut, SHORTCUTS, type ShortcutName } from './editorShortcuts';
import { LinkDialog } from './LinkDialog';
import { createPortal } from 'react-dom';
import { MarkClaimButton } from './claims/MarkClaimButton';
import { CommentButton } from './comments/CommentButton';
import { SuggestingToggle } from './suggestions/SuggestingToggle';
import { useSuggestionControls } from './suggestions/suggestionsState';
import { InsertMenu } from './sections/InsertMenu';
import { PassageLanguageMenu } from './PassageLanguageMenu';
import { TableActions } from './table/TableActions';
import { useTranslation } from 'react-i18next';

type FormatKey =
  `format.${'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote'}`;

const INLINE_FORMATS: ReadonlyArray<{ format: TextFormatType; label: FormatKey; shortcut: ShortcutName; glyph: string }> = [
  { format: 'bold', label: 'format.bold', shortcut: 'bold', glyph: 'B' },
  { format: 'italic', label: 'format.italic', shortcut: 'italic', glyph: 'I' },
  { format: 'underline', label: 'format.underline', shortcut: 'underline', glyph: 'U' },
  { format: 'strikethrough', label: 'format.strikethrough', shortcut: 'strikethrough', glyph: 'S' },
  { format: 'code', label: 'format.code', shortcut: 'code', glyph: '</>' },
];

const BLOCKS: ReadonlyArray<{ type: BlockType; label: FormatKey; shortcut: ShortcutName; glyph: string }> = [
  { type: 'paragraph', label: 'format.paragraph', shortcut: 'paragraph', glyph: '¶' },
  { type: 'h2', label: 'format.h2', shortcut: 'h2', glyph: 'H2' },
  { type: 'h3', label: 'format.h3', shortcut: 'h3', glyph: 'H3' },
  { type: 'bullet', label: 'format.bullet', shortcut: 'bullet', glyph: '•' },
  { type: 'number', label: 'format.number', shortcut: 'number', glyph: '1.' },
  { type: 'quote', label: 'format.quote', shortcut: 'quote', glyph: '❝' },
];

interface SelectionState {
  formats: Set<TextFormatType>;
  block: BlockType | null;
  linkUrl: string | null;
}

function $readSelectionState(): SelectionState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { formats: new Set(), block: null, linkUrl: null };
  const formats = new Set(INLINE_FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f)));
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return { formats, block: $currentBlockType(), linkUrl: link && $isLinkNode(link) ? link.getURL() : null };
}

function sameSelectionState(a: SelectionState, b: SelectionState): boolean {
  return (
    a.block === b.block && a.linkUrl === b.linkUrl && a.formats.size === b.formats.size && [...a.formats].every((f) => b.formats.has(f))
  );
}

function shortcutLabel(name: ShortcutName): string {
  return SHORTCUTS[name].replace('Control', 'Ctrl').replace('Meta', '⌘');
}

export function ToolbarPlugin({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<SelectionState>({ formats: new Set(), block: 'paragraph', linkUrl: null });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDialog, setLinkDialog] = useState<{ url: string } | null>(null);
  const { suggesting, suggester, refuse } = useSuggestionControls();
  /** While suggesting, Paragraph, Heading, Quote and the lists become a suggested change of the blocks' type. */
  const suggestBlockType = (type: BlockType) =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      // Paragraphs made a list become its items; paragraph, heading and quote change the block's type.
      if (type === 'bullet' || type === 'number') {
        if ($suggestList(selection, type, () => suggester.newId()) === null) refuse(t(LIST_REFUSED));
      } else $suggestBlockKind(selection, type, () => suggester.newId());
    });

  const openLinkDialog = useCallback(() => {
    const url = editor.getEditorState().read(() => $readSelectionState().linkUrl);
    setLinkDialog({ url: url ?? '' });
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionState);
          setState((prev) => (sameSelectionState(prev, next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            for (const f of INLINE_FORMATS) {
              if (f.format !== 'bold' && f.format !== 'italic' && f.format !== 'underline' && matchesShortcut(event, f.shortcut)) {
                event.preventDefault();
                editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format);
                return true;
              }
            }
            for (const b of BLOCKS) {
              if (matchesShortcut(event, b.shortcut)) {
                event.preventDefault();
                setBlockType(editor, b.type);
                return true;
              }
            }
            if (matchesShortcut(event, 'link')) {
              event.preventDefault();
              openLinkDialog();
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, openLinkDialog],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {/* Two groups that wrap as wholes: formatting, then review and insert — never a row broken mid-group. */}
      <div className="toolbar-group">
        <button
          type="button"
          aria-label={t('format.undo')}
          title={t('toolbar.withKey', { name: t('format.undo'), key: shortcutLabel('undo') })}
          disabled={!canUndo}
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          ↶
        </button>
        <button
          type="button"
          aria-label={t('format.redo')}
          title={t('toolbar.withKey', { name: t('format.redo'), key: shortcutLabel('redo') })}
          disabled={!canRedo}
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          ↷
        </button>
        <span className="toolbar-divider" aria-hidden="true" />
        {BLOCKS.map((b) => (
          <button
            key={b.type}
            type="button"
            aria-label={t(b.label)}
            aria-pressed={state.block === b.type}
            aria-keyshortcuts={SHORTCUTS[b.shortcut]}
            title={t('toolbar.withKey', { name: t(b.label), key: shortcutLabel(b.shortcut) })}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => (suggesting ? suggestBlockType(b.type) : setBlockType(editor, b.type))}
          >
            {/* The glyph ("H2") is a picture of the name, drawn by CSS: the name is the label, as the tooltip says. */}
            <span className="glyph" data-glyph={b.glyph} aria-hidden="true" />
          </button>
        ))}
        <span className="toolbar-divider" aria-hidden="true" />
        {INLINE_FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className={`fmt-${f.format}`}
            aria-label={t(f.label)}
            aria-pressed={state.formats.has(f.format)}
            aria-keyshortcuts={SHORTCUTS[f.shortcut]}
            title={t('toolbar.withKey', { name: t(f.label), key: shortcutLabel(f.shortcut) })}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format)}
          >
            <span className="glyph" data-glyph={f.glyph} aria-hidden="true" />
          </button>
        ))}
        <button
          type="button"
          aria-label={t('format.link')}
          aria-pressed={state.linkUrl !== null}
          aria-keyshortcuts={SHORTCUTS.link}
          title={t('toolbar.withKey', { name: t('format.link'), key: shortcutLabel('link') })}
          onMouseDown={(e) => e.preventDefault()}
          className="link-button"
          onClick={openLinkDialog}
        >
          {t('toolbar.linkText')}
        </button>
      </div>
      <div className="toolbar-group">
        <MarkClaimButton />
        <CommentButton />
        <SuggestingToggle />
        <PassageLanguageMenu articleLanguage={language} />
        <InsertMenu language={language} />
      </div>
      <TableActions />
      {/* Out of the toolbar's DOM: its transparent button style would hide the dialog's primary button. */}
      {linkDialog &&
        createPortal(
          <LinkDialog
            initialUrl={linkDialog.url}
            onApply={(url) => {
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
              setLinkDialog(null);
              editor.focus();
            }}
            onRemove={() => {
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
              setLinkDialog(null);
              editor.focus();
            }}
            onCancel={() => {
              setLinkDialog(null);
              editor.focus();
            }}
          />,
          document.body,
        )}
    </div>
  );
}
