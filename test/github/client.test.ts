import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  DeadlineError,
  GitHubApiError,
  UnusableAnswerError,
  type SendRequest,
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
    { sleep: async (ms) => void waits.push(ms), log: (m) => logs.push(m), now: () => 1_000_000, baseUrl: 'https://api.example' },
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
    expect(await s.client.request('GET /x', { a: 1 })).toEqual({ id: 1 });
    expect(s.calls).toEqual([
      ['GET /x', { a: 1 }],
      ['GET /x', { a: 1 }],
    ]);
    expect(s.waits).toEqual([1000]);
    expect(s.logs).toEqual(['GitHub API: GET /x answered HTTP 500; retrying in 1 s (attempt 2 of 4)']);
  });

  it('never retries a POST after a 5xx without a way to check its effect', async () => {
    const s = scripted([httpError(502, 'Bad Gateway'), ok({ id: 1 })]);
    await expect(s.client.request('POST /x')).rejects.toThrow(
      new GitHubApiError(502, 'POST /x', 'Bad Gateway (not retried: the write may have taken effect)'),
    );
    expect(s.calls.length).toBe(1);
  });

  it('retries a POST after a 5xx only when its effect is not there', async () => {
    const effects: (string | null)[] = [null, 'found'];
    const s = scripted([httpError(502), httpError(500), ok('unused')]);
    const verify = async () => effects.shift() ?? null;
    expect(await s.client.request('POST /x', {}, { verify })).toBe('found');
    expect(s.calls.length).toBe(2);
    expect(s.logs).toEqual([
      'GitHub API: POST /x answered HTTP 502; retrying in 1 s (attempt 2 of 4)',
      'GitHub API: POST /x answered HTTP 500; retrying in 2 s (attempt 3 of 4)',
      'GitHub API: POST /x had taken effect despite the failure; not sent again',
    ]);
  });

  it('rejects an answer of the wrong shape with what came instead', async () => {
    const isList = (v: unknown): v is unknown[] => Array.isArray(v);
    const cases: [unknown, string][] = [
      ['<!DOCTYPE html><html>', 'an HTML page'],
      ['{"files": [', 'text that is not JSON'],
      [{}, 'an empty object {}'],
      [null, 'null'],
    ];
    for (const [data, described] of cases) {
      const s = scripted([ok(data)]);
      const error = await s.client.request('GET /x', {}, { valid: isList, what: 'a list' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnusableAnswerError);
      expect((error as Error).message).toBe(`GET /x answered HTTP 200 with an unusable answer: expected a list, got ${described}`);
    }
    const s = scripted([ok([{ id: 1 }, null])]);
    const isItem = (v: unknown): v is { id: number } => typeof v === 'object' && v !== null;
    await expect(s.client.paginate('GET /x', {}, { max: 10, item: isItem, what: 'things' })).rejects.toThrow(
      'GET /x answered HTTP 200 with an unusable answer: expected a list of things, got a list whose item 2 is null',
    );
  });

  it('paces writes: a burst, then one per interval', async () => {
    let clock = 0;
    const waits: number[] = [];
    const client = clientFrom(async () => ok({}), {
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      writeBurst: 2,
      writeIntervalMs: 1000,
    });
    for (let i = 0; i < 4; i++) await client.request('PATCH /x');
    await client.request('GET /x');
    expect(waits).toEqual([1000, 1000]);
  });

  it('abandons a request that gets no answer within the timeout, and stops at the deadline', async () => {
    const hang: SendRequest = (_route, _params, signal) =>
      new Promise((_resolve, reject) => signal!.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { status: 500 }))));
    const logs: string[] = [];
    const patient = clientFrom(hang, { requestTimeoutMs: 20, deadlineMs: 60_000, sleep: async () => {}, log: (m) => logs.push(m) });
    await expect(patient.request('GET /x')).rejects.toThrow(new GitHubApiError(0, 'GET /x', 'no answer within the api-timeout of 0 s'));
    expect(logs).toEqual([1, 2, 4].map((s, i) => `GitHub API: GET /x no answer within the api-timeout of 0 s; retrying in ${s} s (attempt ${i + 2} of 4)`));

    const hurried = clientFrom(hang, { requestTimeoutMs: 10_000, deadlineMs: 100 });
    const error = await hurried.request('GET /x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).message).toBe('GET /x: no answer in 0.1 s: the api-deadline of 0.1 s for all GitHub API requests has passed');
    await expect(hurried.request('GET /y')).rejects.toThrow('GET /y: not sent: the api-deadline of 0.1 s for all GitHub API requests has passed');
  });

  it('follows Link rel="next" and stops at max', async () => {
    const s = scripted([
      ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next", <https://api.example/x?page=3>; rel="last"' }),
      ok([3, 4], { link: '<https://api.example/x?page=3>; rel="next"' }),
      ok([5]),
    ]);
    expect(await s.client.paginate('GET /x', { per_page: 2 }, { max: 100 })).toEqual([1, 2, 3, 4, 5]);
    expect(s.calls.map((c) => c[0])).toEqual(['GET /x', 'GET https://api.example/x?page=2', 'GET https://api.example/x?page=3']);

    const capped = scripted([ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next"' })]);
    expect(await capped.client.paginate('GET /x', {}, { max: 2 })).toEqual([1, 2]);
    expect(capped.calls.length).toBe(1);
  });

  it('stops at an empty page and after the pages `max` items can fill, whatever the Link says', async () => {
    const next = { link: '<https://api.example/x?page=9>; rel="next"' };
    const empty = scripted([ok([1], next), ok([], next), ok([2], next)]);
    expect(await empty.client.paginate('GET /x', { per_page: 1 }, { max: 100 })).toEqual([1]);
    expect(empty.calls.length).toBe(2);
    const endless = scripted(Array.from({ length: 10 }, () => ok([1, 2], next)));
    expect(await endless.client.paginate('GET /x', { per_page: 100 }, { max: 150 })).toEqual([1, 2, 1, 2, 1, 2]);
    expect(endless.calls.length).toBe(3);
  });

  it('never follows a next-page link to another origin', async () => {
    const s = scripted([ok([1], { link: '<https://collector.example/x?page=2>; rel="next"' })]);
    await expect(s.client.paginate('GET /x', {}, { max: 100 })).rejects.toThrow(
      'GET /x answered HTTP 200 with an unusable answer: its next-page link points to https://collector.example, not to the API at https://api.example; not followed (the token would go with it)',
    );
    expect(s.calls.length).toBe(1);
  });

  it('stops after the page on which `done` is true', async () => {
    const s = scripted([
      ok([1, 2], { link: '<https://api.example/x?page=2>; rel="next"' }),
      ok([3, 4], { link: '<https://api.example/x?page=3>; rel="next"' }),
      ok([5]),
    ]);
    expect(await s.client.paginate<number>('GET /x', {}, { max: 100, done: (page) => page.includes(3) })).toEqual([1, 2, 3, 4]);
    expect(s.calls.length).toBe(2);
  });
});

describe('createGitHubClient against a local server', () => {
  it('reads Octokit errors: retries 503 with Retry-After, then signals 403 on a write', async () => {
    const seen: string[] = [];
    let first = true;
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization} ${req.headers['x-github-api-version']}`);
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
      const client = await createGitHubClient('t0ken', `http://127.0.0.1:${port}`);
      expect(await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })).toEqual({ ok: true });
      const error = await client.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoWriteAccessError);
      expect((error as NoWriteAccessError).detail).toBe('Resource not accessible by integration');
      expect(seen).toEqual([
        'GET /repos/o/r token t0ken 2022-11-28',
        'GET /repos/o/r token t0ken 2022-11-28',
        'POST /repos/o/r/check-runs token t0ken 2022-11-28',
      ]);
    } finally {
      server.close();
    }
  });
});
