/**
 * @expect fail: The number of queries does not grow
 * Switches to productsByIds but still calls it inside the loop, one id at a time: still N+1.
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
  const lines: OrderLine[] = [];
  for (const item of db.orderItems(orderId)) {
    const [p] = db.productsByIds([item.productId]);
    if (!p) continue;
    lines.push({
      name: p.name,
      quantity: item.quantity,
      priceCents: p.priceCents,
      lineTotalCents: p.priceCents * item.quantity,
    });
  }
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
