import { describe, expect, it } from 'vitest';

import { defaultFormValues } from '../calculator/formValues';
import {
  addScenario,
  adoptLinkedScenario,
  compareScenario,
  hasRoomForScenario,
  NO_SCENARIOS,
  nextScenarioId,
  numberedName,
  removeScenario,
  isNameTaken,
  keepReplacedFigures,
  renameScenario,
} from './scenarioList';
import { MAX_SCENARIOS, type ScenarioState } from './scenarioStore';

const ru = defaultFormValues('ru');
const lowerMargin = { ...ru, marginPercent: '35' };

/** A state with scenarios «A» (the defaults) and «B» (35 % margin). */
function twoScenarios(): ScenarioState {
  const a = addScenario(NO_SCENARIOS, 'A', ru, 'ru');
  return addScenario(a, 'B', lowerMargin, 'ru');
}

describe('addScenario', () => {
  it('appends the scenario and compares the form with it', () => {
    const state = twoScenarios();

    expect(state.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'A'],
      ['s2', 'B'],
    ]);
    expect(state.scenarios[1]!.values.marginPercent).toBe('35');
    expect(state.comparedId).toBe('s2');
  });

  it('keeps a copy of the values, unchanged when the form’s lists change', () => {
    const formValues = structuredClone(ru);
    const state = addScenario(NO_SCENARIOS, 'A', formValues, 'ru');

    // The form goes on: its per-year list is changed in place.
    formValues.retentionExistingByYear[0] = '95';
    formValues.marginPercent = '10';

    const saved = state.scenarios[0]!.values;
    expect(saved.retentionExistingByYear[0]).toBe(
      ru.retentionExistingByYear[0],
    );
    expect(saved.marginPercent).toBe(ru.marginPercent);
  });

  it('has room for MAX_SCENARIOS and no more', () => {
    let state = NO_SCENARIOS;
    for (let i = 0; i < MAX_SCENARIOS - 1; i += 1) {
      state = addScenario(state, `S${i}`, ru, 'ru');
    }

    expect(hasRoomForScenario(state)).toBe(true);
    expect(hasRoomForScenario(addScenario(state, 'last', ru, 'ru'))).toBe(
      false,
    );
  });
});

describe('renameScenario', () => {
  it('trims the name and cuts it to 60 characters', () => {
    const state = renameScenario(twoScenarios(), 's1', `  ${'Я'.repeat(70)} `);

    expect(state.scenarios[0]!.name).toBe('Я'.repeat(60));
    expect(state.scenarios[1]!.name).toBe('B');
  });

  it('keeps the old name for an empty one', () => {
    const state = twoScenarios();

    expect(renameScenario(state, 's1', '   ')).toBe(state);
  });

  it('keeps the old name for one another scenario has', () => {
    const state = twoScenarios();

    expect(renameScenario(state, 's1', ' B ')).toBe(state);
  });
});

describe('isNameTaken', () => {
  it('tells a name another scenario has, as a rename would keep it', () => {
    const { scenarios } = twoScenarios();

    expect(isNameTaken(scenarios, 's1', 'B')).toBe(true);
    expect(isNameTaken(scenarios, 's1', '  B  ')).toBe(true);
  });

  it('lets a scenario keep its own name, and take a new one', () => {
    const { scenarios } = twoScenarios();

    expect(isNameTaken(scenarios, 's2', 'B')).toBe(false);
    expect(isNameTaken(scenarios, 's1', 'b')).toBe(false);
    expect(isNameTaken(scenarios, 's1', 'C')).toBe(false);
  });
});

describe('removeScenario', () => {
  it('deletes the scenario and the comparison with it', () => {
    const state = removeScenario(twoScenarios(), 's2');

    expect(state).toEqual({
      scenarios: [expect.objectContaining({ id: 's1' })],
      comparedId: null,
    });
  });

  it('keeps the comparison with another scenario', () => {
    const state = removeScenario(twoScenarios(), 's1');

    expect(state.comparedId).toBe('s2');
    expect(nextScenarioId(state.scenarios)).toBe('s1');
  });
});

describe('compareScenario', () => {
  it('switches the comparison, or ends it', () => {
    const state = twoScenarios();

    expect(compareScenario(state, 's1').comparedId).toBe('s1');
    expect(compareScenario(state, null).comparedId).toBeNull();
    expect(compareScenario(state, 'gone').comparedId).toBeNull();
    expect(compareScenario(state, 's2')).toBe(state);
  });
});

