import { Hono } from 'hono';
import {
  CreateOrganisationInput,
  SetOrganisationMemberInput,
  UpdateOrganisationInput,
} from '#core/organisation/schemas.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { clientIp, readJson } from '../../http/middleware.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  removeOrganisationMember,
  setOrganisationMember,
  updateOrganisation,
} from './service.ts';

export const organisationRoutes = new Hono<AppEnv>()
  .get('/organisations', async (c) => c.json({ organisations: await listOrganisations(await scopeOf(c)) }))
  .post('/organisations', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateOrganisationInput);
    return c.json({ organisation: await createOrganisation(scope, input, clientIp(c)) }, 201);
  })
  .get('/organisations/:id', async (c) => c.json(await getOrganisation(await scopeOf(c), c.req.param('id'))))
  .patch('/organisations/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateOrganisationInput);
    return c.json({ organisation: await updateOrganisation(scope, c.req.param('id'), input, clientIp(c)) });
  })
  .put('/organisations/:id/members', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, SetOrganisationMemberInput);
    await setOrganisationMember(scope, c.req.param('id'), input, clientIp(c));
    return c.json(await getOrganisation(scope, c.req.param('id')));
  })
  .delete('/organisations/:id/members/:userId', async (c) => {
    await removeOrganisationMember(await scopeOf(c), c.req.param('id'), c.req.param('userId'), clientIp(c));
    return c.body(null, 204);
  });
