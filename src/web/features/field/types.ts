/** The field API's shapes as the pages read them (routes in docs/field.md and the public API). */

export interface LocalLabel {
  id: string;
  en: string;
}

export interface SessionOutcome {
  id: string;
  label: LocalLabel;
  colour: string;
  /** Given by the facilitator's routes; the join answer leaves it out (the three defaults come first). */
  extra?: boolean;
}

export interface VolunteerSession {
  id: string;
  name: string;
  variants: Array<{ id: string; name: string }>;
  outcomes: SessionOutcome[];
  teams?: Array<{ id: string; name: string }>;
}

export interface JoinAnswer {
  token: string;
  session: VolunteerSession;
}

export interface Counts {
  total: number;
  by_outcome: Record<string, number>;
}

export interface FieldSummary extends Counts {
  by_variant: Array<{ variant: string } & Counts>;
  by_team: Array<{ team: string | null } & Counts>;
  by_hour: Array<{ hour: string } & Counts>;
}
