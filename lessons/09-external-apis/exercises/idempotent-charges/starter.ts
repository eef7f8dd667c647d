// When a payment call times out, nobody knows whether the provider charged the card: maybe the
// request was lost, maybe only the answer was. Retrying is then dangerous: it may charge twice.
// Payment APIs solve this with an idempotency key: the caller sends a key with every attempt, and
// the provider acts only once per key; a repeat of a known key gets the first answer back (the
// charge, or a decline), for as long as the provider keeps the key (Stripe: at least 24 hours).
// Your job: choose the key each attempt sends.

export interface Order {
  /** The shop's order number: unique, created when the customer confirms the cart. */
  id: number;
  customerId: number;
  amountCents: number;
}

/**
 * The idempotency key for attempt `attempt` (1, 2, …) of checkout request `checkoutId` paying
 * for `order`. A checkout request is one press of "Pay"; it may retry several times.
 * `declines` counts the earlier checkouts of this order that the provider definitely declined
 * (a 402: the card issuer said no); after one, the customer may press "Pay" again with another card.
 */
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export const idempotencyKey: KeyFn = (order, checkoutId, attempt) => {
  // TODO: a fresh key for every attempt looks unique and careful, but the provider then treats
  // every retry as a new payment. Which identity should the key follow?
  return `checkout-${checkoutId}-attempt-${attempt}`;
};
