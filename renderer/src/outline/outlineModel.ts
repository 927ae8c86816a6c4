/**
 * Pure functions over the outline: where an item is, what a keyboard move or a drop means as an
 * `outline.move` call, and the outline after a move (for an immediate, optimistic redraw).
 * `index` always means the position in the destination list after the item left its old place,
 * which is how the studio's outline.move counts.
 */
import type { Outline } from '../../../electron/shared/model';

export interface Move {
  id: string;
  /** null for sections; the destination section for lessons. */
  sectionId: string | null;
  index: number;
}

export type NodeKind = 'section' | 'lesson';

export interface VisibleNode {
  id: string;
  kind: NodeKind;
  sectionId: string;
}

export function firstLessonId(outline: Outline): string | null {
  for (const section of outline) if (section.lessons[0]) return section.lessons[0].id;
  return null;
}

export function findLesson(outline: Outline, lessonId: string) {
  for (let sectionIndex = 0; sectionIndex < outline.length; sectionIndex++) {
    const section = outline[sectionIndex];
    const index = section?.lessons.findIndex((lesson) => lesson.id === lessonId) ?? -1;
    if (section && index >= 0)
      return { section, sectionIndex, index, lesson: section.lessons[index]! };
  }
  return null;
}

export function findSectionIndex(outline: Outline, sectionId: string): number {
  return outline.findIndex((section) => section.id === sectionId);
}

export function nodeKind(outline: Outline, id: string): NodeKind | null {
  if (findSectionIndex(outline, id) >= 0) return 'section';
  return findLesson(outline, id) ? 'lesson' : null;
}

/** The items a keyboard user walks through, in order, skipping collapsed sections' lessons. */
export function visibleNodes(outline: Outline, collapsed: ReadonlySet<string>): VisibleNode[] {
  return outline.flatMap((section) => [
    { id: section.id, kind: 'section' as const, sectionId: section.id },
    ...(collapsed.has(section.id)
      ? []
      : section.lessons.map((lesson) => ({
          id: lesson.id,
          kind: 'lesson' as const,
          sectionId: section.id,
        }))),
  ]);
}

/** Alt+Arrow: one step up or down; a lesson at a section's edge crosses into the neighbour. */
export function keyboardMove(outline: Outline, id: string, direction: -1 | 1): Move | null {
  const sectionIndex = findSectionIndex(outline, id);
  if (sectionIndex >= 0) {
    const index = sectionIndex + direction;
    return index >= 0 && index < outline.length ? { id, sectionId: null, index } : null;
  }
  const found = findLesson(outline, id);
  if (!found) return null;
  const index = found.index + direction;
  if (index >= 0 && index < found.section.lessons.length) {
    return { id, sectionId: found.section.id, index };
  }
  const neighbour = outline[found.sectionIndex + direction];
  if (!neighbour) return null;
  return { id, sectionId: neighbour.id, index: direction === -1 ? neighbour.lessons.length : 0 };
}

export type DropPosition = 'before' | 'after' | 'inside';

export interface DropTarget {
  id: string;
  position: DropPosition;
}

/** What dropping `draggedId` on `target` means, or null when it would change nothing. */
export function dropMove(outline: Outline, draggedId: string, target: DropTarget): Move | null {
  if (draggedId === target.id) return null;
  const draggedKind = nodeKind(outline, draggedId);
  const targetKind = nodeKind(outline, target.id);
  let move: Move | null = null;
  if (draggedKind === 'section' && targetKind === 'section' && target.position !== 'inside') {
    const order = outline
      .map((section) => section.id)
      .filter((sectionId) => sectionId !== draggedId);
    const index = order.indexOf(target.id) + (target.position === 'after' ? 1 : 0);
    move = { id: draggedId, sectionId: null, index };
  } else if (draggedKind === 'lesson' && targetKind === 'section') {
    const section = outline[findSectionIndex(outline, target.id)]!;
    const remaining = section.lessons.filter((lesson) => lesson.id !== draggedId);
    move = {
      id: draggedId,
      sectionId: section.id,
      index: target.position === 'before' ? 0 : remaining.length,
    };
  } else if (draggedKind === 'lesson' && targetKind === 'lesson') {
    const { section } = findLesson(outline, target.id)!;
    const remaining = section.lessons
      .filter((lesson) => lesson.id !== draggedId)
      .map((lesson) => lesson.id);
    const index = remaining.indexOf(target.id) + (target.position === 'after' ? 1 : 0);
    move = { id: draggedId, sectionId: section.id, index };
  }
  return move && !isNoOp(outline, move) ? move : null;
}

function isNoOp(outline: Outline, move: Move): boolean {
  if (move.sectionId === null) return findSectionIndex(outline, move.id) === move.index;
  const found = findLesson(outline, move.id);
  return found !== null && found.section.id === move.sectionId && found.index === move.index;
}

/** The outline as it will be after `move`, so the UI can redraw before the studio answers. */
export function applyMove(outline: Outline, move: Move): Outline {
  if (move.sectionId === null) {
    const section = outline.find((candidate) => candidate.id === move.id);
    if (!section) return outline;
    const rest = outline.filter((candidate) => candidate.id !== move.id);
    return [...rest.slice(0, move.index), section, ...rest.slice(move.index)];
  }
  const found = findLesson(outline, move.id);
  if (!found) return outline;
  return outline.map((section) => {
    let lessons = section.lessons.filter((lesson) => lesson.id !== move.id);
    if (section.id === move.sectionId) {
      lessons = [...lessons.slice(0, move.index), found.lesson, ...lessons.slice(move.index)];
    }
    return lessons.length === section.lessons.length &&
      section.id !== move.sectionId &&
      section.id !== found.section.id
      ? section
      : { ...section, lessons };
  });
}
