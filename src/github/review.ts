/**
 * One-click fixes on the pull request: for each rule with a fix, one review comment whose
 * ```suggestion block holds the fixed lines, or a file-level comment with the text to add when
 * those lines are outside the diff. Comments carry a hidden marker so re-runs skip what is
 * already there and delete what no longer applies.
 */
import { SEVERITY_RANK, type Finding } from '../finding.js';
import { applyEdits } from '../fix/apply.js';
import type { Fix, TextEdit } from '../fix/edits.js';
import { splitLines } from '../source.js';
import { GitHubApiError, type GitHubClient } from './client.js';
import type { PullRequestDiff } from './diff.js';
import { rangeInDiff } from './filter.js';
import { clipText, escapeText, fencedBlock, inlineCode, messageMarkdown } from './markdown.js';
import { is, record } from './shape.js';

/**
 * Review comments created per run. reviewdog posts at most 30 comments per request to stay clear
 * of GitHub's abuse detection (reviewdog `service/github/github.go`, `maxCommentsPerRequest = 30`).
 */
export const REVIEW_COMMENTS_PER_RUN = 30;
/** Own comments read back to find what earlier runs posted (pulls/{n}/comments, paginated). */
export const EXISTING_COMMENTS_MAX = 3000;
/**
 * GitHub refuses a review comment body over 65,536 characters, and with it the whole review
 * (every other comment in it): each body is built to stay under this.
 */
export const COMMENT_BODY_MAX_CHARS = 65_536;
/** Rule text quoted in a comment (titles, messages, catalog texts) is cut to this many characters. */
export const QUOTED_TEXT_MAX_CHARS = 1000;

const MARKER = /^<!-- lofp-lint:([0-9a-f]+) -->/;

export function markerLine(fingerprint: string): string {
  return `<!-- lofp-lint:${fingerprint} -->`;
}

/** The fingerprint in a comment this tool posted, or null for anyone else's comment. */
export function markerOf(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null;
}

/** The lines a ```suggestion block replaces and what it replaces them with. */
export interface SuggestionBlock {
  startLine: number;
  endLine: number;
  lines: string[];
}

function isInsertion(edit: TextEdit): boolean {
  return edit.endLine < edit.startLine;
}

/**
 * The one line range covering all edits, and its text after the edits. A suggestion can only
 * replace lines, so an insertion comments on the line above and repeats it first (or, at the top
 * of the file, on the line below and repeats it last). Null when the edits do not fit the file.
 */
export function suggestionBlock(edits: readonly TextEdit[], fileLines: readonly string[]): SuggestionBlock | null {
  if (edits.length === 0 || fileLines.length === 0) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const edit of edits) {
    if (edit.startLine < 1 || edit.startLine > fileLines.length + 1) return null;
    if (isInsertion(edit)) {
      const anchor = edit.startLine > 1 ? edit.startLine - 1 : 1;
      start = Math.min(start, anchor);
      end = Math.max(end, anchor);
    } else {
      if (edit.endLine > fileLines.length) return null;
      start = Math.min(start, edit.startLine);
      end = Math.max(end, edit.endLine);
    }
  }
  const region = `${fileLines.slice(start - 1, end).join('\n')}\n`;
  const shifted = edits.map((e) => ({ ...e, startLine: e.startLine - start + 1, endLine: e.endLine - start + 1 }));
  let fixed: string;
  try {
    fixed = applyEdits(region, shifted);
  } catch {
    return null; // overlapping edits: no single suggestion can show them
  }
  return { startLine: start, endLine: end, lines: splitLines(fixed) };
}

/** One comment to post: inline (with `startLine..line`) or on the file. */
export interface PlannedComment {
  fingerprint: string;
  path: string;
  body: string;
  /** Lines the comment targets on the new side; absent for a file-level comment. */
  range?: { startLine: number; line: number };
  /** Rank of the most severe finding it addresses, for ordering under the cap. */
  rank: number;
}

const FENCE_LANGUAGE: Readonly<Record<string, string>> = { '.yml': 'yaml', '.yaml': 'yaml', '.toml': 'toml' };

function fenceLanguage(path: string): string {
  const dot = path.lastIndexOf('.');
  return FENCE_LANGUAGE[dot === -1 ? '' : path.slice(dot).toLowerCase()] ?? '';
}

function quoted(text: string): string {
  return clipText(text, QUOTED_TEXT_MAX_CHARS);
}

function findingLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `- **${f.severity}** ${inlineCode(f.check)}: ${messageMarkdown(quoted(f.message))}`);
}

function catalogLines(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const s of findings.flatMap((f) => f.suggestions)) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    lines.push(`- ${escapeText(quoted(s.insert))} (${inlineCode(quoted(s.id))}, ${s.confidence} confidence: ${escapeText(quoted(s.reason))})`);
  }
  return lines.length ? ['', 'From the LoFP catalog:', ...lines] : [];
}

function describeEdit(edit: TextEdit): string {
  if (isInsertion(edit)) return edit.startLine === 1 ? 'Insert at the top of the file:' : `Insert after line ${edit.startLine - 1}:`;
  return edit.startLine === edit.endLine
    ? `Replace line ${edit.startLine} with:`
    : `Replace lines ${edit.startLine}–${edit.endLine} with:`;
}

