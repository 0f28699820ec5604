import { Hono } from 'hono';
import {
  AddParticipantInput,
  CreateActivityInput,
  CreateDayInput,
  CreateJoinCodeInput,
  CreateProgrammeInput,
  CreateTeamInput,
  UpdateActivityInput,
  UpdateDayInput,
  UpdateJoinCodeInput,
  UpdateParticipantInput,
  UpdateProgrammeInput,
  UpdateTeamInput,
} from '#core/programme/schemas.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { clientIp, readJson, shareOrigin } from '../../http/middleware.ts';
import {
  createActivity,
  createDay,
  deleteActivity,
  deleteDay,
  getAgenda,
  updateActivity,
  updateDay,
} from './agenda.ts';
import { createJoinCode, joinCodeQrSvg, listJoinCodes, updateJoinCode } from './join-codes.ts';
import {
  addParticipant,
  createTeam,
  deleteTeam,
  listParticipants,
  listTeams,
  removeParticipant,
  updateParticipant,
  updateTeam,
} from './people.ts';
import { createProgramme, getProgramme, listProgrammes, updateProgramme } from './service.ts';

export const programmeRoutes = new Hono<AppEnv>()
  .get('/programmes', async (c) => c.json({ programmes: await listProgrammes(await scopeOf(c)) }))
  .post('/programmes', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateProgrammeInput);
    return c.json({ programme: await createProgramme(scope, input, clientIp(c)) }, 201);
  })
  .get('/programmes/:id', async (c) => c.json(await getProgramme(await scopeOf(c), c.req.param('id'))))
  .patch('/programmes/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateProgrammeInput);
    return c.json({ programme: await updateProgramme(scope, c.req.param('id'), input, clientIp(c)) });
  })
  // Agenda
  .get('/programmes/:id/agenda', async (c) =>
    c.json(await getAgenda(await scopeOf(c), c.req.param('id'), c.get('deps').now())),
  )
  .post('/programmes/:id/days', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateDayInput);
    return c.json({ day: await createDay(scope, c.req.param('id'), input) }, 201);
  })
  .patch('/programmes/:id/days/:dayId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateDayInput);
    return c.json({ day: await updateDay(scope, c.req.param('id'), c.req.param('dayId'), input) });
  })
  .delete('/programmes/:id/days/:dayId', async (c) => {
    await deleteDay(await scopeOf(c), c.req.param('id'), c.req.param('dayId'));
    return c.body(null, 204);
  })
  .post('/programmes/:id/days/:dayId/activities', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateActivityInput);
    return c.json(
      { activity: await createActivity(scope, c.req.param('id'), c.req.param('dayId'), input) },
      201,
    );
  })
  .patch('/programmes/:id/activities/:activityId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateActivityInput);
    return c.json({
      activity: await updateActivity(scope, c.req.param('id'), c.req.param('activityId'), input),
    });
  })
  .delete('/programmes/:id/activities/:activityId', async (c) => {
    await deleteActivity(await scopeOf(c), c.req.param('id'), c.req.param('activityId'));
    return c.body(null, 204);
  })
  // Participants
  .get('/programmes/:id/participants', async (c) =>
    c.json({ participants: await listParticipants(await scopeOf(c), c.req.param('id')) }),
  )
  .post('/programmes/:id/participants', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, AddParticipantInput);
    return c.json({ participant: await addParticipant(scope, c.req.param('id'), input, clientIp(c)) }, 201);
  })
  .patch('/programmes/:id/participants/:memberId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateParticipantInput);
    const participant = await updateParticipant(
      scope,
      c.req.param('id'),
      c.req.param('memberId'),
      input,
      clientIp(c),
    );
    return c.json({ participant });
  })
  .delete('/programmes/:id/participants/:memberId', async (c) => {
    await removeParticipant(await scopeOf(c), c.req.param('id'), c.req.param('memberId'), clientIp(c));
    return c.body(null, 204);
  })
  // Teams
  .get('/programmes/:id/teams', async (c) =>
    c.json({ teams: await listTeams(await scopeOf(c), c.req.param('id')) }),
  )
  .post('/programmes/:id/teams', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateTeamInput);
    return c.json({ team: await createTeam(scope, c.req.param('id'), input) }, 201);
  })
  .patch('/programmes/:id/teams/:teamId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateTeamInput);
    return c.json({ team: await updateTeam(scope, c.req.param('id'), c.req.param('teamId'), input) });
  })
  .delete('/programmes/:id/teams/:teamId', async (c) => {
    await deleteTeam(await scopeOf(c), c.get('deps').storage, c.req.param('id'), c.req.param('teamId'));
    return c.body(null, 204);
  })
  // Join codes
  .get('/programmes/:id/join-codes', async (c) =>
    c.json({ joinCodes: await listJoinCodes(await scopeOf(c), c.req.param('id'), shareOrigin(c)) }),
  )
  .post('/programmes/:id/join-codes', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateJoinCodeInput);
    return c.json(
      { joinCode: await createJoinCode(scope, c.req.param('id'), input, shareOrigin(c), clientIp(c)) },
      201,
    );
  })
  .patch('/programmes/:id/join-codes/:codeId', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateJoinCodeInput);
    const joinCode = await updateJoinCode(
      scope,
      c.req.param('id'),
      c.req.param('codeId'),
      input,
      shareOrigin(c),
      clientIp(c),
    );
    return c.json({ joinCode });
  })
  .get('/programmes/:id/join-codes/:codeId/qr.svg', async (c) => {
    const svg = await joinCodeQrSvg(
      await scopeOf(c),
      c.req.param('id'),
      c.req.param('codeId'),
      shareOrigin(c),
    );
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(svg);
  });
