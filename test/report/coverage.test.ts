import { describe, expect, it } from 'vitest';
import { computeCoverage, missingEntryIds, percent, platformsOf, ruleStatus, type Coverage } from '../../src/report/coverage.js';
import { analysis, detection, entry, finding, lintResult, suggestion } from './sample-result.js';

const ENTRIES = [entry('aws-backup'), entry('aws-replication'), entry('azcopy-admins'), entry('gcs-transfer'), entry('unused-entry')];

function sampleCoverage(): Coverage {
  const s3 = detection('rules/aws/s3_copy.yml', { id: 's3', title: 'S3 copy', dataSources: ['product:aws', 'service:cloudtrail'], titleSpan: { line: 2, endLine: 2 } });
  const blob = detection('rules/azure/blob.yaml', { format: 'sentinel', title: 'Blob download', dataSources: ['azurestorageaccount', 'storagebloblogs'] });
  const gcs = detection('rules/gcp/gcs.toml', { format: 'elastic', title: 'GCS read', dataSources: ['logs-gcp*', 'data source: google cloud platform'] });
  const dlp = detection('rules/m365/dlp.yml', { title: 'DLP signal', dataSources: ['product:m365', 'logs-o365.audit-*'] });
  const other = detection('rules/misc/theom.yaml', { format: 'sentinel', title: 'Theom alert', dataSources: ['theomalerts_cl'] });
  return computeCoverage(
    lintResult(
      [s3, blob, gcs, dlp, other],
      [
        finding('placeholder-false-positives', s3.path, { line: 9, suggestions: [suggestion('aws-backup'), suggestion('aws-replication')], ruleId: 's3' }),
        finding('missing-false-positives', blob.path, { suggestions: [suggestion('azcopy-admins')] }),
        finding('missing-catalog-entry', gcs.path, { severity: 'warning', suggestions: [suggestion('gcs-transfer'), suggestion('aws-backup')] }),
        finding('missing-catalog-entry', dlp.path, { severity: 'note', suggestions: [suggestion('aws-replication')] }),
        finding('parse-error', 'rules/broken.yml'),
        finding('parse-error', 'rules/broken2.yml'),
      ],
    ),
    ENTRIES,
  );
}

