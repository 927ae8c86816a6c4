/**
 * The places a new comment can be pinned to in the open lesson: the lesson itself, the
 * passage last selected in the editor, each video at its current time, each quiz question.
 */
import { useEffect, useState } from 'react';
import type { SerializedNode } from '../../../electron/shared/model';
import type { CommentAnchor } from '../../../electron/shared/review/model';
import { pinPassage } from '../../../electron/shared/review/passage';
import { call } from '../api';

export interface PinChoice {
  anchor: CommentAnchor;
  /** For quiz questions: the prompt, to tell questions apart. */
  label: string;
}

export function usePinChoices(lessonId: string | null): PinChoice[] {
  const [blocks, setBlocks] = useState<{ videos: string[]; quizzes: PinChoice[] }>({
    videos: [],
    quizzes: [],
  });
  // Remembered with its lesson: a passage selected in another lesson does not apply here.
  const [selected, setSelected] = useState<{
    lessonId: string | null;
    anchor: CommentAnchor;
  } | null>(null);
  const passage = selected?.lessonId === lessonId ? selected.anchor : null;
  const [, setTick] = useState(0);

  useEffect(() => {
    if (!lessonId) return;
    let live = true;
    void call('lesson.get', { id: lessonId }).then(
      (lesson) => live && setBlocks(collectBlocks(lesson.doc.root.children)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lessonId]);

  useEffect(() => {
    // Read while the reviewer selects: focusing the comment box clears the selection.
    const onSelection = () => {
      const picked = editorSelection();
      if (picked) setSelected({ lessonId, anchor: picked });
      // Video times move while playing; refresh the labels when the reviewer acts.
      setTick((tick) => tick + 1);
    };
    // A video's time shown in the choices follows seeks and pauses (media events do not
    // bubble: listen in the capture phase).
    const onVideo = () => setTick((tick) => tick + 1);
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('seeked', onVideo, true);
    document.addEventListener('pause', onVideo, true);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('seeked', onVideo, true);
      document.removeEventListener('pause', onVideo, true);
    };
  }, [lessonId]);

  const videos = [...document.querySelectorAll<HTMLVideoElement>('.workspace video')];
  return [
    { anchor: { kind: 'lesson' }, label: '' },
    ...(passage ? [{ anchor: passage, label: '' }] : []),
    ...blocks.videos.map((assetId) => {
      const video = videos.find((candidate) => candidate.poster.includes(assetId)) ?? videos[0];
      const time = Math.round((video?.currentTime ?? 0) * 10) / 10;
      return { anchor: { kind: 'video' as const, assetId, time }, label: '' };
    }),
    ...blocks.quizzes,
  ];
}

function collectBlocks(children: SerializedNode[]) {
  const videos: string[] = [];
  const quizzes: PinChoice[] = [];
  const stack = [...children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type === 'video' && typeof node.assetId === 'string') videos.push(node.assetId);
    if (node.type === 'quiz' && typeof node.id === 'string') {
      const prompt = typeof node.prompt === 'string' ? node.prompt : '';
      quizzes.push({
        anchor: { kind: 'quiz', questionId: node.id },
        label: prompt.length > 40 ? `${prompt.slice(0, 39)}…` : prompt,
      });
    }
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return { videos, quizzes };
}

function editorSelection(): CommentAnchor | null {
  const selection = document.getSelection();
  const editor = document.querySelector('.workspace [data-lexical-editor="true"]');
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !editor) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.commonAncestorContainer)) return null;
  const quote = selection.toString().trim();
  if (!quote || quote.length > 1000) return null;
  const container = range.commonAncestorContainer;
  const block =
    (container instanceof Element ? container : container.parentElement)?.closest(
      'p, h1, h2, h3, h4, h5, h6, li, blockquote, td',
    ) ?? editor;
  const text = block.textContent ?? '';
  const start = Math.max(0, text.indexOf(quote));
  return { kind: 'text', ...pinPassage(text, start, start + quote.length) };
}
