/**
 * Typing "/" opens a menu of blocks to insert (headings, lists, quote, code, table, divider,
 * image, video, quiz). The query matches the translated name and the English name, so "/tab" and "/表格"
 * both find the table.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/I18nProvider';
import { formatMessage, type MessageKey } from '../../../i18n/messages';
import { formatBlock, insertDivider, insertTable, type BlockType } from '../../blockFormat';
import { PICK_IMAGE_COMMAND } from '../images/commands';
import { INSERT_MATH_COMMAND, OPEN_SPECIAL_CHARACTERS_COMMAND } from '../math/commands';
import { OPEN_VIDEO_PICKER_COMMAND } from '../media/commands';
import { INSERT_QUIZ_COMMAND } from '../quiz/commands';
import { icons } from '../toolbar/icons';

class BlockOption extends MenuOption {
  constructor(
    key: string,
    readonly label: string,
    readonly keywords: string[],
    readonly badge: ReactNode,
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(key);
  }
}

const blockEntries: { key: BlockType; label: MessageKey; badge: string }[] = [
  { key: 'h1', label: 'editor.block.h1', badge: 'H1' },
  { key: 'h2', label: 'editor.block.h2', badge: 'H2' },
  { key: 'h3', label: 'editor.block.h3', badge: 'H3' },
  { key: 'bullet', label: 'editor.block.bullet', badge: '•' },
  { key: 'number', label: 'editor.block.number', badge: '1.' },
  { key: 'check', label: 'editor.block.check', badge: '☑' },
  { key: 'quote', label: 'editor.block.quote', badge: '“' },
  { key: 'code', label: 'editor.block.code', badge: '{}' },
];

/** The characters that open the menu at the start of a block or after a space. */
const SLASH_TRIGGERS = '/、／';

const labelledAnchors = new WeakSet<HTMLElement>();

/**
 * Lexical's typeahead labels the element it positions the menu in "Typeahead menu", in
 * English, and sets it again whenever it moves the menu: keep our translated label on it.
 */
function labelMenuAnchor(anchor: HTMLElement, label: string): void {
  anchor.dataset.label = label;
  anchor.setAttribute('aria-label', label);
  if (labelledAnchors.has(anchor)) return;
  labelledAnchors.add(anchor);
  new MutationObserver(() => {
    const wanted = anchor.dataset.label;
    if (wanted && anchor.getAttribute('aria-label') !== wanted)
      anchor.setAttribute('aria-label', wanted);
  }).observe(anchor, { attributes: true, attributeFilter: ['aria-label'] });
}

export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [query, setQuery] = useState<string | null>(null);
  // Chinese input methods type "、" (or the full-width "／") for the "/" key.
  const trigger = useBasicTypeaheadTriggerMatch(SLASH_TRIGGERS, { minLength: 0, maxLength: 20 });

  const allOptions = useMemo(() => {
    const option = (
      key: string,
      label: MessageKey,
      badge: ReactNode,
      run: (editor: LexicalEditor) => void,
    ) =>
      new BlockOption(key, t(label), [formatMessage('en', label).toLowerCase(), key], badge, run);
    return [
      ...blockEntries.map(({ key, label, badge }) =>
        option(key, label, badge, (target) => formatBlock(target, key)),
      ),
      option('table', 'editor.table', icons.table, insertTable),
      option('divider', 'editor.divider', icons.divider, insertDivider),
      option('image', 'editor.image', icons.image, (target) =>
        target.dispatchCommand(PICK_IMAGE_COMMAND, undefined),
      ),
      // In an update of their own, so they run after the typed "/query" is gone.
      option('video', 'editor.slash.video', icons.video, (target) =>
        target.update(() => target.dispatchCommand(OPEN_VIDEO_PICKER_COMMAND, undefined)),
      ),
      option('quiz', 'editor.slash.quiz', icons.quiz, (target) =>
        target.update(() => target.dispatchCommand(INSERT_QUIZ_COMMAND, undefined)),
      ),
      option('math', 'editor.mathBlock', icons.mathBlock, (target) =>
        target.update(() => target.dispatchCommand(INSERT_MATH_COMMAND, { inline: false })),
      ),
      option('inline-math', 'editor.inlineMath', icons.math, (target) =>
        target.update(() => target.dispatchCommand(INSERT_MATH_COMMAND, { inline: true })),
      ),
      option('special-chars', 'editor.specialChars', icons.specialChars, (target) =>
        target.dispatchCommand(OPEN_SPECIAL_CHARACTERS_COMMAND, undefined),
      ),
    ];
  }, [t]);

  const options = useMemo(() => {
    const needle = (query ?? '').toLowerCase();
    if (!needle) return allOptions;
    return allOptions.filter(
      (option) =>
        option.label.toLowerCase().includes(needle) ||
        option.keywords.some((word) => word.includes(needle)),
    );
  }, [allOptions, query]);

  const onSelectOption = (
    option: BlockOption,
    textNode: TextNode | null,
    closeMenu: () => void,
  ) => {
    editor.update(() => {
      // Remove the typed "/query" before changing the block.
      textNode?.remove();
      $removeSlashQueryBeforeCaret();
    });
    option.run(editor);
    closeMenu();
  };

  return (
    <LexicalTypeaheadMenuPlugin<BlockOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={trigger}
      options={options}
      menuRenderFn={(anchorRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
        const anchor = anchorRef.current;
        if (!anchor) return null;
        labelMenuAnchor(anchor, t('editor.slashMenu'));
        return createPortal(
          <div
            className="slash-menu"
            role="listbox"
            aria-label={t('editor.slashMenu')}
            data-testid="slash-menu"
          >
            {options.length === 0 && <div className="slash-empty">{t('editor.slashNoMatch')}</div>}
            {options.map((option, index) => (
              <div
                key={option.key}
                ref={(element) => option.setRefElement(element)}
                role="option"
                aria-selected={selectedIndex === index}
                tabIndex={-1}
                className={selectedIndex === index ? 'slash-item is-selected' : 'slash-item'}
                onMouseEnter={() => setHighlightedIndex(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => selectOptionAndCleanUp(option)}
              >
                <span className="slash-badge" aria-hidden="true">
                  {option.badge}
                </span>
                <span>{option.label}</span>
              </div>
            ))}
          </div>,
          anchor,
        );
      }}
    />
  );
}

/**
 * The typeahead splits off the query it last matched; when Enter beats its update (fast
 * typing on a busy machine) that is a shorter query and part of "/qui" stays behind. Whatever
 * "/query" still stands right before the caret goes too.
 */
function $removeSlashQueryBeforeCaret(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return;
  const offset = selection.anchor.offset;
  const match = /(?:^|\s)([/、／][^/、／\s]{0,20})$/u.exec(node.getTextContent().slice(0, offset));
  const query = match?.[1];
  if (query) node.spliceText(offset - query.length, query.length, '', true);
}