describe('adoptLinkedScenario', () => {
  it('compares with the visitor’s own copy of the same scenario', () => {
    const state = compareScenario(twoScenarios(), null);
    // The same figures, typed differently and in English.
    const linked = {
      name: 'B',
      values: { ...defaultFormValues('en'), marginPercent: '35.0' },
    };

    const adopted = adoptLinkedScenario(state, linked, 'en');

    expect(adopted.scenarios).toHaveLength(2);
    expect(adopted.comparedId).toBe('s2');
  });

  it('adds a scenario of another name or other figures, past the limit', () => {
    let state = twoScenarios();
    for (let i = 2; i < MAX_SCENARIOS; i += 1) {
      state = addScenario(state, `S${i}`, ru, 'ru');
    }

    const renamed = adoptLinkedScenario(state, { name: 'C', values: ru }, 'ru');
    const changed = adoptLinkedScenario(
      state,
      { name: 'A', values: { ...ru, currency: 'USD' } },
      'ru',
    );

    expect(renamed.scenarios).toHaveLength(MAX_SCENARIOS + 1);
    expect(renamed.scenarios.at(-1)!.name).toBe('C');
    expect(renamed.comparedId).toBe(renamed.scenarios.at(-1)!.id);
    expect(changed.scenarios).toHaveLength(MAX_SCENARIOS + 1);
  });
});

describe('adoptLinkedScenario with a name already taken', () => {
  const linked = { name: 'A', values: lowerMargin };

  it('numbers a scenario whose name another with other figures has', () => {
    // «A» here holds the defaults; the link's «A» has a 35 % margin.
    const adopted = adoptLinkedScenario(twoScenarios(), linked, 'ru');

    expect(adopted.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'A (2)']);
    expect(adopted.scenarios[2]!.values.marginPercent).toBe('35');
    expect(adopted.comparedId).toBe(adopted.scenarios[2]!.id);
  });

  it('finds the numbered copy when the same link opens again', () => {
    const once = adoptLinkedScenario(twoScenarios(), linked, 'ru');

    const twice = adoptLinkedScenario(
      compareScenario(once, null),
      linked,
      'ru',
    );

    expect(twice.scenarios).toHaveLength(3);
    expect(twice.comparedId).toBe(once.scenarios[2]!.id);
  });

  it('takes the next number no scenario has, in either language', () => {
    const taken = addScenario(twoScenarios(), 'A (2)', ru, 'ru');
    const en = { ...defaultFormValues('en'), marginPercent: '30' };

    const adopted = adoptLinkedScenario(
      taken,
      { name: ' A ', values: en },
      'en',
    );

    expect(adopted.scenarios.map((s) => s.name)).toEqual([
      'A',
      'B',
      'A (2)',
      'A (3)',
    ]);
  });
});

describe('numberedName', () => {
  it('keeps the first copy’s name as a scenario keeps it', () => {
    expect(numberedName('  Сценарий A ', 1)).toBe('Сценарий A');
  });

  it('puts the number after the name, cutting a long name to fit', () => {
    const long = 'Я'.repeat(60);

    expect(numberedName('Сценарий A', 2)).toBe('Сценарий A (2)');
    // 60 characters in all: 56 of the name, then « (2)».
    expect(numberedName(long, 2)).toBe(`${'Я'.repeat(56)} (2)`);
    expect(numberedName(long, 12)).toHaveLength(60);
  });
});

describe('keepReplacedFigures', () => {
  const OWN = 'Мой расчёт до ссылки';
  const own = { ...ru, marginPercent: '45' };

  it('adds the figures under the name, the comparison as it was', () => {
    const state = compareScenario(twoScenarios(), 's1');

    const { state: kept, keptAs } = keepReplacedFigures(state, OWN, own, 'ru');

    expect(keptAs).toBe(OWN);
    expect(kept.scenarios.map((s) => s.name)).toEqual(['A', 'B', OWN]);
    expect(kept.scenarios[2]!.values.marginPercent).toBe('45');
    expect(kept.comparedId).toBe('s1');
  });

  it('adds nothing when a scenario calculates the same, and names it', () => {
    // B holds a 35 % margin, here typed the English way.
    const english = { ...defaultFormValues('en'), marginPercent: '35.00' };

    const { state, keptAs } = keepReplacedFigures(
      twoScenarios(),
      OWN,
      english,
      'en',
    );

    expect(state.scenarios).toHaveLength(2);
    expect(keptAs).toBe('B');
  });

  it('takes the next free number when the name is taken', () => {
    const taken = addScenario(twoScenarios(), OWN, lowerMargin, 'ru');
    const twice = addScenario(taken, `${OWN} (2)`, ru, 'ru');

    // Both names hold other figures: a new entry, under the next number.
    const { keptAs } = keepReplacedFigures(twice, OWN, own, 'ru');

    expect(keptAs).toBe(`${OWN} (3)`);
  });
});
