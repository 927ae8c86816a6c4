/**
 * Publish secrets in the desktop app: encrypted with Electron's `safeStorage` (the macOS
 * Keychain, Windows DPAPI, or libsecret / kwallet on Linux) and kept in a file only the user
 * can read. Where the system offers no encryption (a Linux without a keyring, where
 * safeStorage would fall back to a hard-coded key), the core's own encrypted file is used.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { FileSecretStore, type SecretStore } from '../core/publish/secrets';

export function systemSecretStore(homeDir: string): SecretStore {
  const weak =
    !safeStorage.isEncryptionAvailable() ||
    (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  if (weak) return new FileSecretStore(homeDir);
  const file = join(homeDir, 'secrets.safe.json');
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (sealed: Record<string, string>) => {
    mkdirSync(homeDir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(sealed), { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  };
  return {
    get(profile) {
      const sealed = read()[profile];
      if (!sealed) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    set(profile, secret) {
      write({ ...read(), [profile]: safeStorage.encryptString(secret).toString('base64') });
    },
    remove(profile) {
      const sealed = read();
      delete sealed[profile];
      write(sealed);
    },
  };
}
