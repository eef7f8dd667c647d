/**
 * @expect pass
 * One batched query, then Array.find for each item (quadratic, but orders are small and it makes only 2 queries).
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
  if (items.length === 0) return { lines: [], totalCents: 0 };
  const products = db.productsByIds(items.map((i) => i.productId));
  const lines = items.flatMap((item) => {
    const product = products.find((p) => p.id === item.productId);
    return product
      ? [
          {
            name: product.name,
            quantity: item.quantity,
            priceCents: product.priceCents,
            lineTotalCents: product.priceCents * item.quantity,
          },
        ]
      : [];
  });
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}
