/**
 * How an equation looks in the editor: its typeset form (KaTeX, the same function export
 * uses), which is a button that opens the LaTeX source. While editing, the preview follows
 * every keystroke; the node is written once when editing ends, so undo takes back the whole
 * change. A new, empty equation opens straight into editing. Enter or Escape (or leaving the
 * field) ends editing and puts the caret right after the equation.
 */
import { focusEditor } from '../focusEditor';
import 'katex/dist/katex.min.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { renderLatex } from '../../../../electron/shared/content';
import { useT } from '../../i18n/I18nProvider';

interface MathViewProps {
  latex: string;
  inline: boolean;
  /**
   * Writes the edited source into this view's node, inside `editor.update()`: the node hands
   * it over, so the view needs no import of the node (no import cycle).
   */
  $commit: (latex: string, returnToText: boolean) => void;
}

/** KaTeX's markup for the editor's preview; it escapes the source itself and trusts no URL. */
function Typeset({ latex, inline }: { latex: string; inline: boolean }) {
  const html = renderLatex(latex, !inline, 'htmlAndMathml');
  return <span className="math-typeset" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function MathView({ latex, inline, $commit }: MathViewProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const [editing, setEditing] = useState(editable && latex === '');
  const [draft, setDraft] = useState(latex);
  const input = useRef<HTMLTextAreaElement>(null);
  // Focus moving back to the text blurs the field once more; that blur must not finish twice.
  const open = useRef(editing);
  const inputId = useId();

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const startEditing = () => {
    if (!editable) return;
    setDraft(latex);
    open.current = true;
    setEditing(true);
  };

  /**
   * Ends editing and writes the source into the node. From the keyboard (Enter, Escape) the
   * caret then goes right after the equation; when focus left by a click elsewhere, it stays
   * where the author clicked.
   */
  const finish = (returnToText: boolean) => {
    if (!open.current) return;
    open.current = false;
    setEditing(false);
    editor.update(() => $commit(draft.trim(), returnToText));
    if (returnToText) focusEditor(editor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      // Right after this key's handlers (its default is prevented, so it cannot act on the
      // text), and before the next key: a timer would let fast typing land in the closing field.
      queueMicrotask(() => finish(true));
    }
  };

  const shown = editing ? draft : latex;
  return (
    <span
      className={`math-view${inline ? ' is-inline' : ' is-block'}${editing ? ' is-editing' : ''}`}
      data-testid="math-view"
    >
      <button
        type="button"
        className="math-button"
        // Named by what it shows (the MathML is read out), after a hidden "Edit equation";
        // an aria-label with the LaTeX would not match the visible text (WCAG 2.5.3).
        title={t('math.edit', { latex: shown })}
        onClick={startEditing}
        disabled={!editable}
        data-testid="math-typeset"
      >
        <span className="visually-hidden">{t('math.editLabel')} </span>
        {shown.trim() === '' ? (
          <span className="math-empty">{t('math.empty')}</span>
        ) : (
          <Typeset latex={shown} inline={inline} />
        )}
      </button>
      {editing && (
        <span className="math-editor" role="group" aria-label={t('math.editor')}>
          <label className="math-label" htmlFor={inputId}>
            {t('math.latex')}
          </label>
          <textarea
            id={inputId}
            ref={input}
            className="input math-input"
            rows={inline ? 1 : 2}
            value={draft}
            spellCheck={false}
            placeholder={t('math.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => finish(false)}
            data-testid="math-input"
          />
          <span className="math-hint">{t('math.hint')}</span>
        </span>
      )}
    </span>
  );
}
