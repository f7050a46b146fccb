/**
 * Every way a user can get the command line wrong, fed to the built CLI: each answer is exactly
 * one line on standard error, nothing on standard output, exit code 2, and never a stack trace
 * ("internal error" is for lofp-lint's own bugs, unreachable from user input).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderSigma } from '../fixtures/placeholder-rule.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lofp-cli-errors-'));
  mkdirSync(path.join(dir, 'rules'));
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'rules/trail.yml'), placeholderSigma());
  writeFileSync(path.join(dir, 'broken-catalog.yml'), 'entries: [\n');
  writeFileSync(path.join(dir, 'schema-catalog.yml'), 'entries:\n  - id: x\n');
  writeFileSync(path.join(dir, 'broken-config.yml'), 'checks: [\n');
  writeFileSync(path.join(dir, 'unknown-check.yml'), 'checks: {nope: off}\n');
  writeFileSync(path.join(dir, 'not-report.json'), '{}\n');
  writeFileSync(path.join(dir, 'read-only.txt'), 'x\n');
  chmodSync(path.join(dir, 'read-only.txt'), 0o444);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KNOWN_CHECKS =
  'parse-error, missing-false-positives, placeholder-false-positives, vague-false-positive, missing-catalog-entry, uncatalogued-false-positive, malformed-technique-tag';

/** [arguments, the one line expected after `lofp-lint: `]; `<dir>` stands for the scratch folder. */
const CASES: [string[], string][] = [
  // Arguments
  [['--format', 'xml'], '--format must be one of stylish, json, sarif, markdown, rdjson, gitlab, junit; got "xml"'],
  [['--frobnicate'], 'unknown option --frobnicate (see lofp-lint --help)'],
  [['--format'], 'option -f, --format needs a value (see lofp-lint --help)'],
  [['--technique', 'X99'], '--technique expects an ATT&CK technique id such as T1530; got "X99"'],
  [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
  [['audit', '--fix'], '--fix applies to lint only (`lofp-lint --fix [paths]`); audit only reports'],
  [['audit', '--format', 'junit'], 'audit --format must be one of markdown, json, sarif; got "junit" (lint writes junit)'],
  [['--baseline', 'b.json'], '--baseline applies to `lofp-lint audit` only'],
  [['--max-warnings', 'x'], '--max-warnings expects a whole number of warnings such as 0; got "x"'],
  [['--jobs', '0'], '--jobs expects a number of threads from 1 to 64; got "0"'],
  [['--workflows'], '--workflows applies to `lofp-lint init` only'],
  [['init', 'extra'], 'init takes no paths; got "extra" (it writes .lofp.yml in the current folder)'],
  [['--explain', 'nope'], `--explain: unknown check 'nope'; known: ${KNOWN_CHECKS}`],
  // Paths
  [['rulez'], 'rulez: no such file or folder'],
  [['/nonexistent/rules'], '/nonexistent/rules: no such file or folder'],
  [['rules', '--include', 'nothing/**'], '--include "nothing/**" selects no rule file (.yml, .yaml, .toml, .yaral); pass --no-error-on-unmatched-pattern to allow it'],
  [['empty'], '"empty" selects no rule file (.yml, .yaml, .toml, .yaral); pass --no-error-on-unmatched-pattern to allow it'],
  // Standard input
  [['-', 'rules'], 'standard input (`-`, --stdin) is linted alone; got the path "rules" too'],
  [['-', '--fix'], '--fix cannot write to standard input; --fix-dry-run prints the changes as a diff'],
  [['--stdin-filename', 'x.yml', 'rules'], '--stdin-filename names standard input: use it with `-` or --stdin'],
  // Output files
  [['rules', '-o', 'missing/out.txt'], 'cannot write missing/out.txt: its folder does not exist'],
  [['rules', '-o', 'rules'], 'cannot write rules: it is a folder'],
  [['rules', '-o', 'read-only.txt'], 'cannot write read-only.txt: the file is read-only'],
  [['audit', 'rules', '--badge', 'rules'], 'cannot write badge <dir>/rules: it is a folder'],
  [['catalog', 'build', '--technique', 'T1530', 'rules', '-o', 'rules'], 'cannot write rules: it is a folder'],
  // Catalogs, config, baseline
  [['rules', '--catalog', 'missing.yml'], 'missing.yml: cannot read the catalog (ENOENT)'],
  [['rules', '--catalog', 'rules'], 'rules: cannot read the catalog (a folder, not a regular file)'],
  [['rules', '--catalog', 'broken-catalog.yml'], 'broken-catalog.yml:2:1: unexpected end of the stream within a flow collection'],
  [['rules', '--catalog', 'schema-catalog.yml'], "schema-catalog.yml: /entries/0: missing required field 'technique' (the file sets no top-level 'technique')"],
  [['rules', '-c', 'missing.yml'], 'missing.yml: config file not found'],
  [['rules', '-c', 'rules'], 'rules: cannot read the config (a folder, not a regular file)'],
  [['rules', '-c', 'broken-config.yml'], 'broken-config.yml:2:1: unexpected end of the stream within a flow collection'],
  [['rules', '-c', 'unknown-check.yml'], `unknown-check.yml: checks: unknown check 'nope' (known: ${KNOWN_CHECKS})`],
  [['audit', 'rules', '--baseline', 'missing.json'], 'cannot read baseline <dir>/missing.json: no such file'],
  [['audit', 'rules', '--baseline', 'rules'], 'cannot read baseline <dir>/rules: a folder, not a regular file'],
  [
    ['audit', 'rules', '--baseline', 'not-report.json'],
    'baseline <dir>/not-report.json is not a lofp-lint JSON report (no `detections` array); write one with `lofp-lint audit --format json`',
  ],
  // catalog subcommands
  [['catalog', 'frob'], "catalog: unknown subcommand 'frob' (expected list or build)"],
  [['catalog', 'list', '--format', 'xml'], "catalog list: --format 'xml' is not one of table, json"],
  [['catalog', 'list', 'extra'], "catalog list: unexpected argument 'extra'"],
  [['catalog', 'list', '--catalog', 'missing.yml'], 'missing.yml: cannot read the catalog (ENOENT)'],
  [['catalog', 'build', 'rules'], 'catalog build: give exactly one --technique'],
  [['catalog', 'build', '--technique', 'T1530'], 'catalog build: give the rule folders to build from'],
  [['catalog', 'build', '--technique', 'nope', 'rules'], "catalog build: --technique 'nope' is not an ATT&CK technique id (expected T1234 or T1234.001)"],
  [['catalog', 'build', '--technique', 'T1530', 'missing'], "catalog build: 'missing' is not a folder"],
];

describe('every CLI error path', () => {
  it.each(CASES)('lofp-lint %j: one line, exit 2', (args, message) => {
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', input: '', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `lofp-lint: ${message.replaceAll('<dir>', dir)}\n`,
    });
  });
});

describe('standard input on a terminal', () => {
  it('says how to pipe a rule instead of waiting for one to be typed', () => {
    // `script` runs the CLI on a pseudo-terminal (util-linux, present on CI's ubuntu runners).
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" -`, '/dev/null'], { cwd: dir, encoding: 'utf8', input: '', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('lofp-lint: standard input is a terminal: pipe a rule into it (`lofp-lint - < rule.yml`)\r\n');
  });
});
