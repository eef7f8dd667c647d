/**
 * @expect pass
 * A JSON string of the fields that identify the payment: the order id, its amount (fixed for the
 * order) and the decline count; no separator can be confused.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, _attempt, declines) =>
  JSON.stringify({ order: order.id, amount: order.amountCents, payment: declines + 1 });
