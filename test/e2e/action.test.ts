/**
 * The built Action (dist/index.js) on a pull request and in audit mode, against the fake GitHub.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import {
  HEAD_SHA,
  PULL,
  REPOSITORY,
  RUN_ID,
  RUN_SHA,
  commands,
  fixtureText,
  insert,
  short,
  pullRequestEvent,
  removeScratch,
  sameRepositoryEvent,
  runAction as run,
  type ActionEvent,
  type ActionRun,
} from './action-run.js';
import { FakeGitHub, addedFilePatch, modifiedFilePatch, type PullFile, type StoredIssue } from './github-fake.js';

const TRAIL = 'rules/sigma/aws_cloudtrail_trail_created.yml';
const SECRET = 'rules/sigma/aws_s3_secret_file_download.yml';
const POSTURE = 'rules/elastic/aws_s3_bucket_posture_enumeration.toml';

/**
 * The pull request: adds the CloudTrail rule, adds the (placeholder) false positives of the
 * secret-file rule, renames the Elastic rule (its `name` line). The other rules are untouched.
 */
function pullFiles(): PullFile[] {
  const secret = fixtureText(SECRET);
  const posture = fixtureText(POSTURE);
  return [
    { filename: TRAIL, status: 'added', changes: 18, patch: addedFilePatch(fixtureText(TRAIL)) },
    { filename: SECRET, status: 'modified', changes: 2, patch: modifiedFilePatch(secret, { from: 21, to: 22 }, []) },
    { filename: POSTURE, status: 'modified', changes: 2, patch: modifiedFilePatch(posture, { from: 16, to: 16 }, ['name = "S3 Posture"']) },
  ];
}


afterAll(() => removeScratch());

/** Runs the Action on a copy of the fixture repository, prepared by `prepare`. */
function runAction(
  fake: FakeGitHub | null,
  inputs: Record<string, string>,
  event: ActionEvent,
  prepare?: (workspace: string) => void,
): Promise<ActionRun> {
  return run(fake, inputs, event, prepare ? { prepare } : {});
}

const TRAIL_ENTRY = 'aws-cloudtrail-trail-created-by-admin';
const SECRET_ENTRY = 'aws-s3-secret-files-ci-cd-retrieval';
const POSTURE_ENTRIES = ['aws-s3-bucket-posture-security-scanners'];

/** The annotation lines @actions/core prints: properties and message escaped (%0A for newlines). */
function expectedAnnotations(): string[] {
  const list = (ids: string[]) => `%0ASuggested false positives (LoFP catalog):${ids.map((id) => `%0A- ${insert(id)}`).join('')}`;
  return [
    `::error title=lofp-lint%3A missing-false-positives,file=${POSTURE},line=16,endLine=16,col=1::"AWS S3 Bucket Posture Enumeration" documents no false positives; 1 catalog entry applies${list(POSTURE_ENTRIES)}`,
    `::error title=lofp-lint%3A missing-false-positives,file=${TRAIL},line=1,endLine=1,col=1::"AWS CloudTrail Trail Created" documents no false positives; 1 catalog entry applies${list([TRAIL_ENTRY])}`,
    `::error title=lofp-lint%3A placeholder-false-positives,file=${SECRET},line=21,endLine=22::\`falsepositives\` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies${list([SECRET_ENTRY])}`,
  ];
}

const REVIEW_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/reviews`;
const COMMENTS_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/comments`;
const FILES_ROUTE = `/repos/${REPOSITORY}/pulls/${PULL}/files`;

function trailComment(): { path: string; body: string; line: number; side: string } {
  return {
    path: TRAIL,
    body: [
      '<!-- lofp-lint:d5ae3e0fb055e969 -->',
      '**lofp-lint** · Add `falsepositives` with 1 false positive',
      '',
      '- **error** `missing-false-positives`: &quot;AWS CloudTrail Trail Created&quot; documents no false positives; 1 catalog entry applies',
      '',
      // The insertion goes before `level:` (line 18): the comment sits on line 17 and repeats it.
      '```suggestion',
      '    condition: selection',
      'falsepositives:',
      `    - ${short(TRAIL_ENTRY)}`,
      '```',
      '',
      'From the LoFP catalog:',
      `- ${insert(TRAIL_ENTRY)} (\`${TRAIL_ENTRY}\`, high confidence: query matches eventName CreateTrail; the entry applies to every rule on CreateTrail)`,
    ].join('\n'),
    line: 17,
    side: 'RIGHT',
  };
}

