/**
 * YAML forms a line-based fix cannot rewrite without changing the rule's meaning: an anchor that
 * an alias refers to, an explicit `? key`. They are read and checked like any field, their fix is
 * refused, and the findings say why; an anchor nothing refers to is rewritten as usual.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { collectFileFixes } from '../../src/fix/files.js';
import { lint } from '../../src/lint.js';
import type { LintResult } from '../../src/result.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/yaml-forms');
let root: string;
let result: LintResult;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-yaml-forms-'));
  cpSync(FIXTURES, root, { recursive: true });
  result = await lint({ root, paths: ['.'], techniques: ['T1530'], includeDeprecated: false, catalog: loadCatalog() });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const placeholderMessage = (file: string) => result.findings.find((f) => f.path === file && f.check === 'placeholder-false-positives')?.message;

describe('YAML anchors, aliases and explicit keys in the false-positive field', () => {
  it('reads an explicit key as the field: placeholders reported, not "documents no false positives"', () => {
    expect(result.findings.filter((f) => f.check === 'missing-false-positives' && !f.path.startsWith('sentinel-'))).toEqual([]);
    expect(placeholderMessage('explicit.yml')).toBe(
      '`falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies; not fixed automatically: `falsepositives` is written as an explicit key (`? falsepositives`); edit it by hand',
    );
    expect(placeholderMessage('splunk-explicit.yml')).toBe(
      '`known_false_positives` holds only placeholders: "unknown"; document who or what triggers the rule benignly; 1 catalog entry applies; not fixed automatically: `known_false_positives` is written as an explicit key (`? known_false_positives`); edit it by hand',
    );
  });

  it('refuses to rewrite a field whose anchor an alias refers to, and says where', () => {
    expect(placeholderMessage('flow-aliased.yml')).toContain('; not fixed automatically: `falsepositives` carries the YAML anchor &f, which *f on line 14 refers to; a rewrite would change or break it: edit it by hand');
    expect(placeholderMessage('item-aliased.yml')).toContain('; not fixed automatically: `falsepositives` carries the YAML anchor &u, which *u on line 15 refers to');
    expect(placeholderMessage('splunk-aliased.yml')).toContain('; not fixed automatically: `known_false_positives` carries the YAML anchor &k, which *k on line 6 refers to');
    const missing = result.findings.filter((f) => f.path === 'item-aliased.yml' && f.check === 'missing-catalog-entry');
    expect(missing.map((f) => f.fix)).toEqual([undefined]);
  });

  it('refuses to append to a prose field (Sentinel description) that is aliased or an explicit key', () => {
    const message = (file: string) => result.findings.find((f) => f.path === file && f.check === 'missing-false-positives')?.message;
    expect(message('sentinel-aliased.yaml')).toBe(
      '"Azure Blob Download With AzCopy" documents no false positives; 3 catalog entries apply; not fixed automatically: `description` carries the YAML anchor &summary, which *summary on line 24 refers to; a rewrite would change or break it: edit it by hand',
    );
    expect(message('sentinel-explicit.yaml')).toBe(
      '"Azure Blob Download With AzCopy" documents no false positives; 3 catalog entries apply; not fixed automatically: `description` is written as an explicit key (`? description`); edit it by hand',
    );
  });

  it('fixes only the anchored field nothing refers to', () => {
    const fixes = collectFileFixes(result);
    expect(fixes.map((f) => f.source.path)).toEqual(['flow-anchor.yml']);
    expect(fixes[0]!.fixed).toBe(
      readFileSync(path.join(FIXTURES, 'flow-anchor.yml'), 'utf8').replace(
        'falsepositives: &f [Unknown]\n',
        'falsepositives:\n    - Administrators creating CloudTrail trails, e.g. when onboarding a new account\n',
      ),
    );
  });
});
