import type { FieldPath } from 'react-hook-form';

import type { CalculatorFormValues } from '../calculator/formValues';
import type { CheckField } from './checks';

export type FormFieldName = FieldPath<CalculatorFormValues>;

/**
 * The form field that holds a checked quantity, in the mode the form is
 * in now, so that the field is on the page when it is focused: a
 * retention of year 3 is the single rate when one rate serves every year,
 * and the later-years rate when new customers have two.
 */
export function formFieldFor(
  field: CheckField,
  values: CalculatorFormValues,
): FormFieldName {
  switch (field.quantity) {
    case 'acquisitionCost':
      return 'acquisitionCost';
    case 'marginIncludesCosts':
      return 'marginIncludesCosts';
    case 'serviceCost':
      return 'serviceCostPerCustomer';
    case 'margin':
      return 'marginPercent';
    case 'horizon':
      return 'horizonYears';
    case 'retentionExisting':
      return values.retentionExistingMode === 'single'
        ? 'retentionExistingPercent'
        : `retentionExistingByYear.${field.index}`;
    case 'retentionNew':
      if (values.retentionNewMode === 'perAge') {
        return `retentionNewByAge.${field.index}`;
      }
      return field.index === 0
        ? 'retentionNewFirstYearPercent'
        : 'retentionNewLaterPercent';
  }
}
