import { describe, expect, it } from 'vitest';
import { YamlLines } from '../../src/formats/yaml-lines.js';
import { expandedSize, loadDocuments, loadYamlDocument, loadYamlMapping } from '../../src/formats/yaml-load.js';
import { makeSourceFile, splitLines } from '../../src/source.js';

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
});

describe('loadYamlMapping', () => {
  const load = (text: string, blank: { line: number; endLine: number }[] = []) => loadYamlMapping(makeSourceFile('f.yaml', text), blank);

  it.each([
    ['several documents, at the second one', 'a: 1\n---\nb: 2\n', 2, 1, 'invalid YAML: expected a single document in the stream, but found more'],
    ['the end of the stream, on the last line', "a: 1\nb: 'x\n", 2, 1, 'invalid YAML: unexpected end of the stream within a single quoted scalar'],
    ['a top level that is a list', '- a\n', 1, 1, "The file's top level is a list; expected a mapping of rule fields"],
    ['a top level that is text', 'just text\n', 1, 1, 'The file\'s top level is a string ("just text"); expected a mapping of rule fields'],
  ])('reports %s', (_what, text, line, column, message) => {
    expect(load(text)).toEqual({ doc: null, problems: [{ path: 'f.yaml', line, column, message }] });
  });

  it('refuses an alias bomb at its first alias, and ignores one in blanked lines', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 5; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const message = 'YAML aliases expand to more than 100,000 nodes (an alias bomb?); refusing to load it';
    expect(load(`k: 1\n${bomb}`)).toEqual({ doc: null, problems: [{ path: 'f.yaml', line: 3, column: 10, message }] });
    expect(load(`k: 1\nTests:\n${bomb.replace(/^/gm, '  ')}`, [{ line: 2, endLine: 8 }])).toEqual({ doc: { k: 1 }, problems: [] });
  });

  it('loads an empty file to nothing, and keeps aliases shared', () => {
    expect(load('')).toEqual({ doc: null, problems: [] });
    const { doc } = load('a: &a [1]\nb: *a\n');
    expect(doc).toEqual({ a: [1], b: [1] });
    expect(doc!['a']).toBe(doc!['b']);
  });

  it('parses blanked lines as empty, and the whole text when blanking broke it', () => {
    expect(load('a: 1\nTests:\n  - x\nb: 2\n', [{ line: 2, endLine: 3 }])).toEqual({ doc: { a: 1, b: 2 }, problems: [] });
    expect(load('k: "a\nb: c"\n', [{ line: 2, endLine: 2 }])).toEqual({ doc: { k: 'a b: c' }, problems: [] });
  });
});

describe('loadDocuments', () => {
  const long = 'Adversaries may read objects from a storage bucket they were never meant to see, then copy them out to an account of their own';
  const bySelf = (text: string) => {
    const scan = new YamlLines(splitLines(text));
    return loadDocuments(text, scan).map((d) => d.load);
  };
  // What js-yaml gives for each document loaded whole, as written.
  const asWritten = (text: string) => {
    const scan = new YamlLines(splitLines(text));
    const docs = scan.documents();
    if (docs.length === 1) return [loadYamlDocument(text)];
    return docs.map((d) => loadYamlDocument(scan.lines.slice(d.line - 1, d.endLine).join('\n'), d.line));
  };

  it.each([
    ['a long plain value', `title: t\ndescription: ${long}\nlevel: high\n`],
    ['a long single-quoted value with a quote', `title: t\nsearch: '${long} it''s'\nlevel: high\n`],
    ['a long value ending the file, CRLF lines', `title: t\r\ndescription: ${long}`],
    ['a long value continued on the next line', `description: ${long}\n  and more\nlevel: high\n`],
    ['a long value with a comment', `description: ${long} # note\nlevel: high\n`],
    ['a long value that is a mapping (an error)', `description: ${long}: x\nlevel: high\n`],
    ['an error after a long value', `description: ${long}\nlevel: [high\n`],
    ['a duplicated key with long values', `description: ${long}\ndescription: ${long}\n`],
    ['a long value with a tab comment', `description: ${long}\t# note\n`],
    ['a non-printable character in a long value', `description: ${long}\u0090\n`],
    ['long values in two documents', `title: a\ndescription: ${long}\n---\ntitle: b\ndescription: '${long}'\n`],
    ['a long value inside a quoted scalar above', `a: "x\ndescription: ${long}"\n`],
  ])('reads %s as js-yaml reads the text as written', (_what, text) => {
    expect(bySelf(text)).toEqual(asWritten(text));
  });

  it('puts the long value back in place of its stand-in', () => {
    expect(bySelf(`title: t\ndescription: ${long}\nsearch: '${long} it''s'\n`)).toEqual([
      { ok: true, value: { title: 't', description: long, search: `${long} it's` } },
    ]);
  });
});
