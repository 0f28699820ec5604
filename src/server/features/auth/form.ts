import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LoginInput } from '#core/auth/schemas.ts';
import { AppError } from '#core/errors.ts';
import { safeNext } from '#core/navigation.ts';
import { parseInput } from '#core/validation.ts';
import { WINDOW_MINUTES } from '../../auth/rate-limit.ts';
import type { AppEnv } from '../../http/context.ts';
import { setSessionCookie } from '../../http/cookies.ts';
import { checkOrigin, clientIp } from '../../http/middleware.ts';
import { signIn } from './service.ts';

/**
 * The sign-in form posted by the browser itself, before the app has taken the prerendered page over (a slow
 * phone, or no JavaScript at all): the same use-case and limits as the API, then a redirect. A failure goes
 * back to the sign-in page with the error's code, which the page shows in the reader's language.
 */
export const authFormRoutes = new Hono<AppEnv>().post(
  '/login',
  bodyLimit({ maxSize: 4096, onError: (c) => c.redirect('/login?error=payload_too_large', 303) }),
  checkOrigin(),
  async (c) => {
    const next = safeNext(c.req.query('next'));
    const back = (code: string) => {
      const params = new URLSearchParams({ error: code });
      if (next !== '/') params.set('next', next);
      if (code === 'rate_limited') params.set('minutes', String(WINDOW_MINUTES));
      return c.redirect(`/login?${params}`, 303);
    };
    try {
      const form = await c.req.parseBody();
      const input = parseInput(LoginInput, { email: form.email, password: form.password });
      const { token } = await signIn(c.get('deps'), input, clientIp(c));
      setSessionCookie(c, token);
      return c.redirect(next, 303);
    } catch (error) {
      if (error instanceof AppError) return back(error.code);
      throw error;
    }
  },
);
