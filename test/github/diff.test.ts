import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import {
  changedPaths,
  fetchPullRequestDiff,
  parsePatch,
  parseUnifiedDiff,
  readGitDiff,
  unquoteGitPath,
} from '../../src/github/diff.js';

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('parsePatch', () => {
  it('numbers added and context lines on the new side across hunks', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' title: S3 read',
      '-status: test',
      '+status: stable',
      '+level: high',
      ' tags:',
      '   - attack.t1530',
      '@@ -20,3 +21,4 @@ detection:',
      ' condition: selection',
      '+falsepositives:',
      '+    - Backups',
      '-level: low',
      '\\ No newline at end of file',
    ].join('\n');
    const lines = parsePatch(patch);
    expect(sorted(lines.added)).toEqual([2, 3, 22, 23]);
    expect(sorted(lines.context)).toEqual([1, 4, 5, 21]);
  });

  it('reads a hunk header without counts as one line each side', () => {
    const lines = parsePatch('@@ -3 +3 @@\n-a\n+b');
    expect(sorted(lines.added)).toEqual([3]);
    expect(sorted(lines.context)).toEqual([]);
  });

  it('treats added lines whose text starts with +++ or @@ as content', () => {
    const lines = parsePatch('@@ -0,0 +1,3 @@\n+++ not a header\n+@@ nor this\n+--- x');
    expect(sorted(lines.added)).toEqual([1, 2, 3]);
  });

  it('reads a new file', () => {
    const lines = parsePatch('@@ -0,0 +1,2 @@\n+title: x\n+id: y');
    expect(sorted(lines.added)).toEqual([1, 2]);
  });
});

describe('unquoteGitPath', () => {
  it.each([
    ['rules/a.yml', 'rules/a.yml'],
    ['"rules/tab\\there.yml"', 'rules/tab\there.yml'],
    ['"rules/quote\\"d.yml"', 'rules/quote"d.yml'],
    ['"rules/\\303\\251t\\303\\251.yml"', 'rules/été.yml'],
  ])('%s', (raw, expected) => {
    expect(unquoteGitPath(raw)).toBe(expected);
  });
});

describe('parseUnifiedDiff', () => {
  it('reads modified, added, removed and renamed files', () => {
    const text = [
      'diff --git a/rules/a.yml b/rules/a.yml',
      'index 1111111..2222222 100644',
      '--- a/rules/a.yml',
      '+++ b/rules/a.yml',
      '@@ -1,2 +1,3 @@',
      ' title: A',
      '+id: 1',
      ' level: low',
      'diff --git a/rules/new file.yml b/rules/new file.yml',
      'new file mode 100644',
      'index 0000000..3333333',
      '--- /dev/null',
      '+++ b/rules/new file.yml\t',
      '@@ -0,0 +1,2 @@',
      '+title: New',
      '+--- looks like a header',
      'diff --git a/rules/old.yml b/rules/old.yml',
      'deleted file mode 100644',
      '--- a/rules/old.yml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-title: Old',
      'diff --git a/rules/x.toml b/rules/y.toml',
      'similarity index 100%',
      'rename from rules/x.toml',
      'rename to rules/y.toml',
      '',
    ].join('\n');
    const files = parseUnifiedDiff(text);
    expect(files.map((f) => [f.path, f.status, f.previousPath, sorted(f.added), sorted(f.context)])).toEqual([
      ['rules/a.yml', 'modified', undefined, [2], [1, 3]],
      ['rules/new file.yml', 'added', undefined, [1, 2], []],
      ['rules/old.yml', 'removed', undefined, [], []],
      ['rules/y.toml', 'renamed', 'rules/x.toml', [], []],
    ]);
  });
});

describe('readGitDiff', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-gitdiff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();

  it('diffs head against the merge base, and gives up on unknown commits', async () => {
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'rule.yml'), 'title: A\nlevel: low\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'rule.yml'), 'title: A\nfalsepositives:\n  - Backups\nlevel: low\n');
    git('commit', '-q', '-am', 'head');
    const head = git('rev-parse', 'HEAD');

    const diff = await readGitDiff(dir, base, head);
    expect(diff?.source).toBe('git');
    const file = diff?.files.get('rule.yml');
    expect(file && [file.status, sorted(file.added), sorted(file.context), file.linesKnown]).toEqual(['modified', [2, 3], [1, 4], true]);

    expect(await readGitDiff(dir, base, 'f'.repeat(40))).toBeNull();
    expect(await readGitDiff(dir, '--output=x', head)).toBeNull();
  });
});

function fakeClient(pages: unknown[][]): GitHubClient & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    request: async () => {
      throw new Error('not used');
    },
    paginate: async <T>(route: string, params: Record<string, unknown>, options: { max: number }) => {
      calls.push([route, params, options.max]);
      return pages.flat() as T[];
    },
  };
}

describe('fetchPullRequestDiff', () => {
  it('reads every listed file; a file without patch has unknown lines unless it has no changes', async () => {
    const client = fakeClient([
      [
        { filename: 'rules/a.yml', status: 'modified', changes: 2, patch: '@@ -1,2 +1,3 @@\n title: A\n+id: 1\n level: low' },
        { filename: 'rules/huge.yml', status: 'modified', changes: 9000 },
        { filename: 'rules/moved.yml', status: 'renamed', changes: 0, previous_filename: 'rules/old.yml' },
        { filename: 'rules/gone.yml', status: 'removed', changes: 1, patch: '@@ -1 +0,0 @@\n-x' },
      ],
    ]);
    const diff = await fetchPullRequestDiff(client, { owner: 'o', repo: 'r', number: 7 });
    expect(client.calls).toEqual([
      ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'o', repo: 'r', pull_number: 7, per_page: 100 }, 3000],
    ]);
    expect([...diff.files.values()].map((f) => [f.path, f.status, f.linesKnown, sorted(f.added), f.previousPath])).toEqual([
      ['rules/a.yml', 'modified', true, [2], undefined],
      ['rules/huge.yml', 'modified', false, [], undefined],
      ['rules/moved.yml', 'renamed', true, [], 'rules/old.yml'],
      ['rules/gone.yml', 'removed', true, [], undefined],
    ]);
    expect(diff.truncated).toBe(false);
    expect([...changedPaths(diff)]).toEqual(['rules/a.yml', 'rules/huge.yml', 'rules/moved.yml']);
  });

  it('says when GitHub listed the maximum of 3,000 files', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}.yml`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' }));
    const diff = await fetchPullRequestDiff(fakeClient([files]), { owner: 'o', repo: 'r', number: 1 });
    expect(diff.truncated).toBe(true);
    expect(diff.files.size).toBe(3000);
  });
});
