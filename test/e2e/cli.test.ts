/**
 * The built CLI bundle (dist/cli/index.js, what `npx lofp-lint` runs) on the bundled examples:
 * exact findings, exit codes, fixes on a copy, and the npm package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let scratch: string;

function cli(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonFinding {
  path: string;
  line: number;
  check: string;
  severity: string;
  suggestions: { id: string; confidence: string }[];
}

function findings(stdout: string) {
  const report = JSON.parse(stdout) as { findings: JsonFinding[]; summary: Record<string, number> };
  return {
    rows: report.findings.map((f) => [f.path, f.line, f.check, f.severity, f.suggestions.map((s) => `${s.id}:${s.confidence}`).join(' ')]),
    summary: report.summary,
  };
}

beforeAll(() => {
  // `npm test` builds first (pretest), so this is the bundle CI proves current.
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-cli-e2e-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lofp-lint examples', () => {
  it('reports the exact findings of the example repository and exits 1', () => {
    const run = cli(['examples', '--format', 'json']);
    expect(run.code).toBe(1);
    const { rows, summary } = findings(run.stdout);
    expect(rows).toEqual([
      ['examples/chronicle/gcs_bucket_made_public.yaral', 13, 'vague-false-positive', 'warning', ''],
      ['examples/elastic/aws_ec2_export_task.toml', 17, 'missing-false-positives', 'error', 'aws-ec2-export-task-by-admin:high'],
      ['examples/elastic/aws_ec2_export_task.toml', 17, 'missing-catalog-entry', 'warning', 'aws-ec2-export-task-by-admin:high'],
      ['examples/panther/aws_sns_subscription_created.yml', 4, 'missing-false-positives', 'error', 'aws-sns-topic-subscription-by-user:high'],
      ['examples/panther/aws_sns_subscription_created.yml', 4, 'missing-catalog-entry', 'warning', 'aws-sns-topic-subscription-by-user:high'],
      ['examples/sentinel/azure_blob_azcopy_download.yaml', 3, 'missing-catalog-entry', 'warning', 'azure-blob-azcopy-devops-downloads:high'],
      ['examples/sigma/gcp_pubsub_topic_created.yml', 17, 'placeholder-false-positives', 'error', 'gcp-pubsub-topic-created-by-admin:high'],
      ['examples/sigma/gcp_pubsub_topic_created.yml', 17, 'missing-catalog-entry', 'warning', 'gcp-pubsub-topic-created-by-admin:high'],
      ['examples/splunk/aws_dynamodb_table_scan.yml', 13, 'placeholder-false-positives', 'error', 'aws-dynamodb-table-scan-by-user:high'],
      ['examples/splunk/aws_dynamodb_table_scan.yml', 13, 'missing-catalog-entry', 'warning', 'aws-dynamodb-table-scan-by-user:high'],
    ]);
    expect(summary).toEqual({ files: 8, detections: 7, skipped: 0, errors: 4, warnings: 6, notes: 0, suppressed: 0 });
  });

  it('prints stylish lines and a closing count', () => {
    const run = cli(['examples/splunk']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'examples/splunk/aws_dynamodb_table_scan.yml',
      '  13:1  error    `known_false_positives` holds only placeholders: "unknown"; document who or what triggers the rule benignly; 1 catalog entry applies  placeholder-false-positives',
    ]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning, 0 notes) in 1 rule tagged T1530 in 1 file');
  });

  it('exits 0 when nothing reaches --fail-on', () => {
    expect(cli(['examples/sigma/aws_cloudtrail_trail_created.yml']).code).toBe(0);
    expect(cli(['examples', '--fail-on', 'never', '--format', 'json']).code).toBe(0);
  });

  it('fixes a copy: high-confidence entries written, a second --fix changes nothing', () => {
    const copy = path.join(scratch, 'fix');
    cpSync(path.join(ROOT, 'examples'), copy, { recursive: true });
    const fixed = cli(['--fix', '.'], copy);
    expect(fixed.stderr).toBe('lofp-lint: fixed 5 files\n');
    const after = findings(cli(['.', '--format', 'json'], copy).stdout).rows;
    expect(after).toEqual([
      ['chronicle/gcs_bucket_made_public.yaral', 13, 'vague-false-positive', 'warning', ''],
    ]);
    expect(readFileSync(path.join(copy, 'splunk/aws_dynamodb_table_scan.yml'), 'utf8')).toContain(
      '\nknown_false_positives: Legitimate users may scan DynamoDB tables for various reasons, such as data analysis or application functionality. Ensure that the user has the necessary permissions and that the Scan operation is authorized before taking action.\n',
    );
    const snapshot = readFileSync(path.join(copy, 'sigma/gcp_pubsub_topic_created.yml'), 'utf8');
    // Sigma gets the entry's one-line form: its list items are short phrases by convention.
    expect(snapshot).toContain('falsepositives:\n    - Administrators creating Pub/Sub topics\nlevel: low\n');
    expect(cli(['--fix', '.'], copy).stderr).toBe('');
    expect(readFileSync(path.join(copy, 'sigma/gcp_pubsub_topic_created.yml'), 'utf8')).toBe(snapshot);
  });

  it('prints a unified diff with --fix-dry-run and changes nothing', () => {
    const before = readFileSync(path.join(ROOT, 'examples/splunk/aws_dynamodb_table_scan.yml'), 'utf8');
    const run = cli(['examples/splunk', '--fix-dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      '--- a/examples/splunk/aws_dynamodb_table_scan.yml',
      '+++ b/examples/splunk/aws_dynamodb_table_scan.yml',
      '@@ -10,7 +10,7 @@',
    ]);
    expect(readFileSync(path.join(ROOT, 'examples/splunk/aws_dynamodb_table_scan.yml'), 'utf8')).toBe(before);
  });

  it('answers usage errors with one line and exit 2', () => {
    const run = cli(['--format', 'xml']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'lofp-lint: --format must be one of stylish, json, sarif, markdown, rdjson, gitlab, junit; got "xml"\n' });
    expect(cli(['examples', '--catalog', 'missing.yml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: missing.yml: cannot read the catalog (ENOENT)\n',
    });
  });

  it('lists the shipped catalog', () => {
    const entries = JSON.parse(cli(['catalog', 'list', '--format', 'json']).stdout) as { id: string; technique: string }[];
    expect(entries).toHaveLength(27);
    expect(new Set(entries.map((e) => e.technique))).toEqual(new Set(['T1530']));
  });
});

describe('the npm package', () => {
  it('ships the CLI bundle alone and runs with npx from the tarball', () => {
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' });
    const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    expect(info!.files.map((f) => f.path).sort()).toEqual([
      '.github/lofp-lint-problem-matcher.json',
      'LICENSE',
      'README.md',
      'catalog/README.md',
      'catalog/config.schema.json',
      'dist/cli/engine.js',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/lofp-lint.js',
      'dist/cli/package.json',
      'docs/checks/malformed-technique-tag.md',
      'docs/checks/missing-catalog-entry.md',
      'docs/checks/missing-false-positives.md',
      'docs/checks/parse-error.md',
      'docs/checks/placeholder-false-positives.md',
      'docs/checks/uncatalogued-false-positive.md',
      'docs/checks/vague-false-positive.md',
      'package.json',
    ]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    const run = spawnSync('npx', ['--yes', `./${info!.filename}`, path.join(ROOT, 'examples'), '--format', 'json'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).summary.detections).toBe(7);
  }, 120_000);
});
