/**
 * The formatting toolbar. Buttons keep the editor's selection (mousedown does not steal focus),
 * carry a translated label with their shortcut, and report pressed state for screen readers.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type TextFormatType } from 'lexical';
import type { JSX, MouseEvent } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import {
  blockTypes,
  formatBlock,
  insertDivider,
  insertTable,
  type BlockType,
} from '../../blockFormat';
import { withShortcut } from '../../shortcuts';
import { PICK_IMAGE_COMMAND } from '../images/commands';
import { OPEN_LINK_DIALOG_COMMAND } from '../link/commands';
import { INSERT_MATH_COMMAND, OPEN_SPECIAL_CHARACTERS_COMMAND } from '../math/commands';
import { OPEN_VIDEO_PICKER_COMMAND } from '../media/commands';
import { INSERT_QUIZ_COMMAND } from '../quiz/commands';
import { icons } from './icons';
import { useToolbarState } from './useToolbarState';

const textFormats: {
  format: TextFormatType & keyof typeof icons;
  label: MessageKey;
  keys?: string;
}[] = [
  { format: 'bold', label: 'editor.bold', keys: 'Ctrl+B' },
  { format: 'italic', label: 'editor.italic', keys: 'Ctrl+I' },
  { format: 'underline', label: 'editor.underline', keys: 'Ctrl+U' },
  { format: 'strikethrough', label: 'editor.strikethrough' },
  { format: 'code', label: 'editor.inlineCode' },
  { format: 'subscript', label: 'editor.subscript', keys: 'Ctrl+,' },
  { format: 'superscript', label: 'editor.superscript', keys: 'Ctrl+.' },
];

const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const state = useToolbarState();
  const disabled = !state.editable;

  const button = (
    key: string,
    label: string,
    icon: JSX.Element,
    onClick: () => void,
    options: { pressed?: boolean; disabled?: boolean } = {},
  ) => (
    <button
      key={key}
      type="button"
      className={options.pressed ? 'tool is-active' : 'tool'}
      aria-label={label}
      title={label}
      aria-pressed={options.pressed}
      disabled={disabled || options.disabled}
      onMouseDown={keepEditorFocus}
      onClick={onClick}
      data-testid={`tool-${key}`}
    >
      {icon}
    </button>
  );

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('editor.toolbar')}
      data-testid="editor-toolbar"
    >
      <div className="tool-group">
        {button(
          'undo',
          withShortcut(t('editor.undo'), 'Ctrl+Z'),
          icons.undo,
          () => editor.dispatchCommand(UNDO_COMMAND, undefined),
          { disabled: !state.canUndo },
        )}
        {button(
          'redo',
          withShortcut(t('editor.redo'), 'Ctrl+Shift+Z'),
          icons.redo,
          () => editor.dispatchCommand(REDO_COMMAND, undefined),
          { disabled: !state.canRedo },
        )}
      </div>
      <div className="tool-group">
        <select
          className="block-select"
          aria-label={t('editor.blockType')}
          title={t('editor.blockType')}
          value={state.blockType}
          disabled={disabled}
          onChange={(event) => {
            formatBlock(editor, event.target.value as BlockType);
            editor.focus();
          }}
          data-testid="block-type"
        >
          {blockTypes.map((type) => (
            <option key={type} value={type}>
              {t(`editor.block.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-group">
        {textFormats.map(({ format, label, keys }) =>
          button(
            format,
            withShortcut(t(label), keys),
            icons[format],
            () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format),
            { pressed: state[format] },
          ),
        )}
        {button(
          'link',
          withShortcut(t('editor.link'), 'Ctrl+K'),
          icons.link,
          () => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined),
          { pressed: state.link },
        )}
      </div>
      <div className="tool-group">
        {button('math', t('editor.inlineMath'), icons.math, () =>
          editor.dispatchCommand(INSERT_MATH_COMMAND, { inline: true }),
        )}
        {button('math-block', t('editor.mathBlock'), icons.mathBlock, () =>
          editor.dispatchCommand(INSERT_MATH_COMMAND, { inline: false }),
        )}
        {button('special-chars', t('editor.specialChars'), icons.specialChars, () =>
          editor.dispatchCommand(OPEN_SPECIAL_CHARACTERS_COMMAND, undefined),
        )}
      </div>
      <div className="tool-group">
        {button('table', t('editor.table'), icons.table, () => insertTable(editor))}
        {button('divider', t('editor.divider'), icons.divider, () => insertDivider(editor))}
        {button('image', t('editor.image'), icons.image, () =>
          editor.dispatchCommand(PICK_IMAGE_COMMAND, undefined),
        )}
        {button('video', t('editor.insertVideo'), icons.video, () =>
          editor.dispatchCommand(OPEN_VIDEO_PICKER_COMMAND, undefined),
        )}
        {button('quiz', t('editor.insertQuiz'), icons.quiz, () =>
          editor.dispatchCommand(INSERT_QUIZ_COMMAND, undefined),
        )}
      </div>
    </div>
  );
}
