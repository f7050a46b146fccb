/**
 * Where a pull request's rules are linted: the workspace when it holds the head commit, else a
 * temporary folder holding the head version of each changed rule file (from git or the REST API,
 * see github/head-files.ts), plus, for filter-mode nofilter, a copy of the rest of the workspace.
 * Config and catalogs always come from the workspace: on `pull_request_target` that is the base
 * branch, so a pull request cannot change the rules it is checked by.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config.js';
import { ConfigError } from '../errors.js';
import { RULE_EXTENSIONS } from '../formats/index.js';
import type { GitHubClient } from '../github/client.js';
import type { PullRequestDiff } from '../github/diff.js';
import {
  checkedOutCommit,
  hasCommit,
  isSafeRelativePath,
  readHeadFromApi,
  readHeadFromGit,
  type HeadFiles,
} from '../github/head-files.js';

export interface LintTree {
  /** Folder to lint: the workspace, or the temporary head tree. */
  root: string;
  /** The head files read, when the workspace is not the head; null otherwise. */
  head: HeadFiles | null;
  /** What the workspace holds instead of the head, for the log; null when it is the head. */
  checkedOut: string | null;
  /** Removes the temporary tree. */
  dispose: () => void;
}

export interface TreeRequest {
  workspace: string;
  /** GITHUB_SHA: what the checkout holds when the workspace is no git clone. */
  runSha: string;
  headSha: string;
  diff: PullRequestDiff;
  /** The `paths` input, relative to the workspace. */
  paths: readonly string[];
  /** filter-mode nofilter lints unchanged files too: the tree then holds the whole workspace. */
  wholeTree: boolean;
  client: GitHubClient | null;
  repo: { owner: string; repo: string };
}

function sameCommit(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Changed rule files (not removed) under the `paths` input; config files are no rules. */
function changedRuleFiles(request: TreeRequest): string[] {
  const scopes = request.paths.map((p) => path.relative(request.workspace, path.resolve(request.workspace, p)).split(path.sep).join('/'));
  const inScope = (file: string) => scopes.some((s) => s === '' || file === s || file.startsWith(`${s}/`));
  return [...request.diff.files.values()]
    .filter(
      (f) =>
        f.status !== 'removed' &&
        RULE_EXTENSIONS.has(path.posix.extname(f.path).toLowerCase()) &&
        !(CONFIG_FILE_NAMES as readonly string[]).includes(path.posix.basename(f.path)) &&
        inScope(f.path),
    )
    .map((f) => f.path)
    .sort();
}

/**
 * Writes `bytes` at `rel` under `root`, never through a symbolic link (a copied workspace may
 * hold links, and the path comes from the pull request).
 */
function writeInside(root: string, rel: string, bytes: Buffer): boolean {
  if (!isSafeRelativePath(rel)) return false;
  const segments = rel.split('/');
  let dir = root;
  for (const segment of segments.slice(0, -1)) {
    dir = path.join(dir, segment);
    const stat = lstatSync(dir, { throwIfNoEntry: false });
    if (!stat) mkdirSync(dir);
    else if (!stat.isDirectory()) return false;
  }
  const file = path.join(root, ...segments);
  rmSync(file, { force: true });
  writeFileSync(file, bytes, { flag: 'wx' });
  return true;
}

export async function lintTree(request: TreeRequest): Promise<LintTree> {
  const { workspace, headSha } = request;
  const checkedOut = await checkedOutCommit(workspace);
  // Outside a git clone, GITHUB_SHA says what was checked out (empty on a local run: the files as they are).
  const current = checkedOut ?? request.runSha;
  if (current === '' || sameCommit(current, headSha)) return { root: workspace, head: null, checkedOut: null, dispose: () => {} };

  const files = changedRuleFiles(request);
  let head: HeadFiles;
  if (checkedOut && (await hasCommit(workspace, headSha))) head = await readHeadFromGit(workspace, headSha, files);
  else if (request.client) head = await readHeadFromApi(request.client, request.repo, request.diff, files);
  else {
    throw new ConfigError(
      `the workspace holds ${current.slice(0, 7)}, not the pull request's head ${headSha.slice(0, 7)}, and there is no github-token to read the head's files`,
    );
  }

  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lofp-head-')));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    if (request.wholeTree) {
      cpSync(workspace, root, { recursive: true, filter: (src) => path.basename(src) !== '.git' });
      for (const f of request.diff.files.values()) {
        if (f.status === 'removed' && isSafeRelativePath(f.path)) rmSync(path.join(root, ...f.path.split('/')), { force: true });
      }
    }
    for (const [file, bytes] of head.texts) {
      if (!writeInside(root, file, bytes)) head.skipped.push({ path: file, reason: 'its path cannot be written safely; not read' });
    }
  } catch (error) {
    dispose();
    throw error;
  }
  return { root, head, checkedOut: current, dispose };
}
