import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';

describe('applyEdits', () => {
  it('inserts before a line, keeping CRLF', () => {
    const text = 'a\r\nb\r\nc\r\n';
    expect(applyEdits(text, [{ startLine: 3, endLine: 2, lines: ['x', 'y'] }])).toBe('a\r\nb\r\nx\r\ny\r\nc\r\n');
  });
  it('replaces a range and keeps a missing final newline', () => {
    expect(applyEdits('a\nb\nc', [{ startLine: 3, endLine: 3, lines: ['C1', 'C2'] }])).toBe('a\nb\nC1\nC2');
  });
  it('appends after a last line without newline', () => {
    expect(applyEdits('a\nb', [{ startLine: 3, endLine: 2, lines: ['c'] }])).toBe('a\nb\nc');
    expect(applyEdits('a\nb\n', [{ startLine: 3, endLine: 2, lines: ['c'] }])).toBe('a\nb\nc\n');
  });
  it('applies several edits against original line numbers', () => {
    const out = applyEdits('1\n2\n3\n4\n', [
      { startLine: 2, endLine: 2, lines: ['two'] },
      { startLine: 4, endLine: 3, lines: ['3.5'] },
    ]);
    expect(out).toBe('1\ntwo\n3\n3.5\n4\n');
  });
  it('keeps tabs and trailing spaces of untouched lines', () => {
    expect(applyEdits('\tx \ny\n', [{ startLine: 2, endLine: 2, lines: ['z'] }])).toBe('\tx \nz\n');
  });
  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('a\nb\n', [
        { startLine: 1, endLine: 2, lines: [] },
        { startLine: 2, endLine: 2, lines: ['x'] },
      ]),
    ).toThrow('overlapping edits');
  });
});

describe('unifiedDiff', () => {
  it('prints a hunk with three lines of context', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n') + '\n';
    expect(unifiedDiff('r.yml', text, [{ startLine: 5, endLine: 5, lines: ['E', 'E2'] }])).toBe(
      ['--- a/r.yml', '+++ b/r.yml', '@@ -2,6 +2,7 @@', ' b', ' c', ' d', '-e', '+E', '+E2', ' f', ' g', ''].join('\n'),
    );
  });
  it('prints an insertion', () => {
    expect(unifiedDiff('r.yml', 'a\nb\n', [{ startLine: 3, endLine: 2, lines: ['c'] }])).toBe(
      ['--- a/r.yml', '+++ b/r.yml', '@@ -1,2 +1,3 @@', ' a', ' b', '+c', ''].join('\n'),
    );
  });
});
