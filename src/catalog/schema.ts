/**
 * Reading and validating the documents users write (catalogs, `.lofp.yml`): YAML or JSON text ->
 * a schema-checked value, or a ConfigError of one line naming the file, the JSON path and the
 * problem. Validation runs the ajv standalone code generated at build time (no ajv at start-up).
 */
import yaml from 'js-yaml';
import { ConfigError } from '../errors.js';
import { CATALOG_SCHEMA, CONFIG_SCHEMA } from './builtin.generated.js';
import { validateCatalog, validateConfig } from './validators.generated.js';

/** A catalog file as written (catalog/schema.json). */
export interface CatalogDocument {
  $schema?: string;
  technique?: string;
  name?: string;
  version?: string;
  source?: {
    name: string;
    title?: string;
    url?: string;
    snapshot?: string;
    rules?: string;
    license?: string;
  };
  entries: CatalogDocumentEntry[];
}

export interface CatalogDocumentEntry {
  id: string;
  technique?: string;
  text: string;
  insert?: string;
  short?: string;
  theme?: string;
  source?: { product: string; title: string; ruleId?: string; path?: string; url?: string };
  appliesTo?: {
    platforms?: string[];
    services?: string[];
    operations?: string[];
    tools?: string[];
    terms?: string[];
  };
  scenario?: {
    summary?: string;
    anyRule?: boolean;
    serviceWide?: boolean;
    evidence?: string[];
    excludes?: string[];
    resourceState?: boolean;
    words?: string[];
  };
}

/** `.lofp.yml` as written (catalog/config.schema.json). */
export interface ConfigDocument {
  $schema?: string;
  catalogs?: string[];
  checks?: Record<string, 'error' | 'warning' | 'note' | 'off'>;
  ignore?: string[];
  disabledEntries?: string[];
  techniques?: string[];
}

/** The shape of an error of ajv's generated code. */
interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  propertyName?: string;
}

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

type Schema = Readonly<Record<string, unknown>>;

/**
 * Parses YAML (JSON is YAML) with the core schema, so `2026-11-26` stays a string and `yes` is no
 * boolean. `label` is how messages name the file.
 */
export function parseDocument(text: string, label: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: label });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { mark, reason } = error;
      const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
      throw new ConfigError(`${label}${at}: ${reason}`);
    }
    throw error;
  }
}

export function checkCatalogDocument(data: unknown, label: string): CatalogDocument {
  if (data === undefined || data === null) throw new ConfigError(`${label}: the file is empty; a catalog needs 'entries'`);
  check(validateCatalog as GeneratedValidator, CATALOG_SCHEMA, data, label);
  const document = data as CatalogDocument;
  const firstIndex = new Map<string, number>();
  document.entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first !== undefined) {
      throw new ConfigError(`${label}: /entries/${index}/id: duplicate id '${entry.id}' (first used at /entries/${first}/id)`);
    }
    firstIndex.set(entry.id, index);
  });
  return document;
}

export function checkConfigDocument(data: unknown, label: string): ConfigDocument {
  // An empty .lofp.yml (or one holding only comments) means "all defaults".
  if (data === undefined || data === null) return {};
  check(validateConfig as GeneratedValidator, CONFIG_SCHEMA, data, label);
  return data as ConfigDocument;
}

function check(validate: GeneratedValidator, schema: Schema, data: unknown, label: string): void {
  if (validate(data)) return;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // A misspelt key leaves a required one missing too: the unknown field names the typo.
  const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  if (!error) throw new ConfigError(`${label}: does not match its schema`);
  throw new ConfigError(`${label}: ${describeSchemaError(error, schema, data)}`);
}

/** `<JSON path>: <what is wrong>`, quoting the offending value and saying what is expected. */
export function describeSchemaError(error: SchemaError, schema: Schema, data: unknown): string {
  const where = error.instancePath || '/';
  const value = valueAt(data, error.instancePath);
  const node = schemaAt(schema, error.instancePath);
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const why = error.schemaPath.startsWith('#/then/') ? ` (the file sets no top-level 'technique')` : '';
      return `${where}: missing required field '${missing}'${why}`;
    }
    case 'additionalProperties': {
      const allowed = Object.keys((node.schema?.properties as Schema | undefined) ?? {}).filter((k) => k !== '$schema');
      return `${where}: unknown field '${String(error.params.additionalProperty)}' (allowed: ${allowed.join(', ')})`;
    }
    case 'type':
      return `${where}: must be ${article(String(error.params.type))} (found ${describeType(value)})`;
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
      return `${where}: ${quote(value)} is not one of ${allowed}`;
    }
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
      return `${where}: items ${first} and ${second} are the same (${quote(valueAt(data, `${error.instancePath}/${first}`))})`;
    }
    case 'pattern': {
      if (error.propertyName !== undefined) {
        const names = schemaAt(schema, error.instancePath).schema?.propertyNames as Schema | undefined;
        const meaning = PATTERN_MEANINGS[refName(names) ?? ''] ?? `does not match ${String(error.params.pattern)}`;
        return `${where}: key '${error.propertyName}' ${meaning}`;
      }
      const meaning = PATTERN_MEANINGS[node.ref ?? ''] ?? `does not match ${String(error.params.pattern)}`;
      return `${where}: ${quote(value)} ${meaning}`;
    }
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

/** What each named pattern of the schemas means, keyed by its definition name. */
const PATTERN_MEANINGS: Readonly<Record<string, string>> = {
  nonEmptyString: 'must not be empty',
  techniqueId: 'is not an ATT&CK technique id (expected T1234 or T1234.001)',
  entryId: 'is not a kebab-case id (expected lower-case letters and digits joined by single hyphens)',
  checkId: 'is not a check id (expected lower-case letters and digits joined by single hyphens)',
  theme: 'is not a kebab-case theme (expected lower-case letters and digits joined by single hyphens)',
  date: 'is not a date (expected YYYY-MM-DD)',
  insertText: 'must start with a capital letter',
  lowerCaseList: 'must be lower case',
  severity: 'is not a severity (expected error, warning, note or off)',
};

function refName(schema: Schema | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? ref.replace(/^#\/definitions\//, '') : undefined;
}

function resolve(root: Schema, schema: Schema | undefined, refs: string[]): Schema | undefined {
  let current = schema;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const name = refName(current)!;
    refs.push(name);
    current = (root.definitions as Record<string, Schema>)[name];
  }
  return current;
}

/**
 * The schema node validating the value at a JSON pointer, and the last definition the walk went
 * through (`techniqueId`, or `lowerCaseList` for one of its items): it says what a pattern meant.
 */
function schemaAt(root: Schema, pointer: string): { schema: Schema | undefined; ref: string | undefined } {
  const refs: string[] = [];
  let node = resolve(root, root, refs);
  for (const segment of pointer.split('/').slice(1)) {
    if (!node) break;
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    const properties = node.properties as Record<string, Schema> | undefined;
    let next: Schema | undefined;
    if (node.items && /^\d+$/.test(key)) next = node.items as Schema;
    else if (properties && key in properties) next = properties[key];
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') next = node.additionalProperties as Schema;
    node = resolve(root, next, refs);
  }
  return { schema: node, ref: refs[refs.length - 1] };
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a map', array: 'a list', string: 'a string' };
  return names[type] ?? `a ${type}`;
}
