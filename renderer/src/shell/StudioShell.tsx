/**
 * The studio with a course open: header, outline on the left, the lesson editor, the media
 * library beside it when open, and the job tray at the foot. Owns the course metadata, the
 * outline and which lesson is open, and keeps them in step with changes other windows make.
 */
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { ArgsOf } from '../../../electron/shared/contract';
import type { CourseSnapshot, Outline } from '../../../electron/shared/model';
import { call, callSerialized, clientId, nativeDialogs, on, onMenu } from '../api';
import { CourseSettingsDialog } from '../dialogs/CourseSettingsDialog';
import { LessonPassingDialog } from '../dialogs/LessonPassingDialog';
import { LessonEditor } from '../editor/LessonEditor';
import { LessonSaver } from '../editor/plugins/autosave/LessonSaver';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { JobTray } from '../jobs/JobTray';
import { MediaLibraryPanel } from '../media/MediaLibraryPanel';
import { UploadsProvider } from '../media/UploadsProvider';
import { useNotify } from '../notifications/Notifications';
import { OutlinePanel } from '../outline/OutlinePanel';
import { findLesson, firstLessonId } from '../outline/outlineModel';
import { CheckFileDialog } from '../integrity/CheckFileDialog';
import { CheckCourseDialog } from '../publish/CheckCourseDialog';
import type { RevealTarget } from '../editor/plugins/reveal-block/RevealBlockPlugin';
import { ExportDialog } from '../publish/ExportDialog';
import { HistoryDialog } from '../publish/HistoryDialog';
import { PublishDialog } from '../publish/PublishDialog';
import { PreviewDialog, type PreviewTarget } from '../publish/PreviewDialog';
import { CommentsPanel } from '../review/CommentsPanel';
import { HistoryPanel } from '../review/HistoryPanel';
import { ShellHeader } from './ShellHeader';

interface StudioShellProps {
  snapshot: CourseSnapshot;
  onClosed: () => void;
  /** Another course was opened from the menu in place of this one. */
  onReplaced: (snapshot: CourseSnapshot) => void;
  onOpenSettings: () => void;
}

