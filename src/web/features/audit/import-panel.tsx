/**
 * Uploading an export file: choose or drop it, check it (a preview that writes nothing), match columns
 * when the format is unknown, then save. The file's bytes go up twice (check, save) so nothing is kept
 * half-read on the server between the two.
 */

import { useRef, useState } from 'preact/hooks';
import { formatBytes } from '#core/i18n/format.ts';
import { type ApiError, asApiError } from '#web/app/api.ts';
import { locale, t, tOptional } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { ProgressBar } from '#web/components/ui/progress-bar.tsx';
import { platformLabel } from './bits.tsx';
import {
  GENERIC_FIELDS,
  type GenericField,
  initialMapping,
  type MappingState,
  mappingIssues,
  mappingPayload,
  setColumn,
  usedSaved,
} from './column-mapping.ts';
import { formatFigure } from './figures.ts';
import type { AuditAccount, ImportReport } from './types.ts';
import { importUrl, type UploadProgress, uploadFile } from './upload.ts';

const MAX_BYTES = 64 * 1024 * 1024;
const SAMPLE_ROWS = 8;

type Step =
  | { kind: 'choose' }
  | { kind: 'sending'; progress: UploadProgress; commit: boolean }
  | { kind: 'mapping'; headers: string[]; state: MappingState; saved: boolean }
  | { kind: 'preview'; report: ImportReport }
  | { kind: 'done'; report: ImportReport };

/** Handles compare as the server stores them: without `@`, spaces or case. */
const sameHandle = (a: string, b: string) =>
  a.trim().replace(/^@+/, '').toLowerCase() === b.trim().replace(/^@+/, '').toLowerCase();

const n = (v: number) => formatFigure(locale.value, v, 0);

function Progress({ progress, onCancel }: { progress: UploadProgress; onCancel: () => void }) {
  const caption =
    progress.sent >= progress.total
      ? t('audit.import.reading')
      : t('audit.import.uploading', {
          sent: formatBytes(locale.value, progress.sent),
          total: formatBytes(locale.value, progress.total),
        });
  return (
    <div class="stack" data-testid="import-progress">
      <ProgressBar progress={progress} label={t('audit.import.title')} caption={caption} />
      <Button variant="ghost" size="small" onClick={onCancel}>
        {t('audit.import.cancelUpload')}
      </Button>
    </div>
  );
}

