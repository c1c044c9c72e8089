/** A small element builder: the board has five views and no state to sync, so no framework. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export interface Column<T> {
  title: string;
  /** The cell's text (or node). */
  cell: (row: T) => Child;
  numeric?: boolean;
  /** data-field of the cell, for readers of the page that look numbers up (and the browser tests). */
  field?: string;
}

/** A table of rows with a caption; each row carries data-id when `id` is given. */
export function table<T>(caption: string, columns: Column<T>[], rows: T[], id?: (row: T) => string): HTMLElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.title)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.length === 0
        ? h('tr', {}, h('td', { colspan: columns.length, class: 'note' }, '无'))
        : rows.map((row) =>
            h(
              'tr',
              { 'data-id': id ? id(row) : null },
              columns.map((c, i) =>
                h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.numeric ? 'num' : null, 'data-field': c.field ?? null }, c.cell(row)),
              ),
            ),
          ),
    ),
  );
}
