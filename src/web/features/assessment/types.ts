/** Response shapes of the assessment API (docs/api.md, section Assessments), as the web app reads them. */

export type Level = 'individual' | 'team' | 'organisation';
export type RoundKind = 'baseline' | 'follow_up' | 'named';
export type Stage = 1 | 2 | 3 | 4 | 5;
export type ItemType = 'single_choice' | 'scenario' | 'checklist' | 'numeric' | 'open_text';

export interface LocalText {
  id: string;
  en: string;
}

export interface AssessmentSummary {
  id: string;
  programmeId: string;
  name: string;
  round: RoundKind;
  roundLabel: string | null;
  instrument: { id: string; version: number; name: LocalText };
  k: number | null;
  status: 'open' | 'closed';
  responses?: number;
}

export interface ItemOption {
  id: string;
  text: LocalText;
}

export interface RespondentItem {
  id: string;
  level: Level;
  type: ItemType;
  text: LocalText;
  hint?: LocalText;
  evidence?: LocalText;
  options?: ItemOption[];
  unit?: LocalText;
  inputMin?: number;
  inputMax?: number;
}

export interface DimensionRef {
  id: string;
  level: Level;
  name: LocalText;
}

export interface RespondentInstrument {
  id: string;
  version: number;
  name: LocalText;
  anonymityStatement: LocalText;
  dimensions: DimensionRef[];
  items: RespondentItem[];
}

export interface AssessmentForTaking {
  assessment: AssessmentSummary;
  programme: { id: string; name: string; organisationIds: string[] };
  teams: { id: string; name: string; organisationId: string | null }[];
  instrument: RespondentInstrument;
}

export type Answer =
  | { type: 'option'; option: string }
  | { type: 'options'; options: string[] }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string };

export type Answers = Record<string, Answer>;

export interface ResponseState {
  assessmentId: string;
  answers: Answers;
  organisationId: string | null;
  teamId: string | null;
  submitted: boolean;
}

export interface Started {
  token: string;
  personalCode: string;
  resumed: boolean;
  response: ResponseState;
}

export interface ProfileDimension {
  id: string;
  level: Level;
  name: LocalText;
  score: number | null;
  stage: Stage | null;
  nextSteps: LocalText[];
}

export interface ProfileAnswer {
  assessment: AssessmentSummary;
  submitted: boolean;
  profile: {
    overall: number | null;
    stage: Stage | null;
    levels: Record<Level, number | null>;
    dimensions: ProfileDimension[];
    strongest: string | null;
    weakest: string | null;
  };
}

export interface Distribution {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface Figures {
  n: number;
  suppressed: boolean;
  overall: number | null;
  levels: Record<Level, number | null> | null;
  dimensions: Record<string, number | null> | null;
  distribution: Distribution | null;
}

export type AlphaLabel = 'excellent' | 'good' | 'acceptable' | 'questionable' | 'poor' | 'unacceptable';

export interface Results {
  assessment: {
    id: string;
    name: string;
    round: RoundKind;
    roundLabel: string | null;
    k: number;
    status: string;
  };
  dimensions: DimensionRef[];
  programme: Figures;
  organisations: ({ id: string; name: string } & Figures)[];
  teams: ({ id: string; name: string } & Figures)[];
  flags: { speeder: number; straightline: number; overclaim: number } | null;
  reliability: Record<string, { alpha: number | null; n: number; label: AlphaLabel | null }> | null;
}

export interface Change {
  n?: number;
  nBefore?: number;
  nAfter?: number;
  /** Not sent by the server: a subset's mean could reveal the rest of the round. */
  before?: number | null;
  after?: number | null;
  change: number | null;
  d: number | null;
}

export interface Comparison {
  baseline: { id: string; name: string };
  followUp: { id: string; name: string };
  k: number;
  paired: { n: number; suppressed: boolean; measures: Record<string, Change> | null };
  unpaired: { nBefore: number; nAfter: number; suppressed: boolean; measures: Record<string, Change> | null };
}

/** One instrument in a programme's list: the built-in ones, then the newest version of each of its own. */
export interface InstrumentSummary {
  id: string;
  version: number;
  name: LocalText;
  dimensions: number;
  items: number;
  scoredItems: number;
  builtIn: boolean;
  /** An assessment uses this version: saving it makes the next one. */
  inUse: boolean;
  /** `id@version` it was copied from. */
  basedOn: string | null;
}
