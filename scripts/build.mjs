#!/usr/bin/env node
// Bundles the two committed entry points with ncc: dist/index.js (the Action) and
// dist/cli/lofp-lint.js (the npx CLI, which must never load Action-only code), started by the
// launcher dist/cli/index.js. The CLI's dynamic import()s become chunks beside it
// (dist/cli/<n>.index.js), loaded when used: `--version` or a lint run compiles only its part.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

if (existsSync('scripts/gen-catalog.mjs')) run(process.execPath, ['scripts/gen-catalog.mjs']);
run(process.execPath, ['scripts/gen-docs.mjs']);

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  if (!existsSync(entry)) continue;
  run(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--transpile-only', '--quiet', '--license', 'licenses.txt']);
}

// dist/cli/index.js is a launcher: it turns on Node's on-disk compile cache (Node >= 22.1; a
// no-op before) and then loads the bundle, so later starts skip compiling its 800 KB.
const cli = 'dist/cli/index.js';
const bundle = 'dist/cli/lofp-lint.js';
let text = readFileSync(cli, 'utf8').replace(/^#!.*\n/, '');
writeFileSync(bundle, text);
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

// The CLI bundle must stay free of Action-only code (the engine never imports @actions/*).
const chunks = readdirSync('dist/cli').filter((name) => /^\d+\.index\.js$/.test(name));
for (const file of [bundle, ...chunks.map((name) => `dist/cli/${name}`)]) {
  if (/@actions\/(core|github)|octokit/i.test(readFileSync(file, 'utf8'))) {
    console.error(`build: ${file} contains Action-only code (@actions/* or Octokit)`);
    process.exit(1);
  }
}
