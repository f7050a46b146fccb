/**
 * The pre-commit hook (.pre-commit-hooks.yaml) run by the real `pre-commit` tool: a hook
 * repository holding what the npm package ships (the fresh CLI bundle) plus the hook file, and a
 * rules repository that uses it. .ci/run installs pre-commit (pip); without it this test fails
 * with how to install it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let scratch: string;
let rules: string;

const GIT_ENV = { GIT_AUTHOR_NAME: 'lofp', GIT_AUTHOR_EMAIL: 'lofp@example.com', GIT_COMMITTER_NAME: 'lofp', GIT_COMMITTER_EMAIL: 'lofp@example.com' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
}

/** `pre-commit` on the PATH, else the Python module pip installs. */
function preCommitCommand(): string[] {
  for (const command of [['pre-commit'], ['python3', '-m', 'pre_commit']]) {
    if (spawnSync(command[0]!, [...command.slice(1), '--version'], { encoding: 'utf8' }).status === 0) return command;
  }
  throw new Error('pre-commit is not installed: python3 -m pip install pre-commit (.ci/run does it)');
}

function preCommit(args: string[]) {
  const [command, ...prefix] = preCommitCommand();
  const env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: path.join(scratch, 'cache'), NO_COLOR: '1' };
  const run = spawnSync(command!, [...prefix, ...args, '--color', 'never'], { cwd: rules, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-pre-commit-'));
  const hook = path.join(scratch, 'hook');
  mkdirSync(hook);
  // What `npm pack` ships (package.json "files"), the lock file and the hook definition.
  for (const f of ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'README.md', 'LICENSE', 'docs', 'dist/cli', 'catalog/README.md', 'catalog/config.schema.json']) {
    cpSync(path.join(ROOT, f), path.join(hook, f), { recursive: true });
  }
  git(hook, 'init', '-q');
  git(hook, 'add', '-A');
  git(hook, 'commit', '-qm', 'hook');
  const rev = git(hook, 'rev-parse', 'HEAD');

  rules = path.join(scratch, 'rules-repo');
  cpSync(path.join(ROOT, 'examples'), path.join(rules, 'rules'), { recursive: true });
  writeFileSync(path.join(rules, 'notes.md'), 'T1530 rules live in rules/.\n');
  writeFileSync(path.join(rules, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: lofp-lint\n`);
  git(rules, 'init', '-q');
  git(rules, 'add', '-A');
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pre-commit hook', () => {
  it('fails on the examples with the stylish report and its closing count', () => {
    const run = preCommit(['run', '--all-files']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('- hook id: lofp-lint\n- exit code: 1\n');
    expect(run.stdout).toContain(
      'rules/sigma/gcp_pubsub_topic_created.yml\n  17:1  error    `falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies  placeholder-false-positives\n',
    );
    expect(run.stdout).toContain('✖ 10 problems (4 errors, 6 warnings, 0 notes) in 7 rules tagged T1530 in 8 files\n');
  }, 180_000);

  it('passes only rule files: a clean rule passes, Markdown and Python are not passed at all', () => {
    const clean = preCommit(['run', '--files', 'rules/sigma/aws_cloudtrail_trail_created.yml']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^lofp-lint \(false positives of T1530 rules vs the LoFP catalog\)\.+Passed$/m);
    const other = preCommit(['run', '--files', 'notes.md', 'rules/panther/aws_sns_subscription_created.py', '.pre-commit-config.yaml']);
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/\(no files to check\)Skipped$/m);
  }, 180_000);
});
