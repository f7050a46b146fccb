import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection.js';
import { applyEdits } from '../../src/fix/apply.js';
import { chronicle } from '../../src/formats/chronicle.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/chronicle/', import.meta.url));

function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

function load(name: string, path = `rules/${name}`): SourceFile {
  return makeSourceFile(path, fixtureText(name));
}

function parseAll(file: SourceFile): Detection[] {
  const result = chronicle.parse(file);
  expect(result.problems).toEqual([]);
  return result.detections;
}

function parseOne(file: SourceFile): Detection {
  const detections = parseAll(file);
  expect(detections).toHaveLength(1);
  return detections[0]!;
}

/** Everything but the false-positive field. */
function stable(d: Detection): unknown {
  const { falsePositives, source, ...rest } = d;
  return rest;
}

describe('chronicle.sniff', () => {
  it.each(['technique-tactic.yaral', 'multiple-rules.yaral', 'no-meta.yaral', 'no-false-positives.yaral'])(
    'recognizes %s',
    (name) => {
      expect(chronicle.sniff(load(name))).toBe(true);
    },
  );

  it.each([
    ['a reference list', fixtureText('not-a-rule.yaral')],
    ['an empty file', ''],
    ['a rule only mentioned in a comment', '// rule x { meta: }\n'],
  ])('rejects %s', (_, text) => {
    expect(chronicle.sniff(makeSourceFile('x.yaral', text))).toBe(false);
  });
});

