/**
 * The README's configuration example and its `catalog build` command, as written, on a fresh
 * repository (issue 13, items 5 and 6), through the built CLI bundle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let repo: string;

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function readme(): string {
  return readFileSync(path.join(ROOT, 'README.md'), 'utf8');
}

/** The README's `.lofp.yml` example: the yaml block of the configuration section. */
function configExample(): string {
  const section = readme().slice(readme().indexOf('## Configuration: `.lofp.yml`'));
  const body = section.slice(section.indexOf('```yaml\n') + '```yaml\n'.length);
  return body.slice(0, body.indexOf('```\n'));
}

/** The README's `catalog build` command line, split into arguments. */
function catalogBuildCommand(): string[] {
  const line = /^lofp-lint (catalog build --technique T1530 rules\/ -o \S+)$/m.exec(readme());
  expect(line).not.toBeNull();
  return line![1]!.split(' ');
}

const VAGUE_SIGMA = `title: GCS Bucket Made Public Again
id: 8d7e6f50-0000-4000-8000-000000000001
status: test
description: Detects a bucket IAM policy granting allUsers access.
tags:
    - attack.collection
    - attack.t1530
logsource:
    product: gcp
    service: gcp.audit
detection:
    selection:
        gcp.audit.method_name: storage.setIamPermissions
    condition: selection
falsepositives:
    - Legitimate activity
    - Unknown
    - Data engineers publishing open datasets from the analytics project
level: medium
`;

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'lofp-readme-config-'));
  mkdirSync(path.join(repo, '.git'));
  cpSync(path.join(ROOT, 'examples'), path.join(repo, 'rules'), { recursive: true });
  writeFileSync(path.join(repo, 'rules/sigma/gcs_bucket_public_again.yml'), VAGUE_SIGMA);
  writeFileSync(path.join(repo, '.lofp.yml'), configExample());
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("the README's configuration, as written", () => {
  it('catalog build runs before the catalog the config names exists, and drops what lint would reject', () => {
    const run = cli(catalogBuildCommand());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('dropped'))).toEqual([
      'dropped  "legitimate activity"  chronicle/gcs_bucket_made_public.yaral (generic: names no actor, tool or operation)',
      'dropped  "unknown"  sigma/gcp_pubsub_topic_created.yml (a placeholder)',
    ]);
    expect(lines.at(-1)).toMatch(/; 2 dropped \(1 placeholder, 1 generic\)$/);
    const built = yaml.load(readFileSync(path.join(repo, 'lofp/our-entries.yml'), 'utf8')) as { entries: { text: string }[] };
    const texts = built.entries.map((e) => e.text);
    expect(texts).toContain('data engineers publishing open datasets from the analytics project');
    expect(texts).not.toContain('legitimate activity');
    expect(texts).not.toContain('unknown');
  });

  it('then lint loads the config and the built catalog', () => {
    const run = cli(['rules', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { check: string; suggestions: { text: string }[] }[] };
    const suggested = report.findings.flatMap((f) => f.suggestions.map((s) => s.text));
    expect(suggested).not.toContain('legitimate activity');
    // uncatalogued-false-positive is off in the example; missing-catalog-entry is an error.
    expect(report.findings.some((f) => f.check === 'uncatalogued-false-positive')).toBe(false);
  });

  it('rebuilding over the existing file keeps it whole: its own texts are not "known"', () => {
    const first = readFileSync(path.join(repo, 'lofp/our-entries.yml'), 'utf8');
    const run = cli([...catalogBuildCommand(), '--new-only']);
    expect(run.code).toBe(0);
    const rebuilt = yaml.load(readFileSync(path.join(repo, 'lofp/our-entries.yml'), 'utf8')) as { entries: { text: string }[] };
    expect(rebuilt.entries.map((e) => e.text)).toContain('data engineers publishing open datasets from the analytics project');
    expect(first.length).toBeGreaterThan(0);
  });
});
