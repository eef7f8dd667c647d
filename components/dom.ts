/**
 * Small DOM builders for the panels that draw results and kept runs. Text always goes in through
 * textContent, so whatever learner code printed is shown, never parsed as HTML.
 */

/** A new element with optional text and class names. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A table's head: one row of column headings. */
export function tableHead(columns: readonly string[]): HTMLTableSectionElement {
  const row = el('tr');
  for (const column of columns) {
    const th = el('th', column);
    th.scope = 'col';
    row.append(th);
  }
  const head = el('thead');
  head.append(row);
  return head;
}

/** A row's heading cell. */
export function rowHeader(text: string): HTMLTableCellElement {
  const th = el('th', text);
  th.scope = 'row';
  return th;
}
