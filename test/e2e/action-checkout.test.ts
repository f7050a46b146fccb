/**
 * The built Action on real git checkouts of a pull request whose base branch moved on: the merge
 * commit GitHub checks out on `pull_request` (shallow, as with the default fetch-depth: 1, and
 * with full history), and the base branch checked out on `pull_request_target`. Findings,
 * annotations and review comments must use the head's lines; on `pull_request_target` the config
 * comes from the base, never from the pull request.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PULL, REPOSITORY, commands, fixtureText, insert, removeScratch, runAction, scratchDir, type ActionEvent } from './action-run.js';
import { FakeGitHub } from './github-fake.js';
import { clone, makePullRequest, type GitPullRequest } from './git-pull-request.js';

const TRAIL = 'rules/sigma/aws_cloudtrail_trail_created.yml';
const SECRET = 'rules/sigma/aws_s3_secret_file_download.yml';
const POLICY = 'rules/sigma/aws_s3_bucket_policy_read.yml';
const SECRET_ENTRY = 'aws-s3-secret-files-ci-cd-retrieval';
const FILES_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/files`;
const COMMENTS_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/comments`;
const REVIEW_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/reviews`;

/** The head adds a key to the query (line 20) and replaces the placeholder `Unknown` by `TBD` (line 23). */
function headSecret(): string {
  return fixtureText(SECRET).replace("            - 'id_rsa'\n", "            - 'id_rsa'\n            - 'credentials'\n").replace('    - Unknown\n', '    - TBD\n');
}

/** Meanwhile the base branch put five comment lines at the top of the same rule. */
function movedSecret(): string {
  return `${[1, 2, 3, 4, 5].map((n) => `# reviewed ${n}`).join('\n')}\n${fixtureText(SECRET)}`;
}

/** A config the pull request adds to silence the checks its rules fail. */
const SILENCING_CONFIG = 'checks:\n  placeholder-false-positives: off\n  missing-false-positives: off\n';

