import { describe, expect, it } from 'vitest';
import { type Item, itemMax, type LocalText, type NumericItem, type Option } from '../model.ts';
import { kesiapanDigitalV1 as instrument } from './kesiapan-digital-v1.ts';

const items = instrument.items;
const scored = items.filter((item) => item.scored);
const dimensionById = new Map(instrument.dimensions.map((d) => [d.id, d]));

function optionsOf(item: Item): Option[] {
  return item.type === 'single_choice' || item.type === 'scenario' || item.type === 'checklist'
    ? item.options
    : [];
}

/** Every text of the instrument with a label saying where it sits. */
function allTexts(): [string, LocalText][] {
  const texts: [string, LocalText][] = [
    ['name', instrument.name],
    ['anonymityStatement', instrument.anonymityStatement],
  ];
  for (const d of instrument.dimensions) {
    texts.push([`${d.id} name`, d.name], [`${d.id} description`, d.description]);
    for (const stage of ['low', 'middle', 'high'] as const) {
      d.nextSteps[stage].forEach((step, i) => {
        texts.push([`${d.id} nextSteps.${stage}[${i}]`, step]);
      });
    }
  }
  for (const item of items) {
    texts.push([`${item.id} text`, item.text]);
    if (item.hint) texts.push([`${item.id} hint`, item.hint]);
    if (item.evidence) texts.push([`${item.id} evidence`, item.evidence]);
    if (item.type === 'numeric') texts.push([`${item.id} unit`, item.unit]);
    for (const option of optionsOf(item)) texts.push([`${item.id} option ${option.id}`, option.text]);
  }
  return texts;
}

describe('kesiapan-digital-serikat v1: identity', () => {
  it('has its stable id, version and names', () => {
    expect(instrument.id).toBe('kesiapan-digital-serikat');
    expect(instrument.version).toBe(1);
    expect(instrument.name).toEqual({ id: 'Kesiapan Digital Serikat', en: 'Union Digital Readiness' });
  });

  it('tells respondents the minimum group size and the personal code', () => {
    expect(instrument.anonymityStatement.id).toMatch(/5 orang/);
    expect(instrument.anonymityStatement.id).toMatch(/kode pribadi/);
    expect(instrument.anonymityStatement.en).toMatch(/5 people/);
    expect(instrument.anonymityStatement.en).toMatch(/personal code/);
  });
});

