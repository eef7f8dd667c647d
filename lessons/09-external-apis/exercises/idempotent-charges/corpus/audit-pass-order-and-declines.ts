/**
 * @expect pass
 * Audit learner: the key follows the order and the number of earlier declines (a new card is a new payment).
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, _attempt, declines) =>
  `order-${order.id}-payment-${declines + 1}`;