function Issues({ report }: { report: ImportReport }) {
  if (report.rejected_count === 0 && report.problems.length === 0) return null;
  const more = report.rejected_count - report.rejected.length;
  return (
    <div class="stack" data-testid="import-issues">
      {report.problems.length > 0 && (
        <Alert tone="error">
          <p>
            <strong>{t('audit.import.problemsTitle')}</strong>
          </p>
          <ul>
            {report.problems.map((p) => (
              <li key={`${p.line}-${p.reason}`} data-testid="import-problem" data-reason={p.reason}>
                {t('audit.import.line', { line: p.line })}: {t(`audit.problem.${p.reason}`)}
                {p.column && ` (${t('audit.import.column', { column: p.column })})`}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {report.rejected.length > 0 && (
        <div>
          <h4>{t('audit.import.rejectedTitle')}</h4>
          <ul class="list" data-testid="import-rejected">
            {report.rejected.slice(0, 50).map((r) => (
              <li key={`${r.line}-${r.reason}-${r.column ?? ''}`} data-reason={r.reason}>
                <strong>{t('audit.import.line', { line: r.line })}</strong>: {t(`audit.reason.${r.reason}`)}
                {r.column && ` (${t('audit.import.column', { column: r.column })})`}
              </li>
            ))}
          </ul>
          {more + Math.max(0, report.rejected.length - 50) > 0 && (
            <p class="muted">
              {t('audit.import.rejectedMore', { n: more + Math.max(0, report.rejected.length - 50) })}
            </p>
          )}
        </div>
      )}
      <Alert tone="error">
        <p>{t('audit.import.refused')}</p>
      </Alert>
    </div>
  );
}

function Sample({ report, timeZone }: { report: ImportReport; timeZone: string }) {
  if (report.sample.length === 0)
    return report.values + report.snapshots > 0 ? null : <p>{t('audit.import.noSample')}</p>;
  const when = (ms: number) =>
    new Intl.DateTimeFormat(locale.value === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(ms));
  const cell = (v: number | null) => (v === null ? '—' : n(v));
  return (
    <div data-testid="import-sample">
      <h4>{t('audit.import.sampleTitle')}</h4>
      <Table caption={t('audit.import.sampleTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('audit.import.sampleDate')}</th>
            <th scope="col">{t('audit.import.sampleType')}</th>
            <th scope="col">{t('audit.import.sampleCaption')}</th>
            <th scope="col">{t('audit.import.sampleViews')}</th>
            <th scope="col">{t('audit.import.sampleReach')}</th>
            <th scope="col">{t('audit.import.sampleLikes')}</th>
            <th scope="col">{t('audit.import.sampleComments')}</th>
          </tr>
        </thead>
        <tbody>
          {report.sample.slice(0, SAMPLE_ROWS).map((p) => (
            <tr key={p.platformPostId}>
              <td>{when(p.publishedAt)}</td>
              <td>{p.typeLabel ?? t(`audit.type.${p.type}`)}</td>
              <td class="sample__caption">{(p.caption ?? '').slice(0, 90)}</td>
              <td>{cell(p.metrics.views)}</td>
              <td>{cell(p.metrics.reach)}</td>
              <td>{cell(p.metrics.likes ?? p.metrics.reactions)}</td>
              <td>{cell(p.metrics.comments)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function Figures({ report, account }: { report: ImportReport; account: AuditAccount }) {
  const rows: [string, string, string][] = [
    ['format', t('audit.import.format'), tOptional(`audit.format.${report.format}`, report.format)],
    ['platform', t('audit.import.platform'), report.platform ? platformLabel(report.platform) : '—'],
    ['rows', t('audit.import.rows'), n(report.rows)],
  ];
  if (report.committed) {
    rows.push(['own', t('audit.import.own'), n(report.imported + report.updated)]);
  } else rows.push(['own', t('audit.import.own'), n(report.imported)]);
  rows.push(['foreign', t('audit.import.foreign'), n(report.skipped_foreign)]);
  if (report.values > 0) rows.push(['values', t('audit.import.values'), n(report.values)]);
  if (report.snapshots > 0) rows.push(['snapshots', t('audit.import.snapshots'), n(report.snapshots)]);
  rows.push(['rejected', t('audit.import.rejectedCount'), n(report.rejected_count)]);
  return (
    <>
      <dl class="import-figures" data-testid="import-figures">
        {rows.map(([key, label, value]) => (
          <div key={key} data-testid={`import-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.platform && report.platform !== account.platform && (
        <Alert tone="error">
          <p>
            {t('audit.import.platformMismatch', {
              file: platformLabel(report.platform),
              account: platformLabel(account.platform),
            })}
          </p>
        </Alert>
      )}
      {report.own_account?.handle &&
        (sameHandle(report.own_account.handle, account.handle) ? (
          <p class="muted small">{t('audit.import.ownerNote', { owner: `@${report.own_account.handle}` })}</p>
        ) : (
          <Alert tone="error">
            <p data-testid="import-owner-mismatch">
              {t('audit.import.ownerMismatch', {
                owner: `@${report.own_account.handle}`,
                account: `@${account.handle}`,
              })}
            </p>
          </Alert>
        ))}
    </>
  );
}

function Mapping({
  step,
  onChange,
  onSubmit,
  onCancel,
}: {
  step: Extract<Step, { kind: 'mapping' }>;
  onChange: (state: MappingState) => void;
  onSubmit: (mapping: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const [tried, setTried] = useState(false);
  const issues = mappingIssues(step.state);
  const label = (f: GenericField) => t(`audit.mapping.field.${f}`);
  const errorOf = (f: GenericField): string | undefined => {
    const issue = issues[f];
    if (!issue) return undefined;
    if (issue.rule === 'duplicate') return t('audit.mapping.duplicate', { field: label(issue.other) });
    return tried ? t('audit.mapping.required') : undefined;
  };
  return (
    <form
      class="stack"
      data-testid="mapping"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const payload = mappingPayload(step.state);
        if (payload) onSubmit(payload);
      }}
    >
      <h3>{t('audit.mapping.title')}</h3>
      <p>{t('audit.mapping.intro')}</p>
      {step.saved && <Alert tone="info">{t('audit.mapping.saved')}</Alert>}
      {step.headers.length === 0 ? (
        <Alert tone="error">
          <p>{t('audit.mapping.noHeaders')}</p>
        </Alert>
      ) : (
        <div class="mapping-grid">
          {GENERIC_FIELDS.map((field) => (
            <Select
              key={field}
              label={label(field)}
              value={step.state[field]}
              onValue={(v) => onChange(setColumn(step.state, field, v))}
              error={errorOf(field)}
              data-testid={`map-${field}`}
              options={[
                { value: '', label: t('audit.mapping.none') },
                ...step.headers.map((h) => ({ value: h, label: h })),
              ]}
            />
          ))}
        </div>
      )}
      <div class="row">
        <Button type="submit" disabled={step.headers.length === 0} data-testid="mapping-submit">
          {t('audit.mapping.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('audit.import.discard')}
        </Button>
      </div>
    </form>
  );
}

export function ImportPanel({ account, onStored }: { account: AuditAccount; onStored: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [timeZone, setTimeZone] = useState(account.timeZone);
  const [exportDate, setExportDate] = useState('');
  const [mapping, setMapping] = useState<Record<string, string> | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<ApiError | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [over, setOver] = useState(false);
  const abort = useRef<(() => void) | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = (next: File | null) => {
    setError(null);
    setMapping(null);
    setStep({ kind: 'choose' });
    setTooLarge(!!next && next.size > MAX_BYTES);
    setFile(next);
  };

  async function send(commit: boolean, withMapping: Record<string, string> | null) {
    if (!file || file.size > MAX_BYTES) return;
    setError(null);
    const url = importUrl(account.id, {
      fileName: file.name,
      preview: !commit,
      timeZone: timeZone.trim(),
      exportDate,
      ...(withMapping ? { format: 'generic', mapping: withMapping } : {}),
    });
    setStep({ kind: 'sending', progress: { sent: 0, total: file.size }, commit });
    const upload = uploadFile<{ report: ImportReport; headers?: string[] }>(url, file, (progress) =>
      setStep({ kind: 'sending', progress, commit }),
    );
    abort.current = upload.abort;
    try {
      const { body } = await upload.done;
      const report = body.report;
      // A file of no known format: the server names its columns (CSV or XLSX) to be matched.
      if (!commit && body.headers) {
        const { headers } = body;
        setStep({
          kind: 'mapping',
          headers,
          state: initialMapping(headers, account.columnMapping),
          saved: usedSaved(headers, account.columnMapping),
        });
        return;
      }
      if (commit && report.committed) {
        setStep({ kind: 'done', report });
        onStored();
      } else setStep({ kind: 'preview', report });
    } catch (failure) {
      setError(asApiError(failure));
      setStep({ kind: 'choose' });
    } finally {
      abort.current = null;
    }
  }

  const reset = () => {
    choose(null);
    if (input.current) input.current.value = '';
  };

  return (
    <section class="section card import" aria-labelledby="import-title" data-testid="import-panel">
      <h2 id="import-title">{t('audit.import.title')}</h2>
      <p class="muted">{t('audit.import.help')}</p>
      <FormError error={error} />

      {(step.kind === 'choose' || step.kind === 'sending') && (
        <form
          class="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send(false, mapping);
          }}
        >
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone adds drag and drop; the file input inside it is the keyboard path */}
          <div
            class={`dropzone ${over ? 'is-over' : ''}`}
            data-testid="dropzone"
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              choose(e.dataTransfer?.files[0] ?? null);
            }}
          >
            <p class="dropzone__title">{t('audit.import.drop')}</p>
            <p class="muted">{t('audit.import.or')}</p>
            <label class="btn btn--secondary dropzone__pick">
              {t('audit.import.choose')}
              <input
                ref={input}
                type="file"
                class="visually-hidden"
                accept=".csv,.xlsx,.json,text/csv,application/json"
                data-testid="import-file"
                onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
              />
            </label>
            {file && (
              <p data-testid="import-chosen">
                <strong>
                  {t('audit.import.chosen', { name: file.name, size: formatBytes(locale.value, file.size) })}
                </strong>
              </p>
            )}
            {tooLarge && (
              <p class="field__error" role="alert">
                {t('audit.import.tooLarge')}
              </p>
            )}
          </div>
          <div class="row">
            <Field
              label={t('audit.import.timeZone')}
              hint={t('audit.import.timeZoneHint')}
              value={timeZone}
              onValue={setTimeZone}
              maxLength={64}
              data-testid="import-time-zone"
            />
            <Field
              type="date"
              label={t('audit.import.exportDate')}
              hint={t('audit.import.exportDateHint')}
              value={exportDate}
              onValue={setExportDate}
              data-testid="import-export-date"
            />
          </div>
          {step.kind === 'sending' ? (
            <Progress progress={step.progress} onCancel={() => abort.current?.()} />
          ) : (
            <Button type="submit" disabled={!file || tooLarge} data-testid="import-check">
              {t('audit.import.check')}
            </Button>
          )}
        </form>
      )}

      {step.kind === 'mapping' && (
        <Mapping
          step={step}
          onChange={(state) => setStep({ ...step, state })}
          onCancel={reset}
          onSubmit={(payload) => {
            setMapping(payload);
            void send(false, payload);
          }}
        />
      )}

      {step.kind === 'preview' && (
        <div class="stack" data-testid="import-preview">
          <h3>{t('audit.import.previewTitle')}</h3>
          <Figures report={step.report} account={account} />
          <Issues report={step.report} />
          <Sample report={step.report} timeZone={timeZone || account.timeZone} />
          {step.report.rejected_count === 0 && step.report.problems.length === 0 && (
            <p class="muted small">{t('audit.import.newKnownNote')}</p>
          )}
          <div class="row">
            <Button
              data-testid="import-commit"
              disabled={step.report.rejected_count > 0 || step.report.problems.length > 0}
              onClick={() => void send(true, mapping)}
            >
              {t('audit.import.commit')}
            </Button>
            <Button variant="ghost" onClick={reset}>
              {t('audit.import.discard')}
            </Button>
          </div>
        </div>
      )}

      {step.kind === 'done' && (
        <div class="stack" data-testid="import-done">
          <Alert tone="success">
            <p>
              <strong>{t('audit.import.doneTitle')}</strong>
            </p>
            <p data-testid="import-summary">
              {t('audit.import.done', {
                imported: n(step.report.imported),
                updated: n(step.report.updated),
                foreign: n(step.report.skipped_foreign),
              })}
            </p>
            {step.report.values + step.report.snapshots > 0 && (
              <p>
                {t('audit.import.doneValues', {
                  values: n(step.report.values),
                  snapshots: n(step.report.snapshots),
                })}
              </p>
            )}
          </Alert>
          <Figures report={step.report} account={account} />
          <Button variant="secondary" onClick={reset} data-testid="import-another">
            {t('audit.import.another')}
          </Button>
        </div>
      )}
      <p class="visually-hidden" aria-live="polite">
        {step.kind === 'preview'
          ? t('audit.import.previewTitle')
          : step.kind === 'done'
            ? t('audit.import.doneTitle')
            : ''}
      </p>
    </section>
  );
}
