/**
 * @expect pass
 * One batched query for the distinct ids, rows into a Map by id, lines built from the items.
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
  const products = new Map(db.productsByIds(ids).map((p) => [p.id, p]));
  const lines: OrderLine[] = [];
  for (const item of items) {
    const product = products.get(item.productId);
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
