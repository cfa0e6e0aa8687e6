import type { CltvInput } from './cltvInput';

/**
 * The same input over its first `years` years: every per-year list cut to
 * T entries (the retention lists to T − 1). The results through year T do
 * not change, since nothing of year t depends on later years.
 *
 * @param years T, from 1 to the input's own horizon
 * @example shortenHorizon(workedExampleInput, 1).retentionExisting // []
 */
export function shortenHorizon(input: CltvInput, years: number): CltvInput {
  const cut = (values: readonly number[], length: number) =>
    values.slice(0, length);

  return {
    ...input,
    horizonYears: years,
    revenuePerCustomer: cut(input.revenuePerCustomer, years),
    marginRate: cut(input.marginRate, years),
    serviceCostPerCustomer: cut(input.serviceCostPerCustomer, years),
    retentionExisting: cut(input.retentionExisting, years - 1),
    retentionNew: cut(input.retentionNew, years - 1),
    newCustomers: cut(input.newCustomers, years),
  };
}
