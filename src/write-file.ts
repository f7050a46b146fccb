/**
 * Writing a file so that a failure never leaves it half written: the text goes to a temporary
 * file in the same folder, is flushed to disk, then renamed over the target (a rename within one
 * file system is atomic). A full disk, a quota or a file-size limit leaves the original byte for
 * byte as it was. Used for `--fix` and for every report file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BufferedWriter, type TextWriter } from './report/writer.js';

/** A write that did not happen; `message` is one line saying why, for the user. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file-size limit',
  ENAMETOOLONG: 'name too long',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? code ?? String((error as Error)?.message ?? error).split('\n')[0]!;
}

/** The file a write replaces: a symbolic link's target, so that the link itself stays. */
interface Target {
  file: string;
  mode: number | null;
  /** A character device or FIFO (`-o /dev/null`, `-o >(gzip > r.gz)`): written in place, as a shell would. */
  device: boolean;
}

function resolveTarget(target: string, label: string): Target {
  let file = target;
  try {
    file = realpathSync(target);
  } catch {
    // Not there yet: created below.
  }
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return { file, mode: null, device: false };
  if (stat.isDirectory()) throw new WriteError(`cannot write ${label}: it is a folder`);
  if (stat.isCharacterDevice() || stat.isFIFO()) return { file, mode: null, device: true };
  if (!stat.isFile()) throw new WriteError(`cannot write ${label}: not a regular file`);
  // Renaming over a read-only file would succeed (the folder's permissions decide), so its mode
  // is honoured here: the user made it read-only on purpose.
  if ((stat.mode & 0o222) === 0) throw new WriteError(`cannot write ${label}: the file is read-only`);
  return { file, mode: stat.mode & 0o7777, device: false };
}

type Content = string | Buffer | ((out: TextWriter) => void);

function writeAll(fd: number, text: Content): void {
  const write = (data: Buffer) => {
    for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset, data.length - offset);
  };
  if (typeof text === 'function') {
    // A report written as it is produced, in chunks: it never exists as one string.
    const out = new BufferedWriter((chunk) => write(Buffer.from(chunk, 'utf8')));
    text(out);
    out.flush();
  } else write(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
}

function writeDevice(file: string, text: Content, label: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    writeAll(fd, text);
  } catch (error) {
    throw new WriteError(`cannot write ${label}: ${reason(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `text` to `target` (UTF-8) atomically, or what a reporter writes to the TextWriter it is given; keeps an existing file's mode and a symbolic
 * link's target. Throws WriteError, with `label` naming the file, and leaves no temporary file.
 */
export function writeFileAtomic(target: string, text: Content, label = target): void {
  let resolved: Target;
  try {
    resolved = resolveTarget(target, label);
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${label}: ${reason(error)}`);
  }
  const { file, mode } = resolved;
  if (resolved.device) return writeDevice(file, text, label);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.lofp-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode ?? 0o666);
    writeAll(fd, text);
    // The umask narrowed the mode openSync applied; the original's mode is restored exactly.
    if (mode !== null) fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the first error is the one to report.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw new WriteError(`cannot write ${label}: ${reason(error)}`);
  }
}
