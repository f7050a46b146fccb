// The read-only baseline: list the folder and read every file as text, nothing else, the
// fastest plain way (synchronous calls: on many small cached files they beat the promise API).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const files = [];
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git' && e.name !== 'node_modules') walk(p);
    } else if (e.isFile()) files.push(p);
  }
}
walk(process.argv[2]);
let bytes = 0;
for (const file of files) bytes += readFileSync(file, 'utf8').length;
console.log(JSON.stringify({ files: files.length, bytes }));
