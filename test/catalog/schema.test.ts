import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../src/catalog/load.js';
import { ConfigError } from '../../src/errors.js';

const INVALID = path.join(import.meta.dirname, '../fixtures/catalog/invalid');

/** Each fixture states, on its first line, the one-line error it must produce. */
const cases = readdirSync(INVALID)
  .sort()
  .map((name) => {
    const first = readFileSync(path.join(INVALID, name), 'utf8').split('\n')[0]!;
    const expected = /^# expect: (.*)$/.exec(first)?.[1];
    if (!expected) throw new Error(`${name}: first line must be '# expect: <message>'`);
    return { name, expected };
  });

describe('malformed catalogs are rejected with one clear line', () => {
  it('covers the cases the issue names', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['missing-text.yml', 'duplicate-id.yml', 'bad-technique.yml', 'unknown-field.yml']),
    );
  });

  it.each(cases)('$name', ({ name, expected }) => {
    let error: unknown;
    try {
      readCatalogFile(path.join(INVALID, name), name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(expected);
  });
});

describe('unreadable catalogs', () => {
  it('names the file and the reason', () => {
    expect(() => readCatalogFile(path.join(INVALID, 'no-such-file.yml'), 'no-such-file.yml')).toThrow(
      new ConfigError('no-such-file.yml: cannot read the catalog (ENOENT)'),
    );
  });
});
