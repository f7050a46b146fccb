import crypto from 'node:crypto';

/**
 * The SHA-256 of a text, in hex. One-shot `crypto.hash` (Node >= 20.12) is half the cost of a
 * `createHash` object per call (a finding's fingerprint); both give the same digest.
 */
export const sha256Hex: (data: string) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');
