/**
 * @expect fail: The page lists every line
 * Batches the query but pairs the i-th row with the i-th item, as if rows came back in the order of the ids asked for.
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
  const products = db.productsByIds(items.map((i) => i.productId));
  const lines: OrderLine[] = items.map((item, i) => ({
    name: products[i]?.name ?? '?',
    quantity: item.quantity,
    priceCents: products[i]?.priceCents ?? 0,
    lineTotalCents: (products[i]?.priceCents ?? 0) * item.quantity,
  }));
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
