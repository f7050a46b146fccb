/**
 * The one way lofp-lint talks to the GitHub REST API: Octokit (proxy support, base URL of GitHub
 * Enterprise Server) wrapped in what a real API needs from a client that must always end:
 * - bounded retries for server errors, timeouts and rate limits, within a per-request timeout and
 *   an overall deadline;
 * - writes that create something (a POST, an appending PATCH) retried only after checking that
 *   the first attempt did not take effect (a 502 may come after GitHub did the work);
 * - content-creating writes paced (GitHub's secondary rate limits);
 * - answers checked against the shape the caller relies on, pagination bounded and kept on the
 *   API's own origin (the token goes with every request);
 * - a distinct error for a token that may not write (fork pull requests, missing permissions).
 */
import { describeValue, type Guard } from './shape.js';

/**
 * The REST API version the routes and shapes here were written against, sent as
 * `X-GitHub-Api-Version` so a new default version cannot change the answers under the Action
 * (docs.github.com/rest/about-the-rest-api/api-versions).
 */
export const GITHUB_API_VERSION = '2022-11-28';

/** Attempts per request, the first included. Bounded so a GitHub outage cannot hang a job. */
export const MAX_ATTEMPTS = 4;
/** Backoff after a 5xx or a timeout without Retry-After: 1 s, 2 s, 4 s. */
export const BACKOFF_BASE_MS = 1000;
/**
 * "If you exceed a secondary rate limit and there is no retry-after header, wait at least one
 * minute before retrying" (docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
 */
export const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
/** Longest single wait honored (Retry-After, x-ratelimit-reset); beyond it the request fails. */
export const MAX_WAIT_MS = 60_000;
/** Default of the input `api-timeout`: one request that gets no answer in this time is abandoned. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Default of the input `api-deadline`: all GitHub API work of a run ends within this time. */
export const DEFAULT_DEADLINE_MS = 600_000;
/**
 * Content-creating writes (POST, PATCH, PUT, DELETE): GitHub asks for no more than 80 per minute
 * and, for many of them, "at least one second between each request" (same page). A run sends
 * this many at once, then one per WRITE_INTERVAL_MS: never more than 70 in a minute.
 */
export const WRITE_BURST = 10;
export const WRITE_INTERVAL_MS = 1000;
/** `per_page` GitHub uses when none is asked for. */
const DEFAULT_PER_PAGE = 30;

export type ResponseHeaders = Record<string, string | number | undefined>;

export interface GitHubResponse<T = unknown> {
  status: number;
  headers: ResponseHeaders;
  data: T;
}

/** Sends one request: Octokit's `request` in production, a fake in tests. */
export type SendRequest = (route: string, params: Record<string, unknown>, signal?: AbortSignal) => Promise<GitHubResponse>;

