/**
 * `GET /api/openapi.json`: the OpenAPI 3.1 document of the public API that other tools (a union's own app, a
 * script that feeds a projector) may call. Request bodies come from the same zod schemas the server checks
 * with (`z.toJSONSchema`), so the document cannot drift from the checks; answers are written out here.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { REJECT_REASONS, TallyBatchSchema } from '#core/field/tally.ts';
import { FieldJoinInput } from './features/field/inputs.ts';
import type { AppEnv } from './http/context.ts';

const requestSchema = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
};

const counts = {
  type: 'object',
  required: ['total', 'by_outcome'],
  properties: {
    total: { type: 'integer' },
    by_outcome: {
      type: 'object',
      description: 'Every outcome of the session, 0 when none was logged, in the session’s order.',
      additionalProperties: { type: 'integer' },
    },
  },
};
const withCounts = (key: string, schema: object) => ({
  allOf: [counts, { type: 'object', required: [key], properties: { [key]: schema } }],
});

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'fields'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        params: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'rule'],
            properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const sessionIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Lantang field campaign API',
    version: '1',
    description:
      'Volunteers join a field session with its code and a name, then send the public’s responses (tallies) in ' +
      'batches from an offline outbox. Each tally has an id made by the phone, so sending a batch again changes ' +
      'nothing. The rules of every field are in docs/field.md.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      volunteerToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The token from POST /api/field/join.',
      },
      facilitatorCookie: { type: 'apiKey', in: 'cookie', name: 'lantang_session' },
    },
    schemas: {
      Error: error,
      JoinRequest: requestSchema(FieldJoinInput),
      VolunteerSession: {
        description:
          'A session as a volunteer’s page shows it: its variants, outcome buttons and teams, as the session is now.',
        type: 'object',
        required: ['id', 'name', 'variants', 'outcomes', 'teams'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          place: { type: 'string' },
          startsAt: { type: 'string', format: 'date-time' },
          endsAt: { type: 'string', format: 'date-time' },
          timeZone: { type: 'string' },
          variants: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name'],
              properties: { id: { type: 'string' }, name: { type: 'string' } },
            },
          },
          outcomes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'label', 'colour'],
              properties: {
                id: { type: 'string' },
                label: {
                  type: 'object',
                  properties: { id: { type: 'string' }, en: { type: 'string' } },
                },
                colour: { type: 'string' },
              },
            },
          },
          teams: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name'],
              properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
            },
          },
        },
      },
      JoinResponse: {
        type: 'object',
        required: ['token', 'volunteer', 'session'],
        properties: {
          token: { type: 'string', description: 'Send as `Authorization: Bearer <token>`; keep it secret.' },
          volunteer: {
            type: 'object',
            required: ['id', 'name'],
            properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
          },
          session: { $ref: '#/components/schemas/VolunteerSession' },
        },
      },
      TallyBatch: requestSchema(TallyBatchSchema),
      TallyResult: {
        type: 'object',
        required: ['accepted', 'duplicates', 'rejected'],
        properties: {
          accepted: { type: 'integer', description: 'Tallies stored by this request.' },
          duplicates: { type: 'integer', description: 'Valid tallies that were stored already (a retry).' },
          rejected: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'reason'],
              properties: {
                id: { type: ['string', 'null'] },
                reason: { type: 'string', enum: [...REJECT_REASONS] },
              },
            },
          },
        },
      },
      Summary: {
        allOf: [
          counts,
          {
            type: 'object',
            required: ['by_variant', 'by_team', 'by_hour'],
            properties: {
              by_variant: { type: 'array', items: withCounts('variant', { type: 'string' }) },
              by_team: { type: 'array', items: withCounts('team', { type: ['string', 'null'] }) },
              by_hour: {
                type: 'array',
                description: 'Local hours from the first tally to the last, empty ones included.',
                items: withCounts('hour', { type: 'string', format: 'date-time' }),
              },
            },
          },
        ],
      },
    },
  },
  paths: {
    '/api/field/join': {
      post: {
        summary: 'Join a field session with its code and a name',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/JoinRequest' } } },
        },
        responses: {
          '200': {
            description: 'Joined',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/JoinResponse' } } },
          },
          '400': errorResponse('A field is missing or malformed (`validation`)'),
          '404': errorResponse('Unknown code (`join_code_invalid`)'),
          '429': errorResponse('Too many failed attempts from this address (`rate_limited`)'),
        },
      },
    },
    '/api/field/session': {
      get: {
        summary: 'The session of a volunteer’s token, as it is now',
        description:
          'The same session as the join answer’s, with the facilitator’s changes since the join (renamed, added ' +
          'or removed variants, relabelled buttons, teams). Ids never change, so tallies already logged stay ' +
          'valid for every variant and button that is still there.',
        security: [{ volunteerToken: [] }],
        responses: {
          '200': {
            description: 'The session',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['session'],
                  properties: { session: { $ref: '#/components/schemas/VolunteerSession' } },
                },
              },
            },
          },
          '401': errorResponse('No valid token (`unauthenticated`)'),
        },
      },
    },
    '/api/field/tallies': {
      post: {
        summary: 'Send a batch of at most 500 tallies',
        description:
          'Each tally is judged on its own: the valid ones are kept, the others listed with their reason. Only ' +
          'a body that is not `{tallies:[…]}` or holds more than 500 is refused whole.',
        security: [{ volunteerToken: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/TallyBatch' } } },
        },
        responses: {
          '200': {
            description: 'Stored',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/TallyResult' } } },
          },
          '400': errorResponse('Not a batch, or more than 500 tallies (`validation`)'),
          '401': errorResponse('No valid token (`unauthenticated`)'),
        },
      },
    },
    '/api/field/sessions/{id}/summary': {
      get: {
        summary: 'The counts of a session per outcome, variant, team and local hour',
        security: [{ volunteerToken: [] }, { facilitatorCookie: [] }],
        parameters: [sessionIdParameter],
        responses: {
          '200': {
            description: 'The summary',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Summary' } } },
          },
          '401': errorResponse('Neither a token nor a signed-in facilitator'),
          '404': errorResponse('Unknown session, or a token of another session'),
        },
      },
    },
    '/api/field/sessions/{id}/stream': {
      get: {
        summary: 'Server-sent events: new tallies and the changed summary',
        description:
          'Events: `summary` (data: a Summary; sent first, then after changes, at most every 250 ms) and ' +
          '`tallies` (data: `{tallies:[{id, variant, outcome, at, team, age_band, gender, group, quote}]}`). A ' +
          'comment line is sent every 15 s. A browser’s EventSource cannot send headers, so the token may ' +
          'also be given as `?token=`.',
        security: [{ volunteerToken: [] }, { facilitatorCookie: [] }],
        parameters: [
          sessionIdParameter,
          { name: 'token', in: 'query', required: false, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'The event stream',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          '401': errorResponse('Neither a token nor a signed-in facilitator'),
          '404': errorResponse('Unknown session, or a token of another session'),
        },
      },
    },
    '/api/field/photos': {
      post: {
        summary: 'Upload a documentation photo (the image’s bytes are the body)',
        security: [{ volunteerToken: [] }],
        parameters: [
          { name: 'identifiable', in: 'query', schema: { type: 'string', enum: ['0', '1'] } },
          { name: 'consent', in: 'query', schema: { type: 'string', enum: ['0', '1'] } },
          { name: 'caption', in: 'query', schema: { type: 'string', maxLength: 280 } },
        ],
        requestBody: {
          required: true,
          content: { 'image/*': { schema: { type: 'string', contentMediaType: 'image/jpeg' } } },
        },
        responses: {
          '201': { description: 'Stored without any metadata' },
          '400': errorResponse('Identifiable without consent (`validation`, `consent_required`), or damaged'),
          '401': errorResponse('No valid token'),
          '413': errorResponse('Over 15 MiB or 60 megapixels'),
          '415': errorResponse('Not a JPEG, PNG or WebP image'),
        },
      },
    },
  },
} as const;

export const openApiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(openApiDocument));
