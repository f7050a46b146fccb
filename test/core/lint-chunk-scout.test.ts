/**
 * A range read for another thread (a worker scouting for the main thread, see lint.ts): the
 * candidates come back read but not linted, with their texts, and linting one later gives what
 * linting it at once would have; files that cannot carry a tag leave no entry, unreadable ones a skip.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { techniquePrefilter } from '../../src/attack.js';
import { lintCandidate, lintChunk } from '../../src/lint-chunk.js';
import { makeSourceFile } from '../../src/source.js';
import { t1530Context } from '../fixtures/lint-context.js';
import { placeholderSigma } from '../fixtures/placeholder-rule.js';

const context = t1530Context();
const mayCarryTag = techniquePrefilter(['T1530']);
let dir: string;
const files = ['a-tagged.yml', 'b-unrelated.yml', 'c-binary.yml'].map((name) => ({ name, relative: `rules/${name}`, absolute: '' }));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-scout-'));
  const texts = [placeholderSigma(1), 'title: Not a cloud rule\ntags:\n    - attack.t1059\n', 'tags: [attack.t1530]\u0000'];
  files.forEach((f, i) => {
    f.absolute = path.join(dir, f.name);
    writeFileSync(f.absolute, texts[i]!, 'latin1');
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a range read without linting', () => {
  it('gives the candidates read and their texts, skips as when linting, and the same outcome once linted', () => {
    const scouted = lintChunk(files, context, mayCarryTag, () => false);
    const linted = lintChunk(files, context, mayCarryTag);
    expect(scouted).toEqual([
      { file: makeSourceFile('rules/a-tagged.yml', placeholderSigma(1)) },
      { path: 'rules/c-binary.yml', reason: 'binary file (contains NUL bytes); not a rule' },
    ]);
    expect(linted[1]).toEqual(scouted[1]);
    expect(linted[0]).toHaveProperty('outcome');
    expect(lintCandidate((scouted[0] as { file: ReturnType<typeof makeSourceFile> }).file, context)).toEqual(linted[0]);
  });

  it('asks before each candidate, so a thread told to lint mid-range lints the rest', () => {
    const asked: string[] = [];
    const entries = lintChunk([files[0]!, files[0]!], context, mayCarryTag, () => asked.push('asked') > 1);
    expect(asked).toEqual(['asked', 'asked']);
    expect(entries.map((e) => 'outcome' in e)).toEqual([false, true]);
  });
});
