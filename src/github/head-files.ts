/**
 * The pull request's head version of its changed rule files. Annotations, review comments
 * (`commit_id` = head sha) and the diff all count lines of the head; the workspace often holds
 * something else: the merge commit on `pull_request` (whose lines move when the base branch moved
 * on) or the base branch on `pull_request_target`. The texts come from git when the head commit is
 * in the clone, else from the REST API by blob sha (the default `fetch-depth: 1` has no history).
 * Nothing from the pull request is ever executed: the texts are only parsed.
 */
import { execFile } from 'node:child_process';
import { GitHubApiError, type GitHubClient } from './client.js';
import type { PullRequestDiff } from './diff.js';
import { is, record } from './shape.js';

/** The files linted instead of the workspace's, by repository-relative path, as bytes. */
export interface HeadFiles {
  source: 'git' | 'rest';
  texts: Map<string, Buffer>;
  /** Files that could not be read, with why (reported like skipped files). */
  skipped: { path: string; reason: string }[];
}

/** Blobs over this size are not fetched: the linter skips files over 5 MiB anyway. */
export const HEAD_FILE_MAX_BYTES = 5 * 1024 * 1024;

function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer | null> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 2 * HEAD_FILE_MAX_BYTES, encoding: 'buffer' }, (error, stdout) => resolve(error ? null : stdout));
  });
}

async function git(cwd: string, args: readonly string[]): Promise<string | null> {
  return (await gitBytes(cwd, args))?.toString('utf8') ?? null;
}

/** The commit checked out in `cwd`, or null outside a git clone. */
export async function checkedOutCommit(cwd: string): Promise<string | null> {
  const out = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  return out === null ? null : out.trim() || null;
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return /^[0-9a-f]{7,64}$/i.test(sha) && (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== null;
}

/**
 * A path the API named that is safe to write under a folder: relative, no `..`, no empty or
 * dot segments, no backslash or NUL. A pull request cannot make the Action write elsewhere.
 */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || /[\\\0]/.test(p)) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

interface Blob {
  content: string;
  encoding: string;
  size: number;
}

const isBlob = record<Blob>({ content: is.string, encoding: is.oneOf('base64', 'utf-8'), size: is.count });

/** The head texts of `paths` (changed, not removed) from the local clone, which has the head commit. */
export async function readHeadFromGit(cwd: string, headSha: string, paths: readonly string[]): Promise<HeadFiles> {
  const texts = new Map<string, Buffer>();
  const skipped: HeadFiles['skipped'] = [];
  for (const p of paths) {
    const size = await git(cwd, ['cat-file', '-s', `${headSha}:${p}`]);
    if (size === null) {
      skipped.push({ path: p, reason: `not in the head commit ${headSha.slice(0, 7)}` });
      continue;
    }
    if (Number(size) > HEAD_FILE_MAX_BYTES) {
      skipped.push({ path: p, reason: `file is over the 5 MiB limit at the head; not read` });
      continue;
    }
    const text = await gitBytes(cwd, ['cat-file', 'blob', `${headSha}:${p}`]);
    if (text === null) skipped.push({ path: p, reason: 'cannot read it from git' });
    else texts.set(p, text);
  }
  return { source: 'git', texts, skipped };
}

/**
 * The head texts of `paths` from the REST API, by the blob sha the pull request's file list gave
 * (`GET /repos/{owner}/{repo}/git/blobs/{file_sha}`; the blobs of a fork's head are readable in the
 * base repository). API errors other than a missing blob go to the caller: a run that cannot
 * read the head must not report on something else.
 */
export async function readHeadFromApi(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  diff: PullRequestDiff,
  paths: readonly string[],
): Promise<HeadFiles> {
  const texts = new Map<string, Buffer>();
  const skipped: HeadFiles['skipped'] = [];
  for (const p of paths) {
    const sha = diff.files.get(p)?.blobSha;
    if (!sha || !/^[0-9a-f]{40,64}$/i.test(sha)) {
      skipped.push({ path: p, reason: 'the pull request file list named no blob for it; not read' });
      continue;
    }
    let blob: Blob;
    try {
      blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: sha }, { valid: isBlob, what: 'a blob' });
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) {
        skipped.push({ path: p, reason: `blob ${sha.slice(0, 7)} not found; not read` });
        continue;
      }
      throw error;
    }
    if (blob.size > HEAD_FILE_MAX_BYTES) {
      skipped.push({ path: p, reason: 'file is over the 5 MiB limit at the head; not read' });
      continue;
    }
    texts.set(p, blob.encoding === 'base64' ? Buffer.from(blob.content, 'base64') : Buffer.from(blob.content, 'utf8'));
  }
  return { source: 'rest', texts, skipped };
}
