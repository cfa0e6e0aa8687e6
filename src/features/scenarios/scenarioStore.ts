import { z } from 'zod';

import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { formValuesShape } from '../calculator/formSchema';
import {
  reformatForLanguage,
  type CalculatorFormValues,
} from '../calculator/formValues';

const SCENARIOS_KEY = 'cltv:scenarios:v1';
export const MAX_SCENARIOS = 6;
export const MAX_SCENARIO_NAME_LENGTH = 60;

/** A saved set of inputs, with the language its figures were typed in. */
export interface Scenario {
  id: string;
  name: string;
  language: Language;
  values: CalculatorFormValues;
}

const scenarioShape = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(MAX_SCENARIO_NAME_LENGTH),
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
    .slice(0, MAX_SCENARIOS)
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
 * `nameFor` writes it, no saved scenario has yet.
 */
export function nextScenarioName(
  scenarios: readonly Scenario[],
  nameFor: (letter: string) => string,
): string {
  const taken = new Set(scenarios.map((s) => s.name));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const free = letters.find((letter) => !taken.has(nameFor(letter)));
  return nameFor(free ?? String(scenarios.length + 1));
}
