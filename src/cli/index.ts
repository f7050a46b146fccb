#!/usr/bin/env node
// The CLI's entry: answers `--version` and `--help` from this small bundle, and loads the CLI
// proper (engine.ts, its own bundle) for anything else, so that they do not compile and run
// the engine's 1 MB. Lint worker threads start from here too: in a worker, this only loads
// the engine, whose top level then serves the worker.
import { createRequire } from 'node:module';
import { VERSION } from '../version.js';
import { HELP, parseCli } from './args.js';
import { loadEngine } from './load-engine.js';

/** The text of `--version` or `--help`; null for anything else, mistakes included (the engine words them). */
function quickAnswer(argv: string[]): string | null {
  try {
    const options = parseCli(argv);
    return options.command === 'version' ? `${VERSION}\n` : options.command === 'help' ? HELP : null;
  } catch {
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
if (answer !== null) process.stdout.write(answer);
else {
  // Loaded only now: worker_threads costs --version a few milliseconds.
  const { isMainThread } = createRequire(here)('node:worker_threads') as typeof import('node:worker_threads');
  if (!isMainThread) loadEngine(engineUrl);
  // Exit code 2 is a mistake in the command or the configuration: such a run compiled too
  // little of the engine to be worth caching.
  else loadEngine(engineUrl, { writeOnExit: true, worthCaching: (code) => code !== 2 }).main(argv, new URL(here));
}
