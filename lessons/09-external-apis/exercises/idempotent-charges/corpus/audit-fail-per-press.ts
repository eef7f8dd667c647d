/**
 * @expect fail: Pressing “Pay” twice
 * Audit learner: one key per press of Pay (retries share it), so a second press charges again.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (_order, checkoutId) => `checkout-${checkoutId}`;
