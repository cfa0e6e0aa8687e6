import { z } from 'zod/mini';

import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { formValuesShape } from '../calculator/formSchema';
import {
  reformatForLanguage,
  type CalculatorFormValues,
} from '../calculator/formValues';

const SCENARIOS_KEY = 'cltv:scenarios:v1';
const COMPARED_KEY = 'cltv:scenarios:compared:v1';
/** How many scenarios a visitor can save; a shared link may add more. */
export const MAX_SCENARIOS = 6;
/** Far more than anyone keeps: a longer stored list is cut here. */
const MAX_STORED_SCENARIOS = 50;
export const MAX_SCENARIO_NAME_LENGTH = 60;

/** A saved set of inputs, with the language its figures were typed in. */
export interface Scenario {
  id: string;
  name: string;
  language: Language;
  values: CalculatorFormValues;
}

/** The saved scenarios and the one compared with the form, if any. */
export interface ScenarioState {
  scenarios: Scenario[];
  comparedId: string | null;
}

const scenarioShape = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(MAX_SCENARIO_NAME_LENGTH)),
  language: z.enum(LANGUAGES),
  values: formValuesShape,
});

/**
 * Saved scenarios, each with its figures rewritten for the page's language.
 * Entries that are not scenarios are dropped one by one, so one damaged
 * entry does not cost the visitor the others.
 */
export function loadScenarios(
  storage: Storage | undefined,
  language: Language,
): Scenario[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(SCENARIOS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];

  return stored
    .slice(0, MAX_STORED_SCENARIOS)
    .flatMap((entry) => {
      const parsed = scenarioShape.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    })
    .map((scenario) => inLanguage(scenario, language));
}

export function saveScenarios(
  storage: Storage | undefined,
  scenarios: readonly Scenario[],
): void {
  try {
    storage?.setItem(SCENARIOS_KEY, JSON.stringify(scenarios));
  } catch {
    // Full or disabled storage: scenarios last for this visit only.
  }
}

/**
 * The saved scenarios with the compared one; a compared id that names no
 * scenario (deleted in another tab) reads as none.
 */
export function loadScenarioState(
  storage: Storage | undefined,
  language: Language,
): ScenarioState {
  const scenarios = loadScenarios(storage, language);
  let id: string | null | undefined;
  try {
    id = storage?.getItem(COMPARED_KEY);
  } catch {
    id = null;
  }
  const isKnown = scenarios.some((scenario) => scenario.id === id);
  return { scenarios, comparedId: isKnown ? id! : null };
}

export function saveScenarioState(
  storage: Storage | undefined,
  { scenarios, comparedId }: ScenarioState,
): void {
  saveScenarios(storage, scenarios);
  try {
    if (comparedId === null) storage?.removeItem(COMPARED_KEY);
    else storage?.setItem(COMPARED_KEY, comparedId);
  } catch {
    // As with the list: without storage the choice lasts this visit.
  }
}

/** The scenario with its typed figures rewritten for another language. */
export function inLanguage(scenario: Scenario, language: Language): Scenario {
  if (scenario.language === language || !isLanguage(language)) return scenario;
  return {
    ...scenario,
    language,
    values: reformatForLanguage(scenario.values, scenario.language, language),
  };
}

/**
 * The name for the next scenario: the first of «A», «B», … whose name, as
 * `nameFor` writes it, no saved scenario has yet, nor any of the names
 * `alsoFor` gives the letter (the default names of the other languages:
 * a «Scenario A» saved in English takes the letter A from «Сценарий A»).
 */
export function nextScenarioName(
  scenarios: readonly Scenario[],
  nameFor: (letter: string) => string,
  alsoFor: (letter: string) => string[] = () => [],
): string {
  const taken = new Set(scenarios.map((s) => s.name));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const free = letters.find((letter) =>
    [nameFor(letter), ...alsoFor(letter)].every((name) => !taken.has(name)),
  );
  return nameFor(free ?? String(scenarios.length + 1));
}
