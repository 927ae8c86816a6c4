/** One section (with its lessons) and one lesson in the outline tree. Behaviour lives in OutlinePanel. */
import type { DragEvent, ReactNode } from 'react';
import type { OutlineLesson, OutlineSection } from '../../../electron/shared/model';
import { useT } from '../i18n/I18nProvider';
import type { DropTarget } from './outlineModel';
import { RenameField } from './RenameField';

export interface RowDnd {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

export interface ItemState {
  focusedId: string | null;
  renamingId: string | null;
  openLessonId: string | null;
  dropTarget: DropTarget | null;
}

export interface ItemHandlers {
  onFocusItem: (id: string) => void;
  onOpenLesson: (id: string) => void;
  onToggleSection: (id: string) => void;
  onStartRename: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onCancelRename: () => void;
  onAddLesson: (sectionId: string) => void;
  onAskDelete: (id: string) => void;
}

function dropClass(dropTarget: DropTarget | null, id: string): string {
  return dropTarget?.id === id ? ` drop-${dropTarget.position}` : '';
}

function Title({
  id,
  title,
  state,
  handlers,
}: {
  id: string;
  title: string;
  state: ItemState;
  handlers: ItemHandlers;
}) {
  return state.renamingId === id ? (
    <RenameField
      initial={title}
      onCommit={(next) => handlers.onRename(id, next)}
      onCancel={handlers.onCancelRename}
    />
  ) : (
    <span className="tree-label" data-testid="outline-label">
      {title}
    </span>
  );
}

function DeleteButton({
  id,
  title,
  onAskDelete,
}: {
  id: string;
  title: string;
  onAskDelete: (id: string) => void;
}) {
  const t = useT();
  const label = t('outline.deleteItem', { title });
  return (
    <button
      type="button"
      className="row-action"
      tabIndex={-1}
      aria-label={label}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        onAskDelete(id);
      }}
      data-testid="outline-delete"
    >
      ×
    </button>
  );
}

interface SectionItemProps {
  section: OutlineSection;
  expanded: boolean;
  state: ItemState;
  handlers: ItemHandlers;
  dnd: RowDnd;
  emptyDnd: Pick<RowDnd, 'onDragOver' | 'onDrop'>;
  children: ReactNode;
}

export function SectionItem({
  section,
  expanded,
  state,
  handlers,
  dnd,
  emptyDnd,
  children,
}: SectionItemProps) {
  const t = useT();
  const addLabel = t('outline.addLessonTo', { title: section.title });
  return (
    <li
      role="treeitem"
      aria-level={1}
      aria-expanded={expanded}
      aria-selected={false}
      tabIndex={state.focusedId === section.id ? 0 : -1}
      data-node-id={section.id}
      data-testid="outline-section"
      className="tree-item"
      onFocus={(event) => event.target === event.currentTarget && handlers.onFocusItem(section.id)}
    >
      <div
        className={`tree-row section-row${dropClass(state.dropTarget, section.id)}`}
        {...dnd}
        onClick={() => handlers.onFocusItem(section.id)}
        onDoubleClick={() => handlers.onStartRename(section.id)}
      >
        <button
          type="button"
          className={expanded ? 'chevron is-expanded' : 'chevron'}
          tabIndex={-1}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            handlers.onToggleSection(section.id);
          }}
        >
          ▸
        </button>
        <Title id={section.id} title={section.title} state={state} handlers={handlers} />
        <span className="row-actions">
          <button
            type="button"
            className="row-action"
            tabIndex={-1}
            aria-label={addLabel}
            title={addLabel}
            onClick={(event) => {
              event.stopPropagation();
              handlers.onAddLesson(section.id);
            }}
            data-testid="outline-add-lesson"
          >
            +
          </button>
          <DeleteButton id={section.id} title={section.title} onAskDelete={handlers.onAskDelete} />
        </span>
      </div>
      {expanded && (
        <ul role="group" className="tree-group">
          {children}
          {section.lessons.length === 0 && (
            <li
              role="none"
              className={`tree-empty${dropClass(state.dropTarget, section.id)}`}
              {...emptyDnd}
            >
              {t('outline.emptySection')}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

interface LessonItemProps {
  lesson: OutlineLesson;
  state: ItemState;
  handlers: ItemHandlers;
  dnd: RowDnd;
}

export function LessonItem({ lesson, state, handlers, dnd }: LessonItemProps) {
  const isOpen = state.openLessonId === lesson.id;
  return (
    <li
      role="treeitem"
      aria-level={2}
      aria-selected={isOpen}
      tabIndex={state.focusedId === lesson.id ? 0 : -1}
      data-node-id={lesson.id}
      data-testid="outline-lesson"
      className="tree-item"
      onFocus={(event) => event.target === event.currentTarget && handlers.onFocusItem(lesson.id)}
    >
      <div
        className={`tree-row lesson-row${isOpen ? ' is-open' : ''}${dropClass(state.dropTarget, lesson.id)}`}
        {...dnd}
        onClick={() => {
          handlers.onFocusItem(lesson.id);
          handlers.onOpenLesson(lesson.id);
        }}
        onDoubleClick={() => handlers.onStartRename(lesson.id)}
      >
        <span className="lesson-dot" aria-hidden="true" />
        <Title id={lesson.id} title={lesson.title} state={state} handlers={handlers} />
        <span className="row-actions">
          <DeleteButton id={lesson.id} title={lesson.title} onAskDelete={handlers.onAskDelete} />
        </span>
      </div>
    </li>
  );
}
