import { enteredValue, isFormField } from '../../app/enteredValue';
import { EMPTY_LEAD_FORM, type LeadFormValues } from './leadValues';

type Entered = Partial<Record<keyof LeadFormValues, string | boolean>>;

/**
 * What the visitor entered in the prerendered request form before its
 * chunk arrived: each field that differs from the markup, by its name.
 * It must be read before React hydrates the form: react-hook-form then
 * registers the format radios one by one, and the last of them leaves
 * none checked. Null when nothing was entered or there is no such form.
 */
export function enteredBeforeHydration(
  form: HTMLFormElement | null | undefined,
): Partial<LeadFormValues> | null {
  if (!form) return null;
  const entered: Entered = {};
  for (const element of Array.from(form.elements)) {
    const name = leadFieldName(element);
    if (!name || !isFormField(element)) continue;
    const value = enteredValue(element);
    if (value !== undefined) entered[name] = value;
  }
  return Object.keys(entered).length > 0
    ? (entered as Partial<LeadFormValues>)
    : null;
}

function leadFieldName(element: Element): keyof LeadFormValues | null {
  const name = element.getAttribute('name');
  return name !== null && Object.hasOwn(EMPTY_LEAD_FORM, name)
    ? (name as keyof LeadFormValues)
    : null;
}
