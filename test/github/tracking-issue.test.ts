import { describe, expect, it } from 'vitest';
import { NoWriteAccessError, clientFrom, type GitHubClient, type GitHubResponse } from '../../src/github/client.js';
import {
  ISSUE_BODY_MAX_CHARS,
  ISSUE_TITLE_MAX_CHARS,
  findTrackingIssue,
  syncTrackingIssue,
  trackingBody,
  trackingMarker,
  trackingTitle,
  type ListedIssue,
} from '../../src/github/tracking-issue.js';

const MARKER = '<!-- lofp-lint:audit-issue:T1530 -->';
const REPORT = '# LoFP coverage audit: 62% complete\n';
const BODY = `${MARKER}\n${REPORT}`;
const TITLE = 'lofp-lint: T1530 false-positive coverage 62%';

function issue(number: number, overrides: Partial<ListedIssue> = {}): ListedIssue {
  return { number, title: `Issue ${number}`, body: `Body of ${number}`, state: 'open', state_reason: null, html_url: `https://github.com/o/r/issues/${number}`, ...overrides };
}

/** A client whose issue list is `issues` (one page) and whose writes answer like GitHub. */
function issuesClient(issues: ListedIssue[]) {
  const writes: [string, Record<string, unknown>][] = [];
  const lists: Record<string, unknown>[] = [];
  const client: GitHubClient = {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      writes.push([route, params]);
      const number = (params.issue_number as number | undefined) ?? 41;
      return { number, html_url: `https://github.com/o/r/issues/${number}` } as T;
    },
    async paginate<T>(_route: string, params: Record<string, unknown>): Promise<T[]> {
      lists.push(params);
      return issues as T[];
    },
  };
  return { client, writes, lists };
}

const request = (percentComplete: number) => ({ owner: 'o', repo: 'r', techniques: ['T1530'], percentComplete, report: REPORT });

