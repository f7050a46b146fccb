/**
 * What a pull request changed: its files and, per file, the new-side lines that were added and
 * the lines shown as context in the diff hunks. Read from `git diff` when the checkout holds both
 * commits (no API call, no file limit), else from the REST API's `patch` hunks.
 */
import { execFile } from 'node:child_process';
import type { GitHubClient } from './client.js';
import { is, record } from './shape.js';

/**
 * `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` lists at most 3,000 files
 * (docs.github.com/rest/pulls/pulls#list-pull-requests-files).
 */
export const PULL_REQUEST_FILES_MAX = 3000;
/** Largest page the REST API serves (docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
export const REST_PAGE_SIZE_MAX = 100;

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FileDiff {
  /** Repository-relative POSIX path on the new side. */
  path: string;
  previousPath?: string;
  status: FileStatus;
  /** New-side line numbers added or modified by the pull request. */
  added: Set<number>;
  /** New-side line numbers shown unchanged around the changes (hunk context). */
  context: Set<number>;
  /**
   * False when GitHub sent no patch (binary file, or a diff too large to show): the changed
   * lines are unknown, so line-based filters treat every line of the file as changed.
   */
  linesKnown: boolean;
  /** The file's blob at the head, when the REST API named it: its text can be fetched by it. */
  blobSha?: string;
}

export interface PullRequestDiff {
  files: Map<string, FileDiff>;
  /** Where the diff came from, for the log. */
  source: 'git' | 'rest';
  /** True when the listing holds fewer files than the pull request changes (the REST API lists 3,000). */
  truncated: boolean;
  /** How many files the pull request changes, as its event states. */
  changedFiles?: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

interface HunkLines {
  added: Set<number>;
  context: Set<number>;
}

/**
 * Reads the hunks of one file's unified diff, starting at `start`. Stops at the first line that is
 * neither a hunk header nor inside a hunk (the next file of a `git diff`); returns that index.
 */
function readHunks(lines: readonly string[], start: number, into: HunkLines): number {
  let i = start;
  while (i < lines.length) {
    const header = HUNK_HEADER.exec(lines[i]!);
    if (!header) break;
    let newLine = Number(header[1]);
    let remaining = header[2] === undefined ? 1 : Number(header[2]);
    const oldCount = /^@@ -\d+(?:,(\d+))?/.exec(lines[i]!);
    let oldRemaining = oldCount?.[1] === undefined ? 1 : Number(oldCount[1]);
    i++;
    // Counting both sides tells where the hunk ends even when a removed or added line's content
    // itself starts with `---`, `+++` or `@@`.
    while (i < lines.length && (remaining > 0 || oldRemaining > 0)) {
      const line = lines[i]!;
      const marker = line[0];
      if (marker === '+') {
        into.added.add(newLine++);
        remaining--;
      } else if (marker === '-') {
        oldRemaining--;
      } else if (marker === ' ' || line === '') {
        // An empty line is a context line whose leading space was stripped by an editor or API.
        into.context.add(newLine++);
        remaining--;
        oldRemaining--;
      } else if (marker !== '\\') {
        break; // `\ No newline at end of file` belongs to the hunk; anything else ends it.
      }
      i++;
    }
    while (i < lines.length && lines[i]!.startsWith('\\')) i++;
  }
  return i;
}

/** The added and context lines of one file's `patch` as the REST API returns it (hunks only). */
export function parsePatch(patch: string): HunkLines {
  const into: HunkLines = { added: new Set(), context: new Set() };
  const lines = patch.split(/\r?\n/);
  let i = 0;
  while (i < lines.length) {
    const next = readHunks(lines, i, into);
    i = next === i ? i + 1 : next;
  }
  return into;
}

/** Undoes git's C-style quoting of unusual paths (`"a\tb.yml"`, octal escapes for UTF-8 bytes). */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const simple: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      const code = simple[body[i + 1] ?? ''];
      bytes.push(code ?? 92);
      if (code !== undefined) i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function diffPath(raw: string, prefix: string): string | null {
  // git appends a tab after names containing spaces (for GNU patch).
  const name = unquoteGitPath(raw.replace(/\t$/, ''));
  if (name === '/dev/null') return null;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** The files of a `git diff` (unified format, `a/` and `b/` prefixes). */
export function parseUnifiedDiff(text: string): FileDiff[] {
  const files: FileDiff[] = [];
  const lines = text.split(/\r?\n/);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.startsWith('diff --git ')) {
      i++;
      continue;
    }
    let oldPath: string | null = null;
    let newPath: string | null = null;
    let status: FileStatus = 'modified';
    let renameFrom: string | undefined;
    let renameTo: string | undefined;
    i++;
    // Extended header lines up to the first hunk or the next file.
    for (; i < lines.length && !lines[i]!.startsWith('diff --git ') && !lines[i]!.startsWith('@@'); i++) {
      const line = lines[i]!;
      if (line.startsWith('--- ')) oldPath = diffPath(line.slice(4), 'a/');
      else if (line.startsWith('+++ ')) newPath = diffPath(line.slice(4), 'b/');
      else if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'removed';
      else if (line.startsWith('rename from ')) renameFrom = unquoteGitPath(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) renameTo = unquoteGitPath(line.slice('rename to '.length));
      else if (line.startsWith('copy to ')) {
        renameTo = unquoteGitPath(line.slice('copy to '.length));
        status = 'copied';
      }
    }
    const hunks: HunkLines = { added: new Set(), context: new Set() };
    i = readHunks(lines, i, hunks);
    if (renameTo !== undefined && status === 'modified') status = 'renamed';
    const path = newPath ?? renameTo ?? (status === 'removed' ? oldPath : null);
    if (path === null) continue;
    const previous = renameFrom ?? (oldPath !== null && oldPath !== path ? oldPath : undefined);
    files.push({
      path,
      ...(previous !== undefined ? { previousPath: previous } : {}),
      status,
      added: hunks.added,
      context: hunks.context,
      linesKnown: true,
    });
  }
  return files;
}