/** The API answered with an error status (after retries, when retryable), or not at all (status 0). */
export class GitHubApiError extends Error {
  override readonly name: string = 'GitHubApiError';
  constructor(
    readonly status: number,
    readonly route: string,
    /** GitHub's own `message`, or what went wrong, for the log. */
    readonly detail: string,
  ) {
    super(status === 0 ? `${route}: ${detail}` : `${route} answered HTTP ${status}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * A write was refused with 403 and no rate limit was involved: the token lacks the permission
 * (`pull-requests: write`, `checks: write`, `issues: write`) or is the read-only token of a fork
 * pull request.
 */
export class NoWriteAccessError extends GitHubApiError {
  override readonly name = 'NoWriteAccessError';
}

/** A successful status with a body the caller cannot use (HTML, invalid JSON, the wrong shape). */
export class UnusableAnswerError extends GitHubApiError {
  override readonly name = 'UnusableAnswerError';
  constructor(status: number, route: string, detail: string) {
    super(status, route, detail);
    this.message = `${route} answered HTTP ${status} with an unusable answer: ${detail}`;
  }
}

/** The overall deadline (input `api-deadline`) passed: no more requests are sent. */
export class DeadlineError extends GitHubApiError {
  override readonly name = 'DeadlineError';
}

export interface RequestOptions<T> {
  /** The shape the answer must have; anything else is an UnusableAnswerError. */
  valid?: Guard<T>;
  /** What the answer should be, for the message ("a check run"). */
  what?: string;
  /**
   * For a write that is not idempotent: after an ambiguous failure (5xx, no answer), looks for the
   * effect of the first attempt and returns it, or null when there is none and a retry is safe.
   * Without it, such a write is never retried.
   */
  verify?: () => Promise<T | null>;
}

export interface PageOptions<T> {
  /** Most items wanted; pagination stops there. */
  max: number;
  /** The shape of each item. */
  item?: Guard<T>;
  /** What the list holds, for the message ("pull request files"). */
  what?: string;
  /** Stops after a page for which this is true (a search that found what it looked for). */
  done?: (page: readonly T[]) => boolean;
}

export interface GitHubClient {
  /** One request; returns the response body. */
  request<T = unknown>(route: string, params?: Record<string, unknown>, options?: RequestOptions<T>): Promise<T>;
  /**
   * Every page of a list endpoint, following `Link: rel="next"` on the API's origin only, until an
   * empty page, `max` items, or as many pages as `max` items can fill.
   */
  paginate<T>(route: string, params: Record<string, unknown>, options: PageOptions<T>): Promise<T[]>;
}

export interface ClientOptions {
  /** GITHUB_API_URL: pagination links elsewhere are not followed. */
  baseUrl?: string;
  /** Called for each retry, with a one-line message. */
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Per request (input `api-timeout`). */
  requestTimeoutMs?: number;
  /** For all requests together, from the client's creation (input `api-deadline`). */
  deadlineMs?: number;
  writeBurst?: number;
  writeIntervalMs?: number;
}

interface FailedResponse {
  status: number;
  headers: ResponseHeaders;
  detail: string;
}

/** Octokit's RequestError, and fetch failures (which Octokit reports as status 500). */
function asFailedResponse(error: unknown): FailedResponse | null {
  if (typeof error !== 'object' || error === null || typeof (error as { status?: unknown }).status !== 'number') return null;
  const { status, response, message } = error as {
    status: number;
    response?: { headers?: ResponseHeaders; data?: unknown };
    message?: string;
  };
  const data = response?.data;
  const detail =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : (message ?? '');
  return { status, headers: response?.headers ?? {}, detail };
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return value === undefined ? undefined : String(value);
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface RetryDecision {
  rateLimited: boolean;
  /** Milliseconds to wait before the next attempt, or null when the failure is final. */
  waitMs: number | null;
}

/** Whether and when to retry a failed request (`attempt` is 1-based); status 0 is no answer. */
export function retryDecision(failure: FailedResponse, attempt: number, now: number): RetryDecision {
  const retryAfter = retryAfterMs(header(failure.headers, 'retry-after'), now);
  const remaining = header(failure.headers, 'x-ratelimit-remaining');
  const reset = header(failure.headers, 'x-ratelimit-reset');
  const rateLimited =
    failure.status === 429 ||
    (failure.status === 403 && (retryAfter !== undefined || remaining === '0' || /rate limit/i.test(failure.detail)));
  let waitMs: number | null = null;
  if (rateLimited) {
    if (retryAfter !== undefined) waitMs = retryAfter;
    else if (remaining === '0' && reset !== undefined) waitMs = Math.max(0, Number(reset) * 1000 - now);
    else waitMs = SECONDARY_RATE_LIMIT_WAIT_MS;
  } else if (failure.status >= 500 || failure.status === 0) {
    waitMs = retryAfter ?? BACKOFF_BASE_MS * 2 ** (attempt - 1);
  }
  if (waitMs !== null && (attempt >= MAX_ATTEMPTS || waitMs > MAX_WAIT_MS || Number.isNaN(waitMs))) waitMs = null;
  return { rateLimited, waitMs };
}

function nextPageUrl(headers: ResponseHeaders): string | null {
  const link = header(headers, 'link');
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1]!;
  }
  return null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** A client around any `send`, with the policies above. */
export function clientFrom(send: SendRequest, options: ClientOptions = {}): GitHubClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const apiOrigin = originOf(options.baseUrl ?? 'https://api.github.com');
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = now() + deadlineMs;
  const burst = options.writeBurst ?? WRITE_BURST;
  const interval = options.writeIntervalMs ?? WRITE_INTERVAL_MS;
  let writeTokens = burst;
  let refilledAt = now();

  function deadlineError(route: string, what: string): DeadlineError {
    return new DeadlineError(0, route, `${what}: the api-deadline of ${seconds(deadlineMs)} for all GitHub API requests has passed`);
  }

  /** Waits for a write slot: WRITE_BURST at once, then one per interval. */
  async function pace(route: string): Promise<void> {
    const elapsed = now() - refilledAt;
    const earned = Math.floor(elapsed / interval);
    if (earned > 0) {
      writeTokens = Math.min(burst, writeTokens + earned);
      refilledAt += earned * interval;
    }
    // A full bucket earns nothing more: quiet time before a burst is no credit for after it.
    if (writeTokens >= burst) refilledAt = now();
    if (writeTokens < 1) {
      const wait = interval - (now() - refilledAt);
      if (now() + wait > deadlineAt) throw deadlineError(route, 'not sent');
      await sleep(wait);
      refilledAt = now();
    } else {
      writeTokens--;
    }
  }

  /** One attempt, abandoned after the request timeout or at the deadline. */
  async function sendOnce(route: string, params: Record<string, unknown>): Promise<GitHubResponse> {
    const left = deadlineAt - now();
    if (left <= 0) throw deadlineError(route, 'not sent');
    const timeout = Math.min(requestTimeoutMs, left);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      return await send(route, params, controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      if (timeout < requestTimeoutMs) throw deadlineError(route, `no answer in ${seconds(timeout)}`);
      throw Object.assign(new Error(`no answer within the api-timeout of ${seconds(requestTimeoutMs)}`), { status: 0 });
    } finally {
      clearTimeout(timer);
    }
  }

  async function sendWithRetries<T>(route: string, params: Record<string, unknown>, options: RequestOptions<T>): Promise<GitHubResponse> {
    const isWrite = !route.startsWith('GET ');
    // A POST creates something each time it is processed; so does a PATCH that appends.
    const creates = route.startsWith('POST ') || options.verify !== undefined;
    for (let attempt = 1; ; attempt++) {
      if (isWrite) await pace(route);
      try {
        return await sendOnce(route, params);
      } catch (error) {
        if (error instanceof GitHubApiError) throw error;
        const failure = asFailedResponse(error);
        if (!failure) throw error;
        const decision = retryDecision(failure, attempt, now());
        const what = failure.status === 0 ? failure.detail : `answered HTTP ${failure.status}`;
        if (decision.waitMs !== null && now() + decision.waitMs >= deadlineAt) {
          throw deadlineError(route, `${what}, and no time is left to retry`);
        }
        // A write GitHub may have processed before failing: retried only when it provably was not.
        const ambiguous = creates && !decision.rateLimited;
        if (decision.waitMs !== null && ambiguous && !options.verify) {
          throw new GitHubApiError(failure.status, route, `${failure.detail || what} (not retried: the write may have taken effect)`);
        }
        if (decision.waitMs !== null) {
          log(
            `GitHub API: ${route} ${what}${decision.rateLimited ? ' (rate limited)' : ''}; ` +
              `retrying in ${Math.ceil(decision.waitMs / 1000)} s (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
          );
          await sleep(decision.waitMs);
          if (ambiguous && options.verify) {
            const effect = await options.verify();
            if (effect !== null) {
              log(`GitHub API: ${route} had taken effect despite the failure; not sent again`);
              return { status: 200, headers: {}, data: effect };
            }
          }
          continue;
        }
        if (failure.status === 403 && isWrite && !decision.rateLimited) {
          throw new NoWriteAccessError(failure.status, route, failure.detail);
        }
        throw new GitHubApiError(failure.status, route, failure.detail);
      }
    }
  }

  function checked<T>(route: string, response: GitHubResponse, valid: Guard<T> | undefined, what: string | undefined): T {
    if (valid && !valid(response.data)) {
      throw new UnusableAnswerError(response.status, route, `expected ${what ?? 'a JSON answer'}, got ${describeValue(response.data)}`);
    }
    return response.data as T;
  }

  return {
    async request<T>(route: string, params: Record<string, unknown> = {}, options: RequestOptions<T> = {}): Promise<T> {
      return checked(route, await sendWithRetries(route, params, options), options.valid, options.what);
    },
    async paginate<T>(route: string, params: Record<string, unknown>, options: PageOptions<T>): Promise<T[]> {
      const { max, item, done } = options;
      const what = options.what ?? 'items';
      const perPage = typeof params.per_page === 'number' ? params.per_page : DEFAULT_PER_PAGE;
      // Enough pages for `max` items, and one more: a server that keeps saying "next" cannot loop.
      const maxPages = Math.ceil(max / perPage) + 1;
      const isPage = (value: unknown): value is T[] => Array.isArray(value) && (!item || value.every((v) => item(v)));
      const items: T[] = [];
      const method = route.slice(0, route.indexOf(' '));
      let currentRoute = route;
      let response = await sendWithRetries(route, params, {});
      for (let pages = 1; ; pages++) {
        const page = checked(currentRoute, response, isPage, `a list of ${what}`);
        items.push(...page);
        const next = nextPageUrl(response.headers);
        if (!next || page.length === 0 || items.length >= max || pages >= maxPages || done?.(page)) break;
        if (originOf(next) !== apiOrigin) {
          throw new UnusableAnswerError(
            response.status,
            currentRoute,
            `its next-page link points to ${originOf(next) ?? 'an invalid URL'}, not to the API at ${apiOrigin}; not followed (the token would go with it)`,
          );
        }
        // Octokit accepts a full URL as the route; the next-page URL already carries the query.
        currentRoute = `${method} ${next}`;
        response = await sendWithRetries(currentRoute, {}, {});
      }
      return items.slice(0, max);
    },
  };
}

/**
 * The production client: Octokit from @actions/github (which honors the runner's proxy settings),
 * sending to `baseUrl` (the runner's GITHUB_API_URL: api.github.com or a GHES instance) with the
 * REST API version the routes were written for. @actions/github is loaded here, not at startup:
 * it parses GITHUB_EVENT_PATH when loaded and would crash with a stack on a broken event file,
 * which the Action checks first and reports in one line.
 */
export async function createGitHubClient(token: string, baseUrl: string, options: ClientOptions = {}): Promise<GitHubClient> {
  const { getOctokit } = await import(/* webpackMode: "eager" */ '@actions/github');
  const octokit = getOctokit(token, { baseUrl });
  const send: SendRequest = async (route, params, signal) => {
    const response = await octokit.request(route, {
      ...params,
      headers: { 'x-github-api-version': GITHUB_API_VERSION },
      ...(signal ? { request: { signal } } : {}),
    });
    return { status: response.status, headers: response.headers as ResponseHeaders, data: response.data };
  };
  return clientFrom(send, { baseUrl, ...options });
}
