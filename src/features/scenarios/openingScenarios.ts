import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { adoptLinkedScenario, compareScenario } from './scenarioList';
import {
  loadScenarioState,
  saveScenarioState,
  type ScenarioState,
} from './scenarioStore';

/**
 * The scenarios the page opens with. `linked` is what the opened share link
 * says about the comparison: undefined when there is no link to follow (no
 * link, or a reload of the visitor's own page), null for a link that
 * compares with nothing, else the scenario it compares with. A link wins
 * over the stored comparison, as it does over the stored form, and what it
 * brings is stored at once so that the next reload keeps it.
 */
export function openingScenarios(
  storage: Storage | undefined,
  language: Language,
  linked: { name: string; values: CalculatorFormValues } | null | undefined,
): ScenarioState {
  const stored = loadScenarioState(storage, language);
  if (linked === undefined) return stored;

  const opened = linked
    ? adoptLinkedScenario(stored, linked, language)
    : compareScenario(stored, null);
  if (opened !== stored) saveScenarioState(storage, opened);
  return opened;
}
