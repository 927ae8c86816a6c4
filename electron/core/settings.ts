/** The user's studio settings: UI language and recent courses, kept outside any project. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RecentCourse, Settings, UiLanguage } from '../shared/model';

const MAX_RECENT = 10;

/** Where settings live: COURSE_STUDIO_HOME, else the platform's config folder. */
export function defaultHomeDir(): string {
  if (process.env.COURSE_STUDIO_HOME) return process.env.COURSE_STUDIO_HOME;
  if (process.platform === 'win32' && process.env.APPDATA)
    return join(process.env.APPDATA, 'Course Studio');
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Course Studio');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'course-studio');
}

export class SettingsStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'settings.json');
  }

  read(): Settings {
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Settings>;
      return {
        uiLanguage: raw.uiLanguage === 'en' || raw.uiLanguage === 'zh-CN' ? raw.uiLanguage : null,
        recent: Array.isArray(raw.recent) ? raw.recent.filter(isRecent).slice(0, MAX_RECENT) : [],
      };
    } catch {
      // Missing or damaged settings are not worth an error: start fresh.
      return { uiLanguage: null, recent: [] };
    }
  }

  setUiLanguage(uiLanguage: UiLanguage | null): Settings {
    return this.write({ ...this.read(), uiLanguage });
  }

  rememberCourse(path: string, title: string): Settings {
    const settings = this.read();
    const recent = [
      { path, title, openedAt: new Date().toISOString() },
      ...settings.recent.filter((entry) => entry.path !== path),
    ].slice(0, MAX_RECENT);
    return this.write({ ...settings, recent });
  }

  private write(settings: Settings): Settings {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(settings, null, 2));
    renameSync(temporary, this.file);
    return settings;
  }
}

function isRecent(value: unknown): value is RecentCourse {
  const entry = value as RecentCourse;
  return (
    typeof entry?.path === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.openedAt === 'string'
  );
}
