import { describe, expect, it } from 'vitest';
import type { Fix } from '../../src/fix/edits.js';
import { GitHubApiError, NoWriteAccessError, type GitHubClient } from '../../src/github/client.js';
import {
  COMMENT_BODY_MAX_CHARS,
  REVIEW_COMMENTS_PER_RUN,
  markerOf,
  planComments,
  publishReview,
  reconcile,
  suggestionBlock,
  type ExistingComment,
  type PlannedComment,
} from '../../src/github/review.js';
import { fileDiff, finding, pullDiff } from './helpers.js';

const file = ['title: S3 read', 'tags:', '  - attack.t1530', 'falsepositives:', '  - Unknown', 'level: high'];

describe('suggestionBlock', () => {
  it('comments on the line above an insertion and repeats it', () => {
    expect(suggestionBlock([{ startLine: 6, endLine: 5, lines: ['  - Backups'] }], file)).toEqual({
      startLine: 5,
      endLine: 5,
      lines: ['  - Unknown', '  - Backups'],
    });
  });

  it('replaces the edited lines', () => {
    expect(suggestionBlock([{ startLine: 5, endLine: 5, lines: ['  - Backups', '  - Replication'] }], file)).toEqual({
      startLine: 5,
      endLine: 5,
      lines: ['  - Backups', '  - Replication'],
    });
  });

  it('comments on the first line for an insertion at the top, repeating it after', () => {
    expect(suggestionBlock([{ startLine: 1, endLine: 0, lines: ['# header'] }], file)).toEqual({
      startLine: 1,
      endLine: 1,
      lines: ['# header', 'title: S3 read'],
    });
  });

  it('appends after the last line', () => {
    expect(suggestionBlock([{ startLine: 7, endLine: 6, lines: ['falsepositives:', '  - Backups'] }], file)).toEqual({
      startLine: 6,
      endLine: 6,
      lines: ['level: high', 'falsepositives:', '  - Backups'],
    });
  });

  it('covers several edits with one range, keeping the lines between them', () => {
    const edits = [
      { startLine: 2, endLine: 2, lines: ['tags: # ATT&CK'] },
      { startLine: 5, endLine: 5, lines: ['  - Backups'] },
    ];
    expect(suggestionBlock(edits, file)).toEqual({
      startLine: 2,
      endLine: 5,
      lines: ['tags: # ATT&CK', '  - attack.t1530', 'falsepositives:', '  - Backups'],
    });
  });

  it('gives up on edits outside the file or overlapping', () => {
    expect(suggestionBlock([{ startLine: 9, endLine: 9, lines: ['x'] }], file)).toBeNull();
    expect(suggestionBlock([{ startLine: 5, endLine: 7, lines: ['x'] }], file)).toBeNull();
    expect(
      suggestionBlock(
        [
          { startLine: 4, endLine: 5, lines: ['x'] },
          { startLine: 5, endLine: 5, lines: ['y'] },
        ],
        file,
      ),
    ).toBeNull();
    expect(suggestionBlock([], file)).toBeNull();
  });
});

const fix: Fix = { title: 'Replace the placeholder in `falsepositives` with 1 entry', edits: [{ startLine: 5, endLine: 5, lines: ['  - AWS Backup jobs reading the bucket'] }] };
const suggestion = { id: 'aws-backup', text: 'AWS Backup', insert: 'AWS Backup jobs reading the bucket', confidence: 'high' as const, reason: 'data source aws' };
const placeholder = finding({
  check: 'placeholder-false-positives',
  line: 5,
  endLine: 5,
  message: '`falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies',
  fix,
  suggestions: [suggestion],
  fingerprint: 'aaaa000000000001',
});
const sources = new Map([['rules/a.yml', `${file.join('\n')}\n`]]);

const inlineBody = [
  '<!-- lofp-lint:aaaa000000000001 -->',
  '**lofp-lint** · Replace the placeholder in `falsepositives` with 1 entry',
  '',
  '- **error** `placeholder-false-positives`: `falsepositives` holds only placeholders: &quot;Unknown&quot;; document who or what triggers the rule benignly; 1 catalog entry applies',
  '',
  '```suggestion',
  '  - AWS Backup jobs reading the bucket',
  '```',
  '',
  'From the LoFP catalog:',
  '- AWS Backup jobs reading the bucket (`aws-backup`, high confidence: data source aws)',
].join('\n');

