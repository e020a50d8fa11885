// The benchmark's figures (written as docs/performance.json) and the budgets they are held to.

export interface FileBytes {
  path: string;
  raw: number;
  gzip: number;
}

export interface PageBytes {
  files: FileBytes[];
  jsGzip: number;
  cssGzip: number;
}

export interface StepRun {
  statusUpdateMs: number[];
  frameMs: number[];
}

export interface DatasetResult {
  name: string;
  /** The query that selects it (empty for the real dataset). */
  query: string;
  claims: number;
  file: { raw: number; gzip: number };
  loadMs: number[];
  heapBytes: number[];
  /** Each run's `strip-cells`: the lens's readings for all 84 months, computed once per lens. */
  tableMs: number[];
  /** Each run's first pass over the 84 months, with the code still cold. */
  coldRuns: StepRun[];
  /** Each run's second pass: what the budgets are checked on. */
  runs: StepRun[];
  /** Medians over the runs of each run's median and 95th percentile. */
  statusUpdate: { p50: number; p95: number };
  statusUpdateCold: { p50: number; p95: number };
  frame: { p50: number; p95: number };
  loadMedianMs: number;
  heapMedianBytes: number;
  tableMedianMs: number;
}

export interface Budget {
  name: string;
  limit: number;
  value: number;
  /** How value and limit read in the table, e.g. "1.12" or "42.1 KB". */
  format: (n: number) => string;
  detail: string;
  met: boolean;
}

export interface Results {
  date: string;
  durationSeconds: number;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    chromium: string;
    loadAverageAtStart: number[];
  };
  settings: { loadRounds: number; stepRuns: number; stepGapMs: number; seed: number; port: number };
  /** Page loads that missed the ready timeout once and were measured again. */
  retries: number;
  load: {
    appMs: number[];
    bareMs: number[];
    styledMs: number[];
    /** app / bare in each round. */
    pairRatios: number[];
    appMedianMs: number;
    bareMedianMs: number;
    styledMedianMs: number;
    /** Median over rounds of app / bare: the budgeted ratio. */
    ratio: number;
    /** Median over rounds of styled / bare: the cost of the map's whole design. */
    styledOverBare: number;
    /** The app's `map-complete` (the whole map: neighbours, border and names too), each round. */
    appCompleteMs: number[];
    appCompleteMedianMs: number;
    /** Median over rounds of app `map-complete` / styled `map-ready`: the whole map against MapLibre alone. */
    completeOverStyled: number;
    mapSize: { width: number; height: number };
  };
  bytes: {
    app: PageBytes;
    bare: PageBytes;
    floor: PageBytes;
    jsRatio: number;
    jsCssRatio: number;
  };
  data: { provinces: FileBytes; events: FileBytes };
  /** What the first paint needs, from the build: the page, its stylesheets, the early script and its imports, the first-paint file. */
  firstPaint: { files: FileBytes[]; gzip: number };
  /** The app in Chromium with WebGL turned off: the SVG map is the map. */
  noWebgl: { readyMs: number[]; completeMs: number[]; readyMedianMs: number; completeMedianMs: number };
  datasets: DatasetResult[];
  budgets: Array<Omit<Budget, 'format'> & { shown: string; limitShown: string }>;
}
