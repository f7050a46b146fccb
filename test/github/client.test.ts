import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  GitHubApiError,
  MAX_ATTEMPTS,
  NoWriteAccessError,
  SECONDARY_RATE_LIMIT_WAIT_MS,
  clientFrom,
  createGitHubClient,
  retryDecision,
  type GitHubResponse,
  type ResponseHeaders,
} from '../../src/github/client.js';

/** What Octokit throws: a RequestError with status and response. */
function httpError(status: number, message = '', headers: ResponseHeaders = {}): Error {
  return Object.assign(new Error(message), { status, response: { headers, data: { message } } });
}

type Step = GitHubResponse | Error;

function scripted(steps: Step[]) {
  const calls: [string, Record<string, unknown>][] = [];
  const waits: number[] = [];
  const logs: string[] = [];
  const client = clientFrom(
    async (route, params) => {
      calls.push([route, params]);
      const step = steps.shift();
      if (!step) throw new Error('no more scripted responses');
      if (step instanceof Error) throw step;
      return step;
    },
    { sleep: async (ms) => void waits.push(ms), log: (m) => logs.push(m), now: () => 1_000_000 },
  );
  return { client, calls, waits, logs };
}

const ok = (data: unknown, headers: ResponseHeaders = {}): GitHubResponse => ({ status: 200, headers, data });

describe('retryDecision', () => {
  const now = 1_000_000;
  it.each([
    ['500: exponential backoff', 500, {}, '', 1, false, BACKOFF_BASE_MS],
    ['502 third attempt', 502, {}, '', 3, false, 4 * BACKOFF_BASE_MS],
    ['503 with Retry-After', 503, { 'retry-after': '2' }, '', 1, false, 2000],
    ['last attempt gives up', 500, {}, '', MAX_ATTEMPTS, false, null],
    ['429 with Retry-After', 429, { 'retry-after': '7' }, '', 1, true, 7000],
    ['403 secondary rate limit with Retry-After', 403, { 'retry-after': '3' }, 'You have exceeded a secondary rate limit', 1, true, 3000],
    ['403 secondary rate limit without headers', 403, {}, 'You have exceeded a secondary rate limit', 1, true, SECONDARY_RATE_LIMIT_WAIT_MS],
    ['403 primary rate limit: wait for reset', 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }, 'API rate limit exceeded', 1, true, 30_000],
    ['reset too far away: give up', 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3600) }, 'API rate limit exceeded', 1, true, null],
    ['403 without rate limit: final', 403, {}, 'Resource not accessible by integration', 1, false, null],
    ['422: final', 422, {}, 'Validation Failed', 1, false, null],
    ['HTTP-date Retry-After', 503, { 'retry-after': new Date(now + 5000).toUTCString() }, '', 1, false, 5000],
  ])('%s', (_name, status, headers, detail, attempt, rateLimited, waitMs) => {
    expect(retryDecision({ status, headers, detail }, attempt, now)).toEqual({ rateLimited, waitMs });
  });
});

describe('clientFrom', () => {
  it('retries a 500 and returns the next answer', async () => {
    const s = scripted([httpError(500, 'boom'), ok({ id: 1 })]);
    expect(await s.client.request('POST /x', { a: 1 })).toEqual({ id: 1 });
    expect(s.calls).toEqual([
      ['POST /x', { a: 1 }],
      ['POST /x', { a: 1 }],
    ]);
    expect(s.waits).toEqual([1000]);
    expect(s.logs).toEqual(['GitHub API: POST /x answered HTTP 500; retrying in 1 s (attempt 2 of 4)']);
  });

  it('stops after MAX_ATTEMPTS server errors', async () => {
    const s = scripted(Array.from({ length: MAX_ATTEMPTS }, () => httpError(503, 'unavailable')));
    await expect(s.client.request('GET /x')).rejects.toThrow(new GitHubApiError(503, 'GET /x', 'unavailable'));
    expect(s.calls.length).toBe(MAX_ATTEMPTS);
    expect(s.waits).toEqual([1000, 2000, 4000]);
  });

  it('honors Retry-After on a rate limit', async () => {
    const s = scripted([httpError(429, 'slow down', { 'retry-after': '2' }), ok('done')]);
    expect(await s.client.request('POST /x')).toBe('done');
    expect(s.waits).toEqual([2000]);
    expect(s.logs).toEqual(['GitHub API: POST /x answered HTTP 429 (rate limited); retrying in 2 s (attempt 2 of 4)']);
  });

  it('signals a refused write as NoWriteAccessError, without retrying', async () => {
    const s = scripted([httpError(403, 'Resource not accessible by integration')]);
    const error = await s.client.request('POST /repos/o/r/pulls/1/reviews').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoWriteAccessError);
    expect((error as Error).message).toBe('POST /repos/o/r/pulls/1/reviews answered HTTP 403: Resource not accessible by integration');
    expect(s.calls.length).toBe(1);
  });

  it('reports a refused read as a plain API error', async () => {
    const s = scripted([httpError(403, 'Must have admin rights')]);
    const error = await s.client.request('GET /x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).not.toBeInstanceOf(NoWriteAccessError);
  });

  it('passes on errors that are not HTTP answers', async () => {
    const s = scripted([new Error('bug')]);
    await expect(s.client.request('GET /x')).rejects.toThrow('bug');
  });

  it('follows Link rel="next" and stops at max', async () => {
    const s = scripted([
      ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next", <https://api.example/x?page=3>; rel="last"' }),
      ok([3, 4], { link: '<https://api.example/x?page=3>; rel="next"' }),
      ok([5]),
    ]);
    expect(await s.client.paginate('GET /x', { per_page: 2 }, 100)).toEqual([1, 2, 3, 4, 5]);
    expect(s.calls.map((c) => c[0])).toEqual(['GET /x', 'GET https://api.example/x?page=2', 'GET https://api.example/x?page=3']);

    const capped = scripted([ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next"' })]);
    expect(await capped.client.paginate('GET /x', {}, 2)).toEqual([1, 2]);
    expect(capped.calls.length).toBe(1);
  });

  it('stops after the page on which `done` is true', async () => {
    const s = scripted([
      ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next"' }),
      ok([3, 4], { link: '<https://api.example/x?page=3>; rel="next"' }),
      ok([5]),
    ]);
    expect(await s.client.paginate<number>('GET /x', {}, 100, (page) => page.includes(3))).toEqual([1, 2, 3, 4]);
    expect(s.calls.length).toBe(2);
  });
});

describe('createGitHubClient against a local server', () => {
  it('reads Octokit errors: retries 503 with Retry-After, then signals 403 on a write', async () => {
    const seen: string[] = [];
    let first = true;
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      if (req.method === 'GET' && first) {
        first = false;
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"message":"try later"}');
      } else if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      } else {
        res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"Resource not accessible by integration"}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const client = createGitHubClient('t0ken', `http://127.0.0.1:${port}`);
      expect(await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })).toEqual({ ok: true });
      const error = await client.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoWriteAccessError);
      expect((error as NoWriteAccessError).detail).toBe('Resource not accessible by integration');
      expect(seen).toEqual(['GET /repos/o/r token t0ken', 'GET /repos/o/r token t0ken', 'POST /repos/o/r/check-runs token t0ken']);
    } finally {
      server.close();
    }
  });
});
