/**
 * `lofp-lint catalog list` and `lofp-lint catalog build`: show the loaded catalog; build one from
 * rule folders the way LoFP does.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeTechnique } from '../attack.js';
import { buildCatalog, buildReport } from '../catalog/build.js';
import { entriesFor, loadCatalog } from '../catalog/load.js';
import { checkCatalogDocument } from '../catalog/schema.js';
import { catalogToYaml } from '../catalog/serialize.js';
import type { Catalog, CatalogEntry } from '../catalog/types.js';
import { loadConfig } from '../config.js';
import type { Detection } from '../detection.js';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';
import { collectDetections } from '../lint.js';

export const CATALOG_USAGE = `Usage:
  lofp-lint catalog list [--technique T]... [--format table|json] [--catalog FILE]... [--config FILE] [--no-builtin]
  lofp-lint catalog build --technique T <rule dirs...> [-o FILE] [--new-only] [--base-url URL]
                          [--include-deprecated] [--include-prose] [--catalog FILE]... [--config FILE] [--no-builtin]

  list    the loaded catalog entries: the shipped catalog, the config's catalogs, then each --catalog
  build   a catalog from the false-positive texts of the rules tagged T (LoFP style: lower-cased,
          deduplicated, with the source rule); texts the loaded catalog has keep their ids.
          Placeholders ("Unknown") and generic texts ("Legitimate activity") are dropped.
          The YAML goes to stdout or -o FILE (its folder is created; FILE itself is never read
          as a catalog); which texts are new or dropped goes to stderr.
          --new-only       write only the texts the loaded catalog lacks (to use as a --catalog)
          --base-url URL   source URL of an entry = URL + the rule's path in its folder
          --include-prose  also take false positives described in notes and descriptions
`;

/** The widest text column of the table before it is cut with an ellipsis. */
const TABLE_TEXT_WIDTH = 72;

interface CatalogArgs {
  sub: string;
  techniques: string[];
  format: string;
  catalogs: string[];
  config: string | undefined;
  builtin: boolean;
  output: string | undefined;
  newOnly: boolean;
  baseUrl: string | undefined;
  includeDeprecated: boolean;
  includeProse: boolean;
  dirs: string[];
  help: boolean;
}

