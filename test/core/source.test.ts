import { describe, expect, it } from 'vitest';
import { LineIndex, makeSourceFile, splitLines } from '../../src/source.js';

describe('makeSourceFile', () => {
  it('strips a BOM and remembers it, detects CRLF', () => {
    const f = makeSourceFile('a.yml', '\ufefftitle: x\r\nid: 1\r\n');
    expect(f.text).toBe('title: x\r\nid: 1\r\n');
    expect(f.hasBom).toBe(true);
    expect(f.eol).toBe('\r\n');
  });
  it('defaults to LF', () => {
    expect(makeSourceFile('a.yml', 'a\nb').eol).toBe('\n');
    expect(makeSourceFile('a.yml', '').eol).toBe('\n');
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based positions', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 1 });
    expect(idx.position(8)).toEqual({ line: 3, column: 2 });
    expect(idx.lineCount).toBe(3);
  });
});

describe('splitLines', () => {
  it('drops the empty line after a final newline only', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
  });
});
