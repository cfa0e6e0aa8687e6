import { FormProvider, type UseFormReturn } from 'react-hook-form';

import type { CalculatorFormValues } from '../calculator/formValues';
import { InsightsPanel, type InsightsPanelProps } from './InsightsPanel';

// The insights panel's chunk, loaded lazily by the page with its texts.
export * as messages from './messages';

export interface InsightsSectionProps extends InsightsPanelProps {
  /** The calculator's form, whose fields the mistakes check focuses. */
  form: UseFormReturn<CalculatorFormValues>;
}

/**
 * The panel with a form context of its own: the page keeps its lazily
 * loaded sections out of the calculator's FormProvider, whose value
 * changes as the visitor types.
 */
export default function InsightsSection({
  form,
  ...panel
}: InsightsSectionProps) {
  return (
    <FormProvider {...form}>
      <InsightsPanel {...panel} />
    </FormProvider>
  );
}
