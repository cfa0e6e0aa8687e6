import { describe, expect, it } from 'vitest';

import { defaultFormValues } from '../calculator/formValues';
import { openingScenarios } from './openingScenarios';
import { addScenario, NO_SCENARIOS } from './scenarioList';
import { loadScenarioState, saveScenarioState } from './scenarioStore';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
}

const ru = defaultFormValues('ru');

/** Storage holding scenario «A», compared with the form. */
function storageWithA(): Storage {
  const storage = memoryStorage();
  saveScenarioState(storage, addScenario(NO_SCENARIOS, 'A', ru, 'ru'));
  return storage;
}

describe('openingScenarios', () => {
  it('opens on what was stored without a link to follow', () => {
    const storage = storageWithA();

    const { state } = openingScenarios(storage, 'en', undefined);

    expect(state.comparedId).toBe('s1');
    expect(state.scenarios[0]!.values.revenuePerCustomer).toBe('120,000');
  });

  it('ends the stored comparison for a link that compares with none', () => {
    const storage = storageWithA();

    const { state } = openingScenarios(storage, 'ru', null);

    expect(state.comparedId).toBeNull();
    expect(loadScenarioState(storage, 'ru').comparedId).toBeNull();
    expect(state.scenarios).toHaveLength(1);
  });

  it('adds and stores the scenario a link compares with', () => {
    const storage = storageWithA();
    const linked = {
      name: 'Из ссылки',
      values: { ...ru, marginPercent: '30' },
    };

    const { state } = openingScenarios(storage, 'ru', linked);

    expect(state.scenarios.map((s) => s.name)).toEqual(['A', 'Из ссылки']);
    expect(state.comparedId).toBe('s2');
    expect(loadScenarioState(storage, 'ru')).toEqual(state);
  });

  it('keeps the figures a link replaced as a scenario, once', () => {
    const storage = storageWithA();
    const replaced = {
      name: 'Мой расчёт до ссылки',
      values: { ...ru, marginPercent: '45' },
    };

    const first = openingScenarios(storage, 'ru', null, replaced);
    // The same link opened again finds them kept.
    const again = openingScenarios(storage, 'ru', null, replaced);

    expect(first.keptAs).toBe('Мой расчёт до ссылки');
    expect(first.state.scenarios.map((s) => s.name)).toEqual([
      'A',
      'Мой расчёт до ссылки',
    ]);
    expect(first.state.comparedId).toBeNull();
    expect(again.state).toEqual(first.state);
    expect(loadScenarioState(storage, 'ru')).toEqual(first.state);
  });
});
