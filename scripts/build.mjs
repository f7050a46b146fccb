#!/usr/bin/env node
// Bundles the committed entry points with ncc: dist/index.js (the Action) and the npx CLI in
// dist/cli (which must never load Action-only code): the launcher index.js, the entry bundle
// lofp-lint.js (answers --version and --help) and engine.js (everything else, and the script of
// the lint worker threads), which the entry loads only when it is needed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

if (existsSync('scripts/gen-catalog.mjs')) run(process.execPath, ['scripts/gen-catalog.mjs']);
run(process.execPath, ['scripts/gen-docs.mjs']);

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/cli/engine.ts', out: 'dist/cli-engine' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  run(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet', '--license', 'licenses.txt']);
}
// The engine holds every bundled package: its license list is the CLI's.
renameSync('dist/cli-engine/index.js', 'dist/cli/engine.js');
renameSync('dist/cli-engine/licenses.txt', 'dist/cli/licenses.txt');
rmSync('dist/cli-engine', { recursive: true });

// dist/cli/index.js is a launcher: it turns on Node's on-disk compile cache (Node >= 22.1; a
// no-op before) and then loads the bundle, so later starts skip compiling the engine's 800 KB.
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
if (!readFileSync(bundle, 'utf8').includes("import(/* webpackIgnore: true */ './engine.js')")) {
  console.error(`build: ${bundle} does not load ./engine.js as a separate bundle`);
  process.exit(1);
}
