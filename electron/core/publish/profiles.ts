/**
 * Saved publish profiles, kept with the user's settings (not in any course: a profile is the
 * teacher's, and a course file may be handed to a reviewer). No secret is ever written here.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import type { PublishProfile } from '../../shared/publish';

export class ProfileStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'publish-profiles.json');
  }

  list(): PublishProfile[] {
    try {
      const value = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(value) ? (value as PublishProfile[]) : [];
    } catch {
      return [];
    }
  }

  get(name: string): PublishProfile {
    const profile = this.list().find((entry) => entry.name === name);
    if (!profile)
      throw new StudioError('NOT_FOUND', `No publish profile named "${name}".`, { name });
    return profile;
  }

  /** Adds or replaces the profile of that name. */
  save(profile: PublishProfile): PublishProfile[] {
    const profiles = [...this.list().filter((entry) => entry.name !== profile.name), profile];
    profiles.sort((a, b) => a.name.localeCompare(b.name));
    this.write(profiles);
    return profiles;
  }

  remove(name: string): PublishProfile[] {
    this.get(name);
    const profiles = this.list().filter((entry) => entry.name !== name);
    this.write(profiles);
    return profiles;
  }

  private write(profiles: PublishProfile[]): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(profiles, null, 2));
    renameSync(temporary, this.file);
  }
}
