import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection.js';
import { applyEdits } from '../../src/fix/apply.js';
import { elastic } from '../../src/formats/elastic.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/elastic/', import.meta.url));

function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

function load(name: string, path = `rules/${name}`): SourceFile {
  return makeSourceFile(path, fixtureText(name));
}

function parseOne(file: SourceFile): Detection {
  const result = elastic.parse(file);
  expect(result.problems).toEqual([]);
  expect(result.detections).toHaveLength(1);
  return result.detections[0]!;
}

/** Everything but the false-positive field and positions that move when lines are inserted. */
function stable(d: Detection): unknown {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    techniques: d.techniques,
    tags: d.techniqueTags.map((t) => [t.raw, t.technique, t.column]),
    tactics: d.tactics,
    query: d.query,
    dataSources: d.dataSources,
    status: d.status,
    deprecated: d.deprecated,
    notes: d.falsePositives.filter((s) => s.source !== 'field').map((s) => s.items.map((i) => i.text)),
  };
}

describe('elastic.sniff', () => {
  it.each([
    'block-false-positives.toml',
    'no-false-positives.toml',
    'note-paragraphs.toml',
    'single-line-placeholder.toml',
  ])('recognizes the rule %s', (name) => {
    expect(elastic.sniff(load(name))).toBe(true);
  });

  it.each([
    ['a pyproject-like file', fixtureText('not-a-rule.toml')],
    ['a hunting query', '[hunt]\nname = "Bulk reads"\nquery = ["x"]\n'],
    ['a [rule] table of another tool', '[rule]\nseverity = "high"\n'],
    ['an empty file', ''],
  ])('rejects %s', (_, text) => {
    expect(elastic.sniff(makeSourceFile('x.toml', text))).toBe(false);
  });
});

