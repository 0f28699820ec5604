import { Hono } from 'hono';
import { ChangePasswordInput, JoinInput, joinCode, LoginInput, UpdateMeInput } from '#core/auth/schemas.ts';
import { parseInput } from '#core/validation.ts';
import { writeAudit } from '../../audit/log.ts';
import { requireUser } from '../../auth/actor.ts';
import { deleteSession } from '../../auth/sessions.ts';
import type { AppEnv } from '../../http/context.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/cookies.ts';
import { clientIp, readJson } from '../../http/middleware.ts';
import { presentMe } from './me.ts';
import { changePassword, joinWithCode, previewJoin, signIn, updateMe } from './service.ts';

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    const input = await readJson(c, LoginInput);
    const { user, token } = await signIn(c.get('deps'), input, clientIp(c));
    setSessionCookie(c, token);
    c.set('locale', user.locale);
    return c.json(await presentMe(c.get('deps').db, user));
  })
  .post('/auth/logout', async (c) => {
    const user = c.get('user');
    if (user) {
      await deleteSession(c.get('deps').db, user.sessionId);
      await writeAudit(c.get('deps').db, { actorUserId: user.id, action: 'auth.logout', ip: clientIp(c) });
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/auth/me', async (c) => c.json(await presentMe(c.get('deps').db, requireUser(c))))
  .patch('/auth/me', async (c) => {
    const user = requireUser(c);
    const input = await readJson(c, UpdateMeInput);
    const updated = await updateMe(c.get('deps').db, user.id, input);
    c.set('locale', updated.locale);
    return c.json(await presentMe(c.get('deps').db, updated));
  })
  .post('/auth/password', async (c) => {
    const user = requireUser(c);
    const input = await readJson(c, ChangePasswordInput);
    await changePassword(c.get('deps').db, user, input, clientIp(c));
    return c.body(null, 204);
  })
  .get('/join/:code', async (c) => {
    const code = parseInput(joinCode, c.req.param('code'));
    return c.json(await previewJoin(c.get('deps').db, code));
  })
  .post('/join', async (c) => {
    const input = await readJson(c, JoinInput);
    const result = await joinWithCode(c.get('deps'), input, clientIp(c));
    setSessionCookie(c, result.token);
    const me = await presentMe(c.get('deps').db, result.user);
    return c.json({ ...me, programmeId: result.programmeId, returning: result.returning });
  });
