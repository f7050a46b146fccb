/**
 * The built Action against a GitHub API that misbehaves: unusable answers, endless or foreign
 * pagination, silence, writes that failed after taking effect, bodies over GitHub's limits, a
 * broken event file, pull requests over the 3,000 files the API lists. Every run must end, say
 * what happened and never pass by accident. The fake enforces the limits it imitates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PULL,
  REPOSITORY,
  commands,
  fixtureText,
  pullRequestEvent,
  removeScratch,
  runAction,
  sameRepositoryEvent,
  type ActionEvent,
} from './action-run.js';
import { FakeGitHub, addedFilePatch, modifiedFilePatch, type PullFile } from './github-fake.js';

const TRAIL = 'rules/sigma/aws_cloudtrail_trail_created.yml';
const SECRET = 'rules/sigma/aws_s3_secret_file_download.yml';
const FILES_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/files`;
const COMMENTS_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/comments`;
const REVIEW_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/reviews`;
const CHECK_RUNS_ROUTE = `/repos/${REPOSITORY}/check-runs`;
/** Short limits, so that a test of silence takes seconds. */
const QUICK = { 'api-timeout': '0.5', 'api-deadline': '4' };

/** Adds the CloudTrail rule (no false positives) and fills the secret-file rule's placeholder lines. */
function pullFiles(): PullFile[] {
  return [
    { filename: TRAIL, status: 'added', changes: 18, patch: addedFilePatch(fixtureText(TRAIL)) },
    { filename: SECRET, status: 'modified', changes: 2, patch: modifiedFilePatch(fixtureText(SECRET), { from: 21, to: 22 }, []) },
  ];
}

/** The event with `changed_files` as GitHub states it. */
function eventWith(base: ActionEvent, changedFiles: number): ActionEvent {
  const payload = base.payload as { pull_request: Record<string, unknown> };
  return { ...base, payload: { ...payload, pull_request: { ...payload.pull_request, changed_files: changedFiles } } };
}

const noStack = (stdout: string): boolean => !/please report this bug|\n\s+at .+:\d+:\d+\)?\n/.test(stdout);

let fake: FakeGitHub;

beforeAll(async () => {
  fake = new FakeGitHub(REPOSITORY, PULL, pullFiles());
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
  removeScratch();
});
afterEach(() => {
  // Whatever the answers, every request the Action sent is one GitHub's REST description allows.
  expect(fake.violations).toEqual([]);
  fake.reset();
  fake.files = pullFiles();
});

describe('unusable answers', () => {
  it.each([
    ['an HTML page with status 200', { raw: '<!DOCTYPE html><html><body>Sign in to the proxy</body></html>' }, 'an HTML page'],
    ['invalid JSON', { raw: '[{"filename": "rules/a.yml", ', headers: { 'content-type': 'application/json' } }, 'text that is not JSON'],
    ['an empty object', { body: {} }, 'an empty object {}'],
    ['null', { body: null }, 'null'],
    ['a list holding null', { body: [null] }, 'a list whose item 1 is null'],
  ])('fails the run when the files endpoint answers %s, saying so', async (_name, answer, described) => {
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 200, times: 1, ...answer, body: 'body' in answer ? answer.body : undefined }];
    const run = await runAction(fake, {}, pullRequestEvent);
    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toEqual([
      `::error::lofp-lint: cannot list the files of pull request #7: GET /repos/{owner}/{repo}/pulls/{pull_number}/files answered HTTP 200 with an unusable answer: ` +
        `expected a list of pull request files, got ${described}. Nothing was linted; re-run the job, or check out with fetch-depth: 0 so git can diff.`,
    ]);
    expect(run.outputs).toEqual({});
    expect(noStack(run.stdout)).toBe(true);
  }, 60_000);

  it('ends only the review when the comments endpoint answers the wrong shape, and says so', async () => {
    fake.failures = [{ method: 'GET', path: /\/comments$/, status: 200, body: { comments: [] }, times: 1 }];
    const run = await runAction(fake, { 'fail-on': 'never' }, sameRepositoryEvent);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'lofp-lint: could not post the review: GET /repos/{owner}/{repo}/pulls/{pull_number}/comments answered HTTP 200 with an unusable answer: ' +
        'expected a list of review comments, got an object with comments\n',
    );
    expect(run.summary).toContain('\nCould not post the review: expected a list of review comments, got an object with comments.\n');
    expect(fake.writes()).toEqual([]);
    expect(run.outputs.findings).toBe('2');
    expect(noStack(run.stdout)).toBe(true);
  }, 60_000);

  it('ends only the tracking issue when the issues endpoint lists nulls', async () => {
    fake.failures = [{ method: 'GET', path: /\/issues$/, status: 200, body: [null, null], times: 1 }];
    const run = await runAction(fake, { paths: 'rules', 'fail-on': 'never', 'audit-issue': 'true' }, { name: 'schedule', payload: {} });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('\nCould not update the tracking issue: expected a list of issues, got a list whose item 1 is null.\n');
    expect(fake.writes()).toEqual([]);
    expect(noStack(run.stdout)).toBe(true);
  }, 60_000);
});

