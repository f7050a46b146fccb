// Preloaded into benchmarked processes: reports peak RSS (KiB) on exit through a file.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.LOFP_BENCH_RSS_FILE) fs.writeFileSync(process.env.LOFP_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
