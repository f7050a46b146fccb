/**
 * A local HTTP server on 127.0.0.1 that plays the part of the GitHub REST API the Action uses:
 * pull request files (paginated, at most 3,000 as GitHub lists), blobs, review comments (list,
 * review, file comment, delete), check runs (create with external_id, append, list by commit),
 * and issues (list with state/sort/pagination as GitHub does, create, update). It records every
 * request and enforces the limits it imitates: GitHub's REST description (every request is
 * validated against it and refused with 422 otherwise), the API version header, body lengths (65,536
 * characters), 50 annotations per check-run request, and 80 content-creating writes a minute
 * (answered with GitHub's secondary-rate-limit 403). It can be told to misbehave: fail some
 * requests, answer them after doing the work, answer with anything, or never answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { requestProblem } from './github-rest-validator.js';

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  body: unknown;
  authorization: string | undefined;
  apiVersion: string | undefined;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface StoredComment {
  id: number;
  path: string;
  body: string;
  line: number | null;
  start_line: number | null;
  subject_type: 'line' | 'file';
  in_reply_to_id?: number;
}

export interface PullFile {
  filename: string;
  status: string;
  changes: number;
  patch?: string;
  sha?: string;
  previous_filename?: string;
}

export interface StoredCheckRun {
  id: number;
  head_sha: string;
  external_id: string | null;
  conclusion: string;
  output: { title: string; summary: string };
  annotations: unknown[];
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  /** Order of the last change: higher is more recent (GitHub's `updated_at`). */
  updated: number;
  /** Set on pull requests, which GitHub lists among the issues. */
  pull_request?: { url: string };
}

/** An answer the server gives instead of the normal one, `times` times, to matching requests. */
export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  /** JSON-encoded unless `raw`. */
  body: unknown;
  /** Sent as is (with `content-type` from headers, default text/html): HTML, broken JSON. */
  raw?: string;
  headers?: Record<string, string>;
  times: number;
  /** Does the work first, then answers with this failure (a 502 after the write was stored). */
  afterProcessing?: boolean;
  /** Accepts the request and never answers. */
  hang?: boolean;
}

