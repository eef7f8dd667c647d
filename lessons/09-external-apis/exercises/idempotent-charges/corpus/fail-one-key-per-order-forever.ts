/**
 * @expect fail: After a declined card
 * One key per order, whatever happens: after a decline the provider replays the stored decline to
 * the customer's second card, and the order can never be paid.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order) => `order-${order.id}`;
