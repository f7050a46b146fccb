import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection.js';
import { applyEdits } from '../../src/fix/apply.js';
import { panther } from '../../src/formats/panther.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/panther/', import.meta.url));

function fixture(name: string, transform: (text: string) => string = (t) => t): SourceFile {
  return makeSourceFile(`rules/${name}`, transform(readFileSync(FIXTURES + name, 'utf8')));
}

function only(file: SourceFile): Detection {
  const result = panther.parse(file);
  expect(result.problems).toEqual([]);
  expect(result.detections).toHaveLength(1);
  return result.detections[0]!;
}

describe('panther.sniff', () => {
  it.each([
    ['rule-block-runbook.yml', true],
    ['tests-log-trap.yml', true],
    ['malformed-tactic-ids.yml', true],
    ['policy-plain-runbook.yml', true],
    ['correlation-rule-no-runbook.yml', true],
    ['quoted-runbook-flow-reports.yml', true],
    ['deprecated/single-line-runbook.yml', true],
    ['broken.yml', true],
    ['datamodel.yml', false],
  ])('%s -> %s', (name, expected) => {
    expect(panther.sniff(fixture(name))).toBe(expected);
  });

  it.each(['global', 'lookup_table', 'pack', 'saved_query', 'scheduled_query', 'datamodel'])('does not claim AnalysisType %s', (type) => {
    expect(panther.sniff(makeSourceFile('x.yml', `AnalysisType: ${type}\nDisplayName: x\n`))).toBe(false);
  });

  it('claims quoted types, CRLF files and a type with a comment', () => {
    expect(panther.sniff(makeSourceFile('x.yml', 'RuleID: a\r\nAnalysisType: "policy"\r\n'))).toBe(true);
    expect(panther.sniff(makeSourceFile('x.yml', "AnalysisType: 'scheduled_rule'  # runs hourly\n"))).toBe(true);
    expect(panther.sniff(makeSourceFile('x.yml', 'title: x\nlogsource: {}\ndetection: {}\n'))).toBe(false);
  });

  it('parses a non-rule analysis type to nothing', () => {
    expect(panther.parse(fixture('datamodel.yml'))).toEqual({ detections: [], problems: [] });
  });
});

