/**
 * The compact list of discovered files: every file comes back as it was added, in order, also
 * after crossing to a worker (a structured clone of `pack()`), whatever characters its path
 * holds; and the list keeps no string per file.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DiscoveredFiles, type DiscoveredFile } from '../../src/discover.js';

const ROOT = '/repo';
const at = (relative: string): DiscoveredFile => ({ absolute: `${ROOT}/${relative}`, relative });

const ODD: DiscoveredFile[] = [
  at('a b.yml'),
  at('line\nbreak.yml'),
  at('rules/été/règle.yml'),
  at('rules/été/日本.yaml'),
  at('rules/tab\t.toml'),
  // Reached through a link whose target the walk gave as its real path: kept as given.
  { absolute: '/elsewhere/real.yml', relative: 'rules/link.yml' },
  at('rules/été/zz.yml'),
  at('x/y/z/deep.yml'),
];

describe('DiscoveredFiles', () => {
  it('gives back each file as added, in order, here and after crossing to a worker', () => {
    const files = DiscoveredFiles.of(ROOT, ODD);
    const crossed = DiscoveredFiles.unpack(structuredClone(files.pack()));
    for (const list of [files, crossed]) {
      expect(list.length).toBe(8);
      expect([...list]).toEqual(ODD);
      expect(list.map((f) => f.relative)).toEqual(ODD.map((f) => f.relative));
      expect(list.slice(4, 6)).toEqual([at('rules/tab\t.toml'), { absolute: '/elsewhere/real.yml', relative: 'rules/link.yml' }]);
      expect(list.slice(7, 100)).toEqual([at('x/y/z/deep.yml')]);
      expect(list.at(2)).toEqual(at('rules/été/règle.yml'));
      expect(list.relative(3)).toBe('rules/été/日本.yaml');
    }
    // Folders are kept once each, names one after the other.
    expect(files.pack().folders).toEqual(['', 'rules/été/', 'rules/', 'x/y/z/']);
    expect(files.pack().names).toBe('a b.ymlline\nbreak.ymlrègle.yml日本.yamltab\t.tomllink.ymlzz.ymldeep.yml');
    expect(files.pack().absolutes).toEqual([[5, '/elsewhere/real.yml']]);
  });

  it('filters by relative path, keeping what it does not drop as it was', () => {
    const files = DiscoveredFiles.of(ROOT, ODD);
    expect(files.filter(() => true)).toBe(files);
    const kept = files.filter((relative) => relative.startsWith('rules/'));
    expect([...kept]).toEqual(ODD.slice(2, 7));
    expect(kept.pack().absolutes).toEqual([[3, '/elsewhere/real.yml']]);
    expect(files.filter(() => false).length).toBe(0);
  });

  it('takes a root that ends with its separator', () => {
    expect([...DiscoveredFiles.of('/', [{ absolute: '/a.yml', relative: 'a.yml' }])]).toEqual([{ absolute: '/a.yml', relative: 'a.yml' }]);
  });

  it('holds nothing for no files', () => {
    const none = DiscoveredFiles.of(ROOT, []);
    expect(none.length).toBe(0);
    expect([...none]).toEqual([]);
    expect(none.slice(0, 64)).toEqual([]);
    expect(DiscoveredFiles.unpack(structuredClone(none.pack())).length).toBe(0);
  });

  it('keeps no string per file: 100,000 files in about the size of their names', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const count = 100_000;
    function* generated(): Generator<DiscoveredFile> {
      for (let i = 0; i < count; i++) yield at(`rules/group-${String(i >> 8).padStart(4, '0')}/rule_${String(i).padStart(6, '0')}.toml`);
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    const files = DiscoveredFiles.of(ROOT, generated());
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(files.length).toBe(count);
    expect(files.at(99_999)).toEqual(at('rules/group-0390/rule_099999.toml'));
    // The names are 1.6 MB; as objects of two strings each, the files took 15 MB.
    expect(grown).toBeLessThan(2_500_000);
  });
});
