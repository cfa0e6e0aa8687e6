import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import {
  useForm,
  useWatch,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';

import type { Language } from '../../i18n/languages';
import { computeCltv, type CltvInput, type CltvResult } from '../../model/cltv';
import { calculatorSchema, readCltvInput } from './formSchema';
import { saveFormValues } from './formStorage';
import type { CalculatorFormValues } from './formValues';
import { useLinkedMessages } from './linkedMessages';

interface ResolverContext {
  language: Language;
}

/**
 * react-hook-form hands `context` to the resolver on every validation, so
 * the schema follows the page's language without recreating the form.
 */
const resolver: Resolver<CalculatorFormValues, ResolverContext> = (
  values,
  context,
  options,
) =>
  zodResolver(calculatorSchema(context?.language ?? 'ru'))(
    values,
    context,
    options,
  ) as ReturnType<Resolver<CalculatorFormValues, ResolverContext>>;

export interface Calculation {
  input: CltvInput;
  result: CltvResult;
}

export interface CalculatorState {
  form: UseFormReturn<CalculatorFormValues, ResolverContext>;
  values: CalculatorFormValues;
  /** The latest valid calculation; null until the inputs were ever valid. */
  calculation: Calculation | null;
  /** True while the shown calculation is not for the current inputs. */
  isStale: boolean;
}

export function useCalculator(
  initialValues: CalculatorFormValues,
  language: Language,
  storage: Storage | undefined,
): CalculatorState {
  const form = useForm<CalculatorFormValues, ResolverContext>({
    defaultValues: initialValues,
    resolver,
    context: { language },
    mode: 'onChange',
  });
  const values = useWatch({ control: form.control }) as CalculatorFormValues;

  // The resolver reads the same figures to place the messages; this reading
  // feeds the results. Both take microseconds.
  const current = useMemo(() => {
    const { input } = readCltvInput(values, language);
    return input ? { input, result: computeCltv(input) } : null;
  }, [values, language]);

  const [lastValid, setLastValid] = useState(current);
  if (current && current !== lastValid) setLastValid(current);

  // Saved on the visitor's changes only, so that an untouched page keeps
  // nothing in storage and opens on the prerendered defaults next time.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: changed }) =>
        saveFormValues(storage, language, changed),
    });
  }, [form, storage, language]);

  // Values restored from storage may hold mistakes: show their messages now
  // rather than at the next keystroke. After a language switch, the figures
  // are read again by the new language's rules; this runs after the render
  // that handed the resolver its new context, not before.
  useEffect(() => {
    void form.trigger();
  }, [form, language]);
  useLinkedMessages(form, language);

  return {
    form,
    values,
    calculation: current ?? lastValid,
    isStale: current === null && lastValid !== null,
  };
}
