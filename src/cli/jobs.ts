/** How many threads a lint run uses when --jobs is not given. */

/** Threads used at most when --jobs is not given: more than a few do not pay off. */
const DEFAULT_MAX_JOBS = 4;

/**
 * One thread per CPU that is idle: on a machine whose cores are busy with other work, a worker
 * thread only adds its start-up and copying costs (the output is the same either way).
 */
export function defaultJobs(cpus: number, loadAverage: number): number {
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, cpus, Math.round(cpus - loadAverage) + 1));
}
