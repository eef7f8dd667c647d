/**
 * @expect fail: A checkout that retries
 * The order id plus the current time in ms, to tell payments apart: a retry a few hundred ms later
 * has another time, so it is another payment.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, attempt) =>
  `${order.id}-${Date.now()}-${attempt}`;
