/**
 * A run that keeps no rule texts (keepText: false, what the CLI does for JSON, Markdown and the
 * terminal) reports exactly what a run that keeps them reports, and holds no text afterwards.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/report/coverage.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { entriesForTechniques, lint, type LintOptions } from '../../src/lint.js';
import { renderJson } from '../../src/report/json.js';
import { renderStylish } from '../../src/report/stylish.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('lint with keepText false', () => {
  it('gives the same JSON, terminal output and coverage, with the texts, queries and descriptions dropped', async () => {
    const catalog = loadCatalog({ cwd: ROOT });
    const options: LintOptions = { root: ROOT, paths: [path.join(ROOT, 'examples')], techniques: ['T1530'], includeDeprecated: false, catalog };
    const kept = await lint(options);
    const dropped = await lint({ ...options, keepText: false });
    expect(renderJson(dropped)).toBe(renderJson(kept));
    expect(renderStylish(dropped, { color: false, verbose: true })).toBe(renderStylish(kept, { color: false, verbose: true }));
    const entries = entriesForTechniques(catalog, ['T1530']);
    expect(computeCoverage(dropped, entries)).toEqual(computeCoverage(kept, entries));
    expect(dropped.detections).toHaveLength(7);
    expect(dropped.detections.map((d) => [d.source.text, d.query, d.description])).toEqual(Array.from({ length: 7 }, () => ['', '', '']));
    expect(kept.detections.every((d) => d.source.text.length > 100 && d.query.length > 0)).toBe(true);
  });
});
