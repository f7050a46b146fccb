/**
 * Nothing a user has in a repository crashes the run: every broken file becomes a finding or a
 * skip note, and every other file is still linted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { lint } from '../../src/lint.js';
import type { LintResult } from '../../src/result.js';

const GOOD_SIGMA = [
  'title: Good Rule',
  'id: 11111111-1111-4111-8111-111111111111',
  'tags:',
  '    - attack.t1530',
  'logsource:',
  '    product: aws',
  '    service: cloudtrail',
  'detection:',
  '    selection:',
  '        eventName: CreateTrail',
  '    condition: selection',
  'falsepositives:',
  '    - Authorized administrators creating new CloudTrail trails during onboarding',
  'level: low',
  '',
].join('\n');

function sigmaWith(falsepositives: string): string {
  return GOOD_SIGMA.replace('falsepositives:\n    - Authorized administrators creating new CloudTrail trails during onboarding\n', falsepositives);
}

const FILES: Record<string, string | Buffer> = {
  'good.yml': GOOD_SIGMA,
  'crlf.yml': GOOD_SIGMA.replace(/\n/g, '\r\n'),
  'bom.yml': `\ufeff${GOOD_SIGMA}`,
  'tabs.yml': GOOD_SIGMA.replace('title: Good Rule', 'title: Good Rule\t'),
  'empty.yml': '',
  'invalid.yml': GOOD_SIGMA.replace('    service: cloudtrail', '    service: [cloudtrail'),
  'binary.yml': Buffer.from([0x74, 0x31, 0x35, 0x33, 0x30, 0x00, 0xff, 0x00]),
  'latin1.yml': Buffer.concat([Buffer.from('title: caf'), Buffer.from([0xe9]), Buffer.from(' t1530\n')]),
  'alias-bomb.yml': [
    'title: Bomb t1530',
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`),
    'logsource: {product: aws}',
    'detection: {condition: x}',
    '',
  ].join('\n'),
  'deep.yml': `title: Deep t1530\nlogsource: {product: aws}\ndetection: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
  'fp-number.yml': sigmaWith('falsepositives: 42\n'),
  'fp-map.yml': sigmaWith('falsepositives:\n    admin: yes\n'),
  'fp-list-of-maps.yml': sigmaWith('falsepositives:\n    - who: admin\n'),
  // Read by YAML as a T1530 rule, but lofp-lint's line arithmetic and fixes need LF or CRLF.
  'lone-cr.yml': GOOD_SIGMA.replace(/\n/g, '\r'),
  'utf16le.yml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_SIGMA, 'utf16le')]),
  'utf16be.yml': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD_SIGMA, 'utf16le').swap16()]),
  // UTF-16 text that mentions no selected technique is no rule of interest: no note.
  'utf16-unrelated.yml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: other\n', 'utf16le')]),
  'invalid.toml': '[metadata]\nmaturity = "production"\n\n[rule]\nname = "Broken\nrule_id = "x"\n\n[[rule.threat.technique]]\nid = "T1530"\n',
};

let root: string;
let result: LintResult;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-bad-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(root, name), content);
  result = await lint({ root, paths: ['.'], techniques: ['T1530'], includeDeprecated: false, catalog: loadCatalog() });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad input', () => {
  it('lints every readable rule whatever its line endings, BOM or tabs', () => {
    expect(result.detections.map((d) => d.path)).toEqual([
      'bom.yml',
      'crlf.yml',
      'fp-list-of-maps.yml',
      'fp-map.yml',
      'fp-number.yml',
      'good.yml',
      'tabs.yml',
    ]);
    const titles = result.detections.map((d) => [d.path, d.titleSpan.line, d.falsePositives[0]?.line]);
    expect(titles).toContainEqual(['crlf.yml', 1, 12]);
    expect(titles).toContainEqual(['bom.yml', 1, 12]);
  });

  it('skips binary, non-UTF-8, UTF-16 and lone-CR files that mention the technique with a note', () => {
    expect(result.skipped).toEqual([
      { path: 'binary.yml', reason: 'binary file (contains NUL bytes); not a rule' },
      { path: 'latin1.yml', reason: 'file is not valid UTF-8; not parsed' },
      { path: 'lone-cr.yml', reason: 'lines end with a lone CR (classic Mac OS); convert them to LF or CRLF to lint the file' },
      { path: 'utf16be.yml', reason: 'file is UTF-16 BE (byte-order mark); convert it to UTF-8 to lint it' },
      { path: 'utf16le.yml', reason: 'file is UTF-16 LE (byte-order mark); convert it to UTF-8 to lint it' },
    ]);
  });

  it('reports parse errors at the parser line, alias bombs and deep nesting included', () => {
    const parse = result.findings.filter((f) => f.check === 'parse-error').map((f) => [f.path, f.line, f.severity]);
    expect(parse).toEqual([
      ['alias-bomb.yml', 3, 'error'],
      ['deep.yml', 3, 'error'],
      ['invalid.toml', 5, 'error'],
      ['invalid.yml', 8, 'error'],
    ]);
    const bomb = result.findings.find((f) => f.path === 'alias-bomb.yml')!;
    expect(bomb.message).toContain('alias bomb');
  });

  it('reports a false-positive field of the wrong type as a finding on the field', () => {
    const wrong = result.findings
      .filter((f) => f.path.startsWith('fp-') && f.check === 'placeholder-false-positives')
      .map((f) => [f.path, f.check, f.line, f.message.split(';')[0]]);
    expect(wrong).toEqual([
      ['fp-list-of-maps.yml', 'placeholder-false-positives', 12, '`falsepositives` item 1 is a map'],
      ['fp-map.yml', 'placeholder-false-positives', 12, '`falsepositives` is a map'],
      ['fp-number.yml', 'placeholder-false-positives', 12, '`falsepositives` is a number (42)'],
    ]);
  });

  it('finds nothing wrong in the good rules', () => {
    const good = result.findings.filter((f) => ['good.yml', 'crlf.yml', 'bom.yml', 'tabs.yml'].includes(f.path) && f.severity !== 'note');
    expect(good).toEqual([]);
  });
});
