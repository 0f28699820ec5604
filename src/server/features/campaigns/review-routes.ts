/** Reviews of a campaign, pinned comments on its posters, replies, and a programme's rubric. */
import { Hono } from 'hono';
import { PinStateInput, ProgrammeRubricInput, SaveReviewInput } from '#core/review/review-inputs.ts';
import { PinInput, ReplyInput } from '#core/review/rubric.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { readJson } from '../../http/middleware.ts';
import {
  addPin,
  getRubric,
  listReviews,
  replyToPin,
  replyToReview,
  saveReview,
  saveRubric,
  setPinResolved,
} from './reviews.ts';

export const reviewRoutes = new Hono<AppEnv>()
  .get('/campaigns/:id/reviews', async (c) => c.json(await listReviews(await scopeOf(c), c.req.param('id'))))
  .put('/campaigns/:id/reviews', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, SaveReviewInput);
    const { review, created } = await saveReview(scope, c.req.param('id'), input);
    return c.json({ review }, created ? 201 : 200);
  })
  .post('/reviews/:id/replies', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, ReplyInput);
    return c.json({ reply: await replyToReview(scope, c.req.param('id'), input) }, 201);
  })
  .post('/assets/:id/pins', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, PinInput);
    return c.json({ pin: await addPin(scope, c.req.param('id'), input) }, 201);
  })
  .patch('/pins/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, PinStateInput);
    return c.json(await setPinResolved(scope, c.req.param('id'), input.resolved));
  })
  .post('/pins/:id/replies', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, ReplyInput);
    return c.json({ reply: await replyToPin(scope, c.req.param('id'), input) }, 201);
  })
  .get('/programmes/:id/rubric', async (c) => c.json(await getRubric(await scopeOf(c), c.req.param('id'))))
  .put('/programmes/:id/rubric', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, ProgrammeRubricInput);
    return c.json(await saveRubric(scope, c.req.param('id'), input.rubric, input.baseVersion));
  });