describe('permissions', () => {
  it('fails in one line naming `pull-requests: read` when the file list is refused', async () => {
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }];
    const run = await runAction(fake, {}, sameRepositoryEvent);
    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toEqual([
      '::error::lofp-lint: cannot list the files of pull request #7: GET /repos/{owner}/{repo}/pulls/{pull_number}/files answered HTTP 403: Resource not accessible by integration. ' +
        'Grant the token `pull-requests: read`, or check out with fetch-depth: 0 so git can diff.',
    ]);
  }, 60_000);
});

describe('pagination', () => {
  it('stops at an empty page that still says "next", and reports the listing as incomplete', async () => {
    const next = { link: `<${fake.url}${FILES_ROUTE}?per_page=100&page=2>; rel="next"` };
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 200, body: [], headers: next, times: 1_000_000 }];
    const run = await runAction(fake, { 'fail-on': 'never' }, eventWith(sameRepositoryEvent, 2));
    expect(fake.requests.filter((r) => r.url.startsWith(FILES_ROUTE)).length).toBe(1);
    const note =
      'the pull request changes 2 files, but the GitHub API listed only 0 (it lists at most 3000); rules in the other files were not linted, ' +
      'so the findings and the coverage cover part of the pull request. Check out with fetch-depth: 0 so git can diff every file.';
    expect(commands(run.stdout)).toContain(`::warning::lofp-lint: ${note}`);
    expect(run.outputs.truncated).toBe('true');
    const escaped = note.replace('fetch-depth', 'fetch\\-depth').replace('(it lists at most 3000)', '\\(it lists at most 3000\\)');
    expect(run.summary).toContain(`\n**Incomplete:** ${escaped}\n`);
  }, 60_000);

  it('stops a server that says "next" forever after the pages the stated file count can fill', async () => {
    const next = { link: `<${fake.url}${FILES_ROUTE}?per_page=100&page=2>; rel="next"` };
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 200, body: pullFiles(), headers: next, times: 1_000_000 }];
    const run = await runAction(fake, { 'fail-on': 'never' }, eventWith(sameRepositoryEvent, 2));
    expect(run.code).toBe(0);
    expect(fake.requests.filter((r) => r.url.startsWith(FILES_ROUTE)).length).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', truncated: 'false' });
  }, 60_000);

  it('never sends the token to a next-page link on another origin', async () => {
    const collector = new FakeGitHub(REPOSITORY, PULL, []);
    await collector.start();
    try {
      fake.failures = [
        { method: 'GET', path: /\/files$/, status: 200, body: pullFiles().slice(0, 1), headers: { link: `<${collector.url}${FILES_ROUTE}?page=2>; rel="next"` }, times: 1 },
      ];
      const run = await runAction(fake, {}, pullRequestEvent);
      expect(collector.requests).toEqual([]);
      expect(run.code).toBe(1);
      expect(commands(run.stdout)).toEqual([
        `::error::lofp-lint: cannot list the files of pull request #7: GET /repos/{owner}/{repo}/pulls/{pull_number}/files answered HTTP 200 with an unusable answer: ` +
          `its next-page link points to ${collector.url}, not to the API at ${fake.url}; not followed (the token would go with it). ` +
          'Nothing was linted; re-run the job, or check out with fetch-depth: 0 so git can diff.',
      ]);
    } finally {
      await collector.stop();
    }
  }, 60_000);

  it('says a pull request of more than 3,000 files was listed in part, in the log, the summary and the outputs', async () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' }));
    // The rules come after the 3,000 files the API lists.
    fake.files = [...docs, ...pullFiles()];
    const run = await runAction(fake, { 'fail-on': 'never' }, eventWith(sameRepositoryEvent, 3002));
    expect(fake.requests.filter((r) => r.url.startsWith(FILES_ROUTE)).length).toBe(30);
    expect(run.outputs).toMatchObject({ findings: '0', detections: '0', truncated: 'true' });
    expect(commands(run.stdout)).toContain(
      '::warning::lofp-lint: the pull request changes 3002 files, but the GitHub API listed only 3000 (it lists at most 3000); rules in the other files were not linted, ' +
        'so the findings and the coverage cover part of the pull request. Check out with fetch-depth: 0 so git can diff every file.',
    );
    expect(run.summary).toContain('\n**Incomplete:** the pull request changes 3002 files, but the GitHub API listed only 3000');
  }, 60_000);
});

