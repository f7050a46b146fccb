// Preloaded into benchmarked processes: on exit, writes peak RSS (KiB) and CPU time (ms) of the
// whole process, worker threads included, as JSON to the file the bench names.
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.LOFP_BENCH_PROBE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
