/**
 * `lofp-lint init`: a commented `.lofp.yml` whose `$schema` gives editors completion and
 * validation, and with `--workflows` the GitHub workflows for pull requests and weekly audits
 * (the same files the README shows). Never overwrites: an existing file stops it before it writes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../write-file.js';
import { ConfigError } from '../errors.js';

/** The config schema as published with the repository (catalog/config.schema.json, shipped in the npm package too). */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/lofp-lint/lofp-lint/main/catalog/config.schema.json';

export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# lofp-lint configuration: https://github.com/lofp-lint/lofp-lint#configuration-lofpyml
$schema: ${CONFIG_SCHEMA_URL}

# ATT&CK techniques to select when --technique is not given.
techniques: [T1530]

# Extra catalogs (YAML or JSON), relative to this file. Build one from your own rules with
#   lofp-lint catalog build --technique T1530 rules/ -o lofp/our-entries.yml
# catalogs: [lofp/our-entries.yml]

# Severity per check: off, note, warning or error (lofp-lint --explain <check> describes each).
# checks:
#   uncatalogued-false-positive: off
#   missing-catalog-entry: error

# Paths never linted, in .gitignore syntax relative to this file.
# ignore: [rules/_experimental/]

# Catalog entry ids never suggested.
# disabledEntries: []
`;

export const PULL_REQUEST_WORKFLOW = `# .github/workflows/lofp-lint.yml
name: lofp-lint
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write
  checks: write
jobs:
  lofp-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        # Optional: with full history git gives the diff and the head's files (no 3,000-file limit).
        # with:
        #   fetch-depth: 0
      - uses: lofp-lint/lofp-lint@v1
        # with:
        #   paths: rules   # lint one folder (default: the whole repository)
`;

export const AUDIT_WORKFLOW = `# .github/workflows/lofp-audit.yml
name: LoFP coverage audit
on:
  schedule:
    - cron: '0 6 * * 1'   # Mondays 06:00 UTC
  workflow_dispatch:

permissions:
  contents: read          # check out the rules
  security-events: write  # upload the SARIF to code scanning
  actions: read           # upload-sarif reads the run's details (needed in private repositories)
  issues: write           # keep the tracking issue (audit-issue)

jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5

      # The previous run's report, for the trend. None on the first run: that is fine.
      - uses: actions/cache/restore@v4
        with:
          path: .lofp/audit.json
          key: lofp-audit-\${{ github.run_id }}
          restore-keys: lofp-audit-

      - uses: lofp-lint/lofp-lint@v1
        with:
          mode: audit
          fail-on: never                  # an audit reports; it does not fail the schedule
          baseline: .lofp/audit.json      # read first...
          report-file: .lofp/audit.json   # ...then replaced by this run's report
          sarif-file: lofp.sarif
          badge-file: badges/lofp-coverage.json
          audit-issue: true

      - uses: actions/cache/save@v4
        if: always()
        with:
          path: .lofp/audit.json
          key: lofp-audit-\${{ github.run_id }}

      - uses: github/codeql-action/upload-sarif@v4
        if: always()
        with:
          sarif_file: lofp.sarif
          category: lofp-lint/audit
`;

export interface InitOptions {
  cwd: string;
  workflows: boolean;
}

/** Writes the files; returns the exit code. An existing file is a ConfigError (nothing written). */
export function initCommand(options: InitOptions, out: (text: string) => void): number {
  const files: [string, string][] = [['.lofp.yml', CONFIG_TEMPLATE]];
  if (options.workflows) {
    files.push(['.github/workflows/lofp-lint.yml', PULL_REQUEST_WORKFLOW], ['.github/workflows/lofp-audit.yml', AUDIT_WORKFLOW]);
  }
  for (const [name] of files) {
    if (existsSync(path.join(options.cwd, name))) throw new ConfigError(`init: ${name} already exists; nothing written (edit it, or remove it first)`);
  }
  if (existsSync(path.join(options.cwd, '.lofp.yaml'))) throw new ConfigError('init: .lofp.yaml already exists; nothing written');
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(options.cwd, name)), { recursive: true });
    writeFileAtomic(path.join(options.cwd, name), text, name);
    out(`wrote ${name}\n`);
  }
  return 0;
}
