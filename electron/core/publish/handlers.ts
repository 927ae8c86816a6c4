/** The publish domain's contract methods: the readiness check. */
import type { StudioHandlers } from '../../shared/contract';
import type { Studio } from '../studio';
import { checkReadiness } from './readiness';
import { estimatePackageBytes } from './package-size';

type PublishContext = Pick<Studio, 'current'>;

export function publishHandlers(context: PublishContext): Pick<StudioHandlers, 'course.check'> {
  return {
    'course.check': ({ sizeLimitBytes, https }) => {
      const { db } = context.current();
      return checkReadiness(db, { sizeLimitBytes, https }, estimatePackageBytes(db));
    },
  };
}
