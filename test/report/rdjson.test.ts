import { describe, expect, it } from 'vitest';
import { renderRdjson } from '../../src/report/rdjson.js';
import { detection, finding, lintResult } from './sample-result.js';

describe('renderRdjson', () => {
  it('counts columns in UTF-8 bytes, as reviewdog does: an append after "é—" ends at byte 6', () => {
    // The last line has no final newline: the suggestion inserts after its last character.
    const text = 'title: x\nnote: é—';
    const d = detection('rules/x.yml', { text });
    const f = finding('missing-false-positives', 'rules/x.yml', {
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 9,
      fix: { title: 'add', edits: [{ startLine: 3, endLine: 2, lines: ['falsepositives: [Backup jobs]'] }] },
    });
    const report = JSON.parse(renderRdjson(lintResult([d], [f])));
    expect(report.diagnostics[0].location).toEqual({ path: 'rules/x.yml', range: { start: { line: 2, column: 7 }, end: { line: 2, column: 12 } } });
    expect(report.diagnostics[0].suggestions).toEqual([
      { range: { start: { line: 2, column: 12 }, end: { line: 2, column: 12 } }, text: '\nfalsepositives: [Backup jobs]' },
    ]);
  });

  it('maps severities and leaves suggestions out when a finding has no fix', () => {
    const d = detection('rules/y.yml');
    const report = JSON.parse(
      renderRdjson(lintResult([d], [finding('vague-false-positive', 'rules/y.yml', { severity: 'warning' }), finding('uncatalogued-false-positive', 'rules/y.yml', { severity: 'note' })])),
    );
    expect(report.diagnostics.map((x: { severity: string; suggestions?: unknown }) => [x.severity, 'suggestions' in x])).toEqual([
      ['WARNING', false],
      ['INFO', false],
    ]);
  });
});
