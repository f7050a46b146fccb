/**
 * JSON written piece by piece, byte-identical to `JSON.stringify(value, null, 2)`: the large
 * arrays of a report (detections, findings, SARIF results) are produced and written a batch of
 * elements at a time, the rest is stringified as usual. Every piece is stringified where it
 * stands in the document, so nothing is indented again afterwards.
 */
import type { TextWriter } from './writer.js';

/** An array whose elements are produced on demand (`map`, if given) while it is written. */
export class StreamedArray<T = unknown> {
  constructor(
    readonly items: Iterable<T>,
    readonly map?: (item: T) => unknown,
  ) {}
}

/**
 * An array whose elements are written as the JSON text `render` gives: the text of
 * `JSON.stringify(element, null, 2)` as it appears `depth` levels deep (see `jsonAt`).
 */
export class RenderedArray<T> {
  constructor(
    readonly items: Iterable<T>,
    readonly render: (item: T, depth: number) => string,
  ) {}
}

/** An object whose values may themselves be streamed. */
export class StreamedObject {
  constructor(readonly entries: Readonly<Record<string, unknown>>) {}
}

export function streamedArray<T, U>(items: Iterable<T>, map: (item: T) => U): StreamedArray<T> {
  return new StreamedArray(items, map);
}

const INDENT = '  ';

/**
 * Elements stringified together: JSON.stringify of many small values costs a fraction of as many
 * calls. A batch of report elements (detections, SARIF results: 1-2 KB each) stays well under
 * 128 KB, the size from which V8 allocates a string in its large-object space, which only a full
 * collection frees: batches of that size made the heap grow by the size of the report.
 */
const BATCH_ELEMENTS = 32;

/**
 * Where the elements of an array at `depth` start and end in `JSON.stringify(wrapped, null, 2)`,
 * where `wrapped` is the array put `depth` levels deep in arrays of one element: each level
 * opens with `[`, a newline and its elements' indentation, and closes with a newline, its own
 * indentation and `]`. Stringified there, the elements come out indented as they are in the
 * whole document, so they need no indenting after.
 */
function batchFraming(depth: number): Framing {
  return FRAMINGS[depth] ?? makeFraming(depth);
}

interface Framing {
  wrap: (batch: unknown[]) => unknown;
  head: number;
  tail: number;
}

function makeFraming(depth: number): Framing {
  let head = 0;
  let tail = 0;
  for (let level = 0; level <= depth; level++) {
    head += 2 + INDENT.length * (level + 1);
    tail += 2 + INDENT.length * level;
  }
  const wrap = (batch: unknown[]) => {
    let wrapped: unknown = batch;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    return wrapped;
  };
  return { wrap, head, tail };
}

/** Framings of the depths reports use (a handful of levels), made once. */
const FRAMINGS: readonly Framing[] = Array.from({ length: 8 }, (_, depth) => makeFraming(depth));

/** `JSON.stringify(value, null, 2)` as it appears nested `depth` levels deep. */
export function jsonAt(value: unknown, depth: number): string | undefined {
  // Only objects and arrays span lines.
  if (depth === 0 || typeof value !== 'object' || value === null) return JSON.stringify(value, null, 2) as string | undefined;
  // A value that stringifies to nothing (a toJSON returning undefined) is null in an array too.
  const { wrap, head, tail } = batchFraming(depth - 1);
  const text = JSON.stringify(wrap([value]), null, 2);
  return text.slice(head, text.length - tail);
}

function writeRendered<T>(out: TextWriter, array: RenderedArray<T>, depth: number): void {
  const pad = INDENT.repeat(depth + 1);
  let first = true;
  for (const item of array.items) {
    out.write(`${first ? '[' : ','}\n${pad}`);
    out.write(array.render(item, depth + 1));
    first = false;
  }
  out.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
}

function writeElements<T>(out: TextWriter, items: Iterable<T>, map: ((item: T) => unknown) | undefined, depth: number): void {
  const pad = INDENT.repeat(depth + 1);
  const { wrap, head, tail } = batchFraming(depth);
  let batch: unknown[] = [];
  let first = true;
  const flush = () => {
    if (batch.length === 0) return;
    // Like JSON.stringify, an element that has no JSON form is written as null, in a batch too.
    const text = JSON.stringify(wrap(batch), null, 2);
    out.write(`${first ? '[' : ','}\n${pad}`);
    out.write(text.slice(head, text.length - tail));
    batch = [];
    first = false;
  };
  for (const element of items) {
    const item = map ? map(element) : element;
    if (item instanceof StreamedArray || item instanceof StreamedObject || item instanceof RenderedArray) {
      flush();
      out.write(`${first ? '[' : ','}\n${pad}`);
      writeValue(out, item, depth + 1);
      first = false;
      continue;
    }
    batch.push(item);
    if (batch.length >= BATCH_ELEMENTS) flush();
  }
  flush();
  out.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
}

function writeValue(out: TextWriter, value: unknown, depth: number): void {
  const pad = INDENT.repeat(depth + 1);
  if (value instanceof StreamedArray) {
    writeElements(out, value.items, value.map, depth);
    return;
  }
  if (value instanceof RenderedArray) {
    writeRendered(out, value, depth);
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
  out.write(jsonAt(value, depth) ?? 'null');
}

/** Writes `value` as `JSON.stringify(value, null, 2)` would, plus a final newline. */
export function writeJson(out: TextWriter, value: unknown): void {
  writeValue(out, value, 0);
  out.write('\n');
}
