/**
 * @expect fail: Two different orders
 * Audit learner: builds the key from who pays and how much, so two equal orders merge.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _c, _a, declines) =>
  `${order.customerId}-${order.amountCents}-${declines}`;
