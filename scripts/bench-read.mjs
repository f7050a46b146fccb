// The read-only baseline: list the folder and read every file as text, nothing else, with the
// same bounded concurrency the CLI uses (an unbounded Promise.all is slower and far hungrier).
import { promises as fs } from 'node:fs';
import path from 'node:path';

const LANES = 32;
const files = [];
async function walk(dir) {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git' && e.name !== 'node_modules') await walk(p);
    } else if (e.isFile()) files.push(p);
  }
}
await walk(process.argv[2]);
let next = 0;
let bytes = 0;
await Promise.all(
  Array.from({ length: LANES }, async () => {
    while (next < files.length) bytes += (await fs.readFile(files[next++], 'utf8')).length;
  }),
);
console.log(JSON.stringify({ files: files.length, bytes }));
