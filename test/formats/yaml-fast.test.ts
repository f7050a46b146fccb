import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/formats/yaml-fast.js';
import { YamlLines } from '../../src/formats/yaml-lines.js';
import { splitLines } from '../../src/source.js';
import { filesUnder } from '../fixtures/files-under.js';

const read = (text: string) => fastLoad(text, splitLines(text));
const load = (text: string) => yaml.load(text, { json: false });

describe('fastLoad on plain block YAML', () => {
  it.each([
    ['a map of scalars', 'title: Some rule\nid: 1f2e\nlevel: high\n'],
    ['typed plain scalars', 'n: 3\nf: 1.5\nhex: 0x1F\nt: true\nF: FALSE\nnul: null\ntilde: ~\nd: 2024-01-02\nts: 2024-01-02 10:11:12\nmerge: <<\nnan: .nan\nword: yes\n'],
    ['quoted scalars', "s: 'it''s here'\nd: \"two words\"\ne: ''\nq: 'a # b'  # comment\n"],
    ['comments and blank lines', '# head\n\ntitle: x # trailing\n  # indented comment\nlist:\n# between\n    - a\n\n    - b   \n'],
    ['nested maps and lists', 'detection:\n  selection:\n    eventName:\n      - GetObject\n      - PutObject\n    eventSource: s3.amazonaws.com\n  condition: selection\ntags:\n  - attack.t1530\n'],
    ['a sequence at its key\'s indentation', 'tags:\n- a\n- b\nnext: 1\n'],
    ['maps in sequence items', 'items:\n  - key: 1\n    other: two\n  -   spaced: x\n      more:\n        - y\n  -\n    late: z\n  -\n  - last\n'],
    ['empty values', 'a:\nb:\n  c:\nd: # nothing\ne: ""\n'],
    ['keys with dots, pipes, slashes and dashes', 'eventName|contains|all: x\nuser.arn: y\na/b-c_$d: z\n'],
    ['plain scalars with colons and hashes inside', 'url: https://example.com/a#b\ntime: 10:11\nc: C# code\n'],
  ])('reads %s as js-yaml does', (_what, text) => {
    const value = read(text);
    expect(value).toBeDefined();
    expect(value).toStrictEqual(load(text));
  });

  it('types plain scalars with js-yaml\'s own types', () => {
    expect(read('n: 3\nd: 2024-01-02\nt: true\nz: ~\nw: word\n')).toStrictEqual({ n: 3, d: new Date(Date.UTC(2024, 0, 2)), t: true, z: null, w: 'word' });
  });

  it.each([
    ['a flow sequence', 'tags: [a, b]\n'],
    ['a flow mapping', 'm: {a: 1}\n'],
    ['a block scalar', 'd: |\n  text\n'],
    ['a folded scalar', 'd: >\n  text\n'],
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', "a: 'one\n  two'\n"],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['text after a quoted scalar', "a: 'x' y\n"],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab', 'a:\tb\n'],
    ['a control character', 'a: b\u0007\n'],
    ['a carriage return', 'a: b\r\nc: d\r\n'],
    ['a duplicated key', 'a: 1\na: 2\n'],
    ['a key an implicit type claims', 'true: 1\n'],
    ['a numeric key', '1: one\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key with a space', 'a b: 1\n'],
    ['a merge key', '<<: x\n'],
    ['__proto__', '__proto__: x\n'],
    ['a second colon in a value', 'a: b: c\n'],
    ['a value ending in a colon', 'a: b:\n'],
    ['a top-level list', '- a\n'],
    ['a top-level scalar', 'just text\n'],
    ['an empty document', '# only a comment\n'],
    ['a nested sequence on one line', 'a:\n  - - x\n'],
    ['a badly indented key', 'a:\n    b: 1\n  c: 2\n'],
    ['a list after a value', 'a: 1\n- b\n'],
    ['a key without a space after its colon', 'a:b\n'],
    ['a value starting with an indicator', 'a: @x\n'],
    ['a value starting with a dash', 'a: -2\n'],
    ['a surrogate pair', 'a: \ud83d\ude00\n'],
  ])('leaves %s to js-yaml', (_what, text) => {
    expect(read(text)).toBeUndefined();
  });

  it('gives what js-yaml gives for every YAML document of the fixtures and examples it reads', () => {
    let read = 0;
    const isYaml = (name: string) => /\.ya?ml$/i.test(name);
    for (const path of [...filesUnder(join(__dirname, '..', 'fixtures'), isYaml), ...filesUnder(join(__dirname, '..', '..', 'examples'), isYaml)]) {
      const text = readFileSync(path, 'utf8');
      if (text.includes('\r')) continue;
      const scan = new YamlLines(splitLines(text));
      const docs = scan.documents();
      for (const lines of docs.length === 1 ? [scan.lines] : docs.map((d) => scan.lines.slice(d.line - 1, d.endLine))) {
        const part = lines.join('\n');
        const value = fastLoad(part, lines);
        if (value === undefined) continue;
        read++;
        expect({ path, value }).toStrictEqual({ path, value: load(part) });
      }
    }
    expect(read).toBeGreaterThan(30);
  });
});

describe('plain scalars led by a letter', () => {
  // Only null and bool words among them are typed; the reader tells the others by their first
  // character. Each is checked against every implicit type of js-yaml's default schema.
  const types = (yaml.DEFAULT_SCHEMA as unknown as { compiledImplicit: { resolve(s: string): boolean }[] }).compiledImplicit;
  const words = ['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'nULL', 'tRUE', 'yes', 'Yes', 'on', 'off', 'y', 'n', 'inf', 'nan', 'NaN', 'e5', 'x1F', 'b101', 'o17', '_1', '$1', 'Scan', 'medium'];

  it.each(words)('%s reads as js-yaml reads it', (word) => {
    expect(read(`k: ${word}\n`)).toStrictEqual(load(`k: ${word}\n`));
    expect(types.some((t) => t.resolve(word))).toBe(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(word));
  });
});
