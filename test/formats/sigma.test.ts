import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection.js';
import { applyEdits } from '../../src/fix/apply.js';
import { sigma } from '../../src/formats/sigma.js';
import { makeSourceFile, type SourceFile } from '../../src/source.js';

const FIXTURES = new URL('../fixtures/sigma/', import.meta.url);

function read(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function fixture(name: string, path = `rules/${name}`): SourceFile {
  return makeSourceFile(path, read(name));
}

function parseAll(file: SourceFile): Detection[] {
  const result = sigma.parse(file);
  expect(result.problems).toEqual([]);
  return result.detections;
}

function parseOne(name: string): Detection {
  const detections = parseAll(fixture(name));
  expect(detections).toHaveLength(1);
  return detections[0]!;
}

/** Everything but positions and the false positives: what a fix must leave alone. */
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

describe('sigma.sniff', () => {
  it.each([
    'basic.yml',
    'multi-document.yml',
    'rule-collection.yml',
    'crlf.yml',
    'invalid-yaml.yml',
    'flow-lists.yml',
  ])('recognizes %s', (name) => {
    expect(sigma.sniff(fixture(name))).toBe(true);
  });

  it.each([
    ['an empty file', ''],
    ['a GitHub workflow', 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n'],
    ['a Splunk detection', 'name: X\nsearch: index=main\nhow_to_implement: y\nknown_false_positives: z\n'],
    ['a Panther rule', 'AnalysisType: rule\nDisplayName: X\ntitle: x\nlogsource: {}\ndetection: {}\n'],
    ['a Sentinel rule', 'name: X\nquery: T | take 1\ntitle: x\nlogsource: {}\ndetection: {}\n'],
    ['indented keys only', 'rule:\n  title: x\n  logsource: {}\n  detection: {}\n'],
  ])('rejects %s', (_, text) => {
    expect(sigma.sniff(makeSourceFile('x.yml', text))).toBe(false);
  });
});

describe('sigma.parse', () => {
  it('reads a typical rule with every field and exact positions', () => {
    const file = fixture('basic.yml');
    const [d] = parseAll(file);
    expect(d).toEqual({
      format: 'sigma',
      path: 'rules/basic.yml',
      document: 0,
      id: '0b6f2c1e-6a51-4c1e-9d8e-3f2a7c9e1d10',
      title: 'Storage Object Read By Unfamiliar Principal',
      titleSpan: { line: 1, endLine: 1 },
      description:
        'Detects reads of storage objects by a principal that has not read from the bucket before. Adversaries collect data from cloud storage once they hold credentials.',
      techniques: ['T1530', 'T1078.004'],
      techniqueTags: [
        { raw: 'attack.collection', technique: null, line: 12, endLine: 12, column: 7 },
        { raw: 'attack.t1530', technique: 'T1530', line: 13, endLine: 13, column: 7 },
        { raw: 'attack.t1078.004', technique: 'T1078.004', line: 14, endLine: 14, column: 7 },
      ],
      tactics: ['collection'],
      query:
        "    selection:\n        eventSource: 's3.amazonaws.com'\n        eventName: 'GetObject'\n    condition: selection\n",
      dataSources: ['product:aws', 'service:cloudtrail'],
      status: 'test',
      deprecated: false,
      falsePositives: [
        {
          source: 'field',
          key: 'falsepositives',
          line: 25,
          endLine: 27,
          items: [
            { text: 'Data pipelines that read every object of a bucket', line: 26, endLine: 26 },
            { text: 'Auditors sampling objects during a review', line: 27, endLine: 27 },
          ],
        },
      ],
      disabledChecks: [],
      span: { line: 1, endLine: 28 },
      source: file,
    });
  });

  it('locates folded, literal, quoted and multi-line plain items, skipping comments and blank lines', () => {
    expect(parseOne('multi-line-items.yml').falsePositives).toEqual([
      {
        source: 'field',
        key: 'falsepositives',
        line: 15,
        endLine: 26,
        items: [
          { text: 'Migrations to another document store', line: 16, endLine: 17 },
          { text: 'Offboarding exports approved by HR', line: 19, endLine: 21 },
          { text: 'Legal hold collection', line: 22, endLine: 23 },
          { text: 'Quoted item that spans two lines', line: 24, endLine: 25 },
          { text: 'Double-quoted: with a colon', line: 26, endLine: 26 },
        ],
      },
    ]);
  });

  it('reads flow sequences and flow maps, with the column of each tag', () => {
    const d = parseOne('flow-lists.yml');
    expect(d.techniqueTags).toEqual([
      { raw: 'attack.exfiltration', technique: null, line: 5, endLine: 5, column: 8 },
      { raw: 'attack.t1530', technique: 'T1530', line: 5, endLine: 5, column: 30 },
    ]);
    expect(d.dataSources).toEqual(['product:aws', 'service:cloudtrail']);
    expect(d.falsePositives).toEqual([
      {
        source: 'field',
        key: 'falsepositives',
        line: 11,
        endLine: 11,
        items: [
          { text: 'Replication jobs', line: 11, endLine: 11 },
          { text: 'Backups: nightly', line: 11, endLine: 11 },
        ],
      },
    ]);
  });

  it('yields an empty section for `falsepositives: []`', () => {
    expect(parseOne('flow-empty.yml').falsePositives).toEqual([
      { source: 'field', key: 'falsepositives', line: 14, endLine: 14, items: [] },
    ]);
  });

  it('yields no section when the field is missing', () => {
    expect(parseOne('missing-falsepositives.yml').falsePositives).toEqual([]);
  });

  it('keeps upper-case tags raw and normalizes them; status deprecated marks the rule deprecated', () => {
    const d = parseOne('upper-case-tag.yml');
    expect(d.techniqueTags).toEqual([
      { raw: 'attack.Collection', technique: null, line: 6, endLine: 6, column: 7 },
      { raw: 'attack.T1530', technique: 'T1530', line: 7, endLine: 7, column: 7 },
    ]);
    expect(d.techniques).toEqual(['T1530']);
    expect([d.status, d.deprecated]).toEqual(['deprecated', true]);
  });

  it('marks rules under a deprecated/ folder as deprecated', () => {
    const d = parseAll(fixture('basic.yml', 'rules/deprecated/cloud/basic.yml'))[0]!;
    expect([d.status, d.deprecated]).toEqual(['test', true]);
  });

  it('returns one detection per rule document of a multi-document file, correlation rules included', () => {
    const ds = parseAll(fixture('multi-document.yml'));
    expect(ds.map((d) => [d.document, d.title, d.span, d.titleSpan, d.techniques, d.dataSources])).toEqual([
      [0, 'Many Objects Read By One Principal', { line: 1, endLine: 19 }, { line: 1, endLine: 1 }, ['T1530'], []],
      [1, 'Object Read', { line: 20, endLine: 35 }, { line: 21, endLine: 21 }, [], ['product:aws', 'service:cloudtrail']],
    ]);
    expect(ds[0]!.query).toBe(
      '    type: event_count\n    rules:\n        - object_read\n    group-by:\n        - userIdentity.arn\n    timespan: 10m\n    condition:\n        gte: 100\n',
    );
    expect(ds[1]!.falsePositives[0]!.items).toEqual([{ text: 'Unknown', line: 34, endLine: 34 }]);
  });

  it('merges `action: global` into each rule of a collection, positions pointing to the global part', () => {
    const ds = parseAll(fixture('rule-collection.yml'));
    expect(
      ds.map((d) => [d.document, d.title, d.titleSpan, d.span, d.techniqueTags.map((t) => [t.raw, t.line]), d.dataSources]),
    ).toEqual([
      [1, 'Bucket Policy Changed', { line: 2, endLine: 2 }, { line: 11, endLine: 18 }, [['attack.t1530', 7]], ['product:aws', 'service:cloudtrail']],
      [
        2,
        'Bucket Policy Changed',
        { line: 2, endLine: 2 },
        { line: 19, endLine: 29 },
        [['attack.t1530', 28], ['attack.exfiltration', 29]],
        ['product:gcp', 'service:gcp.audit'],
      ],
    ]);
    for (const d of ds) {
      expect(d.falsePositives).toEqual([
        { source: 'field', key: 'falsepositives', line: 8, endLine: 9, items: [{ text: 'Infrastructure-as-code deployments', line: 9, endLine: 9 }] },
      ]);
    }
  });

  it('gives the same lines for CRLF files', () => {
    const crlf = parseOne('crlf.yml');
    expect(crlf.source.eol).toBe('\r\n');
    expect(crlf.falsePositives).toEqual([
      { source: 'field', key: 'falsepositives', line: 14, endLine: 15, items: [{ text: 'Unknown', line: 15, endLine: 15 }] },
    ]);
    expect(crlf.techniqueTags).toEqual([{ raw: 'attack.t1530', technique: 'T1530', line: 6, endLine: 6, column: 7 }]);
  });

  it('ignores a byte-order mark', () => {
    const plain = parseAll(makeSourceFile('a.yml', read('basic.yml')))[0]!;
    const bom = parseAll(makeSourceFile('a.yml', `\ufeff${read('basic.yml')}`))[0]!;
    expect(bom.source.hasBom).toBe(true);
    expect(stable(bom)).toEqual(stable(plain));
    expect(bom.falsePositives).toEqual(plain.falsePositives);
  });

  it('reads lofp-lint-disable comments', () => {
    expect(parseOne('disabled-checks.yml').disabledChecks).toEqual(['missing-catalog-entry']);
  });

  it.each([
    ['wrong-type-number.yml', '`falsepositives` is a number (42); expected a list of strings', 14, 14, []],
    ['wrong-type-map.yml', '`falsepositives` is a map; expected a list of strings', 14, 15, []],
    ['wrong-type-null.yml', '`falsepositives` is empty (null); expected a list of strings', 14, 14, []],
    [
      'wrong-type-string.yml',
      '`falsepositives` is a string ("Unknown"); expected a list of strings',
      14,
      14,
      [{ text: 'Unknown', line: 14, endLine: 14 }],
    ],
    [
      'wrong-type-list-of-maps.yml',
      '`falsepositives` item 1 is a map; expected a list of strings',
      14,
      16,
      [{ text: 'Backup tools', line: 16, endLine: 16 }],
    ],
  ])('describes a wrong-typed field: %s', (name, problem, line, endLine, items) => {
    expect(parseOne(name).falsePositives).toEqual([{ source: 'field', key: 'falsepositives', line, endLine, items, problem }]);
  });

  it('reports invalid YAML with the parser position and no detection', () => {
    expect(sigma.parse(fixture('invalid-yaml.yml'))).toEqual({
      detections: [],
      problems: [{ path: 'rules/invalid-yaml.yml', line: 8, column: 7, message: 'invalid YAML: bad indentation of a mapping entry' }],
    });
  });

  it('reports a broken document of a multi-document file and keeps the others', () => {
    const text = `${read('basic.yml')}---\ntitle: Broken\nlogsource: {product: aws\ndetection: {}\n`;
    const result = sigma.parse(makeSourceFile('multi.yml', text));
    expect(result.detections.map((d) => d.title)).toEqual(['Storage Object Read By Unfamiliar Principal']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(30);
    expect(result.problems[0]!.message).toMatch(/^invalid YAML: /);
  });

  it('reports a document that has a detection but is no complete rule', () => {
    const result = sigma.parse(fixture('incomplete-document.yml'));
    expect(result.detections.map((d) => d.title)).toEqual(['Complete Rule']);
    expect(result.problems).toEqual([
      {
        path: 'rules/incomplete-document.yml',
        line: 11,
        column: 1,
        message: 'Sigma rule lacks `title` (found a map) and `logsource`; expected a title, a logsource and a detection, so it is skipped',
      },
    ]);
  });

  it('reports tab indentation', () => {
    const text = 'title: Tabs\nlogsource:\n\tproduct: aws\ndetection:\n    condition: x\n';
    const result = sigma.parse(makeSourceFile('tabs.yml', text));
    expect(result.detections).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.message.startsWith('invalid YAML: ')])).toEqual([[3, true]]);
  });

  it('parses an empty file to nothing', () => {
    expect(sigma.parse(makeSourceFile('empty.yml', ''))).toEqual({ detections: [], problems: [] });
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    let bomb = 'title: Bomb\nlogsource: {product: aws}\ndetection: {condition: x}\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 9; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    bomb += 'falsepositives: *a9\n';
    const started = Date.now();
    const result = sigma.parse(makeSourceFile('bomb.yml', bomb));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.detections).toEqual([]);
    expect(result.problems).toEqual([
      {
        path: 'bomb.yml',
        line: 5,
        column: 10,
        message: 'YAML aliases expand to more than 100,000 nodes (an alias bomb?); refusing to load it',
      },
    ]);
  });

  it('refuses 10,000-deep nesting without crashing', () => {
    const text = `title: Deep\nlogsource: {product: aws}\ndetection: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const result = sigma.parse(makeSourceFile('deep.yml', text));
    expect(result.detections).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([[3, 'invalid YAML: nesting exceeded maxDepth (100)']]);
  });
});

describe('sigma.planFalsePositiveFix', () => {
  /** Plans and applies a fix, then checks the result re-parses with every other field unchanged. */
  function fix(name: string, texts: string[], replaceTexts: string[] = [], document = 0): string | null {
    const file = fixture(name);
    const before = parseAll(file);
    const d = before.find((x) => x.document === document)!;
    const replace = d.falsePositives[0]?.items.filter((i) => replaceTexts.includes(i.text)) ?? [];
    const planned = sigma.planFalsePositiveFix!(d, { texts, replace });
    if (!planned) return null;
    const text = applyEdits(file.text, planned.edits);
    const after = parseAll(makeSourceFile(file.path, text));
    expect(after.map(stable)).toEqual(before.map(stable));
    const items = after.find((x) => x.document === document)!.falsePositives[0]!.items.map((i) => i.text);
    for (const t of texts) expect(items).toContain(t);
    return text;
  }

  function title(name: string, texts: string[], replaceTexts: string[] = []): string | undefined {
    const d = parseOne(name);
    const replace = d.falsePositives[0]?.items.filter((i) => replaceTexts.includes(i.text)) ?? [];
    return sigma.planFalsePositiveFix!(d, { texts, replace })?.title;
  }

  it('replaces a placeholder item in place', () => {
    expect(fix('placeholder-unknown.yml', ['Backup services reading every object', 'Storage inventory scans'], ['Unknown'])).toBe(
      read('placeholder-unknown.yml').replace(
        '    - Unknown\n',
        '    - Backup services reading every object\n    - Storage inventory scans\n',
      ),
    );
    expect(title('placeholder-unknown.yml', ['A', 'B'], ['Unknown'])).toBe('Replace "Unknown" with 2 false positives in `falsepositives`');
  });

  it('appends after the last item, quoting texts that need it', () => {
    const texts = ['Admins: nightly sync', "Backup jobs #2 reading 'all' objects", 'Yes', '- dash first'];
    expect(fix('basic.yml', texts)).toBe(
      read('basic.yml').replace(
        '    - Auditors sampling objects during a review\n',
        "    - Auditors sampling objects during a review\n    - 'Admins: nightly sync'\n    - 'Backup jobs #2 reading ''all'' objects'\n    - 'Yes'\n    - '- dash first'\n",
      ),
    );
    expect(title('basic.yml', ['A'])).toBe('Add 1 false positive to `falsepositives`');
  });

  it('appends after a multi-line last item, before the blank line; mixed quoting gives plain', () => {
    expect(fix('multi-line-items.yml', ['Records managers'])).toBe(
      read('multi-line-items.yml').replace(
        '    - "Double-quoted: with a colon"\n',
        '    - "Double-quoted: with a colon"\n    - Records managers\n',
      ),
    );
  });

  it("keeps the items' own indentation, dash spacing and quotes", () => {
    expect(fix('single-quoted-items.yml', ['Compliance tooling'])).toBe(
      read('single-quoted-items.yml').replace(
        "  -   'Storage administrators rotating retention policies'\n",
        "  -   'Storage administrators rotating retention policies'\n  -   'Compliance tooling'\n",
      ),
    );
  });

  it('creates the field before `level:` with the indentation of the other lists', () => {
    expect(fix('missing-falsepositives.yml', ['Static website deployments'])).toBe(
      read('missing-falsepositives.yml').replace('level: medium\n', 'falsepositives:\n  - Static website deployments\nlevel: medium\n'),
    );
    expect(title('missing-falsepositives.yml', ['A', 'B'])).toBe('Add `falsepositives` with 2 false positives');
  });

  it('creates the field at the end of the document when there is no `level:`', () => {
    expect(fix('missing-falsepositives-no-level.yml', ['Disaster recovery copies'])).toBe(
      read('missing-falsepositives-no-level.yml').replace(
        '    condition: selection\n',
        '    condition: selection\nfalsepositives:\n    - Disaster recovery copies\n',
      ),
    );
  });

  it('rewrites an empty flow list as a block list', () => {
    expect(fix('flow-empty.yml', ['Key rotation automation'])).toBe(
      read('flow-empty.yml').replace('falsepositives: []\n', 'falsepositives:\n    - Key rotation automation\n'),
    );
  });

  it('rewrites a one-line flow list as a block list, keeping its items and comment', () => {
    expect(fix('flow-lists.yml', ['Data lake ingestion'], ['Replication jobs'])).toBe(
      read('flow-lists.yml').replace(
        "falsepositives: [Replication jobs, 'Backups: nightly']  # keep in sync with the runbook\n",
        "falsepositives: # keep in sync with the runbook\n    - 'Backups: nightly'\n    - Data lake ingestion\n",
      ),
    );
    expect(title('flow-lists.yml', ['A'], ['Replication jobs'])).toBe('Replace "Replication jobs" with 1 false positive in `falsepositives`');
  });

  it('fills an empty (null) field', () => {
    expect(fix('wrong-type-null.yml', ['Bulk exports'])).toBe(
      read('wrong-type-null.yml').replace('falsepositives:\n', 'falsepositives:\n    - Bulk exports\n'),
    );
  });

  it.each(['wrong-type-number.yml', 'wrong-type-map.yml', 'wrong-type-string.yml', 'wrong-type-list-of-maps.yml'])(
    'leaves a wrong-typed field to the author: %s',
    (name) => {
      expect(fix(name, ['Bulk exports'])).toBeNull();
    },
  );

  it('keeps CRLF line endings', () => {
    expect(fix('crlf.yml', ['Account bootstrap scripts'], ['Unknown'])).toBe(
      read('crlf.yml').replace('    - Unknown\r\n', '    - Account bootstrap scripts\r\n'),
    );
  });

  it('fixes the right document of a multi-document file', () => {
    expect(fix('multi-document.yml', ['Inventory crawlers'], ['Unknown'], 1)).toBe(
      read('multi-document.yml').replace('    - Unknown\n', '    - Inventory crawlers\n'),
    );
  });

  it('edits the shared field of a rule collection', () => {
    expect(fix('rule-collection.yml', ['Terraform plans'], [], 1)).toBe(
      read('rule-collection.yml').replace(
        '    - Infrastructure-as-code deployments\n',
        '    - Infrastructure-as-code deployments\n    - Terraform plans\n',
      ),
    );
  });

  it('stays valid on a file fixed once already', () => {
    const once = fix('placeholder-unknown.yml', ['Backup services'], ['Unknown'])!;
    const d = parseAll(makeSourceFile('rules/p.yml', once))[0]!;
    const planned = sigma.planFalsePositiveFix!(d, { texts: ['Inventory scans'], replace: [] })!;
    expect(applyEdits(once, planned.edits)).toBe(once.replace('    - Backup services\n', '    - Backup services\n    - Inventory scans\n'));
  });

  it('returns null for nothing to add or a stale replace item', () => {
    const d = parseOne('placeholder-unknown.yml');
    expect(sigma.planFalsePositiveFix!(d, { texts: [], replace: [] })).toBeNull();
    expect(sigma.planFalsePositiveFix!(d, { texts: ['A'], replace: [{ text: 'Unknown', line: 3, endLine: 3 }] })).toBeNull();
  });
});
