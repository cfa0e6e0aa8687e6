import type { Language } from '../../i18n/languages';
import { calculatesTheSame } from '../calculator/formSchema';
import type { CalculatorFormValues } from '../calculator/formValues';
import {
  inLanguage,
  MAX_SCENARIO_NAME_LENGTH,
  MAX_SCENARIOS,
  type Scenario,
  type ScenarioState,
} from './scenarioStore';

/*
 * Every change to the saved scenarios, as pure functions from one state to
 * the next: the page stores whatever they return.
 */

export const NO_SCENARIOS: ScenarioState = { scenarios: [], comparedId: null };

/** True while the visitor may save one more scenario. */
export function hasRoomForScenario(state: ScenarioState): boolean {
  return state.scenarios.length < MAX_SCENARIOS;
}

/**
 * Saves the form as a new scenario, last in the list, and compares the
 * form with it from now on: the first thing a visitor wants after saving
 * is to change the inputs and see the difference. The scenario keeps a
 * copy of `values`: react-hook-form's getValues() hands out the form's own
 * per-year lists, which change as the visitor types on.
 */
export function addScenario(
  state: ScenarioState,
  name: string,
  values: CalculatorFormValues,
  language: Language,
): ScenarioState {
  const scenario: Scenario = {
    id: nextScenarioId(state.scenarios),
    name: cleanName(name) ?? name,
    language,
    values: structuredClone(values),
  };
  return { scenarios: [...state.scenarios, scenario], comparedId: scenario.id };
}

/**
 * Whether a scenario other than `id` has the name, as a rename would keep
 * it (trimmed and cut): two of one name could not be told apart in the
 * list, the comparison or a shared link.
 */
export function isNameTaken(
  scenarios: readonly Scenario[],
  id: string,
  name: string,
): boolean {
  const cleaned = cleanName(name);
  return scenarios.some(
    (scenario) => scenario.id !== id && scenario.name === cleaned,
  );
}

/**
 * Renames a scenario. The name is trimmed and cut to the longest allowed;
 * an empty name, or one another scenario has, keeps the old one, so that
 * every scenario has a name of its own.
 */
export function renameScenario(
  state: ScenarioState,
  id: string,
  name: string,
): ScenarioState {
  const cleaned = cleanName(name);
  if (cleaned === null || isNameTaken(state.scenarios, id, name)) return state;
  return {
    ...state,
    scenarios: state.scenarios.map((scenario) =>
      scenario.id === id ? { ...scenario, name: cleaned } : scenario,
    ),
  };
}

/** Deletes a scenario, and the comparison with it. */
export function removeScenario(
  state: ScenarioState,
  id: string,
): ScenarioState {
  return {
    scenarios: state.scenarios.filter((scenario) => scenario.id !== id),
    comparedId: state.comparedId === id ? null : state.comparedId,
  };
}

/** Compares the form with the given scenario, or with none for null. */
export function compareScenario(
  state: ScenarioState,
  id: string | null,
): ScenarioState {
  const isKnown = state.scenarios.some((scenario) => scenario.id === id);
  const comparedId = isKnown ? id : null;
  return comparedId === state.comparedId ? state : { ...state, comparedId };
}

/**
 * Takes the scenario a shared link compares with: the visitor's own copy
 * when they already have one of that name and those figures, a new entry
 * otherwise (past MAX_SCENARIOS too: a link never costs them a scenario).
 * A new entry never takes a name another scenario has, as a rename never
 * does: «Оптимистичный» comes in as «Оптимистичный (2)», or the next free
 * number. The sender's name stays recognisable, since it is what they
 * will call the scenario when they talk about the link, and the number
 * tells the two apart, as a file manager names a copy. Opening the same
 * link again finds that numbered copy and adds no other.
 */
export function adoptLinkedScenario(
  state: ScenarioState,
  linked: { name: string; values: CalculatorFormValues },
  language: Language,
): ScenarioState {
  for (let copy = 1; ; copy += 1) {
    const name = numberedName(linked.name, copy);
    const holder = state.scenarios.find((scenario) => scenario.name === name);
    if (!holder) return addScenario(state, name, linked.values, language);

    const holderValues = inLanguage(holder, language).values;
    if (calculatesTheSame(holderValues, linked.values, language)) {
      return compareScenario(state, holder.id);
    }
  }
}

/**
 * Keeps the visitor's own figures as a scenario when a share link takes
 * their place in the form, so that opening a colleague's link and typing
 * on never loses them: a new entry, last in the list, under `name` or the
 * first free numbered name (as adoptLinkedScenario), past MAX_SCENARIOS
 * too. When a scenario already has figures that calculate the same, that
 * one keeps them and nothing is added. The comparison stays as it was.
 * Returns the state and the name the figures are kept under.
 */
export function keepReplacedFigures(
  state: ScenarioState,
  name: string,
  values: CalculatorFormValues,
  language: Language,
): { state: ScenarioState; keptAs: string } {
  const holder = state.scenarios.find((scenario) =>
    calculatesTheSame(inLanguage(scenario, language).values, values, language),
  );
  if (holder) return { state, keptAs: holder.name };

  let copy = 1;
  while (isNameTaken(state.scenarios, '', numberedName(name, copy))) copy += 1;
  const keptAs = numberedName(name, copy);
  const added = addScenario(state, keptAs, values, language);
  return { state: { ...added, comparedId: state.comparedId }, keptAs };
}

/**
 * The name as a scenario keeps it, with « (2)», « (3)», … after it for
 * the second copy on, cut short where needed so that the number fits.
 *
 * @example numberedName('Сценарий A', 2) // 'Сценарий A (2)'
 */
export function numberedName(name: string, copy: number): string {
  const cleaned = cleanName(name) ?? name;
  if (copy === 1) return cleaned;

  const suffix = ` (${copy})`;
  const room = MAX_SCENARIO_NAME_LENGTH - suffix.length;
  return `${cleaned.slice(0, room).trim()}${suffix}`;
}

/** «s1», «s2», …: the first id no saved scenario has. */
export function nextScenarioId(scenarios: readonly Scenario[]): string {
  const taken = new Set(scenarios.map((scenario) => scenario.id));
  let n = 1;
  while (taken.has(`s${n}`)) n += 1;
  return `s${n}`;
}

function cleanName(name: string): string | null {
  const trimmed = name.trim().slice(0, MAX_SCENARIO_NAME_LENGTH).trim();
  return trimmed === '' ? null : trimmed;
}
