import { enteredFields } from '../../app/enteredValue';
import { formValuesShape } from './formSchema';
import type { CalculatorFormValues } from './formValues';

/**
 * What the visitor changed in the prerendered form before the page's code
 * took it over: the values the markup was rendered with (`prerendered`,
 * called only when something was changed: building them makes the page's
 * first, slow Intl calls) with each typed text or changed choice put in;
 * null when nothing was changed. The fields are found by their names, which react-hook-form's
 * register gives them («marginPercent», «retentionNewByAge.2»). Values that
 * the form could not hold (a tampered page) give null as well.
 */
export function typedBeforeStart(
  form: HTMLFormElement | null,
  prerendered: () => CalculatorFormValues,
): CalculatorFormValues | null {
  // The calculator has no checkboxes: every value it takes is text.
  const changes = enteredFields(form).flatMap(({ name, value }) =>
    typeof value === 'string' ? [{ name, value }] : [],
  );
  if (changes.length === 0) return null;

  const values = structuredClone(prerendered());
  const known = changes.filter(({ name, value }) =>
    setField(values, name, value),
  );
  if (known.length === 0) return null;
  const checked = formValuesShape.safeParse(values);
  return checked.success ? checked.data : null;
}

/** Sets «name» or «list.index» in `values`; false for an unknown name. */
function setField(
  values: CalculatorFormValues,
  name: string,
  value: string,
): boolean {
  const [key, index, ...rest] = name.split('.');
  const record = values as unknown as Record<string, unknown>;
  if (rest.length > 0 || !key || !Object.hasOwn(record, key)) return false;

  const current = record[key];
  if (index === undefined) {
    if (typeof current !== 'string') return false;
    record[key] = value;
    return true;
  }
  const position = Number(index);
  if (!Array.isArray(current) || !(position in current)) return false;
  current[position] = value;
  return true;
}