describe('panther.parse', () => {
  it('reads a rule with a folded Description and a literal Runbook', () => {
    const file = fixture('rule-block-runbook.yml');
    expect(only(file)).toEqual({
      format: 'panther',
      path: 'rules/rule-block-runbook.yml',
      document: 0,
      id: 'AWS.S3.BulkGetObject',
      title: 'AWS S3 Bulk GetObject',
      titleSpan: { line: 4, endLine: 4 },
      description:
        'Detects a principal downloading an unusual number of objects from one bucket. Analytics jobs are legitimate heavy readers and should be allow-listed by role.',
      techniques: ['T1530', 'T1567.002'],
      techniqueTags: [
        { raw: 'TA0009:T1530', technique: 'T1530', line: 14, endLine: 14, column: 7 },
        { raw: 'TA0010:T1567.002', technique: 'T1567.002', line: 15, endLine: 15, column: 7 },
      ],
      tactics: ['TA0009', 'TA0010'],
      query: 'eventName: GetObject',
      dataSources: ['logtype:aws.cloudtrail', 'logtype:aws.s3serveraccess', 'tag:aws', 'tag:collection:data from cloud storage object'],
      status: null,
      deprecated: false,
      falsePositives: [
        {
          source: 'description',
          key: 'Runbook',
          line: 21,
          endLine: 24,
          items: [{ text: 'Check whether this is expected behavior for the role (backup, ETL, analytics).', line: 23, endLine: 23 }],
        },
        {
          source: 'description',
          key: 'Description',
          line: 17,
          endLine: 20,
          items: [{ text: 'Analytics jobs are legitimate heavy readers and should be allow-listed by role.', line: 19, endLine: 20 }],
        },
      ],
      disabledChecks: [],
      span: { line: 1, endLine: 35 },
      source: file,
    });
  });

  it('takes no technique from Tests logs', () => {
    const detection = only(fixture('tests-log-trap.yml'));
    expect(detection.techniques).toEqual(['T1078']);
    expect(detection.techniqueTags).toEqual([{ raw: 'TA0001:T1078', technique: 'T1078', line: 12, endLine: 12, column: 7 }]);
    expect(detection.falsePositives).toEqual([]);
  });

  it('takes the query from the event fields of the tests expected to match, never from the Description', () => {
    expect(only(fixture('tests-event-fields.yml')).query).toBe(
      [
        'protoPayload.methodName: storage.setIamPermissions',
        'protoPayload.serviceName: storage.googleapis.com',
        'eventName: Subscribe',
        'eventSource: sns.amazonaws.com',
        'protoPayload.methodName: storage.objects.get',
        'userIdentity.type: IAMUser',
        'eventType: 7',
        'operationName: MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION',
        'Operation: FileDownloaded twice',
      ].join('\n'),
    );
    expect(only(fixture('tests-none-expected.yml')).query).toBe('');
    const bare = 'AnalysisType: rule\nRuleID: x\nDescription: eventName GetObject\nReports:\n  MITRE ATT&CK:\n    - TA0009:T1530\n';
    expect(only(makeSourceFile('r.yml', bare)).query).toBe('');
  });

  it('prefers a Query to the tests, and reads a flow mapping Tests value', () => {
    const text = 'AnalysisType: scheduled_rule\nRuleID: x\nQuery: " SELECT 1 "\nTests: [{ExpectedResult: true, Log: {eventName: GetObject}}]\n';
    expect(only(makeSourceFile('r.yml', text)).query).toBe('SELECT 1');
    expect(only(makeSourceFile('r.yml', text.replace(/^Query.*\n/m, ''))).query).toBe('eventName: GetObject');
  });

  it('keeps the rule when its Tests do not load or expand beyond the limit, with an empty query', () => {
    const broken = only(fixture('tests-broken-block.yml'));
    expect([broken.id, broken.title, broken.techniques, broken.query]).toEqual([
      'Fixture.TestsBrokenBlock',
      'A rule whose Tests do not load',
      ['T1530'],
      '',
    ]);
    const started = Date.now();
    const bomb = only(fixture('tests-alias-bomb.yml'));
    expect([bomb.id, bomb.techniques, bomb.query]).toEqual(['Fixture.TestsAliasBomb', ['T1530'], '']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an alias bomb outside Tests as a parse problem', () => {
    let bomb = 'AnalysisType: rule\nRuleID: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 5; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(panther.parse(makeSourceFile('bomb.yml', `${bomb}Description: *a5\n`))).toEqual({
      detections: [],
      problems: [
        {
          path: 'bomb.yml',
          line: 4,
          column: 10,
          message: 'YAML aliases expand to more than 100,000 nodes (an alias bomb?); refusing to load it',
        },
      ],
    });
  });

  it('keeps malformed tactic ids raw and normalizes the technique part', () => {
    const detection = only(fixture('malformed-tactic-ids.yml'));
    expect(detection.techniqueTags).toEqual([
      { raw: 'TA003:T1556', technique: 'T1556', line: 10, endLine: 10, column: 7 },
      { raw: 'TA005:T1556.006', technique: 'T1556.006', line: 11, endLine: 11, column: 8 },
      { raw: 'TA0009', technique: null, line: 12, endLine: 12, column: 7 },
    ]);
    expect(detection.techniques).toEqual(['T1556', 'T1556.006']);
    expect(detection.tactics).toEqual(['TA003', 'TA005', 'TA0009']);
    expect(detection.falsePositives).toEqual([
      {
        source: 'description',
        key: 'Runbook',
        line: 15,
        endLine: 17,
        items: [{ text: 'Confirm this was authorized and necessary behavior.', line: 16, endLine: 16 }],
      },
    ]);
  });

  it('reads a policy: PolicyID, ResourceTypes, a plain multi-line Runbook, Status', () => {
    const detection = only(fixture('policy-plain-runbook.yml'));
    expect(detection.id).toBe('AWS.S3.Bucket.PublicRead');
    expect(detection.dataSources).toEqual(['resourcetype:aws.s3.bucket', 'tag:aws']);
    expect(detection.status).toBe('experimental');
    expect(detection.deprecated).toBe(false);
    expect(detection.falsePositives).toEqual([
      {
        source: 'description',
        key: 'Runbook',
        line: 16,
        endLine: 18,
        items: [
          {
            text: 'Remove the public grant unless the bucket intentionally hosts public content; buckets serving a website are benign and can be ignored.',
            line: 17,
            endLine: 18,
          },
        ],
      },
    ]);
  });

  it("uses a correlation rule's Detection as its query; Enabled: false is not deprecated", () => {
    const detection = only(fixture('correlation-rule-no-runbook.yml'));
    expect(detection.query).toBe(
      [
        '- Sequence:',
        '    - ID: Stage',
        '      RuleID: Snowflake.TempStageCreated',
        '    - ID: Download',
        '      RuleID: Snowflake.FileDownloaded',
        '  Schedule:',
        '    RateMinutes: 60',
        '    TimeoutMinutes: 5',
        '  LookbackWindowMinutes: 90',
      ].join('\n'),
    );
    expect(detection.deprecated).toBe(false);
    expect(detection.techniqueTags).toEqual([{ raw: 'TA0010:T1530', technique: 'T1530', line: 10, endLine: 10, column: 7 }]);
    expect(detection.falsePositives).toEqual([]);
  });

  it('reads a flow mapping of Reports, a double-quoted Runbook and Status: Deprecated', () => {
    const detection = only(fixture('quoted-runbook-flow-reports.yml'));
    expect(detection.techniqueTags).toEqual([
      { raw: 'TA0009:T1530', technique: 'T1530', line: 8, endLine: 8, column: 27 },
      { raw: 'TA0010:T1537', technique: 'T1537', line: 8, endLine: 8, column: 42 },
    ]);
    expect(detection.status).toBe('deprecated');
    expect(detection.deprecated).toBe(true);
    expect(detection.falsePositives).toEqual([
      {
        source: 'description',
        key: 'Runbook',
        line: 11,
        endLine: 11,
        items: [{ text: 'Ask the owner whether the download was "planned"; benign when it was.', line: 11, endLine: 11 }],
      },
    ]);
  });

  it('deprecates rules under a deprecated folder', () => {
    const detection = only(fixture('deprecated/single-line-runbook.yml'));
    expect(detection.path).toBe('rules/deprecated/single-line-runbook.yml');
    expect(detection.deprecated).toBe(true);
    expect(detection.status).toBeNull();
  });

  it('reports broken YAML on a line of the file', () => {
    expect(panther.parse(fixture('broken.yml'))).toEqual({
      detections: [],
      problems: [
        {
          path: 'rules/broken.yml',
          line: 6,
          column: 1,
          message: 'invalid YAML: unexpected end of the stream within a double quoted scalar',
        },
      ],
    });
  });

  it('keeps lines right with CRLF line endings', () => {
    const detection = only(fixture('rule-block-runbook.yml', (t) => t.replace(/\n/g, '\r\n')));
    expect(detection.falsePositives.map((s) => [s.key, s.line, s.endLine, s.items.map((i) => [i.line, i.endLine])])).toEqual([
      ['Runbook', 21, 24, [[23, 23]]],
      ['Description', 17, 20, [[19, 20]]],
    ]);
    expect(detection.techniqueTags.map((t) => t.line)).toEqual([14, 15]);
  });

  it('finds MITRE ATT&CK items written at the key\'s own indentation, after other frameworks', () => {
    const text = 'AnalysisType: rule\nRuleID: x\nReports:\n  CIS:\n    - 3.1\n  MITRE ATT&CK:\n  - TA0009:T1530\nSeverity: Low\n';
    expect(only(makeSourceFile('r.yml', text)).techniqueTags).toEqual([
      { raw: 'TA0009:T1530', technique: 'T1530', line: 7, endLine: 7, column: 5 },
    ]);
  });

  it('honours lofp-lint-disable comments', () => {
    const detection = only(
      fixture('policy-plain-runbook.yml', (t) => `# lofp-lint-disable missing-false-positives\n${t}`),
    );
    expect(detection.disabledChecks).toEqual(['missing-false-positives']);
    expect(detection.falsePositives[0]!.line).toBe(17);
  });
});

