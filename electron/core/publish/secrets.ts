/**
 * Where profile secrets (tokens, OAuth client secrets) live: never in the .course file, a
 * profile, a log, an error or a package.
 * - The desktop app gives the studio a store backed by Electron's `safeStorage` (the
 *   operating system's keychain / DPAPI / libsecret; see electron/main).
 * - The CLI and the web host use `FileSecretStore`: one file readable only by the user,
 *   each secret encrypted with AES-256-GCM under a random key kept in a second file that is
 *   also readable only by the user.
 * - `COURSE_STUDIO_SECRET_<PROFILE>` (the profile name upper-cased, other characters as `_`)
 *   overrides both, for CI scripts that keep secrets in their own vault.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SecretStore {
  get(profile: string): string | null;
  set(profile: string, secret: string): void;
  remove(profile: string): void;
}

export function secretEnvName(profile: string): string {
  return `COURSE_STUDIO_SECRET_${profile.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** A store that lets the environment override any profile's secret. */
export function withEnvironment(store: SecretStore, env = process.env): SecretStore {
  return {
    get: (profile) => env[secretEnvName(profile)] || store.get(profile),
    set: (profile, secret) => store.set(profile, secret),
    remove: (profile) => store.remove(profile),
  };
}

type Sealed = Record<string, { iv: string; tag: string; data: string }>;

export class FileSecretStore implements SecretStore {
  private readonly file: string;
  private readonly keyFile: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'secrets.json');
    this.keyFile = join(dir, 'secrets.key');
  }

  get(profile: string): string | null {
    const entry = this.read()[profile];
    if (!entry) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key(), Buffer.from(entry.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
      decipher.setAAD(Buffer.from(profile, 'utf8'));
      return Buffer.concat([
        decipher.update(Buffer.from(entry.data, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      // A replaced key or a tampered entry: as if none were stored; the user enters it again.
      return null;
    }
  }

  set(profile: string, secret: string): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(), iv);
    cipher.setAAD(Buffer.from(profile, 'utf8'));
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    const sealed = this.read();
    sealed[profile] = {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    this.write(sealed);
  }

  remove(profile: string): void {
    const sealed = this.read();
    if (!(profile in sealed)) return;
    delete sealed[profile];
    this.write(sealed);
  }

  private read(): Sealed {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Sealed;
    } catch {
      return {};
    }
  }

  private write(sealed: Sealed): void {
    writePrivate(this.dir, this.file, JSON.stringify(sealed));
  }

  private key(): Buffer {
    try {
      const key = readFileSync(this.keyFile);
      if (key.length === 32 && (statSync(this.keyFile).mode & 0o077) === 0) return key;
    } catch {
      // no key yet
    }
    const key = randomBytes(32);
    writePrivate(this.dir, this.keyFile, key);
    return key;
  }
}

/** Writes a file only its owner can read, replacing any earlier one in one step. */
function writePrivate(dir: string, file: string, data: string | Buffer): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