describe('planComments', () => {
  it('keeps every body under GitHub\'s 65,536 characters, whatever the rule\'s text', () => {
    const title = 'T'.repeat(105_000);
    const huge = { ...placeholder, message: `"${title}" documents no false positives`, fix: { ...fix, title } };
    const [inline] = planComments([huge], sources, pullDiff(fileDiff('rules/a.yml', [5], [4, 6])));
    expect(inline!.body.length).toBeLessThan(COMMENT_BODY_MAX_CHARS);
    expect(inline!.body.split('\n').slice(1, 4)).toEqual([`**lofp-lint** · ${'T'.repeat(999)}…`, '', `- **error** \`placeholder-false-positives\`: &quot;${'T'.repeat(998)}…`]);
    expect(inline!.body).toContain('```suggestion\n  - AWS Backup jobs reading the bucket\n```');

    const longLines = { ...fix, edits: [{ startLine: 5, endLine: 5, lines: [`  - ${'x'.repeat(70_000)}`] }] };
    const [tooLong] = planComments([{ ...placeholder, fix: longLines }], sources, pullDiff(fileDiff('rules/a.yml', [5], [4, 6])));
    expect(tooLong!.body.length).toBeLessThan(COMMENT_BODY_MAX_CHARS);
    expect(tooLong!.body).toContain('\nThe fixed lines are too long for a review comment (70,') ;
    expect(tooLong!.body).toContain('characters; GitHub accepts 65,536). Run `npx lofp-lint --fix` to write them.\n');
  });

  it('posts a suggestion when the lines are in the diff', () => {
    const planned = planComments([placeholder], sources, pullDiff(fileDiff('rules/a.yml', [5], [4, 6])));
    expect(planned).toEqual([{ fingerprint: 'aaaa000000000001', path: 'rules/a.yml', body: inlineBody, range: { startLine: 5, line: 5 }, rank: 3 }]);
  });

  it('posts a file-level comment with the text to add when the lines are outside the diff', () => {
    const planned = planComments([placeholder], sources, pullDiff(fileDiff('rules/a.yml', [1], [2, 3])));
    expect(planned.map((p) => [p.range, p.body])).toEqual([
      [
        undefined,
        [
          '<!-- lofp-lint:aaaa000000000001 -->',
          '**lofp-lint** · Replace the placeholder in `falsepositives` with 1 entry',
          '',
          '- **error** `placeholder-false-positives`: `falsepositives` holds only placeholders: &quot;Unknown&quot;; document who or what triggers the rule benignly; 1 catalog entry applies',
          '',
          'These lines are outside the changes of this pull request, so GitHub cannot offer a one-click suggestion.',
          '',
          'Replace line 5 with:',
          '',
          '```yaml',
          '  - AWS Backup jobs reading the bucket',
          '```',
          '',
          'From the LoFP catalog:',
          '- AWS Backup jobs reading the bucket (`aws-backup`, high confidence: data source aws)',
        ].join('\n'),
      ],
    ]);
  });

  it('makes one comment for findings sharing a fix; none for files outside the pull request or without fix', () => {
    const twin = { ...placeholder, check: 'other-check', severity: 'warning' as const, fingerprint: 'bbbb000000000002' };
    const elsewhere = { ...placeholder, path: 'rules/untouched.yml' };
    const unfixable = finding({ fingerprint: 'cccc000000000003' });
    const planned = planComments([placeholder, twin, elsewhere, unfixable], sources, pullDiff(fileDiff('rules/a.yml', [5])));
    expect(planned.length).toBe(1);
    expect(planned[0]!.body).toContain('- **warning** `other-check`');
  });

  it('lengthens the suggestion fence when the text holds backticks', () => {
    const withTicks: Fix = { title: 't', edits: [{ startLine: 5, endLine: 5, lines: ['  - Runs ```make``` in CI'] }] };
    const [planned] = planComments([{ ...placeholder, fix: withTicks, suggestions: [] }], sources, pullDiff(fileDiff('rules/a.yml', [5])));
    expect(planned!.body.split('\n').slice(-3)).toEqual(['````suggestion', '  - Runs ```make``` in CI', '````']);
  });

  it('uses a multi-line range for an edit block', () => {
    const block: Fix = { title: 't', edits: [{ startLine: 4, endLine: 5, lines: ['falsepositives:', '  - Backups'] }] };
    const [planned] = planComments([{ ...placeholder, fix: block }], sources, pullDiff(fileDiff('rules/a.yml', [4, 5])));
    expect(planned!.range).toEqual({ startLine: 4, line: 5 });
  });
});

describe('markerOf', () => {
  it('reads own markers only at the start of a body', () => {
    expect(markerOf('<!-- lofp-lint:abc123 -->\ntext')).toBe('abc123');
    expect(markerOf('> <!-- lofp-lint:abc123 -->')).toBeNull();
    expect(markerOf('plain')).toBeNull();
  });
});

function planned(fingerprint: string, line?: number): PlannedComment {
  return {
    fingerprint,
    path: 'rules/a.yml',
    body: `<!-- lofp-lint:${fingerprint} -->\nbody ${fingerprint}`,
    ...(line !== undefined ? { range: { startLine: line, line } } : {}),
    rank: 3,
  };
}

function existing(id: number, fingerprint: string | null, line: number | null, extra: Partial<ExistingComment> = {}): ExistingComment {
  return {
    id,
    body: fingerprint ? `<!-- lofp-lint:${fingerprint} -->\nbody ${fingerprint}` : 'LGTM',
    path: 'rules/a.yml',
    line,
    ...extra,
  };
}

