/**
 * @expect fail: Repeated products and rows in any order
 * Builds one line per product row instead of one per item, so a product ordered on two lines
 * shows once (with only one of its quantities).
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
  const qty = new Map(items.map((i) => [i.productId, i.quantity]));
  const rows = db.productsByIds(items.map((i) => i.productId));
  const order = new Map(items.map((i, n) => [i.productId, n]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const lines = rows.map((p) => ({
    name: p.name,
    quantity: qty.get(p.id)!,
    priceCents: p.priceCents,
    lineTotalCents: p.priceCents * qty.get(p.id)!,
  }));
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
