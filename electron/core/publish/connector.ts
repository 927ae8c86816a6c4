/** What a connector is given and what it answers: one interface for every destination. */
import type { PublishProfile, PublishStep } from '../../shared/publish';
import type { ConnectorContext } from './http';

/** The built package on disk. */
export interface PublishPackage {
  path: string;
  /** The name the platform sees (`<course>-<format>.zip`). */
  fileName: string;
  size: number;
  sha256: string;
}

export interface PublishOutcome {
  result: 'succeeded' | 'needs-action';
  remoteId: string | null;
  url: string | null;
  messages: string[];
  steps: PublishStep[];
}

/** State a connector keeps in its job so a restart resumes instead of starting over. */
export interface ResumableState {
  read(): Record<string, unknown>;
  write(state: Record<string, unknown>): void;
}

export interface ConnectorInput {
  pkg: PublishPackage;
  profile: PublishProfile;
  /** The profile's token or client secret; null for kinds that need none. */
  secret: string | null;
  context: ConnectorContext;
  state: ResumableState;
}

export type Connector = (input: ConnectorInput) => Promise<PublishOutcome>;

export const withoutSlash = (url: string) => url.replace(/\/+$/, '');
