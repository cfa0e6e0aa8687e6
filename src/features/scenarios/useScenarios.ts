import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';

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
  /**
   * Brings back the scenario the last remove() deleted, where it was and
   * compared as it was; nothing once the list has changed since.
   */
  undoRemove: () => void;
  compare: (id: string | null) => void;
}

/**
 * The saved scenarios and the comparison, kept in storage on every change
 * the visitor makes (and only then, so an untouched page stores nothing).
 * The actions apply to the latest list, so that a panel rendered a render
 * behind (a lazily loaded section) cannot undo a change it has not shown
 * yet; they stay the same functions until the language changes.
 */
export function useScenarios(
  initial: ScenarioState | undefined,
  storage: Storage | undefined,
  language: Language,
): ScenariosState {
  const [opening] = useState(initial ?? NO_SCENARIOS);
  const [state, setState] = useState(opening);

  useEffect(() => {
    if (state !== opening) saveScenarioState(storage, state);
  }, [opening, state, storage]);

  const scenarios = useMemo(
    () => state.scenarios.map((scenario) => inLanguage(scenario, language)),
    [state.scenarios, language],
  );
  const compared = useMemo(
    () => comparedScenario(scenarios, state.comparedId),
    [scenarios, state.comparedId],
  );
  const chartSeries = useMemo(() => comparedSeries(compared), [compared]);
  const actions = useScenarioActions(setState, language);
  const hasRoom = hasRoomForScenario(state);

  return useMemo(
    () => ({ scenarios, compared, chartSeries, hasRoom, ...actions }),
    [scenarios, compared, chartSeries, hasRoom, actions],
  );
}

type ScenarioActions = Pick<
  ScenariosState,
  'save' | 'rename' | 'remove' | 'undoRemove' | 'compare'
>;

function useScenarioActions(
  setState: Dispatch<SetStateAction<ScenarioState>>,
  language: Language,
): ScenarioActions {
  // The list before and after the last removal.
  const removal = useRef<{ before: ScenarioState; after: ScenarioState }>(null);
  return useMemo(
    () => ({
      save: (name, values) =>
        setState((state) => addScenario(state, name, values, language)),
      rename: (id, name) =>
        setState((state) => renameScenario(state, id, name)),
      remove: (id) =>
        setState((before) => {
          const after = removeScenario(before, id);
          removal.current = { before, after };
          return after;
        }),
      undoRemove: () =>
        setState((state) => {
          const last = removal.current;
          return last && isSameList(state, last.after) ? last.before : state;
        }),
      compare: (id) => setState((state) => compareScenario(state, id)),
    }),
    [setState, language],
  );
}

/**
 * The same scenarios, compared alike. (React may run an update twice,
 * each time building a new list of the same scenario objects.)
 */
function isSameList(a: ScenarioState, b: ScenarioState): boolean {
  return (
    a.comparedId === b.comparedId &&
    a.scenarios.length === b.scenarios.length &&
    a.scenarios.every((scenario, index) => scenario === b.scenarios[index])
  );
}
