import { describe, expect, it } from 'vitest';
import { JoinInput, LoginInput, normaliseJoinName } from './auth/schemas.ts';
import { AppError } from './errors.ts';
import { CreateActivityInput, CreateProgrammeInput, joinCodeFromBytes } from './programme/schemas.ts';
import { parseInput } from './validation.ts';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, fields: error.fields.map((f) => `${f.field}:${f.rule}`) };
    throw error;
  }
  return null;
}

describe('parseInput maps zod issues to stable field rules', () => {
  it.each([
    ['missing fields', LoginInput, {}, ['email:required', 'password:required']],
    ['wrong type', LoginInput, { email: 'a@b.test', password: 3 }, ['password:type']],
    ['bad email', LoginInput, { email: 'nope', password: 'x' }, ['email:email']],
    ['unknown key', LoginInput, { email: 'a@b.test', password: 'x', admin: true }, ['admin:unknown_key']],
    ['pin not digits', JoinInput, { code: 'ABCD', name: 'Sari', pin: '12ab' }, ['pin:pin']],
    [
      'end before start',
      CreateProgrammeInput,
      { name: 'P', startsOn: '2026-03-05', endsOn: '2026-03-01' },
      ['endsOn:date_order'],
    ],
    [
      'bad date',
      CreateProgrammeInput,
      { name: 'P', startsOn: '2026-13-01', endsOn: '2026-03-01' },
      ['startsOn:date'],
    ],
    [
      'bad time zone',
      CreateProgrammeInput,
      { name: 'P', startsOn: '2026-03-01', endsOn: '2026-03-01', timeZone: 'Mars/Base' },
      ['timeZone:time_zone'],
    ],
    [
      'bad module',
      CreateActivityInput,
      { startsAt: '09:00', endsAt: '10:00', title: 'x', module: 'nope' },
      ['module:choice'],
    ],
    [
      'bad time',
      CreateActivityInput,
      { startsAt: '9:00', endsAt: '10:00', title: 'x', module: 'general' },
      ['startsAt:time'],
    ],
    ['too long', LoginInput, { email: 'a@b.test', password: 'x'.repeat(201) }, ['password:too_long']],
  ] as const)('%s', (_label, schema, input, expected) => {
    expect(issuesOf(() => parseInput(schema, input))).toEqual({ code: 'validation', fields: expected });
  });

  it('normalises valid input', () => {
    expect(parseInput(LoginInput, { email: '  Facilitator@Demo.TEST ', password: 'x' }).email).toBe(
      'facilitator@demo.test',
    );
    expect(parseInput(JoinInput, { code: ' demo-join ', name: 'Sari', pin: '1234' }).code).toBe('DEMO-JOIN');
  });
});

describe('join names and codes', () => {
  it.each([
    ['  Siti   Rahmawati ', 'siti rahmawati'],
    ['SITI RAHMAWATI', 'siti rahmawati'],
    ['Ｓｉｔｉ', 'siti'],
  ])('normaliseJoinName(%j)', (input, expected) => {
    expect(normaliseJoinName(input)).toBe(expected);
  });

  it('makes readable codes without look-alike characters', () => {
    const code = joinCodeFromBytes(Uint8Array.from([0, 1, 2, 3, 30, 31, 200, 255]));
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toMatch(/[01OIL]/);
  });
});