describe('chronicle.parse', () => {
  it('reads technique/tactic meta, ignoring comments that look like meta and braces in a regex', () => {
    const file = load('technique-tactic.yaral');
    expect(parseOne(file)).toEqual({
      format: 'chronicle',
      path: 'rules/technique-tactic.yaral',
      document: 0,
      id: 'storage_bucket_made_public',
      title: 'storage_bucket_made_public',
      titleSpan: { line: 6, endLine: 6 },
      description: 'Detects a storage bucket that was opened to everyone.',
      techniques: ['T1530'],
      techniqueTags: [
        { raw: 'TA0009', technique: null, line: 13, endLine: 13, column: 15 },
        { raw: 'T1530', technique: 'T1530', line: 14, endLine: 14, column: 18 },
      ],
      tactics: ['TA0009'],
      query: [
        'events:',
        '    $e.metadata.log_type = "GCP_CLOUDAUDIT"',
        '    $e.metadata.product_event_type = "storage.setIamPermissions"',
        '    $e.target.user.userid = /all(Users|AuthenticatedUsers){1}/ nocase',
        '    $e.target.resource.name = $bucket',
        '',
        '  match:',
        '    $bucket over 10m',
        '',
        '  condition:',
        '    $e',
      ].join('\n'),
      dataSources: ['logtype:gcp_cloudaudit'],
      status: null,
      deprecated: false,
      falsePositives: [
        {
          source: 'field',
          key: 'false_positives',
          line: 15,
          endLine: 15,
          items: [{ text: 'Buckets that serve a public website.', line: 15, endLine: 15 }],
        },
      ],
      disabledChecks: [],
      span: { line: 6, endLine: 28 },
      source: file,
    });
  });

  it('resolves a technique name and URL; takes rule_id, rule_name and data sources from meta and UDM', () => {
    const d = parseOne(load('mitre-attack-name-url.yaral'));
    expect(d.id).toBe('mr_00000000-0000-4000-8000-000000000001');
    expect(d.title).toBe('GCS Bulk Object Download');
    expect(d.titleSpan).toEqual({ line: 1, endLine: 1 });
    expect(d.description).toBe('Many objects downloaded from one bucket by a "new" identity.');
    // The outcome variable `$mitre_attack_technique_id = "T1537"` is no tag.
    expect(d.techniques).toEqual(['T1530']);
    expect(d.techniqueTags).toEqual([
      { raw: 'Collection', technique: null, line: 8, endLine: 8, column: 28 },
      { raw: 'Data from Cloud Storage', technique: 'T1530', line: 9, endLine: 9, column: 31 },
      { raw: 'https://attack.mitre.org/techniques/T1530/', technique: 'T1530', line: 10, endLine: 10, column: 25 },
    ]);
    expect(d.tactics).toEqual(['Collection']);
    expect(d.dataSources).toEqual([
      'data_source:gcp cloud audit',
      'data_source:gcs access logs',
      'platform:gcp',
      'product:google cloud storage',
    ]);
    expect(d.falsePositives).toEqual([]);
  });

  it('splits the deprecated `mitre` list into tactics and techniques, and reads status', () => {
    const d = parseOne(load('deprecated-mitre.yaral'));
    expect(d.techniqueTags).toEqual([
      { raw: 'Collection', technique: null, line: 7, endLine: 7, column: 18 },
      { raw: 't1530', technique: 'T1530', line: 7, endLine: 7, column: 30 },
      { raw: 'T1537', technique: 'T1537', line: 7, endLine: 7, column: 62 },
    ]);
    expect(d.techniques).toEqual(['T1530', 'T1537']);
    expect(d.tactics).toEqual(['Collection']);
    expect(d.status).toBe('deprecated');
    expect(d.deprecated).toBe(true);
    expect(d.falsePositives).toEqual([
      { source: 'field', key: 'false_positives', line: 8, endLine: 8, items: [{ text: 'Unknown', line: 8, endLine: 8 }] },
    ]);
  });

  it('reads every rule of a file, each with its own suppressions and comma-separated techniques', () => {
    const [first, second] = parseAll(load('multiple-rules.yaral'));
    expect([first!.document, first!.id, first!.span, first!.disabledChecks, first!.techniques]).toEqual([
      0,
      'first_rule',
      { line: 2, endLine: 11 },
      ['vague-false-positive'],
      ['T1530'],
    ]);
    expect([second!.document, second!.id, second!.span, second!.disabledChecks]).toEqual([
      1,
      'second_rule',
      { line: 13, endLine: 21 },
      [],
    ]);
    expect(second!.techniqueTags).toEqual([
      { raw: 'T1078.004', technique: 'T1078.004', line: 16, endLine: 16, column: 18 },
      { raw: 'T1530', technique: 'T1530', line: 16, endLine: 16, column: 29 },
    ]);
    expect(second!.query).toBe('events:\n    re.regex($e.target.file.full_path, `\\}\\{`)\n  condition:\n    $e');
  });

  it('unescapes meta values', () => {
    const d = parseOne(load('escaped-meta.yaral'));
    expect(d.description).toBe('Reads of C:\\Shares\\Finance by "svc" accounts.');
    expect(d.falsePositives[0]!.items).toEqual([{ text: 'Scheduled "sync" from C:\\Sync', line: 5, endLine: 5 }]);
  });

  it('reports a rule whose braces never close, and still reads the next rule', () => {
    const result = chronicle.parse(load('unbalanced-braces.yaral'));
    expect(result.problems).toEqual([
      {
        path: 'rules/unbalanced-braces.yaral',
        line: 1,
        column: 1,
        message: 'rule `missing_close` has no closing `}`; braces are unbalanced',
      },
    ]);
    expect(result.detections.map((d) => [d.document, d.id, d.span])).toEqual([[1, 'still_fine', { line: 10, endLine: 18 }]]);
  });

  it('reports a rule without meta, a file without rules, and ignores an empty file', () => {
    expect(chronicle.parse(load('no-meta.yaral'))).toEqual({
      detections: [],
      problems: [
        {
          path: 'rules/no-meta.yaral',
          line: 1,
          column: 1,
          message: 'rule `no_meta_here` has no `meta:` section; expected `meta:` with key = "value" lines',
        },
      ],
    });
    expect(chronicle.parse(load('not-a-rule.yaral')).problems).toEqual([
      { path: 'rules/not-a-rule.yaral', line: 1, column: 1, message: 'no `rule <name> { ... }` found; expected a YARA-L 2.0 rule' },
    ]);
    expect(chronicle.parse(makeSourceFile('empty.yaral', ''))).toEqual({ detections: [], problems: [] });
  });

  it('reports unterminated strings and comments with their position', () => {
    const text = 'rule x {\n  meta:\n    description = "open\n    technique = "T1530"\n  events:\n    $e\n  condition:\n    $e\n}\n/* never closed';
    const result = chronicle.parse(makeSourceFile('x.yaral', text));
    expect(result.problems).toEqual([
      { path: 'x.yaral', line: 3, column: 19, message: 'unterminated string' },
      { path: 'x.yaral', line: 10, column: 1, message: 'unterminated `/*` comment' },
    ]);
    expect(result.detections.map((d) => d.techniques)).toEqual([['T1530']]);
  });

  it('survives 10,000-deep nesting', () => {
    const deep = `rule x {\n meta:\n  technique = "T1530"\n events:\n${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n condition:\n $e\n}\n`;
    expect(chronicle.parse(makeSourceFile('deep.yaral', deep)).detections.map((d) => d.techniques)).toEqual([['T1530']]);
    const open = `rule x {\n meta:\n  technique = "T1530"\n events:\n${'('.repeat(10_000)}\n`;
    expect(chronicle.parse(makeSourceFile('open.yaral', open)).problems).toEqual([
      { path: 'open.yaral', line: 1, column: 1, message: 'rule `x` has no closing `}`; braces are unbalanced' },
    ]);
  });

  it('gives the same lines for CRLF and BOM files', () => {
    const lf = parseOne(load('technique-tactic.yaral'));
    const text = fixtureText('technique-tactic.yaral');
    for (const variant of [text.replace(/\n/g, '\r\n'), `\ufeff${text}`]) {
      const d = parseOne(makeSourceFile('rules/technique-tactic.yaral', variant));
      expect(d.falsePositives).toEqual(lf.falsePositives);
      expect(d.techniqueTags).toEqual(lf.techniqueTags);
      expect(d.span).toEqual(lf.span);
    }
  });

  it('marks rules under a _deprecated/ folder as deprecated', () => {
    expect(parseOne(load('technique-tactic.yaral', 'rules/_deprecated/gcp/x.yaral')).deprecated).toBe(true);
  });
});

