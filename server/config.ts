import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** External PostgreSQL ≥ 15. When unset, Fazhi starts its embedded server with data in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * The PostgreSQL URL migrations run on (the tables' owner). Unset: DATABASE_URL, and the app then keeps the
   * owner's rights (README). Set: the app connects with DATABASE_URL as a role the migrator grants DML only.
   */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('data'),
  /** The audit chain's HMAC-SM3 key (≥ 32 characters); unset, DATA_DIR/audit-key is generated (mode 600). */
  AUDIT_KEY: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Minutes of inactivity after which a session expires. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  /** Hard cap on a session's life, in hours. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  // The login throttle (decision 0020; GB/T 22239-2019 8.1.4.1 b): failures of one name from one address,
  // and from all addresses, before a wait; the first wait doubles with each further failure up to the cap.
  LOGIN_PAIR_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(20),
  LOGIN_FIRST_WAIT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_MAX_WAIT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 1440)
    .default(1440),
  /** Hours without a failure after which a name's counters start again from zero (at most a week). */
  LOGIN_FAILURE_MEMORY_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Load the demo data set into an empty database at start. */
  DEMO: z
    .enum(['auto', 'on', 'off'])
    .default('auto')
    .transform((v) => v),
  /** Requests per minute per IP on public (no-login) routes; 0 turns the limit off (benchmarks). */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Run the scheduled jobs (daily clock sweep) in this process; turn off on all but some instances if wanted. */
  JOBS: z.enum(['on', 'off']).default('on'),
  /** Secure cookies need HTTPS; on for production unless explicitly disabled behind a TLS proxy. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /**
   * Addresses (IPs or CIDRs, comma-separated) of the reverse proxies in front of Fazhi. Only they may set
   * X-Forwarded-For / -Proto; unset, the client's own address is used (per-IP limits, the audit record).
   */
  TRUSTED_PROXIES: z.string().default(''),
  /**
   * The first coordinator's initial password, on an install without users. Unset, one is generated and shown
   * on the terminal only; with no terminal (a service), the start is refused (issue #11).
   */
  ADMIN_PASSWORD: z.string().min(1).optional(),
});

export type Config = z.infer<typeof ConfigSchema> & {
  dataDir: string;
  cookieSecure: boolean;
  trustedProxies: string[];
};

/** Parses the environment once at boot; a bad value stops the process with the list of problems. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    trustedProxies: c.TRUSTED_PROXIES.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  };
}
