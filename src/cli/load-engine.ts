/**
 * Loading the engine bundle (dist/cli/engine.js) with a V8 code cache. Compiling the engine's
 * 1 MB, and then each of its functions as a run first calls it, is a good part of a lint of a
 * few hundred files; Node >= 22.1 caches the compiled code of modules on disk
 * (`module.enableCompileCache`), Node 20 does not. So the build writes the engine as a classic
 * script that evaluates to a function (scripts/build.mjs), and this compiles it with
 * `vm.Script`, handing V8 the code it cached after an earlier run: the same mechanism, on every
 * Node version.
 *
 * The cache is an optimisation only: any failure to read or write it leaves the run as it was.
 * It lives in a folder of the user's own (`$NODE_COMPILE_CACHE/lofp-lint`, else
 * `lofp-lint-compile-cache-<uid>` in the temporary folder), is used only when that folder is the
 * user's and nobody else can write to it (cached code is run as it is), and is keyed on a hash
 * of the engine's text (SHA-1: the fastest here, and only the folder's owner can write), Node's
 * version and the architecture. `NODE_DISABLE_COMPILE_CACHE` turns it off, as it does Node's.
 */
import crypto from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** What the engine bundle exports. */
export type Engine = Pick<typeof import('./engine.js'), 'main'>;

/** The function the engine script evaluates to: its module's body, given what `import.meta` and `import` gave it. */
type EngineFactory = (engineUrl: string, createRequire: (url: string) => NodeJS.Require) => Engine;

/** The folder of the cache, or null when there is to be none. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return null;
  if (env['NODE_COMPILE_CACHE']) return path.join(env['NODE_COMPILE_CACHE'], 'lofp-lint');
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), uid === undefined ? 'lofp-lint-compile-cache' : `lofp-lint-compile-cache-${uid}`);
}

/**
 * True when `folder` is a folder of this user's that no one else can write to (so no one else
 * can have put code there). Where there are no owners and modes (Windows), the folder suffices.
 */
function ownFolder(folder: string): boolean {
  try {
    const stat = lstatSync(folder, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return false;
    const uid = process.getuid?.();
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
  } catch {
    // ENOTDIR, EACCES...: no folder to use.
    return false;
  }
}

/** The cache file of this engine text on this Node. */
function cacheFile(folder: string, source: string): string {
  const key = crypto.createHash('sha1').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex');
  return path.join(folder, `engine-${key.slice(0, 32)}.v8cache`);
}

function readCache(file: string): Buffer | undefined {
  try {
    const stat = lstatSync(file, { throwIfNoEntry: false });
    const uid = process.getuid?.();
    if (!stat?.isFile() || (uid !== undefined && stat.uid !== uid)) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Cache files kept in the folder: the newest, for the versions of lofp-lint and Node used lately. */
export const KEPT_CACHE_FILES = 4;
const CACHE_FILE = /^engine-[0-9a-f]{32}\.v8cache$/;
/** A temporary file this old was left by a process that died while writing it. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Removes all but the KEPT_CACHE_FILES newest cache files, and temporary files left behind. */
function prune(folder: string): void {
  const now = Date.now();
  const caches: { file: string; mtimeMs: number }[] = [];
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    if (CACHE_FILE.test(name)) caches.push({ file, mtimeMs: stat.mtimeMs });
    else if (name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TEMPORARY_MS) unlinkSync(file);
  }
  caches.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { file } of caches.slice(KEPT_CACHE_FILES)) unlinkSync(file);
}

/**
 * Writes `data` to `file` whole or not at all (a temporary file renamed over it), then prunes
 * the folder. Failures are ignored.
 */
function writeCache(folder: string, file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownFolder(folder)) return;
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    prune(folder);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written, or gone already.
    }
  }
}

export interface LoadOptions {
  /** Where the cache is kept; null: none. */
  folder?: string | null;
  /** Write the cache when the process exits if it was missing or refused (the main thread only: workers just read it). */
  writeOnExit?: boolean;
  /** Whether a run that exits with this code compiled what later runs need (a lint), so is worth caching. */
  worthCaching?: (exitCode: number) => boolean;
}

/** Compiles and runs the engine script at `engineUrl`, with the cached code when there is some. */
export function loadEngine(engineUrl: URL, options: LoadOptions = {}): Engine {
  const filename = fileURLToPath(engineUrl);
  const source = readFileSync(filename, 'utf8');
  const folder = options.folder === undefined ? cacheFolder() : options.folder;
  const file = folder === null ? null : cacheFile(folder, source);
  const cachedData = file !== null && ownFolder(folder!) ? readCache(file) : undefined;
  const script = new vm.Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  if (file !== null && options.writeOnExit && (!cachedData || script.cachedDataRejected)) {
    // At exit, the cache holds every function the run compiled, not only the top level.
    process.once('exit', (code) => {
      if (options.worthCaching?.(code) ?? true) writeCache(folder!, file, script.createCachedData());
    });
  }
  const factory = script.runInThisContext() as EngineFactory;
  return factory(engineUrl.href, createRequire);
}
