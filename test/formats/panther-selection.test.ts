/**
 * Which Panther files lofp-lint lints (issue 10, class 7): the retirement convention of
 * panther-analysis (`Enabled: false` and "[DEPRECATED]" or "--DEPRECATED--" in the name) retires a
 * rule, `Enabled: false` alone only pauses it; a misspelt `MITRE ATTACK:` key is reported and the
 * rule linted under its techniques.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { lint } from '../../src/lint.js';
import type { LintResult } from '../../src/result.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/panther/', import.meta.url));

let result: LintResult;
beforeAll(async () => {
  result = await lint({
    root: FIXTURES,
    paths: ['retirement', 'misspelt-mitre-key.yml'],
    techniques: ['T1530'],
    includeDeprecated: false,
    catalog: loadCatalog(),
  });
});

describe('Panther selection', () => {
  it('skips rules retired by the panther-analysis convention, lints paused and merely renamed ones', () => {
    expect(result.skipped).toEqual([
      { path: 'retirement/enabled-false-bracket.yml', reason: 'deprecated rule "[DEPRECATED] AWS S3 Object Copied to an External Bucket" skipped (use --include-deprecated to lint it)' },
      { path: 'retirement/enabled-false-dashes.yml', reason: 'deprecated rule "--DEPRECATED-- GCS Bucket Mass Download" skipped (use --include-deprecated to lint it)' },
    ]);
    expect(result.detections.map((d) => d.path)).toEqual(['misspelt-mitre-key.yml', 'retirement/name-only.yml', 'retirement/switched-off.yml']);
  });

  it('reports a misspelt MITRE ATT&CK key at the tag and still lints the rule', () => {
    const findings = result.findings.filter((f) => f.path === 'misspelt-mitre-key.yml');
    expect(findings.map((f) => [f.check, f.severity, f.line, f.column, f.message])).toEqual([
      // ListContainers reads no blob: no entry about downloading blobs applies.
      ['missing-false-positives', 'error', 4, 1, '"Azure Blob Containers Listed by a New Principal" documents no false positives'],
      [
        'malformed-technique-tag',
        'warning',
        11,
        7,
        'Technique tag "TA0009:T1530" is under the Reports key "MITRE ATTACK", which Panther does not read as ATT&CK; write the key "MITRE ATT&CK"',
      ],
    ]);
  });
});