function runGit(cwd: string, args: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
      resolve(error ? null : stdout);
    });
  });
}

/**
 * The pull request's diff from the local clone, or null when git or either commit is missing
 * (a shallow checkout, the default of actions/checkout). Three dots: changes on the head side
 * since the merge base, the same diff GitHub shows.
 */
export async function readGitDiff(cwd: string, baseSha: string, headSha: string): Promise<PullRequestDiff | null> {
  for (const sha of [baseSha, headSha]) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return null;
    if ((await runGit(cwd, ['cat-file', '-e', `${sha}^{commit}`])) === null) return null;
  }
  const text = await runGit(cwd, [
    '-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=3',
    `${baseSha}...${headSha}`,
  ]);
  if (text === null) return null;
  return { files: new Map(parseUnifiedDiff(text).map((f) => [f.path, f])), source: 'git', truncated: false };
}

export interface PullRequestFile {
  filename: string;
  status: FileStatus;
  patch?: string;
  previous_filename?: string;
  /** Added plus deleted lines. */
  changes: number;
  /** The blob of the file at the pull request's head (absent for a removed file). */
  sha?: string | null;
}

const FILE_STATUSES: FileStatus[] = ['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'];

const isPullRequestFile = record<PullRequestFile>({
  filename: is.string,
  status: is.oneOf(...FILE_STATUSES),
  changes: is.count,
  patch: is.optionalString,
  previous_filename: is.optionalString,
  sha: is.nullableString,
});

/**
 * The pull request's files from `pulls/{n}/files`, all pages (3,000 files at most). `changedFiles`
 * is the count the event states (`pull_request.changed_files`): a listing that ends short of it
 * (or of the API's 3,000) is reported as truncated, not taken for the whole pull request.
 */
export async function fetchPullRequestDiff(
  client: GitHubClient,
  pull: { owner: string; repo: string; number: number; changedFiles?: number | null },
): Promise<PullRequestDiff> {
  const expected = pull.changedFiles ?? null;
  const listed = await client.paginate<PullRequestFile>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { owner: pull.owner, repo: pull.repo, pull_number: pull.number, per_page: REST_PAGE_SIZE_MAX },
    { max: Math.min(expected ?? PULL_REQUEST_FILES_MAX, PULL_REQUEST_FILES_MAX), item: isPullRequestFile, what: 'pull request files' },
  );
  const files = new Map<string, FileDiff>();
  for (const file of listed) {
    const lines = file.patch === undefined ? null : parsePatch(file.patch);
    files.set(file.filename, {
      path: file.filename,
      ...(file.previous_filename !== undefined ? { previousPath: file.previous_filename } : {}),
      status: file.status,
      added: lines?.added ?? new Set(),
      context: lines?.context ?? new Set(),
      // Without a patch, a file with no changed lines (a pure rename) still has known lines: none.
      linesKnown: lines !== null || file.changes === 0,
      ...(typeof file.sha === 'string' ? { blobSha: file.sha } : {}),
    });
  }
  const truncated = listed.length >= PULL_REQUEST_FILES_MAX || (expected !== null && files.size < expected);
  return { files, source: 'rest', truncated, ...(expected !== null ? { changedFiles: expected } : {}) };
}

/** Root-relative paths of the files the pull request adds or changes (removed ones excluded). */
export function changedPaths(diff: PullRequestDiff): Set<string> {
  const paths = new Set<string>();
  for (const file of diff.files.values()) if (file.status !== 'removed') paths.add(file.path);
  return paths;
}