function secretComment(): { path: string; body: string; line: number; side: string } {
  return {
    path: SECRET,
    body: [
      '<!-- lofp-lint:dc0526515a064dbe -->',
      '**lofp-lint** · Replace &quot;Unknown&quot; with 1 false positive in `falsepositives`',
      '',
      '- **error** `placeholder-false-positives`: `falsepositives` holds only placeholders: &quot;Unknown&quot;; document who or what triggers the rule benignly; 1 catalog entry applies',
      '',
      '```suggestion',
      `    - ${short(SECRET_ENTRY)}`,
      '```',
      '',
      'From the LoFP catalog:',
      `- ${insert(SECRET_ENTRY)} (\`${SECRET_ENTRY}\`, high confidence: query matches eventName GetObject; query selects &quot;id\\_rsa&quot;)`,
    ].join('\n'),
    line: 22,
    side: 'RIGHT',
  };
}

describe('the Action on a pull request', () => {
  let fake: FakeGitHub;

  beforeAll(async () => {
    fake = new FakeGitHub(REPOSITORY, PULL, pullFiles());
    await fake.start();
  });
  afterAll(() => fake.stop());
  afterEach(() => {
    // Every request the Action sent is one GitHub's REST description allows.
    expect(fake.violations).toEqual([]);
    fake.requests.length = 0;
    fake.failures = [];
    fake.comments = [];
    fake.files = pullFiles();
  });

  it('annotates the changed lines, posts suggestions, writes outputs, summary and SARIF, and fails on errors', async () => {
    const run = await runAction(fake, { 'sarif-file': 'reports/lofp.sarif' }, pullRequestEvent);

    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toEqual([...expectedAnnotations(), '::error::lofp-lint: 3 findings at or above fail-on "error"']);
    expect(run.stdout).toContain('lofp-lint 0.1.0: pull request #7, 3 changed files (from the REST API), filter-mode added\n');

    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${FILES_ROUTE}?per_page=100`,
      `GET ${COMMENTS_ROUTE}?per_page=100`,
      `POST ${REVIEW_ROUTE}`,
      `POST ${COMMENTS_ROUTE}`,
    ]);
    expect(fake.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
    expect(fake.requests[2]!.body).toEqual({
      commit_id: HEAD_SHA,
      event: 'COMMENT',
      body: '**lofp-lint** suggests false-positive documentation in 2 places. Apply a suggestion with *Commit suggestion*, or run `npx lofp-lint --fix` locally.',
      comments: [trailComment(), secretComment()],
    });
    // The Elastic rule's fix goes after `description` (line 11), outside the hunk around line 16.
    const fileComment = fake.requests[3]!.body as Record<string, string>;
    expect([fileComment.commit_id, fileComment.path, fileComment.subject_type]).toEqual([HEAD_SHA, POSTURE, 'file']);
    expect(fileComment.body!.split('\n').slice(0, 10)).toEqual([
      '<!-- lofp-lint:c21f9d10bf1b556a -->',
      '**lofp-lint** · Add `false_positives` with 1 false positive',
      '',
      '- **error** `missing-false-positives`: &quot;AWS S3 Bucket Posture Enumeration&quot; documents no false positives; 1 catalog entry applies',
      '',
      'These lines are outside the changes of this pull request, so GitHub cannot offer a one-click suggestion.',
      '',
      'Insert after line 11:',
      '',
      '```toml',
    ]);

    const sarifPath = path.join(run.workspace, 'reports/lofp.sarif');
    expect(run.outputs).toEqual({
      findings: '3',
      errors: '3',
      warnings: '0',
      detections: '3',
      coverage: '0',
      'sarif-file': sarifPath,
      // Audit-mode outputs, empty on pull requests.
      'report-file': '',
      'badge-file': '',
      'issue-url': '',
      truncated: 'false',
    });
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect([sarif.version, sarif.runs[0]!.results.map((r) => r.ruleId)]).toEqual([
      '2.1.0',
      ['missing-false-positives', 'missing-false-positives', 'placeholder-false-positives'],
    ]);

    const summary = run.summary.split('\n');
    expect(summary.slice(0, 8)).toEqual([
      '## lofp-lint · T1530',
      '',
      '**3 errors, 0 warnings, 0 notes** in 3 rules (3 files read) · documentation coverage **0%** (0 of 3 rules complete)',
      '',
      'Review: 3 suggestion comments posted.',
      '',
      '| Severity | Location | Check | Message |',
      '|---|---|---|---|',
    ]);
    expect(summary[8]).toBe(
      `| error | [rules/elastic/aws\\_s3\\_bucket\\_posture\\_enumeration.toml:16](https://github.com/${REPOSITORY}/blob/${HEAD_SHA}/${POSTURE}#L16) | \`missing-false-positives\` | &quot;AWS S3 Bucket Posture Enumeration&quot; documents no false positives; 1 catalog entry applies |`,
    );
    expect(summary).toContain('### Suggested false positives');
    expect(summary).toContain('Insert after line 17:');
    expect(summary).toContain('Replace line 22 with:');
  }, 60_000);

  it('skips its comments already posted and deletes its own that no longer apply', async () => {
    fake.comments = [
      { id: 1, path: TRAIL, body: trailComment().body, line: 17, start_line: null, subject_type: 'line' },
      { id: 2, path: SECRET, body: secretComment().body, line: 22, start_line: null, subject_type: 'line' },
      { id: 3, path: SECRET, body: '<!-- lofp-lint:feedbeef00000000 -->\nan older suggestion', line: 9, start_line: null, subject_type: 'line' },
      { id: 4, path: SECRET, body: 'Looks good to me @octocat', line: 9, start_line: null, subject_type: 'line' },
    ];
    const run = await runAction(fake, {}, pullRequestEvent);
    expect(run.code).toBe(1);
    expect(fake.writes()).toEqual([`POST ${COMMENTS_ROUTE}`, `DELETE /repos/${REPOSITORY}/pulls/comments/3`]);
    expect(fake.comments.map((c) => [c.id < 1000 ? c.id : 'new', c.path, c.subject_type])).toEqual([
      [1, TRAIL, 'line'],
      [2, SECRET, 'line'],
      [4, SECRET, 'line'],
      ['new', POSTURE, 'file'],
    ]);
    expect(run.summary).toContain('\nReview: 1 suggestion comment posted, 2 already posted, 1 outdated removed.\n');
  }, 60_000);

  it('falls back to annotations and the summary when the token cannot write (fork), without failing for it', async () => {
    fake.failures = [
      { method: 'POST', path: /\/reviews$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 },
    ];
    const run = await runAction(fake, { 'fail-on': 'never' }, pullRequestEvent);
    expect(run.code).toBe(0);
    expect(commands(run.stdout)).toEqual(expectedAnnotations());
    const said = run.stdout.split('\n').filter((l) => l.includes('the token lacks'));
    expect(said).toEqual([
      'lofp-lint: no review: the token lacks `pull-requests: write` (POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews answered HTTP 403: ' +
        'Resource not accessible by integration); a pull request from a fork gets a read-only token on `pull_request` events (see the README for `pull_request_target`).',
    ]);
    // The file comments are the same capability, refused the same way; each is tried and said once.
    expect(fake.writes()).toEqual([`POST ${REVIEW_ROUTE}`]);
    expect(run.outputs.findings).toBe('3');
    expect(run.summary).toContain('\nNo review: the token lacks `pull-requests: write` (a pull request from a fork).\n');
  }, 60_000);

  it('retries a server error with backoff and carries on', async () => {
    fake.failures = [{ method: 'GET', path: /\/files$/, status: 500, body: { message: 'Server Error' }, times: 1 }];
    const run = await runAction(fake, {}, pullRequestEvent);
    expect(run.stdout).toContain('GitHub API: GET /repos/{owner}/{repo}/pulls/{pull_number}/files answered HTTP 500; retrying in 1 s (attempt 2 of 4)\n');
    expect(fake.requests.filter((r) => r.url.startsWith(FILES_ROUTE)).length).toBe(2);
    expect(commands(run.stdout)).toEqual([...expectedAnnotations(), '::error::lofp-lint: 3 findings at or above fail-on "error"']);
    expect(fake.writes()).toEqual([`POST ${REVIEW_ROUTE}`, `POST ${COMMENTS_ROUTE}`]);
  }, 60_000);

  it('reports a 422 refusal of the review in the log and the summary, and posts the rest', async () => {
    fake.failures = [
      {
        method: 'POST',
        path: /\/reviews$/,
        status: 422,
        body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] },
        times: 1,
      },
    ];
    const run = await runAction(fake, {}, pullRequestEvent);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'lofp-lint: GitHub refused 1 request(s): POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews answered HTTP 422: Unprocessable Entity\n',
    );
    expect(fake.writes()).toEqual([`POST ${REVIEW_ROUTE}`, `POST ${COMMENTS_ROUTE}`]);
    expect(run.summary).toContain('\nReview: 1 suggestion comment posted.\n\nGitHub refused some review comments (HTTP 422); the suggestions are listed below.\n');
    expect(run.outputs.errors).toBe('3');
  }, 60_000);

  /** Twelve more new rules without false positives (15 errors in all), and 120 other files. */
  function manyFindings(): { files: PullFile[]; prepare: (workspace: string) => void } {
    const extra = Array.from({ length: 12 }, (_, i) => `rules/sigma/generated/trail_${String(i).padStart(2, '0')}.yml`);
    const docs = Array.from({ length: 120 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' }));
    const trail = fixtureText(TRAIL);
    return {
      files: [...pullFiles(), ...extra.map((filename) => ({ filename, status: 'added', changes: 18, patch: addedFilePatch(trail) })), ...docs],
      prepare: (workspace) => {
        mkdirSync(path.join(workspace, 'rules/sigma/generated'));
        extra.forEach((file, i) => writeFileSync(path.join(workspace, file), trail.replace('01\n', `${String(50 + i)}\n`)));
      },
    };
  }

  it('shows 10 errors as annotations and posts all of them as a check run', async () => {
    const many = manyFindings();
    fake.files = many.files;
    const run = await runAction(fake, { 'filter-mode': 'file', suggestions: 'false' }, pullRequestEvent, many.prepare);
    // 135 files: two pages, the second one from the Link header.
    expect(fake.requests.filter((r) => r.url.startsWith(FILES_ROUTE)).map((r) => r.url)).toEqual([
      `${FILES_ROUTE}?per_page=100`,
      `${FILES_ROUTE}?per_page=100&page=2`,
    ]);
    const lines = commands(run.stdout);
    expect(lines.filter((l) => l.startsWith('::error title=')).length).toBe(10);
    expect(lines.slice(-2)).toEqual([
      `::notice::lofp-lint: 5 more findings not shown as annotations (GitHub shows 10 per type per step); all 15 are in the log, the check run https://github.com/${REPOSITORY}/runs/${fake.checkRuns[0]!.id} and the job summary.`,
      '::error::lofp-lint: 15 findings at or above fail-on "error"',
    ]);
    expect(fake.writes()).toEqual([`POST /repos/${REPOSITORY}/check-runs`]);
    const created = fake.requests.find((r) => r.method === 'POST')!.body as {
      head_sha: string;
      conclusion: string;
      output: { title: string; annotations: { path: string; start_line: number; annotation_level: string }[] };
    };
    expect([created.head_sha, created.conclusion, created.output.title, created.output.annotations.length]).toEqual([HEAD_SHA, 'failure', '15 findings', 15]);
    expect(created.output.annotations[0]).toMatchObject({ path: POSTURE, start_line: 16, annotation_level: 'failure' });
    expect(run.outputs.findings).toBe('15');
  }, 60_000);

  it('without `checks: write` still posts the review, names the missing permission and points to where the findings are', async () => {
    const many = manyFindings();
    fake.files = many.files;
    fake.failures = [{ method: 'POST', path: /\/check-runs$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }];
    const run = await runAction(fake, { 'filter-mode': 'file', 'fail-on': 'never' }, sameRepositoryEvent, many.prepare);
    expect(run.code).toBe(0);
    expect(commands(run.stdout).slice(-1)).toEqual([
      '::notice::lofp-lint: 5 more findings not shown as annotations (GitHub shows 10 per type per step); all 15 are in the log and the job summary.',
    ]);
    expect(run.stdout.split('\n').filter((l) => l.includes('the token lacks'))).toEqual([
      'lofp-lint: no check run: the token lacks `checks: write` (POST /repos/{owner}/{repo}/check-runs answered HTTP 403: Resource not accessible by integration); ' +
        'give the job `permissions: checks: write`.',
    ]);
    // The refusal ends the check run only: the review and the file comment are posted.
    expect(fake.writes()).toEqual([`POST /repos/${REPOSITORY}/check-runs`, `POST ${REVIEW_ROUTE}`, `POST ${COMMENTS_ROUTE}`]);
    expect(fake.comments.length).toBe(15);
    expect(run.summary).toContain('\nNo check run: the token lacks `checks: write`.\n\nReview: 15 suggestion comments posted.\n');
  }, 60_000);

  it('reports a finding about the whole rule when only its query changed (filter-mode added)', async () => {
    const secret = fixtureText(SECRET);
    fake.files = [{ filename: SECRET, status: 'modified', changes: 2, patch: modifiedFilePatch(secret, { from: 16, to: 16 }, ['        eventName: HeadObject']) }];
    const run = await runAction(fake, {}, sameRepositoryEvent);
    expect(run.code).toBe(1);
    // The placeholder list (lines 21-22) is outside the hunk (lines 13-19), yet it is what the rule ships.
    expect(commands(run.stdout)).toEqual([expectedAnnotations()[2], '::error::lofp-lint: 1 finding at or above fail-on "error"']);
    expect(run.summary).not.toContain('outside the changes');
    // The fixed line is outside the diff: a file comment with the text to add.
    const comment = fake.requests.find((r) => r.method === 'POST')!;
    expect([comment.url, (comment.body as { subject_type: string }).subject_type]).toEqual([COMMENTS_ROUTE, 'file']);
  }, 60_000);

  it('never lets text from a rule file print a workflow command', async () => {
    const evil = 'rules/sigma/evil.yml';
    const text = fixtureText(TRAIL).replace('title: AWS CloudTrail Trail Created', 'title: "Evil\\n::error file=x.yml::injected\\n::add-mask::x"');
    fake.files = [{ filename: evil, status: 'added', changes: 18, patch: addedFilePatch(text) }];
    const run = await runAction(fake, { suggestions: 'false' }, pullRequestEvent, (workspace) => writeFileSync(path.join(workspace, evil), text));
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::(error file=x|add-mask)/.test(l))).toEqual([]);
    expect(lines).toContain(
      'error  rules/sigma/evil.yml:1:1  "Evil ::error file=x.yml::injected ::add-mask::x" documents no false positives; 1 catalog entry applies  [missing-false-positives]',
    );
    expect(commands(run.stdout)[0]!.startsWith(
      `::error title=lofp-lint%3A missing-false-positives,file=${evil},line=1,endLine=1,col=1::"Evil%0A::error file=x.yml::injected%0A::add-mask::x" documents`,
    )).toBe(true);
  }, 60_000);
});

