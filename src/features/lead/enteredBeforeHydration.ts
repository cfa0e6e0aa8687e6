import { enteredFields } from '../../app/enteredValue';
import { leadFormShape } from './leadSchema';
import type { LeadFormValues } from './leadValues';

type LeadField = keyof LeadFormValues;

function isLeadField(name: string): name is LeadField {
  return Object.hasOwn(leadFormShape.shape, name);
}

/**
 * What the visitor entered in the prerendered request form before its
 * code took the form over: each field they changed, by its name (the
 * name register gives it), as the form holds it; the honeypot too, so
 * that a bot quick to fill it is still caught. Fields the form does not
 * have, and values it could not hold (a tampered page), are left out.
 * Null when nothing is left, and for no form.
 *
 * Known gap: what is entered is read, and then stored as the draft, only
 * once the code has arrived; a reload before then (on a slow network,
 * seconds after the first paint) loses it.
 */
export function enteredBeforeHydration(
  form: HTMLFormElement | null,
): Partial<LeadFormValues> | null {
  const entered: Partial<Record<LeadField, unknown>> = {};
  for (const { name, value } of enteredFields(form)) {
    if (!isLeadField(name)) continue;
    if (leadFormShape.shape[name].safeParse(value).success) {
      entered[name] = value;
    }
  }
  if (Object.keys(entered).length === 0) return null;
  return entered as Partial<LeadFormValues>;
}
