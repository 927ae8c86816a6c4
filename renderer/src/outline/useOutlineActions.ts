/**
 * Outline changes as the UI makes them: moves redraw at once and are then replaced by the
 * studio's answer (or, when refused, by a fresh copy of the studio's outline); additions and
 * renames wait for the studio.
 */
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { CourseLanguage, Outline } from '../../../electron/shared/model';
import { call } from '../api';
import { errorText } from '../i18n/errorText';
import { formatMessage } from '../i18n/messages';
import { useNotify } from '../notifications/Notifications';
import { applyMove, type Move } from './outlineModel';

export function useOutlineActions(
  setOutline: Dispatch<SetStateAction<Outline>>,
  courseLanguage: CourseLanguage,
) {
  const notify = useNotify();

  const fail = useCallback(
    (error: unknown) => {
      notify((words) => errorText(words, error));
      // Whatever we drew optimistically may be wrong now; the studio's outline is the truth.
      void call('outline.get', {}).then(setOutline, () => undefined);
    },
    [notify, setOutline],
  );

  const move = useCallback(
    async (change: Move) => {
      setOutline((current) => applyMove(current, change));
      try {
        setOutline(await call('outline.move', change));
      } catch (error) {
        fail(error);
      }
    },
    [fail, setOutline],
  );

  /** Adds a section titled in the course's language; resolves to its id. */
  const addSection = useCallback(async (): Promise<string | null> => {
    try {
      const section = await call('outline.addSection', {
        title: formatMessage(courseLanguage, 'outline.newSection'),
      });
      setOutline((current) => [...current, section]);
      return section.id;
    } catch (error) {
      fail(error);
      return null;
    }
  }, [courseLanguage, fail, setOutline]);

  const addLesson = useCallback(
    async (sectionId: string): Promise<string | null> => {
      try {
        const lesson = await call('outline.addLesson', {
          sectionId,
          title: formatMessage(courseLanguage, 'outline.newLesson'),
        });
        setOutline((current) =>
          current.map((section) =>
            section.id === sectionId
              ? { ...section, lessons: [...section.lessons, lesson] }
              : section,
          ),
        );
        return lesson.id;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [courseLanguage, fail, setOutline],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      try {
        setOutline(await call('outline.rename', { id, title }));
      } catch (error) {
        fail(error);
      }
    },
    [fail, setOutline],
  );

  /** Deletes, keeping the item for undo; resolves to the token `restore` takes. */
  const remove = useCallback(
    async (id: string): Promise<string | null> => {
      try {
        const { outline, restoreToken } = await call('outline.trash', { id });
        setOutline(outline);
        return restoreToken;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [fail, setOutline],
  );

  /** Undoes a delete; resolves to the restored item's id. */
  const restore = useCallback(
    async (restoreToken: string): Promise<string | null> => {
      try {
        const { outline, id } = await call('outline.restore', { restoreToken });
        setOutline(outline);
        return id;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [fail, setOutline],
  );

  return { move, addSection, addLesson, rename, remove, restore };
}
