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
          'A missed budget is open work, not an accepted figure. For the WebGL map’s hand-over, “Where the time ' +
            'went” below says what its time is spent on and what has been tried.',
        ]
      : []),
    '',
    '## Load',
    '',
    'Time from navigation to the `map-ready` mark, each page in a fresh browser context (empty cache), the ' +
      'pages taking turns (and turns going first). The app’s map is drawn first as SVG, by a small early ' +
      'script from precomputed data (`public/data/first-paint.json`, carried in the page itself: projected ' +
      'provinces, every month’s and lens’s readings, the events), before React or MapLibre have loaded: ' +
      '`map-ready` is the first paint of ' +
      'the shaded provinces with the right readings. The WebGL map loads meanwhile, out of sight, and takes ' +
      'over once it is drawn whole, neighbours, border and names included: `map-complete`. The bare page ' +
      'is MapLibre alone drawing the same `provinces.geojson` in one flat colour; the styled page is MapLibre ' +
      'alone drawing the app’s whole map style at once (every layer of `src/map/map-style.ts`: context, ' +
      'shading, patterns, outlines, labels) from the same files, without React or data parsing. Both draw in a map ' +
      `of the app map’s size (${load.mapSize.width} × ${load.mapSize.height} px at a 1280 × 800 viewport) and ` +
      'mark `map-ready` at their first idle frame with everything drawn.',
    '',
    table(
      ['page', 'median', 'runs'],
      [
        [
          'app: provinces shaded, SVG (`map-ready`)',
          ms(load.appMedianMs, 0),
          load.appMs.map((n) => n.toFixed(0)).join(', '),
        ],
        [
          'app: WebGL map drawn whole, taking over (`map-complete`)',
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
        ['app `map-ready` / bare (the budget)', load.ratio.toFixed(2)],
        ['styled / bare: the cost of the map’s whole design', load.styledOverBare.toFixed(2)],
        [
          'app `map-complete` / styled (the budget): the cost of the app around the whole WebGL map',
          load.completeOverStyled.toFixed(2),
        ],
      ],
    ),
    '',
    `Per round, app / bare: ${load.pairRatios.map((n) => n.toFixed(2)).join(', ')}.`,
    '',
    `Read together: a reader sees the shaded provinces after ${load.ratio.toFixed(2)}× the bare MapLibre ` +
      `page’s time, drawn as SVG, and the zoomable WebGL map after ${load.completeOverStyled.toFixed(2)}× the ` +
      `time MapLibre alone takes to draw the app’s whole style (itself ${load.styledOverBare.toFixed(2)}× the ` +
      'bare page’s).',
    '',
    '## First paint',
    '',
    'What the first paint needs, read from the build (not what happened to arrive by the mark): the page, ' +
      'which carries the first-paint data as a JSON data block, its stylesheets, and the early script with ' +
      'every module it imports statically. ' +
      'The app itself is imported dynamically by the early script, and preloaded as plain scripts (fetched, ' +
      'not compiled), so it loads beside the first paint without holding it back.',
    '',
    table(
      ['file', 'raw', 'gzipped'],
      [
        ...r.firstPaint.files.map((f) => [`\`${f.path}\``, kb(f.raw), kb(f.gzip)]),
        ['**total**', '', `**${kb(r.firstPaint.gzip)}**`],
      ],
    ),
    '',
    '### What moved the first paint (2026-12-01)',
    '',
    'Marks inside the early script (its start, the data read, the SVG built, drawn) over ten alternated ' +
      'loads of the app and the bare page per variant, in a profiling copy of the build; medians of app / ' +
      'bare `map-ready`:',
    '',
    '- **Where the time went.** The early script started 150–400 ms after the page was parsed, though its ' +
      'files had arrived long before, and no long task stood in the way: the page’s one thread was compiling ' +
      'the modules the page preloads as they arrived (`modulepreload` compiles, the app and MapLibre are a ' +
      'megabyte and a half). Inside the script, building the SVG took about a third, the page’s first style ' +
      'and layout (the first text laid out asks the browser’s font service for the fonts) about half;',
    '- **the early script in one chunk** instead of eleven small modules: 0.68 → 0.54, and `map-complete` ' +
      'sooner too (4.1 → 3.6 s on the busy machine of that run);',
    '- **the app preloaded as plain scripts** (`preload`, fetched only; its `import()` compiles it after the ' +
      'first paint): 0.54 → 0.48, `map-complete` unchanged;',
    '- tried and dropped: starting the app only once the first paint’s frame is marked, not at once: 0.48 ' +
      'again, `map-complete` the same, so the simpler order stays.',
    '',
    '### What holds the hand-over back (2026-12-01)',
    '',
    'From Chromium traces of single loads and marks in a profiling copy of the build (six alternated rounds per variant against the styled page), with WebGL in SwiftShader on two cores:',
    '',
    '- **The SVG map is dear to draw here.** The first frame with the SVG map is one buffer swap of 0.7–1.3 s in the GPU process: with SwiftShader the page itself is rasterised on the “GPU” in software, and the province, neighbour and border paths are almost all of it (the same page without them: about 0.1 s; with the browser rasterising the page on the CPU, `--disable-gpu-rasterization`: about 0.05 s, the whole page). Patterns, names, anti-aliasing, the strokes’ `vector-effect` and pre-transformed coordinates each made no clear difference.',
    '- **The WebGL context waits behind it.** Creating a WebGL context is a synchronous call to the GPU process, so whoever creates the first context after the first paint (the WebGL2 check, else MapLibre) blocks the page’s thread 0.75–1.2 s, until that swap is done; before the first paint, or after the swap, it takes 40–80 ms. The styled page creates its context at about 0.3 s, before anything is painted. Moving the WebGL2 check before the first paint (40 ms there) only moved the wait to MapLibre’s own context.',
    '- **Measured next step.** A build whose SVG map keeps its shapes (for hover, click, keyboard and the `data-reading` contract) but paints them transparent created the WebGL map at 1.56 s instead of 2.29 s and reached `map-complete` at 1.30× the styled page (1.59× for the build as shipped, same rounds). The design that follows: paint the provinces, neighbours and border of the page’s SVG map on a 2D canvas the CPU draws (`willReadFrequently`), under the SVG’s transparent shapes, outlines, names and markers; the downloaded SVG stays all vector.',
    '',
    '## Without WebGL',
    '',
    'The app in the same Chromium with WebGL turned off (`--disable-3d-apis --disable-webgl`), as on some ' +
      'locked-down office machines, old phones and virtual desktops: the SVG map is the map. `map-complete` ' +
      'is marked once it shows the claims dataset’s readings. Since 2026-12-01 the app asks for a WebGL2 ' +
      'context before it loads the map’s code (`src/map/webgl-support.ts`): without one, MapLibre is never ' +
      'compiled (before, it was, only to fail creating its context; `map-complete` then came at about 2.2 s).',
    '',
    table(
      ['mark', 'median', 'runs'],
      [
        [
          '`map-ready`',
          ms(r.noWebgl.readyMedianMs, 0),
          r.noWebgl.readyMs.map((n) => n.toFixed(0)).join(', '),
        ],
        [
          '`map-complete`',
          ms(r.noWebgl.completeMedianMs, 0),
          r.noWebgl.completeMs.map((n) => n.toFixed(0)).join(', '),
        ],
      ],
    ),
    '',
    '## History: the WebGL-only first view',
    '',
    'Until the SVG first paint, `map-ready` waited for MapLibre, and its budget was 1.25× the bare page. ' +
      'Across four rounds of work it stayed at 1.4–1.7: on software WebGL the app’s own work and MapLibre’s ' +
      'start-up share two cores, so the map could not come sooner while it waited for WebGL. What was learnt ' +
      'then, kept because it still holds for the WebGL map’s hand-over:',
    '',
    '### Where the time went',
    '',
    'From Chromium traces and CPU profiles of single loads (2026-11-21), with WebGL in SwiftShader on two cores:',
    '',
    '- **Before the map exists.** The bare page runs one script: MapLibre, which creates the map at about ' +
      '200 ms. The app first evaluates its own code (110–140 ms: React DOM about 35 ms, zod building the ' +
      'dataset schemas about 30 ms), then MapLibre’s, then renders the page; its map is created at about ' +
      '450 ms. In eight alternated rounds (medians), the app’s map was created at 518 ms against 255 ms and ' +
      'reached `map-ready` at 1169 against 792 ms: 263 ms of the 377 ms gap comes before the map exists, and ' +
      'from its creation the app’s map takes 650 ms to the bare map’s 540.',
    '- **Not React, nor the page around the map.** The floor page (React rendering the bare map) loads in ' +
      '0.97× the bare page’s time; the app with its map area alone (no header, panel, slider or charts, the ' +
      'same code and data) reached `map-ready` 2 % sooner than the whole app, and with the dashboard left ' +
      'unpainted 3 % sooner (ten alternated rounds each).',
    '- **Nor the map’s design or the statuses.** With the provinces in one flat colour and `map-ready` not ' +
      'waiting for the statuses, the app still took 1.29× the bare page’s time (1.42 as it is, ten ' +
      'alternated rounds). What is left is the app’s own code and data before its map exists.',
    '- **MapLibre’s worker starting.** Starting a worker takes two turns of the page’s main thread (the ' +
      'browser’s answer that the worker exists, then its loaded script). Created with the map, the worker ' +
      'waited for both behind the long tasks that followed (the first render, the map’s style, the first ' +
      'paint): it read its first message about 300 ms after it was created, against 160 ms on the bare page. ' +
      'Starting it earlier did not make `map-ready` reliably sooner (below).',
    '- **Two cores for everything.** The app’s own code, MapLibre’s worker and the GPU process (which runs ' +
      'SwiftShader) share them. Moving work from before the map’s creation to after it gained less than it ' +
      'freed, because the same work then competed with the map’s worker.',
    '- **The map’s design.** Shader programs compile in software before their first frame (5–130 ms each, the ' +
      'text program the dearest) and the labels’ glyphs are drawn on the main thread (about 70 ms). The ' +
      'provinces alone — shading, hatch, outlines — take about as long as the bare page’s flat fill (1.0×); ' +
      'the neighbours, the border and the names are most of the styled / bare gap.',
    '',
    'What was changed for it, each checked with alternated loads (8–12 rounds; ratios are app / bare medians):',
    '',
    '- loading spinners turn only after half a second, and the charts’ placeholder, which only waits for the ' +
      'map, never does: a spinner is an animation that repaints the page every frame beside the map’s first ' +
      'draw. With no spinner turning at all, `map-ready` came 4–10 % sooner in three paired runs; the shipped ' +
      'delay, measured on its own, was within the noise (0–6 %);',
    '- the map is drawn in two steps: the shaded provinces first (`map-ready`), then the neighbours, the border ' +
      'and the names (`map-complete`); the charts wait for the second. The names appear at once, not faded in ' +
      '(the fade held the whole map back by about 0.3 s);',
    '- the map’s style is one style object given to the map at its creation, not sources and layers that ' +
      'React adds once the map exists;',
    '- the map is created before the boundaries are read (its sources are empty until then), and before the ' +
      'browser first paints the page: the first render waits a moment for the preloaded map code and commits ' +
      'at once with its effects. Creating the WebGL context took 100–140 ms while the page was being painted ' +
      'and about 10 ms before (1.68 → 1.50);',
    '- the data are fetched from the entry script, not from the first render’s effects (1.91 → 1.63);',
    '- the provinces’ positions are checked by one loop per ring instead of a tuple schema per position ' +
      '(parsing the file: 3.0 → 0.6 ms warm, far more saved cold);',
    '- earlier: the map chunk is not rendered through `React.lazy` (React held it back for its ~300 ms ' +
      'reveal throttle); the data files, the map chunk and the label face are preloaded; MapLibre’s stylesheet ' +
      'is in the page’s own CSS; three shader programs fewer.',
    '',
    'Tried and dropped:',
    '',
    '- creating the map in a script of its own that runs before the app’s code, for react-map-gl to adopt ' +
      '(its worker reading the provinces file itself, as it then had to): the map existed sooner, but ' +
      '`map-ready` did not come sooner (1.53 against 1.53, twelve rounds), so the hand-over was not worth ' +
      'its complexity;',
    '- letting the map’s worker read the provinces file itself instead of the page’s checked copy: 1.71 ' +
      'against 1.59;',
    '- a first render without the data (`useDeferredValue`): 1.62 against 1.47, the deferred render ' +
      'starved by the map’s frames;',
    '- starting MapLibre’s worker (`prewarm`) from the map’s chunk, just before the map is created: no gain ' +
      '(1.49 against 1.50). Started before the app’s code (an entry file loading MapLibre first, then the ' +
      'app): 15 % sooner in one fourteen-round paired run, the same median (1116 against 1116 ms) in a ' +
      'sixteen-round one, so not kept;',
    '- rendering the side panel and the status table a step after the map is drawn: about 2.5 % (twelve ' +
      'rounds); the map alone until it is drawn, everything else after: 13 % in one six-round run (2 % in ' +
      'the earlier ablation above). Neither is worth a page that assembles itself around the map;',
    '- the whole style in one step: the whole map about 10 % sooner, the shaded provinces about 25 % later ' +
      '(1.81);',
    '- without the hatch: no measurable difference (the patterns stay: they are how Fighting and Disputed ' +
      'read without colour);',
    '- two MapLibre workers, `preserveDrawingBuffer` off: no change beyond the noise; Chromium without GPU ' +
      'rasterisation of the page: the bare page gained more than the app;',
    '- pricing the dataset schemas (zod), sixteen rounds: with no schema library in the page at all 1.59, with ' +
      'the schemas built but nothing parsed 1.58, against 1.60 as shipped. Checking the data is not where the ' +
      'time goes, so it stays as it is;',
    '- V8’s explicit compile hints (`//# allFunctionsCalledOnLoad`, which compile a whole file ahead on a ' +
      'background thread): on the app’s entry chunk 1.67, on it and MapLibre’s chunk 1.59, against 1.60 ' +
      '(sixteen rounds).',
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
      'is what the budgets are checked on. For each step it records the `status-update` measure (all 34 ' +
      'provinces’ readings for the month) and, in the second pass, the time from the input to the end of the next ' +
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
        'the lens’s table, once',
      ],
      datasets.map((d) => [
        d.name === 'real' ? 'real' : 'generated',
        count(d.claims),
        ms(d.statusUpdate.p50),
        ms(d.statusUpdate.p95),
        ms(d.statusUpdateCold.p95),
        ms(d.frame.p50, 1),
        ms(d.frame.p95, 1),
        ms(d.tableMedianMs, 0),
      ]),
    ),
    '',
    'Since 2026-12-01 the map’s steps and the province × month strip read one table of readings per lens ' +
      '(`src/domain/reading-table.ts`): each month is computed once, by whichever asks first. The strip ' +
      'asks for all 84 as the page settles (the last column, `strip-cells`, once per lens and dataset), so a ' +
      'step is then a look-up. Before, every step recomputed its month and the strip computed them all ' +
      'again: at 100,000 claims a step’s median was 0.62 ms and its p95 4.80 ms, which is still what a ' +
      'step to a month not yet read costs where no strip is shown (the embed).',
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