function header(fingerprint: string, fix: Fix, findings: readonly Finding[]): string[] {
  return [markerLine(fingerprint), `**lofp-lint** · ${messageMarkdown(quoted(fix.title))}`, '', ...findingLines(findings)];
}

/** The note that replaces fixed lines too long for one comment. */
function tooLongNote(length: number): string {
  return (
    `The fixed lines are too long for a review comment (${length.toLocaleString('en-US')} characters; GitHub accepts ` +
    `${COMMENT_BODY_MAX_CHARS.toLocaleString('en-US')}). Run \`npx lofp-lint --fix\` to write them.`
  );
}

/** A body within COMMENT_BODY_MAX_CHARS: the code part gives way to a note when it is too long. */
function withinLimit(head: string[], code: string[], tail: string[]): string {
  const body = [...head, ...code, ...tail].join('\n');
  if (body.length <= COMMENT_BODY_MAX_CHARS) return body;
  return [...head, tooLongNote(body.length), ...tail].join('\n');
}

export function inlineCommentBody(fingerprint: string, fix: Fix, findings: readonly Finding[], block: SuggestionBlock): string {
  return withinLimit([...header(fingerprint, fix, findings), ''], [fencedBlock(block.lines, 'suggestion')], catalogLines(findings));
}

/** Each edit of a fix as "Insert after line N:" and the lines, for places without suggestions. */
export function fixInstructions(fix: Fix, path: string): string[] {
  const parts: string[] = [];
  for (const edit of [...fix.edits].sort((a, b) => a.startLine - b.startLine)) {
    if (parts.length) parts.push('');
    parts.push(describeEdit(edit), '', fencedBlock(edit.lines, fenceLanguage(path)));
  }
  return parts;
}

export function fileCommentBody(fingerprint: string, fix: Fix, findings: readonly Finding[], path: string): string {
  return withinLimit(
    [
      ...header(fingerprint, fix, findings),
      '',
      'These lines are outside the changes of this pull request, so GitHub cannot offer a one-click suggestion.',
      '',
    ],
    fixInstructions(fix, path),
    catalogLines(findings),
  );
}

/**
 * One comment per fix (several findings of a rule usually share it), most severe first. `sources`
 * maps a path to the file text the findings were computed on.
 */