describe('kesiapan-digital-serikat v1: structure', () => {
  it('has 60 scored items', () => {
    expect(scored).toHaveLength(60);
  });

  it.each([
    ['individual', 24],
    ['team', 18],
    ['organisation', 18],
  ] as const)('has %s-level scored items: %i', (level, count) => {
    expect(scored.filter((item) => item.level === level)).toHaveLength(count);
  });

  it.each([
    ['IND-VER', 'individual'],
    ['IND-CRE', 'individual'],
    ['IND-PLT', 'individual'],
    ['IND-SAF', 'individual'],
    ['TEAM-PLN', 'team'],
    ['TEAM-PRD', 'team'],
    ['TEAM-MEA', 'team'],
    ['ORG-STR', 'organisation'],
    ['ORG-RES', 'organisation'],
    ['ORG-NET', 'organisation'],
  ] as const)('dimension %s (%s) has six scored items numbered 01–06', (id, level) => {
    expect(dimensionById.get(id)?.level).toBe(level);
    const ids = scored.filter((item) => item.dimension === id).map((item) => item.id);
    expect(ids).toEqual(['01', '02', '03', '04', '05', '06'].map((n) => `${id}-${n}`));
  });

  it('has exactly the ten dimensions', () => {
    expect(instrument.dimensions).toHaveLength(10);
  });

  it.each(scored.map((item) => [item.id, item] as const))(
    '%s belongs to an existing dimension of its level',
    (_, item) => {
      const dimension = item.dimension === null ? undefined : dimensionById.get(item.dimension);
      expect(dimension).toBeDefined();
      expect(dimension?.level).toBe(item.level);
    },
  );

  it('has unique item ids', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 12 scenario items, all scored', () => {
    const scenarios = items.filter((item) => item.type === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    for (const item of scenarios) expect(item.scored).toBe(true);
  });

  it('has at least 2 numeric items', () => {
    expect(items.filter((item) => item.type === 'numeric').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves unscored items outside every dimension, and open questions unscored', () => {
    for (const item of items.filter((i) => !i.scored)) expect(item.dimension).toBeNull();
    for (const item of items.filter((i) => i.type === 'open_text')) expect(item.scored).toBe(false);
  });
});

describe('kesiapan-digital-serikat v1: over-claiming checks', () => {
  const checks = items.filter((item) => optionsOf(item).some((option) => option.overclaim));

  it('has exactly two, unscored, outside any dimension', () => {
    expect(checks).toHaveLength(2);
    for (const item of checks) {
      expect(item.scored).toBe(false);
      expect(item.dimension).toBeNull();
      expect(['checklist', 'single_choice']).toContain(item.type);
    }
  });

  it.each(checks.map((item) => [item.id, item] as const))(
    '%s has exactly one fictional option',
    (_, item) => {
      expect(optionsOf(item).filter((option) => option.overclaim)).toHaveLength(1);
    },
  );

  it('sits among the individual items, not at the end', () => {
    const lastIndividual = items.findLastIndex((item) => item.level === 'individual' && item.scored);
    for (const item of checks) {
      expect(item.level).toBe('individual');
      expect(items.indexOf(item)).toBeLessThan(lastIndividual);
    }
  });

  it('never flags an option of a scored item', () => {
    for (const item of scored) {
      expect(optionsOf(item).some((option) => option.overclaim)).toBe(false);
    }
  });
});

describe('kesiapan-digital-serikat v1: options and points', () => {
  it.each(items.filter((item) => optionsOf(item).length > 0).map((item) => [item.id, item] as const))(
    '%s has unique option ids a, b, c, … in order and integer points',
    (_, item) => {
      const options = optionsOf(item);
      expect(options.map((option) => option.id)).toEqual(
        options.map((_, i) => String.fromCharCode('a'.charCodeAt(0) + i)),
      );
      for (const option of options) {
        expect(Number.isInteger(option.points)).toBe(true);
        expect(option.points).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it.each(scored.map((item) => [item.id, item] as const))('%s has a positive maximum', (_, item) => {
    expect(itemMax(item)).toBeGreaterThan(0);
  });

  it.each(
    items
      .filter((item) => item.type === 'single_choice' || item.type === 'scenario')
      .map((item) => [item.id, item] as const),
  )('%s has an option worth 0 and 4–5 options', (_, item) => {
    const options = optionsOf(item);
    expect(options.some((option) => option.points === 0)).toBe(true);
    expect(options.length).toBeGreaterThanOrEqual(4);
    expect(options.length).toBeLessThanOrEqual(5);
  });

  it.each(items.filter((item) => item.type === 'scenario').map((item) => [item.id, item] as const))(
    '%s has four options with distinct points, from 0 to its maximum',
    (_, item) => {
      const points = optionsOf(item).map((option) => option.points);
      expect(points).toHaveLength(4);
      expect(new Set(points).size).toBe(4);
      expect(Math.min(...points)).toBe(0);
    },
  );

  it.each(
    items
      .filter((item) => item.type === 'single_choice' && item.scored)
      .map((item) => [item.id, item] as const),
  )('%s lists its options from least to most mature', (_, item) => {
    const points = optionsOf(item).map((option) => option.points);
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });

  it.each(items.filter((item) => item.type === 'checklist').map((item) => [item.id, item] as const))(
    '%s caps at most at the sum of its points and offers a "none" option worth 0',
    (_, item) => {
      if (item.type !== 'checklist') throw new Error('not a checklist');
      const sum = item.options.reduce((total, option) => total + option.points, 0);
      expect(item.max).toBeLessThanOrEqual(sum);
      expect(Number.isInteger(item.max)).toBe(true);
      expect(item.options.at(-1)?.points).toBe(0);
    },
  );
});

describe('kesiapan-digital-serikat v1: numeric bands', () => {
  const numeric = items.filter((item): item is NumericItem => item.type === 'numeric');

  it.each(numeric.map((item) => [item.id, item] as const))(
    '%s has a unit and bands covering [inputMin, inputMax] without gaps or overlaps',
    (_, item) => {
      expect(item.inputMin).toBeLessThan(item.inputMax);
      const bands = [...item.bands].sort(
        (a, b) => (a.min ?? Number.NEGATIVE_INFINITY) - (b.min ?? Number.NEGATIVE_INFINITY),
      );
      expect(bands.length).toBeGreaterThan(0);
      const first = bands[0]!;
      const last = bands.at(-1)!;
      expect(first.min === null || first.min <= item.inputMin).toBe(true);
      expect(last.max === null || last.max > item.inputMax).toBe(true);
      for (let i = 0; i < bands.length; i++) {
        const band = bands[i]!;
        if (band.min !== null && band.max !== null) expect(band.min).toBeLessThan(band.max);
        if (i > 0) expect(band.min).toBe(bands[i - 1]!.max);
        if (i > 0) expect(band.min).not.toBeNull();
        if (i < bands.length - 1) expect(band.max).not.toBeNull();
        expect(Number.isInteger(band.points)).toBe(true);
      }
    },
  );
});

describe('kesiapan-digital-serikat v1: texts', () => {
  it.each(allTexts())('%s is written in both languages', (_, text) => {
    expect(text.id.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
  });

  it.each(instrument.dimensions.map((d) => [d.id, d] as const))(
    '%s has 2–3 next steps for each stage',
    (_, dimension) => {
      for (const stage of ['low', 'middle', 'high'] as const) {
        expect(dimension.nextSteps[stage].length).toBeGreaterThanOrEqual(2);
        expect(dimension.nextSteps[stage].length).toBeLessThanOrEqual(3);
      }
    },
  );

  it.each(items.filter((item) => optionsOf(item).length > 0).map((item) => [item.id, item] as const))(
    '%s offers no agree/disagree options',
    (_, item) => {
      for (const option of optionsOf(item)) {
        expect(option.text.id).not.toMatch(/setuju|agree/i);
        expect(option.text.en).not.toMatch(/setuju|agree/i);
      }
    },
  );

  it('asks no question as a statement to agree with', () => {
    for (const item of items) {
      // Whole words only: "menyetujui" (to approve) is an ordinary word in a question.
      expect(item.text.id).not.toMatch(/\bsetuju\b/i);
      expect(item.text.en).not.toMatch(/\b(dis)?agree\b/i);
    }
  });
});
