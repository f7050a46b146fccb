import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/attack.ts
/** MITRE ATT&CK identifiers: normalization of the many ways rules write them. */
/** Technique names lofp-lint can recognize when a format references a technique by name. */
const TECHNIQUE_NAMES = {
    T1530: 'Data from Cloud Storage',
};
const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
/** `t1530`, `T1530`, `attack.t1530`, `TA0009:T1530`, `.../techniques/T1530/` -> `T1530`; else null. */
function normalizeTechnique(raw) {
    const s = raw.trim();
    const url = /\/techniques\/(T\d{4})(?:\/(\d{3}))?\/?$/i.exec(s);
    if (url)
        return (url[2] ? `${url[1]}.${url[2]}` : url[1]).toUpperCase();
    const m = /(?:^|[:.,\s])(t\d{4}(?:\.\d{3})?)$/i.exec(s) ?? /^(t\d{4}(?:\.\d{3})?)$/i.exec(s);
    if (m)
        return m[1].toUpperCase();
    return techniqueByName(s);
}
/** The technique id for an exact technique name (case-insensitive), or null. */
function techniqueByName(name) {
    const wanted = name.trim().toLowerCase();
    for (const [id, n] of Object.entries(TECHNIQUE_NAMES))
        if (n.toLowerCase() === wanted)
            return id;
    return null;
}
function isTechniqueId(id) {
    return TECHNIQUE_ID.test(id);
}
/** True when `technique` is `selected` or one of its sub-techniques (T1530 selects T1530.001). */
function techniqueMatches(technique, selected) {
    return technique === selected || technique.startsWith(`${selected}.`);
}
/** The byte-level tests of the regular expressions techniquePrefilter made (see bytePrefilter). */
const BYTE_PREFILTERS = new WeakMap();
/**
 * A cheap text test: may this file reference one of the techniques? Used before parsing, so it
 * must never say no to a file that carries a tag (ids and names, any case).
 */
function techniquePrefilter(techniques) {
    const words = new Set();
    const byteWords = new Set();
    for (const t of techniques) {
        const id = t.split('.')[0].replace(/^T/i, 't');
        words.add(id);
        byteWords.add(id);
        const name = TECHNIQUE_NAMES[t.split('.')[0].toUpperCase()];
        if (name) {
            const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            words.add(escaped.replace(/ /g, '\\s+'));
            byteWords.add(escaped.replace(/ /g, '[\\s\\x80-\\xff]+'));
        }
    }
    const prefilter = new RegExp([...words].join('|'), 'i');
    // Only ASCII words are found alike in the bytes (an id or a name given in another script is not).
    // eslint-disable-next-line no-control-regex
    if ([...byteWords].every((w) => /^[\x00-\x7f]*$/.test(w)))
        BYTE_PREFILTERS.set(prefilter, new RegExp([...byteWords].join('|'), 'i'));
    return prefilter;
}
/**
 * For a test made by techniquePrefilter, one that says yes to a UTF-8 file's bytes read as
 * Latin-1 (one character per byte, a copy) whenever the test can say yes to its decoded text:
 * reading a file that way costs less than decoding it, and most files are then left without
 * decoding. Ids and names are ASCII, which a case-insensitive match only finds in ASCII bytes;
 * a whitespace of a name may also be a non-ASCII one, which UTF-8 writes as bytes above 0x7f.
 * Undefined for any other regular expression (a copy sent to another thread is one).
 */
function bytePrefilter(prefilter) {
    return BYTE_PREFILTERS.get(prefilter);
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A mistake of the user's (bad flag, broken config or catalog): printed as one line without a
 * stack trace, exit code 2. Anything else that escapes is a bug in lofp-lint.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}

;// CONCATENATED MODULE: ./src/nearest.ts
/**
 * "Did you mean": the known name closest to a mistyped one, by edit distance.
 */
/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate closest to `given`, or undefined when none is close enough to be a typo: at most
 * a third of the longer name may differ (at least 2 edits allowed), or `given` is a prefix of it.
 */
