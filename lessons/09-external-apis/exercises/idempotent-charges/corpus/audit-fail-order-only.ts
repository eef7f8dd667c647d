/**
 * @expect fail: After a declined card
 * Audit learner: one key per order forever, so after a decline the new card gets the stored 402.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order) => `order-${order.id}`;
