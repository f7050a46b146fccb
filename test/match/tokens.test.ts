import { describe, expect, it } from 'vitest';
import { rawWords, tokenize, vocabularyTokens } from '../../src/match/tokens.js';

describe('tokenize', () => {
  it('splits on anything but ASCII letters and digits, after lower-casing', () => {
    expect(tokenize('Pub/Sub: AWS-S3 bucket_policy (GetObject)').tokens).toEqual(['pub', 'sub', 'aws', 's3', 'bucket', 'policy', 'getobject']);
  });

  it('splits on apostrophes in tokens and drops them in words', () => {
    const t = tokenize("The user's bucket isn\u2019t public");
    expect(t.tokens).toEqual(['the', 'user', 's', 'bucket', 'isn', 't', 'public']);
    expect(t.words).toEqual(['the', 'users', 'bucket', 'isnt', 'public']);
  });

  it('leaves out runs made of apostrophes only', () => {
    expect(tokenize("'' a ' b").words).toEqual(['a', 'b']);
  });

  it('lower-cases before splitting, as the regular expressions did', () => {
    // The Kelvin sign lower-cases to an ASCII k; a dotted capital I to i and a combining dot.
    expect(tokenize('\u212Aelvin \u0130D').tokens).toEqual(['kelvin', 'i', 'd']);
  });

  it('keeps apart words of the same hash and words that start alike', () => {
    // `aan` and `ac0` have the same 31-multiplier hash; `aa` and `aanx` share a start with `aan`.
    expect(tokenize('aan ac0 AAN aa aanx ac0 aan').tokens).toEqual(['aan', 'ac0', 'aan', 'aa', 'aanx', 'ac0', 'aan']);
  });

  it('gives the same words on each call, new or already seen', () => {
    expect(tokenize('bucket Bucket BUCKET').tokens).toEqual(['bucket', 'bucket', 'bucket']);
    expect(vocabularyTokens('Amazon S3')).toEqual(['amazon', 's3']);
    expect(rawWords("Admin's CI/CD")).toEqual(['admins', 'ci', 'cd']);
  });
});
