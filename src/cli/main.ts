/**
 * The CLI shell: argv -> options -> command. No engine logic here. Only what every start needs
 * is imported up front: the lint run, the other commands and each report format are loaded when
 * used, so `--version`, `--help` and a plain lint run do not compile or evaluate the rest.
 */
import { ConfigError, WriteError } from '../errors.js';
import { printable } from '../report/printable.js';
import { VERSION } from '../version.js';
import { HELP, parseCli } from './args.js';
import type { Env } from './color.js';

export { defaultJobs } from './jobs.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Standard output is a terminal. */
  isTty: boolean;
  /** Environment variables (NO_COLOR, FORCE_COLOR...); none when absent. */
  env?: Env;
  /** A script that starts a lint worker thread (the CLI bundle itself); without it, no workers. */
  workerEntry?: URL;
  /** Standard input to its end (at most the file-size limit and a byte); for `-` / --stdin. */
  readStdin?: () => Promise<Buffer>;
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const options = parseCli(argv);
    if (options.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (options.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (options.command === 'explain') {
      const { explain } = await import('../commands/explain.js');
      io.stdout(explain(options.explain ?? ''));
      return 0;
    }
    if (options.command === 'init') {
      const { initCommand } = await import('../commands/init.js');
      return initCommand({ cwd: io.cwd, workflows: options.workflows }, io.stdout);
    }
    if (options.command === 'catalog') {
      const { catalogCommand } = await import('../commands/catalog.js');
      return await catalogCommand(options.rest, io.stdout, io.stderr, io.cwd);
    }
    const { runLint } = await import('./lint-command.js');
    return await runLint(options, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof WriteError) {
      io.stderr(`lofp-lint: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

