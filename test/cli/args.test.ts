import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { defaultJobs } from '../../src/cli/main.js';
import { ConfigError } from '../../src/errors.js';

describe('parseCli', () => {
  it('defaults to linting . for T1530 from the config, stylish, fail on error', () => {
    const o = parseCli([]);
    expect(o).toMatchObject({ command: 'lint', paths: ['.'], techniques: [], format: 'stylish', failOn: 'error', fixConfidence: 'high' });
  });
  it('normalizes repeated techniques', () => {
    expect(parseCli(['-t', 't1530', '--technique', 'attack.t1078.004', 'rules']).techniques).toEqual(['T1530', 'T1078.004']);
  });
  it('audit defaults to markdown', () => {
    expect(parseCli(['audit', 'rules'])).toMatchObject({ command: 'audit', paths: ['rules'], format: 'markdown' });
  });
  it('takes a number of threads; none given leaves the choice to the machine', () => {
    expect(parseCli(['-j', '3']).jobs).toBe(3);
    expect(parseCli([]).jobs).toBeUndefined();
  });
  it('passes catalog arguments through', () => {
    expect(parseCli(['catalog', 'list', '--format', 'json'])).toMatchObject({ command: 'catalog', rest: ['list', '--format', 'json'] });
  });
  it.each([
    [['--format', 'xml'], '--format must be one of stylish, json, sarif, markdown, rdjson, gitlab, junit; got "xml"'],
    [['audit', '--format', 'junit'], 'audit --format must be one of markdown, json, sarif; got "junit" (lint writes junit)'],
    [['audit', '--fix'], '--fix applies to lint only (`lofp-lint --fix [paths]`); audit only reports'],
    [['audit', '--fix-dry-run'], '--fix-dry-run applies to lint only (`lofp-lint --fix-dry-run [paths]`); audit only reports'],
    [['--max-warnings', 'ten'], '--max-warnings expects a whole number of warnings such as 0; got "ten"'],
    [['--fromat', 'json'], 'unknown option --fromat (did you mean --format?) (see lofp-lint --help)'],
    [['--include-deprecate'], 'unknown option --include-deprecate (did you mean --include-deprecated?) (see lofp-lint --help)'],
    [['--no-colour'], 'unknown option --no-colour (did you mean --no-color?) (see lofp-lint --help)'],
    [['--workflows'], '--workflows applies to `lofp-lint init` only'],
    [['--fail-on', 'fatal'], '--fail-on must be one of error, warning, note, never; got "fatal"'],
    [['--technique', 'Collection'], '--technique expects an ATT&CK technique id such as T1530; got "Collection"'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--frobnicate'], 'unknown option --frobnicate (see lofp-lint --help)'],
    [['--fix-dry'], 'unknown option --fix-dry (did you mean --fix-dry-run?) (see lofp-lint --help)'],
    [['rules', '--format'], 'option -f, --format needs a value (see lofp-lint --help)'],
    [['--jobs', '0'], '--jobs expects a number of threads from 1 to 64; got "0"'],
    [['-j', 'two'], '--jobs expects a number of threads from 1 to 64; got "two"'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(new ConfigError(message));
  });
});

describe('defaultJobs', () => {
  it.each([
    [2, 0.1, 2],
    [2, 1.0, 2],
    [2, 1.6, 1],
    [2, 9.5, 1],
    [8, 0, 4],
    [1, 0, 1],
  ])('%i CPUs at load %f: %i threads', (cpus, load, jobs) => {
    expect(defaultJobs(cpus, load)).toBe(jobs);
  });
});
