/**
 * JSON written piece by piece, byte-identical to `JSON.stringify(value, null, 2)`: the large
 * arrays of a report (detections, findings, SARIF results) are produced and written one element
 * at a time, the rest is stringified as usual.
 */
import type { TextWriter } from './writer.js';

/** An array whose elements are produced on demand while it is written. */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** An object whose values may themselves be streamed. */
export class StreamedObject {
  constructor(readonly entries: Readonly<Record<string, unknown>>) {}
}

export function streamedArray<T, U>(items: Iterable<T>, map: (item: T) => U): StreamedArray {
  return new StreamedArray(
    (function* () {
      for (const item of items) yield map(item);
    })(),
  );
}

const INDENT = '  ';

/** `JSON.stringify(value, null, 2)` as it appears nested `depth` levels deep. */
function nested(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // JSON escapes newlines inside strings, so every newline here is structural.
  return depth === 0 || text === undefined ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

function writeValue(out: TextWriter, value: unknown, depth: number): void {
  const pad = INDENT.repeat(depth + 1);
  if (value instanceof StreamedArray) {
    let first = true;
    for (const item of value.items) {
      out.write(`${first ? '[' : ','}\n${pad}`);
      // Like JSON.stringify, an element that has no JSON form is written as null.
      writeValue(out, item === undefined || typeof item === 'function' ? null : item, depth + 1);
      first = false;
    }
    out.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
    return;
  }
  if (value instanceof StreamedObject) {
    let first = true;
    for (const [key, item] of Object.entries(value.entries)) {
      if (item === undefined || typeof item === 'function') continue;
      out.write(`${first ? '{' : ','}\n${pad}${JSON.stringify(key)}: `);
      writeValue(out, item, depth + 1);
      first = false;
    }
    out.write(first ? '{}' : `\n${INDENT.repeat(depth)}}`);
    return;
  }
  out.write(nested(value, depth) ?? 'null');
}

/** Writes `value` as `JSON.stringify(value, null, 2)` would, plus a final newline. */
export function writeJson(out: TextWriter, value: unknown): void {
  writeValue(out, value, 0);
  out.write('\n');
}
