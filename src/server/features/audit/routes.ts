import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { GenericMapping } from '#core/audit/import/generic.ts';
import type { ImportOptions } from '#core/audit/import/import-file.ts';
import { localDateOf } from '#core/audit/local-time.ts';
import {
  AuditThresholdsInput,
  ColumnMappingInput,
  CreateAccountInput,
  CritiqueInput,
  FollowerSnapshotInput,
  ImportQuery,
  KpiContextQuery,
  PinInput,
  UpdateAccountInput,
} from '#core/audit/schemas.ts';
import { AppError } from '#core/errors.ts';
import { parseInput } from '#core/validation.ts';
import { scopeOf } from '../../auth/actor.ts';
import { socialAccounts } from '../../db/schema.ts';
import type { AppEnv } from '../../http/context.ts';
import { CSV_TYPE, downloadHeaders, XLSX_TYPE } from '../../http/download.ts';
import { readJson } from '../../http/middleware.ts';
import { loadAccount } from './access.ts';
import { addFollowerSnapshot, createAccount, getAccount, listAccounts, updateAccount } from './accounts.ts';
import { CompareQuery, compareAccounts } from './compare.ts';
import { addCritique, listCritiques, pinCritique, voteCritique } from './critiques.ts';
import { exportPostsCsv, exportWorkbook } from './export.ts';
import { commitImport } from './import.ts';
import { accountAudit } from './kpis.ts';
import { previewWithHeaders } from './preview.ts';
import { getThresholds, saveThresholds } from './thresholds.ts';

/** The request body as a stream of chunks: an export file is never held whole in memory. */
async function* bodyChunks(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

function mappingOf(text: string | undefined): GenericMapping | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('validation', { fields: [{ field: 'mapping', rule: 'invalid' }], cause: error });
  }
  return parseInput(ColumnMappingInput, parsed) as GenericMapping;
}

export const auditRoutes = new Hono<AppEnv>()
  .get('/audit/accounts', async (c) => c.json(await listAccounts(await scopeOf(c))))
  .post('/audit/accounts', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateAccountInput);
    return c.json({ account: await createAccount(scope, input) }, 201);
  })
  .get('/audit/compare', async (c) => {
    const scope = await scopeOf(c);
    return c.json(await compareAccounts(scope, parseInput(CompareQuery, c.req.query())));
  })
  .get('/audit/accounts/:id', async (c) => c.json(await getAccount(await scopeOf(c), c.req.param('id'))))
  .patch('/audit/accounts/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateAccountInput);
    return c.json({ account: await updateAccount(scope, c.req.param('id'), input) });
  })
  .post('/audit/accounts/:id/followers', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, FollowerSnapshotInput);
    return c.json({ snapshot: await addFollowerSnapshot(scope, c.req.param('id'), input) }, 201);
  })
  .get('/audit/accounts/:id/kpis', async (c) => {
    const scope = await scopeOf(c);
    const query = parseInput(KpiContextQuery, c.req.query());
    return c.json(await accountAudit(scope, c.req.param('id'), query));
  })
  // The file's bytes are the body (any content type); options travel as query parameters.
  .post('/audit/accounts/:id/imports', async (c) => {
    const scope = await scopeOf(c);
    const { account } = await loadAccount(scope, c.req.param('id'), 'manage');
    const query = parseInput(ImportQuery, c.req.query());
    const mapping = mappingOf(query.mapping) ?? undefined;
    const today = localDateOf(c.get('deps').now().getTime(), account.timeZone);
    const options: ImportOptions = {
      fileName: query.fileName ?? null,
      timeZone: query.timeZone ?? account.timeZone,
      exportDate: query.exportDate ?? null,
      today,
      platform: query.platform ?? (account.platform as ImportOptions['platform']),
      ...(query.format ? { format: query.format } : {}),
      ...(mapping ? { mapping } : {}),
    };
    const source = bodyChunks(c.req.raw.body);
    if (query.preview === '1')
      return c.json(await previewWithHeaders(source, options, { db: scope.db, account }));
    const report = await commitImport(scope.db, {
      account,
      source,
      options,
      metricsAsOf: query.exportDate ?? today,
      fileName: query.fileName ?? '',
      actorUserId: scope.actor.userId,
    });
    if (report.committed && mapping) {
      // The columns of a generic CSV are kept for the account's next file.
      await scope.db
        .update(socialAccounts)
        .set({ columnMapping: mapping })
        .where(eq(socialAccounts.id, account.id));
    }
    return c.json({ report }, report.committed ? 201 : 422);
  })
  .get('/audit/accounts/:id/export.csv', async (c) => {
    const file = await exportPostsCsv(await scopeOf(c), c.req.param('id'), c.get('deps').now());
    return c.body(file.body, 200, downloadHeaders(file.fileName, CSV_TYPE));
  })
  .get('/audit/accounts/:id/export.xlsx', async (c) => {
    const file = await exportWorkbook(await scopeOf(c), c.req.param('id'), c.get('deps').now());
    return c.body(file.body, 200, downloadHeaders(file.fileName, XLSX_TYPE));
  })
  .get('/programmes/:id/audit-thresholds', async (c) =>
    c.json(await getThresholds(await scopeOf(c), c.req.param('id'))),
  )
  .put('/programmes/:id/audit-thresholds', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, AuditThresholdsInput);
    return c.json(await saveThresholds(scope, c.req.param('id'), input));
  })
  .get('/audit/accounts/:id/critiques', async (c) =>
    c.json(await listCritiques(await scopeOf(c), c.req.param('id'))),
  )
  .post('/audit/accounts/:id/critiques', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CritiqueInput);
    return c.json({ critique: await addCritique(scope, c.req.param('id'), input) }, 201);
  })
  .put('/audit/critiques/:id/vote', async (c) =>
    c.json(await voteCritique(await scopeOf(c), c.req.param('id'), true)),
  )
  .delete('/audit/critiques/:id/vote', async (c) =>
    c.json(await voteCritique(await scopeOf(c), c.req.param('id'), false)),
  )
  .patch('/audit/critiques/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, PinInput);
    return c.json(await pinCritique(scope, c.req.param('id'), input));
  });