describe('computeCoverage', () => {
  it('counts rules by status; notes do not make a rule incomplete', () => {
    const coverage = sampleCoverage();
    expect(coverage.total).toEqual({ rules: 5, complete: 2, incomplete: 1, placeholdersOnly: 1, undocumented: 1, percentComplete: 40 });
    expect(coverage.rules.map((r) => [r.path, r.status, r.errors, r.warnings, r.notes])).toEqual([
      ['rules/aws/s3_copy.yml', 'placeholders-only', 1, 0, 0],
      ['rules/azure/blob.yaml', 'undocumented', 1, 0, 0],
      ['rules/gcp/gcs.toml', 'incomplete', 0, 1, 0],
      ['rules/m365/dlp.yml', 'complete', 0, 0, 1],
      ['rules/misc/theom.yaml', 'complete', 0, 0, 0],
    ]);
    expect(coverage.unparsedFiles).toBe(2);
    expect(coverage.schemaVersion).toBe(1);
  });

  it('lists the entries each rule lacks: all suggestions of a missing/placeholder finding, the first of a missing-catalog-entry', () => {
    expect(sampleCoverage().rules.map((r) => r.missingEntries)).toEqual([['aws-backup', 'aws-replication'], ['azcopy-admins'], ['gcs-transfer'], [], []]);
  });

  it('lists missing entries by catalog id, most often missing first, with their catalog text', () => {
    const [t1530] = sampleCoverage().byTechnique;
    expect(t1530).toMatchObject({ technique: 'T1530', rules: 5, complete: 2, percentComplete: 40, catalogEntries: 5 });
    expect(t1530!.missingEntries).toEqual([
      { id: 'aws-backup', technique: 'T1530', text: 'Text of aws-backup.', rules: 1, paths: ['rules/aws/s3_copy.yml'] },
      { id: 'aws-replication', technique: 'T1530', text: 'Text of aws-replication.', rules: 1, paths: ['rules/aws/s3_copy.yml'] },
      { id: 'azcopy-admins', technique: 'T1530', text: 'Text of azcopy-admins.', rules: 1, paths: ['rules/azure/blob.yaml'] },
      { id: 'gcs-transfer', technique: 'T1530', text: 'Text of gcs-transfer.', rules: 1, paths: ['rules/gcp/gcs.toml'] },
    ]);
  });

  it('groups by format and by platform, most rules first', () => {
    const coverage = sampleCoverage();
    expect(coverage.byFormat.map((g) => [g.key, g.rules, g.complete, g.percentComplete])).toEqual([
      ['sentinel', 2, 1, 50],
      ['sigma', 2, 1, 50],
      ['elastic', 1, 0, 0],
    ]);
    expect(coverage.byPlatform.map((g) => [g.key, g.rules, g.complete])).toEqual([
      ['aws', 1, 0],
      ['azure', 1, 0],
      ['gcp', 1, 0],
      ['m365', 1, 1],
      ['unknown', 1, 1],
    ]);
  });

  it('gives each rule of a multi-document file its own findings, by rule id or by lines', () => {
    const text = 'title: a\n---\ntitle: b\n---\ntitle: c\n';
    const a = detection('multi.yml', { text, id: 'A', document: 0, span: { line: 1, endLine: 1 } });
    const b = detection('multi.yml', { text, id: null, document: 1, span: { line: 3, endLine: 3 } });
    const c = detection('multi.yml', { text, id: null, document: 2, span: { line: 5, endLine: 5 } });
    const coverage = computeCoverage(
      lintResult(
        [a, b, c],
        [
          finding('missing-false-positives', 'multi.yml', { line: 5, ruleId: null }),
          finding('placeholder-false-positives', 'multi.yml', { line: 1, ruleId: 'A' }),
        ],
      ),
      ENTRIES,
    );
    expect(coverage.rules.map((r) => [r.document, r.status])).toEqual([
      [0, 'placeholders-only'],
      [1, 'complete'],
      [2, 'undocumented'],
    ]);
  });

  it('counts a rule under each selected technique it carries, and entries under their own technique', () => {
    const both = detection('both.yml', { techniques: ['T1530', 'T1078.004'] });
    const only = detection('only.yml', { techniques: ['T1078'] });
    const coverage = computeCoverage(
      lintResult(
        [both, only],
        [finding('missing-false-positives', 'both.yml', { suggestions: [suggestion('aws-backup'), suggestion('valid-accounts-sso'), suggestion('not-in-catalog', 'Old text.')] })],
        ['T1530', 'T1078'],
      ),
      [...ENTRIES, entry('valid-accounts-sso', 'T1078.004')],
    );
    expect(coverage.rules.map((r) => r.techniques)).toEqual([['T1530', 'T1078.004'], ['T1078']]);
    expect(coverage.byTechnique.map((t) => [t.technique, t.rules, t.undocumented, t.catalogEntries, t.missingEntries.map((e) => e.id)])).toEqual([
      ['T1530', 1, 1, 5, ['aws-backup', 'not-in-catalog']],
      ['T1078', 2, 1, 1, ['valid-accounts-sso']],
    ]);
    expect(coverage.byTechnique[0]!.missingEntries[1]).toEqual({ id: 'not-in-catalog', technique: 'T1530', text: 'Old text.', rules: 1, paths: ['both.yml'] });
  });

  it('lists the catalog entries no rule documents, the ones that apply to most rules first', () => {
    const a = detection('rules/a.yml');
    const b = detection('rules/b.yml');
    const c = detection('rules/c.yml');
    const coverage = computeCoverage(
      lintResult([a, b, c], [], ['T1530'], [
        // a documents aws-backup; b lacks it. Both are about aws-replication, which neither documents.
        analysis(['aws-backup', 'aws-replication'], ['aws-backup']),
        analysis(['aws-replication', 'aws-backup', 'gcs-transfer']),
        // c documents azcopy-admins in an item though the matcher did not find it relevant.
        analysis(['gcs-transfer'], [], [['AzCopy run by storage admins', 'azcopy-admins'], ['Something vague', null]]),
      ]),
      ENTRIES,
    );
    const [t1530] = coverage.byTechnique;
    expect([t1530!.catalogEntries, t1530!.documentedEntries]).toEqual([5, 2]);
    // Ties in the number of rules go by id.
    expect(t1530!.uncoveredEntries).toEqual([
      { id: 'aws-replication', technique: 'T1530', text: 'Text of aws-replication.', rules: 2, paths: ['rules/a.yml', 'rules/b.yml'] },
      { id: 'gcs-transfer', technique: 'T1530', text: 'Text of gcs-transfer.', rules: 2, paths: ['rules/b.yml', 'rules/c.yml'] },
      { id: 'unused-entry', technique: 'T1530', text: 'Text of unused-entry.', rules: 0, paths: [] },
    ]);
  });

  it('counts an entry as documented by a rule of any selected technique, and lists it under its own technique', () => {
    const both = detection('both.yml', { techniques: ['T1530', 'T1078.004'] });
    const coverage = computeCoverage(
      lintResult([both], [], ['T1530', 'T1078'], [analysis(['valid-accounts-sso', 'aws-backup'], ['valid-accounts-sso'])]),
      [entry('aws-backup'), entry('valid-accounts-sso', 'T1078.004'), entry('valid-accounts-mfa', 'T1078.004')],
    );
    expect(coverage.byTechnique.map((t) => [t.technique, t.catalogEntries, t.documentedEntries, t.uncoveredEntries.map((e) => [e.id, e.rules])])).toEqual([
      ['T1530', 1, 0, [['aws-backup', 1]]],
      ['T1078', 2, 1, [['valid-accounts-mfa', 0]]],
    ]);
  });

  it('is 100% complete with no rules', () => {
    const coverage = computeCoverage(lintResult([], []), ENTRIES);
    expect(coverage.total).toEqual({ rules: 0, complete: 0, incomplete: 0, placeholdersOnly: 0, undocumented: 0, percentComplete: 100 });
    expect(coverage.byFormat).toEqual([]);
    expect(coverage.rules).toEqual([]);
    expect([coverage.byTechnique[0]!.documentedEntries, coverage.byTechnique[0]!.uncoveredEntries.length]).toEqual([0, 5]);
  });
});