describe('silence and deadlines', () => {
  it('abandons a files request that is never answered and fails within the deadline', async () => {
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 200, body: null, hang: true, times: 1_000_000 }];
    const run = await runAction(fake, QUICK, pullRequestEvent);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout).toContain('GitHub API: GET /repos/{owner}/{repo}/pulls/{pull_number}/files no answer within the api-timeout of 0.5 s; retrying in 1 s (attempt 2 of 4)\n');
    expect(commands(run.stdout)).toEqual([
      '::error::lofp-lint: cannot list the files of pull request #7: GET /repos/{owner}/{repo}/pulls/{pull_number}/files: no answer within the api-timeout of 0.5 s, ' +
        'and no time is left to retry: the api-deadline of 4 s for all GitHub API requests has passed. Nothing was linted; re-run the job, or check out with fetch-depth: 0 so git can diff.',
    ]);
  }, 60_000);

  it('gives up a review that is never answered without retrying it blindly, and still reports', async () => {
    fake.failures = [{ method: 'POST', path: /\/reviews$/, status: 200, body: null, hang: true, times: 1_000_000 }];
    const run = await runAction(fake, { ...QUICK, 'fail-on': 'never' }, sameRepositoryEvent);
    expect(run.code).toBe(0);
    expect(run.ms).toBeLessThan(10_000);
    // Retried only after the comments were read back and found missing.
    const posts = fake.requests.filter((r) => r.method === 'POST').length;
    const reads = fake.requests.filter((r) => r.method === 'GET' && r.url.startsWith(COMMENTS_ROUTE)).length;
    expect(reads).toBe(posts);
    expect(run.summary).toContain(
      '\nCould not post the review: no answer within the api\\-timeout of 0.5 s, and no time is left to retry: the api\\-deadline of 4 s for all GitHub API requests has passed.\n',
    );
    expect(run.outputs.findings).toBe('2');
  }, 60_000);
});

describe('writes that took effect but failed', () => {
  it('posts a review once when GitHub stored it and answered 502', async () => {
    fake.failures = [{ method: 'POST', path: /\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, afterProcessing: true, times: 1 }];
    const run = await runAction(fake, { 'fail-on': 'never' }, sameRepositoryEvent);
    expect(fake.writes()).toEqual([`POST ${REVIEW_ROUTE}`]);
    expect(fake.comments.length).toBe(2);
    expect(run.stdout).toContain('GitHub API: POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews had taken effect despite the failure; not sent again\n');
    expect(run.summary).toContain('\nReview: 2 suggestion comments posted.\n');
  }, 60_000);

  it('retries a review GitHub did not store', async () => {
    fake.failures = [{ method: 'POST', path: /\/reviews$/, status: 502, body: { message: 'Bad Gateway' }, times: 1 }];
    const run = await runAction(fake, { 'fail-on': 'never' }, sameRepositoryEvent);
    expect(fake.writes()).toEqual([`POST ${REVIEW_ROUTE}`, `POST ${REVIEW_ROUTE}`]);
    expect(fake.comments.length).toBe(2);
    expect(run.summary).toContain('\nReview: 2 suggestion comments posted.\n');
  }, 60_000);

  it('creates one check run when GitHub made it and answered 500, found again by its external_id', async () => {
    const extra = Array.from({ length: 12 }, (_, i) => `rules/sigma/generated/trail_${String(i).padStart(2, '0')}.yml`);
    fake.files = [...pullFiles(), ...extra.map((filename) => ({ filename, status: 'added', changes: 18, patch: addedFilePatch(fixtureText(TRAIL)) }))];
    fake.failures = [{ method: 'POST', path: /\/check-runs$/, status: 500, body: { message: 'Server Error' }, afterProcessing: true, times: 1 }];
    const run = await runAction(fake, { suggestions: 'false', 'fail-on': 'never' }, sameRepositoryEvent, {
      prepare: (workspace) => {
        mkdirSync(path.join(workspace, 'rules/sigma/generated'));
        extra.forEach((file, i) => writeFileSync(path.join(workspace, file), fixtureText(TRAIL).replace('01\n', `${String(50 + i)}\n`)));
      },
    });
    expect(fake.checkRuns.length).toBe(1);
    expect(fake.checkRuns[0]!.external_id).toMatch(/^lofp-lint:4242:1:[0-9a-f-]{36}$/);
    expect(fake.writes()).toEqual([`POST ${CHECK_RUNS_ROUTE}`]);
    expect(commands(run.stdout).slice(-1)).toEqual([
      `::notice::lofp-lint: 4 more findings not shown as annotations (GitHub shows 10 per type per step); all 14 are in the log, the check run https://github.com/${REPOSITORY}/runs/${fake.checkRuns[0]!.id} and the job summary.`,
    ]);
  }, 60_000);
});

