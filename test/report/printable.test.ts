/**
 * Rule titles and file names cannot forge GitHub workflow commands (`::error ...`,
 * `::add-mask::`) or terminal escapes through the stylish and Markdown reports: every text the
 * rule files control is printed on one line with its control characters escaped.
 */
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { computeCoverage } from '../../src/report/coverage.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { printable } from '../../src/report/printable.js';
import { renderStylish } from '../../src/report/stylish.js';
import { analysis, detection, entry, finding, lintResult, suggestion } from './sample-result.js';

const FORGED_TITLE = 'Bucket read\n::error file=README.md,line=1::forged\r\n::add-mask::secret\u2028::warning::x';
const FORGED_PATH = 'rules/evil\n::error::path\u001b[2J.yml';

function forgedResult() {
  const rule = detection(FORGED_PATH, { title: FORGED_TITLE, dataSources: ['product:aws\n::notice::group'] });
  const result = lintResult(
    [rule],
    [finding('missing-false-positives', FORGED_PATH, { message: `"${FORGED_TITLE}" documents no false positives`, suggestions: [suggestion('aws-backup')] })],
    ['T1530'],
    [analysis(['aws-backup'])],
  );
  result.skipped = [{ path: 'rules/skip\n::error::skipped.yml', reason: 'a FIFO, not a regular file; not read' }];
  result.summary.skipped = 1;
  return result;
}

/** Lines a GitHub runner would read as workflow commands. */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
}

describe('printable', () => {
  it('escapes line breaks, escape sequences and bidi overrides, turns tabs into spaces', () => {
    expect(printable('a\nb\r\nc\rd\u2028e\u0085f\u001b[31mg\th\u202Ei\u0000')).toBe('a\\nb\\r\\nc\\rd\\u2028e\\x85f\\x1B[31mg h\\u202Ei\\x00');
    expect(printable('plain text, ünïcode — “quotes”')).toBe('plain text, ünïcode — “quotes”');
  });
});

describe('stylish', () => {
  it('prints forged titles, paths and skip notes on one line each', () => {
    const output = renderStylish(forgedResult(), { color: false, verbose: true });
    expect(commandLines(output)).toEqual([]);
    expect(output.split('\n')).toEqual([
      'rules/evil\\n::error::path\\x1B[2J.yml',
      '  1:1  error    "Bucket read\\n::error file=README.md,line=1::forged\\r\\n::add-mask::secret\\u2028::warning::x" documents no false positives  missing-false-positives',
      '',
      'skipped rules/skip\\n::error::skipped.yml: a FIFO, not a regular file; not read',
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 notes) in 1 rule tagged T1530 in 1 file; 1 skipped',
      '',
    ]);
  });
});

describe('markdown', () => {
  it('prints forged titles, paths and data sources without a workflow command or escape sequence', () => {
    const result = forgedResult();
    const output = renderMarkdown(result, computeCoverage(result, [entry('aws-backup')]));
    expect(commandLines(output)).toEqual([]);
    expect(output).not.toContain('\u001b');
    expect(output).toContain('| `rules/evil\\n::error::path\\x1B[2J.yml` |');
    expect(output).toContain('| Bucket read ::error file=README.md,line=1::forged ::add-mask::secret ::warning::x |');
  });
});

describe('--fix-dry-run', () => {
  it('prints a forged file name on one line in the diff header', () => {
    const diff = unifiedDiff(FORGED_PATH, 'a\n', [{ startLine: 2, endLine: 1, lines: ['b'] }]);
    expect(diff.split('\n').slice(0, 2)).toEqual(['--- a/rules/evil\\n::error::path\\x1B[2J.yml', '+++ b/rules/evil\\n::error::path\\x1B[2J.yml']);
  });
});
