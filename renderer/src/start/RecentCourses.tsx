/** The recent courses from settings; one click opens a course again. */
import { useState } from 'react';
import type { CourseSnapshot, RecentCourse } from '../../../electron/shared/model';
import { call } from '../api';
import { useT, useUiLanguage } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

interface RecentCoursesProps {
  recent: RecentCourse[];
  onOpened: (snapshot: CourseSnapshot) => void;
}

export function RecentCourses({ recent, onOpened }: RecentCoursesProps) {
  const t = useT();
  const language = useUiLanguage();
  const [failed, setFailed] = useState<{ path: string; failure: unknown } | null>(null);
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const open = async (path: string) => {
    setBusyPath(path);
    setFailed(null);
    try {
      onOpened(await call('project.open', { path }));
    } catch (failure) {
      setFailed({ path, failure });
      setBusyPath(null);
    }
  };

  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('start.recent')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('start.noRecent')}</p>
      ) : (
        <ul className="recent-list" data-testid="recent-list">
          {recent.map((course) => (
            <li key={course.path}>
              <button
                type="button"
                className="recent-item"
                onClick={() => void open(course.path)}
                disabled={busyPath !== null}
                title={course.path}
              >
                <span className="recent-title">{course.title}</span>
                <span className="recent-path">
                  {/* The folder is cut at the start, so the file name stays visible. */}
                  <bdi dir="ltr">{course.path}</bdi>
                </span>
                <span className="recent-date">
                  {t('start.openedAt', { date: formatDate(dateFormat, course.openedAt) })}
                </span>
              </button>
              {failed?.path === course.path && (
                <p className="form-error" role="alert">
                  {errorText(t, failed.failure)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function formatDate(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
