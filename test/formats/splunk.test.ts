import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection.js';
import { applyEdits } from '../../src/fix/apply.js';
import { splunk } from '../../src/formats/splunk.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';

const FIXTURES = new URL('../fixtures/splunk/', import.meta.url);

function read(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function fixture(name: string, path = `detections/cloud/${name}`): SourceFile {
  return makeSourceFile(path, read(name));
}

function parseOne(file: SourceFile): Detection {
  const result = splunk.parse(file);
  expect(result.problems).toEqual([]);
  expect(result.detections).toHaveLength(1);
  return result.detections[0]!;
}

function stable(d: Detection): unknown {
  return {
    ...d,
    source: undefined,
    span: undefined,
    titleSpan: undefined,
    falsePositives: undefined,
    techniqueTags: d.techniqueTags.map((t) => ({ raw: t.raw, technique: t.technique, column: t.column })),
  };
}

describe('splunk.sniff', () => {
  it.each(['folded-plain.yml', 'tests-url-trap.yml', 'crlf.yml', 'invalid-yaml.yml', 'block-scalar.yml'])('recognizes %s', (name) => {
    expect(splunk.sniff(fixture(name))).toBe(true);
  });

  it.each([
    ['an analytic story', read('story.yml')],
    ['a baseline', read('baseline.yml')],
    ['a macro', 'definition: (index=cloudtrail)\ndescription: customer specific\nname: cloudtrail\n'],
    ['a Sigma rule', 'title: x\nlogsource: {}\ndetection: {}\nsearch: x\nhow_to_implement: y\n'],
    ['a Panther saved query', 'AnalysisType: scheduled_query\nsearch: x\nhow_to_implement: y\n'],
    ['an empty file', ''],
  ])('rejects %s', (_, text) => {
    expect(splunk.sniff(makeSourceFile('x.yml', text))).toBe(false);
  });
});

describe('splunk.parse', () => {
  it('reads a detection with a folded false-positive string, ignoring test data URLs', () => {
    const file = fixture('folded-plain.yml');
    expect(parseOne(file)).toEqual({
      format: 'splunk',
      path: 'detections/cloud/folded-plain.yml',
      document: 0,
      id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
      title: 'Storage Bucket Read From New Network',
      titleSpan: { line: 1, endLine: 1 },
      description:
        'The following analytic finds reads of bucket objects from a network range that has not read from the bucket before.',
      techniques: ['T1530', 'T1078.004'],
      techniqueTags: [
        { raw: 'T1530', technique: 'T1530', line: 25, endLine: 25, column: 5 },
        { raw: 'T1078.004', technique: 'T1078.004', line: 26, endLine: 26, column: 5 },
      ],
      tactics: [],
      query: '`cloudtrail` eventName=GetObject sourcetype=aws:cloudtrail | stats count by src_ip bucketName | `storage_bucket_read_from_new_network_filter`',
      dataSources: ['data_source:aws cloudtrail getobject', 'sourcetype:aws:cloudtrail', 'story:suspicious cloud storage activity'],
      status: 'production',
      deprecated: false,
      falsePositives: [
        {
          source: 'field',
          key: 'known_false_positives',
          line: 15,
          endLine: 17,
          items: [
            {
              text: 'Buckets that serve public content are read from everywhere, and a new office or VPN egress range will look new for a while. Tune the lookup window to your environment',
              line: 15,
              endLine: 17,
            },
          ],
        },
      ],
      disabledChecks: [],
      span: { line: 1, endLine: 35 },
      source: file,
    });
  });

  it('does not take T1530 from a tests[].attack_data URL', () => {
    const d = parseOne(fixture('tests-url-trap.yml'));
    expect(d.techniques).toEqual(['T1119']);
    expect(d.techniqueTags).toEqual([{ raw: 'T1119', technique: 'T1119', line: 19, endLine: 19, column: 5 }]);
  });

  it('keeps a placeholder as the one item', () => {
    expect(parseOne(fixture('placeholder-unknown.yml')).falsePositives).toEqual([
      { source: 'field', key: 'known_false_positives', line: 12, endLine: 12, items: [{ text: 'unknown', line: 12, endLine: 12 }] },
    ]);
  });

  it('reads a single-quoted folded string and a flow list of ids with a tactic', () => {
    const d = parseOne(fixture('single-quoted-folded.yml'));
    expect(d.falsePositives[0]!.items).toEqual([
      { text: 'Media teams share large files through signed URLs; it\'s common for "release" buckets', line: 13, endLine: 14 },
    ]);
    expect(d.techniqueTags).toEqual([
      { raw: 'T1530', technique: 'T1530', line: 19, endLine: 19, column: 21 },
      { raw: 'TA0009', technique: null, line: 19, endLine: 19, column: 28 },
    ]);
    expect(d.tactics).toEqual(['TA0009']);
  });

  it('reads a block scalar from the line below its key; status deprecated', () => {
    const d = parseOne(fixture('block-scalar.yml'));
    expect(d.falsePositives).toEqual([
      {
        source: 'field',
        key: 'known_false_positives',
        line: 16,
        endLine: 18,
        items: [{ text: 'Backup products read snapshots every night.', line: 17, endLine: 18 }],
      },
    ]);
    expect(d.description).toBe('Finds downloads of blob snapshots. Snapshots hold older copies of data.');
    expect([d.status, d.deprecated]).toEqual(['deprecated', true]);
  });

  it('marks detections under deprecated/ as deprecated', () => {
    expect(parseOne(fixture('folded-plain.yml', 'detections/deprecated/x.yml')).deprecated).toBe(true);
  });

  it('yields a section without items for an empty string', () => {
    expect(parseOne(fixture('empty-string.yml')).falsePositives).toEqual([
      { source: 'field', key: 'known_false_positives', line: 12, endLine: 12, items: [] },
    ]);
  });

  it.each([
    ['wrong-type-number.yml', '`known_false_positives` is a number (42); expected a string', 12, []],
    ['wrong-type-null.yml', '`known_false_positives` is empty (null); expected a string', 12, []],
    [
      'wrong-type-list.yml',
      '`known_false_positives` is a list; expected a string',
      14,
      [
        { text: 'Admins', line: 13, endLine: 13 },
        { text: 'Backups', line: 14, endLine: 14 },
      ],
    ],
  ])('describes a wrong-typed field: %s', (name, problem, endLine, items) => {
    expect(parseOne(fixture(name)).falsePositives).toEqual([
      { source: 'field', key: 'known_false_positives', line: 12, endLine, items, problem },
    ]);
  });

  it('gives the same lines for CRLF files', () => {
    const d = parseOne(fixture('crlf.yml'));
    expect(d.falsePositives[0]!.items).toEqual([{ text: 'None identified', line: 8, endLine: 8 }]);
    expect(d.techniqueTags.map((t) => [t.raw, t.line])).toEqual([['T1530', 12]]);
  });

  it('reports invalid YAML with the parser position', () => {
    expect(splunk.parse(fixture('invalid-yaml.yml'))).toEqual({
      detections: [],
      problems: [
        {
          path: 'detections/cloud/invalid-yaml.yml',
          line: 6,
          column: 1,
          message: 'invalid YAML: unexpected end of the stream within a single quoted scalar',
        },
      ],
    });
  });

  it('reads quoted sourcetypes from the search and skips tokens', () => {
    const text = read('placeholder-unknown.yml').replace(
      "search: '`cloudtrail` eventName=PutBucketAcl",
      'search: \'index=cloud sourcetype="gcp:pubsub:message" OR sourcetype=$st$ eventName=PutBucketAcl',
    );
    expect(parseOne(makeSourceFile('x.yml', text)).dataSources).toEqual([
      'sourcetype:gcp:pubsub:message',
      'story:suspicious cloud storage activity',
    ]);
  });
});

describe('splunk.planFalsePositiveFix', () => {
  function fix(name: string, texts: string[], replaceTexts: string[] = []): string | null {
    const file = fixture(name);
    const before = parseOne(file);
    const replace = before.falsePositives[0]?.items.filter((i) => replaceTexts.includes(i.text)) ?? [];
    const planned = splunk.planFalsePositiveFix!(before, { texts, replace });
    if (!planned) return null;
    const text = applyEdits(file.text, planned.edits);
    const after = parseOne(makeSourceFile(file.path, text));
    expect(stable(after)).toEqual(stable(before));
    return text;
  }

  it('replaces a placeholder value with the new sentences', () => {
    expect(fix('placeholder-unknown.yml', ['Backup services read every object', 'Storage inventory scans.'], ['unknown'])).toBe(
      read('placeholder-unknown.yml').replace(
        'known_false_positives: unknown\n',
        'known_false_positives: Backup services read every object. Storage inventory scans.\n',
      ),
    );
    const d = parseOne(fixture('placeholder-unknown.yml'));
    expect(splunk.planFalsePositiveFix!(d, { texts: ['A'], replace: d.falsePositives[0]!.items })!.title).toBe(
      'Replace "unknown" with 1 false positive in `known_false_positives`',
    );
  });

  it('appends sentences to a folded plain string, folding like the file', () => {
    expect(fix('folded-plain.yml', ['Scheduled exports to a data lake', 'Vendor support sessions'])).toBe(
      read('folded-plain.yml').replace(
        '  window to your environment\n',
        '  window to your environment. Scheduled exports to a data lake. Vendor support sessions.\n',
      ),
    );
  });

  it('turns a folded string into a `>-` block when the result cannot stay plain', () => {
    expect(fix('folded-plain.yml', ['Security scanners: inventory runs'])).toBe(
      read('folded-plain.yml').replace(
        'known_false_positives: Buckets that serve public content are read from everywhere,\n  and a new office or VPN egress range will look new for a while. Tune the lookup\n  window to your environment\n',
        'known_false_positives: >-\n  Buckets that serve public content are read from everywhere, and a new office or\n  VPN egress range will look new for a while. Tune the lookup window to your environment.\n  Security scanners: inventory runs.\n',
      ),
    );
  });

  it('double-quotes a one-line string when the result cannot stay plain', () => {
    expect(fix('tests-url-trap.yml', ['Note: archival jobs'])).toBe(
      read('tests-url-trap.yml').replace(
        'known_false_positives: Batch jobs read many objects. Filter as needed.\n',
        'known_false_positives: "Batch jobs read many objects. Filter as needed. Note: archival jobs."\n',
      ),
    );
  });

  it('keeps single quotes, escaping apostrophes', () => {
    expect(fix('single-quoted-folded.yml', ["Partner portals' downloads"])).toBe(
      read('single-quoted-folded.yml').replace(
        '  for "release" buckets\'\n',
        '  for "release" buckets. Partner portals\'\' downloads.\'\n',
      ),
    );
  });

  it('keeps a block scalar a block scalar', () => {
    expect(fix('block-scalar.yml', ['Restore tests'])).toBe(
      read('block-scalar.yml').replace(
        '  Backup products read snapshots\n  every night.\n',
        '  Backup products read snapshots every night. Restore tests.\n',
      ),
    );
  });

  it('fills an empty string and a null value', () => {
    expect(fix('empty-string.yml', ['Bulk exports'])).toBe(
      read('empty-string.yml').replace("known_false_positives: ''\n", 'known_false_positives: Bulk exports.\n'),
    );
    expect(fix('wrong-type-null.yml', ['Bulk exports'])).toBe(
      read('wrong-type-null.yml').replace('known_false_positives:\n', 'known_false_positives: Bulk exports.\n'),
    );
  });

  it.each(['wrong-type-number.yml', 'wrong-type-list.yml'])('leaves a wrong-typed field to the author: %s', (name) => {
    expect(fix(name, ['Bulk exports'])).toBeNull();
  });

  it('keeps CRLF line endings', () => {
    expect(fix('crlf.yml', ['Account bootstrap scripts'], ['None identified'])).toBe(
      read('crlf.yml').replace('known_false_positives: None identified\r\n', 'known_false_positives: Account bootstrap scripts.\r\n'),
    );
  });

  it('creates a missing field before `references:`', () => {
    const text = read('placeholder-unknown.yml').replace('known_false_positives: unknown\n', '');
    const d = parseOne(makeSourceFile('x.yml', text));
    expect(d.falsePositives).toEqual([]);
    const planned = splunk.planFalsePositiveFix!(d, { texts: ['Bulk exports'], replace: [] })!;
    expect(planned.title).toBe('Add `known_false_positives` with 1 false positive');
    expect(applyEdits(text, planned.edits)).toBe(read('placeholder-unknown.yml').replace('unknown\n', 'Bulk exports.\n'));
  });

  it('returns null for nothing to add or a stale replace item', () => {
    const d = parseOne(fixture('placeholder-unknown.yml'));
    expect(splunk.planFalsePositiveFix!(d, { texts: [], replace: [] })).toBeNull();
    expect(splunk.planFalsePositiveFix!(d, { texts: ['A'], replace: [{ text: 'unknown', line: 2, endLine: 2 }] })).toBeNull();
  });
});
