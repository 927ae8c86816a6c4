/**
 * cmi5: the AU reads its launch parameters, trades the fetch URL for an auth token, reads
 * LMS.LaunchData (context template, launch mode, mastery score, returnURL) and the learner's
 * cmi5LearnerPreferences, and sends the defined statements: initialized, completed, passed /
 * failed with a scaled score, terminated. Each answer goes out in between as an "answered"
 * statement (cmi5 calls these allowed statements: no cmi5 category, the AU as parent).
 * Progress, and which once-per-registration statements were already sent, are kept with the
 * State API, so a relaunch resumes and never repeats them. Rules from the cmi5 spec
 * (AICC/CMI-5_Spec_Current, cmi5_spec.md) are named beside the code that follows them.
 */
import {
  xapiInteraction,
  type AnsweredQuestion,
} from '../../../electron/shared/player/scorm-interactions';
import { preferredPlayerLanguage } from '../../../electron/shared/player/cmi5-preferences';
import type { Tracker, TrackerSave, TrackerSession } from './tracker';
import { elapsedSeconds, roundScore, scaledScore } from './tracker';

interface LaunchParams {
  endpoint: string;
  fetchUrl: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

interface LaunchData {
  contextTemplate?: {
    contextActivities?: Record<string, unknown[]>;
    extensions?: Record<string, unknown>;
  };
  launchMode?: string;
  masteryScore?: number;
  returnURL?: string;
}

/** The learner's preferences an LMS keeps in the Agent Profile (cmi5 spec 11.0). */
interface LearnerPreferences {
  languagePreference?: string;
  audioPreference?: 'on' | 'off';
}

/** What a registration has already been told, kept in the AU's state document. */
interface SavedState {
  suspendData?: string;
  location?: string;
  /** Defined statements sent once per registration (completed, passed), in any session. */
  sent?: string[];
}

const verbs = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
type Verb = keyof typeof verbs;

const cmi5Category = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const moveOnCategory = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
const progressStateId = 'https://course-studio.dev/xapi/state/progress';
const masteryScoreExtension = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const preferencesProfileId = 'cmi5LearnerPreferences';

/**
 * cmi5 spec 9.3.3 (Completed) and 9.3.4 (Passed): the AU MUST NOT issue either more than once
 * for the same AU within a course registration. Kept across launches in the state document.
 */
const oncePerRegistration: Verb[] = ['completed', 'passed'];

/** The launch parameters the LMS put on the AU's URL, or null when this is not a cmi5 launch. */
export function readCmi5Launch(search: string): LaunchParams | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const actor = params.get('actor');
  const registration = params.get('registration');
  const activityId = params.get('activityId');
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  try {
    return {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetchUrl,
      actor: JSON.parse(actor) as Record<string, unknown>,
      registration,
      activityId,
    };
  } catch {
    return null;
  }
}

export class Cmi5Tracker implements Tracker {
  readonly suspendLimit = 1_000_000;
  private token = '';
  private launchData: LaunchData = {};
  private readonly started = Date.now();
  private readonly sent = new Set<Verb>();
  /** Once-per-registration statements an earlier launch already sent. */
  private readonly sentBefore = new Set<Verb>();
  private queue: Promise<unknown> = Promise.resolve();
  private active = false;

  constructor(private readonly launch: LaunchParams) {}

  async start(): Promise<TrackerSession> {
    const response = await fetch(this.launch.fetchUrl, { method: 'POST' });
    const body = (await response.json()) as { 'auth-token'?: string };
    if (!response.ok || !body['auth-token']) throw new Error('cmi5 fetch URL refused');
    this.token = body['auth-token'];
    this.launchData = ((await this.getState('LMS.LaunchData')) as LaunchData | null) ?? {};
    const saved = ((await this.getState(progressStateId)) as SavedState | null) ?? {};
    for (const verb of saved.sent ?? []) {
      if ((oncePerRegistration as string[]).includes(verb)) this.sentBefore.add(verb as Verb);
    }
    // cmi5 spec 11.0: on startup the AU MUST retrieve cmi5LearnerPreferences from the Agent
    // Profile; 11.1 shows the first supported language, 11.2 sets audio on or off.
    const preferences = ((await this.getAgentProfile(preferencesProfileId)) ??
      {}) as LearnerPreferences;
    this.active = true;
    this.send('initialized');
    const mastery = this.launchData.masteryScore;
    return {
      suspendData: saved.suspendData ?? null,
      location: saved.location ?? null,
      passingScore: typeof mastery === 'number' ? roundScore(mastery * 100) : null,
      review: this.reviewing(),
      language: preferredPlayerLanguage(preferences.languagePreference),
      audioOff: preferences.audioPreference === 'off',
    };
  }

  /** Browse and Review launches record nothing. */
  private reviewing(): boolean {
    return this.launchData.launchMode !== undefined && this.launchData.launchMode !== 'Normal';
  }

