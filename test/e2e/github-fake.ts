/**
 * A local HTTP server on 127.0.0.1 that plays the part of the GitHub REST API the Action uses:
 * pull request files (paginated), review comments (list, review, file comment, delete), check
 * runs, and issues (list with state/sort/pagination as GitHub does, create, update). It records
 * every request and can be told to fail some of them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  body: unknown;
  authorization: string | undefined;
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
  body: unknown;
  headers?: Record<string, string>;
  times: number;
}

export const PAGE_SIZE = 100;
/** GitHub's `per_page` default for list endpoints. */
export const DEFAULT_PER_PAGE = 30;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  comments: StoredComment[] = [];
  issues: StoredIssue[] = [];
  failures: Failure[] = [];
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
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
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

  /** Requests other than the reads, in order, as `METHOD path`. */
  writes(): string[] {
    return this.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    this.requests.push({ method, url, body, authorization: req.headers.authorization });
    const { pathname, searchParams } = new URL(url, 'http://127.0.0.1');

    const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(pathname));
    if (failure) {
      failure.times--;
      this.send(res, failure.status, failure.body, failure.headers);
      return;
    }

    const pullBase = `/repos/${this.repository}/pulls/${this.pull}`;
    if (method === 'GET' && pathname === `${pullBase}/files`) {
      const page = Number(searchParams.get('page') ?? '1');
      const slice = this.files.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const more = page * PAGE_SIZE < this.files.length;
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
    if (method === 'POST' && pathname === `/repos/${this.repository}/check-runs`) {
      this.send(res, 201, { id: 501, html_url: `https://github.com/${this.repository}/runs/501` });
      return;
    }
    if (method === 'PATCH' && pathname === `/repos/${this.repository}/check-runs/501`) {
      this.send(res, 200, { id: 501 });
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
