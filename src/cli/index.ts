#!/usr/bin/env node
// The CLI's entry: answers `--version` and `--help` from this small bundle, and loads the CLI
// proper (engine.ts, its own bundle) for anything else, so that they do not compile and run
// the engine's 800 KB.
import { VERSION } from '../version.js';
import { HELP, parseCli } from './args.js';

/** The text of `--version` or `--help`; null for anything else, mistakes included (the engine words them). */
function quickAnswer(argv: string[]): string | null {
  try {
    const options = parseCli(argv);
    return options.command === 'version' ? `${VERSION}\n` : options.command === 'help' ? HELP : null;
  } catch {
    return null;
  }
}

const argv = process.argv.slice(2);
const answer = quickAnswer(argv);
if (answer !== null) process.stdout.write(answer);
// Left to Node, not to the bundler: engine.js is a bundle of its own beside this one.
else void (import(/* webpackIgnore: true */ './engine.js') as Promise<typeof import('./engine.js')>).then((engine) => engine.main(argv));
