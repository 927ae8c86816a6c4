/**
 * The special-character picker (Greek letters, arrows, °, ±, µ, ×, ÷, ≤, ≥, ≈, ∞ ...): a
 * dialog of buttons opened from the toolbar or the "/" menu. A pick is typed at the caret the
 * editor had before the dialog opened, and the caret comes back to the text after it.
 */
import { focusEditor } from '../../focusEditor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useState } from 'react';
import { Dialog } from '../../../dialogs/Dialog';
import { useT } from '../../../i18n/I18nProvider';
import { OPEN_SPECIAL_CHARACTERS_COMMAND } from './commands';
import { specialCharacterGroups } from './specialCharacters';

export function SpecialCharactersPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [open, setOpen] = useState(false);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_SPECIAL_CHARACTERS_COMMAND,
        () => {
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  if (!open) return null;

  const close = () => {
    setOpen(false);
    // After the dialog has handed focus back to its opener, the text takes it.
    requestAnimationFrame(() => focusEditor(editor));
  };

  const pick = (character: string) => {
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(character);
    });
    close();
  };

  return (
    <Dialog title={t('specialChars.title')} onClose={close} testId="special-characters">
      {specialCharacterGroups.map((group, groupIndex) => (
        <fieldset key={group.id} className="special-chars-group">
          <legend>{t(`specialChars.${group.id}`)}</legend>
          <div className="special-chars-grid">
            {group.characters.map((character, index) => (
              <button
                key={character}
                type="button"
                className="special-char"
                onClick={() => pick(character)}
                data-autofocus={groupIndex === 0 && index === 0 ? true : undefined}
                data-testid={`special-char-${character}`}
              >
                {character}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </Dialog>
  );
}
