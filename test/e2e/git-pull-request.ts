/**
 * Real git repositories for a pull request the way GitHub and actions/checkout shape them: a
 * base branch that moved on after the pull request branched off, the head, and the merge commit
 * GitHub builds (refs/pull/N/merge, parents: base tip and head). Clones are made like
 * actions/checkout makes them: `fetch-depth: 1` is a shallow clone of one commit. The pull
 * request's file list (patches, blob shas) and blobs come from git, for the fake GitHub.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PullFile } from './github-fake.js';

/** File texts by repository-relative path; null removes the file. */
export type Tree = Record<string, string | null>;

export interface GitPullRequest {
  origin: string;
  /** Tip of the base branch when the run happens (the event's base.sha). */
  baseSha: string;
  headSha: string;
  mergeSha: string;
  /** `pulls/{n}/files` as GitHub lists it: base...head. */
  files: PullFile[];
  /** Blob texts by sha, for `git/blobs/{sha}`. */
  blobs: Map<string, string>;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: '/nonexistent',
};

export function git(cwd: string, ...args: string[]): string {
  return gitRaw(cwd, ...args).trim();
}

/** The output as is (a blob's text keeps its final newline). */
function gitRaw(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function write(dir: string, tree: Tree): void {
  for (const [file, text] of Object.entries(tree)) {
    const target = path.join(dir, file);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}

function commit(dir: string, tree: Tree, message: string): string {
  write(dir, tree);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

const STATUS: Readonly<Record<string, string>> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' };

/** The pull request's files as GitHub's REST API lists them, from `git diff base...head`. */
function listFiles(dir: string, base: string, head: string): { files: PullFile[]; blobs: Map<string, string> } {
  const files: PullFile[] = [];
  const blobs = new Map<string, string>();
  for (const line of git(dir, 'diff', '--name-status', '--find-renames', `${base}...${head}`).split('\n').filter(Boolean)) {
    const [code, ...names] = line.split('\t');
    const filename = names.at(-1)!;
    const diff = git(dir, 'diff', '--find-renames', `${base}...${head}`, '--', ...names);
    const patch = diff.slice(diff.indexOf('@@'));
    const changes = patch.split('\n').filter((l) => /^[+-]/.test(l)).length;
    const status = STATUS[code![0]!]!;
    const file: PullFile = { filename, status, changes, patch };
    if (status === 'renamed') file.previous_filename = names[0]!;
    if (status !== 'removed') {
      file.sha = git(dir, 'rev-parse', `${head}:${filename}`);
      blobs.set(file.sha, gitRaw(dir, 'cat-file', 'blob', file.sha));
    }
    files.push(file);
  }
  return { files, blobs };
}

/**
 * Commits `base` on main, branches `feature` with `head` on top, moves main on with `baseMovesOn`,
 * then builds the merge commit on branch `pull/merge`.
 */
export function makePullRequest(dir: string, spec: { base: Tree; head: Tree; baseMovesOn: Tree }): GitPullRequest {
  const origin = path.join(dir, 'origin');
  mkdirSync(origin, { recursive: true });
  git(origin, 'init', '-q');
  commit(origin, spec.base, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  const headSha = commit(origin, spec.head, 'the pull request');
  git(origin, 'checkout', '-q', 'main');
  const baseSha = commit(origin, spec.baseMovesOn, 'main moves on');
  git(origin, 'checkout', '-q', '-b', 'pull/merge');
  git(origin, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  const mergeSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
  return { origin, baseSha, headSha, mergeSha, ...listFiles(origin, baseSha, headSha) };
}

/** A clone of `branch` as actions/checkout makes it: `depth` 1 is its default fetch-depth. */
export function clone(origin: string, branch: string, into: string, depth: 1 | 'full'): string {
  const args = ['clone', '-q', '--branch', branch, ...(depth === 1 ? ['--depth', '1'] : []), `file://${origin}`, into];
  git(path.dirname(into), ...args);
  return into;
}
