/**
 * Work stays proportional to the input: a file of thousands of Sigma documents is linted and
 * fixed in linear time, and a catalog where thousands of entries apply to one rule gives a
 * report of bounded size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { collectFileFixes } from '../../src/fix/files.js';
import { MAX_SUGGESTIONS_PER_FINDING, lint } from '../../src/lint.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { placeholderSigma } from '../fixtures/placeholder-rule.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-bounded-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a file of 5,000 Sigma documents', () => {
  it('is linted and fixed in a few seconds (planning each rule used to rescan the whole file)', async () => {
    const documents = 5000;
    writeFileSync(path.join(root, 'many.yml'), Array.from({ length: documents }, (_, i) => placeholderSigma(i)).join('---\n'));
    const started = performance.now();
    const result = await lint({ root, paths: ['many.yml'], techniques: ['T1530'], includeDeprecated: false, catalog: loadCatalog() });
    const [fix] = collectFileFixes(result);
    const seconds = (performance.now() - started) / 1000;
    expect(result.detections).toHaveLength(documents);
    expect(result.findings.filter((f) => f.check === 'placeholder-false-positives')).toHaveLength(documents);
    // Every rule's placeholder is replaced: one edit per document, none deferred.
    expect(fix!.edits).toHaveLength(documents);
    expect(fix!.deferred).toBe(0);
    expect(fix!.fixed.split('    - Unknown\n')).toHaveLength(1);
    // Linear work takes about 2 s on the shared 2-core machine; the quadratic planning took minutes.
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});

describe('a catalog of 3,000 entries that all apply to one rule', () => {
  it('caps the suggestions of each finding and the entries of the fix, and counts the rest', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) =>
      [
        `  - id: platform-team-trail-${i}`,
        `    text: "trail creations number ${i} may be made by automation account ${i} of the platform team"`,
        '    appliesTo:',
        '      platforms: [aws]',
        '      services: [cloudtrail]',
        '      operations: [createtrail]',
        '      terms: [trail]',
        // Every CreateTrail rule meets the scenario: all 3,000 apply with high confidence.
        '    scenario:',
        '      anyRule: true',
      ].join('\n'),
    );
    writeFileSync(path.join(root, 'catalog.yml'), `technique: T1530\nentries:\n${entries.join('\n')}\n`);
    writeFileSync(path.join(root, 'rule.yml'), placeholderSigma());
    const catalog = loadCatalog({ cwd: root, files: ['catalog.yml'], builtin: false });
    const result = await lint({ root, paths: ['rule.yml'], techniques: ['T1530'], includeDeprecated: false, catalog });

    const placeholder = result.findings.find((f) => f.check === 'placeholder-false-positives')!;
    expect(placeholder.message).toBe(
      '`falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 3000 catalog entries apply',
    );
    expect(placeholder.suggestions).toHaveLength(MAX_SUGGESTIONS_PER_FINDING);
    expect(placeholder.omittedSuggestions).toBe(3000 - MAX_SUGGESTIONS_PER_FINDING);
    expect(result.findings.filter((f) => f.check === 'missing-catalog-entry')).toHaveLength(3000);
    expect(placeholder.fix!.edits[0]!.lines).toHaveLength(MAX_SUGGESTIONS_PER_FINDING);

    const json = renderJson(result);
    expect(JSON.parse(json).findings[0].omittedSuggestions).toBe(2990);
    // The uncapped report did not fit in a string (RangeError: Invalid string length).
    expect(json.length).toBeLessThan(20_000_000);
    expect(JSON.stringify(renderSarif(result, {})).length).toBeLessThan(20_000_000);
  }, 60_000);
});
