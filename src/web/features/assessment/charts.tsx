/** Small hand-made SVG charts (no chart library): a score bar and a box plot, both on a 0–100 scale. */
import type { Distribution } from './types.ts';

const STAGE_LINES = [20, 40, 60, 80];

/** A horizontal bar for a score from 0 to 100, with faint lines at the stage boundaries. */
export function ScoreBar({ score, label }: { score: number | null; label: string }) {
  return (
    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x="0" y="0" width="100" height="10" class="bar__track" />
      {score !== null && <rect x="0" y="0" width={Math.max(0.5, score)} height="10" class="bar__value" />}
      {STAGE_LINES.map((x) => (
        <line key={x} x1={x} x2={x} y1="0" y2="10" class="bar__grid" vector-effect="non-scaling-stroke" />
      ))}
    </svg>
  );
}

/** Min, quartiles and max of a group's overall scores. */
export function BoxPlot({ d, label }: { d: Distribution; label: string }) {
  return (
    <svg class="box" viewBox="0 0 100 16" preserveAspectRatio="none" role="img" aria-label={label}>
      <line x1="0" x2="100" y1="8" y2="8" class="box__axis" vector-effect="non-scaling-stroke" />
      <line x1={d.min} x2={d.max} y1="8" y2="8" class="box__whisker" vector-effect="non-scaling-stroke" />
      <line x1={d.min} x2={d.min} y1="4" y2="12" class="box__whisker" vector-effect="non-scaling-stroke" />
      <line x1={d.max} x2={d.max} y1="4" y2="12" class="box__whisker" vector-effect="non-scaling-stroke" />
      <rect
        x={d.q1}
        y="2"
        width={Math.max(0.5, d.q3 - d.q1)}
        height="12"
        class="box__box"
        vector-effect="non-scaling-stroke"
      />
      <line
        x1={d.median}
        x2={d.median}
        y1="2"
        y2="14"
        class="box__median"
        vector-effect="non-scaling-stroke"
      />
    </svg>
  );
}
