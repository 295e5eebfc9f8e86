export { dailyClockSweep, sessionPurge } from './builtin.js';
export { jobsCli } from './cli.js';
export { defineJob, type JobDef, jobNamed, registeredJobs, registerJob, runJobNow } from './registry.js';
export {
  JOBS_SCHEMA,
  JOBS_TIMEZONE,
  type JobsHandle,
  type JobsLog,
  type StartJobsOptions,
  startJobs,
} from './start-jobs.js';
