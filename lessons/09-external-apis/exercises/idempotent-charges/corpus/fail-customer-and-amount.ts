/**
 * @expect fail: Two different orders
 * Identifies the payment by who pays and how much: a customer who buys the same thing again gets
 * the first order's answer back, and the second order is never charged.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, _attempt, declines) =>
  `cust-${order.customerId}-${order.amountCents}-${declines}`;