/** Parses, fixes, applies, re-parses; checks everything but `Runbook` is unchanged. */
function fixAndReparse(file: SourceFile, texts: string[]) {
  const before = only(file);
  const fix = panther.planFalsePositiveFix!(before, { texts, replace: [] });
  expect(fix).not.toBeNull();
  const output = applyEdits(file.text, fix!.edits);
  const after = only(makeSourceFile(file.path, output));
  const { Runbook: oldValue, ...restBefore } = yaml.load(file.text) as Record<string, unknown>;
  const { Runbook: newValue, ...restAfter } = yaml.load(output) as Record<string, unknown>;
  expect(restAfter).toEqual(restBefore);
  expect([after.id, after.title, after.techniques, after.tactics, after.query, after.dataSources, after.description]).toEqual([
    before.id,
    before.title,
    before.techniques,
    before.tactics,
    before.query,
    before.dataSources,
    before.description,
  ]);
  return { fix: fix!, output, after, oldValue, newValue };
}

describe('panther.planFalsePositiveFix', () => {
  const texts = ['Nightly backups by the backup role', 'Data scientists: ad-hoc "exports".'];
  const paragraph = 'False positives: Nightly backups by the backup role. Data scientists: ad-hoc "exports".';
  const title = 'Add 2 false positives to `Runbook` (Panther has no false-positive field)';

  it.each([
    {
      name: 'rule-block-runbook.yml',
      edits: [{ startLine: 25, endLine: 24, lines: ['', `  ${paragraph}`] }],
      value: (old: string) => `${old}\n${paragraph}\n`,
    },
    {
      name: 'malformed-tactic-ids.yml',
      edits: [
        {
          startLine: 15,
          endLine: 17,
          lines: [
            'Runbook: >-',
            '  Confirm this was authorized and necessary behavior. Re-enable MFA',
            '  for the account otherwise.',
            '',
            `  ${paragraph}`,
          ],
        },
      ],
      value: (old: string) => `${old}\n${paragraph}`,
    },
    {
      name: 'correlation-rule-no-runbook.yml',
      edits: [{ startLine: 8, endLine: 7, lines: ['Runbook: >-', `  ${paragraph}`] }],
      value: () => paragraph,
    },
    {
      name: 'quoted-runbook-flow-reports.yml',
      edits: [
        {
          startLine: 11,
          endLine: 11,
          lines: [
            'Runbook: "Ask the owner whether the download was \\"planned\\"; benign when it was.',
            '',
            '  False positives: Nightly backups by the backup role. Data scientists: ad-hoc \\"exports\\"."',
          ],
        },
      ],
      value: (old: string) => `${old}\n${paragraph}`,
    },
    {
      name: 'deprecated/single-line-runbook.yml',
      edits: [
        {
          startLine: 13,
          endLine: 13,
          lines: [
            'Runbook: >-',
            "  If the access is not known for this bucket, investigate the requester's other traffic.",
            '',
            `  ${paragraph}`,
          ],
        },
      ],
      value: (old: string) => `${old}\n${paragraph}`,
    },
  ])('$name', ({ name, edits, value }) => {
    const { fix, after, oldValue, newValue } = fixAndReparse(fixture(name), texts);
    expect(fix).toEqual({ title, edits });
    expect(newValue).toBe(value((oldValue as string | undefined) ?? ''));
    const runbook = after.falsePositives.find((s) => s.key === 'Runbook')!;
    const paragraphLine = edits[0]!.startLine + edits[0]!.lines.length - 1;
    expect(runbook.items.slice(-2)).toEqual([
      { text: 'Nightly backups by the backup role.', line: paragraphLine, endLine: paragraphLine },
      { text: 'Data scientists: ad-hoc "exports".', line: paragraphLine, endLine: paragraphLine },
    ]);
  });

  const head = 'AnalysisType: rule\nRuleID: x\n';
  it.each([
    ['a literal block that strips its final newline', 'Runbook: |-\n  Step one.\n  Step two.\nSeverity: Low\n',
      'Runbook: |-\n  Step one.\n  Step two.\n\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    ['a literal block that keeps its trailing empty lines', 'Runbook: |+\n  Step one.\n\n\nSeverity: Low\n',
      'Runbook: |+\n  Step one.\n\n  False positives: Backups: nightly.\n\n\nSeverity: Low\n'],
    ['a block with an indentation indicator', 'Runbook: |2\n    indented first\n  Step two.\nSeverity: Low\n',
      'Runbook: |2\n    indented first\n  Step two.\n\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    ['an empty block', 'Runbook: |\nSeverity: Low\n', 'Runbook: >-\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    ['a null Runbook', 'Runbook:\nSeverity: Low\n', 'Runbook: >-\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    ['a single-quoted scalar on the next line', "Runbook:\n  'Check it.'\nSeverity: Low\n",
      "Runbook:\n  'Check it.\n\n  False positives: Backups: nightly.'\nSeverity: Low\n"],
    // A plain scalar with a comment cannot become a folded block (the comment would turn to text).
    ['a plain scalar followed by a comment', 'Runbook: Check ticket #123 first\nSeverity: Low\n',
      'Runbook: |-\n  Check ticket\n\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    // Leading spaces in the text need an indentation indicator to survive in a block.
    ['a quoted text with leading spaces and a comment', 'Runbook: "  indented"  # c\nSeverity: Low\n',
      'Runbook: |2-\n    indented\n\n  False positives: Backups: nightly.\nSeverity: Low\n'],
    ['no Description: after DisplayName, no final newline', 'DisplayName: Foo\nSeverity: Low',
      'DisplayName: Foo\nRunbook: >-\n  False positives: Backups: nightly.\nSeverity: Low'],
  ])('%s', (_what, input, expected) => {
    const file = makeSourceFile('r.yml', head + input);
    const { output } = fixAndReparse(file, ['Backups: nightly']);
    expect(output).toBe(head + expected);
  });

  it('appends a second paragraph after one written before', () => {
    const file = makeSourceFile('r.yml', `${head}Runbook: |\n  Check.\n  False positives: backups.\n  More steps.\nSeverity: Low\n`);
    const { after, newValue } = fixAndReparse(file, ['Exports.']);
    expect(newValue).toBe('Check.\nFalse positives: backups.\nMore steps.\n\nFalse positives: Exports.\n');
    expect(after.falsePositives[0]!.items).toEqual([
      { text: 'backups.', line: 5, endLine: 5 },
      { text: 'Exports.', line: 8, endLine: 8 },
    ]);
  });

  it('writes the file byte for byte outside the edit, without a final newline', () => {
    const file = fixture('correlation-rule-no-runbook.yml', (t) => t.replace(/\n$/, ''));
    const { output } = fixAndReparse(file, ['One.']);
    expect(output).toBe(
      file.text.replace(
        '  Detects a temporary stage being created, filled from a table, then downloaded.\n',
        '  Detects a temporary stage being created, filled from a table, then downloaded.\nRunbook: >-\n  False positives: One.\n',
      ),
    );
    expect(output.endsWith('RuleOutputs: []')).toBe(true);
  });

  it('fills an empty Runbook and converts a quoted one it cannot extend', () => {
    const empty = makeSourceFile('e.yml', "AnalysisType: rule\nRuleID: x\nRunbook: ''\nSeverity: Low\n");
    expect(panther.planFalsePositiveFix!(only(empty), { texts: ['A'], replace: [] })!.edits).toEqual([
      { startLine: 3, endLine: 3, lines: ['Runbook: >-', '  False positives: A.'] },
    ]);
    // A closing quote followed by a comment: the value is rewritten as a literal block.
    const commented = makeSourceFile('c.yml', "AnalysisType: rule\nRuleID: x\nRunbook: 'Check it.' # todo\n");
    const { newValue } = fixAndReparse(commented, ['B.']);
    expect(newValue).toBe('Check it.\n\nFalse positives: B.');
  });

  it('returns null for a Runbook that is a list', () => {
    const file = makeSourceFile('l.yml', 'AnalysisType: rule\nRuleID: x\nRunbook:\n  - step one\n');
    expect(panther.planFalsePositiveFix!(only(file), { texts: ['A.'], replace: [] })).toBeNull();
  });
});

describe('panther.planFalsePositiveFix with a Runbook that is only a link', () => {
  it('writes the paragraph into the Description, which is read back as the false positives, and leaves the link', () => {
    const file = fixture('runbook-url-only.yml');
    const before = only(file);
    const fix = panther.planFalsePositiveFix!(before, { texts: ['Backup jobs reading every bucket'], replace: [] });
    expect(fix).toEqual({
      title: 'Add 1 false positive to `Description` (Panther has no false-positive field)',
      edits: [{ startLine: 14, endLine: 13, lines: ['', '  False positives: Backup jobs reading every bucket.'] }],
    });
    const output = applyEdits(file.text, fix!.edits);
    const doc = yaml.load(output) as Record<string, unknown>;
    expect(doc['Runbook']).toBe('https://wiki.example.com/runbooks/s3-bulk-read');
    expect(only(makeSourceFile(file.path, output)).falsePositives.map((s) => [s.key, s.items.map((i) => i.text)])).toEqual([
      ['Description', ['Backup jobs reading every bucket.']],
    ]);
  });
});
