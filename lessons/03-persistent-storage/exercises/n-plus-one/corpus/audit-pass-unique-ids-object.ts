/**
 * @expect pass
 * Deduplicates the ids with a Set, one batched query, then a plain object as the index; builds lines in the items order, total with a for loop.
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
  const ids = [...new Set(items.map((i) => i.productId))];
  const byId: Record<number, Product> = {};
  for (const p of db.productsByIds(ids)) byId[p.id] = p;
  const lines: OrderLine[] = [];
  let totalCents = 0;
  for (const item of items) {
    const p = byId[item.productId];
    if (!p) continue;
    const line = {
      lineTotalCents: p.priceCents * item.quantity,
      priceCents: p.priceCents,
      quantity: item.quantity,
      name: p.name,
    };
    lines.push(line);
    totalCents += line.lineTotalCents;
  }
  return { lines, totalCents };
}
