import type { Instrument } from '../model.ts';
import { kesiapanDigitalV1 } from './kesiapan-digital-v1.ts';

/** The instruments that ship with Lantang; the first is the default for new assessments. */
export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [kesiapanDigitalV1];

export const DEFAULT_INSTRUMENT: Instrument = kesiapanDigitalV1;

export function instrumentRefs(): string[] {
  return BUILT_IN_INSTRUMENTS.map((i) => `${i.id}@${i.version}`);
}

/** An instrument by `id` (its newest version) or `id@version`; the default when no reference is given. */
export function findInstrument(ref?: string, version?: number): Instrument | null {
  if (!ref) return DEFAULT_INSTRUMENT;
  const [id, at] = ref.split('@');
  const wanted = version ?? (at ? Number(at) : null);
  const candidates = BUILT_IN_INSTRUMENTS.filter(
    (i) => i.id === id && (wanted === null || i.version === wanted),
  );
  return candidates.sort((a, b) => b.version - a.version)[0] ?? null;
}
