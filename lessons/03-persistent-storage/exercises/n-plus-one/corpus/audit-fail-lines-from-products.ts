/**
 * @expect fail: Repeated products and rows in any order
 * Builds one line per product returned, looking up the quantity with find: an order that lists a product twice loses a line.
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
  const lines: OrderLine[] = products.map((p) => {
    const quantity = items.find((i) => i.productId === p.id)?.quantity ?? 0;
    return {
      name: p.name,
      quantity,
      priceCents: p.priceCents,
      lineTotalCents: p.priceCents * quantity,
    };
  });
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
