/**
 * What a GitHub answer must look like before the Action trusts it. A proxy's HTML error page with
 * status 200, `{}` or `null` where a list belongs, or a list holding nulls would otherwise read as
 * "no files, no comments" and let a run pass that checked nothing.
 */

/** Tells whether a value has the shape a caller relies on. */
export type Guard<T> = (value: unknown) => value is T;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** An object whose listed fields pass their tests (other fields are free). */
export function record<T>(fields: Readonly<Record<string, (value: unknown) => boolean>>): Guard<T> {
  return (value: unknown): value is T => isObject(value) && Object.entries(fields).every(([key, test]) => test(value[key]));
}

export const is = {
  string: isString,
  id: isPositiveInteger,
  count: (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0,
  optionalString: (value: unknown): boolean => value === undefined || isString(value),
  nullableString: (value: unknown): boolean => value === undefined || value === null || isString(value),
  nullableLine: (value: unknown): boolean => value === undefined || value === null || isPositiveInteger(value),
  oneOf:
    (...allowed: string[]) =>
    (value: unknown): boolean =>
      isString(value) && allowed.includes(value),
} as const;

/** A short description of what came instead, for the message (never the whole answer). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined || value === '') return 'an empty answer';
  if (typeof value === 'string') {
    const start = value.trimStart().slice(0, 15).toLowerCase();
    return start.startsWith('<!doctype') || start.startsWith('<html') ? 'an HTML page' : 'text that is not JSON';
  }
  if (value instanceof ArrayBuffer) return 'binary data';
  if (Array.isArray(value)) {
    const bad = value.findIndex((item) => !isObject(item));
    return bad === -1 ? 'a list with an item of the wrong shape' : `a list whose item ${bad + 1} is ${value[bad] === null ? 'null' : typeof value[bad]}`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object {}' : `an object with ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? '...' : ''}`;
  }
  return `a ${typeof value}`;
}
