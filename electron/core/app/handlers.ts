/** The app and settings methods of the contract: facts about this install, not a course. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import packageJson from '../../../package.json' with { type: 'json' };

type AppMethods = 'app.info' | 'settings.get' | 'settings.set';

export function appHandlers(
  context: Pick<StudioContext, 'settings' | 'options'>,
): Pick<StudioHandlers, AppMethods> {
  return {
    'app.info': () => ({
      version: packageJson.version,
      host: context.options.host,
      platform: process.platform,
      defaultCourseDir: join(homedir(), 'Documents', 'Course Studio'),
    }),
    'settings.get': () => context.settings.read(),
    'settings.set': ({ uiLanguage }) => context.settings.setUiLanguage(uiLanguage),
  };
}
