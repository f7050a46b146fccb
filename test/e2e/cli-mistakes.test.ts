/**
 * Mistakes never pass silently (issue 13, items 1-4), through the built CLI bundle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let scratch: string;

function cli(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as { detections: { path: string }[] }).detections.map((d) => d.path);
}

const NO_FILE = '(.yml, .yaml, .toml, .yaral); pass --no-error-on-unmatched-pattern to allow it';

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-cli-mistakes-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('paths and patterns that select nothing', () => {
  it('a missing path is exit 2 with one line, for lint and audit', () => {
    expect(cli(['rulez'])).toEqual({ code: 2, stdout: '', stderr: 'lofp-lint: rulez: no such file or folder\n' });
    expect(cli(['audit', 'rulez'])).toEqual({ code: 2, stdout: '', stderr: 'lofp-lint: rulez: no such file or folder\n' });
  });

  it('an --include that matches nothing is exit 2 unless --no-error-on-unmatched-pattern', () => {
    expect(cli(['examples', '--include', '*.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `lofp-lint: --include "*.json" selects no rule file ${NO_FILE}\n`,
    });
    const allowed = cli(['examples', '--include', '*.json', '--no-error-on-unmatched-pattern']);
    expect(allowed).toEqual({ code: 0, stdout: '✔ No problems: 0 rules tagged T1530 in 0 files\n', stderr: '' });
  });

  it('a folder with no rule file is exit 2 unless --no-error-on-unmatched-pattern', () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'notes.md'), '# not a rule\n');
    expect(cli(['.'], empty)).toEqual({ code: 2, stdout: '', stderr: `lofp-lint: "." selects no rule file ${NO_FILE}\n` });
    expect(cli(['.', '--no-error-on-unmatched-pattern'], empty).code).toBe(0);
  });

  it('a file named explicitly (as pre-commit does) that the config ignores is a skip, not an error', () => {
    const repo = path.join(scratch, 'named-ignored');
    cpSync(path.join(ROOT, 'examples/sigma'), path.join(repo, 'rules'), { recursive: true });
    writeFileSync(path.join(repo, '.lofp.yml'), 'ignore: [rules/]\n');
    const run = cli(['rules/gcp_pubsub_topic_created.yml', '--verbose'], repo);
    const [counts, times, ...rest] = run.stderr.split('\n');
    expect({ ...run, stderr: [counts, ...rest].join('\n') }).toEqual({
      code: 0,
      stdout: "skipped rules/gcp_pubsub_topic_created.yml: left out by --include/--exclude or the config's ignore:\n\n✔ No problems: 0 rules tagged T1530 in 0 files; 1 skipped\n",
      stderr: 'lofp-lint: 0 candidate files linted in 1 thread\n',
    });
    expect(times).toMatch(/^lofp-lint: times: start-up \d+ ms, discovery \d+ ms, reading and linting \d+ ms, report \d+ ms$/);
  });

  it('a technique without catalog entries says so and still runs the documentation checks', () => {
    const run = cli(['examples/sigma', '-t', 'T9999']);
    expect(run).toEqual({
      code: 0,
      stdout: '✔ No problems: 0 rules tagged T9999 in 3 files\n',
      stderr: 'lofp-lint: the catalog has no entry for T9999: only the documentation checks run (add entries with --catalog or `catalogs:` in .lofp.yml)\n',
    });
  });
});

describe('--include and --exclude, .gitignore style', () => {
  it('a folder excludes the folder; a pattern without a slash matches at any depth', () => {
    expect(paths(cli(['examples', '--exclude', 'examples/sigma', '--exclude', '*.toml', '--format', 'json', '--fail-on', 'never']).stdout)).toEqual([
      'examples/chronicle/gcs_bucket_made_public.yaral',
      'examples/panther/aws_sns_subscription_created.yml',
      'examples/sentinel/azure_blob_azcopy_download.yaml',
      'examples/splunk/aws_dynamodb_table_scan.yml',
    ]);
    expect(paths(cli(['examples', '--include', 'sigma', '--format', 'json', '--fail-on', 'never']).stdout)).toEqual([
      'examples/sigma/aws_cloudtrail_trail_created.yml',
      'examples/sigma/gcp_pubsub_topic_created.yml',
    ]);
  });

  it('config ignore: is relative to the config file, which is found from a sub-folder', () => {
    const repo = path.join(scratch, 'repo');
    cpSync(path.join(ROOT, 'examples'), path.join(repo, 'detections'), { recursive: true });
    mkdirSync(path.join(repo, '.git'));
    writeFileSync(path.join(repo, '.lofp.yml'), 'ignore: [sigma, /detections/elastic, "*.yaral"]\n');
    expect(paths(cli(['.', '--format', 'json', '--fail-on', 'never'], path.join(repo, 'detections')).stdout)).toEqual([
      'panther/aws_sns_subscription_created.yml',
      'sentinel/azure_blob_azcopy_download.yaml',
      'splunk/aws_dynamodb_table_scan.yml',
    ]);
  });
});

describe('typos get help', () => {
  it('an unknown flag names the nearest one', () => {
    expect(cli(['examples', '--fromat', 'json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: unknown option --fromat (did you mean --format?) (see lofp-lint --help)\n',
    });
  });
});

describe('disable comments', () => {
  const sigma = (directive: string) =>
    readFileSync(path.join(ROOT, 'examples/sigma/gcp_pubsub_topic_created.yml'), 'utf8').replace('falsepositives:\n', `${directive}\nfalsepositives:\n`);
  const rows = (stdout: string) =>
    (JSON.parse(stdout) as { findings: { check: string; line: number }[]; summary: { suppressed: number } }).findings.map((f) => `${f.line} ${f.check}`);

  it('lofp-lint-disable-next-line silences its checks on the next line only', () => {
    const dir = path.join(scratch, 'next-line');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'topic.yml'), sigma('# lofp-lint-disable-next-line placeholder-false-positives'));
    const run = cli(['.', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(rows(run.stdout)).toEqual(['18 missing-catalog-entry']);
    expect(JSON.parse(run.stdout).summary.suppressed).toBe(1);
    // On any other line it silences nothing (before today's fix it silenced the whole rule).
    writeFileSync(path.join(dir, 'topic.yml'), sigma('# lofp-lint-disable-next-line placeholder-false-positives\n# a comment between'));
    expect(rows(cli(['.', '--format', 'json'], dir).stdout)).toEqual(['19 placeholder-false-positives', '19 missing-catalog-entry']);
  });

  it('an unknown check id in a disable comment is a warning naming the nearest id', () => {
    const dir = path.join(scratch, 'typo');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'topic.yml'), sigma('# lofp-lint-disable missing-catalog-entri'));
    const run = cli(['.', '--format', 'json'], dir);
    expect(run.stderr).toBe(
      "lofp-lint: warning: topic.yml:17: unknown check 'missing-catalog-entri' in a lofp-lint-disable comment silences nothing (did you mean missing-catalog-entry? known: parse-error, missing-false-positives, placeholder-false-positives, vague-false-positive, missing-catalog-entry, uncatalogued-false-positive, malformed-technique-tag)\n",
    );
    expect(rows(run.stdout)).toEqual(['18 placeholder-false-positives', '18 missing-catalog-entry']);
  });

  it('an unknown check id in the config is an error naming the nearest id', () => {
    const dir = path.join(scratch, 'config-typo');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'topic.yml'), sigma(''));
    writeFileSync(path.join(dir, '.lofp.yml'), 'checks:\n  vague-false-positives: off\n');
    expect(cli(['.'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "lofp-lint: .lofp.yml: checks: unknown check 'vague-false-positives' (did you mean vague-false-positive? known: parse-error, missing-false-positives, placeholder-false-positives, vague-false-positive, missing-catalog-entry, uncatalogued-false-positive, malformed-technique-tag)\n",
    });
  });
});

describe('fixes', () => {
  it('audit refuses --fix instead of rewriting files without a word', () => {
    const copy = path.join(scratch, 'audit-fix');
    cpSync(path.join(ROOT, 'examples'), copy, { recursive: true });
    const before = readFileSync(path.join(copy, 'sigma/gcp_pubsub_topic_created.yml'), 'utf8');
    expect(cli(['audit', '.', '--fix'], copy)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lofp-lint: --fix applies to lint only (`lofp-lint --fix [paths]`); audit only reports\n',
    });
    expect(readFileSync(path.join(copy, 'sigma/gcp_pubsub_topic_created.yml'), 'utf8')).toBe(before);
  });

  it('--fix-dry-run exits by the findings that would remain', () => {
    // Every error of the examples is fixable; the vague Chronicle warning is not.
    expect(cli(['examples', '--fix-dry-run']).code).toBe(0);
    expect(cli(['examples', '--fix-dry-run', '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['examples', '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['examples/elastic', '--fix-dry-run', '--fail-on', 'warning']).code).toBe(0);
  });
});

describe('--max-warnings', () => {
  it('exits 1 on more warnings than allowed, whatever --fail-on says', () => {
    // examples/sentinel: 1 warning, no error.
    expect(cli(['examples/sentinel', '--max-warnings', '1']).code).toBe(0);
    expect(cli(['examples/sentinel', '--max-warnings', '0']).code).toBe(1);
    expect(cli(['examples/sentinel', '--max-warnings', '0', '--fail-on', 'never']).code).toBe(1);
  });
});
