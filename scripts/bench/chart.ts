// The growth chart in docs/performance.md: step cost and heap against the claim count, drawn as
// SVG and photographed by the headless browser (no charting dependency for one small figure).

import type { Browser } from '@playwright/test';

export interface Series {
  label: string;
  color: string;
  dashed?: boolean;
  /** [claims, value] */
  points: ReadonlyArray<readonly [number, number]>;
}

export interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const W = 330;
const H = 300;
const M = { top: 40, right: 34, bottom: 48, left: 56 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= value) return m * step;
  return 10 * step;
}

function formatTick(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Number(value.toPrecision(2)));
}

function panelSvg(panel: Panel, xs: readonly number[]): string {
  const all = panel.series.flatMap((s) => s.points.map(([, y]) => y));
  const yMax = niceMax(Math.max(...all) * 1.05);
  const xMin = Math.log10(Math.min(...xs));
  const xMax = Math.log10(Math.max(...xs));
  const px = (x: number) => M.left + ((Math.log10(x) - xMin) / (xMax - xMin || 1)) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - (y / yMax) * (H - M.top - M.bottom);
  const parts: string[] = [];
  parts.push(`<text x="${M.left}" y="18" class="title">${escape(panel.title)}</text>`);
  for (let i = 0; i <= 4; i += 1) {
    const y = (yMax * i) / 4;
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(y)}" y2="${py(y)}" class="grid"/>`,
      `<text x="${M.left - 6}" y="${py(y) + 4}" class="tick" text-anchor="end">${formatTick(y)}</text>`,
    );
  }
  parts.push(
    `<text x="14" y="${(H - M.bottom + M.top) / 2}" class="axis" transform="rotate(-90 14 ${(H - M.bottom + M.top) / 2})" text-anchor="middle">${escape(panel.unit)}</text>`,
  );
  for (const x of xs) {
    parts.push(
      `<line x1="${px(x)}" x2="${px(x)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" class="axisline"/>`,
      `<text x="${px(x)}" y="${H - M.bottom + 18}" class="tick" text-anchor="middle">${x.toLocaleString('en-GB')}</text>`,
    );
  }
  parts.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" class="axisline"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" class="axis" text-anchor="middle">claims (log scale)</text>`,
  );
  panel.series.forEach((series, i) => {
    const d = series.points.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x)},${py(y)}`).join(' ');
    parts.push(
      `<path d="${d}" fill="none" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
      ...series.points.map(([x, y]) => `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${series.color}"/>`),
      `<line x1="${M.left + 8}" x2="${M.left + 28}" y1="${M.top + 4 + i * 16}" y2="${M.top + 4 + i * 16}" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
      `<text x="${M.left + 33}" y="${M.top + 8 + i * 16}" class="legend">${escape(series.label)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

export function chartHtml(title: string, panels: readonly Panel[], xs: readonly number[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; background: #fff; }
    #chart { display: inline-block; padding: 12px 12px 4px; }
    h1 { font-size: 15px; margin: 0 0 4px 8px; color: #111827; }
    .title { font-size: 13px; font-weight: 600; fill: #111827; }
    .tick, .legend { font-size: 11px; fill: #374151; }
    .axis { font-size: 11px; fill: #4b5563; }
    .grid { stroke: #e5e7eb; }
    .axisline { stroke: #6b7280; }
  </style></head><body><div id="chart"><h1>${escape(title)}</h1>${panels.map((p) => panelSvg(p, xs)).join('')}</div></body></html>`;
}

export async function renderChartPng(browser: Browser, html: string, path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 500 }, deviceScaleFactor: 1.5 });
  try {
    await page.setContent(html);
    await page.locator('#chart').screenshot({ path });
  } finally {
    await page.close();
  }
}
