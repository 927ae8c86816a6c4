/**
 * HTML5 drag and drop for the outline. Rows report where the pointer is (top or bottom half,
 * or onto a section header for lessons); the drop turns that into one outline.move.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { Outline } from '../../../electron/shared/model';
import { dropMove, nodeKind, type DropPosition, type DropTarget, type Move } from './outlineModel';

const DRAG_TYPE = 'application/x-course-studio-outline';

export function useOutlineDnd(outline: Outline, onMove: (move: Move) => void) {
  const dragged = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);

  const positionFor = (event: DragEvent<HTMLElement>, targetId: string): DropPosition | null => {
    const draggedId = dragged.current;
    if (!draggedId) return null;
    const draggedKind = nodeKind(outline, draggedId);
    const targetKind = nodeKind(outline, targetId);
    // Sections only land between sections.
    if (draggedKind === 'section' && targetKind !== 'section') return null;
    const rect = event.currentTarget.getBoundingClientRect();
    const ratio = (event.clientY - rect.top) / Math.max(rect.height, 1);
    if (draggedKind === 'lesson' && targetKind === 'section')
      return ratio < 0.25 ? 'before' : 'inside';
    return ratio < 0.5 ? 'before' : 'after';
  };

  const rowProps = (id: string) => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      dragged.current = id;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, id);
      // Some browsers refuse to start a drag without a plain-text payload.
      event.dataTransfer.setData('text/plain', '');
    },
    onDragEnd: () => {
      dragged.current = null;
      setDropTarget(null);
    },
    onDragOver: (event: DragEvent<HTMLElement>) => {
      const position = positionFor(event, id);
      if (!position) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget?.id !== id || dropTarget.position !== position)
        setDropTarget({ id, position });
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
        setDropTarget((current) => (current?.id === id ? null : current));
      }
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      const draggedId = dragged.current;
      const position = positionFor(event, id);
      dragged.current = null;
      setDropTarget(null);
      if (!draggedId || !position) return;
      const move = dropMove(outline, draggedId, { id, position });
      if (move) onMove(move);
    },
  });

  /** The "no lessons yet" row of an empty section accepts lessons. */
  const emptySectionProps = (sectionId: string) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!dragged.current || nodeKind(outline, dragged.current) !== 'lesson') return;
      event.preventDefault();
      if (dropTarget?.id !== sectionId) setDropTarget({ id: sectionId, position: 'inside' });
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      const draggedId = dragged.current;
      dragged.current = null;
      setDropTarget(null);
      if (!draggedId) return;
      const move = dropMove(outline, draggedId, { id: sectionId, position: 'inside' });
      if (move) onMove(move);
    },
  });

  return { dropTarget, rowProps, emptySectionProps };
}
