import { formValuesShape } from './formSchema';
import type { CalculatorFormValues } from './formValues';

type FormField = HTMLInputElement | HTMLSelectElement;

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
  if (!form) return null;
  const changes = Array.from(form.elements).flatMap((element) => {
    if (!isFormField(element) || !element.name) return [];
    const value = changedValue(element);
    return value === undefined ? [] : [{ name: element.name, value }];
  });
  if (changes.length === 0) return null;

  const values = structuredClone(prerendered());
  const known = changes.filter(({ name, value }) =>
    setField(values, name, value),
  );
  if (known.length === 0) return null;
  const checked = formValuesShape.safeParse(values);
  return checked.success ? checked.data : null;
}

function isFormField(element: Element): element is FormField {
  return (
    element instanceof HTMLInputElement || element instanceof HTMLSelectElement
  );
}

/** The field's value when it differs from the markup's, else undefined. */
function changedValue(field: FormField): string | undefined {
  if (field instanceof HTMLSelectElement) {
    const selected = field.selectedOptions[0];
    return selected && !selected.defaultSelected ? field.value : undefined;
  }
  if (field.type === 'radio') {
    return field.checked && !field.defaultChecked ? field.value : undefined;
  }
  return field.value === field.defaultValue ? undefined : field.value;
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
