/**
 * A local HTTP server on 127.0.0.1 that plays the part of the GitHub REST API the Action uses:
 * pull request files (paginated), review comments (list, review, file comment, delete) and check
 * runs. It records every request and can be told to fail some of them.
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

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  comments: StoredComment[] = [];
  failures: Failure[] = [];
  private nextId = 1000;
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
