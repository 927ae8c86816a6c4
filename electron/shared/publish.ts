/**
 * Publishing: where a course can be sent (a profile per destination) and what the studio
 * remembers of each send (a publication). Secrets are never part of these shapes: they are
 * kept by the operating system (see core/publish/secrets.ts).
 */
import type { ExportFormat } from './model';

export const publishTargetKinds = ['openedx', 'canvas', 'moodle', 'tus', 'folder'] as const;
export type PublishTargetKind = (typeof publishTargetKinds)[number];

/** A saved destination. `url` is the platform's address (Studio's for Open edX). */
export interface PublishProfile {
  name: string;
  kind: PublishTargetKind;
  /** Open edX: Studio (CMS) URL; Canvas and Moodle: the site; tus: the endpoint; folder: its path. */
  url: string;
  /** Open edX only: the LMS URL that issues tokens (`<lms>/oauth2/access_token`). */
  lmsUrl?: string;
  /** Open edX `course-v1:Org+Num+Run`, a Canvas or Moodle course id. */
  courseId?: string;
  /** Open edX OAuth client id, or the user a token belongs to (shown only). */
  user?: string;
  /** The package format sent; each kind has a sensible default. */
  format: ExportFormat;
  /** The platform's upload limit in MB, when the teacher knows it (the readiness check blocks above it). */
  sizeLimitMb?: number;
}

/** A profile as listed: whether a secret is stored for it, never the secret itself. */
export interface PublishProfileInfo extends PublishProfile {
  hasSecret: boolean;
}

/** The package format each kind of destination imports by default. */
export const defaultPublishFormat: Record<PublishTargetKind, ExportFormat> = {
  openedx: 'olx',
  canvas: 'imscc13',
  moodle: 'scorm12',
  tus: 'scorm2004',
  folder: 'scorm12',
};

/** Whether a kind needs a secret (token, client secret) to send. */
export const publishNeedsSecret: Record<PublishTargetKind, boolean> = {
  openedx: true,
  canvas: true,
  moodle: true,
  tus: false,
  folder: false,
};

export type PublicationResult = 'succeeded' | 'needs-action' | 'failed' | 'cancelled';

/** One step the teacher still has to take on the platform, as a message key and its values. */
export interface PublishStep {
  key: string;
  params: Record<string, string>;
}

export interface Publication {
  id: string;
  profile: string;
  kind: PublishTargetKind;
  format: ExportFormat;
  publishedAt: string;
  sha256: string;
  size: number;
  result: PublicationResult;
  /** The platform's id for what it made (a task, a migration, an upload URL). */
  remoteId: string | null;
  /** Where to see the result. */
  url: string | null;
  /** The platform's own words: import issues, its error text. */
  messages: string[];
  /** What the teacher does next, when the platform cannot finish on its own (Moodle). */
  steps: PublishStep[];
  /** The error code when the result is failed. */
  errorCode: string | null;
}
