import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import type { Language } from '../../i18n/languages';
import { readCltvInput } from './formSchema';
import type { CalculatorFormValues } from './formValues';

/**
 * The fields whose message depends on other fields as well: a sum must be
 * in the chosen currency, and its bound falls as the customers grow
 * (baseBound.ts). react-hook-form validates only the field that changed,
 * so a new currency or count alone would leave their messages as they were.
 */
export const LINKED_FIELDS = [
  'revenuePerCustomer',
  'serviceCostPerCustomer',
  'acquisitionCost',
] as const satisfies readonly (keyof CalculatorFormValues)[];

export type LinkedField = (typeof LINKED_FIELDS)[number];

/**
 * The linked fields that show another message than the form's values
 * call for (`expected`: the schema's message by field, none when valid).
 * The field that just changed is left out: react-hook-form validates it.
 */
export function staleLinkedFields(
  expected: ReadonlyMap<string, string>,
  shown: (field: LinkedField) => string | undefined,
  changed: string | undefined,
): LinkedField[] {
  return LINKED_FIELDS.filter(
    (field) => field !== changed && shown(field) !== expected.get(field),
  );
}

/** The schema's message for every field that has one, by its path. */
function expectedMessages(values: CalculatorFormValues, language: Language) {
  const { issues } = readCltvInput(values, language);
  return new Map(
    issues.map((issue) => [issue.path.join('.'), issue.message] as const),
  );
}

/**
 * Validates a linked field again whenever another field's change has made
 * its message out of date; nothing happens while the messages are right,
 * which is nearly every keystroke.
 */
export function useLinkedMessages(
  form: Pick<
    UseFormReturn<CalculatorFormValues>,
    'subscribe' | 'getFieldState' | 'trigger'
  >,
  language: Language,
) {
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        const stale = staleLinkedFields(
          expectedMessages(values, language),
          (field) => form.getFieldState(field).error?.message,
          name,
        );
        // One field at a time: react-hook-form then re-renders that field
        // alone, where a list of names would re-render every field.
        for (const field of stale) void form.trigger(field);
      },
    });
  }, [form, language]);
}
