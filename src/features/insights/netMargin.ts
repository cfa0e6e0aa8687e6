import { netPerCustomer, type CltvInput } from '../../model/cltv';

/**
 * A net margin below half a cent a year is nil: in floating point
 * 100 000 × 7 % − 7 000 leaves about 9·10⁻¹³, not 0.
 */
const NIL_NET_MARGIN = 0.005;

/**
 * True when the net margin R·m − C is nil in every year: a customer then
 * brings nothing, however long they stay, so retention changes nothing.
 */
export function hasNilNetMargin(input: CltvInput): boolean {
  return netPerCustomer(input).every((net) => Math.abs(net) < NIL_NET_MARGIN);
}
