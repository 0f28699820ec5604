/**
 * Answers collected on paper or in other tools, as CSV: a header `respondent`, optional `group`, optional
 * `duration_seconds`, then one column per item id (any subset, any order). Single-choice and scenario
 * cells hold an option id, checklist cells option ids joined by `|`, numeric cells a number, open-text
 * cells any text; an empty cell is unanswered. A file is read whole or not at all: every problem is
 * reported with its row (the header is row 1) and column.
 */
import { parse } from 'csv-parse/sync';
import type { Answer, Instrument, Item } from './model.ts';

export interface ParsedRespondent {
  id: string;
  group: string | null;
  durationSeconds: number | null;
  answers: Map<string, Answer>;
}

export type CsvProblemCode =
  | 'unreadable'
  | 'empty'
  | 'missing_respondent_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'missing_respondent'
  | 'duplicate_respondent'
  | 'unknown_option'
  | 'duplicate_option'
  | 'not_a_number'
  | 'out_of_range'
  | 'wrong_field_count';

export interface CsvProblem {
  row: number;
  column: string | null;
  code: CsvProblemCode;
  value: string | null;
}

const FIXED = ['respondent', 'group', 'duration_seconds'] as const;

function readNumber(raw: string): number | null {
  // A plain decimal number; a comma decimal separator is accepted too (1,5), as Indonesian spreadsheets write it.
  if (!/^-?\d+([.,]\d+)?$/.test(raw)) return null;
  return Number(raw.replace(',', '.'));
}

function readAnswer(item: Item, raw: string): { answer: Answer } | { problem: CsvProblemCode } {
  switch (item.type) {
    case 'single_choice':
    case 'scenario':
      return item.options.some((o) => o.id === raw)
        ? { answer: { type: 'option', option: raw } }
        : { problem: 'unknown_option' };
    case 'checklist': {
      const ids = raw.split('|').map((s) => s.trim());
      if (ids.some((id) => !item.options.some((o) => o.id === id))) return { problem: 'unknown_option' };
      if (new Set(ids).size !== ids.length) return { problem: 'duplicate_option' };
      return { answer: { type: 'options', options: ids } };
    }
    case 'numeric': {
      const value = readNumber(raw);
      if (value === null) return { problem: 'not_a_number' };
      const inBand = item.bands.some(
        (b) => (b.min === null || value >= b.min) && (b.max === null || value < b.max),
      );
      if (!inBand || value < item.inputMin || value > item.inputMax) return { problem: 'out_of_range' };
      return { answer: { type: 'number', value } };
    }
    case 'open_text':
      return { answer: { type: 'text', value: raw } };
  }
}

export function parseResponsesCsv(
  text: string,
  instrument: Instrument,
): { respondents: ParsedRespondent[]; problems: CsvProblem[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    return { respondents: [], problems: [{ row: 1, column: null, code: 'unreadable', value: null }] };
  }
  const [header, ...rows] = records;
  if (!header || header.length === 0)
    return { respondents: [], problems: [{ row: 1, column: null, code: 'empty', value: null }] };

  const problems: CsvProblem[] = [];
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  header.forEach((name) => {
    if (seen.has(name)) problems.push({ row: 1, column: name, code: 'duplicate_column', value: null });
    seen.add(name);
    if (!(FIXED as readonly string[]).includes(name) && !items.has(name)) {
      problems.push({ row: 1, column: name, code: 'unknown_column', value: null });
    }
  });
  if (!header.includes('respondent'))
    problems.push({ row: 1, column: 'respondent', code: 'missing_respondent_column', value: null });
  if (problems.length > 0) return { respondents: [], problems };

  const respondents: ParsedRespondent[] = [];
  const ids = new Set<string>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== header.length) {
      problems.push({ row, column: null, code: 'wrong_field_count', value: String(cells.length) });
      return;
    }
    const cell = (name: string) => cells[header.indexOf(name)] ?? '';
    const id = cell('respondent');
    if (id === '') problems.push({ row, column: 'respondent', code: 'missing_respondent', value: null });
    else if (ids.has(id))
      problems.push({ row, column: 'respondent', code: 'duplicate_respondent', value: id });
    ids.add(id);
    let durationSeconds: number | null = null;
    if (header.includes('duration_seconds') && cell('duration_seconds') !== '') {
      durationSeconds = readNumber(cell('duration_seconds'));
      if (durationSeconds === null)
        problems.push({
          row,
          column: 'duration_seconds',
          code: 'not_a_number',
          value: cell('duration_seconds'),
        });
      else if (durationSeconds < 0)
        problems.push({
          row,
          column: 'duration_seconds',
          code: 'out_of_range',
          value: cell('duration_seconds'),
        });
    }
    const answers = new Map<string, Answer>();
    header.forEach((name, column) => {
      const item = items.get(name);
      const raw = cells[column] ?? '';
      if (!item || raw === '') return;
      const read = readAnswer(item, raw);
      if ('problem' in read) problems.push({ row, column: name, code: read.problem, value: raw });
      else answers.set(name, read.answer);
    });
    const group = header.includes('group') && cell('group') !== '' ? cell('group') : null;
    respondents.push({ id, group, durationSeconds, answers });
  });
  return problems.length > 0 ? { respondents: [], problems } : { respondents, problems };
}