describe('the Action in audit mode', () => {
  let fake: FakeGitHub;
  const schedule = { name: 'schedule', payload: { schedule: '0 6 * * 1' } };
  const MARKER = '<!-- lofp-lint:audit-issue:T1530 -->';
  const ISSUES_ROUTE = `/repos/${REPOSITORY}/issues`;
  const LIST_ISSUES = `GET ${ISSUES_ROUTE}?state=all&sort=updated&direction=desc&per_page=100`;
  const BLOB = `https://github.com/${REPOSITORY}/blob/${RUN_SHA}`;
  const catalogSize = loadBuiltinEntries().filter((e) => e.technique.startsWith('T1530')).length;

  beforeAll(async () => {
    fake = new FakeGitHub(REPOSITORY, PULL, []);
    await fake.start();
  });
  afterAll(() => fake.stop());
  afterEach(() => {
    // Every request the Action sent is one GitHub's REST description allows.
    expect(fake.violations).toEqual([]);
    fake.requests.length = 0;
    fake.failures = [];
    fake.issues = [];
  });

  function audit(inputs: Record<string, string>, prepare?: (workspace: string) => void): Promise<ActionRun> {
    return runAction(fake, { paths: 'rules', 'fail-on': 'never', ...inputs }, schedule, prepare);
  }

  /** Documents the CloudTrail rule's false positive with the catalog text: 2 of 5 rules complete. */
  function documentTrail(workspace: string): void {
    const file = path.join(workspace, TRAIL);
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: medium', `falsepositives:\n    - ${insert(TRAIL_ENTRY)}\nlevel: medium`));
  }

  /** 120 issues and pull requests of other people, more recently updated than anything the Action writes before them. */
  function busyRepository(): void {
    for (let i = 0; i < 120; i++) {
      fake.addIssue({ title: `Issue ${i}`, body: `Text ${i}`, state: i % 3 === 0 ? 'closed' : 'open', state_reason: i % 3 === 0 ? 'completed' : null });
    }
    // A pull request quoting the marker is no tracking issue.
    fake.addIssue({ title: 'Docs', body: `${MARKER}\nquoted`, state: 'open', state_reason: null, pull_request: { url: 'x' } });
  }

  const ours = (): StoredIssue[] => fake.issues.filter((i) => !i.pull_request && (i.body ?? '').startsWith(MARKER));

  it('writes the coverage report as the job summary, SARIF in the audit category, the JSON report and the badge', async () => {
    const run = await audit({ 'sarif-file': 'reports/lofp.sarif', 'report-file': '.lofp/report.json', 'badge-file': 'badges/lofp.json' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lofp-lint 0.1.0: full scan (schedule)\n');
    // No tracking issue asked for: no API call.
    expect(fake.requests).toEqual([]);
    expect(run.summary.split('\n').slice(0, 9)).toEqual([
      '# LoFP coverage audit: 20% complete',
      '',
      'Rules tagged T1530 that document their false positives completely: **1 of 5 (20%)**.',
      '',
      '- 1 complete, 0 incomplete, 2 with placeholders only, 2 undocumented',
      '- 4 catalog entries missing from at least one rule',
      `- 1 of ${catalogSize} catalog entries documented by at least one rule`,
      '- 5 rule files scanned, 0 skipped; lofp-lint 0.1.0',
      '',
    ]);
    expect(run.summary).toContain(
      `| AWS CloudTrail Trail Created | [\`${TRAIL}\`](${BLOB}/${TRAIL}#L1) | ❌ undocumented | \`${TRAIL_ENTRY}\` |\n`,
    );
    expect(run.summary).toContain(`\n${catalogSize - 1} of ${catalogSize} catalog entries are documented by no rule yet; 3 apply to rules here (most rules first), ${catalogSize - 4} to none of them.\n`);

    const file = (f: string) => path.join(run.workspace, f);
    expect(run.outputs).toEqual({
      findings: '4',
      errors: '4',
      warnings: '0',
      detections: '5',
      coverage: '20',
      'sarif-file': file('reports/lofp.sarif'),
      'report-file': file('.lofp/report.json'),
      'badge-file': file('badges/lofp.json'),
      'issue-url': '',
      truncated: 'false',
    });
    const sarif = JSON.parse(readFileSync(file('reports/lofp.sarif'), 'utf8')) as { runs: { automationDetails: { id: string }; results: unknown[] }[] };
    expect([sarif.runs[0]!.automationDetails.id, sarif.runs[0]!.results.length]).toEqual(['lofp-lint/audit/', 4]);
    expect(readFileSync(file('badges/lofp.json'), 'utf8')).toBe('{\n  "schemaVersion": 1,\n  "label": "LoFP coverage",\n  "message": "20%",\n  "color": "red"\n}\n');
    const report = JSON.parse(readFileSync(file('.lofp/report.json'), 'utf8')) as {
      baseline?: unknown;
      coverage: { total: unknown; byTechnique: { documentedEntries: number; uncoveredEntries: { id: string; rules: number }[] }[] };
    };
    expect(report.coverage.total).toEqual({ rules: 5, complete: 1, incomplete: 0, placeholdersOnly: 2, undocumented: 2, percentComplete: 20 });
    expect(report.coverage.byTechnique[0]!.documentedEntries).toBe(1);
    expect(report.coverage.byTechnique[0]!.uncoveredEntries.slice(0, 3)).toMatchObject([
      { id: SECRET_ENTRY, rules: 2 },
      { id: TRAIL_ENTRY, rules: 1 },
      { id: 'aws-s3-browser-cyberduck-clients', rules: 1 },
    ]);
    expect(report.baseline).toBeUndefined();
  }, 60_000);

  it('creates the tracking issue with its marker, after looking through open and closed issues', async () => {
    busyRepository();
    const run = await audit({ 'audit-issue': 'true' });
    expect(run.code).toBe(0);
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([LIST_ISSUES, `${LIST_ISSUES}&page=2`, `POST ${ISSUES_ROUTE}`]);
    const [issue] = ours();
    expect(issue).toMatchObject({ number: 122, title: 'lofp-lint: T1530 false-positive coverage 20%', state: 'open' });
    const body = issue!.body!;
    expect(body.startsWith(`${MARKER}\n# LoFP coverage audit: 20% complete\n\nRules tagged T1530`)).toBe(true);
    expect(body).toContain(`[\`${TRAIL}\`](${BLOB}/${TRAIL}#L1)`);
    expect(body.endsWith(
      `\n---\n\n_Kept current by lofp-lint 0.1.0 by [workflow run ${RUN_ID}](https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}): ` +
        'closed when every rule documents its false positives, reopened when one no longer does._\n',
    )).toBe(true);
    const url = `https://github.com/${REPOSITORY}/issues/122`;
    expect(run.stdout).toContain(`\nlofp-lint: tracking issue #122 ${url}: created\n`);
    expect(run.outputs['issue-url']).toBe(url);
    expect(run.summary.endsWith(`\n\nTracking issue [#122](${url}) opened.\n`)).toBe(true);
  }, 60_000);

  it('updates the same issue on the next run, closes it at 100% and reopens it when coverage drops', async () => {
    busyRepository();
    await audit({ 'audit-issue': 'true' });
    expect(ours().map((i) => [i.number, i.state])).toEqual([[122, 'open']]);

    fake.requests.length = 0;
    const second = await audit({ 'audit-issue': 'true' }, documentTrail);
    // The issue was the last one written, so the first page has it.
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([LIST_ISSUES, `PATCH ${ISSUES_ROUTE}/122`]);
    expect(fake.requests[1]!.body).toMatchObject({ title: 'lofp-lint: T1530 false-positive coverage 40%' });
    expect(ours().map((i) => [i.number, i.state, i.title])).toEqual([[122, 'open', 'lofp-lint: T1530 false-positive coverage 40%']]);
    expect(ours()[0]!.body!.startsWith(`${MARKER}\n# LoFP coverage audit: 40% complete\n`)).toBe(true);
    expect(second.stdout).toContain(`: tracking issue #122 https://github.com/${REPOSITORY}/issues/122: updated\n`);

    fake.requests.length = 0;
    const complete = await audit({ 'audit-issue': 'true', paths: 'rules/sigma/aws_s3_bucket_policy_read.yml' });
    expect(complete.outputs.coverage).toBe('100');
    expect(fake.requests.filter((r) => r.method !== 'GET').map((r) => [r.url, (r.body as { state?: string; state_reason?: string })])).toMatchObject([
      [`${ISSUES_ROUTE}/122`, { state: 'closed', state_reason: 'completed', title: 'lofp-lint: T1530 false-positive coverage 100%' }],
    ]);
    expect(ours().map((i) => [i.number, i.state, i.state_reason])).toEqual([[122, 'closed', 'completed']]);
    expect(complete.outputs['issue-url']).toBe('');
    expect(complete.summary).toContain(`\n\nTracking issue [#122](https://github.com/${REPOSITORY}/issues/122) closed: every rule documents its false positives completely.\n`);

    fake.requests.length = 0;
    const dropped = await audit({ 'audit-issue': 'true' });
    expect(fake.requests.filter((r) => r.method !== 'GET').map((r) => [r.url, r.body])).toMatchObject([
      [`${ISSUES_ROUTE}/122`, { state: 'open', state_reason: 'reopened', title: 'lofp-lint: T1530 false-positive coverage 20%' }],
    ]);
    expect(ours().map((i) => [i.number, i.state])).toEqual([[122, 'open']]);
    expect(dropped.summary).toContain('reopened: coverage dropped below 100%.\n');
  }, 120_000);

  it('falls back to the job summary when the token may not write issues, says so once and does not fail', async () => {
    fake.failures = [{ method: 'POST', path: /\/issues$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }];
    const run = await audit({ 'audit-issue': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.includes('the token lacks'))).toEqual([
      'lofp-lint: no tracking issue: the token lacks `issues: write` (POST /repos/{owner}/{repo}/issues answered HTTP 403: Resource not accessible by integration); ' +
        'give the job `permissions: issues: write`.',
    ]);
    expect(fake.writes()).toEqual([`POST ${ISSUES_ROUTE}`]);
    expect(run.summary.startsWith('# LoFP coverage audit: 20% complete\n')).toBe(true);
    expect(run.summary.endsWith('\n\nNo tracking issue: the token lacks `issues: write`.\n')).toBe(true);
    expect(run.outputs['issue-url']).toBe('');
  }, 60_000);

  it('reports the trend since a baseline; a missing baseline is one log line', async () => {
    const first = await audit({ baseline: '.lofp/previous.json', 'report-file': '.lofp/report.json' });
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').filter((l) => /baseline/i.test(l))).toEqual([
      'lofp-lint: no baseline at .lofp/previous.json yet (normal on a first run); this report shows no trend.',
    ]);
    expect(first.summary).not.toContain('## Since the baseline');

    // As a workflow restores it: one path is both the baseline read and the report written.
    const previous = readFileSync(path.join(first.workspace, '.lofp/report.json'), 'utf8');
    const second = await audit({ baseline: '.lofp/audit.json', 'report-file': '.lofp/audit.json' }, (workspace) => {
      mkdirSync(path.join(workspace, '.lofp'));
      writeFileSync(path.join(workspace, '.lofp/audit.json'), previous);
      documentTrail(workspace);
    });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/baseline/i);
    const written = JSON.parse(readFileSync(path.join(second.workspace, '.lofp/audit.json'), 'utf8')) as { coverage: { total: { percentComplete: number } } };
    expect(written.coverage.total.percentComplete).toBe(40);
    expect(second.summary).toContain(
      [
        '## Since the baseline',
        '',
        'Complete: 20% → 40% (+20 points); rules: 5 → 5.',
        '0 new rules, 1 fixed, 0 regressions, 0 removed.',
        '',
        'Fixed rules:',
        '',
        `- [\`${TRAIL}\`](${BLOB}/${TRAIL}#L1) AWS CloudTrail Trail Created (undocumented → complete)`,
        '',
        '## By technique',
      ].join('\n'),
    );
  }, 60_000);

  it('fails with one clean line when the baseline is not a report', async () => {
    const run = await audit({ baseline: 'previous.json' }, (workspace) => writeFileSync(path.join(workspace, 'previous.json'), '{"tool": {}}'));
    expect(run.code).toBe(1);
    expect(commands(run.stdout).slice(-1)).toEqual([
      `::error::lofp-lint: baseline ${path.join(run.workspace, 'previous.json')} is not a lofp-lint JSON report (no \`detections\` array); write one with \`lofp-lint audit --format json\``,
    ]);
  }, 60_000);
});

describe('the Action outside pull requests', () => {
  it('fails with one clean line on a bad input', async () => {
    const run = await runAction(null, { 'fail-on': 'sometimes' }, pullRequestEvent);
    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toEqual(['::error::lofp-lint: input "fail-on" is "sometimes"; expected one of error, warning, note, never']);
  }, 60_000);
});
