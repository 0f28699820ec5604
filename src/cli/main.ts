import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CreateUserInput } from '#core/auth/schemas.ts';
import { AppError } from '#core/errors.ts';
import { describeFieldIssue } from '#core/i18n/error-message.ts';
import { parseInput } from '#core/validation.ts';
import { writeAudit } from '#server/audit/log.ts';
import {
  BackupFormatError,
  countRows,
  dumpDatabase,
  restoreDatabase,
  SchemaMismatchError,
} from '#server/db/backup.ts';
import { seedDemo } from '#server/db/seed/demo.ts';
import { readConfig } from '#server/env.ts';
import { createAccount } from '#server/features/accounts/service.ts';
import { translatorFor } from '#server/http/i18n.ts';
import { type OpenedDatabase, openConfiguredDatabase } from '#server/start.ts';
import { localFolderStorage } from '#server/storage/local-folder.ts';
import { terminalLocale, tt } from '#server/terminal.ts';

/** A failure the CLI reports in the user's language and exits with 1 (2 for wrong usage). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  strict: false,
  options: {
    help: { type: 'boolean', short: 'h' },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean' },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    admin: { type: 'boolean' },
    id: { type: 'string' },
    instrument: { type: 'string' },
    responses: { type: 'string' },
    k: { type: 'string' },
    json: { type: 'boolean' },
    assessment: { type: 'string' },
    account: { type: 'string' },
    platform: { type: 'string' },
    tz: { type: 'string' },
    'export-date': { type: 'string' },
    org: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
  },
});

const option = (name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

function config() {
  const dataDir = option('data-dir');
  return readConfig(process.env, dataDir ? { dataDir } : {});
}

async function withDatabase<T>(run: (database: OpenedDatabase) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(config(), 'cli');
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function readLine(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(prompt);
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

function requireArg(value: string | undefined, name: string): string {
  if (!value) throw new CliError(tt('cli.missing_option', { option: name }), 2);
  return value;
}

async function createUserCommand() {
  const email = requireArg(option('email'), '--email');
  const name = requireArg(option('name'), '--name');
  const password = option('password') ?? (await readLine(tt('cli.user.password_prompt', { email })));
  const input = parseInput(CreateUserInput, {
    email,
    name,
    password,
    isPlatformAdmin: values.admin === true,
  });
  await withDatabase(async ({ db }) => {
    const user = await createAccount(db, input);
    await writeAudit(db, {
      actorUserId: null,
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      details: { via: 'cli' },
    });
    console.log(
      tt('cli.user.created', {
        email: user.email ?? '',
        admin: user.isPlatformAdmin ? tt('cli.user.admin_suffix') : '',
      }),
    );
  });
}

/** The uploaded files (posters, field photos) where the server keeps them: FILES_DIR. */
const filesStorage = () => localFolderStorage(resolve(config().filesDir));

async function backupCommand(file: string) {
  const path = resolve(file);
  await withDatabase(async ({ db }) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    const write = (line: string) =>
      new Promise<void>((done, fail) => out.write(`${line}\n`, (err) => (err ? fail(err) : done())));
    const result = await dumpDatabase(db, write, { storage: filesStorage() });
    await new Promise<void>((done) => out.end(done));
    console.log(
      tt('cli.backup.done', { file: path, tables: result.tables, rows: result.rows, files: result.files }),
    );
    if (result.missingFiles > 0)
      console.error(tt('cli.backup.missing_files', { count: result.missingFiles }));
  });
}

