/**
 * @expect fail: A checkout that retries
 * Knows a decline needs a new key, but builds it from the attempt number: every retry inside a
 * checkout is then a new payment too.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, _checkoutId, attempt, declines) =>
  `order-${order.id}-${declines}-${attempt}`;
