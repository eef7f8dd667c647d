/**
 * @expect fail: A checkout that retries
 * A random key per call, to be sure it is unique: every retry of a timed-out call is then a new
 * payment to the provider.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order) =>
  `${order.id}-${Math.random().toString(36).slice(2)}`;
