/**
 * Command-line arguments -> options. Every mistake is a ConfigError (one line, exit 2).
 */
import { parseArgs } from 'node:util';
import { isTechniqueId, normalizeTechnique } from '../attack.js';
import { ConfigError } from '../errors.js';
import type { Severity } from '../finding.js';
import { nearest } from '../nearest.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'rdjson', 'gitlab', 'junit'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type FailOn = Severity | 'never';

export interface CliOptions {
  command: 'lint' | 'audit' | 'catalog' | 'init' | 'explain' | 'help' | 'version';
  /** Arguments after `catalog`, passed through. */
  rest: string[];
  paths: string[];
  techniques: string[];
  format: OutputFormat;
  failOn: FailOn;
  include: string[];
  exclude: string[];
  includeDeprecated: boolean;
  catalogs: string[];
  config: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  fixConfidence: 'high' | 'medium';
  verbose: boolean;
  color: boolean | undefined;
  output: string | undefined;
  baseline: string | undefined;
  badge: string | undefined;
  /** Exit 1 when there are more warnings than this, whatever --fail-on says. */
  maxWarnings: number | undefined;
  /** A path or --include pattern that selects no file is a usage error unless this is false. */
  errorOnUnmatchedPattern: boolean;
  /** `--explain`: the check whose documentation to print. */
  explain: string | undefined;
  /** `init --workflows`: also write the GitHub workflows. */
  workflows: boolean;
  /** Threads that lint, the main one included; undefined: one per idle CPU (at most 4). */
  jobs: number | undefined;
  /** Lint standard input (`-` or `--stdin`) instead of paths. */
  stdin: boolean;
  /** The path standard input stands for: its format and its name in the report. */
  stdinFilename: string | undefined;
}

