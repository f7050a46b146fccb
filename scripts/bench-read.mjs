// The read-only baseline: walk the folder and read every file, nothing else.
import { promises as fs } from 'node:fs';
import path from 'node:path';

let files = 0;
async function walk(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  await Promise.all(
    entries.map(async (e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') await walk(p);
      } else if (e.isFile()) {
        await fs.readFile(p, 'utf8');
        files++;
      }
    }),
  );
}
await walk(process.argv[2]);
console.log(JSON.stringify({ files }));
