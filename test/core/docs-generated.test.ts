import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_METAS } from '../../src/checks/index.js';
import { CHECK_DOCS } from '../../src/checks/docs.generated.js';
// @ts-expect-error: a plain .mjs script without types
import { DOCS_MODULE, generate } from '../../scripts/gen-docs.mjs';

describe('check documentation', () => {
  it('the generated module is current (run node scripts/gen-docs.mjs)', () => {
    expect(readFileSync(DOCS_MODULE as string, 'utf8')).toBe((generate as () => string)());
  });

  it('every check has a page, and every page a check', () => {
    expect(Object.keys(CHECK_DOCS).sort()).toEqual(CHECK_METAS.map((m) => m.id).sort());
  });
});
