/**
 * @expect fail: Repeated products and rows in any order
 * Sorts the items and the rows by product id and zips them, which breaks when a product
 * appears on two lines (one row, two items) and changes the order of the lines.
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
  const items = [...db.orderItems(orderId)].sort((a, b) => a.productId - b.productId);
  const rows = db.productsByIds(items.map((i) => i.productId)).sort((a, b) => a.id - b.id);
  const lines = items.flatMap((item, i) => {
    const p = rows[i];
    return p
      ? [
          {
            name: p.name,
            quantity: item.quantity,
            priceCents: p.priceCents,
            lineTotalCents: p.priceCents * item.quantity,
          },
        ]
      : [];
  });
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
