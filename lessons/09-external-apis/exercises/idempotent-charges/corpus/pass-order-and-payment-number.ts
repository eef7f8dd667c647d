/**
 * @expect pass
 * The order id plus which payment of the order this is (declines so far): retries and repeated
 * presses share it, a new card after a decline gets a new one.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, _attempt, declines) =>
  `order-${order.id}-pay-${declines}`;
