import { Hono } from 'hono';
import { z } from 'zod';
import {
  AcceptInvitationInput,
  CreateInvitationInput,
  CreateUserInput,
  UpdateUserInput,
} from '#core/auth/schemas.ts';
import { parseInput } from '#core/validation.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { setSessionCookie } from '../../http/cookies.ts';
import { clientIp, readJson, shareOrigin } from '../../http/middleware.ts';
import { presentMe } from '../auth/me.ts';
import {
  acceptInvitation,
  createInvitation,
  createUser,
  listAuditLog,
  listUsers,
  previewInvitation,
  updateUser,
} from './service.ts';

const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });
const token = z
  .string()
  .min(16)
  .max(100)
  .regex(/^[\w-]+$/);

export const accountRoutes = new Hono<AppEnv>()
  .get('/admin/users', async (c) => c.json({ users: await listUsers(await scopeOf(c)) }))
  .post('/admin/users', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateUserInput);
    return c.json({ user: await createUser(scope, input, clientIp(c)) }, 201);
  })
  .patch('/admin/users/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, UpdateUserInput);
    return c.json({ user: await updateUser(scope, c.req.param('id'), input, clientIp(c)) });
  })
  .get('/admin/audit-log', async (c) => {
    const scope = await scopeOf(c);
    const { limit } = parseInput(AuditQuery, c.req.query());
    return c.json({ entries: await listAuditLog(scope, limit) });
  })
  .post('/invitations', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateInvitationInput);
    const now = c.get('deps').now();
    return c.json(await createInvitation(scope, input, shareOrigin(c), now, clientIp(c)), 201);
  })
  .get('/invitations/:token', async (c) => {
    const value = token.safeParse(c.req.param('token'));
    if (!value.success) return c.json(await previewInvitation(c.get('deps').db, '-', c.get('deps').now()));
    return c.json(await previewInvitation(c.get('deps').db, value.data, c.get('deps').now()));
  })
  .post('/invitations/:token/accept', async (c) => {
    const { db, now, config } = c.get('deps');
    const input = await readJson(c, AcceptInvitationInput);
    const { user, sessionToken } = await acceptInvitation(
      db,
      c.req.param('token'),
      input,
      now(),
      config.sessionDays,
      clientIp(c),
    );
    setSessionCookie(c, sessionToken);
    return c.json(await presentMe(db, { ...user, locale: user.locale === 'en' ? 'en' : 'id' }));
  });