describe('elastic.parse', () => {
  it('reads a rule with a """ false_positives block, a note section and threat tables', () => {
    const file = load('block-false-positives.toml');
    const d = parseOne(file);
    expect(d).toEqual({
      format: 'elastic',
      path: 'rules/block-false-positives.toml',
      document: 0,
      id: '0f4c2a9e-8d7b-4f5e-9a61-3c2b1d0e9f87',
      title: 'Bulk Object Reads by a New Identity',
      titleSpan: { line: 26, endLine: 26 },
      description:
        'Flags the first time an identity reads many objects from a storage bucket it has never touched. Attackers who steal keys often copy whole buckets in one go.',
      techniques: ['T1530', 'T1567', 'T1567.002'],
      techniqueTags: [
        { raw: 'T1530', technique: 'T1530', line: 65, endLine: 65, column: 7 },
        { raw: 'TA0009', technique: null, line: 70, endLine: 70, column: 7 },
        { raw: 'T1567', technique: 'T1567', line: 78, endLine: 78, column: 7 },
        { raw: 'T1567.002', technique: 'T1567.002', line: 83, endLine: 83, column: 7 },
        { raw: 'TA0010', technique: null, line: 88, endLine: 88, column: 7 },
      ],
      tactics: ['TA0009', 'TA0010'],
      query: 'event.dataset: "aws.cloudtrail" and event.provider: "s3.amazonaws.com" and event.action: "GetObject"',
      dataSources: [
        'integration:aws',
        'index:logs-aws.cloudtrail-*',
        'index:filebeat-*',
        'tag:domain: cloud',
        'tag:data source: aws',
        'tag:data source: aws s3',
        'tag:tactic: collection',
        'dataset:aws.cloudtrail',
      ],
      status: 'production',
      deprecated: false,
      falsePositives: [
        {
          source: 'field',
          key: 'false_positives',
          line: 13,
          endLine: 21,
          items: [
            {
              text: 'Nightly backup jobs that mirror a bucket to another account read every object. Confirm the role and schedule with the storage team.',
              line: 15,
              endLine: 16,
            },
            { text: 'Data scientists pulling a training set for the first time.', line: 19, endLine: 19 },
          ],
        },
        {
          source: 'note',
          key: 'note',
          line: 33,
          endLine: 38,
          items: [
            {
              text: '**Backups**: storage replication and backup tools read every object once a night.',
              line: 35,
              endLine: 36,
            },
            {
              text: 'Analytics teams exploring a new data lake. Check the ticket that granted access.',
              line: 37,
              endLine: 38,
            },
          ],
        },
      ],
      disabledChecks: [],
      span: { line: 1, endLine: 94 },
      source: file,
    });
  });

  it('finds no false-positive documentation where there is none', () => {
    const d = parseOne(load('no-false-positives.toml'));
    expect(d.falsePositives).toEqual([]);
    expect(d.techniques).toEqual(['T1530']);
    expect(d.techniqueTags).toEqual([
      { raw: 'T1530', technique: 'T1530', line: 31, endLine: 31, column: 7 },
      { raw: 'TA0009', technique: null, line: 37, endLine: 37, column: 7 },
    ]);
    expect(d.dataSources).toEqual([
      'integration:o365',
      'index:logs-o365.audit-*',
      'tag:domain: saas',
      'tag:data source: microsoft 365',
      'dataset:o365.audit',
    ]);
  });

  it('takes note paragraphs when the section has no bullets, across a line-ending backslash', () => {
    const d = parseOne(load('note-paragraphs.toml'));
    expect(d.falsePositives).toEqual([
      {
        source: 'note',
        key: 'note',
        line: 11,
        endLine: 17,
        items: [
          {
            text: 'Static websites are served from public containers; check the \\web container and its owner.',
            line: 13,
            endLine: 14,
          },
          { text: 'Vendors sharing "release" artifacts publicly.', line: 16, endLine: 17 },
        ],
      },
    ]);
    expect(d.status).toBe('deprecated');
    expect(d.deprecated).toBe(true);
    expect(d.titleSpan).toEqual({ line: 8, endLine: 8 });
  });

  it('reads basic-string items and an array closed on its last item line', () => {
    expect(parseOne(load('basic-string-items.toml')).falsePositives).toEqual([
      {
        source: 'field',
        key: 'false_positives',
        line: 3,
        endLine: 6,
        items: [
          { text: 'Legal teams searching for contracts.', line: 4, endLine: 4 },
          { text: 'Auditors running "compliance" searches', line: 5, endLine: 5 },
        ],
      },
    ]);
    expect(parseOne(load('closing-bracket-on-item.toml')).falsePositives).toEqual([
      {
        source: 'field',
        key: 'false_positives',
        line: 5,
        endLine: 8,
        items: [{ text: 'Broken automation retrying with stale credentials.', line: 7, endLine: 7 }],
      },
    ]);
  });

  it('takes ES|QL sources as indices', () => {
    expect(parseOne(load('basic-string-items.toml')).dataSources).toEqual(['index:logs-o365.audit-*', 'index:logs-azure.*']);
  });

  it('reports a false_positives field of the wrong type as a section with a problem', () => {
    expect(parseOne(load('wrong-type.toml')).falsePositives).toEqual([
      {
        source: 'field',
        key: 'false_positives',
        line: 3,
        endLine: 3,
        items: [],
        problem: '`false_positives` is a number (42); expected an array of strings',
      },
    ]);
    expect(parseOne(load('string-false-positives.toml')).falsePositives).toEqual([
      {
        source: 'field',
        key: 'false_positives',
        line: 3,
        endLine: 3,
        items: [{ text: 'Administrators copying buckets.', line: 3, endLine: 3 }],
        problem: '`false_positives` is a string ("Administrators copying buckets."); expected an array of strings',
      },
    ]);
    expect(parseOne(load('mixed-array.toml')).falsePositives).toEqual([
      {
        source: 'field',
        key: 'false_positives',
        line: 3,
        endLine: 3,
        items: [{ text: 'Backups.', line: 3, endLine: 3 }],
        problem: '`false_positives` holds 2 items that are not a string (a table, a number); expected an array of strings',
      },
    ]);
  });

  it('keeps an empty array as a section without items', () => {
    expect(parseOne(load('empty-array.toml')).falsePositives).toEqual([
      { source: 'field', key: 'false_positives', line: 3, endLine: 4, items: [] },
    ]);
  });

  it('reports invalid TOML with the parser position and no detection', () => {
    expect(elastic.parse(load('invalid.toml'))).toEqual({
      detections: [],
      problems: [
        { path: 'rules/invalid.toml', line: 6, column: 5, message: 'invalid TOML: expected comma or end of structure' },
      ],
    });
  });

  it('reports a TOML file without [rule] and ignores an empty file', () => {
    expect(elastic.parse(load('not-a-rule.toml')).problems).toEqual([
      { path: 'rules/not-a-rule.toml', line: 1, column: 1, message: 'no `[rule]` table; expected an Elastic detection rule' },
    ]);
    expect(elastic.parse(makeSourceFile('empty.toml', ''))).toEqual({ detections: [], problems: [] });
    expect(elastic.parse(makeSourceFile('blank.toml', '\n  \n'))).toEqual({ detections: [], problems: [] });
    // Blank as `trim` sees it, Unicode spaces and line separators included.
    expect(elastic.parse(makeSourceFile('blank.toml', '\u00a0\u2028\t\ufeff \r\n'))).toEqual({ detections: [], problems: [] });
    expect(elastic.parse(makeSourceFile('x.toml', '\u00a0x')).problems).toEqual([
      { path: 'x.toml', line: 1, column: 1, message: 'invalid TOML: illegal character in key' },
    ]);
  });

  it('survives 10,000-deep nesting', () => {
    const text = `[rule]\nname = "deep"\nv = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const result = elastic.parse(makeSourceFile('deep.toml', text));
    expect(result.detections).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBe(3);
  });

  it('gives the same lines and texts for CRLF and BOM files', () => {
    const lf = parseOne(load('block-false-positives.toml'));
    const text = fixtureText('block-false-positives.toml');
    for (const variant of [text.replace(/\n/g, '\r\n'), `\ufeff${text}`, `\ufeff${text.replace(/\n/g, '\r\n')}`]) {
      const d = parseOne(makeSourceFile('rules/block-false-positives.toml', variant));
      expect(d.falsePositives).toEqual(lf.falsePositives);
      expect(d.techniqueTags).toEqual(lf.techniqueTags);
      expect(d.titleSpan).toEqual(lf.titleSpan);
      expect(d.description).toBe(lf.description);
      expect(d.span).toEqual(lf.span);
    }
  });

  it('marks rules under a _deprecated/ folder as deprecated', () => {
    const d = parseOne(makeSourceFile('rules/_deprecated/old.toml', fixtureText('no-false-positives.toml')));
    expect(d.deprecated).toBe(true);
    expect(d.status).toBe('production');
  });

  it('reads lofp-lint-disable comments', () => {
    const text = `# lofp-lint-disable missing-false-positives\n${fixtureText('no-false-positives.toml')}`;
    expect(parseOne(makeSourceFile('rules/x.toml', text)).disabledChecks).toEqual(['missing-false-positives']);
  });
});