export function planComments(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  diff: PullRequestDiff,
): PlannedComment[] {
  const groups = new Map<string, { fix: Fix; findings: Finding[] }>();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) continue;
    const key = `${finding.path}\u0000${JSON.stringify(finding.fix.edits)}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { fix: finding.fix, findings: [finding] });
  }
  const planned: PlannedComment[] = [];
  for (const { fix, findings: group } of groups.values()) {
    const first = group[0]!;
    const file = diff.files.get(first.path);
    const text = sources.get(first.path);
    // A comment needs the file in the pull request (GitHub answers 422 otherwise).
    if (!file || file.status === 'removed' || text === undefined) continue;
    const rank = Math.max(...group.map((f) => SEVERITY_RANK[f.severity]));
    const block = suggestionBlock(fix.edits, splitLines(text));
    if (block && rangeInDiff(file, block.startLine, block.endLine)) {
      planned.push({
        fingerprint: first.fingerprint,
        path: first.path,
        body: inlineCommentBody(first.fingerprint, fix, group, block),
        range: { startLine: block.startLine, line: block.endLine },
        rank,
      });
    } else {
      planned.push({ fingerprint: first.fingerprint, path: first.path, body: fileCommentBody(first.fingerprint, fix, group, first.path), rank });
    }
  }
  return planned.sort(
    (a, b) =>
      b.rank - a.rank ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0),
  );
}

/** A pull request review comment as `GET /repos/{o}/{r}/pulls/{n}/comments` returns it. */
export interface ExistingComment {
  id: number;
  body: string;
  path: string;
  /** Null when the comment is outdated (its lines changed since) or on the file. */
  line: number | null;
  subject_type?: 'line' | 'file';
  in_reply_to_id?: number;
}

const isExistingComment = record<ExistingComment>({
  id: is.id,
  body: is.string,
  path: is.string,
  line: is.nullableLine,
  in_reply_to_id: (v) => v === undefined || v === null || is.id(v),
});

const isCreated = record<{ id: number }>({ id: is.id });

export interface Reconciliation {
  /** New comments to post, at most REVIEW_COMMENTS_PER_RUN. */
  post: PlannedComment[];
  /** Planned comments already on the pull request, unchanged. */
  unchanged: number;
  /** Own comments that no longer apply. */
  stale: ExistingComment[];
  /** New comments left for a later run by the per-run cap. */
  deferred: number;
}

function normalized(body: string): string {
  return body.replace(/\r\n/g, '\n').trim();
}

function samePlace(existing: ExistingComment, planned: PlannedComment): boolean {
  if (existing.path !== planned.path) return false;
  return planned.range ? existing.line === planned.range.line : existing.subject_type === 'file';
}

/** What to post, keep and delete, given the comments already on the pull request. */
export function reconcile(planned: readonly PlannedComment[], existing: readonly ExistingComment[]): Reconciliation {
  const own = existing.filter((c) => markerOf(c.body) !== null);
  const repliedTo = new Set(existing.map((c) => c.in_reply_to_id).filter((id): id is number => id !== undefined));
  const matched = new Set<number>();
  const fresh: PlannedComment[] = [];
  for (const plan of planned) {
    const twin = own.find(
      (c) => !matched.has(c.id) && markerOf(c.body) === plan.fingerprint && normalized(c.body) === normalized(plan.body) && samePlace(c, plan),
    );
    if (twin) matched.add(twin.id);
    else fresh.push(plan);
  }
  // A stale comment someone answered stays: deleting it would orphan the conversation.
  const stale = own.filter((c) => !matched.has(c.id) && !repliedTo.has(c.id));
  return {
    post: fresh.slice(0, REVIEW_COMMENTS_PER_RUN),
    unchanged: matched.size,
    stale,
    deferred: Math.max(0, fresh.length - REVIEW_COMMENTS_PER_RUN),
  };
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

export interface ReviewOutcome {
  posted: number;
  unchanged: number;
  deleted: number;
  deferred: number;
  /** Requests GitHub refused with 422 (e.g. a line no longer in the diff), as log lines. */
  rejected: string[];
}

export function reviewBody(count: number): string {
  return (
    `**lofp-lint** suggests false-positive documentation in ${count} place${count === 1 ? '' : 's'}. ` +
    'Apply a suggestion with *Commit suggestion*, or run `npx lofp-lint --fix` locally.'
  );
}

async function tolerating422(rejected: string[], send: () => Promise<unknown>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 422) {
      rejected.push(error.message);
      return false;
    }
    throw error;
  }
}

/**
 * Posts the planned comments: inline ones as one review, file-level ones one by one (the review
 * endpoint cannot create them), and deletes own comments that no longer apply.
 * Throws NoWriteAccessError when the token may not write; 422 answers are collected, not thrown.
 */
function listComments(client: GitHubClient, pull: PullRequestRef): Promise<ExistingComment[]> {
  return client.paginate<ExistingComment>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    { owner: pull.owner, repo: pull.repo, pull_number: pull.number, per_page: 100 },
    { max: EXISTING_COMMENTS_MAX, item: isExistingComment, what: 'review comments' },
  );
}

/** Whether a planned comment is on the pull request, e.g. posted by a request that then failed. */
function isPosted(comments: readonly ExistingComment[], planned: PlannedComment): ExistingComment | undefined {
  return comments.find((c) => normalized(c.body) === normalized(planned.body) && samePlace(c, planned));
}

/**
 * Posts the planned comments: inline ones as one review, file-level ones one by one (the review
 * endpoint cannot create them), and deletes own comments that no longer apply. A post that fails
 * ambiguously (a 502 after GitHub stored it) is retried only when its comments are not there.
 * Throws NoWriteAccessError when the token may not write; 422 answers are collected, not thrown.
 */
export async function publishReview(
  client: GitHubClient,
  pull: PullRequestRef,
  planned: readonly PlannedComment[],
): Promise<ReviewOutcome> {
  const existing = await listComments(client, pull);
  const plan = reconcile(planned, existing);
  const rejected: string[] = [];
  let posted = 0;
  let deleted = 0;

  const inline = plan.post.filter((c) => c.range);
  if (inline.length > 0) {
    const ok = await tolerating422(rejected, () =>
      client.request(
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        {
          owner: pull.owner,
          repo: pull.repo,
          pull_number: pull.number,
          commit_id: pull.headSha,
          event: 'COMMENT',
          body: reviewBody(inline.length),
          comments: inline.map((c) => ({
            path: c.path,
            body: c.body,
            line: c.range!.line,
            side: 'RIGHT',
            ...(c.range!.startLine < c.range!.line ? { start_line: c.range!.startLine, start_side: 'RIGHT' } : {}),
          })),
        },
        {
          valid: isCreated,
          what: 'a review',
          // A review is stored whole or not at all: its first comment tells.
          verify: async () => isPosted(await listComments(client, pull), inline[0]!) ?? null,
        },
      ),
    );
    if (ok) posted += inline.length;
  }
  for (const comment of plan.post.filter((c) => !c.range)) {
    const ok = await tolerating422(rejected, () =>
      client.request(
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
        {
          owner: pull.owner,
          repo: pull.repo,
          pull_number: pull.number,
          commit_id: pull.headSha,
          path: comment.path,
          body: comment.body,
          subject_type: 'file',
        },
        {
          valid: isCreated,
          what: 'a review comment',
          verify: async () => isPosted(await listComments(client, pull), comment) ?? null,
        },
      ),
    );
    if (ok) posted++;
  }
  for (const comment of plan.stale) {
    try {
      await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
        owner: pull.owner,
        repo: pull.repo,
        comment_id: comment.id,
      });
      deleted++;
    } catch (error) {
      // Someone deleted it in the meantime: the goal is reached.
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
  }
  return { posted, unchanged: plan.unchanged, deleted, deferred: plan.deferred, rejected };
}