export const FLAGS = {
  technique: { type: 'string', short: 't', multiple: true },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'include-deprecated': { type: 'boolean' },
  catalog: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-confidence': { type: 'string' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  baseline: { type: 'string' },
  badge: { type: 'string' },
  'max-warnings': { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  explain: { type: 'string' },
  workflows: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** node:util's wording varies across Node versions; ours does not. */
function argumentProblem(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = option.split(/[ =]/)[0]!;
    const near = nearest(given.replace(/^-+/, ''), Object.keys(FLAGS));
    return `unknown option ${given}${near ? ` (did you mean --${near}?)` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option.replace(/ <value>$/, '')} needs a value`;
  return error.message.split('\n')[0]!;
}

export function parseCli(argv: string[]): CliOptions {
  if (argv[0] === 'catalog') {
    return { ...defaults(), command: 'catalog', rest: argv.slice(1) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError(`${argumentProblem(error as Error & { code?: string })} (see lofp-lint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { ...defaults(), command: 'help' };
  if (values.version) return { ...defaults(), command: 'version' };
  if (values.explain !== undefined) return { ...defaults(), command: 'explain', explain: values.explain };
  const command = positionals[0] === 'audit' ? 'audit' : positionals[0] === 'init' ? 'init' : 'lint';
  const paths = command === 'lint' ? positionals : positionals.slice(1);
  if (command === 'init') {
    if (paths.length) throw new ConfigError(`init takes no paths; got "${paths[0]}" (it writes .lofp.yml in the current folder)`);
    return { ...defaults(), command: 'init', workflows: values.workflows ?? false };
  }
  if (values.workflows) throw new ConfigError('--workflows applies to `lofp-lint init` only');
  const techniques = (values.technique ?? []).map((raw) => {
    const id = normalizeTechnique(raw);
    if (!id || !isTechniqueId(id)) throw new ConfigError(`--technique expects an ATT&CK technique id such as T1530; got "${raw}"`);
    return id;
  });
  if (command !== 'audit' && (values.baseline || values.badge)) {
    throw new ConfigError(`--${values.baseline ? 'baseline' : 'badge'} applies to \`lofp-lint audit\` only`);
  }
  if (values.fix && values['fix-dry-run']) throw new ConfigError('--fix and --fix-dry-run cannot be used together');
  if (command === 'audit' && (values.fix || values['fix-dry-run'])) {
    throw new ConfigError(`--${values.fix ? 'fix' : 'fix-dry-run'} applies to lint only (\`lofp-lint ${values.fix ? '--fix' : '--fix-dry-run'} [paths]\`); audit only reports`);
  }
  if (command === 'audit' && ['rdjson', 'gitlab', 'junit'].includes(values.format ?? '')) {
    throw new ConfigError(`audit --format must be one of markdown, json, sarif; got "${values.format}" (lint writes ${values.format})`);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
    throw new ConfigError(`--jobs expects a number of threads from 1 to 64; got "${values.jobs}"`);
  }
  const stdin = (values.stdin ?? false) || paths.includes('-');
  if (stdin) {
    const other = paths.find((p) => p !== '-');
    if (other !== undefined) throw new ConfigError(`standard input (\`-\`, --stdin) is linted alone; got the path "${other}" too`);
    if (values.fix) throw new ConfigError('--fix cannot write to standard input; --fix-dry-run prints the changes as a diff');
  } else if (values['stdin-filename'] !== undefined) {
    throw new ConfigError('--stdin-filename names standard input: use it with `-` or --stdin');
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new ConfigError(`--max-warnings expects a whole number of warnings such as 0; got "${maxWarnings}"`);
  }
  return {
    command,
    rest: [],
    paths: stdin ? [] : paths.length ? paths : ['.'],
    techniques,
    format: oneOf('format', values.format, OUTPUT_FORMATS, command === 'audit' ? 'markdown' : 'stylish'),
    failOn: oneOf('fail-on', values['fail-on'], ['error', 'warning', 'note', 'never'], 'error'),
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    includeDeprecated: values['include-deprecated'] ?? false,
    catalogs: values.catalog ?? [],
    config: values.config,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    fixConfidence: oneOf('fix-confidence', values['fix-confidence'], ['high', 'medium'], 'high'),
    verbose: values.verbose ?? false,
    color: values['no-color'] ? false : values.color,
    output: values.output,
    baseline: values.baseline,
    badge: values.badge,
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    explain: undefined,
    workflows: false,
    jobs,
    stdin,
    stdinFilename: values['stdin-filename'],
  };
}

function defaults(): CliOptions {
  return {
    command: 'lint',
    rest: [],
    paths: ['.'],
    techniques: [],
    format: 'stylish',
    failOn: 'error',
    include: [],
    exclude: [],
    includeDeprecated: false,
    catalogs: [],
    config: undefined,
    fix: false,
    fixDryRun: false,
    fixConfidence: 'high',
    verbose: false,
    color: undefined,
    output: undefined,
    baseline: undefined,
    badge: undefined,
    maxWarnings: undefined,
    errorOnUnmatchedPattern: true,
    explain: undefined,
    workflows: false,
    jobs: undefined,
    stdin: false,
    stdinFilename: undefined,
  };
}

export const HELP = `Usage: lofp-lint [paths...] [options]
       lofp-lint - [--stdin-filename PATH] [options] < rule
       lofp-lint audit [paths...] [options]
       lofp-lint init [--workflows]
       lofp-lint --explain CHECK
       lofp-lint catalog list [--technique T] [--format table|json] [--catalog FILE]
       lofp-lint catalog build --technique T <rules dirs...> [-o FILE]

Checks that detection rules tagged with an ATT&CK technique (default T1530) document their
false positives, consistently with the LoFP catalog. Formats: Sigma, Elastic (TOML), Splunk
security_content, Microsoft Sentinel, Panther, Chronicle YARA-L.

Options:
  -t, --technique ID        technique to select (repeatable; default T1530 or .lofp.yml)
  -f, --format FORMAT       stylish (default), json, sarif, markdown, rdjson, gitlab, junit
      --fail-on LEVEL       exit 1 on findings at or above: error (default), warning, note, never
      --max-warnings N      also exit 1 on more than N warnings
      --include PATTERN     only lint files matching, .gitignore syntax (repeatable)
      --exclude PATTERN     skip files and folders matching, .gitignore syntax (repeatable)
      --no-error-on-unmatched-pattern
                            a path or --include that selects no rule file is no error
      --include-deprecated  lint deprecated rules too
      --catalog FILE        extra catalog, YAML or JSON (repeatable)
  -c, --config FILE         config file (default: the nearest .lofp.yml up to the repository root)
      --fix                 write the missing catalog entries into the rule files
      --fix-dry-run         print the fixes as a unified diff, change nothing
      --fix-confidence LVL  entries a fix inserts: high (default) or medium
  -o, --output FILE         write the report to FILE instead of standard output
      --stdin               lint the rule read from standard input (also: a path of -)
      --stdin-filename PATH the path standard input stands for: its format and its name in the report
      --baseline FILE       audit: a previous JSON report to compare with
      --badge FILE          audit: write a shields.io endpoint badge JSON
      --workflows           init: also write the GitHub workflows
      --explain CHECK       print the documentation of a check
      --verbose             list skipped files and why; threads and times
  -j, --jobs N              threads that lint (default: one per idle CPU, at most 4; 1: no worker)
      --color, --no-color   force colors on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no findings at --fail-on or above, 1 findings, 2 usage or config error.
`;
