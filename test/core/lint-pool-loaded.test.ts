/**
 * The lint pool tells when every worker has loaded the bundle (or ended), so that V8's interrupt
 * budget is raised only then (src/jit-budget.ts: a worker compiling the engine under another flag
 * than the cache was made with would refuse the cache). The workers are stand-in scripts that say
 * they have loaded when their test file says so, or die first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LintPool } from '../../src/lint-pool.js';
import { t1530Context } from '../fixtures/lint-context.js';

let dir: string;
const context = t1530Context();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-pool-loaded-'));
  // Says it has loaded once the file `go-<n>` exists, n being its thread id; stays until let go.
  writeFileSync(
    path.join(dir, 'loads-when-told.mjs'),
    [
      "import { existsSync } from 'node:fs';",
      "import { parentPort, threadId } from 'node:worker_threads';",
      "const go = new URL(`./go-${threadId}`, import.meta.url);",
      'const timer = setInterval(() => {',
      '  if (!existsSync(go)) return;',
      '  clearInterval(timer);',
      '  parentPort.postMessage({ loaded: true });',
      '}, 5);',
      "parentPort.on('message', () => {});",
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'dies-at-once.mjs'), 'process.exit(3);\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (at most 10 s) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 10_000) throw new Error('waited 10 s');
    await settle(10);
  }
}

describe('LintPool.whenLoaded', () => {
  it('runs its task once every worker has said it loaded, and only then', async () => {
    const pool = new LintPool(pathToFileURL(path.join(dir, 'loads-when-told.mjs')), 2, context);
    const threadIds = (pool as unknown as { workers: { threadId: number }[] }).workers.map((w) => w.threadId);
    let runs = 0;
    const told: number[] = [];
    pool.whenLoaded((loaded) => {
      runs++;
      told.push(loaded);
    });
    writeFileSync(path.join(dir, `go-${threadIds[0]}`), '');
    await settle(200);
    expect(runs).toBe(0);
    writeFileSync(path.join(dir, `go-${threadIds[1]}`), '');
    await until(() => runs > 0);
    expect(runs).toBe(1);
    // Once all have loaded, a task asked for runs at once.
    pool.whenLoaded((loaded) => {
      runs++;
      told.push(loaded);
    });
    expect(runs).toBe(2);
    expect(told).toEqual([2, 2]);
    await pool.close();
  });

  it('does not wait for a worker that died, and does not count it as loaded', async () => {
    const pool = new LintPool(pathToFileURL(path.join(dir, 'dies-at-once.mjs')), 1, context);
    const told: number[] = [];
    pool.whenLoaded((loaded) => told.push(loaded));
    await pool.finished;
    expect(told).toEqual([0]);
    await pool.close();
  });

  it('never runs its task once the pool is let go or closed', async () => {
    for (const end of ['release', 'close'] as const) {
      const pool = new LintPool(pathToFileURL(path.join(dir, 'loads-when-told.mjs')), 1, context);
      let runs = 0;
      pool.whenLoaded(() => runs++);
      if (end === 'release') pool.release();
      else await pool.close();
      await pool.finished;
      expect(runs).toBe(0);
    }
  });
});