describe('trackingMarker and trackingTitle', () => {
  it('name the techniques upper case, sorted and unique, whatever the input order', () => {
    expect(trackingMarker(['t1530'])).toBe(MARKER);
    expect(trackingMarker(['T1530', 't1078.004', 'T1530'])).toBe('<!-- lofp-lint:audit-issue:T1078.004,T1530 -->');
    expect(trackingTitle(['T1530'], 62)).toBe(TITLE);
    expect(trackingTitle(['T1530', 'T1078'], 100)).toBe('lofp-lint: T1078, T1530 false-positive coverage 100%');
  });

  it('keeps a title under GitHub limit', () => {
    const techniques = Array.from({ length: 40 }, (_, i) => `T${1000 + i}`);
    const title = trackingTitle(techniques, 5);
    expect(title.length).toBe(ISSUE_TITLE_MAX_CHARS);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('trackingBody', () => {
  it('starts with the marker and leaves a report that fits alone', () => {
    expect(trackingBody(MARKER, REPORT)).toBe(BODY);
  });

  it('cuts a report over the issue body limit with a note', () => {
    const body = trackingBody(MARKER, 'x'.repeat(ISSUE_BODY_MAX_CHARS));
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX_CHARS);
    expect(body.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(body.endsWith('x\n\n_… the report was cut to fit the 65,536-character limit of an issue body._\n')).toBe(true);
  });

  // One of the two texts puts the cut in the middle of a pair, whatever the lengths.
  it.each(['', 'a'])('never splits a surrogate pair at the cut (prefix %j)', (prefix) => {
    const body = trackingBody(MARKER, `${prefix}${'🔒'.repeat(ISSUE_BODY_MAX_CHARS / 2)}`);
    const cut = body.slice(0, body.indexOf('\n\n_…'));
    expect(cut.endsWith('🔒')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX_CHARS);
  });
});

describe('findTrackingIssue', () => {
  it('lists open and closed issues, most recently updated first, and stops at the page with the marker', async () => {
    const pages: GitHubResponse[] = [
      { status: 200, headers: { link: '<https://api.test/repos/o/r/issues?page=2>; rel="next"' }, data: [issue(1), issue(2)] },
      { status: 200, headers: { link: '<https://api.test/repos/o/r/issues?page=3>; rel="next"' }, data: [issue(3, { body: BODY, state: 'closed' })] },
      { status: 200, headers: {}, data: [issue(4, { body: BODY })] },
    ];
    const calls: [string, Record<string, unknown>][] = [];
    const client = clientFrom(
      async (route, params) => {
        calls.push([route, params]);
        return pages.shift()!;
      },
      { baseUrl: 'https://api.test' },
    );
    expect((await findTrackingIssue(client, 'o', 'r', MARKER))?.number).toBe(3);
    expect(calls).toEqual([
      ['GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', state: 'all', sort: 'updated', direction: 'desc', per_page: 100 }],
      ['GET https://api.test/repos/o/r/issues?page=2', {}],
    ]);
  });

  it('ignores pull requests and issues that only quote the marker, and prefers an open duplicate', async () => {
    const { client } = issuesClient([
      issue(9, { body: BODY, pull_request: { url: 'x' } }),
      issue(8, { body: `As the bot writes:\n${BODY}` }),
      issue(7, { body: BODY, state: 'closed', state_reason: 'completed' }),
      issue(6, { body: `\r\n${MARKER}\r\nolder` }),
      issue(5, { body: null }),
    ]);
    expect((await findTrackingIssue(client, 'o', 'r', MARKER))?.number).toBe(6);
  });

  it('does not take the issue of other techniques', async () => {
    const { client } = issuesClient([issue(3, { body: `<!-- lofp-lint:audit-issue:T1078,T1530 -->\n${REPORT}` })]);
    expect(await findTrackingIssue(client, 'o', 'r', MARKER)).toBeNull();
  });
});

describe('syncTrackingIssue', () => {
  it('creates the issue when coverage is incomplete and there is none', async () => {
    const { client, writes } = issuesClient([issue(1), issue(2, { body: 'no marker' })]);
    expect(await syncTrackingIssue(client, request(62))).toEqual({
      action: 'created',
      number: 41,
      url: 'https://github.com/o/r/issues/41',
      state: 'open',
      keptClosed: false,
    });
    expect(writes).toEqual([['POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: TITLE, body: BODY }]]);
  });

  it('creates nothing when coverage is complete and there is no issue', async () => {
    const { client, writes } = issuesClient([]);
    expect(await syncTrackingIssue(client, request(100))).toEqual({ action: 'none', number: null, url: null, state: null, keptClosed: false });
    expect(writes).toEqual([]);
  });

  it('updates the open issue with the new title and report', async () => {
    const { client, writes } = issuesClient([issue(12, { title: 'lofp-lint: T1530 false-positive coverage 50%', body: `${MARKER}\n# older report\n` })]);
    const outcome = await syncTrackingIssue(client, request(62));
    expect([outcome.action, outcome.number, outcome.state]).toEqual(['updated', 12, 'open']);
    expect(writes).toEqual([['PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'o', repo: 'r', issue_number: 12, title: TITLE, body: BODY }]]);
  });

  it('leaves a current issue alone (GitHub may store the body with CRLF)', async () => {
    const { client, writes } = issuesClient([issue(12, { title: TITLE, body: BODY.replace(/\n/g, '\r\n') })]);
    expect((await syncTrackingIssue(client, request(62))).action).toBe('unchanged');
    expect(writes).toEqual([]);
  });

  it('closes the issue as completed when coverage reaches 100%', async () => {
    const { client, writes } = issuesClient([issue(12, { title: TITLE, body: BODY })]);
    const outcome = await syncTrackingIssue(client, request(100));
    expect([outcome.action, outcome.state]).toEqual(['closed', 'closed']);
    expect(writes).toEqual([
      [
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
        { owner: 'o', repo: 'r', issue_number: 12, title: 'lofp-lint: T1530 false-positive coverage 100%', body: BODY, state: 'closed', state_reason: 'completed' },
      ],
    ]);
  });

  it('reopens the issue it closed when coverage drops again', async () => {
    const { client, writes } = issuesClient([issue(12, { title: 'lofp-lint: T1530 false-positive coverage 100%', body: BODY, state: 'closed', state_reason: 'completed' })]);
    const outcome = await syncTrackingIssue(client, request(62));
    expect([outcome.action, outcome.state, outcome.keptClosed]).toEqual(['reopened', 'open', false]);
    expect(writes).toEqual([
      ['PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'o', repo: 'r', issue_number: 12, title: TITLE, body: BODY, state: 'open', state_reason: 'reopened' }],
    ]);
  });

  it('keeps a closed issue closed while coverage stays complete, updating its report', async () => {
    const { client, writes } = issuesClient([issue(12, { title: 'lofp-lint: T1530 false-positive coverage 100%', body: `${MARKER}\nold`, state: 'closed', state_reason: 'completed' })]);
    const outcome = await syncTrackingIssue(client, request(100));
    expect([outcome.action, outcome.state]).toEqual(['updated', 'closed']);
    expect(writes.map(([, p]) => p.state)).toEqual([undefined]);
  });

  it('does not reopen an issue a maintainer closed as not planned, but keeps its report current', async () => {
    const { client, writes } = issuesClient([issue(12, { title: TITLE, body: `${MARKER}\nold`, state: 'closed', state_reason: 'not_planned' })]);
    const outcome = await syncTrackingIssue(client, request(62));
    expect([outcome.action, outcome.state, outcome.keptClosed]).toEqual(['updated', 'closed', true]);
    expect(writes).toEqual([['PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'o', repo: 'r', issue_number: 12, title: TITLE, body: BODY }]]);
  });

  it('passes a 403 on the write to the caller as NoWriteAccessError, after one attempt', async () => {
    const routes: string[] = [];
    const client = clientFrom(async (route) => {
      routes.push(route);
      if (route.startsWith('GET ')) return { status: 200, headers: {}, data: [] };
      throw Object.assign(new Error('Resource not accessible by integration'), {
        status: 403,
        response: { headers: {}, data: { message: 'Resource not accessible by integration' } },
      });
    });
    const error = await syncTrackingIssue(client, request(62)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoWriteAccessError);
    expect((error as NoWriteAccessError).message).toBe(
      'POST /repos/{owner}/{repo}/issues answered HTTP 403: Resource not accessible by integration',
    );
    expect(routes).toEqual(['GET /repos/{owner}/{repo}/issues', 'POST /repos/{owner}/{repo}/issues']);
  });
});
