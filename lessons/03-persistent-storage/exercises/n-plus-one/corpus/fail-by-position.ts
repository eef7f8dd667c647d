/**
 * @expect fail: Repeated products and rows in any order
 * Batches the query but pairs rows with items by position, as if the database kept the order.
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
  const rows = db.productsByIds(items.map((i) => i.productId));
  const lines: OrderLine[] = [];
  items.forEach((item, i) => {
    const p = rows[i];
    if (!p) return;
    lines.push({
      name: p.name,
      quantity: item.quantity,
      priceCents: p.priceCents,
      lineTotalCents: p.priceCents * item.quantity,
    });
  });
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