describe('reconcile', () => {
  it('skips what is posted, deletes own stale comments, leaves others and answered ones alone', () => {
    const result = reconcile(
      [planned('aa', 5), planned('bb', 9), planned('cc')],
      [
        existing(1, 'aa', 5),
        existing(2, 'dd', 3),
        existing(3, 'ee', 4),
        existing(4, null, 4, { in_reply_to_id: 3 }),
        existing(5, null, 5),
        existing(6, 'bb', null), // outdated: its lines changed since
        existing(7, 'cc', null, { subject_type: 'file' }),
      ],
    );
    expect(result.post.map((p) => p.fingerprint)).toEqual(['bb']);
    expect(result.unchanged).toBe(2);
    expect(result.stale.map((c) => c.id)).toEqual([2, 6]);
    expect(result.deferred).toBe(0);
  });

  it('re-posts a comment whose text changed', () => {
    const changed = { ...existing(1, 'aa', 5), body: '<!-- lofp-lint:aa -->\nolder text' };
    const result = reconcile([planned('aa', 5)], [changed]);
    expect([result.post.length, result.stale.map((c) => c.id)]).toEqual([1, [1]]);
  });

  it('posts at most 30 new comments per run', () => {
    const many = Array.from({ length: REVIEW_COMMENTS_PER_RUN + 4 }, (_, i) => planned(`f${i}`, i + 1));
    const result = reconcile(many, []);
    expect([result.post.length, result.deferred]).toEqual([30, 4]);
  });
});

function recordingClient(existingComments: ExistingComment[], failures: Record<string, Error> = {}) {
  const requests: [string, Record<string, unknown>][] = [];
  const client: GitHubClient = {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      requests.push([route, params]);
      const failure = failures[route];
      if (failure) throw failure;
      return {} as T;
    },
    async paginate<T>(route: string, params: Record<string, unknown>): Promise<T[]> {
      requests.push([route, params]);
      return existingComments as T[];
    },
  };
  return { client, requests };
}

const pull = { owner: 'o', repo: 'r', number: 4, headSha: 'h'.repeat(40) };

describe('publishReview', () => {
  it('posts inline comments as one review, file comments one by one, then deletes stale ones', async () => {
    const { client, requests } = recordingClient([existing(1, 'aa', 5), existing(2, 'dd', 8)]);
    const outcome = await publishReview(client, pull, [planned('aa', 5), { ...planned('bb', 6), range: { startLine: 5, line: 6 } }, planned('cc')]);
    expect(outcome).toEqual({ posted: 2, unchanged: 1, deleted: 1, deferred: 0, rejected: [] });
    expect(requests).toEqual([
      ['GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { owner: 'o', repo: 'r', pull_number: 4, per_page: 100 }],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        {
          owner: 'o',
          repo: 'r',
          pull_number: 4,
          commit_id: pull.headSha,
          event: 'COMMENT',
          body: '**lofp-lint** suggests false-positive documentation in 1 place. Apply a suggestion with *Commit suggestion*, or run `npx lofp-lint --fix` locally.',
          comments: [{ path: 'rules/a.yml', body: '<!-- lofp-lint:bb -->\nbody bb', line: 6, side: 'RIGHT', start_line: 5, start_side: 'RIGHT' }],
        },
      ],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
        { owner: 'o', repo: 'r', pull_number: 4, commit_id: pull.headSha, path: 'rules/a.yml', body: '<!-- lofp-lint:cc -->\nbody cc', subject_type: 'file' },
      ],
      ['DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { owner: 'o', repo: 'r', comment_id: 2 }],
    ]);
  });

  it('collects 422 refusals and carries on', async () => {
    const { client, requests } = recordingClient([], {
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': new GitHubApiError(
        422,
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        'Pull request review thread line must be part of the diff',
      ),
    });
    const outcome = await publishReview(client, pull, [planned('aa', 5), planned('cc')]);
    expect(outcome).toEqual({
      posted: 1,
      unchanged: 0,
      deleted: 0,
      deferred: 0,
      rejected: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews answered HTTP 422: Pull request review thread line must be part of the diff'],
    });
    expect(requests.length).toBe(3);
  });

  it('lets a refused write through for the caller to fall back', async () => {
    const denied = new NoWriteAccessError(403, 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'Resource not accessible by integration');
    const { client } = recordingClient([], { 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': denied });
    await expect(publishReview(client, pull, [planned('aa', 5)])).rejects.toBe(denied);
  });

  it('does nothing but read when nothing is planned and nothing is stale', async () => {
    const { client, requests } = recordingClient([existing(5, null, 5)]);
    expect(await publishReview(client, pull, [])).toEqual({ posted: 0, unchanged: 0, deleted: 0, deferred: 0, rejected: [] });
    expect(requests.length).toBe(1);
  });
});
