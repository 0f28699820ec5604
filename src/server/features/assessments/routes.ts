import { Hono } from 'hono';
import { z } from 'zod';
import { CopyInstrumentInput, SaveInstrumentInput } from '#core/assessment/instrument-schema.ts';
import {
  CreateAssessmentInput,
  SaveAnswersInput,
  StartResponseInput,
  UpdateAssessmentInput,
} from '#core/assessment/schemas.ts';
import { parseInput } from '#core/validation.ts';
import { requireUser, scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { CSV_TYPE, downloadHeaders, XLSX_TYPE } from '../../http/download.ts';
import { readJson } from '../../http/middleware.ts';
import { exportCsv, exportXlsx } from './export.ts';
import { copyInstrument, getInstrument, listInstruments, saveInstrument } from './instruments.ts';
import { assessmentResults, compareRounds } from './results.ts';
import {
  createAssessment,
  getAssessmentForTaking,
  getProfile,
  getResponse,
  listAssessments,
  saveAnswers,
  startResponse,
  submitResponse,
  updateAssessment,
} from './service.ts';

/** The device's key to its own answers travels in a header, never in a URL (URLs end up in logs). */
const RESPONSE_TOKEN = 'x-response-token';
const CompareQuery = z.object({ with: z.uuid() });

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/programmes/:id/assessments', async (c) =>
    c.json({ assessments: await listAssessments(await scopeOf(c), c.req.param('id')) }),
  )
  .post('/programmes/:id/assessments', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateAssessmentInput);
    return c.json({ assessment: await createAssessment(scope, c.req.param('id'), input) }, 201);
  })
  .get('/programmes/:id/instruments', async (c) =>
    c.json({ instruments: await listInstruments(await scopeOf(c), c.req.param('id')) }),
  )
  .post('/programmes/:id/instruments', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CopyInstrumentInput);
    return c.json(await copyInstrument(scope, c.req.param('id'), input), 201);
  })
  .get('/programmes/:id/instruments/:instrumentId', async (c) =>
    c.json(await getInstrument(await scopeOf(c), c.req.param('id'), c.req.param('instrumentId'))),
  )
  .put('/programmes/:id/instruments/:instrumentId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, SaveInstrumentInput);
    const { id, instrumentId } = c.req.param();
    return c.json(await saveInstrument(scope, id, instrumentId, input, c.get('deps').now()));
  })
  .get('/assessments/:id', async (c) =>
    c.json(await getAssessmentForTaking(await scopeOf(c), c.req.param('id'))),
  )
  .patch('/assessments/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateAssessmentInput);
    return c.json({ assessment: await updateAssessment(scope, c.req.param('id'), input) });
  })
  .get('/assessments/:id/results', async (c) =>
    c.json(await assessmentResults(await scopeOf(c), c.req.param('id'))),
  )
  .get('/assessments/:id/export.csv', async (c) => {
    const file = await exportCsv(await scopeOf(c), c.req.param('id'), c.get('deps').now());
    return c.body(file.body, 200, downloadHeaders(file.fileName, CSV_TYPE));
  })
  .get('/assessments/:id/export.xlsx', async (c) => {
    const file = await exportXlsx(await scopeOf(c), c.req.param('id'), c.get('deps').now());
    return c.body(file.body, 200, downloadHeaders(file.fileName, XLSX_TYPE));
  })
  .get('/assessments/:id/comparison', async (c) => {
    const scope = await scopeOf(c);
    const query = parseInput(CompareQuery, c.req.query());
    return c.json(await compareRounds(scope, c.req.param('id'), query.with));
  })
  .post('/assessments/:id/responses', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, StartResponseInput);
    const started = await startResponse(scope, c.req.param('id'), input);
    return c.json(started, started.resumed ? 200 : 201);
  })
  // The routes below are reached with the device token alone (plus a session), never with an account id.
  .get('/responses/current', async (c) => {
    requireUser(c);
    return c.json(await getResponse(c.get('deps').db, c.req.header(RESPONSE_TOKEN)));
  })
  .put('/responses/current/answers', async (c) => {
    requireUser(c);
    const input = await readJson(c, SaveAnswersInput);
    return c.json(
      await saveAnswers(c.get('deps').db, c.req.header(RESPONSE_TOKEN), input, c.get('deps').now()),
    );
  })
  .post('/responses/current/submit', async (c) => {
    requireUser(c);
    return c.json(await submitResponse(c.get('deps').db, c.req.header(RESPONSE_TOKEN), c.get('deps').now()));
  })
  .get('/responses/current/profile', async (c) => {
    requireUser(c);
    return c.json(await getProfile(c.get('deps').db, c.req.header(RESPONSE_TOKEN)));
  });
