/**
 * The formats other tools consume (issue 13, items 8 and 10), from the built CLI bundle,
 * validated against each consumer's schema or parser:
 *  - rdjson: reviewdog's DiagnosticResult JSON schema (test/fixtures/report, written from
 *    reviewdog's proto/rdf definitions; no copy exists in node_modules), with ajv;
 *  - GitLab Code Quality: the fields GitLab documents as required, as a JSON schema, with ajv;
 *  - JUnit XML: parsed by Python's expat-based xml.etree (no XML parser in node_modules).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const DOCS = 'https://github.com/lofp-lint/lofp-lint/blob/main/docs/checks/';

function cli(args: string[], env: Record<string, string | undefined> = { NO_COLOR: '1' }) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.FORCE_HYPERLINK;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function validator(fixture: string) {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/report', fixture), 'utf8'));
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

describe('--format rdjson', () => {
  it('is a valid reviewdog DiagnosticResult with codes, documentation URLs and suggestions', () => {
    const run = cli(['examples', '--format', 'rdjson']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const validate = validator('rdjson-DiagnosticResult.jsonschema');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.source).toEqual({ name: 'lofp-lint', url: 'https://github.com/lofp-lint/lofp-lint' });
    expect(report.diagnostics).toHaveLength(10);
    const splunk = report.diagnostics.find((d: { location: { path: string } }) => d.location.path === 'examples/splunk/aws_dynamodb_table_scan.yml');
    expect(splunk).toEqual({
      message:
        '`known_false_positives` holds only placeholders: "unknown"; document who or what triggers the rule benignly; 1 catalog entry applies',
      location: { path: 'examples/splunk/aws_dynamodb_table_scan.yml', range: { start: { line: 13, column: 1 } } },
      severity: 'ERROR',
      code: { value: 'placeholder-false-positives', url: `${DOCS}placeholder-false-positives.md` },
      suggestions: [
        {
          range: { start: { line: 13, column: 1 }, end: { line: 14, column: 1 } },
          text: 'known_false_positives: Legitimate users may scan DynamoDB tables for various reasons, such as data analysis or application functionality. Ensure that the user has the necessary permissions and that the Scan operation is authorized before taking action.\n',
        },
      ],
    });
  });

  it('the schema rejects what reviewdog would not read', () => {
    const validate = validator('rdjson-DiagnosticResult.jsonschema');
    expect(validate({ diagnostics: [{ message: 'x', location: { path: 'a', range: { start: { line: 0 } } } }] })).toBe(false);
    expect(validate({ diagnostics: [{ message: 'x', location: { path: 'a' }, severity: 'NOTE' }] })).toBe(false);
    expect(validate({ diagnostics: [{ message: 'x' }] })).toBe(false);
  });
});

describe('--format gitlab', () => {
  it('has every field GitLab Code Quality requires, unique fingerprints, and GitLab severities', () => {
    const run = cli(['examples', '--format', 'gitlab']);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as { fingerprint: string; severity: string; check_name: string; location: { path: string; lines: { begin: number } } }[];
    const validate = validator('gitlab-code-quality.schema.json');
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.severity])).toEqual([
      ['examples/chronicle/gcs_bucket_made_public.yaral', 13, 'vague-false-positive', 'minor'],
      ['examples/elastic/aws_ec2_export_task.toml', 17, 'missing-false-positives', 'major'],
      ['examples/elastic/aws_ec2_export_task.toml', 17, 'missing-catalog-entry', 'minor'],
      ['examples/panther/aws_sns_subscription_created.yml', 4, 'missing-false-positives', 'major'],
      ['examples/panther/aws_sns_subscription_created.yml', 4, 'missing-catalog-entry', 'minor'],
      ['examples/sentinel/azure_blob_azcopy_download.yaml', 3, 'missing-catalog-entry', 'minor'],
      ['examples/sigma/gcp_pubsub_topic_created.yml', 17, 'placeholder-false-positives', 'major'],
      ['examples/sigma/gcp_pubsub_topic_created.yml', 17, 'missing-catalog-entry', 'minor'],
      ['examples/splunk/aws_dynamodb_table_scan.yml', 13, 'placeholder-false-positives', 'major'],
      ['examples/splunk/aws_dynamodb_table_scan.yml', 13, 'missing-catalog-entry', 'minor'],
    ]);
    // The same run gives the same fingerprints: GitLab compares them between pipelines.
    expect(JSON.parse(cli(['examples', '--format', 'gitlab']).stdout)).toEqual(issues);
  });
});

describe('--format junit', () => {
  it('is well-formed XML (a real parser reads it): a suite per file, a failure per finding, a passing case per clean rule', () => {
    const run = cli(['examples', '--format', 'junit']);
    expect(run.code).toBe(1);
    const parsed = spawnSync(
      'python3',
      [
        '-c',
        [
          'import sys, json, xml.etree.ElementTree as ET',
          'root = ET.fromstring(sys.stdin.buffer.read())',
          'print(json.dumps({"root": [root.tag, root.attrib], "suites": [[s.attrib["name"], s.attrib["tests"], s.attrib["failures"],',
          '  [[c.attrib["name"], [[f.attrib["type"], f.text.splitlines()[-1]] for f in c.findall("failure")]] for c in s.findall("testcase")]] for s in root.findall("testsuite")]}))',
        ].join('\n'),
      ],
      { input: run.stdout, encoding: 'utf8' },
    );
    expect(parsed.stderr).toBe('');
    const xml = JSON.parse(parsed.stdout);
    expect(xml.root).toEqual(['testsuites', { name: 'lofp-lint', tests: '11', failures: '10', errors: '0', time: '0' }]);
    expect(xml.suites.slice(0, 2)).toEqual([
      ['examples/chronicle/gcs_bucket_made_public.yaral', '1', '1', [['13:1 vague-false-positive', [['warning', `${DOCS}vague-false-positive.md`]]]]],
      [
        'examples/elastic/aws_ec2_export_task.toml',
        '2',
        '2',
        [
          ['17:1 missing-false-positives', [['error', `${DOCS}missing-false-positives.md`]]],
          ['17:1 missing-catalog-entry', [['warning', `${DOCS}missing-catalog-entry.md`]]],
        ],
      ],
    ]);
    expect(xml.suites.find((s: string[]) => s[0] === 'examples/sigma/aws_cloudtrail_trail_created.yml')).toEqual([
      'examples/sigma/aws_cloudtrail_trail_created.yml',
      '1',
      '0',
      [['AWS CloudTrail Trail Created', []]],
    ]);
  });
});

describe('documentation links', () => {
  it('JSON findings carry helpUri; SARIF rules carry helpUri', () => {
    const json = JSON.parse(cli(['examples/sigma', '--format', 'json']).stdout);
    expect(json.findings.map((f: { helpUri: string }) => f.helpUri)).toEqual([
      `${DOCS}placeholder-false-positives.md`,
      `${DOCS}missing-catalog-entry.md`,
    ]);
    const sarif = JSON.parse(cli(['examples/sigma', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].tool.driver.rules.every((r: { id: string; helpUri: string }) => r.helpUri === `${DOCS}${r.id}.md`)).toBe(true);
  });

  it('--explain prints the shipped page and its URL; an unknown check names the nearest', () => {
    const run = cli(['--explain', 'vague-false-positive']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${readFileSync(path.join(ROOT, 'docs/checks/vague-false-positive.md'), 'utf8').trimEnd()}\n\n${DOCS}vague-false-positive.md\n`);
    expect(cli(['--explain', 'vague-false-positives'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "lofp-lint: --explain: unknown check 'vague-false-positives' (did you mean vague-false-positive?); known: parse-error, missing-false-positives, placeholder-false-positives, vague-false-positive, missing-catalog-entry, uncatalogued-false-positive, malformed-technique-tag\n",
    });
  });

  it('stylish: FORCE_COLOR colors a pipe, NO_COLOR does not; FORCE_HYPERLINK links check ids to their page', () => {
    const plain = cli(['examples/sigma/gcp_pubsub_topic_created.yml'], { NO_COLOR: '1' }).stdout;
    expect(plain).not.toContain('\u001b[');
    const colored = cli(['examples/sigma/gcp_pubsub_topic_created.yml'], { FORCE_COLOR: '1' }).stdout;
    expect(colored).toContain('\u001b[31merror  \u001b[0m');
    expect(colored).not.toContain('\u001b]8;;');
    expect(cli(['examples/sigma/gcp_pubsub_topic_created.yml'], { FORCE_COLOR: '0' }).stdout).toBe(plain);
    const linked = cli(['examples/sigma/gcp_pubsub_topic_created.yml'], { FORCE_COLOR: '1', FORCE_HYPERLINK: '1' }).stdout;
    expect(linked).toContain(`\u001b]8;;${DOCS}missing-catalog-entry.md\u0007missing-catalog-entry\u001b]8;;\u0007`);
    expect(cli(['examples/sigma/gcp_pubsub_topic_created.yml', '--no-color'], { FORCE_COLOR: '1' }).stdout).toBe(plain);
  });
});
