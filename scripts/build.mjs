#!/usr/bin/env node
// Bundles the committed entry points with ncc: dist/index.js (the Action) and the npx CLI in
// dist/cli (which must never load Action-only code): the launcher index.js, the entry bundle
// lofp-lint.js (answers --version and --help; the script of the lint worker threads too) and
// engine.js (everything else, a classic script), which the entry loads only when it is needed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

if (existsSync('scripts/gen-catalog.mjs')) run(process.execPath, ['scripts/gen-catalog.mjs']);
run(process.execPath, ['scripts/gen-docs.mjs']);

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';

// The matcher's index of the built-in catalog (src/match/builtin-index.generated.ts, see
// src/match/index-data.ts), made by the matcher's own code: its generator is compiled first.
const genIndex = mkdtempSync(path.join(os.tmpdir(), 'lofp-gen-index-'));
try {
  run(process.execPath, [ncc, 'build', 'scripts/gen-index.ts', '-o', genIndex, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet']);
  run(process.execPath, [path.join(genIndex, 'index.js')]);
} finally {
  rmSync(genIndex, { recursive: true, force: true });
}
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/cli/engine.ts', out: 'dist/cli-engine' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  run(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet', '--license', 'licenses.txt']);
}
/**
 * The engine module as a classic script that evaluates to a function of (engine URL,
 * createRequire) returning its exports: Node 20 can cache the compiled code of a script
 * (vm.Script cachedData), not of a module (src/cli/load-engine.ts). ncc's module output imports
 * only `createRequire`, reads `import.meta.url` and exports `main`; anything else stops the build
 * instead of breaking the CLI. The body stays in strict mode, as a module's is.
 */
function engineScript(module) {
  const head = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
  const tail = /export \{ __webpack_exports__main as main \};\s*$/;
  if (!module.startsWith(head) || !tail.test(module)) throw new Error('the engine bundle does not start and end as expected');
  const body = module.slice(head.length).replace(tail, '').replaceAll('import.meta.url', '__lofp_engine_url');
  // A static import, an export or import.meta left in the body fails the compilation below.
  if (/\bimport\s*\(/.test(body)) throw new Error('the engine bundle imports modules dynamically, which a classic script cannot');
  const script = [
    '// The lofp-lint engine as a classic script, not a module: dist/cli/lofp-lint.js compiles it with a code cache (src/cli/load-engine.ts).',
    '(function (__lofp_engine_url, __WEBPACK_EXTERNAL_createRequire) {',
    "'use strict';",
    body,
    'return { main: __webpack_exports__main };',
    '})',
    '',
  ].join('\n');
  new vm.Script(script, { filename: 'dist/cli/engine.js' });
  return script;
}

/**
 * The script with every character outside ASCII written as a `\\u` escape (a handful, in
 * messages, regular expressions and a comment): V8 keeps an ASCII source in one byte per
 * character instead of two, which halves the string each thread reads, hashes and keeps (the
 * engine's 1 MB) and takes a few milliseconds off each thread's start. An escape means the
 * same character in a string, a template, a regular expression, an identifier and a comment;
 * only the raw text of a tagged template (String.raw) would differ, so one with such a
 * character stops the build.
 */
function asciiOnly(script) {
  const source = ts.createSourceFile('engine.js', script, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && /[^\x00-\x7f]/.test(node.template.getText(source))) {
      throw new Error(`the engine bundle has a tagged template with a non-ASCII character, line ${source.getLineAndCharacterOfPosition(node.pos).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return script.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The engine holds every bundled package: its license list is the CLI's.
try {
  writeFileSync('dist/cli/engine.js', asciiOnly(engineScript(readFileSync('dist/cli-engine/index.js', 'utf8'))));
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
renameSync('dist/cli-engine/licenses.txt', 'dist/cli/licenses.txt');
rmSync('dist/cli-engine', { recursive: true });

// dist/cli/index.js is a launcher: it turns on Node's on-disk compile cache (Node >= 22.1; a
// no-op before) and then loads the bundle, so later starts skip compiling the engine's 1 MB.
const cli = 'dist/cli/index.js';
const bundle = 'dist/cli/lofp-lint.js';
writeFileSync(bundle, readFileSync(cli, 'utf8').replace(/^#!.*\n/, ''));
writeFileSync(
  cli,
  [
    '#!/usr/bin/env node',
    '// Launches the CLI bundle (lofp-lint.js) with the compile cache on where Node has one.',
    "import module from 'node:module';",
    '',
    'module.enableCompileCache?.();',
    "await import('./lofp-lint.js');",
    '',
  ].join('\n'),
);
chmodSync(cli, 0o755);

// The CLI bundles must stay free of Action-only code (the engine never imports @actions/*), and
// the entry must stay small: it loads the engine by name, which must be there.
for (const file of [bundle, 'dist/cli/engine.js']) {
  if (/@actions\/(core|github)|octokit/i.test(readFileSync(file, 'utf8'))) {
    console.error(`build: ${file} contains Action-only code (@actions/* or Octokit)`);
    process.exit(1);
  }
}
if (!readFileSync(bundle, 'utf8').includes("new URL('engine.js', here)")) {
  console.error(`build: ${bundle} does not load ./engine.js as a separate bundle`);
  process.exit(1);
}
