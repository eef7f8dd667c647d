/**
 * @expect pass
 * The plain order number for the first payment, a suffix only after a decline: keys stay short and
 * readable in the provider's dashboard.
 */
export interface Order {
  id: number;
  customerId: number;
  amountCents: number;
}

export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

export function idempotencyKey(
  order: Order,
  _checkoutId: number,
  _attempt: number,
  declines: number,
): string {
  if (declines === 0) return String(order.id);
  return `${order.id}/retry-after-decline-${declines}`;
}
