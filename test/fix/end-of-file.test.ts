/**
 * Edits at the end of a file and in CRLF files: `applyEdits` keeps the final-newline state, and
 * the `--fix-dry-run` diff applies with `git apply` to exactly what `--fix` writes.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import type { TextEdit } from '../../src/fix/edits.js';
import { gitApply } from './git-apply.js';

const cases: { name: string; text: string; edits: TextEdit[]; fixed: string }[] = [
  {
    name: 'replacing the two last lines of a file without final newline by one',
    text: 'a: 1\nfp:\n  - Unknown\n  - None',
    edits: [
      { startLine: 3, endLine: 3, lines: ['  - Admins'] },
      { startLine: 4, endLine: 4, lines: [] },
    ],
    fixed: 'a: 1\nfp:\n  - Admins',
  },
  {
    // The line left last is untouched: it keeps its bytes, so git shows only the deletion.
    name: 'deleting the last line of a file without final newline',
    text: 'a\nb\nc',
    edits: [{ startLine: 3, endLine: 3, lines: [] }],
    fixed: 'a\nb\n',
  },
  {
    name: 'replacing the last line by several, no final newline',
    text: 'a\nb',
    edits: [{ startLine: 2, endLine: 2, lines: ['B1', 'B2'] }],
    fixed: 'a\nB1\nB2',
  },
  {
    name: 'appending after a last line without newline, CRLF',
    text: 'a\r\nb',
    edits: [{ startLine: 3, endLine: 2, lines: ['c', 'd'] }],
    fixed: 'a\r\nb\r\nc\r\nd',
  },
  {
    name: 'deleting the last line of a file with a final newline',
    text: 'a\nb\nc\n',
    edits: [{ startLine: 3, endLine: 3, lines: [] }],
    fixed: 'a\nb\n',
  },
  {
    name: 'inserting in the middle of a CRLF file with a BOM',
    text: '\ufefftitle: x\r\nfp:\r\n  - a\r\nlevel: low\r\n',
    edits: [{ startLine: 4, endLine: 3, lines: ['  - b'] }],
    fixed: '\ufefftitle: x\r\nfp:\r\n  - a\r\n  - b\r\nlevel: low\r\n',
  },
];

describe('edits at the end of a file', () => {
  it.each(cases)('applyEdits: $name', ({ text, edits, fixed }) => {
    expect(applyEdits(text, edits)).toBe(fixed);
  });

  it.each(cases)('git apply of the dry-run diff gives the fix: $name', ({ text, edits, fixed }) => {
    expect(gitApply('rule.yml', text, unifiedDiff('rule.yml', text, edits))).toBe(fixed);
  });

  it('marks the missing final newline and the former last line that gains one', () => {
    expect(unifiedDiff('r.yml', 'a\nb', [{ startLine: 3, endLine: 2, lines: ['c'] }])).toBe(
      ['--- a/r.yml', '+++ b/r.yml', '@@ -1,2 +1,3 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+c', '\\ No newline at end of file', ''].join('\n'),
    );
  });

  it('keeps the carriage returns of CRLF lines, context and new lines alike', () => {
    expect(unifiedDiff('r.yml', 'a\r\nb\r\n', [{ startLine: 2, endLine: 2, lines: ['B'] }])).toBe(
      ['--- a/r.yml', '+++ b/r.yml', '@@ -1,2 +1,2 @@', ' a\r', '-b\r', '+B\r', ''].join('\n'),
    );
  });
});
