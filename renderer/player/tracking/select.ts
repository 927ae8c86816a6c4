/** Picks the tracker for this page from the course data and what the platform provides. */
import type { PlayerCourse } from '../../../electron/shared/player/course-data';
import { Cmi5Tracker, readCmi5Launch } from './cmi5';
import { LocalTracker } from './local';
import { findScormApi, type Scorm12Api, type Scorm2004Api } from './scorm-api';
import { Scorm12Tracker } from './scorm12';
import { Scorm2004Tracker } from './scorm2004';
import type { Tracker } from './tracker';

/**
 * The package's tracking when its platform is there; otherwise local progress, so a SCORM
 * package opened outside an LMS (or a reviewer's copy) still works.
 */
export function selectTracker(course: PlayerCourse, pageLessonId: string | null): Tracker {
  const localKey = `course-studio:${course.id}:${course.scope === 'lesson' ? (pageLessonId ?? '') : 'course'}`;
  switch (course.tracking) {
    case 'scorm12': {
      const api = findScormApi<Scorm12Api>('API');
      if (api) return new Scorm12Tracker(api);
      break;
    }
    case 'scorm2004': {
      const api = findScormApi<Scorm2004Api>('API_1484_11');
      if (api) return new Scorm2004Tracker(api);
      break;
    }
    case 'cmi5': {
      const launch = readCmi5Launch(location.search);
      if (launch) return new Cmi5Tracker(launch);
      break;
    }
    case 'none':
      break;
  }
  return new LocalTracker(localKey);
}
