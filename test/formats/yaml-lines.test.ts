import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source.js';
import { YamlLines, foldScalar, isPlainSafe, keyPrefix, quoteScalar } from '../../src/formats/yaml-lines.js';
import { describeYamlValue, expandedSize, loadYamlDocument } from '../../src/formats/yaml-load.js';

function scan(text: string): YamlLines {
  return new YamlLines(splitLines(text));
}

const whole = (s: YamlLines) => ({ line: 1, endLine: s.lineCount });

describe('YamlLines', () => {
  it('finds top-level keys and the lines of their values', () => {
    const s = scan(
      [
        'a: 1', // 1
        'b:', // 2
        '  c: 2', // 3
        '  d:', // 4
        '  - x', // 5
        '', // 6
        '# note', // 7
        'e: |', // 8
        '  f: not a key', // 9
        '', // 10
        '  - nor an item', // 11
        "g: 'quoted", // 12
        'h: still quoted', // 13
        "  end'", // 14
        'i: [1,', // 15
        'j: 2]', // 16
        'k: plain', // 17
        '  continued # not a comment? it is one', // 18
      ].join('\n'),
    );
    expect(s.keys(whole(s), 0).map((k) => [k.key, k.line, k.endLine, k.valueColumn])).toEqual([
      ['a', 1, 1, 3],
      ['b', 2, 5, -1],
      ['e', 8, 11, 3],
      ['g', 12, 14, 3],
      ['i', 15, 16, 3],
      ['k', 17, 18, 3],
    ]);
    const b = s.keys(whole(s), 0)[1]!;
    expect(s.childKeys(b).map((k) => [k.key, k.line, k.endLine])).toEqual([
      ['c', 3, 3],
      ['d', 4, 5],
    ]);
    expect(s.items(s.childKeys(b)[1]!)).toEqual([{ line: 5, endLine: 5, indent: 2, valueColumn: 4 }]);
  });

  it('splits items, including nested maps, block scalars and comments between items', () => {
    const s = scan(['list:', '    - one', '    # c', '    - key: v', '      other: w', '    - >', '        folded', '', '        more', '', 'next: 1'].join('\r\n'));
    const list = s.keys(whole(s), 0)[0]!;
    expect(list).toEqual({ key: 'list', line: 1, endLine: 9, indent: 0, valueColumn: -1 });
    expect(s.items(list).map((i) => [i.line, i.endLine, i.valueColumn])).toEqual([
      [2, 2, 6],
      [4, 5, 6],
      [6, 9, 6],
    ]);
  });

  it('accepts compact sequences at the key indentation', () => {
    const s = scan('tags:\n- a\n- b\nnext: 1\n');
    const tags = s.keys(whole(s), 0)[0]!;
    expect([tags.endLine, s.items(tags).map((i) => i.line)]).toEqual([3, [2, 3]]);
  });

  it('splits documents at --- and ..., ignoring a leading comment block', () => {
    const s = scan('# header\n---\na: 1\n...\n---\nb: 2\n---\n');
    expect(s.documents()).toEqual([
      { index: 0, line: 2, endLine: 4 },
      { index: 1, line: 5, endLine: 6 },
      { index: 2, line: 7, endLine: 7 },
    ]);
    expect(scan('a: 1\n').documents()).toEqual([{ index: 0, line: 1, endLine: 1 }]);
    expect(scan('').documents()).toEqual([{ index: 0, line: 1, endLine: 1 }]);
  });

  it('locates flow-list values on their lines', () => {
    const s = scan("k: [a, 'b',\n  c]\n");
    const k = s.keys(whole(s), 0)[0]!;
    expect(s.locateItems(k, ['a', 'b', 'c']).map((i) => [i.line, i.valueColumn])).toEqual([
      [1, 4],
      [1, 8],
      [2, 2],
    ]);
  });
});

