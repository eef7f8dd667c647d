/**
 * @expect fail: Pressing “Pay” twice
 * One key per press of “Pay”: retries inside a checkout share it, but the second press is a new
 * checkout with a new key, so the order is charged twice.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (_order, checkoutId) => `checkout-${checkoutId}`;
