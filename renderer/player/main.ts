/**
 * The learner player's entry: every exported page loads `course-data.js` (the course as a
 * global) and this bundle, which picks the tracker and starts the player.
 */
import './player.css';
import { courseDataGlobal, type PlayerCourse } from '../../electron/shared/player/course-data';
import { announce } from './dom';
import { playerStrings } from './i18n';
import { Player } from './player';
import { LocalTracker } from './tracking/local';
import { selectTracker } from './tracking/select';

async function boot(): Promise<void> {
  const course = (window as unknown as Record<string, PlayerCourse | undefined>)[courseDataGlobal];
  if (!course || course.format !== 1) return;
  const pageLessonId = document.body.dataset.lesson || null;
  const strings = playerStrings(course.language);
  document.documentElement.lang = course.language;
  document.body.classList.add('cs-enhanced');
  let tracker = selectTracker(course, pageLessonId);
  let session;
  try {
    session = await tracker.start();
  } catch {
    // The platform is there but refused us (a cmi5 fetch URL used twice, an LRS down): the
    // course still runs, with progress kept in this browser.
    tracker = new LocalTracker(`course-studio:${course.id}:fallback`);
    session = await tracker.start();
    window.setTimeout(() => announce(strings.trackingFailed), 500);
  }
  // A platform that knows the learner's language (cmi5 learner preferences) picks the
  // player's; the course's own text stays as written.
  const language = session.language ?? course.language;
  new Player(course, pageLessonId, tracker, playerStrings(language)).start(session);
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void boot());
else void boot();
