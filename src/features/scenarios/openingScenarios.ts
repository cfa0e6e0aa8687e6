import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import {
  adoptLinkedScenario,
  compareScenario,
  keepReplacedFigures,
} from './scenarioList';
import {
  loadScenarioState,
  saveScenarioState,
  type ScenarioState,
} from './scenarioStore';

/** The scenarios the page opens with, and where own figures went. */
export interface OpenedScenarios {
  state: ScenarioState;
  /** The scenario holding the figures a link replaced; null for none. */
  keptAs: string | null;
}

/**
 * The scenarios the page opens with. `linked` is what the opened share link
 * says about the comparison: undefined when there is no link to follow (no
 * link, or a reload of the visitor's own page), null for a link that
 * compares with nothing, else the scenario it compares with. A link wins
 * over the stored comparison, as it does over the stored form, and what it
 * brings is stored at once so that the next reload keeps it. `replaced`
 * are the visitor's own figures the link put out of the form, kept as a
 * scenario of that name (keepReplacedFigures).
 */
export function openingScenarios(
  storage: Storage | undefined,
  language: Language,
  linked: { name: string; values: CalculatorFormValues } | null | undefined,
  replaced?: { name: string; values: CalculatorFormValues },
): OpenedScenarios {
  const stored = loadScenarioState(storage, language);
  if (linked === undefined) return { state: stored, keptAs: null };

  let opened = linked
    ? adoptLinkedScenario(stored, linked, language)
    : compareScenario(stored, null);
  let keptAs: string | null = null;
  if (replaced) {
    const { name, values } = replaced;
    ({ state: opened, keptAs } = keepReplacedFigures(
      opened,
      name,
      values,
      language,
    ));
  }
  if (opened !== stored) saveScenarioState(storage, opened);
  return { state: opened, keptAs };
}
