import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/lint-file.js';

// Parts are joined without an intermediate array; the digests are those of the joined array.
describe('fingerprint', () => {
  it.each([
    [['missing-catalog-entry', 'rules/a.yml', 'rule-1', 'aws-s3-x'], '7cf21500fe8696b3'],
    [['vague-false-positive', 'rules/a.yml', null, undefined], '1e58f79eccf16829'],
    [[], 'e3b0c44298fc1c14'],
    [['only'], 'f905b19542ed08c9'],
    [['a', '', 'b'], '2d8dbcddf40617a6'],
  ])('%j -> %s', (parts, digest) => {
    expect(fingerprint(parts)).toBe(digest);
  });
});
