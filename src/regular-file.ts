/**
 * Reading only regular files. Opening a FIFO for reading blocks until a writer comes, which may
 * be never; a device may never end. Every file lofp-lint reads (rules, config, catalogs,
 * baselines, .gitignore) is opened without blocking and checked with fstat on the open
 * descriptor, so a FIFO named `rule.yml` or `.lofp.yml` is refused instead of hanging the run.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The error of a path that is no regular file: `code` is 'ENOTREG', `kind` says what it is. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path}: ${kind}, not a regular file`);
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** A short reason for a failed read, for one-line messages: `ENOENT`, `a FIFO (named pipe)`... */
export function readProblem(error: unknown): string {
  if (error instanceof NotRegularFileError) return `${error.kind}, not a regular file`;
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/**
 * Opens `path` for reading without blocking and returns the descriptor and size, or throws
 * NotRegularFileError (descriptor closed) for anything but a regular file.
 */
export function openRegularFile(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(path, kindOf(stat));
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Reads `size` bytes (fewer if the file shrank meanwhile) from an open descriptor, into `into`
 * when given (at least `size` bytes long; the result is then a view of it).
 */
export function readOpenFile(fd: number, size: number, into?: Buffer): Buffer {
  const buffer = into ?? Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, offset);
    if (n === 0) break;
    offset += n;
  }
  return buffer.subarray(0, offset);
}

/** The whole content of a regular file; throws NotRegularFileError or the file system's error. */
export function readRegularFile(path: string): Buffer {
  const { fd, size } = openRegularFile(path);
  try {
    return readOpenFile(fd, size);
  } finally {
    closeSync(fd);
  }
}
