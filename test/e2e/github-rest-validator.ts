/**
 * Checks a request against GitHub's published REST description: the route exists, its path and
 * query parameters have the declared types, and its JSON body validates against the operation's
 * schema. The description is the subset of @octokit/openapi that the Action calls
 * (test/fixtures/github-rest-subset.json, made by scripts/github-rest-subset.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Record<string, unknown>;
}

interface Operation {
  operationId: string;
  parameters: Parameter[];
  body: Record<string, unknown> | null;
  bodyRequired: boolean;
}

const SUBSET = path.resolve(import.meta.dirname, '../fixtures/github-rest-subset.json');
const operations = (JSON.parse(readFileSync(SUBSET, 'utf8')) as { operations: Record<string, Operation> }).operations;
// The description is OpenAPI 3.0: `nullable`, formats that are documentation here.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

/** OpenAPI 3.0's `nullable: true` as JSON Schema: null is one more allowed value. */
function jsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonSchema);
  if (typeof value !== 'object' || value === null) return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(rest)) out[key] = key === 'enum' || key === 'required' ? v : jsonSchema(v);
  if (nullable !== true) return out;
  if (typeof out.type === 'string') {
    return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...(out.enum as unknown[]), null] } : {}) };
  }
  return { anyOf: [out, { type: 'null' }] };
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
  body: ValidateFunction | null;
}

const routes: Route[] = Object.entries(operations).map(([key, operation]) => {
  const [method, template] = key.split(' ') as [string, string];
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
  return { method, pattern, names, operation, body: operation.body ? ajv.compile(jsonSchema(operation.body) as object) : null };
});

function valueOk(schema: Record<string, unknown>, raw: string): boolean {
  const value = schema.type === 'integer' ? (/^-?\d+$/.test(raw) ? Number(raw) : Number.NaN) : raw;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return ajv.validate(jsonSchema(schema) as object, value);
}

/** What is wrong with the request, or null when GitHub's description allows it. */
export function requestProblem(method: string, pathname: string, query: URLSearchParams, body: unknown): string | null {
  const route = routes.find((r) => r.method === method && r.pattern.test(pathname));
  if (!route) return `${method} ${pathname} is no operation of GitHub's REST description`;
  const values = route.pattern.exec(pathname)!.slice(1);
  const where = `${method} ${route.operation.operationId}`;
  for (const [i, name] of route.names.entries()) {
    const parameter = route.operation.parameters.find((p) => p.in === 'path' && p.name === name);
    if (parameter && !valueOk(parameter.schema, decodeURIComponent(values[i]!))) return `${where}: path parameter ${name} "${values[i]}" is invalid`;
  }
  for (const [name, value] of query) {
    const parameter = route.operation.parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) return `${where}: unknown query parameter ${name}`;
    if (!valueOk(parameter.schema, value)) return `${where}: query parameter ${name}=${value} is invalid`;
  }
  if (!route.body) return body === undefined ? null : `${where}: takes no body`;
  if (body === undefined) return route.operation.bodyRequired ? `${where}: the body is required` : null;
  if (!route.body(body)) return `${where}: ${ajv.errorsText(route.body.errors, { dataVar: 'body' })}`;
  return null;
}
