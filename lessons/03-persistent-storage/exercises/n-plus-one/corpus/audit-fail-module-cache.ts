/**
 * @expect fail: The number of queries does not grow
 * Keeps a product cache in a module variable so later pages make one query only: prices changed in the database are never seen again, and a first page still needs N+1.
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

const cache = new Map<number, Product>();

export function orderPage(db: Db, orderId: number): OrderPage {
  const items = db.orderItems(orderId);
  const lines: OrderLine[] = [];
  for (const item of items) {
    let p = cache.get(item.productId);
    if (!p) {
      p = db.productById(item.productId);
      if (p) cache.set(p.id, p);
    }
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
