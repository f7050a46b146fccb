/**
 * What a run without texts keeps of a linted file (src/lint-outcome.ts): everything the reports
 * read, nothing that keeps the file's text alive, one copy of what many rules share; the same
 * whether the file was linted in this thread or in a worker.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lintSource, type FileOutcome } from '../../src/lint-file.js';
import { StringPool, attach, compact, detach, flatCopy, textless } from '../../src/lint-outcome.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';
import { t1530Context } from '../fixtures/lint-context.js';
import { placeholderSigma } from '../fixtures/placeholder-rule.js';

const context = t1530Context();

/** Rule `n` followed by a comment of `padding` characters. */
function ruleFile(n: number, padding = 0): SourceFile {
  return makeSourceFile(`rules/trail-${n}.yml`, `${placeholderSigma(n)}# ${'x'.repeat(padding)} ${n}\n`);
}

/** The outcome as a run without texts is expected to keep it. */
function withoutTexts(outcome: FileOutcome, file: SourceFile): FileOutcome {
  return {
    ...outcome,
    detections: outcome.detections.map((d) => ({ ...d, source: textless(file), query: '', description: '', techniqueTags: [], tactics: [] })),
  };
}

describe('compact', () => {
  it('keeps all but the texts, technique tags and tactics, whether linted here or in a worker', () => {
    const file = ruleFile(2);
    const outcome = lintSource(file, context);
    expect(outcome.findings.length).toBeGreaterThan(0);
    expect(outcome.detections[0]!.techniqueTags).toHaveLength(1);
    const expected = withoutTexts(outcome, file);
    expect(compact(outcome, file)).toEqual(expected);
    expect(compact(outcome, file, new StringPool())).toEqual(expected);

    // A worker's outcome crosses as a structured clone and is made lean by the main thread.
    const fromWorker = attach(structuredClone(detach(outcome, false)), textless(file));
    expect(compact(fromWorker, textless(file), new StringPool())).toEqual(expected);
    // A worker compacts each outcome as soon as it is linted; it then crosses as it is.
    const compacted = compact(outcome, file);
    expect(detach(compacted, false)).toBe(compacted);
    const compactedFromWorker = attach(structuredClone(detach(compacted, false)), textless(file));
    expect(compact(compactedFromWorker, textless(file), new StringPool())).toEqual(expected);
    expect(compact(compacted, file)).toBe(compacted);
  });

  it('shares the lists and suggestions of rules that have the same', () => {
    const pool = new StringPool();
    const [a, b] = [2, 3].map((n) => {
      const file = ruleFile(n);
      return compact(lintSource(file, context), file, pool);
    });
    expect(a!.detections[0]!.techniques).toBe(b!.detections[0]!.techniques);
    expect(a!.findings[0]!.suggestions).toBe(b!.findings[0]!.suggestions);
    expect(a!.findings[0]!.suggestions[0]).toBe(b!.analyses[0]!.suggestions[0]);
    expect(a!.detections[0]!.titleSpan).toBe(b!.detections[0]!.titleSpan);
    // An outcome compacted already is kept as it is.
    expect(compact(a!, textless(ruleFile(2)), pool)).toBe(a);
  });

  it('keeps nothing of the file texts alive (a title is a view into its 200 KB file)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const files = 40;
    const kept: FileOutcome[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 2; n < files + 2; n++) {
      const file = ruleFile(n, 200_000);
      kept.push(compact(lintSource(file, context), file));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept.map((o) => o.detections[0]!.title)).toEqual(Array.from({ length: files }, (_, i) => `Trail Created ${i + 2}`));
    // The texts alone are 8 MB; what is kept of 40 rules is a few kilobytes each.
    expect(grown).toBeLessThan(2_000_000);
  });

  it('copies strings into ones of their own, interpreted and once V8 has optimized the copying', () => {
    v8.setFlagsFromString('--expose-gc');
    v8.setFlagsFromString('--allow-natives-syntax');
    const gc = runInNewContext('gc') as () => void;
    const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
    const optimizeNext = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;
    /** Heap kept by 200 copies of 40-character substrings of 40 KB texts (8 MB in all). */
    const kept = () => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const copies: string[] = [];
      for (let i = 0; i < 200; i++) {
        const parent = `${'y'.repeat(20_000)}${String(i).padStart(3, '0')} a rule title here ${'z'.repeat(20_000)}`;
        copies.push(flatCopy(parent.slice(20_000, 20_040)));
      }
      gc();
      expect(copies[7]).toBe('007 a rule title here zzzzzzzzzzzzzzzzzz');
      return process.memoryUsage().heapUsed - before;
    };
    expect(kept()).toBeLessThan(1_000_000);
    // Optimized by TurboFan, Node 24 read through a concatenation without flattening it: the
    // copy made by reading one of its characters then kept its parent (7.8 MB here).
    prepare(flatCopy);
    for (let i = 0; i < 100; i++) flatCopy(`${i} `.repeat(20));
    optimizeNext(flatCopy);
    expect(flatCopy('a'.repeat(30).slice(1))).toBe('a'.repeat(29));
    expect(kept()).toBeLessThan(1_000_000);
    expect(flatCopy('twelve chars')).toBe('twelve chars');
  });
});
