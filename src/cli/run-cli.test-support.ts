/** Runs the real `lantang` command in a child process, as a user would, in English. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../bin/lantang.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `input`, when given, is written to the command's standard input, which is then closed. */
export async function runLantang(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  { input }: { input?: string } = {},
): Promise<CliResult> {
  try {
    const pending = run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env, LANTANG_LANG: 'en' },
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (input !== undefined) pending.child.stdin?.end(input);
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
