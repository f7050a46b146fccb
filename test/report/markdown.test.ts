import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BaselineDiff } from '../../src/report/baseline.js';
import { computeCoverage } from '../../src/report/coverage.js';
import { DETAILS_THRESHOLD, GITHUB_SUMMARY_LIMIT_BYTES, escapeMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { analysis, detection, entry, finding, lintResult, suggestion } from './sample-result.js';

const GOLDEN = new URL('../fixtures/report/audit.md', import.meta.url);

function sample() {
  const s3 = detection('rules/aws/s3_copy.yml', { id: 's3', title: 'S3 | copy *fast*', dataSources: ['product:aws'], titleSpan: { line: 2, endLine: 2 } });
  const blob = detection('rules/azure/blob download.yaml', { format: 'sentinel', title: 'Blob <download>', dataSources: ['azurestorageaccount'] });
  const gcs = detection('rules/gcp/gcs.toml', { format: 'elastic', title: 'GCS read', dataSources: ['logs-gcp*'] });
  const result = lintResult(
    [s3, blob, gcs],
    [
      finding('placeholder-false-positives', s3.path, {
        suggestions: ['aws-backup', 'aws-replication', 'aws-athena', 'aws-config'].map((id) => suggestion(id)),
      }),
      finding('missing-false-positives', blob.path, { suggestions: [suggestion('azcopy-admins')] }),
      finding('missing-catalog-entry', gcs.path, { severity: 'note', suggestions: [suggestion('gcs-transfer')] }),
      finding('parse-error', 'rules/broken.yml'),
    ],
    ['T1530'],
    [
      analysis(['aws-backup', 'aws-replication', 'aws-athena', 'aws-config']),
      analysis(['azcopy-admins']),
      // The GCS rule documents one relevant entry, and an Athena item the matcher ties to its entry.
      analysis(['gcs-lifecycle', 'gcs-transfer'], ['gcs-lifecycle'], [['Athena queries over exported logs', 'aws-athena']]),
    ],
  );
  const entries = ['aws-backup', 'aws-replication', 'aws-athena', 'aws-config', 'azcopy-admins', 'gcs-transfer', 'gcs-lifecycle', 'unused-entry'].map((id) =>
    entry(id),
  );
  return { result, coverage: computeCoverage(result, entries) };
}

function manyRules(count: number) {
  const detections = Array.from({ length: count }, (_, i) => detection(`rules/r${String(i).padStart(5, '0')}.yml`, { title: `Rule number ${i}` }));
  const findings = detections.filter((_, i) => i % 2 === 0).map((d) => finding('missing-false-positives', d.path, { suggestions: [suggestion('aws-backup')] }));
  const result = lintResult(detections, findings);
  return { result, coverage: computeCoverage(result, [entry('aws-backup')]) };
}

describe('renderMarkdown', () => {
  it('renders headline numbers, tables and the per-rule table (golden file)', () => {
    const { result, coverage } = sample();
    expect(renderMarkdown(result, coverage, { linkBase: 'https://github.com/o/r/blob/0123abc' })).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('shows plain paths without a link base, and links with or without a trailing slash', () => {
    const { result, coverage } = sample();
    const plain = renderMarkdown(result, coverage);
    expect(plain).toContain('| GCS read | `rules/gcp/gcs.toml` | ✅ complete |  |');
    const slash = renderMarkdown(result, coverage, { linkBase: 'https://x.test/blob/main/' });
    expect(slash).toContain('[`rules/azure/blob download.yaml`](https://x.test/blob/main/rules/azure/blob%20download.yaml#L1)');
  });

  it('folds long lists into <details> with a blank line before the table', () => {
    const { result, coverage } = manyRules(DETAILS_THRESHOLD + 1);
    const md = renderMarkdown(result, coverage);
    expect(md).toContain('<details>\n<summary>11 rules</summary>\n\n| Rule | Path | Status | Missing entries |\n');
    expect(md.endsWith('| Rule number 9 | `rules/r00009.yml` | ✅ complete |  |\n\n</details>\n')).toBe(true);
    const few = manyRules(DETAILS_THRESHOLD);
    expect(renderMarkdown(few.result, few.coverage)).not.toContain('<details>');
  });

  it('stays under the byte budget, cutting rows with a note', () => {
    const { result, coverage } = manyRules(200);
    const md = renderMarkdown(result, coverage, { maxBytes: 6000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(6000);
    expect(md).toContain('# LoFP coverage audit: 50% complete');
    const shown = md.split('\n').filter((l) => l.startsWith('| Rule number')).length;
    expect(shown).toBeGreaterThan(10);
    expect(md).toContain(`_… ${200 - shown} more rules not shown: the report was cut to fit GitHub's 1 MiB job-summary limit. \`--format json\` lists everything._`);
  });

  it('names the limit it cut for (an issue body is smaller than a job summary)', () => {
    const { result, coverage } = manyRules(200);
    const md = renderMarkdown(result, coverage, { maxBytes: 6000, limitName: "GitHub's 65,536-character issue body limit" });
    expect(md).toMatch(/\n_… \d+ more rules not shown: the report was cut to fit GitHub's 65,536-character issue body limit\. `--format json` lists everything\._\n/);
  });

  it(`keeps 20,000 rules under GitHub's ${GITHUB_SUMMARY_LIMIT_BYTES}-byte limit`, () => {
    const { result, coverage } = manyRules(20_000);
    const md = renderMarkdown(result, coverage);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(md)).toBeGreaterThan(GITHUB_SUMMARY_LIMIT_BYTES - 2000);
    expect(md).toMatch(/_… \d+ more rules not shown/);
  });

  it('cuts even the fixed parts when the budget is tiny', () => {
    const { result, coverage } = sample();
    const md = renderMarkdown(result, coverage, { maxBytes: 300 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(300);
    expect(md.startsWith('# LoFP coverage audit: 33% complete\n')).toBe(true);
    expect(md.endsWith('\n_… the rest of the report was cut to fit the size limit._\n')).toBe(true);
  });

  it('says what changed since the baseline', () => {
    const { result, coverage } = sample();
    const baseline: BaselineDiff = {
      previous: { rules: 2, complete: 0, percentComplete: 0, techniques: ['T1530'] },
      current: { rules: 3, complete: 1, percentComplete: 33, techniques: ['T1530'] },
      newRules: [{ path: 'rules/gcp/gcs.toml', id: null, title: 'GCS read', status: 'complete', missingEntries: [] }],
      removedRules: [],
      fixedRules: [],
      regressions: [
        {
          path: 'rules/aws/s3_copy.yml',
          id: 's3',
          title: 'S3 | copy *fast*',
          status: 'placeholders-only',
          previousStatus: 'incomplete',
          missingEntries: ['aws-backup', 'aws-replication'],
          newlyMissing: ['aws-replication'],
        },
      ],
    };
    const md = renderMarkdown(result, coverage, { baseline });
    expect(md).toContain(
      [
        '## Since the baseline',
        '',
        'Complete: 0% → 33% (+33 points); rules: 2 → 3.',
        '1 new rule, 0 fixed, 1 regression, 0 removed.',
        '',
        'Regressions:',
        '',
        '- `rules/aws/s3_copy.yml` S3 \\| copy \\*fast\\* (incomplete → placeholders only; newly missing `aws-replication`)',
        '',
        'New rules:',
        '',
        '- `rules/gcp/gcs.toml` GCS read (complete)',
        '',
        '## By technique',
      ].join('\n'),
    );
  });

  it('says when the baseline selected other techniques, and when every rule is complete', () => {
    const result = lintResult([detection('a.yml', { title: 'A' })], []);
    const baseline: BaselineDiff = {
      previous: { rules: 0, complete: 0, percentComplete: 100, techniques: ['T1078'] },
      current: { rules: 1, complete: 1, percentComplete: 100, techniques: ['T1530'] },
      newRules: [],
      removedRules: [],
      fixedRules: [],
      regressions: [],
    };
    const md = renderMarkdown(result, computeCoverage(result, []), { baseline });
    expect(md).toContain(
      'Complete: 100% → 100% (0 points); rules: 0 → 1.\n0 new rules, 0 fixed, 0 regressions, 0 removed.\nThe baseline selected T1078; this run selects T1530.\n\n## By technique',
    );
    expect(md).toContain('## Rules\n\nEvery rule documents its false positives completely.\n\n| Rule |');
  });

  const uncoveredCases: [string, string[], string[], string][] = [
    ['one entry, relevant to no rule', ['x'], [], '1 of 1 catalog entry is documented by no rule yet; it applies to no rule here.'],
    ['entries relevant to no rule', ['x', 'y'], [], '2 of 2 catalog entries are documented by no rule yet; they apply to no rule here.'],
    ['entries all relevant', ['x', 'y'], ['x', 'y'], '2 of 2 catalog entries are documented by no rule yet; all apply to rules here (most rules first).'],
    ['one entry left, relevant', ['x', 'y', 'z'], ['x'], '2 of 3 catalog entries are documented by no rule yet; 1 applies to rules here (most rules first), 1 to none of them.'],
  ];
  it.each(uncoveredCases)('says which entries no rule documents: %s', (_, ids, relevant, sentence) => {
    // The rule documents `z` whenever the catalog has it.
    const result = lintResult([detection('a.yml')], [], ['T1530'], [analysis([...relevant, ...(ids.includes('z') ? ['z'] : [])], ['z'])]);
    const md = renderMarkdown(result, computeCoverage(result, ids.map((id) => entry(id))));
    expect(md).toContain(`## Catalog entries no rule documents\n\n${sentence}\n\n| Entry | Technique | Rules it applies to | Text |\n`);
  });

  it('reports a run without rules in a few lines', () => {
    const result = lintResult([], []);
    result.summary.files = 12;
    expect(renderMarkdown(result, computeCoverage(result, []))).toBe(
      [
        '# LoFP coverage audit: 100% complete',
        '',
        'No rule tagged T1530 was found in 12 rule files.',
        '',
        '- 12 rule files scanned, 0 skipped; lofp-lint 0.1.0',
        '',
      ].join('\n'),
    );
  });
});

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['AWS_S3_Copy', 'AWS_S3_Copy'],
    ['_leading and trailing_', '\\_leading and trailing\\_'],
    ['a | b', 'a \\| b'],
    ['*bold* `code` [link]', '\\*bold\\* \\`code\\` \\[link\\]'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['two\nlines\t tabbed ', 'two lines tabbed'],
    ['back\\slash', 'back\\\\slash'],
    ['ping @octocat about #12, not me@ or #x', 'ping @\u200Boctocat about #\u200B12, not me@ or #x'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(escapeMarkdown(input)).toBe(expected));
});
