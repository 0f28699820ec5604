import { join } from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: configuration is parsed once at boot and fails fast with a clear message. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Where uploaded files (posters and their thumbnails) are kept; `<DATA_DIR>/files` when unset. */
  FILES_DIR: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LANTANG_DEMO: z.enum(['0', '1']).default('1'),
  /** Trust X-Forwarded-For / -Proto from a reverse proxy (set to 1 only behind one). */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  PUBLIC_URL: z.url().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  trustProxy: boolean;
  sessionDays: number;
  publicUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration in the environment:\n${lines}`);
  }
  const e = parsed.data;
  // A data folder given on the command line moves the files folder with it unless FILES_DIR says otherwise.
  const dataDir = overrides.dataDir ?? e.DATA_DIR;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    filesDir: e.FILES_DIR ?? join(dataDir, 'files'),
    databaseUrl: e.DATABASE_URL,
    demo: e.LANTANG_DEMO === '1',
    trustProxy: e.TRUST_PROXY === '1',
    sessionDays: e.SESSION_DAYS,
    publicUrl: e.PUBLIC_URL,
    ...overrides,
  };
}
