#!/usr/bin/env node
// Writes test/fixtures/github-rest-subset.json: the operations of GitHub's REST description that
// the Action calls (parameters and request body schemas, $refs resolved), taken from the
// dereferenced api.github.com description of @octokit/openapi (MIT). The whole package is about
// 450 MB, too heavy for a devDependency; the subset is what the fake GitHub validates requests
// against. Usage:
//   npm pack @octokit/openapi@23.0.2 && tar -xzf octokit-openapi-23.0.2.tgz
//   node scripts/github-rest-subset.mjs package
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every route src/github sends, as `METHOD path`. */
export const ROUTES = [
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
];

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/github-rest-subset.mjs <extracted @octokit/openapi package folder>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(path.join(dir, 'generated/api.github.com.deref.json'), 'utf8'));

/** Drops what validation does not use (texts, examples), to keep the file small; property names stay. */
function strip(value, names = false) {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (typeof value !== 'object' || value === null) return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (!names && ['description', 'examples', 'example', 'externalDocs', 'title'].includes(key)) continue;
    out[key] = strip(v, !names && key === 'properties');
  }
  return out;
}

const operations = {};
for (const route of ROUTES) {
  const [method, template] = route.split(' ');
  const operation = spec.paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${route} is not in the description`);
  operations[route] = {
    operationId: operation.operationId,
    parameters: strip((operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({ name, in: where, required: required ?? false, schema }))),
    body: strip(operation.requestBody?.content?.['application/json']?.schema ?? null),
    bodyRequired: operation.requestBody?.required ?? false,
  };
}
const out = { source: `@octokit/openapi ${pkg.version} (MIT), generated/api.github.com.deref.json`, info: spec.info.version, operations };
writeFileSync('test/fixtures/github-rest-subset.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote test/fixtures/github-rest-subset.json: ${ROUTES.length} operations`);
