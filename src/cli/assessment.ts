import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findInstrument, instrumentRefs } from '#core/assessment/instruments/registry.ts';
import type { Instrument } from '#core/assessment/model.ts';
import { instrumentJson, roundJson } from '#core/assessment/present.ts';
import { type CsvProblem, parseResponsesCsv } from '#core/assessment/responses-csv.ts';
import { scoreRound } from '#core/assessment/round.ts';
import { tt } from '#server/terminal.ts';

/** A usage or input problem: printed as is, exit code 2. */
export class UsageError extends Error {}

export interface AssessmentOptions {
  id?: string | undefined;
  instrument?: string | undefined;
  responses?: string | undefined;
  k?: string | undefined;
  json: boolean;
}

function instrumentOf(ref: string | undefined): Instrument {
  const instrument = findInstrument(ref);
  if (!instrument)
    throw new UsageError(
      tt('cli.assessment.unknown_instrument', { id: ref ?? '', known: instrumentRefs().join(', ') }),
    );
  return instrument;
}

/** `lantang assessment instrument [--id ID] --json` */
export function printInstrument(options: AssessmentOptions): string {
  if (!options.json) throw new UsageError(tt('cli.assessment.need_json'));
  return JSON.stringify(instrumentJson(instrumentOf(options.id)), null, 2);
}

/** The problems of a CSV file, one translated line each, under a heading. */
export function describeProblems(path: string, problems: readonly CsvProblem[]): string {
  const lines = problems.map((p) =>
    tt('cli.assessment.problem', {
      row: p.row,
      column: p.column ?? '-',
      message: tt(`cli.assessment.problem.${p.code}`, { value: p.value ?? '' }),
    }),
  );
  return [tt('cli.assessment.invalid_file', { file: path, count: problems.length }), ...lines].join('\n');
}

export function readResponsesFile(file: string | undefined): { path: string; text: string } {
  if (!file) throw new UsageError(tt('cli.missing_option', { option: '--responses' }));
  const path = resolve(file);
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch {
    throw new UsageError(tt('cli.file_missing', { file: path }));
  }
}

/** `lantang assessment score --responses FILE.csv [--instrument ID] [--k 5] --json` */
export function scoreFile(options: AssessmentOptions): string {
  if (!options.json) throw new UsageError(tt('cli.assessment.need_json'));
  const instrument = instrumentOf(options.instrument);
  const { path, text } = readResponsesFile(options.responses);
  const k = options.k === undefined ? undefined : Number(options.k);
  if (k !== undefined && !Number.isFinite(k))
    throw new UsageError(tt('cli.missing_option', { option: '--k' }));
  const { respondents, problems } = parseResponsesCsv(text, instrument);
  if (problems.length > 0) {
    const lines = problems.map((p) =>
      tt('cli.assessment.problem', {
        row: p.row,
        column: p.column ?? '-',
        message: tt(`cli.assessment.problem.${p.code}`, { value: p.value ?? '' }),
      }),
    );
    throw new UsageError(
      [tt('cli.assessment.invalid_file', { file: path, count: problems.length }), ...lines].join('\n'),
    );
  }
  return JSON.stringify(roundJson(scoreRound(instrument, respondents, k)), null, 2);
}
