/**
 * Discovery's output order, extension test and de-duplication: the cases a faster walk could get
 * wrong (names that sort differently as paths, dotfiles, a file reached twice).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover.js';

let root: string;
let outside: string;
const EXT = new Set(['.yml', '.toml']);

function write(rel: string) {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, 'x');
}

const discover = (paths: string[]) => discoverFiles({ root, paths, extensions: EXT, include: [], exclude: [] });

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-discover-order-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'lofp-discover-outside-'));
  // As paths, `a-b/` < `a.yml` < `a/` ('-' < '.' < '/'), though `a` < `a-b` < `a.yml` as names.
  for (const rel of ['a/x.yml', 'a-b/x.yml', 'a.yml', 'a b.yml', 'B.yml', 'a/z/y.yml', 'a/c.yml']) write(rel);
  for (const rel of ['ext/.yml', 'ext/..yml', 'ext/UPPER.YML', 'ext/x.yml.bak', 'ext/noext', 'ext/a.b.Toml', 'ext/trailing.']) write(rel);
  for (const rel of ['mixed/m.yml', 'mixed/a/x.yml', 'mixed/z/x.yml', 'dirs/a/x.yml', 'dirs/a-b/x.yml', 'plain/a.yml', 'plain/b/x.yml', 'plain/b/c/y.yml']) write(rel);
  write('linked/real/r.yml');
  symlinkSync(path.join(root, 'linked/real'), path.join(root, 'linked/via'));
  symlinkSync(outside, path.join(root, 'a/escape'));
  symlinkSync(outside, path.join(root, 'a-b/escape'));
  symlinkSync(outside, path.join(root, 'b-escape'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('discoverFiles order and selection', () => {
  it('lists files and skips in code-unit order of their relative paths', () => {
    const { files, skipped } = discover(['.']);
    expect(files.map((f) => f.relative)).toEqual([
      'B.yml',
      'a b.yml',
      'a-b/x.yml',
      'a.yml',
      'a/c.yml',
      'a/x.yml',
      'a/z/y.yml',
      'dirs/a-b/x.yml',
      'dirs/a/x.yml',
      'ext/..yml',
      'ext/UPPER.YML',
      'ext/a.b.Toml',
      'linked/real/r.yml',
      'mixed/a/x.yml',
      'mixed/m.yml',
      'mixed/z/x.yml',
      'plain/a.yml',
      'plain/b/c/y.yml',
      'plain/b/x.yml',
    ]);
    // `a-b/` < `a/` < `b-escape`, as the files.
    expect(skipped.map((s) => s.path)).toEqual(['a-b/escape', 'a/escape', 'b-escape']);
  });

  it('lists a file reached twice once: overlapping paths, a named file inside a scanned folder, a linked folder', () => {
    const { files, unmatched } = discover(['a', '.', 'a/c.yml', 'linked/via']);
    expect(files.map((f) => f.relative).filter((r) => r.startsWith('a/') || r.startsWith('linked/'))).toEqual([
      'a/c.yml',
      'a/x.yml',
      'a/z/y.yml',
      'linked/real/r.yml',
    ]);
    expect(files.map((f) => f.absolute)).toEqual(files.map((f) => path.join(root, f.relative)));
    // Each path selected files of its own, though earlier paths had listed them already.
    expect(unmatched).toEqual([]);
  });

  it('sorts a single folder whose files and sub-folders interleave by path', () => {
    const list = (dir: string) => discover([dir]).files.map((f) => f.relative);
    expect(list('mixed')).toEqual(['mixed/a/x.yml', 'mixed/m.yml', 'mixed/z/x.yml']);
    expect(list('dirs')).toEqual(['dirs/a-b/x.yml', 'dirs/a/x.yml']);
    expect(list('plain')).toEqual(['plain/a.yml', 'plain/b/c/y.yml', 'plain/b/x.yml']);
  });

  it('never lists an unlisted name, walked or named, but counts it as selected', () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'lofp-discover-unlisted-'));
    try {
      for (const rel of ['.lofp.yml', 'rules/.lofp.yml', 'rules/a.yml', 'config/.lofp.yml']) {
        mkdirSync(path.dirname(path.join(tree, rel)), { recursive: true });
        writeFileSync(path.join(tree, rel), 'x');
      }
      const unlistedNames = new Set(['.lofp.yml']);
      const { files, unmatched } = discoverFiles({ root: tree, paths: ['.', 'config', 'rules/.lofp.yml'], extensions: EXT, include: [], exclude: [], unlistedNames });
      expect(files.map((f) => f.relative)).toEqual(['rules/a.yml']);
      expect(unmatched).toEqual([]);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  it('lists a random tree of look-alike names in path order', () => {
    // Names made of characters that sort around '/' ('-' and '.' before it, letters after).
    let seed = 1530;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const part = () => Array.from({ length: 1 + random(3) }, () => 'a-.B_'[random(5)]).join('');
    const tree = mkdtempSync(path.join(os.tmpdir(), 'lofp-discover-random-'));
    const expected = new Set<string>();
    try {
      for (let i = 0; i < 300; i++) {
        const rel = [...Array.from({ length: random(4) }, part), `${part()}.yml`].join('/');
        const absolute = path.join(tree, rel);
        try {
          mkdirSync(path.dirname(absolute), { recursive: true });
          writeFileSync(absolute, 'x', { flag: 'wx' });
        } catch {
          continue; // a file and a folder of the same name, or a name such as `..`
        }
        if (path.relative(tree, absolute) === rel) expected.add(rel);
      }
      const { files } = discoverFiles({ root: tree, paths: ['.'], extensions: EXT, include: [], exclude: [] });
      const relatives = files.map((f) => f.relative);
      expect(relatives).toEqual([...expected].filter((r) => !r.split('/').some((p) => p === '.' || p === '..')).sort());
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
