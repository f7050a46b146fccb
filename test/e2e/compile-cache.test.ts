/**
 * The built CLI keeps the engine's compiled code in a folder of the user's own and reuses it
 * (src/cli/load-engine.ts). The cache changes how fast a run starts, never what it reports: a
 * damaged cache is replaced, a folder others could write to is left alone, and a folder that
 * cannot be made costs nothing but the cache.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/cli/load-engine.js';
import { generateRepository } from '../../scripts/synthetic-repo.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const EXAMPLES = path.join(ROOT, 'examples');
let scratch: string;
let cacheRoot: string;
let folder: string;
let expected: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { env: { ...inherited, NODE_COMPILE_CACHE: cacheRoot, ...env }, encoding: 'utf8' });
}

const lintExamples = (env: NodeJS.ProcessEnv = {}) => cli(['--format', 'json', '--fail-on', 'never', EXAMPLES], env);

/** The cache files in the folder, with what tells a rewrite. */
function cacheFiles() {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).map((name) => {
    const stat = statSync(path.join(folder, name));
    return { name, mode: stat.mode & 0o777, size: stat.size, ino: stat.ino, mtimeMs: stat.mtimeMs };
  });
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-compile-cache-'));
  const reference = lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' });
  expect(reference.status).toBe(0);
  expected = reference.stdout;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeEach(() => {
  cacheRoot = mkdtempSync(path.join(scratch, 'root-'));
  folder = path.join(cacheRoot, 'lofp-lint');
});

describe('the compile cache', () => {
  it('is written by a lint, readable by the user alone, and reused as it is by the next runs', () => {
    const first = lintExamples();
    expect(first.stdout).toBe(expected);
    expect(first.stderr).toBe('');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const [written, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(written!.name).toMatch(/^engine-[0-9a-f]{32}\.v8cache$/);
    expect(written!.mode).toBe(0o600);
    expect(written!.size).toBeGreaterThan(100_000);
    // V8 took the cache: a refused one would have been written again.
    const second = lintExamples();
    expect(second.stdout).toBe(expected);
    expect(second.stderr).toBe('');
    expect(cacheFiles()).toEqual([written]);
  });

  // A run whose threads take every core raises V8's interrupt budget for a while
  // (src/jit-budget.ts), a flag V8 checks cached code against: the cache must be made, and the
  // workers must load the engine, under V8's own flags, or every run would refuse the cache.
  it('written by a run whose workers take every core, is reused as it is by the next such runs and by single-threaded ones', () => {
    const repo = path.join(scratch, 'repo-4200');
    if (!existsSync(repo)) generateRepository(repo, { files: 4200, taggedPercent: 1 });
    const lintRepo = (jobs: number) => cli(['--format', 'json', '--fail-on', 'never', '--jobs', String(jobs), '--verbose', repo]);
    const cores = os.availableParallelism();
    const first = lintRepo(cores);
    expect(first.status).toBe(0);
    // Workers read from the start on 4,096 files or more (src/lint.ts): the budget was raised.
    expect(first.stderr).toContain(`42 candidate files linted in ${cores} threads (0 by workers, which read `);
    const [written, ...others] = cacheFiles();
    expect(others).toEqual([]);
    for (const jobs of [cores, cores, 1]) {
      const again = lintRepo(jobs);
      expect(again.stdout).toBe(first.stdout);
      expect(cacheFiles()).toEqual([written]);
    }
  });

  it('is replaced when damaged, and the run reports the same', () => {
    lintExamples();
    const [written] = cacheFiles();
    writeFileSync(path.join(folder, written!.name), 'not compiled code');
    const run = lintExamples();
    expect(run.stdout).toBe(expected);
    expect(run.stderr).toBe('');
    const [replaced, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(replaced!.name).toBe(written!.name);
    expect(replaced!.size).toBeGreaterThan(100_000);
  });

  it('keeps the newest cache files of other versions, and removes temporary files left by a crash', () => {
    mkdirSync(folder, { mode: 0o700 });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const other = (n: number) => `engine-${String(n).repeat(32)}.v8cache`;
    for (const n of [1, 2, 3, 4, 5]) {
      writeFileSync(path.join(folder, other(n)), 'code of another version');
      utimesSync(path.join(folder, other(n)), hoursAgo(n * 24), hoursAgo(n * 24));
    }
    writeFileSync(path.join(folder, 'left-by-a-crash.tmp'), '');
    utimesSync(path.join(folder, 'left-by-a-crash.tmp'), hoursAgo(2), hoursAgo(2));
    writeFileSync(path.join(folder, 'being-written.tmp'), '');
    writeFileSync(path.join(folder, 'notes.txt'), 'not ours to remove');
    expect(lintExamples().stdout).toBe(expected);
    const names = cacheFiles().map((f) => f.name);
    const written = names.find((n) => !/^engine-([1-5])\1{31}\.v8cache$/.test(n) && n.endsWith('.v8cache'));
    expect(written).toMatch(/^engine-[0-9a-f]{32}\.v8cache$/);
    expect(names.sort()).toEqual([written, other(1), other(2), other(3), 'being-written.tmp', 'notes.txt'].sort());
  });

  it('is left alone in a folder others can write to', () => {
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const run = lintExamples();
    expect(run.stdout).toBe(expected);
    expect(cacheFiles()).toEqual([]);
  });

  it('is not written by a run that stops at a mistake in the command, nor by --version', () => {
    const mistake = cli(['--format', 'yaml', EXAMPLES]);
    expect(mistake.status).toBe(2);
    expect(cli(['--version']).status).toBe(0);
    expect(existsSync(folder)).toBe(false);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, and costs nothing but itself when its folder cannot be made', () => {
    expect(lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' }).stdout).toBe(expected);
    expect(existsSync(folder)).toBe(false);
    const notAFolder = path.join(cacheRoot, 'file');
    writeFileSync(notAFolder, '');
    const run = lintExamples({ NODE_COMPILE_CACHE: notAFolder });
    expect(run.stdout).toBe(expected);
    expect(run.stderr).toBe('');
  });
});

describe('cacheFolder', () => {
  it('follows NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE as Node does, else a folder of the user in the temporary folder', () => {
    expect(cacheFolder({ NODE_COMPILE_CACHE: '/var/cache/node' })).toBe(path.join('/var/cache/node', 'lofp-lint'));
    expect(cacheFolder({ NODE_COMPILE_CACHE: '/var/cache/node', NODE_DISABLE_COMPILE_CACHE: '1' })).toBeNull();
    const uid = process.getuid?.();
    expect(cacheFolder({})).toBe(path.join(os.tmpdir(), uid === undefined ? 'lofp-lint-compile-cache' : `lofp-lint-compile-cache-${uid}`));
  });
});