function event(name: string, pr: GitPullRequest): ActionEvent {
  return {
    name,
    payload: {
      action: 'synchronize',
      number: PULL,
      pull_request: {
        number: PULL,
        changed_files: pr.files.length,
        head: { sha: pr.headSha, ref: 'feature', repo: { full_name: REPOSITORY } },
        base: { sha: pr.baseSha, ref: 'main', repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY },
    },
  };
}

let fake: FakeGitHub;
let plain: GitPullRequest;
let silencing: GitPullRequest;

beforeAll(async () => {
  const base = { [SECRET]: fixtureText(SECRET), [POLICY]: fixtureText(POLICY) };
  plain = makePullRequest(scratchDir('git-'), { base, head: { [SECRET]: headSecret(), [TRAIL]: fixtureText(TRAIL) }, baseMovesOn: { [SECRET]: movedSecret() } });
  silencing = makePullRequest(scratchDir('git-'), {
    base,
    head: { [SECRET]: headSecret(), [TRAIL]: fixtureText(TRAIL), '.lofp.yml': SILENCING_CONFIG },
    baseMovesOn: { [SECRET]: movedSecret() },
  });
  fake = new FakeGitHub(REPOSITORY, PULL, []);
  await fake.start();
});
afterEach(() => {
  // Every request the Action sent is one GitHub's REST description allows.
  expect(fake.violations).toEqual([]);
});
afterAll(async () => {
  await fake.stop();
  removeScratch();
});

function serve(pr: GitPullRequest): void {
  fake.reset();
  fake.files = pr.files;
  fake.blobs = pr.blobs;
}

/**
 * The annotations of the head's findings, as `level file line endLine`: the placeholder on the
 * head's lines 22-23, not on the merge commit's 27-28.
 */
const HEAD_ANNOTATIONS = [
  `error ${TRAIL} 1 1`,
  `error ${SECRET} 22 23`,
  `warning ${TRAIL} 1 1`,
  `warning ${SECRET} 22 23`,
];

function annotations(stdout: string): string[] {
  return commands(stdout)
    .map((l) => /^::(error|warning) title=[^,]+,file=([^,]+),line=(\d+),endLine=(\d+)/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m.slice(1).join(' '));
}

const PLACEHOLDER_ANNOTATION =
  `::error title=lofp-lint%3A placeholder-false-positives,file=${SECRET},line=22,endLine=23::\`falsepositives\` holds only placeholders: "TBD"; ` +
  `document who or what triggers the rule benignly; 1 catalog entry applies%0ASuggested false positives (LoFP catalog):%0A- ${insert(SECRET_ENTRY)}`;

function reviewComments(): { path: string; line: number; start_line?: number }[] {
  const review = fake.requests.find((r) => r.method === 'POST' && r.url === REVIEW_ROUTE)!.body as { commit_id: string; comments: { path: string; line: number; body: string }[] };
  return review.comments.map(({ path: p, line }) => ({ path: p, line }));
}

describe('pull_request: the workspace is the merge commit', () => {
  it('with fetch-depth 1, lints the head versions read from the API and speaks head lines everywhere', async () => {
    serve(plain);
    const workspace = clone(plain.origin, 'pull/merge', path.join(scratchDir('ws-'), 'ws'), 1);
    const run = await runAction(fake, { 'fail-on': 'never' }, event('pull_request', plain), { workspace, env: { GITHUB_SHA: plain.mergeSha } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `lofp-lint: the workspace holds ${plain.mergeSha.slice(0, 7)} (the merge commit), not the pull request's head ${plain.headSha.slice(0, 7)}: ` +
        'linting the head version of 2 changed rule files, read from the REST API; config and catalogs from the workspace.\n',
    );
    expect(annotations(run.stdout)).toEqual(HEAD_ANNOTATIONS);
    expect(commands(run.stdout)).toContain(PLACEHOLDER_ANNOTATION);
    const blobReads = fake.requests.filter((r) => r.url.includes('/git/blobs/')).length;
    expect(fake.requests.map((r) => `${r.method} ${r.url.replace(/blobs\/[0-9a-f]+/, 'blobs/SHA')}`)).toEqual([
      `GET ${FILES_ROUTE}?per_page=100`,
      ...Array.from({ length: blobReads }, () => `GET /repos/${REPOSITORY}/git/blobs/SHA`),
      `GET ${COMMENTS_ROUTE}?per_page=100`,
      `POST ${REVIEW_ROUTE}`,
    ]);
    expect(blobReads).toBe(2);
    // Suggestions on the head's lines: after line 17 of the new rule, replacing line 23 (`- TBD`).
    expect(reviewComments()).toEqual([
      { path: TRAIL, line: 17 },
      { path: SECRET, line: 23 },
    ]);
    expect((fake.requests.find((r) => r.url === REVIEW_ROUTE)!.body as { commit_id: string }).commit_id).toBe(plain.headSha);
    expect(run.summary).toContain(`| error | [${SECRET.replaceAll('_', '\\_')}:22](https://github.com/${REPOSITORY}/blob/${plain.headSha}/${SECRET}#L22) |`);
    expect(run.summary).toContain('Replace line 23 with:');
  }, 60_000);

  it('with full history, diffs and reads the head with git: no file list, no blob from the API', async () => {
    serve(plain);
    const workspace = clone(plain.origin, 'pull/merge', path.join(scratchDir('ws-'), 'ws'), 'full');
    const run = await runAction(fake, { 'fail-on': 'never' }, event('pull_request', plain), { workspace, env: { GITHUB_SHA: plain.mergeSha } });
    expect(run.stdout).toContain('linting the head version of 2 changed rule files, read from git; config and catalogs from the workspace.\n');
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${COMMENTS_ROUTE}?per_page=100`, `POST ${REVIEW_ROUTE}`]);
    expect(annotations(run.stdout)).toEqual(HEAD_ANNOTATIONS);
    expect(reviewComments()).toEqual([
      { path: TRAIL, line: 17 },
      { path: SECRET, line: 23 },
    ]);
  }, 60_000);
});

describe('filter-mode nofilter on a merge checkout', () => {
  it('lints every rule: the changed ones in their head version, the others as checked out', async () => {
    serve(plain);
    const workspace = clone(plain.origin, 'pull/merge', path.join(scratchDir('ws-'), 'ws'), 1);
    const run = await runAction(fake, { 'fail-on': 'never', 'filter-mode': 'nofilter', suggestions: 'false' }, event('pull_request', plain), {
      workspace,
      env: { GITHUB_SHA: plain.mergeSha },
    });
    expect(run.code).toBe(0);
    // The untouched bucket-policy rule is complete: 3 rules, the 2 changed ones with findings on head lines.
    expect(run.outputs).toMatchObject({ detections: '3', findings: '4', coverage: '33', truncated: 'false' });
    expect(annotations(run.stdout)).toEqual(HEAD_ANNOTATIONS);
  }, 60_000);
});

describe('pull_request_target: the workspace is the base branch', () => {
  it('lints the head files from the API, including a rule the base does not have, with the config of the base', async () => {
    serve(silencing);
    const workspace = clone(silencing.origin, 'main', path.join(scratchDir('ws-'), 'ws'), 1);
    const run = await runAction(fake, { 'fail-on': 'error' }, event('pull_request_target', silencing), { workspace, env: { GITHUB_SHA: silencing.baseSha } });
    expect(run.stdout).toContain(
      `lofp-lint: the workspace holds ${silencing.baseSha.slice(0, 7)} (the base branch), not the pull request's head ${silencing.headSha.slice(0, 7)}: ` +
        'linting the head version of 2 changed rule files, read from the REST API; config and catalogs from the workspace.\n',
    );
    // The .lofp.yml of the pull request silences both checks; the base's (none) applies.
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual(HEAD_ANNOTATIONS);
    expect(run.outputs).toMatchObject({ findings: '4', errors: '2', detections: '2' });
    expect(reviewComments()).toEqual([
      { path: TRAIL, line: 17 },
      { path: SECRET, line: 23 },
    ]);
  }, 60_000);
});

describe('when the head cannot be read', () => {
  it('fails in one line instead of linting the merge commit', async () => {
    serve(plain);
    fake.failures = [{ method: 'GET', path: /\/git\/blobs\//, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }];
    const workspace = clone(plain.origin, 'pull/merge', path.join(scratchDir('ws-'), 'ws'), 1);
    const run = await runAction(fake, { 'fail-on': 'never' }, event('pull_request', plain), { workspace, env: { GITHUB_SHA: plain.mergeSha } });
    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toEqual([
      "::error::lofp-lint: cannot read the head version of the pull request's files: GET /repos/{owner}/{repo}/git/blobs/{file_sha} answered HTTP 403: " +
        'Resource not accessible by integration. Nothing was linted; the token needs `contents: read`, or check out with fetch-depth: 0 so git has the head.',
    ]);
  }, 60_000);
});