export function StudioShell({ snapshot, onClosed, onReplaced, onOpenSettings }: StudioShellProps) {
  const t = useT();
  const notify = useNotify();
  const [course, setCourse] = useState(snapshot.course);
  const [outline, setOutline] = useState<Outline>(snapshot.outline);
  const [chosenLessonId, setChosenLessonId] = useState(() => firstLessonId(snapshot.outline));
  const [courseDialogOpen, setCourseDialogOpen] = useState(false);
  const [passingDialogOpen, setPassingDialogOpen] = useState(false);
  const [mediaOpen, setMediaOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [checkOpen, setCheckOpen] = useState(false);
  const [reveal, setReveal] = useState<RevealTarget | null>(null);
  const [platformDialog, setPlatformDialog] = useState<'check' | 'publish' | 'history' | null>(
    null,
  );
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const [reviewPanel, setReviewPanel] = useState<'history' | 'comments' | null>(null);
  // Bumped after a restore so the editor reloads the restored lesson.
  const [restoreCount, setRestoreCount] = useState(0);
  const [reviewCopy, setReviewCopy] = useState(false);
  useEffect(() => {
    call('review.status', {}).then(
      (status) => setReviewCopy(status.reviewCopy),
      () => undefined,
    );
  }, []);
  const saver = useMemo(
    () =>
      new LessonSaver((id, doc, baseRevision, json) =>
        callSerialized(
          'lesson.save',
          // The contract types the root's `type` as the literal 'root'; Lexical's JSON has it.
          { id, doc: doc as ArgsOf<'lesson.save'>['doc'], baseRevision },
          `{"id":${JSON.stringify(id)},"doc":${json},"baseRevision":${baseRevision}}`,
        ),
      ),
    [],
  );

  // When the open lesson is deleted (here or elsewhere) the first lesson takes its place.
  const open =
    (chosenLessonId ? findLesson(outline, chosenLessonId) : null) ??
    findLesson(outline, firstLessonId(outline) ?? '');
  const lesson = open?.lesson;

  useEffect(
    () =>
      on('project.changed', (change) => {
        if (change.origin === clientId) return;
        if (change.reason === 'outline')
          void call('outline.get', {}).then(setOutline, () => undefined);
        if (change.reason === 'course') {
          void call('project.current', {}).then(
            (current) => current && setCourse(current.course),
            () => undefined,
          );
        }
      }),
    [],
  );

  const switchLesson = async (id: string) => {
    if (id === lesson?.id) return;
    // Never leave a lesson with edits that did not reach the file.
    if (!(await saver.flush())) {
      const status = saver.getStatus();
      notify(
        t('shell.cannotSwitch', {
          error: status.state === 'failed' ? errorText(t, status.error) : '',
        }),
      );
      return;
    }
    setChosenLessonId(id);
  };

  /** Saves what is pending; says why not when it cannot. */
  /** Opens a lesson at one of its blocks (the readiness check's "Go to"). */
  const goToBlock = async (lessonId: string, blockIndex: number | null) => {
    await switchLesson(lessonId);
    if (blockIndex !== null) setReveal({ lessonId, blockIndex, requestedAt: Date.now() });
  };

  const flushOrExplain = async (): Promise<boolean> => {
    if (await saver.flush()) return true;
    const status = saver.getStatus();
    notify(status.state === 'failed' ? errorText(t, status.error) : t('shell.saveFailed'));
    return false;
  };

  const reloadAfterRestore = async () => {
    try {
      setOutline(await call('outline.get', {}));
      const current = await call('project.current', {});
      if (current) setCourse(current.course);
    } catch (error) {
      notify(errorText(t, error));
    }
    setRestoreCount((count) => count + 1);
  };

  const closeCourse = async () => {
    if (!(await flushOrExplain())) return;
    try {
      await call('project.close', {});
      onClosed();
    } catch (error) {
      notify((words) => errorText(words, error));
    }
  };

  const openOtherCourse = async () => {
    const path = await nativeDialogs?.openCourse();
    if (!path || !(await flushOrExplain())) return;
    try {
      onReplaced(await call('project.open', { path }));
    } catch (error) {
      notify((words) => errorText(words, error));
    }
  };

  // The native menu's New and Open act on the open course first (Electron only).
  const onMenuCommand = useEffectEvent((command: string) => {
    if (command === 'new-course') void closeCourse();
    else if (command === 'open-course') void (nativeDialogs ? openOtherCourse() : closeCourse());
  });
  useEffect(() => onMenu((command) => onMenuCommand(command)), []);

  return (
    <UploadsProvider>
      <div className="shell" data-testid="studio-shell">
        <ShellHeader
          courseTitle={course.title}
          readOnly={snapshot.readOnly === true}
          saver={saver}
          mediaOpen={mediaOpen}
          onToggleMedia={() => setMediaOpen((open) => !open)}
          reviewPanel={reviewPanel}
          onToggleReviewPanel={(panel) =>
            setReviewPanel((current) => (current === panel ? null : panel))
          }
          onPreview={() => setPreview({ kind: 'course' })}
          onExport={() => setExportOpen(true)}
          onCheckFile={() => setCheckOpen(true)}
          onCheck={() => setPlatformDialog('check')}
          onPublish={() => setPlatformDialog('publish')}
          onHistory={() => setPlatformDialog('history')}
          onCourseSettings={() => setCourseDialogOpen(true)}
          onSettings={onOpenSettings}
          onClose={() => void closeCourse()}
        />
        {reviewCopy && (
          <div className="review-banner" role="status" data-testid="review-mode">
            {t('review.mode')}
          </div>
        )}
        <div className="shell-body">
          <aside className="sidebar">
            <OutlinePanel
              outline={outline}
              setOutline={setOutline}
              courseLanguage={course.language}
              openLessonId={lesson?.id ?? null}
              onOpenLesson={(id) => void switchLesson(id)}
            />
          </aside>
          <main className="workspace">
            {lesson && open ? (
              <LessonEditor
                key={`${lesson.id}:${restoreCount}`}
                readOnly={reviewCopy}
                lessonId={lesson.id}
                lessonTitle={lesson.title}
                sectionTitle={open.section.title}
                saver={saver}
                passingScore={lesson.passingScore ?? null}
                coursePassingScore={course.passingScore}
                onPreview={() => setPreview({ kind: 'lesson', id: lesson.id, title: lesson.title })}
                onPassingScore={() => setPassingDialogOpen(true)}
                reveal={reveal}
              />
            ) : (
              <div className="empty-state">{t('editor.noLesson')}</div>
            )}
          </main>
          {mediaOpen && <MediaLibraryPanel onClose={() => setMediaOpen(false)} />}
          {reviewPanel === 'history' && (
            <HistoryPanel
              lessonId={lesson?.id ?? null}
              beforeRestore={flushOrExplain}
              onRestored={() => void reloadAfterRestore()}
              onClose={() => setReviewPanel(null)}
            />
          )}
          {reviewPanel === 'comments' && (
            <CommentsPanel
              coursePath={snapshot.path}
              lessonId={lesson?.id ?? null}
              onOpenLesson={switchLesson}
              onClose={() => setReviewPanel(null)}
            />
          )}
        </div>
        <JobTray />
        {exportOpen && (
          <ExportDialog coursePath={snapshot.path} onClose={() => setExportOpen(false)} />
        )}
        {checkOpen && <CheckFileDialog onClose={() => setCheckOpen(false)} />}
        {platformDialog === 'check' && (
          <CheckCourseDialog
            onGoTo={(lessonId, blockIndex) => void goToBlock(lessonId, blockIndex)}
            onClose={() => setPlatformDialog(null)}
          />
        )}
        {platformDialog === 'publish' && (
          <PublishDialog
            onGoTo={(lessonId, blockIndex) => void goToBlock(lessonId, blockIndex)}
            onClose={() => setPlatformDialog(null)}
          />
        )}
        {platformDialog === 'history' && <HistoryDialog onClose={() => setPlatformDialog(null)} />}
        {preview && (
          <PreviewDialog
            target={preview}
            beforePreview={flushOrExplain}
            onClose={() => setPreview(null)}
          />
        )}
        {passingDialogOpen && lesson && (
          <LessonPassingDialog
            lessonId={lesson.id}
            lessonTitle={lesson.title}
            passingScore={lesson.passingScore ?? null}
            coursePassingScore={course.passingScore}
            onSaved={setOutline}
            onClose={() => setPassingDialogOpen(false)}
          />
        )}
        {courseDialogOpen && (
          <CourseSettingsDialog
            course={course}
            onSaved={setCourse}
            onClose={() => setCourseDialogOpen(false)}
          />
        )}
      </div>
    </UploadsProvider>
  );
}
