import { describe, expect, it } from 'vitest';
import { textWords, tokenize, vocabularyTokens } from '../../src/match/tokens.js';

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
    expect(textWords("Admin's CI/CD").words).toEqual(['admins', 'ci', 'cd']);
  });
});

describe('tokenize against its definition', () => {
  // The definition the scan replaces (see `runs`): split the lower-cased text on anything but
  // ASCII letters and digits; for words, drop the apostrophes first. Empty runs left out.
  const tokensSpec = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  const wordsSpec = (text: string) => text.toLowerCase().replace(/['\u2019]/g, '').split(/[^a-z0-9]+/).filter((w) => w !== '');
  // ASCII, apostrophes, characters whose UTF-8 bytes start like U+2019's (U+2018, U+2020, U+201D),
  // Latin-1 and other letters, case mappings into ASCII (Kelvin sign, dotted I), a lone
  // surrogate, an emoji (a surrogate pair), a line end and a NUL.
  const alphabet = ['a', 'Z', 'q', '0', '9', ' ', '-', '/', "'", '\u2019', '\u2018', '\u2020', '\u201D', '\u00e9', '\u00c9', '\u0161', '\u212A', '\u0130', '\ud800', '\ud83d\ude00', '\n', '\u0000'];
  // A small deterministic generator: the same texts on every run.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const text = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');

  it('gives the tokens and words of the definition for texts of every kind of character', () => {
    for (let n = 0; n < 2000; n++) {
      const t = text(1 + Math.floor(next() * 40));
      const got = tokenize(t);
      expect([t, got.tokens]).toEqual([t, tokensSpec(t)]);
      expect([t, got.words]).toEqual([t, wordsSpec(t)]);
      expect([t, textWords(t).words]).toEqual([t, wordsSpec(t)]);
      expect([t, vocabularyTokens(t)]).toEqual([t, tokensSpec(t)]);
    }
  });

  it('splits a text longer than its reused buffer alike', () => {
    const long = text(200_000);
    expect(tokenize(long).tokens).toEqual(tokensSpec(long));
    expect(tokenize(long).words).toEqual(wordsSpec(long));
    // And the next short text is split right after it.
    expect(tokenize("It's Amazon\u2019s S3").words).toEqual(['its', 'amazons', 's3']);
  });
});
