/** Shown when no course is open: create a course, open one, or pick a recent one. */
import type { AppInfo, CourseSnapshot, Settings } from '../../../electron/shared/model';
import { useT } from '../i18n/I18nProvider';
import { NewCourseForm } from './NewCourseForm';
import { OpenCourseForm } from './OpenCourseForm';
import { RecentCourses } from './RecentCourses';

interface StartScreenProps {
  info: AppInfo;
  settings: Settings;
  onOpened: (snapshot: CourseSnapshot) => void;
  onOpenSettings: () => void;
}

export function StartScreen({ info, settings, onOpened, onOpenSettings }: StartScreenProps) {
  const t = useT();
  return (
    <main className="start" data-testid="start-screen">
      <header className="start-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CS
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <button
          type="button"
          className="button button-ghost"
          onClick={onOpenSettings}
          data-testid="open-settings"
        >
          {t('start.settings')}
        </button>
      </header>
      <section className="start-hero">
        <h1>{t('start.welcome')}</h1>
        <p>{t('start.tagline')}</p>
      </section>
      <div className="start-grid">
        <NewCourseForm info={info} onCreated={onOpened} />
        <div className="start-column">
          <OpenCourseForm onOpened={onOpened} />
          <RecentCourses recent={settings.recent} onOpened={onOpened} />
        </div>
      </div>
      <footer className="start-footer">
        {t('app.name')} {info.version}
      </footer>
    </main>
  );
}
