import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
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
      --verbose             list skipped files and why; threads and times
  -j, --jobs N              threads that lint (default: one per idle CPU, at most 4; 1: no worker)
      --color, --no-color   force colors on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no findings at --fail-on or above, 1 findings, 2 usage or config error.
`;

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/load-engine.ts
/**
 * Loading the engine bundle (dist/cli/engine.js) with a V8 code cache. Compiling the engine's
 * 1 MB, and then each of its functions as a run first calls it, is a good part of a lint of a
 * few hundred files; Node >= 22.1 caches the compiled code of modules on disk
 * (`module.enableCompileCache`), Node 20 does not. So the build writes the engine as a classic
 * script that evaluates to a function (scripts/build.mjs), and this compiles it with
 * `vm.Script`, handing V8 the code it cached after an earlier run: the same mechanism, on every
 * Node version.
 *
 * The cache is an optimisation only: any failure to read or write it leaves the run as it was.
 * It lives in a folder of the user's own (`$NODE_COMPILE_CACHE/lofp-lint`, else
 * `lofp-lint-compile-cache-<uid>` in the temporary folder), is used only when that folder is the
 * user's and nobody else can write to it (cached code is run as it is), and is keyed on a hash
 * of the engine's text (SHA-1: the fastest here, and only the folder's owner can write), Node's
 * version and the architecture. `NODE_DISABLE_COMPILE_CACHE` turns it off, as it does Node's.
 */







/** The folder of the cache, or null when there is to be none. */
function cacheFolder(env = process.env) {
    if (env['NODE_DISABLE_COMPILE_CACHE'])
        return null;
    if (env['NODE_COMPILE_CACHE'])
        return external_node_path_default().join(env['NODE_COMPILE_CACHE'], 'lofp-lint');
    const uid = process.getuid?.();
    return external_node_path_default().join(external_node_os_default().tmpdir(), uid === undefined ? 'lofp-lint-compile-cache' : `lofp-lint-compile-cache-${uid}`);
}
/**
 * True when `folder` is a folder of this user's that no one else can write to (so no one else
 * can have put code there). Where there are no owners and modes (Windows), the folder suffices.
 */
function ownFolder(folder) {
    try {
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(folder, { throwIfNoEntry: false });
        if (!stat?.isDirectory())
            return false;
        const uid = process.getuid?.();
        return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
    }
    catch {
        // ENOTDIR, EACCES...: no folder to use.
        return false;
    }
}
/** The cache file of this engine text on this Node. */
function cacheFile(folder, source) {
    const key = external_node_crypto_default().createHash('sha1').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex');
    return external_node_path_default().join(folder, `engine-${key.slice(0, 32)}.v8cache`);
}
function readCache(file) {
    try {
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false });
        const uid = process.getuid?.();
        if (!stat?.isFile() || (uid !== undefined && stat.uid !== uid))
            return undefined;
        return (0,external_node_fs_namespaceObject.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/** Cache files kept in the folder: the newest, for the versions of lofp-lint and Node used lately. */
const KEPT_CACHE_FILES = 4;
const CACHE_FILE = /^engine-[0-9a-f]{32}\.v8cache$/;
/** A temporary file this old was left by a process that died while writing it. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** Removes all but the KEPT_CACHE_FILES newest cache files, and temporary files left behind. */
function prune(folder) {
    const now = Date.now();
    const caches = [];
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(folder)) {
        const file = external_node_path_default().join(folder, name);
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false });
        if (!stat?.isFile())
            continue;
        if (CACHE_FILE.test(name))
            caches.push({ file, mtimeMs: stat.mtimeMs });
        else if (name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TEMPORARY_MS)
            (0,external_node_fs_namespaceObject.unlinkSync)(file);
    }
    caches.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const { file } of caches.slice(KEPT_CACHE_FILES))
        (0,external_node_fs_namespaceObject.unlinkSync)(file);
}
/**
 * Writes `data` to `file` whole or not at all (a temporary file renamed over it), then prunes
 * the folder. Failures are ignored.
 */
function writeCache(folder, file, data) {
    const temporary = `${file}.${process.pid}.${external_node_crypto_default().randomBytes(4).toString('hex')}.tmp`;
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        if (!ownFolder(folder))
            return;
        const fd = (0,external_node_fs_namespaceObject.openSync)(temporary, 'wx', 0o600);
        try {
            for (let at = 0; at < data.length;)
                at += (0,external_node_fs_namespaceObject.writeSync)(fd, data, at);
            (0,external_node_fs_namespaceObject.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        (0,external_node_fs_namespaceObject.renameSync)(temporary, file);
        prune(folder);
    }
    catch {
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(temporary);
        }
        catch {
            // Never written, or gone already.
        }
    }
}
/** Compiles and runs the engine script at `engineUrl`, with the cached code when there is some. */
function loadEngine(engineUrl, options = {}) {
    const filename = (0,external_node_url_namespaceObject.fileURLToPath)(engineUrl);
    const source = (0,external_node_fs_namespaceObject.readFileSync)(filename, 'utf8');
    const folder = options.folder === undefined ? cacheFolder() : options.folder;
    const file = folder === null ? null : cacheFile(folder, source);
    const cachedData = file !== null && ownFolder(folder) ? readCache(file) : undefined;
    const script = new (external_node_vm_default()).Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
    if (file !== null && options.writeOnExit && (!cachedData || script.cachedDataRejected)) {
        // At exit, the cache holds every function the run compiled, not only the top level.
        process.once('exit', (code) => {
            if (options.worthCaching?.(code) ?? true)
                writeCache(folder, file, script.createCachedData());
        });
    }
    const factory = script.runInThisContext();
    return factory(engineUrl.href, external_node_module_namespaceObject.createRequire);
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI's entry: answers `--version` and `--help` from this small bundle, and loads the CLI
// proper (engine.ts, its own bundle) for anything else, so that they do not compile and run
// the engine's 1 MB. Lint worker threads start from here too: in a worker, this only loads
// the engine, whose top level then serves the worker.




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
// Beside this bundle: the build writes it there (scripts/build.mjs). Not written as
// `new URL('./engine.js', import.meta.url)`, which the bundler takes for an asset to copy.
const here = import.meta.url;
const engineUrl = new URL('engine.js', here);
const argv = process.argv.slice(2);
const answer = quickAnswer(argv);
// A worker starts with no arguments, so never has a quick answer.
if (answer !== null)
    process.stdout.write(answer);
else {
    // Loaded only now: worker_threads costs --version a few milliseconds.
    const { isMainThread } = (0,external_node_module_namespaceObject.createRequire)(here)('node:worker_threads');
    if (!isMainThread)
        loadEngine(engineUrl);
    // Exit code 2 is a mistake in the command or the configuration: such a run compiled too
    // little of the engine to be worth caching.
    else
        loadEngine(engineUrl, { writeOnExit: true, worthCaching: (code) => code !== 2 }).main(argv, new URL(here));
}

