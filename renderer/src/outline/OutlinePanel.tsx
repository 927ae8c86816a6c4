/**
 * The course outline as an ARIA tree: sections with their lessons, roving focus, inline rename,
 * delete with Undo (a notice with an Undo button, or Ctrl+Z in the outline, for a few seconds),
 * drag and drop, and Alt+Arrow moves. Selecting a lesson opens it.
 */
import {
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type SetStateAction,
} from 'react';
import type { CourseLanguage, Outline } from '../../../electron/shared/model';
import { useT } from '../i18n/I18nProvider';
import { useNotify } from '../notifications/Notifications';
import { LessonItem, SectionItem, type ItemHandlers, type ItemState } from './OutlineItems';
import {
  findLesson,
  findSectionIndex,
  keyboardMove,
  visibleNodes,
  type Move,
} from './outlineModel';
import { useOutlineActions } from './useOutlineActions';
import { useOutlineDnd } from './useOutlineDnd';

/** How long a deletion can be undone. */
const UNDO_SECONDS = 10;

interface OutlinePanelProps {
  outline: Outline;
  setOutline: Dispatch<SetStateAction<Outline>>;
  courseLanguage: CourseLanguage;
  openLessonId: string | null;
  onOpenLesson: (id: string) => void;
}

export function OutlinePanel({
  outline,
  setOutline,
  courseLanguage,
  openLessonId,
  onOpenLesson,
}: OutlinePanelProps) {
  const t = useT();
  const notify = useNotify();
  const actions = useOutlineActions(setOutline, courseLanguage);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(openLessonId);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  // The last deletion, while it can still be undone with Ctrl+Z.
  const undoable = useRef<{
    token: string;
    title: string;
    reopen: string | null;
    dismiss: () => void;
  } | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // Moving DOM focus has to wait until the item is rendered where it now belongs.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const element = treeRef.current?.querySelector<HTMLElement>(
      `[data-node-id="${CSS.escape(id)}"]`,
    );
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const focusNode = (id: string) => {
    pendingFocus.current = id;
    setFocusedId(id);
  };

  const expand = (sectionId: string) =>
    setCollapsed((current) => new Set([...current].filter((id) => id !== sectionId)));

  const move = (change: Move) => {
    if (change.sectionId) expand(change.sectionId);
    focusNode(change.id);
    void actions.move(change);
  };

  const { dropTarget, rowProps, emptySectionProps } = useOutlineDnd(outline, move);

  const addSection = async () => {
    const id = await actions.addSection();
    if (id) {
      // The rename field takes focus itself; focus returns to the item when naming ends.
      setFocusedId(id);
      setRenamingId(id);
    }
  };

  const addLesson = async (sectionId: string) => {
    expand(sectionId);
    const id = await actions.addLesson(sectionId);
    if (id) {
      setFocusedId(id);
      onOpenLesson(id);
      setRenamingId(id);
    }
  };

  const restore = async (token: string, title: string, reopen: string | null) => {
    if (undoable.current?.token === token) {
      // Undone from the keyboard: its notice's Undo button has nothing left to do.
      undoable.current.dismiss();
      undoable.current = null;
    }
    const id = await actions.restore(token);
    if (!id) return;
    // The lesson that was open when it (or its section) was deleted opens again.
    if (reopen) onOpenLesson(reopen);
    focusNode(id);
    notify(t('outline.restored', { title }), 'info');
  };

  // Deleting is immediate and undoable, rather than confirmed and final: a teacher who
  // deleted the wrong lesson gets it back, content and all.
  const deleteWithUndo = async (id: string) => {
    const sectionIndex = findSectionIndex(outline, id);
    if (sectionIndex >= 0 && outline.length === 1) {
      notify(t('outline.lastSection'));
      return;
    }
    const title = outline[sectionIndex]?.title ?? findLesson(outline, id)?.lesson.title ?? '';
    // Focus stays in the outline, on the item that takes the deleted one's place.
    const nodes = visibleNodes(outline, collapsed);
    const index = nodes.findIndex((node) => node.id === id);
    const neighbour = nodes
      .slice(index + 1)
      .concat(nodes.slice(0, Math.max(0, index)).reverse())
      .find((node) => node.kind === 'section' || node.sectionId !== id);
    const section = outline[sectionIndex];
    const reopen =
      openLessonId !== null &&
      (openLessonId === id || section?.lessons.some((lesson) => lesson.id === openLessonId))
        ? openLessonId
        : null;
    const token = await actions.remove(id);
    if (!token) return;
    if (neighbour) focusNode(neighbour.id);
    const dismiss = notify(t('outline.deleted', { title }), 'info', {
      timeoutMs: UNDO_SECONDS * 1000,
      action: { label: t('outline.undo'), run: () => void restore(token, title, reopen) },
    });
    undoable.current = { token, title, reopen, dismiss };
    window.setTimeout(() => {
      if (undoable.current?.token === token) undoable.current = null;
    }, UNDO_SECONDS * 1000);
  };

  const handlers: ItemHandlers = {
    onFocusItem: setFocusedId,
    onOpenLesson,
    onToggleSection: (id) =>
      setCollapsed((current) =>
        current.has(id)
          ? new Set([...current].filter((other) => other !== id))
          : new Set([...current, id]),
      ),
    onStartRename: setRenamingId,
    onRename: (id, title) => {
      setRenamingId(null);
      focusNode(id);
      void actions.rename(id, title);
    },
    onCancelRename: () => {
      if (renamingId) focusNode(renamingId);
      setRenamingId(null);
    },
    onAddLesson: (sectionId) => void addLesson(sectionId),
    onAskDelete: (id) => void deleteWithUndo(id),
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-node-id]');
    const id = item?.dataset.nodeId;
    if (!id || renamingId) return;
    const nodes = visibleNodes(outline, collapsed);
    const index = nodes.findIndex((node) => node.id === id);
    const node = nodes[index];
    if (!node) return;
    let handled = true;
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && event.altKey) {
      const change = keyboardMove(outline, id, event.key === 'ArrowUp' ? -1 : 1);
      if (change) move(change);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const next = nodes[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) focusNode(next.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      const next = event.key === 'Home' ? nodes[0] : nodes.at(-1);
      if (next) focusNode(next.id);
    } else if (event.key === 'ArrowRight' && node.kind === 'section') {
      const firstLesson = outline[findSectionIndex(outline, id)]?.lessons[0];
      if (collapsed.has(id)) expand(id);
      else if (firstLesson) focusNode(firstLesson.id);
    } else if (event.key === 'ArrowLeft') {
      if (node.kind === 'lesson') focusNode(node.sectionId);
      else setCollapsed((current) => new Set([...current, id]));
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (node.kind === 'lesson') onOpenLesson(id);
      else handlers.onToggleSection(id);
    } else if (event.key === 'F2') {
      setRenamingId(id);
    } else if (event.key === 'Delete') {
      void deleteWithUndo(id);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      const last = undoable.current;
      if (last) void restore(last.token, last.title, last.reopen);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  // Exactly one item is reachable with Tab: the focused one if it still exists, else the open lesson.
  const visible = visibleNodes(outline, collapsed);
  const isVisible = (id: string | null) => id !== null && visible.some((node) => node.id === id);
  const tabStop = isVisible(focusedId)
    ? focusedId
    : isVisible(openLessonId)
      ? openLessonId
      : (visible[0]?.id ?? null);
  const state: ItemState = { focusedId: tabStop, renamingId, openLessonId, dropTarget };

  return (
    <nav className="outline" aria-labelledby="outline-heading" data-testid="outline">
      <div className="outline-header">
        <h2 id="outline-heading">{t('outline.title')}</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => void addSection()}
          data-testid="add-section"
        >
          + {t('outline.addSection')}
        </button>
      </div>
      <ul
        ref={treeRef}
        role="tree"
        aria-label={t('outline.treeLabel')}
        className="tree"
        onKeyDown={onKeyDown}
      >
        {outline.map((section) => (
          <SectionItem
            key={section.id}
            section={section}
            expanded={!collapsed.has(section.id)}
            state={state}
            handlers={handlers}
            dnd={rowProps(section.id)}
            emptyDnd={emptySectionProps(section.id)}
          >
            {section.lessons.map((lesson) => (
              <LessonItem
                key={lesson.id}
                lesson={lesson}
                state={state}
                handlers={handlers}
                dnd={rowProps(lesson.id)}
              />
            ))}
          </SectionItem>
        ))}
      </ul>
      <p className="outline-hint">{t('outline.keyboardHint')}</p>
    </nav>
  );
}
