/**
 * Reading values that js-yaml loaded: their type, their text, and how they read in a message.
 * Nothing here walks into a value, so an alias shared a million times costs nothing.
 */
import yaml from 'js-yaml';

export type YamlMap = Record<string, unknown>;

export function isYamlMap(value: unknown): value is YamlMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** A scalar as text (`title: 2024` still titles the rule); null for maps, lists and null. */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return null;
}

/**
 * A string, number or boolean as text (ids written as numbers count), else undefined. Unlike
 * `scalarText` a date is no text: Sentinel and Panther have always read `2024-01-01` as nothing.
 */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The trimmed, non-empty texts of a list of scalars, or of a single scalar. */
export function stringsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (stringOf(v) === undefined ? [] : [stringOf(v)!.trim()])).filter((s) => s !== '');
  const one = stringOf(value)?.trim();
  return one ? [one] : [];
}

const MAX_QUOTED = 60;

/**
 * How a loaded value reads in a message: `a number (42)`, `a map`, `a list`, `empty (null)`,
 * `a string ("Unknown")`. Never walks into the value, so aliases cannot blow it up.
 */
export function describeYamlValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty (null)';
  if (typeof value === 'string') {
    const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return `a string (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return `a boolean (${String(value)})`;
  if (value instanceof Date) return `a date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)})`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a map';
}

/** YAML text of a loaded value for query text; aliases are kept as anchors, never expanded. */
export function dumpYaml(value: unknown): string {
  try {
    return yaml.dump(value, { lineWidth: -1, noRefs: false, skipInvalid: true });
  } catch {
    return '';
  }
}
