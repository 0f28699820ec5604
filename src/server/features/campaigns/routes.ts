import { Hono } from 'hono';
import {
  CommentInput,
  ContentItemSchema,
  CreateCampaignInput,
  SaveCampaignInput,
  SaveContentItemInput,
} from '#core/campaign/plan.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { readJson } from '../../http/middleware.ts';
import { campaignFieldResponse } from './field-response.ts';
import {
  addComment,
  addContent,
  createCampaign,
  deleteContent,
  getCampaign,
  listCampaigns,
  saveCampaign,
  saveContent,
} from './service.ts';

export const campaignRoutes = new Hono<AppEnv>()
  .get('/programmes/:id/campaigns', async (c) =>
    c.json(await listCampaigns(await scopeOf(c), c.req.param('id'))),
  )
  .post('/programmes/:id/campaigns', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CreateCampaignInput);
    return c.json(await createCampaign(scope, c.req.param('id'), input, c.get('locale')), 201);
  })
  .get('/campaigns/:id', async (c) => c.json(await getCampaign(await scopeOf(c), c.req.param('id'))))
  .get('/campaigns/:id/field-response', async (c) =>
    c.json(await campaignFieldResponse(await scopeOf(c), c.req.param('id'))),
  )
  .put('/campaigns/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, SaveCampaignInput);
    return c.json(await saveCampaign(scope, c.req.param('id'), input, c.get('deps').now()));
  })
  .post('/campaigns/:id/content', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, ContentItemSchema);
    return c.json({ item: await addContent(scope, c.req.param('id'), input) }, 201);
  })
  .put('/content/:id', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, SaveContentItemInput);
    return c.json({ item: await saveContent(scope, c.req.param('id'), input, c.get('deps').now()) });
  })
  .delete('/content/:id', async (c) => c.json(await deleteContent(await scopeOf(c), c.req.param('id'))))
  .post('/campaigns/:id/comments', async (c) => {
    const scope = await scopeOf(c);
    const input = await readJson(c, CommentInput);
    return c.json({ comment: await addComment(scope, c.req.param('id'), input) }, 201);
  });
