import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { textSimilarity } from '../../src/match/analyze.js';
import { buildCatalogIndex } from '../../src/match/relevance.js';
import {
  COVER_MARGIN,
  COVER_THRESHOLD,
  buildIdf,
  cosine,
  sentences,
  stem,
  terms,
  termsOf,
  termsOfTokens,
  vectorize,
} from '../../src/match/similarity.js';
import { tokenize, wordTableGeneration } from '../../src/match/tokens.js';
import { PAIRS } from './pairs.js';

describe('stem', () => {
  it.each([
    ['creating', 'creat'],
    ['creation', 'creat'],
    ['creations', 'creat'],
    ['created', 'creat'],
    ['administrators', 'administr'],
    ['administrative', 'administr'],
    ['buckets', 'bucket'],
    ['policies', 'polici'],
    ['downloading', 'download'],
    ['migration', 'migrat'],
    ['scanning', 'scan'],
    ['s3', 's3'],
    ['ec2', 'ec2'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('terms', () => {
  it('folds synonyms, stems and drops function words', () => {
    expect(terms('Admins creating S3 buckets with a shared access signature')).toEqual(['administr', 'creat', 'bucket', 'sas']);
  });

  it('reads Pub/Sub, CI/CD and O365 as one word each', () => {
    expect(terms('Pub/Sub topics from CI/CD on O365')).toEqual(['pubsub', 'topic', 'cicd', 'm365']);
  });

  it('treats system and network administrators as administrators', () => {
    expect(terms('a system or network administrator')).toEqual(['system', 'administr']);
  });
});

describe('termsOfTokens (forms found by the words\' slots)', () => {
  const many = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}x`).join(' ');

  it('gives the terms of termsOf, phrases and apostrophes included', () => {
    const t = tokenize("Admins' shared access signatures on S3 buckets, the pipeline's Pub/Sub topics");
    expect(termsOfTokens(t)).toEqual(['administr', 'sas', 'bucket', 'pipelin', 'pubsub', 'topic']);
    expect(termsOfTokens(t)).toEqual(termsOf(t.words));
  });

  it('never takes the form of another word from a slot of an older table', () => {
    // 70,000 new words fill the table to its limit: it is emptied, and the words seen next take its slots.
    tokenize(many('filler', 70_000));
    const first = tokenize(`${many('first', 1000)} operators downloading buckets`);
    const firstTerms = termsOfTokens(first);
    expect(firstTerms.slice(-3)).toEqual(['oper', 'download', 'bucket']);
    tokenize(many('refill', 70_000));
    const generation = wordTableGeneration();
    // Other words take slots that `first`'s words had: each must get its own form, not theirs.
    const others = tokenize(`${many('other', 2000)} creating migrations`);
    const otherTerms = termsOfTokens(others);
    expect(wordTableGeneration()).toBe(generation);
    expect(otherTerms.slice(-2)).toEqual(['creat', 'migrat']);
    expect(otherTerms).toEqual(termsOf(others.words));
    expect(termsOfTokens(first)).toEqual(firstTerms);
  });

  it('gives no slots for a text whose split changed the table, and the same terms', () => {
    const text = `creating buckets ${many('fresh', 70_000)} downloading`;
    const t = tokenize(text);
    expect(t.generation).toBe(-1);
    const got = termsOfTokens(t);
    expect(got.slice(0, 2)).toEqual(['creat', 'bucket']);
    expect(got.at(-1)).toBe('download');
    expect(got).toEqual(termsOf(t.words));
  });
});

describe('cosine', () => {
  const idf = buildIdf([['trail', 'creat'], ['topic', 'creat'], ['bucket', 'creat']]);

  it('is 1 for the same words and 0 for none shared', () => {
    const a = vectorize(['trail', 'creat'], idf);
    expect(cosine(a, vectorize(['creat', 'trail'], idf))).toBeCloseTo(1, 10);
    expect(cosine(a, vectorize(['bucket'], idf))).toBe(0);
  });

  it('weighs a rare shared word more than a common one', () => {
    const item = vectorize(['trail', 'creat'], idf);
    // `trail` is in one text, `creat` in all three: sharing `trail` says more.
    expect(cosine(item, vectorize(['trail', 'x'], idf))).toBeGreaterThan(cosine(item, vectorize(['creat', 'x'], idf)));
  });
});

describe('sentences', () => {
  it('splits after a full stop followed by a capital', () => {
    expect(sentences('Trail creations may happen. Verify the user. e.g. lower case stays')).toEqual([
      'Trail creations may happen.',
      'Verify the user. e.g. lower case stays',
    ]);
  });
});

describe('coverage threshold on the labelled pairs', () => {
  const index = buildCatalogIndex(loadBuiltinEntries());
  const scored = PAIRS.map((pair) => {
    const all = index.entries.map((e) => textSimilarity(pair.item, e.entry.id, index));
    return { ...pair, similarity: textSimilarity(pair.item, pair.entryId, index), best: Math.max(...all) };
  });

  it('knows every entry the pairs name', () => {
    const ids = new Set(index.entries.map((e) => e.entry.id));
    expect(PAIRS.filter((p) => !ids.has(p.entryId))).toEqual([]);
  });

  it.each(scored.map((s) => [s.label, s.entryId, s.item, s] as const))('%s of %s: %s', (label, _id, _item, s) => {
    const covers = s.similarity >= COVER_THRESHOLD && s.similarity >= s.best - COVER_MARGIN;
    expect(covers).toBe(label === 'paraphrase');
  });

  it('leaves a gap on each side of the threshold', () => {
    const paraphrases = scored.filter((s) => s.label === 'paraphrase').map((s) => s.similarity);
    const unrelated = scored.filter((s) => s.label === 'unrelated').map((s) => s.similarity);
    expect(Math.min(...paraphrases)).toBeGreaterThan(COVER_THRESHOLD + 0.05);
    expect(Math.max(...unrelated)).toBeLessThan(COVER_THRESHOLD - 0.05);
  });

  it('keeps near misses below their item\'s own entry by more than the margin', () => {
    const nearMisses = scored.filter((s) => s.label === 'near-miss' && s.similarity >= COVER_THRESHOLD);
    expect(nearMisses.length).toBeGreaterThan(0);
    for (const s of nearMisses) expect(s.best - s.similarity).toBeGreaterThan(COVER_MARGIN);
  });
});
