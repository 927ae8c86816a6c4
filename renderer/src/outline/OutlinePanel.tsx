/**
 * The course outline as an ARIA tree: sections with their lessons, roving focus, inline rename,
 * delete with confirmation, drag and drop, and Alt+Arrow moves. Selecting a lesson opens it.
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
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
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
  const [deleting, setDeleting] = useState<string | null>(null);
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

  const askDelete = (id: string) => {
    if (findSectionIndex(outline, id) >= 0 && outline.length === 1) {
      notify(t('outline.lastSection'));
      return;
    }
    setDeleting(id);
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
    onAskDelete: askDelete,
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
      askDelete(id);
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
      {deleting && (
        <DeleteConfirmation
          outline={outline}
          id={deleting}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void actions.remove(deleting);
          }}
        />
      )}
    </nav>
  );
}

function DeleteConfirmation({
  outline,
  id,
  onConfirm,
  onCancel,
}: {
  outline: Outline;
  id: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const section = outline[findSectionIndex(outline, id)];
  const lesson = findLesson(outline, id)?.lesson;
  const title = section ? t('outline.deleteSectionTitle') : t('outline.deleteLessonTitle');
  const message = section
    ? t('outline.deleteSectionBody', { title: section.title, count: section.lessons.length })
    : t('outline.deleteLessonBody', { title: lesson?.title ?? '' });
  return (
    <ConfirmDialog
      title={title}
      message={message}
      confirmLabel={t('common.delete')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
