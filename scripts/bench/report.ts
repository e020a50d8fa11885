// docs/performance.md from the benchmark's figures: budgets first, then each measurement, the
// growth chart and how each quantity grows, then the method. Formatted with the project's
// prettier settings, so the generated file passes `prettier --check`.

import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { DatasetResult, PageBytes, Results } from './results';
import { growthExponent } from './stats';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const ms = (n: number, digits = 2) => `${n.toFixed(digits)} ms`;
const count = (n: number) => n.toLocaleString('en-GB');

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function filesTable(bytes: PageBytes): string {
  return table(
    ['file', 'raw', 'gzipped'],
    [
      ...bytes.files.map((f) => [`\`${f.path}\``, kb(f.raw), kb(f.gzip)]),
      ['**JS total**', '', `**${kb(bytes.jsGzip)}**`],
      ['**CSS total**', '', `**${kb(bytes.cssGzip)}**`],
    ],
  );
}

function describeGrowth(exponent: number): string {
  if (!Number.isFinite(exponent)) return 'could not be fitted';
  if (exponent < 0.15) return 'is essentially flat';
  if (exponent < 0.6) return 'grows much more slowly than the claims';
  if (exponent < 1.2) return 'grows about in proportion to the claims';
  return 'grows faster than the claims';
}

function growthWords(datasets: DatasetResult[]): string[] {
  const growth = datasets.filter((d) => d.name !== 'real').sort((a, b) => a.claims - b.claims);
  const first = growth[0];
  const last = growth[growth.length - 1];
  const real = datasets.find((d) => d.name === 'real');
  if (!first || !last || first === last) return [];
  const factor = last.claims / first.claims;
  const line = (what: string, pick: (d: DatasetResult) => number, unit: (n: number) => string) => {
    const exponent = growthExponent(growth.map((d) => [d.claims, pick(d)] as const));
    return (
      `- **${what}** ${describeGrowth(exponent)}: ${unit(pick(first))} at ${count(first.claims)} claims, ` +
      `${unit(pick(last))} at ${count(last.claims)} (×${(pick(last) / pick(first)).toFixed(1)} for ×${factor} claims; ` +
      `log–log slope ${exponent.toFixed(2)}, where 0 is flat and 1 is linear).`
    );
  };
  // Heap: a fixed part (code, map, page) plus a part that grows with the claims, per interval.
  const perClaim = growth.slice(1).map((d, i) => {
    const prev = growth[i] as DatasetResult;
    return (
      `${mb(d.heapMedianBytes - prev.heapMedianBytes)} from ${count(prev.claims)} to ${count(d.claims)} claims ` +
      `(${((d.heapMedianBytes - prev.heapMedianBytes) / (d.claims - prev.claims) / 1024).toFixed(2)} KB a claim)`
    );
  });
  return [
    line(
      'A step’s `status-update` (median)',
      (d) => d.statusUpdate.p50,
      (n) => ms(n),
    ) +
      ' A step reads each province’s and side’s entry for the month from the index, so the work per step ' +
      'does not depend on the number of claims; what growth there is comes from larger index entries ' +
      `and a busier heap. The 95th percentile (${growth.map((d) => ms(d.statusUpdate.p95)).join(', ')}) ` +
      'is set by the few steps in which the page’s thread is interrupted (by the garbage collector, or by the ' +
      'operating system on a busy machine), not by the computation.',
    line(
      'The time from a step to the next rendered frame (median)',
      (d) => d.frame.p50,
      (n) => ms(n, 1),
    ) +
      ' Most of it is the same at every size: React re-rendering the page and MapLibre repainting the map ' +
      'in software.',
    `- **The JS heap after load** grows with the claims, at most linearly: ${mb(first.heapMedianBytes)} at ` +
      `${count(first.claims)} claims and ${mb(last.heapMedianBytes)} at ${count(last.claims)}` +
      (real ? ` (${mb(real.heapMedianBytes)} with the real dataset)` : '') +
      `; it grows by ${perClaim.join(' and by ')}. The app keeps every claim in memory as a parsed object.`,
  ];
}

