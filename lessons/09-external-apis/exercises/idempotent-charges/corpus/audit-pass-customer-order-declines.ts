/**
 * @expect pass
 * Audit learner: includes the customer too (harmless, the order id is unique) and joins with colons.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, _attempt, declines) =>
  [order.customerId, order.id, declines].join(':');
