import { describe, expect, it } from 'vitest';
import { filterFindings, rangeInDiff, type FilterMode } from '../../src/github/filter.js';
import { fileDiff, finding, pullDiff } from './helpers.js';

// rules/a.yml: lines 5-6 added, 3-4 and 7 context. rules/big.yml: patch not sent by GitHub.
const diff = pullDiff(
  fileDiff('rules/a.yml', [5, 6], [3, 4, 7]),
  fileDiff('rules/big.yml', [], [], { linesKnown: false }),
  fileDiff('rules/gone.yml', [], [], { status: 'removed' }),
);

const findings = [
  finding({ fingerprint: 'added', line: 5, endLine: 5 }),
  finding({ fingerprint: 'context', line: 3, endLine: 3 }),
  finding({ fingerprint: 'span-reaching-added', line: 1, endLine: 6 }),
  finding({ fingerprint: 'outside-hunks', line: 20, endLine: 21 }),
  finding({ fingerprint: 'unknown-lines', path: 'rules/big.yml', line: 40, endLine: 40 }),
  finding({ fingerprint: 'unchanged-file', path: 'rules/other.yml' }),
  finding({ fingerprint: 'removed-file', path: 'rules/gone.yml' }),
];

describe('filterFindings', () => {
  it.each<[FilterMode, string[]]>([
    ['added', ['added', 'span-reaching-added', 'unknown-lines']],
    ['diff_context', ['added', 'context', 'span-reaching-added', 'unknown-lines']],
    ['file', ['added', 'context', 'span-reaching-added', 'outside-hunks', 'unknown-lines']],
    ['nofilter', ['added', 'context', 'span-reaching-added', 'outside-hunks', 'unknown-lines', 'unchanged-file', 'removed-file']],
  ])('%s keeps %j', (mode, kept) => {
    const result = filterFindings(findings, diff, mode);
    expect(result.kept.map((f) => f.fingerprint)).toEqual(kept);
    expect(result.dropped.length).toBe(findings.length - kept.length);
  });
});

describe('rangeInDiff', () => {
  const file = diff.files.get('rules/a.yml');
  it.each([
    [3, 7, true],
    [5, 5, true],
    [2, 3, false],
    [7, 8, false],
  ])('%i..%i -> %s', (start, end, expected) => {
    expect(rangeInDiff(file, start, end)).toBe(expected);
  });

  it('is false for files with unknown lines and files not in the diff', () => {
    expect(rangeInDiff(diff.files.get('rules/big.yml'), 1, 1)).toBe(false);
    expect(rangeInDiff(undefined, 1, 1)).toBe(false);
  });
});

describe('rule-level findings', () => {
  // rules/a.yml holds two rules: lines 1-10 (its query changed on line 5) and 12-20 (untouched).
  const rules = new Map([['rules/a.yml', [{ line: 1, endLine: 10 }, { line: 12, endLine: 20 }]]]);
  const onRule = (check: string, line: number, fingerprint: string) => finding({ check, line, endLine: line + 1, fingerprint });

  it('count when any line of their rule changed, in added and diff_context modes', () => {
    const findings = [
      onRule('placeholder-false-positives', 8, 'placeholder-in-changed-rule'),
      onRule('missing-catalog-entry', 8, 'catalog-in-changed-rule'),
      onRule('vague-false-positive', 1, 'vague-in-changed-rule'),
      onRule('missing-false-positives', 14, 'other-rule'),
      onRule('uncatalogued-false-positive', 8, 'item-level'),
    ];
    expect(filterFindings(findings, diff, 'added', rules).kept.map((f) => f.fingerprint)).toEqual([
      'placeholder-in-changed-rule',
      'catalog-in-changed-rule',
      'vague-in-changed-rule',
    ]);
    // Without the rules' spans, only the finding's own lines count (as reviewdog does).
    expect(filterFindings(findings, diff, 'added').kept.map((f) => f.fingerprint)).toEqual([]);
  });
});
