import './scenarios.css';

import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { CalculatorFormValues } from '../calculator/formValues';
import { UndoButton } from '../calculator/UndoButton';
import type { Calculation } from '../calculator/useCalculator';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioItem } from './ScenarioItem';
import { isNameTaken } from './scenarioList';
import { en, ru } from './messages';
import { nextScenarioName, type Scenario } from './scenarioStore';
import type { ScenariosState } from './useScenarios';

export interface ScenariosPanelProps {
  scenarios: ScenariosState;
  /** The calculation on the page; null until the inputs were ever valid. */
  calculation: Calculation | null;
  /** True while the inputs have mistakes and cannot be saved. */
  isStale: boolean;
  currency: Currency;
  /** The calculator's form: its values are saved, a scenario loaded in. */
  form: UseFormReturn<CalculatorFormValues>;
  /** Fills the whole form, keeping what it held for an undo. */
  onLoad: (values: CalculatorFormValues, cause: 'scenario') => void;
  /** Brings back what the loaded scenario replaced; null when nothing. */
  onUndoLoad: (() => void) | null;
}

/**
 * Saves the inputs as named scenarios, lists them and compares one with
 * the current calculation.
 */
/** «Сценарий A», «Scenario A»: the letter's default name in each language. */
function defaultNamesOf(letter: string): string[] {
  return [ru, en].map((texts) =>
    texts.scenarios.defaultName.replace('{{letter}}', letter),
  );
}

export function ScenariosPanel({
  scenarios,
  calculation,
  isStale,
  currency,
  form,
  onLoad,
  onUndoLoad,
}: ScenariosPanelProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  // The undo of a load or a deletion stands beside the message saying
  // what was done, and goes with it.
  const [undoable, setUndoable] = useState<{
    message: string;
    action: 'load' | 'remove';
  } | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  // A message tells what the visitor's last action did and goes with the
  // next one, a change of the form too. Loading a scenario resets the form
  // and then sets its own message, which stays.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: () => setMessage(''),
    });
  }, [form]);
  const withoutMessage = (action: () => void) => () => {
    setMessage('');
    action();
  };

  const nextName = nextScenarioName(
    scenarios.scenarios,
    (letter) => t('scenarios.defaultName', { letter }),
    defaultNamesOf,
  );
  const hasMistakes = isStale || calculation === null;
  const reason = hasMistakes
    ? t('scenarios.saveInvalid')
    : !scenarios.hasRoom && t('scenarios.saveFull');

  const save = () => {
    scenarios.save(nextName, form.getValues());
    setMessage(t('scenarios.saved', { name: nextName }));
  };
  const load = (scenario: Scenario) => {
    // The form stores the values itself, as after any change.
    onLoad(scenario.values, 'scenario');
    const loaded = t('scenarios.loaded', { name: scenario.name });
    setMessage(loaded);
    setUndoable({ message: loaded, action: 'load' });
  };
  // The undo button leaves with the message; focus goes to the save button.
  const undoLoad = () => {
    onUndoLoad?.();
    saveButton.current?.focus();
  };
  const remove = (scenario: Scenario) => {
    scenarios.remove(scenario.id);
    const deleted = t('scenarios.deleted', { name: scenario.name });
    setMessage(deleted);
    setUndoable({ message: deleted, action: 'remove' });
    // The deleted row took the focused button with it.
    saveButton.current?.focus();
  };
  const undoRemove = () => {
    scenarios.undoRemove();
    setMessage('');
    saveButton.current?.focus();
  };

  // A load's undo is there until a field changes (onUndoLoad null then).
  const isRemoval = undoable?.action === 'remove';
  const canUndo =
    message === undoable?.message && (isRemoval || Boolean(onUndoLoad));

  return (
    <section
      className={
        scenarios.scenarios.length > 0
          ? 'scenarios'
          : 'scenarios scenarios--empty'
      }
      aria-labelledby="scenarios-heading"
    >
      <h3 id="scenarios-heading">{t('scenarios.heading')}</h3>
      <p className="scenarios__intro">{t('scenarios.intro')}</p>
      <div className="scenarios__save">
        <button
          ref={saveButton}
          type="button"
          className="button"
          disabled={Boolean(reason)}
          aria-describedby={reason ? 'scenarios-save-reason' : undefined}
          onClick={save}
        >
          {t('scenarios.save', { name: nextName })}
        </button>
        {reason && (
          <p id="scenarios-save-reason" className="scenarios__reason">
            {reason}
          </p>
        )}
      </div>
      <p className="scenarios__message" role="status">
        {message}
        {canUndo && (
          <>
            {' '}
            <UndoButton onUndo={isRemoval ? undoRemove : undoLoad} />
          </>
        )}
      </p>

      {scenarios.scenarios.length > 0 && (
        <ul className="scenarios__list" aria-label={t('scenarios.listLabel')}>
          {scenarios.scenarios.map((scenario) => (
            <ScenarioItem
              key={scenario.id}
              scenario={scenario}
              isCompared={scenario.id === scenarios.compared?.id}
              isNameTaken={(name) =>
                isNameTaken(scenarios.scenarios, scenario.id, name)
              }
              onRename={(name) => {
                setMessage('');
                scenarios.rename(scenario.id, name);
              }}
              onLoad={() => load(scenario)}
              onCompare={withoutMessage(() =>
                scenarios.compare(
                  scenario.id === scenarios.compared?.id ? null : scenario.id,
                ),
              )}
              onRemove={() => remove(scenario)}
            />
          ))}
        </ul>
      )}

      {scenarios.compared && calculation && (
        <ScenarioComparison
          compared={scenarios.compared}
          current={calculation}
          currency={currency}
          onStop={withoutMessage(() => scenarios.compare(null))}
        />
      )}
    </section>
  );
}
