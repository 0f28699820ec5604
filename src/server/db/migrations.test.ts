import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('committed migrations', () => {
  it('match the schema: generating again yields no new migration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantang-migrations-'));
    try {
      cpSync(join(ROOT, 'drizzle'), join(dir, 'drizzle'), { recursive: true });
      const config = join(dir, 'drizzle.config.json');
      writeFileSync(
        config,
        // drizzle-kit takes paths relative to where it runs.
        JSON.stringify({
          dialect: 'postgresql',
          schema: relative(dir, join(ROOT, 'src/server/db/schema.ts')),
          out: './drizzle',
        }),
      );
      const before = readdirSync(join(dir, 'drizzle')).sort();
      const output = execFileSync(
        join(ROOT, 'node_modules/.bin/drizzle-kit'),
        ['generate', '--config', config],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(output).toMatch(/No schema changes/);
      expect(readdirSync(join(dir, 'drizzle')).sort(), output).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
