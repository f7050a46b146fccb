import type { SourceFile } from '../source.js';

/**
 * `compute`, remembered for the last file it was asked about. A file is parsed and then its
 * rules' fixes are planned, one file after another, so what parsing worked out (a line scan, a
 * key layout, the loaded YAML) is asked for again right after, for the same file object. Only
 * one file's value is kept, so no file outlives its turn.
 */
export function lastFileMemo<T>(compute: (file: SourceFile) => T): (file: SourceFile) => T {
  let last: { file: SourceFile; value: T } | null = null;
  return (file) => {
    if (last?.file !== file) last = { file, value: compute(file) };
    return last.value;
  };
}
