import { useMemo, useState } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import type { ComparedSeries } from '../results/chartData';
import {
  comparedScenario,
  comparedSeries,
  type ComparedScenario,
} from './compare';
import {
  addScenario,
  compareScenario,
  hasRoomForScenario,
  NO_SCENARIOS,
  removeScenario,
  renameScenario,
} from './scenarioList';
import {
  inLanguage,
  saveScenarioState,
  type Scenario,
  type ScenarioState,
} from './scenarioStore';

export interface ScenariosState {
  /** Every saved scenario, its figures written for the page's language. */
  scenarios: Scenario[];
  compared: ComparedScenario | null;
  /** The compared scenario's line on the chart. */
  chartSeries: ComparedSeries | null;
  hasRoom: boolean;
  save: (name: string, values: CalculatorFormValues) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  compare: (id: string | null) => void;
}

/**
 * The saved scenarios and the comparison, kept in storage on every change
 * the visitor makes (and only then, so an untouched page stores nothing).
 */
export function useScenarios(
  initial: ScenarioState | undefined,
  storage: Storage | undefined,
  language: Language,
): ScenariosState {
  const [state, setState] = useState(initial ?? NO_SCENARIOS);
  const change = (next: ScenarioState) => {
    setState(next);
    saveScenarioState(storage, next);
  };

  const scenarios = useMemo(
    () => state.scenarios.map((scenario) => inLanguage(scenario, language)),
    [state.scenarios, language],
  );
  const compared = useMemo(
    () => comparedScenario(scenarios, state.comparedId),
    [scenarios, state.comparedId],
  );
  const chartSeries = useMemo(() => comparedSeries(compared), [compared]);

  return {
    scenarios,
    compared,
    chartSeries,
    hasRoom: hasRoomForScenario(state),
    save: (name, values) => change(addScenario(state, name, values, language)),
    rename: (id, name) => change(renameScenario(state, id, name)),
    remove: (id) => change(removeScenario(state, id)),
    compare: (id) => change(compareScenario(state, id)),
  };
}