export function reportMarkdown(r: Results): string {
  const { machine, load, bytes, data, datasets } = r;
  const out: string[] = [];
  out.push(
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)} (${r.date.slice(11, 16)} UTC), in ${r.durationSeconds} s: ` +
      `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}, Node ${machine.node}, ` +
      `headless Chromium ${machine.chromium} with WebGL in SwiftShader (software). Load average when it started: ` +
      `${machine.loadAverageAtStart.join(', ')}. Raw figures: [performance.json](performance.json). ` +
      'These files are rewritten by every run; timings vary from machine to machine and run to run, which is why ' +
      'the time budgets are ratios or generous limits, checked only here and never in `npm test`.',
    '',
    '## Budgets',
    '',
    table(
      ['budget', 'limit', 'measured', '', 'detail'],
      r.budgets.map((b) => [
        b.name,
        `≤ ${b.limitShown}`,
        `**${b.shown}**`,
        b.met ? 'met' : '**missed**',
        b.detail,
      ]),
    ),
    '',
    `KB are 1,024 bytes. Gzip is level 9. Timings are medians of ${r.settings.loadRounds} rounds of loads ` +
      `and of ${r.settings.stepRuns} runs per dataset, interleaved.` +
      (r.retries > 0
        ? ` ${r.retries} page load(s) missed the ready timeout once and were measured again.`
        : ''),
    ...(r.budgets.some((b) => !b.met)
      ? [
          '',
          'A missed budget is open work, not an accepted figure. For the load ratio, “Where the time goes” below ' +
            'says what the time is spent on and what has been tried.',
        ]
      : []),
    '',
    '## Load',
    '',
    'Time from navigation to the `map-ready` mark, each page in a fresh browser context (empty cache), the ' +
      'pages taking turns (and turns going first). The app draws its map in two steps: `map-ready` is the first ' +
      'idle frame with the provinces shaded, hatched and outlined; the neighbours’ outlines, Afghanistan’s border ' +
      'and the names are then added, and `map-complete` is the first idle frame with them drawn. The bare page ' +
      'is MapLibre alone drawing the same `provinces.geojson` in one flat colour; the styled page is MapLibre ' +
      'alone drawing the app’s whole map style at once (every layer of `src/map/map-style.ts`: context, ' +
      'shading, hatch, outlines, labels) from the same files, without React or data parsing. Both draw in a map ' +
      `of the app map’s size (${load.mapSize.width} × ${load.mapSize.height} px at a 1280 × 800 viewport) and ` +
      'mark `map-ready` at their first idle frame with everything drawn.',
    '',
    table(
      ['page', 'median', 'runs'],
      [
        [
          'app: provinces shaded (`map-ready`)',
          ms(load.appMedianMs, 0),
          load.appMs.map((n) => n.toFixed(0)).join(', '),
        ],
        [
          'app: whole map (`map-complete`)',
          ms(load.appCompleteMedianMs, 0),
          load.appCompleteMs.map((n) => n.toFixed(0)).join(', '),
        ],
        ['bare MapLibre', ms(load.bareMedianMs, 0), load.bareMs.map((n) => n.toFixed(0)).join(', ')],
        [
          'MapLibre with the app’s style',
          ms(load.styledMedianMs, 0),
          load.styledMs.map((n) => n.toFixed(0)).join(', '),
        ],
      ],
    ),
    '',
    table(
      ['ratio (median over rounds)', 'value'],
      [
        ['app / bare (the budget)', load.ratio.toFixed(2)],
        ['styled / bare: the cost of the map’s design', load.styledOverBare.toFixed(2)],
        ['app / styled: the cost of the app around the map', load.appOverStyled.toFixed(2)],
        [
          'app whole map / styled: the whole map, app against MapLibre alone',
          load.completeOverStyled.toFixed(2),
        ],
      ],
    ),
    '',
    `Per round, app / bare: ${load.pairRatios.map((n) => n.toFixed(2)).join(', ')}.`,
    '',
    `Read together: MapLibre alone, drawing the app’s map style instead of one flat fill, takes ` +
      `${load.styledOverBare.toFixed(2)}× as long as the bare page; the app takes ` +
      `${load.appOverStyled.toFixed(2)}× as long as that.`,
    '',
    '### Where the time goes',
    '',
    'From Chromium traces and CPU profiles of single loads (2026-11-21), with WebGL in SwiftShader:',
    '',
    '- **Shader programs.** MapLibre compiles each kind of layer’s shader program before its first frame and ' +
      'waits for the result on the main thread. In software that is 5–130 ms a program, the text (SDF) ' +
      'program the dearest. The bare page needs five programs; the app’s style needs the fill with ' +
      'feature-state, the hatch pattern, two kinds of line and the text as well. This is most of the styled / ' +
      'bare gap. A hardware GPU compiles such programs far faster; this machine has none, so that is not ' +
      'measured here.',
    '- **The WebGL context.** Creating it waits on the GPU process, which is also painting the page: ' +
      '10–90 ms for the bare page, 80–400 ms for the app, whose first paint of the dashboard happens at ' +
      'the same moment.',
    '- **The app before the map exists.** Parsing its own code (about 135 KB gzipped beyond the bare page’s), ' +
      'React’s first render of the dashboard, and reading and checking the data.',
    '- **The labels’ glyphs.** MapLibre draws each one on the main thread from the self-hosted face (about ' +
      '70 ms in all).',
    '',
    'What was changed for it, each checked with the same kind of alternated loads:',
    '',
    '- the map chunk is no longer rendered through `React.lazy`: a suspended first render made React hold ' +
      'the map back for its ~300 ms reveal throttle;',
    '- the data files, the map chunk and the label face are preloaded from the page’s `<head>`, and ' +
      'MapLibre’s stylesheet is in the page’s own CSS (a lazy chunk with CSS waits for it);',
    '- statuses are set as feature-state as soon as the provinces source exists, so the first frame that ' +
      'draws the provinces is shaded, not one frame later;',
    '- three shader programs fewer: no antialiasing pass on fills whose edges a line covers, no fill for ' +
      'the neighbours (it was the background’s colour), and the country names read the label points only.',
    '',
    'Tried and dropped:',
    '',
    '- adding the names after the first shaded frame. The styled page without its two label layers takes ' +
      'about 1.16× the bare page’s time instead of about 1.5×, so the labels are most of the design’s cost; in ' +
      'the app, `map-ready` came about 7 % sooner (1.69× the bare page instead of 1.81×, ten alternated ' +
      'rounds), while the names then appeared about 0.9 s after the colours. A map without names for a second ' +
      'is worse for a reader than one shown whole a little later;',
    '- rendering the claims panel a step after the map (`useDeferredValue`): slower;',
    '- two MapLibre workers instead of one, no label fade, `preserveDrawingBuffer` off: no change beyond ' +
      'the noise.',
    '',
    '## Bytes before `map-ready`',
    '',
    'The JavaScript and CSS files the server sent between navigation and the `map-ready` mark (MapLibre’s worker ' +
      'included), as gzipped by level 9. The floor is a page that needs nothing but maplibre-gl (with its worker ' +
      'and stylesheet), react and react-dom: React renders the element that holds a MapLibre map, built with the ' +
      'same bundler settings.',
    '',
    table(
      ['', 'JS', 'CSS', 'JS + CSS'],
      [
        ['app', kb(bytes.app.jsGzip), kb(bytes.app.cssGzip), kb(bytes.app.jsGzip + bytes.app.cssGzip)],
        [
          'floor (maplibre-gl + react + react-dom)',
          kb(bytes.floor.jsGzip),
          kb(bytes.floor.cssGzip),
          kb(bytes.floor.jsGzip + bytes.floor.cssGzip),
        ],
        [
          'bare MapLibre page',
          kb(bytes.bare.jsGzip),
          kb(bytes.bare.cssGzip),
          kb(bytes.bare.jsGzip + bytes.bare.cssGzip),
        ],
        ['app / floor', bytes.jsRatio.toFixed(2), '', bytes.jsCssRatio.toFixed(2)],
      ],
    ),
    '',
    'The app’s files:',
    '',
    filesTable(bytes.app),
    '',
    'The floor’s files:',
    '',
    filesTable(bytes.floor),
    '',
    '## Data payloads',
    '',
    table(
      ['file', 'raw', 'gzipped'],
      [
        ['`data/provinces.geojson`', kb(data.provinces.raw), kb(data.provinces.gzip)],
        ['`data/events.geojson` (real dataset)', kb(data.events.raw), kb(data.events.gzip)],
        ...datasets
          .filter((d) => d.name !== 'real')
          .map((d) => [`generated, ${count(d.claims)} claims`, kb(d.file.raw), kb(d.file.gzip)]),
      ],
    ),
    '',
    '## Slider step',
    '',
    'Each run opens the app at December 2021 and moves the month slider to each of its 84 positions in turn ' +
      '(January 2015, February 2015, … December 2021) by setting the range’s value and firing `input`, as a reader ' +
      'does — twice. The first pass is quick (each step only lets React commit, as fast dragging does) and runs ' +
      'cold: V8 compiles the code as it gets hot, and those compilations land in a few steps. The second pass, ' +
      `with ${r.settings.stepGapMs} ms between steps, is what a reader scrubbing the slider gets from then on, and ` +
      'is what the budgets are checked on. For each step it records the `status-update` measure (the recomputation ' +
      'of all 34 provinces’ statuses) and, in the second pass, the time from the input to the end of the next ' +
      'rendered frame (a `requestAnimationFrame` callback, then a message that runs after that frame’s work: ' +
      'React’s commit, the map’s repaint, the markers). The table gives the median over runs of each run’s median ' +
      'and 95th percentile.',
    '',
    table(
      [
        'dataset',
        'claims',
        '`status-update` median',
        '`status-update` p95',
        'p95, first (cold) pass',
        'frame median',
        'frame p95',
      ],
      datasets.map((d) => [
        d.name === 'real' ? 'real' : 'generated',
        count(d.claims),
        ms(d.statusUpdate.p50),
        ms(d.statusUpdate.p95),
        ms(d.statusUpdateCold.p95),
        ms(d.frame.p50, 1),
        ms(d.frame.p95, 1),
      ]),
    ),
    '',
    '## Memory and load per dataset',
    '',
    'Used JS heap of the page’s main thread after `map-ready`, the page settling and a full garbage collection ' +
      '(MapLibre’s worker has its own heap, not counted). `map-ready` time for the same runs.',
    '',
    table(
      ['dataset', 'claims', 'JS heap', '`map-ready`'],
      datasets.map((d) => [
        d.name === 'real' ? 'real' : 'generated',
        count(d.claims),
        mb(d.heapMedianBytes),
        ms(d.loadMedianMs, 0),
      ]),
    ),
    '',
    '## Growth, 1,000 to 100,000 claims',
    '',
    '![Three panels against the number of claims on a log scale: the status-update measure, the time to the next rendered frame, and the JS heap after load](performance-growth.png)',
    '',
    ...growthWords(datasets),
    '',
    '## Method',
    '',
    '- `npm run bench` runs the data build, then builds the app into `node_modules/.bench-dist/<port>/` (never ' +
      '`dist/`) with `VITE_CG_BENCH=1`, which only lets the app read a generated dataset named by ' +
      '`?bench-dataset=`, through the same parser; every other build drops that code. It builds the reference ' +
      'pages (`scripts/bench/reference/`) beside it and serves both from a plain static server on port 5190 ' +
      '(`--port` or `CG_BENCH_PORT` to change it): no compression, `Cache-Control: no-cache` (each load has a ' +
      'fresh context, so nothing is reused between loads, while a page’s own preloads are), and a log of each ' +
      'request’s time.',
    '- The generated datasets come from `scripts/generate-claims.ts` (seed 1): claims spread uniformly over the ' +
      '34 provinces and 84 months, 238 events (one per province and year), the format of the real file. ' +
      '`tsx scripts/generate-claims.ts --claims N --out FILE` writes one.',
    '- Chromium runs headless with `--use-angle=swiftshader`, a 1280 × 800 viewport and a fresh context per page ' +
      'load. The server sends cross-origin isolation headers, so the page’s timers resolve 5 µs, not 100 µs.',
    '- A budget missed makes `npm run bench` exit with status 1.',
  );
  return `${out.join('\n')}\n`;
}

export async function writeReport(results: Results, path: string): Promise<void> {
  const config = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(reportMarkdown(results), { ...config, filepath: path }));
}
