/**
 * The system methods of the contract: what the machine gives the studio (`app.doctor`).
 * They need no open course and nothing of the studio but its version.
 */
import type { StudioHandlers } from '../../shared/contract';
import { doctorReport } from './doctor';

export function systemHandlers(appVersion: string): Pick<StudioHandlers, 'app.doctor'> {
  return {
    'app.doctor': () => doctorReport(appVersion),
  };
}
