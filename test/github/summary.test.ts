import { describe, expect, it } from 'vitest';
import { JOB_SUMMARY_MAX_BYTES, renderSummary, type SummaryInput } from '../../src/github/summary.js';
import type { CoverageCounts } from '../../src/report/coverage.js';
import type { LintResult } from '../../src/result.js';
import { finding } from './helpers.js';

function result(overrides: Partial<LintResult> = {}): LintResult {
  return {
    tool: { name: 'lofp-lint', version: '0.1.0' },
    techniques: ['T1530'],
    detections: [],
    analyses: [],
    findings: [],
    skipped: [],
    suppressed: [],
    summary: { files: 3, detections: 2, skipped: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 },
    ...overrides,
  };
}

const coverage: CoverageCounts = { rules: 2, complete: 1, incomplete: 0, placeholdersOnly: 0, undocumented: 1, percentComplete: 50 };

const fixable = finding({
  path: 'rules/s3 read.yml',
  line: 3,
  endLine: 3,
  message: '"S3 <read>" documents no false positives; 1 catalog entry applies',
  fix: { title: 'Add 1 false positive to `falsepositives`', edits: [{ startLine: 9, endLine: 8, lines: ['falsepositives:', '  - AWS Backup jobs'] }] },
  suggestions: [{ id: 'aws-backup', text: 'Backup', insert: 'AWS Backup jobs', confidence: 'high', reason: 'r' }],
});
const warning = finding({ severity: 'warning', check: 'placeholder-false-positives', path: 'rules/b.yml', line: 7, endLine: 8, message: 'only "Unknown" | "None"' });

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    result: result(),
    findings: [warning, fixable],
    outsideFilter: 2,
    filterMode: 'added',
    coverage,
    links: { serverUrl: 'https://github.com', repository: 'acme/rules', sha: 'abc123' },
    notes: ['Review: 1 suggestion comment posted.'],
    ...overrides,
  };
}

describe('renderSummary', () => {
  it('renders headline, table (most severe first, linked, escaped) and suggestions', () => {
    expect(renderSummary(input())).toBe(
      [
        '## lofp-lint · T1530',
        '',
        '**1 error, 1 warning, 0 notes** in 2 rules (3 files read) · documentation coverage **50%** (1 of 2 rules complete)',
        '',
        '2 findings outside the changes of this pull request are not reported (filter-mode `added`).',
        '',
        'Review: 1 suggestion comment posted.',
        '',
        '| Severity | Location | Check | Message |',
        '|---|---|---|---|',
        '| error | [rules/s3 read.yml:3](https://github.com/acme/rules/blob/abc123/rules/s3%20read.yml#L3) | `missing-false-positives` | &quot;S3 &lt;read&gt;&quot; documents no false positives; 1 catalog entry applies |',
        '| warning | [rules/b.yml:7](https://github.com/acme/rules/blob/abc123/rules/b.yml#L7) | `placeholder-false-positives` | only &quot;Unknown&quot; \\| &quot;None&quot; |',
        '',
        '### Suggested false positives',
        '',
        '**rules/s3 read.yml** · Add 1 false positive to `falsepositives`',
        '',
        'Insert after line 8:',
        '',
        '```yaml',
        'falsepositives:',
        '  - AWS Backup jobs',
        '```',
        '',
        'From the LoFP catalog:',
        '- `aws-backup`: high confidence, r',
        '',
      ].join('\n'),
    );
  });

  it('renders the code spans of messages as code in table cells and quotes each suggestion once', () => {
    const medium = { id: 'aws-admin', text: 'Admin', insert: 'Administrators `auditing` buckets', confidence: 'medium' as const, reason: 'data source aws' };
    const placeholder = finding({
      check: 'placeholder-false-positives',
      path: 'rules/p.yml',
      line: 5,
      endLine: 5,
      message: '`falsepositives` holds only placeholders: "Unknown"',
      fix: { title: 'Replace the placeholder in `falsepositives`', edits: [{ startLine: 5, endLine: 5, lines: ['  - AWS Backup jobs'] }] },
      suggestions: [fixable.suggestions[0]!, medium],
    });
    const lines = renderSummary(input({ findings: [placeholder], links: null, notes: [], outsideFilter: 0 })).split('\n');
    expect(lines).toContain('| error | rules/p.yml:5 | `placeholder-false-positives` | `falsepositives` holds only placeholders: &quot;Unknown&quot; |');
    expect(lines.slice(lines.indexOf('### Suggested false positives'))).toEqual([
      '### Suggested false positives',
      '',
      '**rules/p.yml** · Replace the placeholder in `falsepositives`',
      '',
      'Replace line 5 with:',
      '',
      '```yaml',
      '  - AWS Backup jobs',
      '```',
      '',
      'From the LoFP catalog:',
      '- `aws-backup`: high confidence, r',
      '- `aws-admin`: medium confidence, data source aws; not in the fix: Administrators \\`auditing\\` buckets',
      '',
    ]);
    expect(lines.filter((l) => l.includes('AWS Backup jobs')).length).toBe(1);
  });

  it('says when there is nothing to report, without links in a local run', () => {
    const text = renderSummary(input({ findings: [], outsideFilter: 0, filterMode: null, links: null, notes: [] }));
    expect(text).toBe(
      '## lofp-lint · T1530\n\n**0 errors, 0 warnings, 0 notes** in 2 rules (3 files read) · documentation coverage **50%** (1 of 2 rules complete)\n',
    );
  });

  it('lists skipped files in a collapsed block', () => {
    const text = renderSummary(input({ findings: [], result: result({ skipped: [{ path: 'rules/<x>.yml', reason: 'file larger than 1 MiB' }] }) }));
    expect(text.endsWith('\n<details><summary>1 file skipped</summary>\n\n- rules/&lt;x&gt;.yml: file larger than 1 MiB\n\n</details>\n')).toBe(true);
  });

  it('stays under the limit and says what it left out', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding({ path: `rules/r${i}.yml`, message: 'm'.repeat(100), fix: fixable.fix! }));
    const text = renderSummary(input({ findings }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES - 2048);
    const shown = text.split('\n').filter((l) => l.startsWith('| error |')).length;
    expect(text.endsWith(
      `\n_${20_000 - shown} findings and 20000 suggested fixes not shown: a job summary is limited to 1 MiB. The SARIF output (input \`sarif-file\`) lists every finding._\n`,
    )).toBe(true);
  });
});