describe('coverage helpers', () => {
  it('rounds the percentage down, so an incomplete repository never shows 100%', () => {
    expect([percent(999, 1000), percent(1, 3), percent(2, 3), percent(0, 0), percent(5, 5)]).toEqual([99, 33, 66, 100, 100]);
  });

  it('ranks statuses: undocumented over placeholders over other problems', () => {
    const f = (check: string, severity = 'error') => ({ check, severity, suggestions: [] });
    expect(ruleStatus([])).toBe('complete');
    expect(ruleStatus([f('missing-catalog-entry', 'note')])).toBe('complete');
    expect(ruleStatus([f('missing-catalog-entry', 'warning')])).toBe('incomplete');
    expect(ruleStatus([f('missing-catalog-entry'), f('placeholder-false-positives')])).toBe('placeholders-only');
    expect(ruleStatus([f('placeholder-false-positives'), f('missing-false-positives')])).toBe('undocumented');
  });

  it('ignores the suggestions of notes and of checks that do not report missing entries', () => {
    const ids = missingEntryIds([
      { check: 'missing-catalog-entry', severity: 'note', suggestions: [{ id: 'a' }] },
      { check: 'inconsistent-false-positive', severity: 'error', suggestions: [{ id: 'b' }] },
      { check: 'missing-catalog-entry', severity: 'error', suggestions: [{ id: 'c' }, { id: 'd' }] },
      { check: 'missing-false-positives', severity: 'warning', suggestions: [{ id: 'c' }, { id: 'e' }] },
    ]);
    expect(ids).toEqual(['c', 'e']);
  });

  const platformCases: [string[], string[]][] = [
    [['product:aws', 'service:cloudtrail'], ['aws']],
    [['data source: amazon web services', 'data source: aws s3'], ['aws']],
    [['logs-aws.cloudtrail-*', 'filebeat-*'], ['aws']],
    [['aws.s3serveraccess'], ['aws']],
    [['azure.monitoractivity'], ['azure']],
    [['azurestorageaccount'], ['azure']],
    [['gcp.auditlog'], ['gcp']],
    [['google cloud storage'], ['gcp']],
    [['logs-o365.audit-*'], ['m365']],
    [['data source: sharepoint'], ['m365']],
    [['logs-google_workspace.drive-*'], ['google-workspace']],
    [['product:1password'], ['1password']],
    [['product:aws', 'product:gcp'], ['aws', 'gcp']],
    [['filebeat-*', 'laquerylogs'], ['unknown']],
    [[], ['unknown']],
  ];
  for (const [sources, platforms] of platformCases) {
    it(`platforms of [${sources.join(', ')}] are ${platforms.join(', ')}`, () => expect(platformsOf(sources)).toEqual(platforms));
  }
});
