// The order page of a shop: GET /orders/:id shows every line of the order with the product's name
// and price. The data lives in a database on another machine, so every call to `db` below is one
// query: one network round trip (about 2 ms here) plus the time the database needs to run it.

export interface OrderItem {
  productId: number;
  quantity: number;
}

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

/** The queries this page may make. Each call is ONE round trip to the database. */
export interface Db {
  /** SELECT product_id, quantity FROM order_items WHERE order_id = $1 */
  orderItems(orderId: number): OrderItem[];
  /** SELECT id, name, price_cents FROM products WHERE id = $1 */
  productById(id: number): Product | undefined;
  /**
   * SELECT id, name, price_cents FROM products WHERE id = ANY($1)
   * One query for many ids. Like SQL, it returns each product once, in no particular order.
   */
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
  // One query for all the products, whatever the size of the order: 2 round trips in total.
  const ids = [...new Set(items.map((item) => item.productId))];
  const products = ids.length > 0 ? db.productsByIds(ids) : [];
  // The rows come back in any order and once per product: look them up by id, not by position.
  const byId = new Map(products.map((p) => [p.id, p]));
  const lines: OrderLine[] = [];
  for (const item of items) {
    const product = byId.get(item.productId);
    if (product === undefined) continue;
    lines.push({
      name: product.name,
      quantity: item.quantity,
      priceCents: product.priceCents,
      lineTotalCents: product.priceCents * item.quantity,
    });
  }
  const totalCents = lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  return { lines, totalCents };
}