  save({ location, suspendData, result }: TrackerSave): void {
    if (!this.active) return;
    const outgoing: [Verb, Record<string, unknown>][] = [];
    if (!this.reviewing()) {
      if (result.completed && !this.wasSent('completed')) {
        outgoing.push(['completed', { completion: true, duration: this.duration() }]);
      }
      // Passed / failed are sent when every question is final: passed never again in this
      // registration (9.3.4), failed once a session (the attempt's result; 9.3.5 sets no
      // limit, and a later session may still pass).
      if (
        result.passed !== null &&
        result.scorePercent !== null &&
        !this.wasSent('passed') &&
        !this.sent.has('failed')
      ) {
        outgoing.push([
          result.passed ? 'passed' : 'failed',
          {
            success: result.passed,
            // cmi5 spec 9.5.1: raw is an integer between min and max.
            score: {
              scaled: scaledScore(result.scorePercent),
              raw: Math.round(result.scorePercent),
              min: 0,
              max: 100,
            },
            duration: this.duration(),
          },
        ]);
      }
    }
    for (const [verb] of outgoing) this.sent.add(verb);
    const sent = oncePerRegistration.filter((verb) => this.wasSent(verb));
    // The state goes first, so a statement the LRS stored is never sent again by a relaunch.
    const state: SavedState = { location, suspendData, sent };
    this.enqueue(() => this.request('PUT', this.stateUrl(progressStateId), state));
    for (const [verb, statementResult] of outgoing) this.send(verb, statementResult);
  }

  private wasSent(verb: Verb): boolean {
    return this.sent.has(verb) || this.sentBefore.has(verb);
  }

  /** One "answered" statement per submitted answer, so the LRS can report each question. */
  recordAnswer(answered: AnsweredQuestion): void {
    if (!this.active || this.reviewing()) return;
    const interaction = xapiInteraction(answered);
    this.send('answered', { ...interaction.result, duration: this.duration() }, false, {
      id: `${this.launch.activityId}${interaction.idSuffix}`,
      objectType: 'Activity',
      definition: interaction.definition,
    });
  }

  async finish(unloading: boolean): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.send('terminated', { duration: this.duration() }, unloading);
    await this.queue;
    // cmi5 spec 10.0, LMS.LaunchData returnURL: when the AU is terminated it MUST redirect the
    // current window there (an LMS that launched it in the same window has no other way
    // back). Only http(s) URLs: a javascript: URL from launch data must never run.
    const returnUrl = this.launchData.returnURL;
    if (!unloading && returnUrl && /^https?:\/\//i.test(returnUrl)) {
      window.location.assign(returnUrl);
    }
  }

  private duration(): string {
    return `PT${elapsedSeconds(this.started)}S`;
  }

  /**
   * Sends a statement about the AU (cmi5's defined verbs, with the cmi5 category) or, given
   * `object`, about a part of it (an allowed statement: no cmi5 category, the AU as parent).
   */
  private send(
    verb: Verb,
    result?: Record<string, unknown>,
    keepalive = false,
    object?: Record<string, unknown>,
  ): void {
    this.sent.add(verb);
    const template = this.launchData.contextTemplate ?? {};
    const contextActivities = { ...(template.contextActivities ?? {}) };
    if (object) {
      contextActivities.parent = [{ id: this.launch.activityId, objectType: 'Activity' }];
    } else {
      const categories = [
        ...((contextActivities.category as unknown[] | undefined) ?? []),
        cmi5Category,
      ];
      if (verb === 'completed' || verb === 'passed' || verb === 'failed')
        categories.push(moveOnCategory);
      contextActivities.category = categories;
    }
    const extensions = { ...(template.extensions ?? {}) };
    // cmi5 spec 9.6.3.2: passed and failed carry the mastery score the AU was launched with.
    if (
      (verb === 'passed' || verb === 'failed') &&
      typeof this.launchData.masteryScore === 'number'
    )
      extensions[masteryScoreExtension] = this.launchData.masteryScore;
    const statement: Record<string, unknown> = {
      id: uuid(),
      actor: this.launch.actor,
      verb: { id: verbs[verb], display: { 'en-US': verb } },
      object: object ?? { id: this.launch.activityId, objectType: 'Activity' },
      context: {
        ...template,
        registration: this.launch.registration,
        contextActivities,
        ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
      },
      timestamp: new Date().toISOString(),
    };
    if (result) statement.result = result;
    // Statements go out one at a time, so the LRS stores them in the order they happened.
    this.enqueue(() =>
      this.request('POST', `${this.launch.endpoint}statements`, statement, keepalive),
    );
  }

  private enqueue(work: () => Promise<unknown>): void {
    this.queue = this.queue.then(work).catch(() => undefined);
  }

  private stateUrl(stateId: string): string {
    const query = new URLSearchParams({
      stateId,
      activityId: this.launch.activityId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.launch.registration,
    });
    return `${this.launch.endpoint}activities/state?${query.toString()}`;
  }

  private async getAgentProfile(profileId: string): Promise<unknown> {
    const query = new URLSearchParams({ profileId, agent: JSON.stringify(this.launch.actor) });
    return this.getDocument(`${this.launch.endpoint}agents/profile?${query.toString()}`);
  }

  private async getState(stateId: string): Promise<unknown> {
    return this.getDocument(this.stateUrl(stateId));
  }

  private async getDocument(url: string): Promise<unknown> {
    const response = await fetch(url, { headers: this.headers() }).catch(() => null);
    if (!response) return null;
    if (!response.ok) return null;
    try {
      return (await response.json()) as unknown;
    } catch {
      return null;
    }
  }

  private async request(
    method: string,
    url: string,
    body: unknown,
    keepalive = false,
  ): Promise<void> {
    const response = await fetch(url, {
      method,
      headers: { ...this.headers(), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      keepalive,
    });
    if (!response.ok) throw new Error(`LRS answered ${response.status}`);
  }

  private headers(): Record<string, string> {
    return { Authorization: `Basic ${this.token}`, 'X-Experience-API-Version': '1.0.3' };
  }
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
