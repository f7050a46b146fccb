/**
 * The audit's tracking issue: ONE issue per set of techniques whose body is the latest coverage
 * report, found again on every run by the hidden marker its body starts with. Closed as completed
 * when coverage reaches 100%, reopened when it drops. Needs `issues: write`; errors (403 included)
 * go to the caller, which decides how to fall back.
 */
import type { GitHubClient } from './client.js';
import { is, record } from './shape.js';

/**
 * GitHub refuses longer bodies with 422 "body is too long (maximum is 65536 characters)" (the
 * validation error of POST/PATCH /repos/{owner}/{repo}/issues; e.g. peter-evans/create-issue-from-file#1705).
 */
export const ISSUE_BODY_MAX_CHARS = 65_536;
/** GitHub refuses longer titles with 422 "title is too long (maximum is 256 characters)". */
export const ISSUE_TITLE_MAX_CHARS = 256;
/** "The number of results per page (max 100)" (docs.github.com/rest/issues/issues#list-repository-issues). */
export const ISSUES_PER_PAGE = 100;
/**
 * Issues and pull requests scanned for the marker, most recently updated first. Every run that
 * changes the report edits the issue, which keeps it near the top; 30 pages is cheap weekly.
 */
export const ISSUES_SCANNED_MAX = 3_000;

/**
 * Budget of the Markdown report in an issue: the limit less room for the marker and a footer. A
 * budget in UTF-8 bytes is safe for a limit in characters: no character takes fewer bytes.
 */
export const ISSUE_REPORT_MAX_BYTES = ISSUE_BODY_MAX_CHARS - 1024;
/** How the report names the limit in its note on rows left out. */
export const ISSUE_LIMIT_NAME = "GitHub's 65,536-character limit of an issue body";

const NOTE_TRUNCATED = '\n\n_… the report was cut to fit the 65,536-character limit of an issue body._\n';

function techniqueIds(techniques: readonly string[]): string[] {
  return [...new Set(techniques.map((t) => t.trim().toUpperCase()).filter((t) => t !== ''))].sort();
}

/** Built from technique ids only (sorted, so the input's order does not matter): no repository text. */
export function trackingMarker(techniques: readonly string[]): string {
  return `<!-- lofp-lint:audit-issue:${techniqueIds(techniques).join(',')} -->`;
}

export function trackingTitle(techniques: readonly string[], percentComplete: number): string {
  const ids = techniqueIds(techniques).join(', ');
  const title = `lofp-lint: ${ids} false-positive coverage ${percentComplete}%`;
  return title.length <= ISSUE_TITLE_MAX_CHARS ? title : `${title.slice(0, ISSUE_TITLE_MAX_CHARS - 1)}…`;
}

/**
 * The marker, then the report, at most ISSUE_BODY_MAX_CHARS UTF-16 units (GitHub counts
 * characters; a code point is never more units than characters). The caller renders the report
 * within the budget already; this cut is the safety net.
 */