function nearest(given, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = candidate.startsWith(given) && given.length >= 3 ? 1 : distance(given, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = best === undefined ? 0 : Math.max(2, Math.floor(Math.max(given.length, best.length) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** `did you mean x? ` for a message, or nothing when no known name is close. */
function didYouMean(given, known) {
    const near = nearest(given, known);
    return near ? `did you mean ${near}? ` : '';
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line arguments -> options. Every mistake is a ConfigError (one line, exit 2).
 */




const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'rdjson', 'gitlab', 'junit'];
const FLAGS = {
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
};
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new ConfigError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}
/** node:util's wording varies across Node versions; ours does not. */
function argumentProblem(error) {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const given = option.split(/[ =]/)[0];
        const near = nearest(given.replace(/^-+/, ''), Object.keys(FLAGS));
        return `unknown option ${given}${near ? ` (did you mean --${near}?)` : ''}`;
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `option ${option.replace(/ <value>$/, '')} needs a value`;
    return error.message.split('\n')[0];
}
function parseCli(argv) {
    if (argv[0] === 'catalog') {
        return { ...defaults(), command: 'catalog', rest: argv.slice(1) };
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new ConfigError(`${argumentProblem(error)} (see lofp-lint --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { ...defaults(), command: 'help' };
    if (values.version)
        return { ...defaults(), command: 'version' };
    if (values.explain !== undefined)
        return { ...defaults(), command: 'explain', explain: values.explain };
    const command = positionals[0] === 'audit' ? 'audit' : positionals[0] === 'init' ? 'init' : 'lint';
    const paths = command === 'lint' ? positionals : positionals.slice(1);
    if (command === 'init') {
        if (paths.length)
            throw new ConfigError(`init takes no paths; got "${paths[0]}" (it writes .lofp.yml in the current folder)`);
        return { ...defaults(), command: 'init', workflows: values.workflows ?? false };
    }
    if (values.workflows)
        throw new ConfigError('--workflows applies to `lofp-lint init` only');
    const techniques = (values.technique ?? []).map((raw) => {
        const id = normalizeTechnique(raw);
        if (!id || !isTechniqueId(id))
            throw new ConfigError(`--technique expects an ATT&CK technique id such as T1530; got "${raw}"`);
        return id;
    });
    if (command !== 'audit' && (values.baseline || values.badge)) {
        throw new ConfigError(`--${values.baseline ? 'baseline' : 'badge'} applies to \`lofp-lint audit\` only`);
    }
    if (values.fix && values['fix-dry-run'])
        throw new ConfigError('--fix and --fix-dry-run cannot be used together');
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
        if (other !== undefined)
            throw new ConfigError(`standard input (\`-\`, --stdin) is linted alone; got the path "${other}" too`);
        if (values.fix)
            throw new ConfigError('--fix cannot write to standard input; --fix-dry-run prints the changes as a diff');
    }
    else if (values['stdin-filename'] !== undefined) {
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
function defaults() {
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
const HELP = `Usage: lofp-lint [paths...] [options]
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
      --verbose             list skipped files and why
  -j, --jobs N              threads that lint (default: one per idle CPU, at most 4; 1: no worker)
      --color, --no-color   force colors on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no findings at --fail-on or above, 1 findings, 2 usage or config error.
`;

;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI's entry: answers `--version` and `--help` from this small bundle, and loads the CLI
// proper (engine.ts, its own bundle) for anything else, so that they do not compile and run
// the engine's 800 KB.


/** The text of `--version` or `--help`; null for anything else, mistakes included (the engine words them). */
function quickAnswer(argv) {
    try {
        const options = parseCli(argv);
        return options.command === 'version' ? `${VERSION}\n` : options.command === 'help' ? HELP : null;
    }
    catch {
        return null;
    }
}
const argv = process.argv.slice(2);
const answer = quickAnswer(argv);
if (answer !== null)
    process.stdout.write(answer);
// Left to Node, not to the bundler: engine.js is a bundle of its own beside this one.
else
    void import(/* webpackIgnore: true */ './engine.js').then((engine) => engine.main(argv));