describe('keyPrefix', () => {
  it.each([
    ['falsepositives: [a]', 'falsepositives:'],
    ['  name : x', '  name :'],
    ["'quoted key': v", "'quoted key':"],
    ['- item', null],
    ['url: http://x', 'url:'],
  ])('%s', (line, expected) => {
    expect(keyPrefix(line)).toBe(expected);
  });
});

describe('isPlainSafe / quoteScalar', () => {
  it.each([
    ['Admins syncing buckets', true],
    ['Yes', false],
    ['no', false],
    ['1.5', false],
    ['2024-01-01', false],
    ['null', false],
    ['Admins: nightly', false],
    ['Jobs #2', false],
    ['Jobs#2', true],
    ['- dash', false],
    ['"quoted"', false],
    ['ends with colon:', false],
    [' padded', false],
    ['', false],
    ['it\'s fine', true],
  ])('%j plain-safe: %s', (text, safe) => {
    expect(isPlainSafe(text)).toBe(safe);
  });

  it('quotes in the preferred style and falls back when it cannot hold the text', () => {
    expect(quoteScalar('Plain text')).toBe('Plain text');
    expect(quoteScalar("It's: here")).toBe("'It''s: here'");
    expect(quoteScalar('Plain text', 'single')).toBe("'Plain text'");
    expect(quoteScalar('Plain text', 'double')).toBe('"Plain text"');
    expect(quoteScalar('two\nlines')).toBe('"two\\nlines"');
    expect(quoteScalar('line\u2028sep')).toBe('"line\\u2028sep"');
  });

  it('always reads back as the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('plain', 'single', 'double' as const), (text, style) => {
        const line = `- ${quoteScalar(text, style as 'plain' | 'single' | 'double')}`;
        expect(yaml.load(line)).toEqual([text]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldScalar', () => {
  it('breaks at the first single space after the width, like PyYAML', () => {
    expect(foldScalar('k: ', 'aaaa bbbb cccc dddd', 8, '  ')).toEqual(['k: aaaa bbbb', '  cccc dddd']);
    expect(foldScalar('k: ', 'aaaa bbbb', 0, '  ')).toEqual(['k: aaaa bbbb']);
    expect(foldScalar('k: ', 'aaaa  bbbb #cccc -dddd', 1, '  ')).toEqual(['k: aaaa  bbbb #cccc -dddd']);
  });

  it('keeps the value of plain, single- and double-quoted scalars', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'"().,;-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 5, max: 60 }), (words, width) => {
        const text = words.join(' ');
        for (const style of ['single', 'double', 'plain'] as const) {
          const scalar = quoteScalar(text, style);
          if (style === 'plain' && scalar !== text) continue;
          const lines = foldScalar('k: ', scalar, width, '  ');
          expect((yaml.load(lines.join('\n')) as { k: unknown }).k).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadYamlDocument', () => {
  it('offsets error lines by the first line of the document', () => {
    expect(loadYamlDocument('a: [1\n', 10)).toEqual({
      ok: false,
      line: 11,
      column: 1,
      message: 'invalid YAML: unexpected end of the stream within a flow collection',
    });
  });

  it('measures alias expansion without expanding, cycles included', () => {
    const loaded = loadYamlDocument('a: &a [1, 2]\nb: [*a, *a, *a]\n');
    expect(loaded.ok && expandedSize(loaded.value, 1000)).toBe(14);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(expandedSize(cyclic, 1000)).toBe(2);
  });

  it.each([
    [42, 'a number (42)'],
    [null, 'empty (null)'],
    [[], 'an empty list'],
    [['a'], 'a list'],
    [{ a: 1 }, 'a map'],
    [true, 'a boolean (true)'],
    [new Date('2024-01-02T00:00:00Z'), 'a date (2024-01-02)'],
    ['x'.repeat(70), `a string ("${'x'.repeat(60)}…")`],
  ])('describes %j', (value, text) => {
    expect(describeYamlValue(value)).toBe(text);
  });
});
