/**
 * Translation for the web app. The Indonesian messages of the shell and the participants' pages are
 * bundled; English is fetched as its own chunk only when someone chooses it, and each facilitators' module
 * brings its catalogue with its pages (`withMessages`), so a participant's first visit carries only what
 * it shows.
 */
import { computed, signal } from '@preact/signals';
import { describeError, describeFieldIssue } from '#core/i18n/error-message.ts';
import { dateInZone, formatDate, formatDayHeading, formatNumber } from '#core/i18n/format.ts';
import type { Locale } from '#core/i18n/locales.ts';
import type { MessageKey } from '#core/i18n/messages/id.ts';
import { createTranslator, type Params } from '#core/i18n/translate.ts';
import type { ApiError } from './api.ts';
import { langCookie } from './locale.ts';
import {
  type Catalogue,
  type Feature,
  loadBaseCatalogue,
  loadFeatureCatalogue,
} from './messages/features.ts';
import { base as idBase } from './messages/id-base.ts';

export type { MessageKey };

type Messages = Catalogue;
/** What is loaded so far per language: the base, then each feature's catalogue merged in. */
const catalogues: Partial<Record<Locale, Record<string, string>>> = { id: { ...idBase } };
const loadedFeatures = new Set<Feature>();
/** Bumped when a catalogue grows, so translations made from it are recomputed. */
const revision = signal(0);

export const locale = signal<Locale>('id');
const translator = computed(() => {
  void revision.value;
  return createTranslator<MessageKey>(
    locale.value,
    (catalogues[locale.value] ?? catalogues.id ?? idBase) as Readonly<Record<MessageKey, string>>,
  );
});

export function t(key: MessageKey, params?: Params): string {
  return translator.value.t(key, params);
}

/** Translates a key built at run time (from server data); pair with `hasMessage` to fall back. */
export const tLoose = (key: string, params?: Params): string => translator.value.t(key as MessageKey, params);
export const hasMessage = (key: string): boolean => translator.value.has(key);
const has = hasMessage;

async function loadFeatureInto(next: Locale, feature: Feature): Promise<void> {
  const messages = await loadFeatureCatalogue(feature, next);
  catalogues[next] = { ...catalogues[next], ...messages };
}

async function loadCatalogue(next: Locale): Promise<void> {
  if (!catalogues[next]) catalogues[next] = { ...(await loadBaseCatalogue(next)) };
  await Promise.all([...loadedFeatures].map((feature) => loadFeatureInto(next, feature)));
}

/** Makes a catalogue known without fetching it (prerendering, where both are at hand). */
export function provideCatalogue(next: Locale, messages: Messages): void {
  catalogues[next] = { ...catalogues[next], ...messages };
}

/** Loads the messages of features in the language in use (once each) before their page renders. */
export async function ensureMessages(features: readonly Feature[]): Promise<void> {
  const missing = features.filter((f) => !loadedFeatures.has(f));
  if (missing.length === 0) return;
  await Promise.all(missing.map((feature) => loadFeatureInto(locale.value, feature)));
  for (const feature of missing) loadedFeatures.add(feature);
  revision.value++;
}

/** For lazy routes: the page's module and its features' messages, fetched side by side. */
export function withMessages<T>(features: readonly Feature[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), ensureMessages(features)]).then(([page]) => page);
}

/** Switches the interface language (loading its catalogue first) and sets `<html lang>`. */
export async function applyLocale(next: Locale, remember = true): Promise<void> {
  await loadCatalogue(next);
  locale.value = next;
  revision.value++;
  if (typeof document === 'undefined') return;
  document.documentElement.lang = next;
  // biome-ignore lint/suspicious/noDocumentCookie: one small cookie, read by the server too; no library needed
  if (remember) document.cookie = langCookie(next);
}

/** The form-level sentence for an error, in the current language. */
export function errorText(error: ApiError): string {
  return describeError(tLoose, error.code, error.params);
}

/** The sentence for one field's problem, in the current language. */
export function fieldText(error: ApiError | null, field: string): string | undefined {
  if (!error) return undefined;
  const issue = error.fields.find((f) => (f.field.split('.')[0] ?? f.field) === field);
  return issue ? describeFieldIssue(tLoose, issue, has) : undefined;
}

export const fmt = {
  date: (iso: string, style: 'long' | 'short' = 'long') => formatDate(locale.value, iso, style),
  day: (iso: string) => formatDayHeading(locale.value, iso),
  number: (value: number) => formatNumber(locale.value, value),
  dateTime: (at: string) =>
    new Intl.DateTimeFormat(locale.value === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(at)),
  todayIn: (timeZone: string) => dateInZone(new Date(), timeZone),
};

/** Translates a key built from server data (e.g. a role name), falling back to the raw value. */
export function tOptional(key: string, fallback: string): string {
  return has(key) ? tLoose(key) : fallback;
}

/** The document title for a page heading. */
export function titleFor(text: string): string {
  return text.includes('Lantang') ? text : `${text} · Lantang`;
}

/** Sets the document title; pages call it with their heading. */
export function setTitle(text: string): void {
  document.title = titleFor(text);
}
