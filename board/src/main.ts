import { ApiProblem } from './api.js';
import { disposeCharts, drawCharts } from './charts.js';
import { h } from './dom.js';
import { annualView, changesView, consortiumView, listView, quarterView } from './views.js';

/**
 * 晾晒台: five views behind the hash (`#/quarter/L1`, `#/consortium/<id>`, `#/annual/<year>`,
 * `#/list?asOf=`, `#/changes?from=&to=`), so every view has a link that can be shared or printed.
 */
type View = (parts: string[], query: URLSearchParams) => Promise<HTMLElement>;

const VIEWS: Record<string, View> = {
  quarter: quarterView,
  consortium: consortiumView,
  annual: annualView,
  list: listView,
  changes: changesView,
};

let rendering = 0;

async function render(): Promise<void> {
  const turn = ++rendering;
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = 'quarter', ...parts] = path.split('/').filter(Boolean).map(decodeURIComponent);
  const view = VIEWS[name] ?? quarterView;
  const main = document.getElementById('main')!;
  document.body.removeAttribute('data-ready');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    if (link.dataset.nav === (VIEWS[name] ? name : 'quarter') || (name === 'consortium' && link.dataset.nav === 'quarter'))
      link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  let content: HTMLElement;
  try {
    content = await view(parts, new URLSearchParams(search));
  } catch (error) {
    const message = error instanceof ApiProblem ? error.message : '页面加载失败，请稍后重试。';
    content = h('div', {}, h('h2', {}, '无法显示'), h('p', { class: 'error', role: 'alert' }, message));
  }
  if (turn !== rendering) return;
  disposeCharts();
  main.replaceChildren(content);
  drawCharts();
  document.title = `${content.querySelector('h2')?.textContent ?? '晾晒'} · 产教联合体赛马比拼晾晒台`;
  document.body.dataset.ready = name;
  // The first view's render time, for the benchmark and for anyone looking in the browser's tools.
  if (!performance.getEntriesByName('board-ready').length) performance.mark('board-ready');
}

window.addEventListener('hashchange', () => void render());
void render();
