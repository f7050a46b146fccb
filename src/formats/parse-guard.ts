import type { ParseResult } from '../detection.js';
import type { SourceFile } from '../source.js';

/**
 * `parse(file)`, made total: a bug of ours on one file becomes a problem of that file (at line 1,
 * worded by `message`) instead of stopping the run.
 */
export function guardedParse(file: SourceFile, parse: (file: SourceFile) => ParseResult, message: (error: unknown) => string): ParseResult {
  try {
    return parse(file);
  } catch (error) {
    return { detections: [], problems: [{ path: file.path, line: 1, column: 1, message: message(error) }] };
  }
}
