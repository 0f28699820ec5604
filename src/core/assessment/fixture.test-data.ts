/** A small instrument for tests: every item type, two dimensions on two levels, one over-claiming check. */
import type { Instrument, LocalText } from './model.ts';

const t = (text: string): LocalText => ({ id: text, en: text });
const options = (...points: number[]) =>
  points.map((p, i) => ({ id: String.fromCharCode(97 + i), points: p, text: t(`o${i}`) }));
const steps = { low: [t('l')], middle: [t('m')], high: [t('h')] };

export const fixture: Instrument = {
  id: 'fixture',
  version: 1,
  name: t('Fixture'),
  anonymityStatement: t('anon'),
  dimensions: [
    { id: 'A', level: 'individual', name: t('A'), description: t('A'), nextSteps: steps },
    { id: 'B', level: 'team', name: t('B'), description: t('B'), nextSteps: steps },
  ],
  items: [
    {
      id: 'A1',
      dimension: 'A',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t('A1'),
      options: options(0, 1, 2),
    },
    {
      id: 'A2',
      dimension: 'A',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t('A2'),
      options: options(2, 0, 1, 0),
    },
    {
      id: 'A3',
      dimension: 'A',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t('A3'),
      max: 3,
      options: options(1, 1, 2, 0),
    },
    {
      id: 'CHK',
      dimension: null,
      level: 'individual',
      scored: false,
      type: 'checklist',
      text: t('tools'),
      max: 0,
      options: [
        { id: 'a', points: 0, text: t('real') },
        { id: 'b', points: 0, text: t('fake'), overclaim: true },
      ],
    },
    {
      id: 'B1',
      dimension: 'B',
      level: 'team',
      scored: true,
      type: 'numeric',
      text: t('B1'),
      unit: t('hours'),
      inputMin: 0,
      inputMax: 1000,
      bands: [
        { min: 0, max: 2, points: 4 },
        { min: 2, max: 24, points: 2 },
        { min: 24, max: null, points: 0 },
      ],
    },
    {
      id: 'B2',
      dimension: 'B',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t('B2'),
      options: options(0, 1, 2, 3, 4),
    },
    { id: 'OPEN', dimension: null, level: 'team', scored: false, type: 'open_text', text: t('open') },
  ],
};
