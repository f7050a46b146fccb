/**
 * Ranges of the discovered files: every file is in exactly one range, in order, whether the list
 * is an array or the compact DiscoveredFiles.
 */
import { describe, expect, it } from 'vitest';
import { DiscoveredFiles } from '../../src/discover.js';
import { CHUNK_FILES, chunkCount, chunkLength, chunkOf } from '../../src/lint-chunk.js';

const file = (name: string) => ({ absolute: `/repo/rules/${name}`, relative: `rules/${name}` });

describe('ranges of files', () => {
  it('split the files in ranges of CHUNK_FILES, the last one shorter', () => {
    const files = Array.from({ length: 2 * CHUNK_FILES + 3 }, (_, i) => file(`r${i}.yml`));
    const compact = DiscoveredFiles.of('/repo', files);
    expect(chunkCount(files.length)).toBe(3);
    expect([0, 1, 2, 3].map((i) => chunkLength(files.length, i))).toEqual([CHUNK_FILES, CHUNK_FILES, 3, 0]);
    for (let chunk = 0; chunk < 3; chunk++) expect(chunkOf(compact, chunk)).toEqual(chunkOf(files, chunk));
    expect(chunkOf(compact, 2)).toEqual([file('r128.yml'), file('r129.yml'), file('r130.yml')]);
    expect(chunkOf(compact, 3)).toEqual([]);
  });

  it('hold nothing for no files', () => {
    expect(chunkCount(0)).toBe(0);
    expect(chunkOf(DiscoveredFiles.of('/repo', []), 0)).toEqual([]);
  });
});
