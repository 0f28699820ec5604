import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.test-data.ts';
import { parseResponsesCsv } from './responses-csv.ts';
import { scoreRound } from './round.ts';

const problems = (csv: string) =>
  parseResponsesCsv(csv, fixture).problems.map((p) => `${p.row}:${p.column ?? '-'}:${p.code}`);

describe('reading a CSV of answers', () => {
  it('reads columns by name, in any order and subset, with a BOM and empty cells', () => {
    const { respondents, problems } = parseResponsesCsv(
      '\uFEFFB2,respondent,A3,group,B1\ne,r1,a|c,Tim A,1.5\n,r2,,,\n',
      fixture,
    );
    expect(problems).toEqual([]);
    expect(respondents).toHaveLength(2);
    expect(respondents[0]).toEqual({
      id: 'r1',
      group: 'Tim A',
      durationSeconds: null,
      answers: new Map<string, unknown>([
        ['B2', { type: 'option', option: 'e' }],
        ['A3', { type: 'options', options: ['a', 'c'] }],
        ['B1', { type: 'number', value: 1.5 }],
      ]),
    });
    expect(respondents[1]?.answers.size).toBe(0);
  });

  it('accepts a comma as the decimal separator', () => {
    const { respondents } = parseResponsesCsv('respondent,B1\nr1,"1,5"\n', fixture);
    expect(respondents[0]?.answers.get('B1')).toEqual({ type: 'number', value: 1.5 });
  });

  it.each([
    ['an unknown column', 'respondent,A1,Z9\nr1,a,x\n', ['1:Z9:unknown_column']],
    ['no respondent column', 'A1\na\n', ['1:respondent:missing_respondent_column']],
    ['a duplicate column', 'respondent,A1,A1\nr1,a,a\n', ['1:A1:duplicate_column']],
    ['an unknown option', 'respondent,A1\nr1,z\n', ['2:A1:unknown_option']],
    ['an unknown option in a checklist', 'respondent,A3\nr1,a|q\n', ['2:A3:unknown_option']],
    ['a repeated checklist option', 'respondent,A3\nr1,a|a\n', ['2:A3:duplicate_option']],
    ['text in a numeric cell', 'respondent,B1\nr1,dua\n', ['2:B1:not_a_number']],
    ['a number outside the input range', 'respondent,B1\nr1,-3\n', ['2:B1:out_of_range']],
    ['a bad duration', 'respondent,duration_seconds\nr1,lama\n', ['2:duration_seconds:not_a_number']],
    ['a repeated respondent', 'respondent,A1\nr1,a\nr1,b\n', ['3:respondent:duplicate_respondent']],
    ['a missing respondent', 'respondent,A1\n,a\n', ['2:respondent:missing_respondent']],
    ['a row with too many cells', 'respondent,A1\nr1,a,b\n', ['2:-:wrong_field_count']],
    [
      'every problem at once, and none scored',
      'respondent,A1,B1\nr1,z,x\nr2,q,1\n',
      ['2:A1:unknown_option', '2:B1:not_a_number', '3:A1:unknown_option'],
    ],
    ['an empty file', '', ['1:-:empty']],
  ])('reports %s with its row and column', (_label, csv, expected) => {
    expect(problems(csv)).toEqual(expected);
    expect(parseResponsesCsv(csv, fixture).respondents).toEqual([]);
  });
});

describe('scoring a round', () => {
  it('scores respondents, flags speeders against the round median, and hides small groups', () => {
    const rows = ['respondent,group,duration_seconds,A1,A2,A3,B1,B2'];
    for (let i = 0; i < 5; i++) rows.push(`g${i},Tim A,${600 + i},c,c,a|b,1,d`);
    rows.push('s1,Tim B,100,a,a,d,30,a');
    const parsed = parseResponsesCsv(`${rows.join('\n')}\n`, fixture);
    const result = scoreRound(fixture, parsed.respondents);
    const first = result.respondents[0];
    // A: (1 + 0.5 + 2/3) / 3 × 100; B: (1 + 0.75) / 2 × 100
    expect(first?.dimensions.A).toBeCloseTo(((1 + 0.5 + 2 / 3) / 3) * 100, 10);
    expect(first?.dimensions.B).toBeCloseTo(87.5, 10);
    expect(first?.stage).toBe(4);
    expect(result.respondents.find((r) => r.id === 's1')?.flags).toEqual(['speeder']);
    // Tim B (1) is hidden; Tim A (5) keeps its figures (the file's total is what would be hidden).
    expect(result.groups.map((g) => [g.group, g.n, g.suppressed])).toEqual([
      ['Tim A', 5, false],
      ['Tim B', 1, true],
    ]);
    expect(result.groups[0]?.overall).toBeCloseTo((((1 + 0.5 + 2 / 3) / 3) * 100 + 87.5) / 2, 10);
    expect(result.groups[1]?.overall).toBeNull();
  });
});
