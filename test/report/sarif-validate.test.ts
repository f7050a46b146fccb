/**
 * Validates our SARIF with Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a
 * self-contained .NET executable per platform) with GitHub code scanning's rules (`Gh`) and the
 * SARIF rules (`Sarif`), and with the SARIF 2.1.0 JSON schema that ships with it.
 *
 * How the validator is driven, and why:
 * - The executable is spawned directly, without the package's `bin.js`: that wrapper goes
 *   through a shell, which splits `--rule-kind Gh;Sarif` at the `;`.
 * - It exits 0 whatever it finds, so its findings are read from the SARIF log it writes (`-o`).
 * - One file per run: given several files it sometimes reports nothing for any of them.
 * - It does not check GitHub's 25,000-results limit (tried: 25,001 results pass), so the cap is
 *   tested in sarif.test.ts.
 * - It reports nothing at all for a log it cannot deserialize (an unknown enum value such as
 *   `"level": "bogus"`), so a broken copy must produce errors (proving it ran) and the schema is
 *   also checked with ajv.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { lint } from '../../src/lint.js';
import { renderSarif, type SarifLog } from '../../src/report/sarif.js';
import { detection, finding, lintResult, suggestion } from './sample-result.js';

const require = createRequire(import.meta.url);
function multitoolPath(): string {
  try {
    // The package exports the absolute path of the executable for this platform.
    return require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    throw new Error(`the SARIF validator is a devDependency: npm install --save-dev @microsoft/sarif-multitool@^5.7.0 (${(error as Error).message})`);
  }
}

const MULTITOOL = multitoolPath();
const SCHEMA_PATH = join(dirname(MULTITOOL), 'sarif-2.1.0.json');
const work = mkdtempSync(join(tmpdir(), 'lofp-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** The validator's findings for one SARIF document, as `RULE level: message` lines. */
function validate(name: string, log: unknown): string[] {
  const input = join(work, `${name}.sarif`);
  const output = join(work, `${name}.validation.sarif`);
  writeFileSync(input, JSON.stringify(log, null, 2));
  const args = ['validate', input, '--rule-kind', 'Gh;Sarif', '-o', output, '--log', 'ForceOverwrite'];
  const run = spawnSync(MULTITOOL, args, {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  expect(run.stdout).toContain('Analysis completed successfully');
  const report = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: ValidatorResult[] }[] };
  return (report.runs[0]!.results ?? []).map(
    (r) => `${r.ruleId} ${r.level ?? 'warning'}: ${r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(' ')}`,
  );
}

const RULE_TEXT = 'title: S3 copy\nfalsepositives:\n  - Unknown\nlevel: high';

function sampleLog(): SarifLog {
  const rule = detection('rules/aws/s3 copy.yml', { text: RULE_TEXT, id: '4b1c6f1e-0000-4000-8000-000000000001' });
  const other = detection('rules/gcp/bucket.yml', { text: 'title: Bucket\r\nlevel: low\r\n', format: 'sigma' });
  return renderSarif(
    lintResult(
      [rule, other],
      [
        finding('placeholder-false-positives', rule.path, {
          line: 2,
          endLine: 3,
          suggestions: [suggestion('aws-backup')],
          fix: { title: 'Replace 1 placeholder', edits: [{ startLine: 3, endLine: 3, lines: ['  - Backups by AWS Backup'] }] },
        }),
        finding('missing-false-positives', other.path, {
          severity: 'warning',
          fix: { title: 'Add false positives', edits: [{ startLine: 2, endLine: 1, lines: ['falsepositives:', '  - Storage admins'] }, { startLine: 3, endLine: 2, lines: ['# end'] }] },
        }),
        finding('parse-error', 'rules/broken.yml', { line: 4, column: 9, endLine: 4, endColumn: 10, message: 'unexpected end of the stream within a flow collection' }),
        finding('future-check', rule.path, { severity: 'note', line: 1, message: 'a check the registry does not know yet' }),
      ],
    ),
    { category: 'lofp-lint/audit' },
  );
}

// Each run starts a .NET process: about a second, several on a busy machine.
describe('SARIF validator (sarif-multitool validate --rule-kind "Gh;Sarif")', { timeout: 60_000 }, () => {
  it('finds nothing wrong with findings, fixes, an unregistered check and CRLF files', () => {
    expect(validate('sample', sampleLog())).toEqual([]);
  });

  it('finds nothing wrong with the SARIF of the bundled examples, fixes included', async () => {
    const root = fileURLToPath(new URL('../../examples', import.meta.url));
    const result = await lint({ root, paths: ['.'], techniques: ['T1530'], includeDeprecated: false, catalog: loadCatalog() });
    const log = renderSarif(result, { category: 'lofp-lint/audit' });
    expect(log.runs[0]!.results.filter((r) => r.fixes).length).toBeGreaterThan(0);
    expect(validate('examples', log)).toEqual([]);
  });

  it('finds nothing wrong with an empty run', () => {
    expect(validate('empty', renderSarif(lintResult([], [])))).toEqual([]);
  });

  it('does report a broken log, so the passes above mean something', () => {
    const broken = sampleLog() as unknown as { runs: { results: { message: object }[]; tool: { driver: { rules?: unknown } } }[] };
    broken.runs[0]!.results[0]!.message = {};
    delete broken.runs[0]!.tool.driver.rules;
    const problems = validate('broken', broken);
    expect(problems.filter((p) => p.startsWith('GH1015 error'))).toHaveLength(1);
    expect(problems.some((p) => p.startsWith('GH1018 error'))).toBe(true);
  });
});

describe('SARIF 2.1.0 JSON schema (shipped with sarif-multitool)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The formats the schema uses; URI references are checked by resolving against a base.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///root/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const validateSchema = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);

  it('accepts our output', () => {
    const ok = validateSchema(sampleLog());
    expect(validateSchema.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an unknown level, which the validator lets through', () => {
    const log = sampleLog() as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'bogus';
    expect(validateSchema(log)).toBe(false);
    expect(validateSchema.errors?.some((e) => e.instancePath === '/runs/0/results/0/level')).toBe(true);
  });
});
