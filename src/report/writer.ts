/**
 * Where reporters write: a sink of text chunks, in order. Reporters write as they go instead of
 * returning one string, so a report of 100,000 findings never exists as a single string (a JS
 * string also cannot exceed about 512 MiB). Files are written with `writeFileAtomic`
 * (src/write-file.ts), which takes a reporter too.
 */

/** A synchronous sink of text; chunks arrive in order. */
export interface TextWriter {
  write(chunk: string): void;
}

/** Chunks this large reach the underlying sink; smaller writes are gathered first. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Gathers small writes into chunks of about 64 KiB for `sink` (a stream's write, an fd):
 * one call per chunk instead of one per line. `flush()` hands over the rest.
 */
export class BufferedWriter implements TextWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: (chunk: string) => void) {}

  write(chunk: string): void {
    if (chunk.length >= CHUNK_CHARS) {
      // Already a chunk (a batch of report elements): handed over as it is, not copied into one.
      this.flush();
      this.sink(chunk);
      return;
    }
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.size === 0 && this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (chunk !== '') this.sink(chunk);
  }
}

/** Collects everything into one string: for small reports, tests, and callers that need the text. */
export class StringWriter implements TextWriter {
  private readonly parts: string[] = [];

  write(chunk: string): void {
    this.parts.push(chunk);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Runs a writing reporter and returns its whole output. */
export function collect(render: (out: TextWriter) => void): string {
  const out = new StringWriter();
  render(out);
  return out.toString();
}
