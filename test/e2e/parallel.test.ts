/**
 * Worker threads change how a run is carried out, never what it reports: the built CLI gives
 * byte-identical reports with and without its lint worker on a generated repository large enough
 * to start one, with parse errors, deprecated rules and unreadable files mixed in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRepository } from '../../scripts/synthetic-repo.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let repo: string;
let fewTagged: string;
let manyFiles: string;

function cli(args: string[], cwd = repo) {
  const run = spawnSync(process.execPath, [CLI, '--fail-on', 'never', ...args, '.'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.stderr.split('\n').filter((l) => !l.includes('candidate files linted') && !l.startsWith('lofp-lint: times: '))).toEqual(['']);
  expect(run.status).toBe(0);
  return run;
}

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'lofp-parallel-'));
  // 4,000 rules, 1,200 tagged: the worker joins after the first 256 candidates and still finds
  // most of the run left to share.
  expect(generateRepository(repo, { files: 4000, taggedPercent: 30 })).toEqual({ tagged: 1200 });
  const group = path.join(repo, 'rules/sigma/group-0001');
  writeFileSync(
    path.join(group, 'rule_000700_broken.yml'),
    'title: Broken\nlogsource:\n    product: aws\ndetection:\n    selection:\n        eventName: [GetObject\n    condition: selection\ntags:\n    - attack.t1530\n',
  );
  writeFileSync(
    path.join(group, 'rule_000701_deprecated.yml'),
    'title: Old rule\nstatus: deprecated\ntags:\n    - attack.t1530\nlogsource:\n    product: aws\ndetection:\n    selection:\n        eventName: GetObject\n    condition: selection\nlevel: low\n',
  );
  writeFileSync(path.join(group, 'rule_000702_binary.yml'), Buffer.from('tags: [attack.t1530]\u0000\u0001', 'latin1'));
  // 5,000 files (over the 4,096 from which a worker starts at once), 50 tagged (under the 256
  // from which it lints): the worker only reads, the main thread lints every candidate.
  fewTagged = mkdtempSync(path.join(os.tmpdir(), 'lofp-parallel-few-'));
  expect(generateRepository(fewTagged, { files: 5000, taggedPercent: 1 })).toEqual({ tagged: 50 });
  // 5,000 files, 1,000 tagged: the worker reads from the start, hands over the candidates it
  // finds until the run has found 256, and lints the rest it finds.
  manyFiles = mkdtempSync(path.join(os.tmpdir(), 'lofp-parallel-many-'));
  expect(generateRepository(manyFiles, { files: 5000, taggedPercent: 20 })).toEqual({ tagged: 1000 });
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(fewTagged, { recursive: true, force: true });
  rmSync(manyFiles, { recursive: true, force: true });
});

/** The thread counts `--verbose` prints, after checking the line of times that follows them. */
function counts(stderr: string): string {
  const [line, times, ...rest] = stderr.split('\n');
  expect(times).toMatch(/^lofp-lint: times: start-up \d+ ms, discovery \d+ ms, reading and linting \d+ ms, report \d+ ms$/);
  expect(rest).toEqual(['']);
  return `${line}\n`;
}

describe('lint workers', () => {
  it('report the same JSON as a single-threaded run, and did lint part of the files', () => {
    const single = cli(['--format', 'json', '--jobs', '1', '--verbose']);
    const parallel = cli(['--format', 'json', '--jobs', '2', '--verbose']);
    expect(counts(single.stderr)).toBe('lofp-lint: 1202 candidate files linted in 1 thread\n');
    const used = /^lofp-lint: 1202 candidate files linted in 2 threads \((\d+) by workers, which read \d+ files and handed 0 candidates to the main thread\)\n$/.exec(counts(parallel.stderr));
    expect(used).not.toBeNull();
    expect(Number(used![1])).toBeGreaterThan(0);
    expect(parallel.stdout).toBe(single.stdout);
    const summary = JSON.parse(single.stdout).summary;
    expect(summary).toEqual({ files: 4003, detections: 1200, skipped: 2, errors: 602, warnings: 1266, notes: 600, suppressed: 0 });
  });

  it('that only read for the main thread change nothing either', () => {
    const single = cli(['--format', 'json', '--jobs', '1', '--verbose'], fewTagged);
    const parallel = cli(['--format', 'json', '--jobs', '2', '--verbose'], fewTagged);
    expect(counts(single.stderr)).toBe('lofp-lint: 50 candidate files linted in 1 thread\n');
    // How many files the worker read depends on how soon it started; that it linted none does not.
    expect(counts(parallel.stderr)).toMatch(/^lofp-lint: 50 candidate files linted in 2 threads \(0 by workers, which read \d+ files and handed \d+ candidates to the main thread\)\n$/);
    expect(parallel.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).summary).toMatchObject({ files: 5000, detections: 50 });
  });

  it('that read from the start hand the main thread no more than the first 256 candidates found', () => {
    const single = cli(['--format', 'json', '--jobs', '1'], manyFiles);
    const parallel = cli(['--format', 'json', '--jobs', '2', '--verbose'], manyFiles);
    const used = /^lofp-lint: 1000 candidate files linted in 2 threads \((\d+) by workers, which read \d+ files and handed (\d+) candidates to the main thread\)\n$/.exec(counts(parallel.stderr));
    expect(used).not.toBeNull();
    expect(Number(used![2])).toBeLessThanOrEqual(256);
    expect(parallel.stdout).toBe(single.stdout);
  });

  it('started before a discovery that finds a small run are let go: one thread, and the run ends', () => {
    const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--jobs', '2', '--verbose', 'examples'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(counts(run.stderr)).toBe('lofp-lint: 8 candidate files linted in 1 thread\n');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ files: 8, detections: 7 });
  });

  it('report the same SARIF, fixes included', () => {
    const single = cli(['--format', 'sarif', '--jobs', '1']);
    const parallel = cli(['--format', 'sarif', '--jobs', '2']);
    expect(parallel.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).runs[0].results.filter((r: { fixes?: unknown[] }) => r.fixes).length).toBeGreaterThan(100);
  });
});
