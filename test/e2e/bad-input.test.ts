/**
 * The built CLI against inputs that used to lose data, hang or crash: every one gets an answer
 * (a fix, a skip note or one line with exit 2), and --fix never leaves a rule half written.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXED_TRAIL_LINE, placeholderSigma } from '../fixtures/placeholder-rule.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let scratch: string;
let dir: string;

function cli(args: string[], cwd: string, extra: SpawnSyncOptions = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
    ...extra,
  });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

const PLACEHOLDER_RULE = placeholderSigma();
const FIXED_LINE = FIXED_TRAIL_LINE;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-bad-input-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let count = 0;
beforeEach(() => {
  dir = path.join(scratch, `case-${++count}`);
  mkdirSync(path.join(dir, 'rules'), { recursive: true });
});

describe('--fix writes atomically', () => {
  it('leaves the rule byte-identical when the write fails midway (file-size limit), one line, exit 2', () => {
    const rule = path.join(dir, 'rules/trail.yml');
    const described = PLACEHOLDER_RULE.replace(
      'tags:',
      `description: ${'Detects the creation of a CloudTrail trail, which an adversary may point at a bucket they read. '.repeat(4).trim()}\ntags:`,
    );
    writeFileSync(rule, described);
    // 1 block of 512 bytes: the fixed rule (about 700 bytes) cannot be written in full.
    const run = spawnSync('sh', ['-c', `ulimit -f 1 && exec "${process.execPath}" "${CLI}" rules --fix`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('lofp-lint: cannot write rules/trail.yml: file too large for the file-size limit; not fixed\n');
    expect(run.status).toBe(2);
    expect(readFileSync(rule, 'utf8')).toBe(described);
    expect(readdirSync(path.join(dir, 'rules'))).toEqual(['trail.yml']);
  });

  it('reports a read-only rule and still fixes the others; modes are kept', () => {
    writeFileSync(path.join(dir, 'rules/a.yml'), PLACEHOLDER_RULE);
    writeFileSync(path.join(dir, 'rules/b.yml'), placeholderSigma(2));
    chmodSync(path.join(dir, 'rules/a.yml'), 0o444);
    chmodSync(path.join(dir, 'rules/b.yml'), 0o640);
    const run = cli(['rules', '--fix', '--format', 'json'], dir);
    expect(run.stderr).toBe('lofp-lint: cannot write rules/a.yml: the file is read-only; not fixed\nlofp-lint: fixed 1 file\n');
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'rules/a.yml'), 'utf8')).toBe(PLACEHOLDER_RULE);
    expect(readFileSync(path.join(dir, 'rules/b.yml'), 'utf8')).toContain(`falsepositives:\n${FIXED_LINE}\nlevel: low\n`);
    expect(statSync(path.join(dir, 'rules/b.yml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'rules')).sort()).toEqual(['a.yml', 'b.yml']);
  });

  it('fixes a rule named by its absolute path from another folder', () => {
    const rule = path.join(dir, 'rules/trail.yml');
    writeFileSync(rule, PLACEHOLDER_RULE);
    mkdirSync(path.join(dir, 'elsewhere'));
    const run = cli([rule, '--fix'], path.join(dir, 'elsewhere'));
    expect(run.stderr).toBe('lofp-lint: fixed 1 file\n');
    expect(run.code).toBe(0);
    expect(readFileSync(rule, 'utf8')).toBe(PLACEHOLDER_RULE.replace('    - Unknown', FIXED_LINE));
  });
});

describe('special files are never opened', () => {
  const mkfifo = (p: string) => {
    const made = spawnSync('mkfifo', [p]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  };

  it('skips a FIFO named like a rule, in a folder or named on the command line', () => {
    writeFileSync(path.join(dir, 'rules/trail.yml'), PLACEHOLDER_RULE);
    mkfifo(path.join(dir, 'rules/rule.yml'));
    const folder = cli(['rules', '--verbose', '--fail-on', 'never'], dir);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toContain('skipped rules/rule.yml: a FIFO, not a regular file; not read\n');
    const named = cli(['rules/rule.yml', '--format', 'json'], dir);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).skipped).toEqual([{ path: 'rules/rule.yml', reason: 'a FIFO, not a regular file; not read (pipe a rule with `-` instead)' }]);
  });

  it('refuses a FIFO as .lofp.yml with one line and exit 2', () => {
    mkfifo(path.join(dir, '.lofp.yml'));
    expect(cli(['rules'], dir)).toEqual({ code: 2, stdout: '', stderr: 'lofp-lint: .lofp.yml: cannot read the config (a FIFO, not a regular file)\n' });
  });
});

describe('output files', () => {
  it('answers -o into a missing folder or onto a folder with one line and exit 2', () => {
    writeFileSync(path.join(dir, 'rules/trail.yml'), PLACEHOLDER_RULE);
    expect(cli(['rules', '-o', 'missing/report.txt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: cannot write missing/report.txt: its folder does not exist\n',
    });
    expect(cli(['rules', '-o', 'rules'], dir)).toEqual({ code: 2, stdout: '', stderr: 'lofp-lint: cannot write rules: it is a folder\n' });
    // catalog build -o creates its folder: the README's `-o lofp/our-entries.yml` starts one.
    expect(cli(['catalog', 'build', '--technique', 'T1530', 'rules', '-o', 'missing/c.yml'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'missing/c.yml'), 'utf8')).toContain('technique: T1530');
    expect(cli(['catalog', 'build', '--technique', 'T1530', 'rules', '-o', 'rules'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: cannot write rules: it is a folder\n',
    });
  });

  it('writes a report to a device such as /dev/null in place', () => {
    writeFileSync(path.join(dir, 'rules/trail.yml'), PLACEHOLDER_RULE);
    expect(cli(['rules', '-o', '/dev/null', '--format', 'json'], dir)).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('replaces an existing report through a symbolic link, keeping the link', () => {
    writeFileSync(path.join(dir, 'rules/trail.yml'), PLACEHOLDER_RULE);
    writeFileSync(path.join(dir, 'old.json'), 'old');
    symlinkSync('old.json', path.join(dir, 'report.json'));
    expect(cli(['rules', '-o', 'report.json', '--format', 'json'], dir).code).toBe(1);
    expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'old.json'), 'utf8')).summary.detections).toBe(1);
  });
});

describe('catalog build', () => {
  it('answers a missing rules folder with one line and exit 2', () => {
    expect(cli(['catalog', 'build', '--technique', 'T1530', 'nope'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: "lofp-lint: catalog build: 'nope' is not a folder\n",
    });
  });
});

describe('standard input', () => {
  it('lints a rule piped to `-`, named <stdin>', () => {
    const run = cli(['-'], dir, { input: PLACEHOLDER_RULE });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '<stdin>',
      '  12:1  error    `falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies  placeholder-false-positives',
    ]);
  });

  it('takes the format and the reported path from --stdin-filename, and prints fixes as a diff', () => {
    const json = cli(['--stdin', '--stdin-filename', 'rules/trail.yml', '--format', 'json'], dir, { input: PLACEHOLDER_RULE });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { path: string; check: string }[] };
    expect(report.findings.map((f) => [f.path, f.check])).toEqual([
      ['rules/trail.yml', 'placeholder-false-positives'],
      ['rules/trail.yml', 'missing-catalog-entry'],
    ]);
    const diff = cli(['-', '--stdin-filename', 'rules/trail.yml', '--fix-dry-run'], dir, { input: PLACEHOLDER_RULE });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toBe(
      ['--- a/rules/trail.yml', '+++ b/rules/trail.yml', '@@ -10,5 +10,5 @@', '         eventName: CreateTrail', '     condition: selection', ' falsepositives:', '-    - Unknown', `+${FIXED_LINE}`, ' level: low', ''].join('\n'),
    );
  });

  it('answers /dev/stdin and process substitution with a skip note, not a stack trace', () => {
    writeFileSync(path.join(dir, 'rules/trail.yml'), PLACEHOLDER_RULE);
    // A shell pipe, as `cat rule.yml | lofp-lint /dev/stdin` makes; paths outside the current
    // folder are shown relative to their own folder (here /dev).
    const devStdin = spawnSync('sh', ['-c', `cat rules/trail.yml | "${process.execPath}" "${CLI}" /dev/stdin --format json`], { cwd: dir, encoding: 'utf8' });
    expect(devStdin.stderr).toBe('');
    expect(devStdin.status).toBe(0);
    expect(JSON.parse(devStdin.stdout).skipped).toEqual([{ path: 'stdin', reason: 'a FIFO, not a regular file; not read (pipe a rule with `-` instead)' }]);
    const substituted = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" --format json <(cat rules/trail.yml)`], { cwd: dir, encoding: 'utf8' });
    expect(substituted.stderr).toBe('');
    expect(substituted.status).toBe(0);
    const [skip] = JSON.parse(substituted.stdout).skipped as { path: string; reason: string }[];
    expect(skip!.path).toMatch(/^\/dev\/fd\/\d+$/);
    expect(skip!.reason).toBe('a FIFO, not a regular file; not read (pipe a rule with `-` instead)');
  });

  it('stops reading an endless input at the size limit', () => {
    const run = spawnSync('sh', ['-c', `yes attack.t1530 | "${process.execPath}" "${CLI}" - --format json`], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).skipped).toEqual([{ path: '<stdin>', reason: 'standard input is over the 5 MiB limit; not read' }]);
  });
});
