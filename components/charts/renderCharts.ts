import type { Series } from 'archlab';
/** Placeholder until the chart renderer lands: lists each chart's title. */
export function renderCharts(container: HTMLElement, series: Series[]): Promise<void> {
  container.replaceChildren(
    ...series.map((s) => Object.assign(document.createElement('p'), { textContent: s.title })),
  );
  return Promise.resolve();
}
