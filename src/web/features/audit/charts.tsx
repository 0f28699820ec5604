/**
 * The audit's small hand-made charts (no chart library, as the assessment's): the best-times heatmap, bars
 * per week, and horizontal bars per row with reference lines. Every chart carries its numbers in text too.
 */
import { locale, t } from '#web/app/i18n.ts';
import { formatPercent } from './figures.ts';
import { bestCells, heatColour, heatInk, heatTop, niceMax } from './scales.ts';
import type { BestTimeCell } from './types.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

const dayName = (weekday: number) => t(`audit.weekday.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
const dayShort = (weekday: number) => t(`audit.weekdayShort.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);

export function cellLabel(cell: BestTimeCell): string {
  const base = { day: dayName(cell.weekday), hour: String(cell.hour).padStart(2, '0') };
  return cell.posts === 0
    ? t('audit.times.cellEmpty', base)
    : t('audit.times.cell', {
        ...base,
        posts: cell.posts,
        rate: formatPercent(locale.value, cell.engagementRate),
      });
}

/** 7 weekdays × 24 hours, each cell coloured by its median rate; every cell names its numbers. */
export function Heatmap({ cells }: { cells: BestTimeCell[] }) {
  const top = heatTop(cells);
  const at = (weekday: number, hour: number) =>
    cells.find((c) => c.weekday === weekday && c.hour === hour) ?? {
      weekday,
      hour,
      posts: 0,
      engagementRate: null,
    };
  const best = bestCells(cells);
  return (
    <div class="heatmap" data-testid="heatmap">
      <table class="heatmap__table">
        <caption class="visually-hidden">{t('audit.times.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('audit.times.hour')}</span>
            </th>
            {HOURS.map((h) => (
              <th key={h} scope="col" class="heatmap__hour">
                {h % 3 === 0 ? String(h).padStart(2, '0') : ''}
                {h % 3 !== 0 && <span class="visually-hidden">{String(h).padStart(2, '0')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((d) => (
            <tr key={d}>
              <th scope="row" class="heatmap__day">
                <abbr title={dayName(d)}>{dayShort(d)}</abbr>
              </th>
              {HOURS.map((h) => {
                const cell = at(d, h);
                const label = cellLabel(cell);
                return (
                  <td
                    key={h}
                    class={`heatmap__cell heatmap__cell--${heatInk(cell, top)}`}
                    style={{ background: heatColour(cell, top) }}
                    title={label}
                    data-posts={cell.posts}
                  >
                    {cell.posts > 0 && <span aria-hidden="true">{cell.posts > 9 ? '9+' : cell.posts}</span>}
                    <span class="visually-hidden">{label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('audit.times.legend')}</p>
      <p data-testid="best-times">
        {best.length === 0
          ? t('audit.times.none')
          : t('audit.times.best', {
              list: best
                .map((c) =>
                  t('audit.times.bestItem', {
                    day: dayName(c.weekday),
                    hour: String(c.hour).padStart(2, '0'),
                    rate: formatPercent(locale.value, c.engagementRate),
                    posts: c.posts,
                  }),
                )
                .join('; '),
            })}
      </p>
      <p class="muted small">{t('audit.times.few')}</p>
    </div>
  );
}

export interface ReferenceLine {
  value: number;
  label: string;
}

/** Vertical bars, one per week, with optional dashed reference lines; a missing value is no bar. */
export function WeekBars({
  title,
  values,
  labels,
  format,
  references = [],
  testId,
}: {
  title: string;
  values: (number | null)[];
  labels: string[];
  format: (value: number) => string;
  references?: ReferenceLine[];
  testId?: string;
}) {
  const known = values.filter((v): v is number => v !== null);
  const top = niceMax(Math.max(0, ...known, ...references.map((r) => r.value)));
  const width = Math.max(1, values.length) * 10;
  const height = 60;
  const y = (v: number) => height - (v / top) * height;
  const summary = values
    .map((v, i) => t('audit.weeks.point', { week: labels[i] ?? '', value: v === null ? '—' : format(v) }))
    .join('; ');
  return (
    <figure class="weekbars" data-testid={testId}>
      <figcaption class="weekbars__title">
        {title} <span class="muted small">(0 – {format(top)})</span>
      </figcaption>
      <svg
        class="weekbars__svg"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${title}: ${summary}`}
      >
        <line
          x1="0"
          x2={width}
          y1={height}
          y2={height}
          class="weekbars__axis"
          vector-effect="non-scaling-stroke"
        />
        {values.map((v, i) =>
          v === null ? null : (
            <rect
              key={i}
              x={i * 10 + 1.5}
              y={y(v)}
              width={7}
              height={Math.max(v > 0 ? 0.8 : 0, height - y(v))}
              class="weekbars__bar"
            >
              <title>{t('audit.weeks.point', { week: labels[i] ?? '', value: format(v) })}</title>
            </rect>
          ),
        )}
        {references.map((r) => (
          <line
            key={r.label}
            x1="0"
            x2={width}
            y1={y(r.value)}
            y2={y(r.value)}
            class="weekbars__ref"
            vector-effect="non-scaling-stroke"
          />
        ))}
      </svg>
      {references.length > 0 && (
        <ul class="chart-refs">
          {references.map((r) => (
            <li key={r.label}>
              <span class="chart-refs__swatch" aria-hidden="true" /> {r.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
}

/** Horizontal bars, one row each, on a shared scale, with dashed reference lines across every row. */
export function RowBars({
  title,
  rows,
  format,
  references = [],
  testId,
}: {
  title: string;
  rows: BarRow[];
  format: (value: number) => string;
  references?: ReferenceLine[];
  testId?: string;
}) {
  const top = niceMax(Math.max(0, ...rows.map((r) => r.value ?? 0), ...references.map((r) => r.value)));
  const x = (v: number) => Math.min(100, (v / top) * 100);
  return (
    <figure class="rowbars" data-testid={testId}>
      <figcaption class="rowbars__title">{title}</figcaption>
      <ul class="rowbars__list">
        {rows.map((r) => {
          const text = r.value === null ? '—' : format(r.value);
          return (
            <li key={r.key} class="rowbars__row">
              <span class="rowbars__label">{r.label}</span>
              <svg
                class="rowbars__svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                role="img"
                aria-label={`${r.label}: ${text}`}
              >
                <rect x="0" y="0" width="100" height="10" class="rowbars__track" />
                {r.value !== null && (
                  <rect x="0" y="1" width={Math.max(0.5, x(r.value))} height="8" class="rowbars__bar" />
                )}
                {references.map((ref) => (
                  <line
                    key={ref.label}
                    x1={x(ref.value)}
                    x2={x(ref.value)}
                    y1="0"
                    y2="10"
                    class="rowbars__ref"
                    vector-effect="non-scaling-stroke"
                  />
                ))}
              </svg>
              <span class="rowbars__value">{text}</span>
            </li>
          );
        })}
      </ul>
      {references.length > 0 && (
        <ul class="chart-refs">
          {references.map((r) => (
            <li key={r.label}>
              <span class="chart-refs__swatch" aria-hidden="true" /> {r.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
