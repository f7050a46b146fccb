import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source.js';
import { YamlLines, keyPrefix } from '../../src/formats/yaml-lines.js';

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

describe('unscanned values', () => {
  const text = [
    'Tests:', // 1
    '  - Name: a', // 2
    '    Log:', // 3
    '      {', // 4
    '        "k": "v: [x"', // 5
    '      }', // 6
    '', // 7
    '# column-0 comment', // 8
    '  # indented comment', // 9
    'Reports:', // 10
    '  MITRE ATT&CK:', // 11
    '    - TA0009:T1530', // 12
  ].join('\n');

  it('are told apart only as blank, column-0 comment or continuation, up to the next key line', () => {
    const s = new YamlLines(splitLines(text), { unscannedKeys: ['Tests'] });
    expect(s.info.map((i) => i.kind)).toEqual([
      'node',
      'continuation',
      'continuation',
      'continuation',
      'continuation',
      'continuation',
      'blank',
      'comment',
      'continuation',
      'node',
      'node',
      'node',
    ]);
    expect(s.items(s.childKeys(s.topLevelKeys().get('Reports')!)[0]!)).toEqual([{ line: 12, endLine: 12, indent: 4, valueColumn: 6 }]);
  });

  it('give the same fields as a full scan', () => {
    const fields = (s: YamlLines) => [...s.fields()].map(([key, span]) => [key, span.line, span.endLine]);
    const expected = [
      ['Tests', 1, 9],
      ['Reports', 10, 12],
    ];
    expect(fields(new YamlLines(splitLines(text), { unscannedKeys: ['Tests'] }))).toEqual(expected);
    expect(fields(scan(text))).toEqual(expected);
  });
});

describe('fields', () => {
  it('run over the comments indented under a value, not over blank lines or column-0 comments', () => {
    const s = scan('a: Check it\n  # todo\n\n# about b\nb: |\n  text\n\nc: 1\n');
    expect([...s.topLevelKeys()].map(([k, v]) => [k, v.line, v.endLine])).toEqual([
      ['a', 1, 1],
      ['b', 5, 6],
      ['c', 8, 8],
    ]);
    expect([...s.fields()].map(([k, v]) => [k, v.line, v.endLine])).toEqual([
      ['a', 1, 2],
      ['b', 5, 6],
      ['c', 8, 8],
    ]);
  });
});

describe('listValues / columnOf', () => {
  const s = scan('tags: [a, "T1530"]\none: T1213\nmap: {a: 1}\n');
  const keys = s.topLevelKeys();
  const placed = (key: string, value: unknown) => s.listValues(keys.get(key)!, value).map((v) => [v.value, v.span.line, s.columnOf(v.span, String(v.value))]);

  it('place the items of a flow list, a lone scalar, and nothing for a map', () => {
    expect(placed('tags', ['a', 'T1530'])).toEqual([
      ['a', 1, 8],
      ['T1530', 1, 12],
    ]);
    expect(placed('one', 'T1213')).toEqual([['T1213', 2, 6]]);
    expect(placed('map', { a: 1 })).toEqual([]);
  });
});