describe('chronicle.planFalsePositiveFix', () => {
  interface Case {
    name: string;
    fixture: string;
    document?: number;
    texts: string[];
    replace?: boolean;
    title: string;
    splice: [number, number, string[]];
    text: string;
  }

  const cases: Case[] = [
    {
      name: 'extends an existing value with sentences, escaping quotes and backslashes',
      fixture: 'technique-tactic.yaral',
      texts: ['Static "site" buckets', 'Backups to C:\\Backup.'],
      title: 'Add 2 false positives to `false_positives`',
      splice: [
        15,
        1,
        ['    false_positives = "Buckets that serve a public website. Static \\"site\\" buckets. Backups to C:\\\\Backup."'],
      ],
      text: 'Buckets that serve a public website. Static "site" buckets. Backups to C:\\Backup.',
    },
    {
      name: 'replaces a placeholder value',
      fixture: 'deprecated-mitre.yaral',
      texts: ['Migration projects copying objects.'],
      replace: true,
      title: 'Replace "Unknown" in `false_positives` with 1 false positive',
      splice: [8, 1, ['        false_positives = "Migration projects copying objects."']],
      text: 'Migration projects copying objects.',
    },
    {
      name: 'keeps existing escapes byte for byte when extending',
      fixture: 'escaped-meta.yaral',
      texts: ['Audits.'],
      title: 'Add 1 false positive to `false_positives`',
      splice: [5, 1, ['    false_positives = "Scheduled \\"sync\\" from C:\\\\Sync. Audits."']],
      text: 'Scheduled "sync" from C:\\Sync. Audits.',
    },
    {
      name: 'adds the line after the last meta line, with its indentation (tabs)',
      fixture: 'no-false-positives.yaral',
      texts: ['Nightly exports.'],
      title: 'Add `false_positives` with 1 false positive',
      splice: [6, 0, ['\t\tfalse_positives = "Nightly exports."']],
      text: 'Nightly exports.',
    },
    {
      name: 'adds the line to an empty meta section',
      fixture: 'empty-meta.yaral',
      texts: ['Nightly exports.'],
      title: 'Add `false_positives` with 1 false positive',
      splice: [3, 0, ['    false_positives = "Nightly exports."']],
      text: 'Nightly exports.',
    },
    {
      name: 'adds to the second rule of a file only',
      fixture: 'multiple-rules.yaral',
      document: 1,
      texts: ['Nightly exports.'],
      title: 'Add `false_positives` with 1 false positive',
      splice: [17, 0, ['    false_positives = "Nightly exports."']],
      text: 'Nightly exports.',
    },
    {
      name: 'adds after a meta line that ends with a comment',
      fixture: 'mitre-attack-name-url.yaral',
      texts: ['Nightly exports.'],
      title: 'Add `false_positives` with 1 false positive',
      splice: [16, 0, ['    false_positives = "Nightly exports."']],
      text: 'Nightly exports.',
    },
  ];

  it.each(cases)('$name', ({ fixture, document = 0, texts, replace = false, title, splice, text }) => {
    const file = load(fixture);
    const before = parseAll(file);
    const d = before.find((x) => x.document === document)!;
    const fix = chronicle.planFalsePositiveFix!(d, {
      texts,
      replace: replace ? d.falsePositives[0]!.items : [],
    });
    expect(fix?.title).toBe(title);
    const expected = file.text.split('\n');
    expected.splice(splice[0] - 1, splice[1], ...splice[2]);
    const output = applyEdits(file.text, fix!.edits);
    expect(output).toBe(expected.join('\n'));

    const after = parseAll(makeSourceFile(file.path, output));
    const fixed = after.find((x) => x.document === document)!;
    expect(fixed.falsePositives[0]!.items.map((i) => i.text)).toEqual([text]);
    const shifted = (x: Detection): unknown => ({ ...(stable(x) as object), span: undefined, techniqueTags: undefined });
    expect(shifted(fixed)).toEqual(shifted(d));
    expect(fixed.techniqueTags.map((t) => [t.raw, t.column])).toEqual(d.techniqueTags.map((t) => [t.raw, t.column]));
    // The other rules of the file are untouched.
    const others = (list: Detection[]): unknown =>
      list.filter((x) => x.document !== document).map((x) => [x.id, x.techniques, x.falsePositives.map((s) => s.items.map((i) => i.text))]);
    expect(others(after)).toEqual(others(before));
  });

  it('keeps CRLF line endings', () => {
    const text = fixtureText('no-false-positives.yaral').replace(/\n/g, '\r\n');
    const d = parseOne(makeSourceFile('rules/crlf.yaral', text));
    const output = applyEdits(text, chronicle.planFalsePositiveFix!(d, { texts: ['Nightly exports.'], replace: [] })!.edits);
    expect(output).toContain('\t\tseverity = "LOW"\r\n\t\tfalse_positives = "Nightly exports."\r\n\r\n\tevents:');
  });

  it('sets an empty value', () => {
    const text = 'rule x {\n  meta:\n    technique = "T1530"\n    false_positives = ""\n  condition:\n    $e\n}\n';
    const d = parseOne(makeSourceFile('x.yaral', text));
    expect(d.falsePositives).toEqual([{ source: 'field', key: 'false_positives', line: 4, endLine: 4, items: [] }]);
    const fix = chronicle.planFalsePositiveFix!(d, { texts: ['Audits', 'Restores.'], replace: [] });
    expect(fix).toEqual({
      title: 'Set `false_positives` to 2 false positives',
      edits: [{ startLine: 4, endLine: 4, lines: ['    false_positives = "Audits. Restores."'] }],
    });
  });

  it('declines a false_positives value that is not a string', () => {
    const text = 'rule x {\n  meta:\n    technique = "T1530"\n    false_positives = unknown\n  condition:\n    $e\n}\n';
    const d = parseOne(makeSourceFile('x.yaral', text));
    expect(d.falsePositives[0]!.problem).toBe(
      '`false_positives` is not a quoted string (unknown); expected a string such as "Administrators running backups"',
    );
    expect(chronicle.planFalsePositiveFix!(d, { texts: ['Audits.'], replace: [] })).toBeNull();
  });
});
