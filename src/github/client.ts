/**
 * The one way lofp-lint talks to the GitHub REST API: Octokit (proxy support, base URL of GitHub
 * Enterprise Server) wrapped in bounded retries for server errors and rate limits, and a distinct
 * error for a token that may not write (fork pull requests get a read-only GITHUB_TOKEN).
 */
import { getOctokit } from '@actions/github';

/** Attempts per request, the first included. Bounded so a GitHub outage cannot hang a job. */
export const MAX_ATTEMPTS = 4;
/** Backoff after a 5xx without Retry-After: 1 s, 2 s, 4 s. */
export const BACKOFF_BASE_MS = 1000;
/**
 * "If you exceed a secondary rate limit and there is no retry-after header, wait at least one
 * minute before retrying" (docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
 */
export const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
/** Longest single wait honored (Retry-After, x-ratelimit-reset); beyond it the request fails. */
export const MAX_WAIT_MS = 60_000;

export type ResponseHeaders = Record<string, string | number | undefined>;

export interface GitHubResponse<T = unknown> {
  status: number;
  headers: ResponseHeaders;
  data: T;
}

/** Sends one request: Octokit's `request` in production, a fake in tests. */
export type SendRequest = (route: string, params: Record<string, unknown>) => Promise<GitHubResponse>;

/** The API answered with an error status (after retries, when retryable). */
export class GitHubApiError extends Error {
  override readonly name: string = 'GitHubApiError';
  constructor(
    readonly status: number,
    readonly route: string,
    /** GitHub's own `message`, for the log. */
    readonly detail: string,
  ) {
    super(`${route} answered HTTP ${status}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * A write was refused with 403 and no rate limit was involved: the token lacks the permission
 * (`pull-requests: write`, `checks: write`) or is the read-only token of a fork pull request.
 */
export class NoWriteAccessError extends GitHubApiError {
  override readonly name = 'NoWriteAccessError';
}

export interface GitHubClient {
  /** One request; returns the response body. */
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<T>;
  /**
   * Every page of a list endpoint (following `Link: rel="next"`), at most `max` items; stops
   * early after a page for which `done` is true (a search that found what it looked for).
   */
  paginate<T>(route: string, params: Record<string, unknown>, max: number, done?: (page: readonly T[]) => boolean): Promise<T[]>;
}

export interface ClientOptions {
  /** Called for each retry, with a one-line message. */
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
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

/** Whether and when to retry a failed request (`attempt` is 1-based). */
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
  } else if (failure.status >= 500) {
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

/** A client around any `send`, with the retry policy above. */
export function clientFrom(send: SendRequest, options: ClientOptions = {}): GitHubClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});

  async function sendWithRetries(route: string, params: Record<string, unknown>): Promise<GitHubResponse> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(route, params);
      } catch (error) {
        const failure = asFailedResponse(error);
        if (!failure) throw error;
        const decision = retryDecision(failure, attempt, now());
        if (decision.waitMs !== null) {
          log(
            `GitHub API: ${route} answered HTTP ${failure.status}${decision.rateLimited ? ' (rate limited)' : ''}; ` +
              `retrying in ${Math.ceil(decision.waitMs / 1000)} s (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
          );
          await sleep(decision.waitMs);
          continue;
        }
        const isWrite = !route.startsWith('GET ');
        if (failure.status === 403 && isWrite && !decision.rateLimited) {
          throw new NoWriteAccessError(failure.status, route, failure.detail);
        }
        throw new GitHubApiError(failure.status, route, failure.detail);
      }
    }
  }

  return {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      return (await sendWithRetries(route, params)).data as T;
    },
    async paginate<T>(route: string, params: Record<string, unknown>, max: number, done?: (page: readonly T[]) => boolean): Promise<T[]> {
      const items: T[] = [];
      let response = await sendWithRetries(route, params);
      for (;;) {
        const page = response.data as T[];
        items.push(...page);
        const next = nextPageUrl(response.headers);
        if (!next || items.length >= max || done?.(page)) break;
        // Octokit accepts a full URL as the route; the next-page URL already carries the query.
        const method = route.slice(0, route.indexOf(' '));
        response = await sendWithRetries(`${method} ${next}`, {});
      }
      return items.slice(0, max);
    },
  };
}

/**
 * The production client: Octokit from @actions/github (which honors the runner's proxy settings),
 * sending to `baseUrl` (the runner's GITHUB_API_URL: api.github.com or a GHES instance).
 */
export function createGitHubClient(token: string, baseUrl: string, options: ClientOptions = {}): GitHubClient {
  const octokit = getOctokit(token, { baseUrl });
  const send: SendRequest = async (route, params) => {
    const response = await octokit.request(route, params);
    return { status: response.status, headers: response.headers as ResponseHeaders, data: response.data };
  };
  return clientFrom(send, options);
}