function parseArgs(args: readonly string[]): CatalogArgs {
  const hasSub = args[0] !== undefined && !args[0].startsWith('-');
  const parsed: CatalogArgs = {
    sub: hasSub ? args[0]! : '',
    techniques: [],
    format: 'table',
    catalogs: [],
    config: undefined,
    builtin: true,
    output: undefined,
    newOnly: false,
    baseUrl: undefined,
    includeDeprecated: false,
    includeProse: false,
    dirs: [],
    help: false,
  };
  for (let i = hasSub ? 1 : 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new ConfigError(`catalog ${parsed.sub}: ${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--technique':
      case '-t': {
        const raw = value();
        const technique = normalizeTechnique(raw);
        if (!technique) throw new ConfigError(`catalog ${parsed.sub}: --technique '${raw}' is not an ATT&CK technique id (expected T1234 or T1234.001)`);
        parsed.techniques.push(technique);
        break;
      }
      case '--format':
      case '-f':
        parsed.format = value();
        break;
      case '--catalog':
        parsed.catalogs.push(value());
        break;
      case '--config':
        parsed.config = value();
        break;
      case '--no-builtin':
        parsed.builtin = false;
        break;
      case '--output':
      case '-o':
        parsed.output = value();
        break;
      case '--new-only':
        parsed.newOnly = true;
        break;
      case '--base-url':
        parsed.baseUrl = value();
        break;
      case '--include-deprecated':
        parsed.includeDeprecated = true;
        break;
      case '--include-prose':
        parsed.includeProse = true;
        break;
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new ConfigError(`catalog ${parsed.sub}: unknown option '${arg}'`);
        parsed.dirs.push(arg);
    }
  }
  return parsed;
}

/**
 * The catalog the command works on: shipped, then the config's catalogs, then each --catalog.
 * `catalog build -o FILE` leaves FILE out: it is about to be replaced (or does not exist yet, when
 * the config already names it), and reading it would make every text "known".
 */
function loadFor(args: CatalogArgs, cwd: string, output?: string): Catalog {
  const config = loadConfig(cwd, args.config);
  const target = output === undefined ? undefined : path.resolve(cwd, output);
  return loadCatalog({
    cwd,
    builtin: args.builtin,
    config: { ...config, catalogs: config.catalogs.filter((c) => c !== target) },
    files: args.catalogs.filter((c) => path.resolve(cwd, c) !== target),
  });
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

export function catalogTable(entries: readonly CatalogEntry[]): string {
  const header = ['ID', 'TECHNIQUE', 'THEME', 'TEXT'];
  const rows = entries.map((e) => [e.id, e.technique, e.theme, cut(e.text, TABLE_TEXT_WIDTH)]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col]!))).join('  ');
  const origins = new Map<string, number>();
  for (const e of entries) origins.set(e.origin, (origins.get(e.origin) ?? 0) + 1);
  // Shipped catalogs first, then the user's in load order (a replaced entry keeps its place).
  const ordered = [...origins].sort(([a], [b]) => Number(b.startsWith('builtin:')) - Number(a.startsWith('builtin:')));
  const from = ordered.map(([origin, n]) => `${n} from ${origin}`).join(', ');
  const summary = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${from ? ` (${from})` : ''}`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${summary}\n`;
}

async function list(args: CatalogArgs, out: (text: string) => void, cwd: string): Promise<number> {
  if (args.format !== 'table' && args.format !== 'json') {
    throw new ConfigError(`catalog list: --format '${args.format}' is not one of table, json`);
  }
  if (args.dirs.length > 0) throw new ConfigError(`catalog list: unexpected argument '${args.dirs[0]}'`);
  const catalog = loadFor(args, cwd);
  const entries = args.techniques.length
    ? catalog.entries.filter((e) => args.techniques.some((t) => entriesFor({ entries: [e] }, t).length > 0))
    : catalog.entries;
  out(args.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : catalogTable(entries));
  return 0;
}

async function build(
  args: CatalogArgs,
  out: (text: string) => void,
  err: (text: string) => void,
  cwd: string,
): Promise<number> {
  if (args.techniques.length !== 1) throw new ConfigError('catalog build: give exactly one --technique');
  if (args.dirs.length === 0) throw new ConfigError('catalog build: give the rule folders to build from');
  const technique = args.techniques[0]!;
  const known = loadFor(args, cwd, args.output);

  // Each folder is its own root, so a rule's path reads as in its repository (`rules/aws/x.toml`).
  const detections: Detection[] = [];
  const problems: string[] = [];
  for (const dir of args.dirs) {
    const root = path.resolve(cwd, dir);
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(`catalog build: '${dir}' is not a folder`);
    const collected = await collectDetections({ root, paths: [root], techniques: [technique], includeDeprecated: args.includeDeprecated });
    detections.push(...collected.detections);
    for (const p of collected.problems) problems.push(`${path.join(dir, p.path)}:${p.line}:${p.column}: ${p.message} (skipped)\n`);
  }
  const result = buildCatalog(detections, {
    technique,
    known,
    rules: args.dirs.join(', '),
    includeProse: args.includeProse,
    ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}),
  });
  const document = args.newOnly
    ? { ...result.document, entries: result.document.entries.filter((e) => result.texts.some((t) => t.id === e.id && t.status === 'new')) }
    : result.document;
  // The output must load as a catalog: prove it before anyone relies on it.
  checkCatalogDocument(JSON.parse(JSON.stringify(document)), 'catalog build output');
  const yaml = catalogToYaml(document, [
    `Built by lofp-lint catalog build from the false-positive texts of rules tagged ${technique} in ${args.dirs.join(', ')}.`,
    'Texts are normalized like LoFP (lower case, whitespace collapsed, deduplicated); insert keeps the rule\'s casing.',
  ]);
  if (args.output) {
    // The README's `-o lofp/our-entries.yml` starts a folder of the team's catalogs.
    mkdirSync(path.dirname(path.resolve(cwd, args.output)), { recursive: true });
    writeFileAtomic(path.resolve(cwd, args.output), yaml, args.output);
  }
  else out(yaml);
  err(problems.join('') + buildReport(result, technique));
  return 0;
}

/** Returns the exit code; user mistakes throw ConfigError (exit 2, printed by the CLI). */
export async function catalogCommand(
  args: string[],
  out: (text: string) => void,
  err: (text: string) => void = (text) => void process.stderr.write(text),
  cwd: string = process.cwd(),
): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.help || parsed.sub === '' || parsed.sub === 'help') {
    out(CATALOG_USAGE);
    return 0;
  }
  if (parsed.sub === 'list') return list(parsed, out, cwd);
  if (parsed.sub === 'build') return build(parsed, out, err, cwd);
  throw new ConfigError(`catalog: unknown subcommand '${parsed.sub}' (expected list or build)`);
}