describe('elastic.planFalsePositiveFix', () => {
  const LONG =
    'Storage lifecycle policies that copy objects between tiers read every object once, typically at night, and run under a dedicated service role.';

  interface Case {
    name: string;
    fixture: string;
    texts: string[];
    /** Replace the field items whose text is listed here. */
    replace?: string[];
    title: string;
    /** [line to start at, lines removed, lines inserted] against the original fixture. */
    splice: [number, number, string[]];
    items: string[];
  }

  const cases: Case[] = [
    {
      name: 'appends """ blocks after the last item, wrapped at 120 columns, with escapes',
      fixture: 'block-false-positives.toml',
      texts: [LONG, 'Quote """ and back\\slash'],
      title: 'Add 2 false positives to `false_positives`',
      splice: [
        21,
        0,
        [
          '    """',
          '    Storage lifecycle policies that copy objects between tiers read every object once, typically at night, and run under',
          '    a dedicated service role.',
          '    """,',
          '    """',
          '    Quote ""\\" and back\\\\slash',
          '    """,',
        ],
      ],
      items: [
        'Nightly backup jobs that mirror a bucket to another account read every object. Confirm the role and schedule with the storage team.',
        'Data scientists pulling a training set for the first time.',
        LONG,
        'Quote """ and back\\slash',
      ],
    },
    {
      name: 'creates the array right after description when it is missing',
      fixture: 'no-false-positives.toml',
      texts: ['Compliance scans by the security team.'],
      title: 'Add `false_positives` with 1 false positive',
      splice: [13, 0, ['false_positives = [', '    """', '    Compliance scans by the security team.', '    """,', ']']],
      items: ['Compliance scans by the security team.'],
    },
    {
      name: 'rewrites a single-line array, replacing the placeholder and keeping the comment',
      fixture: 'single-line-placeholder.toml',
      texts: ['Travelling staff.', 'Backup "mirror" jobs'],
      replace: ['Unknown'],
      title: 'Replace 1 placeholder in `false_positives` with 2 false positives',
      splice: [6, 1, ['false_positives = ["Travelling staff.", "Backup \\"mirror\\" jobs"] # to be written']],
      items: ['Travelling staff.', 'Backup "mirror" jobs'],
    },
    {
      name: 'lays a single-line array out on several lines when it would grow past 120 columns',
      fixture: 'single-line-placeholder.toml',
      texts: [LONG],
      title: 'Add 1 false positive to `false_positives`',
      splice: [
        6,
        1,
        [
          'false_positives = [',
          '    "Unknown",',
          '    """',
          '    Storage lifecycle policies that copy objects between tiers read every object once, typically at night, and run under',
          '    a dedicated service role.',
          '    """,',
          '] # to be written',
        ],
      ],
      items: ['Unknown', LONG],
    },
    {
      name: 'moves a closing bracket that sits on the last item to the new last item',
      fixture: 'closing-bracket-on-item.toml',
      texts: ['Compliance scans.'],
      title: 'Add 1 false positive to `false_positives`',
      splice: [8, 1, ['  """,', '  """', '  Compliance scans.', '  """]']],
      items: ['Broken automation retrying with stale credentials.', 'Compliance scans.'],
    },
    {
      name: 'adds basic strings to a basic-string array, adding the missing comma',
      fixture: 'basic-string-items.toml',
      texts: ['Compliance scans.', 'Records "holds".'],
      title: 'Add 2 false positives to `false_positives`',
      splice: [
        5,
        1,
        ['    "Auditors running \\"compliance\\" searches",', '    "Compliance scans.",', '    "Records \\"holds\\"."'],
      ],
      items: ['Legal teams searching for contracts.', 'Auditors running "compliance" searches', 'Compliance scans.', 'Records "holds".'],
    },
    {
      name: 'replaces a """ placeholder block in place',
      fixture: 'block-placeholder.toml',
      texts: ['Compliance scans.', 'Quarterly restore tests.'],
      replace: ['Unknown'],
      title: 'Replace 1 placeholder in `false_positives` with 2 false positives',
      splice: [6, 3, ['    """', '    Compliance scans.', '    """,', '    """', '    Quarterly restore tests.', '    """,']],
      items: ['Compliance scans.', 'Quarterly restore tests.', 'Disaster-recovery copies to the backup account.'],
    },
    {
      name: 'fills an empty multi-line array',
      fixture: 'empty-array.toml',
      texts: ['Compliance scans.'],
      title: 'Add 1 false positive to `false_positives`',
      splice: [4, 0, ['    """', '    Compliance scans.', '    """,']],
      items: ['Compliance scans.'],
    },
  ];

  it.each(cases)('$name', ({ fixture, texts, replace = [], title, splice, items }) => {
    const file = load(fixture);
    const before = parseOne(file);
    const field = before.falsePositives.find((s) => s.source === 'field');
    const fix = elastic.planFalsePositiveFix!(before, {
      texts,
      replace: field?.items.filter((i) => replace.includes(i.text)) ?? [],
    });
    expect(fix?.title).toBe(title);
    const expected = file.text.split('\n');
    expected.splice(splice[0] - 1, splice[1], ...splice[2]);
    const output = applyEdits(file.text, fix!.edits);
    expect(output).toBe(expected.join('\n'));

    const after = parseOne(makeSourceFile(file.path, output));
    expect(stable(after)).toEqual(stable(before));
    expect(after.falsePositives.find((s) => s.source === 'field')!.items.map((i) => i.text)).toEqual(items);
    // A file fixed once can be fixed again.
    const again = elastic.planFalsePositiveFix!(after, { texts: ['One more.'], replace: [] });
    const twice = parseOne(makeSourceFile(file.path, applyEdits(output, again!.edits)));
    expect(twice.falsePositives.find((s) => s.source === 'field')!.items.map((i) => i.text)).toEqual([...items, 'One more.']);
  });

  it('keeps CRLF line endings', () => {
    const text = fixtureText('block-false-positives.toml').replace(/\n/g, '\r\n');
    const d = parseOne(makeSourceFile('rules/crlf.toml', text));
    const output = applyEdits(text, elastic.planFalsePositiveFix!(d, { texts: ['Compliance scans.'], replace: [] })!.edits);
    expect(output).toContain('    """,\r\n    """\r\n    Compliance scans.\r\n    """,\r\n]\r\nfrom = "now-9m"\r\n');
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('never touches note: the note section is not a place to add to', () => {
    const d = parseOne(load('note-paragraphs.toml'));
    const fix = elastic.planFalsePositiveFix!(d, { texts: ['Compliance scans.'], replace: d.falsePositives[0]!.items });
    expect(fix?.title).toBe('Add `false_positives` with 1 false positive');
    expect(fix?.edits).toEqual([
      { startLine: 8, endLine: 7, lines: ['false_positives = [', '    """', '    Compliance scans.', '    """,', ']'] },
    ]);
  });

  it.each(['wrong-type.toml', 'string-false-positives.toml', 'mixed-array.toml'])('declines to fix %s', (fixture) => {
    const d = parseOne(load(fixture));
    expect(elastic.planFalsePositiveFix!(d, { texts: ['Compliance scans.'], replace: [] })).toBeNull();
  });

  it('declines when there is nothing to add', () => {
    const d = parseOne(load('block-false-positives.toml'));
    expect(elastic.planFalsePositiveFix!(d, { texts: ['  '], replace: [] })).toBeNull();
  });
});
