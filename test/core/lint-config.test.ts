/** Severities from .lofp.yml, suppression comments and techniques, through the engine. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { DEFAULT_CONFIG, type LintConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { lint } from '../../src/lint.js';

const rule = (title: string, extra: string, tag = 'attack.t1530') =>
  [
    extra,
    `title: ${title}`,
    'tags:',
    `    - ${tag}`,
    'logsource:',
    '    product: gcp',
    '    service: gcp.audit',
    'detection:',
    '    selection:',
    '        gcp.audit.method_name: google.pubsub.v1.Publisher.CreateTopic',
    '    condition: selection',
    'falsepositives:',
    '    - Unknown',
    'level: low',
    '',
  ].join('\n');

let root: string;
const catalog = loadCatalog();
const run = (config: Partial<LintConfig> = {}, techniques = ['T1530']) =>
  lint({ root, paths: ['.'], techniques, includeDeprecated: false, catalog, config: { ...DEFAULT_CONFIG, ...config } });

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lofp-config-'));
  writeFileSync(path.join(root, 'plain.yml'), rule('Plain', '# nothing to see'));
  writeFileSync(path.join(root, 'suppressed.yml'), rule('Suppressed', '# lofp-lint-disable placeholder-false-positives -- tracked in TICKET-1'));
  writeFileSync(path.join(root, 'other-technique.yml'), rule('Other', '', 'attack.t1619'));
  writeFileSync(path.join(root, '.lofp.yml'), 'techniques: [T1530]\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lint configuration', () => {
  it('reports placeholders as errors by default and records suppressions', async () => {
    const result = await run();
    const placeholder = result.findings.filter((f) => f.check === 'placeholder-false-positives').map((f) => [f.path, f.line, f.severity]);
    expect(placeholder).toEqual([['plain.yml', 12, 'error']]);
    expect(result.suppressed).toEqual([{ check: 'placeholder-false-positives', path: 'suppressed.yml', line: 12, ruleId: null }]);
    expect(result.summary.suppressed).toBe(1);
    // The config file is no rule file.
    expect(result.summary.files).toBe(3);
  });

  it('applies severities and off from the config', async () => {
    const result = await run({ checks: { 'placeholder-false-positives': 'warning', 'missing-catalog-entry': 'off' } });
    expect(result.findings.map((f) => [f.path, f.check, f.severity])).toEqual([['plain.yml', 'placeholder-false-positives', 'warning']]);
  });

  it('selects by technique', async () => {
    const result = await run({}, ['T1619']);
    expect(result.detections.map((d) => d.path)).toEqual(['other-technique.yml']);
  });

  it('rejects unknown check ids in the config', async () => {
    await expect(run({ checks: { 'missing-fps': 'off' }, source: '.lofp.yml' })).rejects.toThrow(
      new ConfigError(
        ".lofp.yml: checks: unknown check 'missing-fps' (known: parse-error, missing-false-positives, placeholder-false-positives, vague-false-positive, missing-catalog-entry, uncatalogued-false-positive, malformed-technique-tag)",
      ),
    );
  });
});
