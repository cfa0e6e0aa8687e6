import { useId, type ReactNode } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type FieldError,
  type FieldPath,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FieldNotes } from '../../app/FieldNotes';
import type { Language } from '../../i18n/languages';
import { ru } from '../../i18n/ru';
import type { CalculatorFormValues } from './formValues';
import { messageToShow } from './validationMessage';

type FieldName = FieldPath<CalculatorFormValues>;

/**
 * The translated message of a field, or null when it is valid. The field
 * subscribes to its own errors only: a keystroke re-renders the field typed
 * in and those whose message changed, not the whole form. (Reading the
 * field's state through getFieldState would subscribe it to the form's
 * «validating» flags too, which change twice on every keystroke, for every
 * field.)
 */
function useFieldError(name: FieldName): string | null {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<CalculatorFormValues>();
  const { errors } = useFormState({ control, name, exact: true });
  const message = (get(errors, name) as FieldError | undefined)?.message;
  if (!message) return null;

  const { key, params } = messageToShow(message, i18n.language as Language);
  const known =
    key in ru.validation ? (key as keyof typeof ru.validation) : 'notANumber';
  return t(`validation.${known}`, params);
}

export interface NumberFieldProps {
  name: FieldName;
  label: string;
  hint?: string;
  /** Shown after the input: «%», «₽». */
  suffix?: string;
}

/*
 * Inputs are uncontrolled (react-hook-form's register), and register sets
 * their values only once mounted in a browser. The explicit defaultValue and
 * defaultChecked put the values into the prerendered HTML as well.
 */

/**
 * A text input for a figure. It is type="text", not type="number": the
 * number input drops what it cannot parse (a Russian «1 000,5» reads as
 * empty in Chromium), and the visitor's text must stay as typed.
 */
export function NumberField({ name, label, hint, suffix }: NumberFieldProps) {
  const id = useId();
  const { register, getValues } = useFormContext<CalculatorFormValues>();
  const error = useFieldError(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="field__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          defaultValue={getValues(name) as string}
          {...register(name)}
        />
        {suffix && <span className="field__suffix">{suffix}</span>}
      </div>
      <FieldNotes error={error} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}

export interface ChoiceProps<T extends string> {
  name: FieldName;
  legend: string;
  options: readonly { value: T; label: string }[];
  children?: ReactNode;
}

/** A set of radio buttons, laid out as a segmented switch. */
export function Choice<T extends string>({
  name,
  legend,
  options,
  children,
}: ChoiceProps<T>) {
  const { register, getValues } = useFormContext<CalculatorFormValues>();
  const checked = getValues(name);

  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.value} className="choice__option">
            <input
              type="radio"
              value={option.value}
              defaultChecked={option.value === checked}
              {...register(name)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
