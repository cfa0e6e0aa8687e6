import { describe, expect, it } from 'vitest';

import { defaultFormValues } from '../calculator/formValues';
import {
  loadScenarios,
  loadScenarioState,
  nextScenarioName,
  saveScenarios,
  saveScenarioState,
  type Scenario,
} from './scenarioStore';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    length: 0,
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: () => null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'a',
    name: 'Сценарий A',
    language: 'ru',
    values: defaultFormValues('ru'),
    ...overrides,
  };
}

describe('loadScenarios', () => {
  it('restores saved scenarios, rewritten for the page language', () => {
    const storage = memoryStorage();
    const values = {
      ...defaultFormValues('ru'),
      revenuePerCustomer: '150 000,5',
    };
    saveScenarios(storage, [scenario({ values })]);

    const [loaded] = loadScenarios(storage, 'en');

    expect(loaded!.language).toBe('en');
    expect(loaded!.values.revenuePerCustomer).toBe('150,000.5');
    expect(loaded!.name).toBe('Сценарий A');
  });

  it('drops damaged entries and keeps the rest', () => {
    const storage = memoryStorage();
    storage.setItem(
      'cltv:scenarios:v1',
      JSON.stringify([{ id: 'x', name: 5 }, scenario({ id: 'b' })]),
    );

    expect(loadScenarios(storage, 'ru').map((s) => s.id)).toEqual(['b']);
  });

  it.each(['not json', '{"a":1}', 'null'])(
    'reads «%s» as no scenarios',
    (text) => {
      const storage = memoryStorage();
      storage.setItem('cltv:scenarios:v1', text);

      expect(loadScenarios(storage, 'ru')).toEqual([]);
    },
  );
});

describe('loadScenarioState', () => {
  it('restores the compared scenario along with the list', () => {
    const storage = memoryStorage();
    const scenarios = [scenario({ id: 'a' }), scenario({ id: 'b' })];
    saveScenarioState(storage, { scenarios, comparedId: 'b' });

    expect(loadScenarioState(storage, 'ru')).toEqual({
      scenarios,
      comparedId: 'b',
    });
  });

  it('compares with none when the compared one is gone or never was', () => {
    const storage = memoryStorage();
    saveScenarioState(storage, { scenarios: [scenario()], comparedId: 'a' });
    saveScenarios(storage, [scenario({ id: 'b' })]);

    expect(loadScenarioState(storage, 'ru').comparedId).toBeNull();
    saveScenarioState(storage, { scenarios: [scenario()], comparedId: null });
    expect(loadScenarioState(storage, 'ru').comparedId).toBeNull();
  });
});

describe('nextScenarioName', () => {
  it('takes the first free letter', () => {
    const nameFor = (letter: string) => `Сценарий ${letter}`;
    const saved = [
      scenario({ name: 'Сценарий A' }),
      scenario({ name: 'Сценарий C' }),
    ];

    expect(nextScenarioName(saved, nameFor)).toBe('Сценарий B');
    expect(nextScenarioName([], nameFor)).toBe('Сценарий A');
  });

  it('skips a letter another language’s default name has taken', () => {
    const nameFor = (letter: string) => `Сценарий ${letter}`;
    const alsoFor = (letter: string) => [`Scenario ${letter}`];
    const saved = [scenario({ name: 'Scenario A' })];

    expect(nextScenarioName(saved, nameFor, alsoFor)).toBe('Сценарий B');
  });
});
