/**
 * @expect pass
 * Looks each product up with Array.find in the batched rows (fine for small orders), skips the
 * query for an empty order, and writes each line's fields in another order.
 */
export interface OrderItem {
  productId: number;
  quantity: number;
}

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

export interface Db {
  orderItems(orderId: number): OrderItem[];
  productById(id: number): Product | undefined;
  productsByIds(ids: number[]): Product[];
}

export interface OrderLine {
  name: string;
  quantity: number;
  priceCents: number;
  lineTotalCents: number;
}

export interface OrderPage {
  lines: OrderLine[];
  totalCents: number;
}

export function orderPage(db: Db, orderId: number): OrderPage {
  const items = db.orderItems(orderId);
  if (items.length === 0) return { lines: [], totalCents: 0 };
  const rows = db.productsByIds(items.map((i) => i.productId));
  let totalCents = 0;
  const lines = items.flatMap((item) => {
    const p = rows.find((r) => r.id === item.productId);
    if (p === undefined) return [];
    const lineTotalCents = p.priceCents * item.quantity;
    totalCents += lineTotalCents;
    return [{ lineTotalCents, priceCents: p.priceCents, quantity: item.quantity, name: p.name }];
  });
  return { totalCents, lines };
}