describe('limits GitHub enforces', () => {
  it('keeps a review within 65,536 characters when a rule has a 105 KB title, so every suggestion is posted', async () => {
    const title = `Huge ${'t'.repeat(105_000)}`;
    const text = fixtureText(TRAIL).replace('title: AWS CloudTrail Trail Created', `title: ${title}`);
    fake.files = [{ filename: TRAIL, status: 'added', changes: 18, patch: addedFilePatch(text) }, pullFiles()[1]!];
    const run = await runAction(fake, { 'fail-on': 'never' }, sameRepositoryEvent, { prepare: (w) => writeFileSync(path.join(w, TRAIL), text) });
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([REVIEW_ROUTE]);
    expect(fake.comments.length).toBe(2);
    expect(Math.max(...fake.comments.map((c) => c.body.length))).toBeLessThan(65_536);
    expect(run.summary).toContain('\nReview: 2 suggestion comments posted.\n');
  }, 60_000);

  it('sends the API version on every request', async () => {
    await runAction(fake, { 'fail-on': 'never' }, sameRepositoryEvent);
    expect(fake.requests.length).toBe(3);
    expect(new Set(fake.requests.map((r) => r.apiVersion))).toEqual(new Set(['2022-11-28']));
  }, 60_000);

  it('caps the check run at 500 findings in ten writes, paces the writes after them and says where the rest are', async () => {
    const count = 600;
    const extra = Array.from({ length: count - 2 }, (_, i) => `rules/sigma/generated/trail_${String(i).padStart(3, '0')}.yml`);
    fake.files = [...pullFiles(), ...extra.map((filename) => ({ filename, status: 'added', changes: 18, patch: addedFilePatch(fixtureText(TRAIL)) }))];
    const run = await runAction(fake, { 'fail-on': 'never', 'sarif-file': 'lofp.sarif' }, eventWith(sameRepositoryEvent, count), {
      prepare: (workspace) => {
        mkdirSync(path.join(workspace, 'rules/sigma/generated'));
        extra.forEach((file, i) => writeFileSync(path.join(workspace, file), fixtureText(TRAIL).replace('01\n', `${String(1000 + i)}\n`)));
      },
    });
    const writes = fake.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.url.replace(/\d+$/, 'N')}`)).toEqual([
      `POST ${CHECK_RUNS_ROUTE}`,
      ...Array.from({ length: 9 }, () => `PATCH ${CHECK_RUNS_ROUTE}/N`),
      `POST ${REVIEW_ROUTE}`,
    ]);
    // A burst of ten, then one write a second: the eleventh comes a second after the first. The
    // client paces when it sends, the fake stamps arrivals: on a loaded machine the first write
    // can arrive up to ~60 ms after it was sent (seen at load 10), hence the 100 ms of slack.
    expect(writes[10]!.at - writes[0]!.at).toBeGreaterThanOrEqual(900);
    expect(fake.checkRuns[0]!.annotations.length).toBe(500);
    expect(commands(run.stdout).slice(-1)).toEqual([
      `::notice::lofp-lint: ${count - 10} more findings not shown as annotations (GitHub shows 10 per type per step); all ${count} are in the log, the SARIF file lofp.sarif and the job summary; ` +
        `the check run https://github.com/${REPOSITORY}/runs/${fake.checkRuns[0]!.id} has the 500 most severe.`,
    ]);
  }, 90_000);
});

describe('a broken event file', () => {
  const bad: [string, { env?: Record<string, string | undefined>; rawEvent?: string }, string][] = [
    ['invalid JSON', { rawEvent: '{"pull_request": ' }, 'the event payload at GITHUB_EVENT_PATH EVENT is not valid JSON'],
    ['not an object', { rawEvent: '[1, 2]' }, 'the event payload at GITHUB_EVENT_PATH EVENT is not a JSON object'],
    ['missing', { env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' } }, 'cannot read the event payload at GITHUB_EVENT_PATH /nonexistent/event.json (ENOENT)'],
    ['unset', { env: { GITHUB_EVENT_PATH: undefined } }, 'GITHUB_EVENT_PATH is not set; a pull_request event needs its payload to know the pull request'],
    ['without a pull request', { rawEvent: '{"action": "opened"}' }, 'the pull_request event payload (GITHUB_EVENT_PATH) holds no pull request with number, head.sha and base.sha'],
  ];
  it.each(bad)('fails with one clear line when it is %s', async (_name, options, message) => {
    const run = await runAction(fake, {}, pullRequestEvent, options);
    expect(run.code).toBe(1);
    const lines = commands(run.stdout).map((l) => l.replace(/GITHUB_EVENT_PATH \/\S+\/event\.json is/, 'GITHUB_EVENT_PATH EVENT is'));
    expect(lines).toEqual([`::error::lofp-lint: ${message}`]);
    expect(noStack(run.stdout)).toBe(true);
    expect(run.stdout).not.toContain('full scan');
    expect(fake.requests).toEqual([]);
  }, 60_000);
});
