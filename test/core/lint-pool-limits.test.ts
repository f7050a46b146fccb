/**
 * A lint worker runs with a smaller young generation than V8's default (see WORKER_LIMITS) and
 * every other limit as a worker started without any has: its old generation grows as V8 lets it,
 * so no run dies of a limit set here. The workers are a stand-in script that writes the limits
 * it was started with.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { lint } from '../../src/lint.js';
import { WORKER_LIMITS } from '../../src/lint-pool.js';
import { generateRepository } from '../../scripts/synthetic-repo.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-pool-limits-'));
  generateRepository(path.join(dir, 'repo'), { files: 200, taggedPercent: 30 });
  writeFileSync(
    path.join(dir, 'tells-limits.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      "import { resourceLimits, workerData } from 'node:worker_threads';",
      "const name = workerData?.mark ? 'limits.json' : 'default-limits.json';",
      "writeFileSync(new URL(`./${name}`, import.meta.url), JSON.stringify(resourceLimits));",
      'process.exit(0);',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint workers', () => {
  it('start with a 24 MB young generation (V8: 48 MB on Node 20, 192 MB on Node 24) and the old generation of a worker started without limits', async () => {
    const plain = new Worker(pathToFileURL(path.join(dir, 'tells-limits.mjs')));
    await new Promise((resolve) => plain.once('exit', resolve));
    const defaults = JSON.parse(readFileSync(path.join(dir, 'default-limits.json'), 'utf8'));
    // Smaller than V8's own on every Node (48 MB on Node 20, 192 on Node 24): the limit never
    // grows a worker's young generation.
    expect(defaults.maxYoungGenerationSizeMb).toBeGreaterThan(WORKER_LIMITS.maxYoungGenerationSizeMb);

    const result = await lint({
      root: path.join(dir, 'repo'),
      paths: ['.'],
      techniques: ['T1530'],
      includeDeprecated: false,
      catalog: loadCatalog({ cwd: ROOT }),
      keepText: false,
      jobs: 2,
      scoutThreshold: 1,
      workerEntry: pathToFileURL(path.join(dir, 'tells-limits.mjs')),
    });
    expect(result.threads?.threads).toBe(2);
    expect(JSON.parse(readFileSync(path.join(dir, 'limits.json'), 'utf8'))).toEqual({ ...defaults, maxYoungGenerationSizeMb: 24 });
    expect(WORKER_LIMITS).toEqual({ maxYoungGenerationSizeMb: 24 });
  });
});
