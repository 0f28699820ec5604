/**
 * The field campaign's routes. Facilitators (cookie) set sessions up and watch them; volunteers (bearer
 * token from `POST /api/field/join`) send tallies and photos; the summary and the live stream take either.
 * The tracked links (`/l/:code`) live outside `/api`, in links.ts.
 */
import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { AppError } from '#core/errors.ts';
import { parseInput } from '#core/validation.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { assertUuid } from '../../http/ids.ts';
import { clientIp, readJson, shareOrigin } from '../../http/middleware.ts';
import { imageBodyOf, sendImageFile } from '../../images.ts';
import { sessionDashboard } from './dashboard.ts';
import { CreateFieldSessionInput, FieldJoinInput, PhotoQuery, UpdateFieldSessionInput } from './inputs.ts';
import { fieldHub } from './live.ts';
import { readPhotoFile, uploadPhoto } from './photos.ts';
import {
  createFieldSession,
  joinQrSvg,
  linkStripSvg,
  listFieldSessions,
  loadFieldSession,
  presentSession,
  type SessionRow,
  updateFieldSession,
} from './sessions.ts';
import { ingestTallies, sessionSummary } from './tallies.ts';
import {
  bearerToken,
  findVolunteer,
  joinFieldSession,
  requireVolunteer,
  volunteerSession,
} from './volunteers.ts';

/** A heartbeat comment keeps proxies and phones from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

/**
 * The session for the summary and the stream: a volunteer's token of this very session, else the
 * facilitator's cookie (401 without either; a token of another session is a 404, as is an unknown id).
 */
async function sessionForViewer(c: Context<AppEnv>, id: string, query: boolean): Promise<SessionRow> {
  const token = bearerToken(c, query);
  if (!token) return loadFieldSession(await scopeOf(c), id);
  const volunteer = await findVolunteer(c.get('deps').db, token);
  if (!volunteer) throw new AppError('unauthenticated');
  if (volunteer.session.id !== assertUuid(id)) throw new AppError('not_found');
  return volunteer.session;
}

/** Photos are deleted when their retention ends: a browser keeps one an hour at most. */
const PHOTO_MAX_AGE = 3_600;

async function sendPhotoFile(c: Context<AppEnv>, which: 'image' | 'thumbnail') {
  const scope = await scopeOf(c);
  const file = await readPhotoFile(scope, c.get('deps').storage, c.req.param('id') ?? '', which);
  return sendImageFile(c, file, { maxAge: PHOTO_MAX_AGE });
}

export const fieldRoutes = new Hono<AppEnv>()
  // Facilitators
  .post('/programmes/:id/field-sessions', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateFieldSessionInput);
    const session = await createFieldSession(scope, c.req.param('id'), input, shareOrigin(c), clientIp(c));
    return c.json({ session }, 201);
  })
  .get('/programmes/:id/field-sessions', async (c) =>
    c.json({ sessions: await listFieldSessions(await scopeOf(c), c.req.param('id'), shareOrigin(c)) }),
  )
  .get('/field/sessions/:id', async (c) => {
    const scope = await scopeOf(c);
    const row = await loadFieldSession(scope, c.req.param('id'));
    return c.json({ session: await presentSession(scope.db, row, shareOrigin(c)) });
  })
  .patch('/field/sessions/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateFieldSessionInput);
    const session = await updateFieldSession(scope, c.req.param('id'), input, shareOrigin(c), clientIp(c));
    return c.json({ session });
  })
  .get('/field/sessions/:id/qr.svg', async (c) => {
    const svg = await joinQrSvg(await scopeOf(c), c.req.param('id'), shareOrigin(c));
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(svg);
  })
  .get('/field/sessions/:id/links.svg', async (c) => {
    const svg = await linkStripSvg(await scopeOf(c), c.req.param('id'), shareOrigin(c));
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(svg);
  })
  .get('/field/sessions/:id/dashboard', async (c) => {
    const scope = await scopeOf(c);
    const row = await loadFieldSession(scope, c.req.param('id'));
    return c.json(await sessionDashboard(scope.db, row));
  })
  .get('/field/photos/:id/image', (c) => sendPhotoFile(c, 'image'))
  .get('/field/photos/:id/thumbnail', (c) => sendPhotoFile(c, 'thumbnail'))
  // Facilitators or the session's volunteers
  .get('/field/sessions/:id/summary', async (c) => {
    const session = await sessionForViewer(c, c.req.param('id'), false);
    return c.json(await sessionSummary(c.get('deps').db, session));
  })
  .get('/field/sessions/:id/stream', async (c) => {
    const session = await sessionForViewer(c, c.req.param('id'), true);
    const deps = c.get('deps');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let open = true;
      let chain: Promise<unknown> = Promise.resolve();
      const write = (text: () => Promise<unknown>) => {
        if (!open) return;
        chain = chain.then(text).catch((error: unknown) => {
          // The client went away mid-write: the stream is over, and the subscription ends below.
          open = false;
          console.info('[field] a live stream closed while writing', String(error));
        });
      };
      const send = (event: string, data: unknown) =>
        write(() => stream.writeSSE({ event, data: JSON.stringify(data) }));
      const unsubscribe = await fieldHub(deps).subscribe(session.id, {
        tallies: (tallies) => send('tallies', { tallies }),
        summary: (summary) => send('summary', summary),
      });
      const heartbeat = setInterval(() => write(() => stream.write(': ping\n\n')), HEARTBEAT_MS);
      try {
        send('summary', await sessionSummary(deps.db, session));
        await new Promise<void>((resolve) => {
          stream.onAbort(resolve);
          if (stream.aborted) resolve();
        });
      } finally {
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  })
  // Volunteers
  .post('/field/join', async (c) => {
    const input = await readJson(c, FieldJoinInput);
    return c.json(await joinFieldSession(c.get('deps'), input, clientIp(c)));
  })
  // The token's session as the join answer gives it, as edited since: the page reads it again to follow changes.
  .get('/field/session', async (c) => {
    const volunteer = await requireVolunteer(c);
    return c.json({ session: await volunteerSession(c.get('deps').db, volunteer.session) });
  })
  .post('/field/tallies', async (c) => {
    const volunteer = await requireVolunteer(c);
    const body = await readJson(c, z.unknown());
    return c.json(await ingestTallies(c.get('deps'), volunteer, body));
  })
  // The image's bytes are the body (its type is told from the bytes, whatever the header says).
  .post('/field/photos', async (c) => {
    const volunteer = await requireVolunteer(c);
    const query = parseInput(PhotoQuery, c.req.query());
    const photo = await uploadPhoto(c.get('deps'), volunteer, query, imageBodyOf(c.req.raw.body));
    return c.json({ photo }, 201);
  });
