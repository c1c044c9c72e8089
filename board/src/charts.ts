import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.js';

// Only what the board draws: bars and lines on a grid, with tooltip and legend, on canvas.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** Government-report palette: red first, then blue, gold, green. */
export const PALETTE = ['#c62828', '#1565c0', '#f9a825', '#2e7d32', '#6a1b9a', '#00838f'];

const live = new Set<ECharts>();
let pending: { holder: HTMLElement; draw: () => void }[] = [];

/** Draws the charts of the view just put in the page (those of views built and dropped are let go). */
export function drawCharts(): void {
  const waiting = pending;
  pending = [];
  for (const p of waiting) if (p.holder.isConnected) p.draw();
}

/** Disposes the charts of the previous view. */
export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}

function resizeAll(): void {
  for (const chart of live) chart.resize();
}
window.addEventListener('resize', resizeAll);
// Printing lays the page out anew (one column, A4 width): redraw the charts to fit it.
window.matchMedia('print').addEventListener('change', resizeAll);
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);

/**
 * A chart with its table beside it (the same numbers, for screen readers and for people who
 * want them) and a button that downloads the chart as a PNG image. `fileName` without extension.
 */
export function chartBlock(title: string, option: ChartOption, tableEl: HTMLElement, fileName: string, height = 360): HTMLElement {
  const holder = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}（图表，数据见旁边的表格）`, style: `height:${height}px` });
  const button = h('button', { type: 'button', class: 'download', 'aria-label': `下载图片：${title}` }, '下载图片');
  const figure = h(
    'figure',
    { class: 'chart-block', 'data-chart': fileName },
    h('figcaption', {}, h('span', {}, title), button),
    h('div', { class: 'chart-row' }, holder, h('div', { class: 'table-wrap', style: `max-height:${height}px` }, tableEl)),
  );
  // Drawn once the block is in the page (ECharts needs the holder's size): see drawCharts.
  pending.push({
    holder,
    draw: () => {
      const chart = init(holder, undefined, { renderer: 'canvas' });
      chart.setOption({ color: PALETTE, animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
      live.add(chart);
      button.addEventListener('click', () => {
        const link = h('a', { href: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), download: `${fileName}.png` });
        document.body.append(link);
        link.click();
        link.remove();
      });
    },
  });
  return figure;
}
