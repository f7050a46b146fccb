/**
 * The discovered files cross to a worker packed in one string and are read back range by range:
 * every path comes back as it was, in its range, whatever characters it holds.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_FILES, PackedFiles, chunkCount, chunkOf, packFiles } from '../../src/lint-chunk.js';

const file = (name: string) => ({ absolute: `/repo/rules/${name}`, relative: `rules/${name}` });

describe('packed files', () => {
  it('give back each range of files as discovered, names with spaces, newlines and other scripts included', () => {
    const names = ['a b.yml', 'line\nbreak.yml', 'été/règle.yml', '', 'tab\t.toml', '日本.yaml'];
    const files = Array.from({ length: 2 * CHUNK_FILES + 3 }, (_, i) => file(`${names[i % names.length]}${i}`));
    const packed = new PackedFiles(packFiles(files));
    expect(packed.length).toBe(131);
    expect(chunkCount(packed.length)).toBe(3);
    for (let chunk = 0; chunk < 3; chunk++) expect(packed.chunk(chunk)).toEqual(chunkOf(files, chunk));
    expect(packed.chunk(2)).toEqual([file('été/règle.yml128'), file('129'), file('tab\t.toml130')]);
  });

  it('hold nothing for no files', () => {
    const packed = new PackedFiles(packFiles([]));
    expect(packed.length).toBe(0);
    expect(packed.chunk(0)).toEqual([]);
  });
});
