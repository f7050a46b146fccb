/**
 * Lint workers that fail are no reason for a different report: the ranges of files a worker
 * claimed and never answered are linted by the main thread. The workers here are stand-in
 * scripts (the real one, the bundle, is covered by test/e2e/parallel.test.ts): one that dies at
 * once, and one that claims ranges from the shared counter and dies before answering them.
 * Either way a worker joins: from the start, to read, or after the first candidates, to lint. A
 * run with fewer files and fewer candidate files than the thresholds starts no worker.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { renderJson } from '../../src/report/json.js';
import { generateRepository } from '../../scripts/synthetic-repo.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let options: LintOptions;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-pool-'));
  generateRepository(path.join(dir, 'repo'), { files: 1000, taggedPercent: 30 });
  writeFileSync(path.join(dir, 'dies-at-once.mjs'), 'process.exit(3);\n');
  // Claims three ranges, as a worker that crashed while linting them would have.
  writeFileSync(
    path.join(dir, 'dies-holding-ranges.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      "import { parentPort } from 'node:worker_threads';",
      "parentPort.once('message', (request) => {",
      '  const shared = new Int32Array(request.shared);',
      '  const claimed = [0, 1, 2].map(() => Atomics.add(shared, 0, 1));',
      "  writeFileSync(new URL('./claimed.json', import.meta.url), JSON.stringify(claimed));",
      "  throw new Error('worker crashed');",
      '});',
      '',
    ].join('\n'),
  );
  options = {
    root: path.join(dir, 'repo'),
    paths: ['.'],
    techniques: ['T1530'],
    includeDeprecated: false,
    catalog: loadCatalog({ cwd: ROOT }),
    keepText: false,
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The thread counts of a run, its times (which vary) checked and left out. */
function counts(result: Awaited<ReturnType<typeof lint>>) {
  const { discoveryMs, lintMs, ...rest } = result.threads!;
  expect([discoveryMs, lintMs].every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
  return rest;
}

describe('lint workers that fail', () => {
  it.each([
    ['dies-at-once.mjs', 'joining after the first candidate', { parallelThreshold: 1 }],
    ['dies-holding-ranges.mjs', 'joining after the first candidate', { parallelThreshold: 1 }],
    ['dies-at-once.mjs', 'reading from the start', { scoutThreshold: 1 }],
    ['dies-holding-ranges.mjs', 'reading from the start', { scoutThreshold: 1 }],
  ] as const)('%s, %s: the main thread lints every range, same report', async (script, _when, thresholds) => {
    const single = await lint(options);
    rmSync(path.join(dir, 'claimed.json'), { force: true });
    const parallel = await lint({ ...options, jobs: 2, ...thresholds, workerEntry: pathToFileURL(path.join(dir, script)) });
    expect(renderJson(parallel)).toBe(renderJson(single));
    expect(single.summary).toMatchObject({ files: 1000, detections: 300 });
    expect(counts(parallel)).toEqual({ threads: 2, candidates: 300, inWorkers: 0, readInWorkers: 0, handedOver: 0 });
    // The stand-in got the files and claimed three ranges before it died (whether they were among
    // the 16 depends on how soon it started: the report is the same either way).
    if (script === 'dies-holding-ranges.mjs') {
      const claimed = JSON.parse(readFileSync(path.join(dir, 'claimed.json'), 'utf8')) as number[];
      expect(claimed.map((c) => Number.isInteger(c) && c >= 0)).toEqual([true, true, true]);
    }
  });

  it('are not started when the run has fewer candidate files than the threshold', async () => {
    const script = pathToFileURL(path.join(dir, 'dies-holding-ranges.mjs'));
    const parallel = await lint({ ...options, jobs: 2, parallelThreshold: 301, workerEntry: script });
    expect(counts(parallel)).toEqual({ threads: 1, candidates: 300, inWorkers: 0, readInWorkers: 0, handedOver: 0 });
    expect(renderJson(parallel)).toBe(renderJson(await lint(options)));
  });
});
