import { randomBytes } from 'node:crypto';

/** A short, URL-safe random id for outline nodes and assets. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

export function now(): string {
  return new Date().toISOString();
}
