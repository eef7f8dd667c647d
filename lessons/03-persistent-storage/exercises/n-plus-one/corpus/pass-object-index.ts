/**
 * @expect pass
 * Indexes the batched rows in a plain object keyed by id and maps the items to lines.
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
  const byId: Record<number, Product> = {};
  for (const p of db.productsByIds(items.map((i) => i.productId))) byId[p.id] = p;
  const lines = items
    .filter((i) => byId[i.productId] !== undefined)
    .map((i) => ({
      name: byId[i.productId]!.name,
      quantity: i.quantity,
      priceCents: byId[i.productId]!.priceCents,
      lineTotalCents: byId[i.productId]!.priceCents * i.quantity,
    }));
  let totalCents = 0;
  for (const l of lines) totalCents += l.lineTotalCents;
  return { lines, totalCents };
}
