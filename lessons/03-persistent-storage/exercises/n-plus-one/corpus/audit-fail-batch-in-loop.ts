/**
 * @expect fail: The number of queries does not grow
 * Calls the batch query, but once per item with a one-element list: still N+1 round trips.
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
  const lines: OrderLine[] = [];
  for (const item of items) {
    const [product] = db.productsByIds([item.productId]);
    if (!product) continue;
    lines.push({
      name: product.name,
      quantity: item.quantity,
      priceCents: product.priceCents,
      lineTotalCents: product.priceCents * item.quantity,
    });
  }
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