export function trackingBody(marker: string, report: string): string {
  const body = `${marker}\n${report}`;
  if (body.length <= ISSUE_BODY_MAX_CHARS) return body;
  let cut = body.slice(0, ISSUE_BODY_MAX_CHARS - NOTE_TRUNCATED.length);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${NOTE_TRUNCATED}`;
}

/** The fields of a listed issue the tracking needs. */
export interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: 'open' | 'closed';
  state_reason?: string | null;
  html_url: string;
  /** Present on pull requests, which the issues endpoint lists too. */
  pull_request?: unknown;
}

const isListedIssue = record<ListedIssue>({
  number: is.id,
  title: is.string,
  body: is.nullableString,
  state: is.oneOf('open', 'closed'),
  html_url: is.string,
});

interface WrittenIssue {
  number: number;
  html_url: string;
}

const isWrittenIssue = record<WrittenIssue>({ number: is.id, html_url: is.string });

function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n/g, '\n');
}

function carriesMarker(issue: ListedIssue, marker: string): boolean {
  // Only a body that starts with the marker: an issue quoting the marker in its text is not ours.
  return issue.pull_request === undefined && normalize(issue.body).trimStart().startsWith(marker);
}

/**
 * The repository's issue with `marker`, open or closed: the open one when there are several
 * (most recently updated first), else the most recently updated closed one.
 */
export async function findTrackingIssue(client: GitHubClient, owner: string, repo: string, marker: string): Promise<ListedIssue | null> {
  const issues = await client.paginate<ListedIssue>(
    'GET /repos/{owner}/{repo}/issues',
    { owner, repo, state: 'all', sort: 'updated', direction: 'desc', per_page: ISSUES_PER_PAGE },
    { max: ISSUES_SCANNED_MAX, item: isListedIssue, what: 'issues', done: (page) => page.some((issue) => carriesMarker(issue, marker)) },
  );
  const ours = issues.filter((issue) => carriesMarker(issue, marker));
  return ours.find((issue) => issue.state === 'open') ?? ours[0] ?? null;
}

export interface TrackingIssueRequest {
  owner: string;
  repo: string;
  techniques: readonly string[];
  /** Documentation coverage of the selected rules, in percent (rounded down, so 100 means complete). */
  percentComplete: number;
  /** The audit report in Markdown, rendered within ISSUE_BODY_MAX_CHARS less the marker. */
  report: string;
}

/**
 * - `created`, `updated`, `closed` (coverage reached 100%), `reopened` (it dropped again);
 * - `unchanged`: title, body and state were already current;
 * - `none`: coverage is complete and there is no issue to close.
 */
export type TrackingIssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'reopened' | 'none';

export interface TrackingIssueOutcome {
  action: TrackingIssueAction;
  number: number | null;
  url: string | null;
  /** State after the run; null when there is no issue. */
  state: 'open' | 'closed' | null;
  /** A maintainer closed the issue as not planned: it stays closed, only its text is kept current. */
  keptClosed: boolean;
}

export async function syncTrackingIssue(client: GitHubClient, request: TrackingIssueRequest): Promise<TrackingIssueOutcome> {
  const { owner, repo } = request;
  const marker = trackingMarker(request.techniques);
  const title = trackingTitle(request.techniques, request.percentComplete);
  const body = trackingBody(marker, request.report);
  const complete = request.percentComplete >= 100;
  const existing = await findTrackingIssue(client, owner, repo, marker);

  if (!existing) {
    if (complete) return { action: 'none', number: null, url: null, state: null, keptClosed: false };
    // A create that fails ambiguously is retried only when the issue is not there.
    const created = await client.request<WrittenIssue>(
      'POST /repos/{owner}/{repo}/issues',
      { owner, repo, title, body },
      { valid: isWrittenIssue, what: 'an issue', verify: () => findTrackingIssue(client, owner, repo, marker) },
    );
    return { action: 'created', number: created.number, url: created.html_url, state: 'open', keptClosed: false };
  }

  const issue = { owner, repo, issue_number: existing.number };
  const current = existing.title === title && normalize(existing.body) === body;
  const outcome = (action: TrackingIssueAction, state: 'open' | 'closed', keptClosed = false): TrackingIssueOutcome => ({
    action,
    number: existing.number,
    url: existing.html_url,
    state,
    keptClosed,
  });

  if (existing.state === 'open') {
    if (complete) {
      await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...issue, title, body, state: 'closed', state_reason: 'completed' });
      return outcome('closed', 'closed');
    }
    if (current) return outcome('unchanged', 'open');
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...issue, title, body });
    return outcome('updated', 'open');
  }

  // Closed. Reopen when coverage dropped, unless a maintainer closed it as not planned: that is
  // their decision to stop tracking, and reopening it every week would fight it.
  const notPlanned = existing.state_reason === 'not_planned';
  if (!complete && !notPlanned) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...issue, title, body, state: 'open', state_reason: 'reopened' });
    return outcome('reopened', 'open');
  }
  if (current) return outcome('unchanged', 'closed', notPlanned && !complete);
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...issue, title, body });
  return outcome('updated', 'closed', notPlanned && !complete);
}