async function restoreCommand(file: string) {
  const path = resolve(file);
  if (!existsSync(path)) throw new CliError(tt('cli.file_missing', { file: path }));
  await withDatabase(async ({ db }) => {
    const existing = await countRows(db);
    if (existing > 0) throw new CliError(tt('cli.restore.not_empty', { rows: existing }));
    const lines = createInterface({
      input: createReadStream(path, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    try {
      const result = await restoreDatabase(db, lines, filesStorage());
      // No audit row here: the restored database must be identical to the one backed up.
      console.log(
        tt('cli.restore.done', { file: path, tables: result.tables, rows: result.rows, files: result.files }),
      );
      if (result.missingFiles > 0)
        console.error(tt('cli.restore.missing_files', { count: result.missingFiles }));
    } catch (error) {
      if (error instanceof BackupFormatError) throw new CliError(tt('cli.restore.bad_file', { file: path }));
      if (error instanceof SchemaMismatchError) {
        throw new CliError(
          tt('cli.restore.version_mismatch', { backup: error.backup, current: error.current }),
        );
      }
      throw error;
    }
  });
}

async function assessmentCommand(sub: string | undefined) {
  const { describeProblems, printInstrument, readResponsesFile, scoreFile, UsageError } = await import(
    './assessment.ts'
  );
  const options = {
    id: option('id'),
    instrument: option('instrument'),
    responses: option('responses'),
    k: option('k'),
    json: values.json === true,
  };
  try {
    if (sub === 'instrument') console.log(printInstrument(options));
    else if (sub === 'score') console.log(scoreFile(options));
    else if (sub === 'import') {
      const assessmentId = requireArg(option('assessment'), '--assessment');
      const { path, text } = readResponsesFile(options.responses);
      const { importResponses } = await import('#server/features/assessments/import.ts');
      await withDatabase(async (database) => {
        const result = await importResponses(database, assessmentId, text, new Date());
        if (result.problems.length > 0) throw new UsageError(describeProblems(path, result.problems));
        console.log(tt('cli.assessment.imported', { count: result.imported, file: path }));
      });
    } else throw new CliError(tt('cli.unknown_command', { command: `assessment ${sub ?? ''}`.trim() }), 2);
  } catch (error) {
    if (error instanceof UsageError) throw new CliError(error.message, 2);
    throw error;
  }
}

async function auditCommand(sub: string | undefined) {
  const { UsageError } = await import('./assessment.ts');
  const { importFile, printKpis } = await import('./audit.ts');
  try {
    if (sub === 'import') {
      const file = positionals[2];
      const result = await withDatabase((database) =>
        importFile(
          database.db,
          {
            file,
            account: option('account'),
            platform: option('platform'),
            tz: option('tz'),
            exportDate: option('export-date'),
            org: option('org'),
            json: values.json === true,
          },
          new Date(),
        ),
      );
      console.log(result.output);
      if (result.exitCode !== 0) process.exitCode = result.exitCode;
    } else if (sub === 'kpis') {
      const output = await withDatabase((database) =>
        printKpis(database.db, {
          account: option('account'),
          platform: option('platform'),
          from: option('from'),
          to: option('to'),
          org: option('org'),
          json: values.json === true,
        }),
      );
      console.log(output);
    } else throw new CliError(tt('cli.unknown_command', { command: `audit ${sub ?? ''}`.trim() }), 2);
  } catch (error) {
    if (error instanceof UsageError) throw new CliError(error.message, 2);
    throw error;
  }
}

async function captionCommand(sub: string | undefined) {
  const { UsageError } = await import('./assessment.ts');
  const { captionCheckOf, checkCaptionText, readCaption } = await import('./caption.ts');
  try {
    if (sub !== 'check')
      throw new CliError(tt('cli.unknown_command', { command: `caption ${sub ?? ''}`.trim() }), 2);
    const check = captionCheckOf({
      platform: option('platform'),
      lang: option('lang'),
      json: values.json === true,
    });
    console.log(checkCaptionText(await readCaption(positionals[2]), check));
  } catch (error) {
    if (error instanceof UsageError) throw new CliError(error.message, 2);
    throw error;
  }
}

async function main() {
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(tt('cli.help'));
    return;
  }
  switch (command) {
    case 'serve': {
      const dataDir = option('data-dir');
      if (dataDir) process.env.DATA_DIR = dataDir;
      const { startServer } = await import('#server/main.ts');
      await startServer();
      return;
    }
    case 'seed':
      if (!values.demo) throw new CliError(tt('cli.seed.need_flag'), 2);
      await withDatabase(async ({ db }) =>
        console.log(tt((await seedDemo(db)).seeded ? 'cli.seed.done' : 'cli.seed.exists')),
      );
      return;
    case 'user':
      if (sub !== 'create')
        throw new CliError(tt('cli.unknown_command', { command: `user ${sub ?? ''}`.trim() }), 2);
      await createUserCommand();
      return;
    case 'backup':
      await backupCommand(requireArg(sub, 'FILE'));
      return;
    case 'restore':
      await restoreCommand(requireArg(sub, 'FILE'));
      return;
    case 'assessment':
      await assessmentCommand(sub);
      return;
    case 'audit':
      await auditCommand(sub);
      return;
    case 'caption':
      await captionCommand(sub);
      return;
    default:
      throw new CliError(tt('cli.unknown_command', { command }), 2);
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  if (error instanceof AppError) {
    const tr = translatorFor(terminalLocale());
    const t = (key: string, params?: Record<string, string | number>) => tr.t(key as never, params);
    const details = error.fields.map((f) => `  ${describeFieldIssue(t, f, tr.has)}`);
    console.error(
      [tt('cli.error', { message: t(`error.${error.code}`, error.params) }), ...details].join('\n'),
    );
    process.exit(1);
  }
  console.error(tt('cli.error', { message: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