export const PAGE_SIZE = 100;
/** "The response includes a maximum of 3000 files" (docs.github.com/rest/pulls/pulls#list-pull-requests-files). */
export const FILES_LISTED_MAX = 3000;
/** Bodies of comments, reviews and issues: "maximum is 65536 characters". */
export const BODY_MAX_CHARS = 65_536;
/** Check-run output summary and text. */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Content-creating requests per minute before GitHub's secondary rate limit answers 403. */
export const WRITES_PER_MINUTE = 80;
export const API_VERSION = '2022-11-28';
/** GitHub's `per_page` default for list endpoints. */
export const DEFAULT_PER_PAGE = 30;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  comments: StoredComment[] = [];
  issues: StoredIssue[] = [];
  checkRuns: StoredCheckRun[] = [];
  /** Blob texts by sha (`git/blobs/{sha}`). */
  blobs = new Map<string, string>();
  failures: Failure[] = [];
  /** Requests GitHub's REST description does not allow, with why: a test expects none. */
  readonly violations: string[] = [];
  private nextId = 1000;
  private clock = 0;
  private server: Server | null = null;

  constructor(
    readonly repository: string,
    readonly pull: number,
    public files: PullFile[],
  ) {}

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => this.handle(req, res, raw));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    // Requests told to hang are still open: end them, or close() would wait for them.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forgets what a test did: requests, failures, comments, issues, check runs. */
  reset(): void {
    this.requests.length = 0;
    this.failures = [];
    this.comments = [];
    this.issues = [];
    this.checkRuns = [];
    this.violations.length = 0;
  }

  /** Adds an issue (or a pull request) as if it had been created before the run. */
  addIssue(issue: Omit<StoredIssue, 'updated' | 'number'> & { number?: number }): StoredIssue {
    const stored: StoredIssue = { ...issue, number: issue.number ?? this.nextIssueNumber(), updated: ++this.clock };
    this.issues.push(stored);
    return stored;
  }

  private nextIssueNumber(): number {
    return this.issues.reduce((n, i) => Math.max(n, i.number), 0) + 1;
  }

  private issueJson(issue: StoredIssue): Record<string, unknown> {
    const { updated: _updated, ...rest } = issue;
    return { ...rest, html_url: `https://github.com/${this.repository}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}` };
  }

  /** GET /repos/{o}/{r}/issues: `state` open by default, `sort` created or updated, newest first. */
  private listIssues(res: ServerResponse, pathname: string, params: URLSearchParams): void {
    const state = params.get('state') ?? 'open';
    const sort = params.get('sort') ?? 'created';
    const ascending = params.get('direction') === 'asc';
    const perPage = Math.min(100, Number(params.get('per_page') ?? DEFAULT_PER_PAGE));
    const page = Number(params.get('page') ?? '1');
    const key = (i: StoredIssue) => (sort === 'updated' ? i.updated : i.number);
    const listed = this.issues
      .filter((i) => state === 'all' || i.state === state)
      .sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)));
    const slice = listed.slice((page - 1) * perPage, page * perPage).map((i) => this.issueJson(i));
    const next = new URLSearchParams(params);
    next.set('page', String(page + 1));
    const more = page * perPage < listed.length;
    this.send(res, 200, slice, more ? { link: `<${this.url}${pathname}?${next}>; rel="next"` } : {});
  }

  private checkRunJson(run: StoredCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      head_sha: run.head_sha,
      external_id: run.external_id,
      conclusion: run.conclusion,
      html_url: `https://github.com/${this.repository}/runs/${run.id}`,
      output: { ...run.output, annotations_count: run.annotations.length },
    };
  }

  /** Requests other than the reads, in order, as `METHOD path`. */
  writes(): string[] {
    return this.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private sendRaw(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(text);
  }

  /** GitHub's answer to too many content-creating requests. */
  private overWriteLimit(method: string, at: number): boolean {
    if (method === 'GET') return false;
    const recent = this.requests.filter((r) => r.method !== 'GET' && r.at > at - 60_000 && r.at <= at);
    return recent.length > WRITES_PER_MINUTE;
  }

  /** The 422 GitHub gives for a body over its limit, or null. */
  private tooLong(method: string, pathname: string, body: unknown): string | null {
    if (method === 'GET' || typeof body !== 'object' || body === null) return null;
    const b = body as { body?: unknown; comments?: { body?: unknown }[]; output?: { summary?: string; text?: string; annotations?: unknown[] } };
    const bodies = [b.body, ...(b.comments ?? []).map((c) => c.body)].filter((x): x is string => typeof x === 'string');
    if (bodies.some((x) => x.length > BODY_MAX_CHARS)) return `body is too long (maximum is ${BODY_MAX_CHARS} characters)`;
    if (/check-runs/.test(pathname) && b.output) {
      if ((b.output.summary ?? '').length > CHECK_OUTPUT_MAX_CHARS) return 'output.summary is too long';
      if ((b.output.annotations ?? []).length > CHECK_ANNOTATIONS_PER_REQUEST) return 'Only 50 annotations are allowed per request';
    }
    return null;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const at = Date.now();
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.send(res, 400, { message: 'Problems parsing JSON' });
      return;
    }
    const apiVersion = req.headers['x-github-api-version'];
    this.requests.push({ method, url, body, authorization: req.headers.authorization, apiVersion: typeof apiVersion === 'string' ? apiVersion : undefined, at });
    const { pathname, searchParams } = new URL(url, 'http://127.0.0.1');

    const problem = requestProblem(method, pathname, searchParams, body);
    if (problem) {
      this.violations.push(problem);
      this.send(res, 422, { message: 'Invalid request.', errors: [problem] });
      return;
    }
    if (apiVersion !== API_VERSION) {
      this.send(res, 400, { message: `Unsupported or missing X-GitHub-Api-Version: ${String(apiVersion)}` });
      return;
    }
    if (this.overWriteLimit(method, at)) {
      this.send(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '60' });
      return;
    }
    const tooLong = this.tooLong(method, pathname, body);
    if (tooLong) {
      this.send(res, 422, { message: 'Validation Failed', errors: [tooLong] });
      return;
    }

    const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(pathname));
    if (failure) {
      failure.times--;
      if (failure.hang) return;
      if (failure.afterProcessing) {
        // Do the work, throw the answer away, then fail.
        const sink = { writeHead: () => sink, end: () => {} } as unknown as ServerResponse;
        this.route(sink, method, pathname, searchParams, body);
      }
      if (failure.raw !== undefined) this.sendRaw(res, failure.status, failure.raw, failure.headers ?? {});
      else this.send(res, failure.status, failure.body, failure.headers);
      return;
    }
    this.route(res, method, pathname, searchParams, body);
  }

  private route(res: ServerResponse, method: string, pathname: string, searchParams: URLSearchParams, body: unknown): void {
    const pullBase = `/repos/${this.repository}/pulls/${this.pull}`;
    if (method === 'GET' && pathname === `${pullBase}/files`) {
      const page = Number(searchParams.get('page') ?? '1');
      const listed = this.files.slice(0, FILES_LISTED_MAX);
      const slice = listed.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const more = page * PAGE_SIZE < listed.length;
      const next = `${this.url}${pullBase}/files?per_page=${PAGE_SIZE}&page=${page + 1}`;
      this.send(res, 200, slice, more ? { link: `<${next}>; rel="next"` } : {});
      return;
    }
    if (method === 'GET' && pathname === `${pullBase}/comments`) {
      this.send(res, 200, this.comments);
      return;
    }
    if (method === 'POST' && pathname === `${pullBase}/reviews`) {
      const review = body as { comments?: { path: string; body: string; line: number; start_line?: number }[] };
      for (const c of review.comments ?? []) {
        this.comments.push({ id: this.nextId++, path: c.path, body: c.body, line: c.line, start_line: c.start_line ?? null, subject_type: 'line' });
      }
      this.send(res, 200, { id: this.nextId++, state: 'COMMENTED' });
      return;
    }
    if (method === 'POST' && pathname === `${pullBase}/comments`) {
      const c = body as { path: string; body: string };
      const stored: StoredComment = { id: this.nextId++, path: c.path, body: c.body, line: null, start_line: null, subject_type: 'file' };
      this.comments.push(stored);
      this.send(res, 201, stored);
      return;
    }
    const deleted = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(pathname);
    if (method === 'DELETE' && deleted) {
      const before = this.comments.length;
      this.comments = this.comments.filter((c) => c.id !== Number(deleted[1]));
      this.send(res, before === this.comments.length ? 404 : 204, undefined);
      return;
    }
    const blob = new RegExp(`^/repos/${this.repository}/git/blobs/([0-9a-f]+)$`).exec(pathname);
    if (method === 'GET' && blob) {
      const text = this.blobs.get(blob[1]!);
      if (text === undefined) this.send(res, 404, { message: 'Not Found' });
      else this.send(res, 200, { sha: blob[1], size: Buffer.byteLength(text), encoding: 'base64', content: Buffer.from(text).toString('base64') });
      return;
    }
    const checkRunsBase = `/repos/${this.repository}/check-runs`;
    if (method === 'POST' && pathname === checkRunsBase) {
      const c = body as { head_sha: string; external_id?: string; conclusion: string; output: { title: string; summary: string; annotations?: unknown[] } };
      const run: StoredCheckRun = {
        id: this.nextId++,
        head_sha: c.head_sha,
        external_id: c.external_id ?? null,
        conclusion: c.conclusion,
        output: { title: c.output.title, summary: c.output.summary },
        annotations: [...(c.output.annotations ?? [])],
      };
      this.checkRuns.push(run);
      this.send(res, 201, this.checkRunJson(run));
      return;
    }
    const checkRun = new RegExp(`^${checkRunsBase}/(\\d+)$`).exec(pathname);
    const storedRun = checkRun ? this.checkRuns.find((r) => r.id === Number(checkRun[1])) : undefined;
    if (checkRun && !storedRun) {
      this.send(res, 404, { message: 'Not Found' });
      return;
    }
    if (method === 'PATCH' && storedRun) {
      const c = body as { output?: { annotations?: unknown[] } };
      storedRun.annotations.push(...(c.output?.annotations ?? []));
      this.send(res, 200, this.checkRunJson(storedRun));
      return;
    }
    if (method === 'GET' && storedRun) {
      this.send(res, 200, this.checkRunJson(storedRun));
      return;
    }
    const byCommit = new RegExp(`^/repos/${this.repository}/commits/([^/]+)/check-runs$`).exec(pathname);
    if (method === 'GET' && byCommit) {
      const runs = this.checkRuns.filter((r) => r.head_sha === byCommit[1] && (!searchParams.get('check_name') || searchParams.get('check_name') === 'lofp-lint'));
      this.send(res, 200, { total_count: runs.length, check_runs: runs.map((r) => this.checkRunJson(r)) });
      return;
    }
    const issuesBase = `/repos/${this.repository}/issues`;
    if (method === 'GET' && pathname === issuesBase) {
      this.listIssues(res, pathname, searchParams);
      return;
    }
    if (method === 'POST' && pathname === issuesBase) {
      const c = body as { title: string; body?: string };
      const stored = this.addIssue({ title: c.title, body: c.body ?? null, state: 'open', state_reason: null });
      this.send(res, 201, this.issueJson(stored));
      return;
    }
    const issueNumber = new RegExp(`^${issuesBase}/(\\d+)$`).exec(pathname);
    const existing = issueNumber ? this.issues.find((i) => i.number === Number(issueNumber[1]) && !i.pull_request) : undefined;
    if (method === 'PATCH' && issueNumber) {
      if (!existing) {
        this.send(res, 404, { message: 'Not Found' });
        return;
      }
      const u = body as { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: string };
      if (u.title !== undefined) existing.title = u.title;
      if (u.body !== undefined) existing.body = u.body;
      if (u.state !== undefined && u.state !== existing.state) {
        existing.state = u.state;
        existing.state_reason = u.state_reason ?? (u.state === 'closed' ? 'completed' : 'reopened');
      }
      existing.updated = ++this.clock;
      this.send(res, 200, this.issueJson(existing));
      return;
    }
    this.send(res, 404, { message: 'Not Found' });
  }
}

/** The `patch` GitHub sends for a new file. */
export function addedFilePatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/**
 * The `patch` of a file whose lines `changed` (1-based, new side, contiguous) were modified:
 * one hunk with three lines of context each side, the old lines shown as `-old`.
 */
export function modifiedFilePatch(text: string, changed: { from: number; to: number }, oldLines: string[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const start = Math.max(1, changed.from - 3);
  const end = Math.min(lines.length, changed.to + 3);
  const body: string[] = [];
  for (let n = start; n <= end; n++) {
    if (n === changed.from) body.push(...oldLines.map((l) => `-${l}`));
    body.push(`${n >= changed.from && n <= changed.to ? '+' : ' '}${lines[n - 1]}`);
  }
  const newCount = end - start + 1;
  const oldCount = newCount - (changed.to - changed.from + 1) + oldLines.length;
  return [`@@ -${start},${oldCount} +${start},${newCount} @@`, ...body].join('\n');
}
