import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { claimsPerMonth, matchesFilter, monthForYear } from '../domain/aggregation';
import { formatMonth, formatMonthShort } from '../domain/dates';
import {
  APP_TITLE,
  appTagline,
  lensClaims,
  lensLabel,
  lensPhrase,
  lensSays,
  MAP_TITLE,
  readingLabel,
  readingText,
  reportsPhrase,
} from '../domain/labels';
import { datasetScope, scopeWords, spanWords } from '../domain/scope';
import { NO_CLAIM, type ProvinceReading } from '../domain/reading';
import { shortReading } from '../domain/reading-changes';
import { shadeOf } from '../encoding/reading-encoding';
import type { Lens } from '../domain/vocabulary';
import { useBoundaries } from '../data/use-provinces';
import { useEvents } from '../data/use-events';
import { ProvincePicker } from '../claims/ProvincePicker';
import { LensPicker } from '../claims/LensPicker';
import { ProvincePanel } from '../claims/ProvincePanel';
import { Overview } from '../claims/Overview';
import { Legend } from '../map/Legend';
import type { EventMarker, ProvinceShade } from '../map/ProvinceMap';
import { TimeSlider } from '../timeline/TimeSlider';
import { appBaseUrl, shareUrl } from '../embed/snippet';
import { useReportHeight } from '../embed/use-report-height';
import { EmbedProvince } from '../embed/EmbedProvince';
import { ShareMenu } from './ShareMenu';
import { DEFAULT_STATE, FIRST_YEAR, LAST_YEAR } from '../url/url-state';
import { useUrlState } from '../url/use-url-state';
import { applyTheme } from '../ui/apply-theme';
import { ErrorState, LoadingState } from './DataState';
import { DataWarning } from './DataWarning';
import { MethodDialog } from './MethodDialog';
import { StatusTable } from './StatusTable';
import { ErrorBoundary } from './ErrorBoundary';
import { ReadingAnnouncer } from './ReadingAnnouncer';
import { useWebglState } from './use-webgl-state';
import { markOnce } from '../first-paint/early';
import { eventMarkers, firstPaintMarkers, firstPaintShades } from '../first-paint/view';
import { useFirstPaint } from '../data/use-first-paint';
import { SvgMapView } from '../map/SvgMapView';
import { SharedCamera } from '../map/SharedCamera';
import { hasWebgl2 } from '../map/webgl-support';
import { useProvinceList, useReadingIndex, useReadings, useReadingTable } from './use-dashboard';
import { useAfterMapDrawn } from './use-after-map-drawn';
import { moduleLoader, useModule } from './use-module';

// MapLibre and Recharts are the heaviest code. The map is the first view: its code starts
// loading now, in parallel with the data, and is rendered without Suspense (use-module.ts).
// The charts wait until the map is drawn.
/** Whether the WebGL map can be drawn here at all: if not, its code (MapLibre) is never loaded. */
export const WEBGL_AVAILABLE = hasWebgl2();
export const provinceMapCode = moduleLoader(() => import('../map/ProvinceMap'), WEBGL_AVAILABLE);
// Memoised: its props do not change with the month, so a slider step does not redraw the charts.
const Charts = lazy(() => import('../charts/Charts').then((m) => ({ default: memo(m.Charts) })));

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** A value for each province's reading, by ISO code (the maps' key), or null before the readings. */
function byIso<T>(
  readings: ReadonlyMap<string, ProvinceReading> | null,
  isoBySlug: ReadonlyMap<string, { iso: string }>,
  value: (reading: ProvinceReading) => T,
): Map<string, T> | null {
  if (!readings) return null;
  const out = new Map<string, T>();
  for (const [slug, reading] of readings) {
    const iso = isoBySlug.get(slug)?.iso;
    if (iso) out.set(iso, value(reading));
  }
  return out;
}

const toShade = (reading: ProvinceReading): ProvinceShade => ({
  shade: shadeOf(reading),
  pale: reading.pale,
});

/** Scrolls a part of the page that may be out of sight to the top, and puts the focus on it. */
function bringToReader(element: HTMLElement | null): void {
  element?.scrollIntoView({ block: 'start' });
  element?.focus({ preventScroll: true });
}

export function App() {
  const boundaries = useBoundaries();
  const events = useEvents();
  const provinces = useProvinceList(boundaries.data);
  const [state, update] = useUrlState(provinces.slugs.size > 0 ? provinces.slugs : undefined);
  const [methodOpen, setMethodOpen] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const dataset = events.data;
  const mapCode = useModule(provinceMapCode, WEBGL_AVAILABLE);
  const firstPaint = useFirstPaint();
  const webgl = useWebglState(WEBGL_AVAILABLE);
  // Without WebGL the SVG map is the map: once it shows the dataset's readings it is drawn whole.
  const svgFinal = webgl.state === 'failed' && dataset !== undefined && firstPaint.data !== undefined;
  useEffect(() => {
    if (svgFinal) markOnce('map-complete');
  }, [svgFinal]);
  const afterMapDrawn = useAfterMapDrawn(
    boundaries.isError || mapCode.error !== null || webgl.state === 'failed',
  );
  useReportHeight(state.embed);
  useEffect(() => applyTheme(state.theme), [state.theme]);

  const slugs = useMemo(() => provinces.list.map((p) => p.slug), [provinces]);
  const index = useReadingIndex(dataset);
  const table = useReadingTable(index, slugs, state.lens);
  const compareTable = useReadingTable(state.compare ? index : null, slugs, state.compare ?? 'all');
  const statuses = useReadings(table, state.month);
  const compareStatuses = useReadings(compareTable, state.month);
  const shades = useMemo(() => byIso(statuses, provinces.bySlug, toShade), [statuses, provinces]);
  const compareShades = useMemo(
    () => byIso(compareStatuses, provinces.bySlug, toShade),
    [compareStatuses, provinces],
  );
  // What each province's SVG shape says to a screen reader: its reading in words.
  const descriptions = useMemo(
    () => byIso(statuses, provinces.bySlug, readingText) ?? undefined,
    [statuses, provinces],
  );
  const compareDescriptions = useMemo(
    () => byIso(compareStatuses, provinces.bySlug, readingText) ?? undefined,
    [compareStatuses, provinces],
  );

  const selected = state.province ? provinces.bySlug.get(state.province) : undefined;
  const filter = useMemo(
    () => ({ lens: state.lens, year: state.year, province: state.province }),
    [state.lens, state.year, state.province],
  );
  const filtered = useMemo(
    () => (dataset ? dataset.claims.filter((c) => matchesFilter(c, filter)) : []),
    [dataset, filter],
  );
  // Side by side: the second lens's claims, for the panel's second column.
  const compareFiltered = useMemo(
    () =>
      dataset && state.compare
        ? dataset.claims.filter((c) => matchesFilter(c, { ...filter, lens: state.compare ?? 'all' }))
        : null,
    [dataset, filter, state.compare],
  );
  const histogram = useMemo(
    () =>
      claimsPerMonth(
        dataset ? dataset.claims.filter((c) => matchesFilter(c, { ...filter, year: null })) : [],
      ),
    [dataset, filter],
  );
  // Claims per event under the lens and year: counted once per filter, not per slider step.
  const eventCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const claim of dataset?.claims ?? []) {
      if (matchesFilter(claim, { ...filter, province: null }))
        counts.set(claim.event, (counts.get(claim.event) ?? 0) + 1);
    }
    return counts;
  }, [dataset, filter]);
  const markers = useMemo<EventMarker[]>(
    () =>
      eventMarkers(
        dataset?.events ?? [],
        (id) => eventCounts.get(id) ?? 0,
        state.month,
        // Nor claims about a province the map could not draw.
        (province) => provinces.slugs.has(province),
      ),
    [dataset, eventCounts, state.month, provinces],
  );

  const selectProvince = useCallback((slug: string | null) => update({ province: slug }), [update]);
  const selectIso = useCallback(
    (iso: string | null) =>
      selectProvince(
        iso
          ? (provinces.byIso.get(iso)?.slug ??
              firstPaint.data?.provinces.find((p) => p.iso === iso)?.slug ??
              null)
          : null,
      ),
    [provinces, selectProvince, firstPaint.data],
  );
  const onMonth = useCallback((month: string, replace?: boolean) => update({ month }, { replace }), [update]);
  // Choosing an event (from the list or a marker) shows its month and its province.
  const selectEvent = useCallback(
    (event: { province: string | null; start: string }) =>
      update({ province: event.province ?? state.province, month: event.start.slice(0, 7) }),
    [update, state.province],
  );
  const onMarker = useCallback(
    (marker: EventMarker) => {
      const event = dataset?.events.find((e) => e.id === marker.id);
      if (event) selectEvent(event);
      else selectProvince(marker.province);
    },
    [dataset, selectEvent, selectProvince],
  );
  // Choosing a year moves the slider into it, unless the month shown is already in it.
  const onYear = (year: number | null) =>
    update({
      year,
      ...(year !== null && {
        month: monthForYear(
          year,
          state.month,
          (dataset?.claims ?? []).filter((c) => matchesFilter(c, { ...filter, year: null, province: null })),
        ),
      }),
    });
  const onSvgMarker = useCallback(
    (marker: { id: string }) => {
      const province =
        dataset?.events.find((e) => e.id === marker.id)?.province ??
        firstPaint.data?.events.find((e) => e.id === marker.id)?.province;
      if (province) selectProvince(province);
    },
    [dataset, firstPaint.data, selectProvince],
  );
  const onHover = useCallback((iso: string | null) => setHovered(iso), []);

  const filterWords = [lensPhrase(state.lens), state.year ? `in ${state.year}` : '']
    .filter(Boolean)
    .join(' ');
  const monthLabel = `End of ${formatMonth(state.month)}`;
  const infoIso = hovered ?? selected?.iso ?? null;
  const infoProvince = infoIso ? provinces.byIso.get(infoIso) : undefined;
  const infoStatus = infoProvince ? statuses?.get(infoProvince.slug) : undefined;
  // Side by side, the line under the maps speaks for both of them.
  const compareInfo =
    state.compare && infoProvince
      ? `${lensSays(state.lens)}: ${shortReading(infoStatus ?? NO_CLAIM)} · ${lensSays(state.compare)}: ${shortReading(compareStatuses?.get(infoProvince.slug) ?? NO_CLAIM)}`
      : null;
  const scope = useMemo(
    () => (dataset ? datasetScope(dataset.articles.values(), dataset.claims) : null),
    [dataset],
  );
  const reports = scope ? reportsPhrase(scope.reports) : 'news reports';

  // The SVG map: drawn first (before the WebGL map, or without it), from the first-paint file,
  // with the dataset's readings once they are loaded.
  const svgView = (lens: Lens, mapShades: Map<string, ProvinceShade> | null) =>
    firstPaint.data
      ? {
          shades:
            mapShades ?? firstPaintShades(firstPaint.data, { month: state.month, lens, year: state.year }),
          markers: dataset
            ? markers
            : firstPaintMarkers(firstPaint.data, { month: state.month, lens, year: state.year }),
        }
      : null;
  const webglShown = webgl.state === 'drawn';
  const svgMaps = useMemo(() => {
    if (!firstPaint.data) return null;
    const views: Array<[Lens, Map<string, ProvinceShade> | null, string | null]> = state.compare
      ? [
          [state.lens, shades, lensSays(state.lens)],
          [state.compare, compareShades, lensSays(state.compare)],
        ]
      : [[state.lens, shades, null]];
    const data = firstPaint.data;
    return {
      data,
      maps: views.map(([lens, mapShades, caption]) => {
        const view = { month: state.month, lens, year: state.year };
        return {
          lens,
          caption,
          shades: mapShades ?? firstPaintShades(data, view),
          selectedIso: selected?.iso ?? null,
          markers: dataset ? markers : firstPaintMarkers(data, view),
        };
      }),
    };
  }, [firstPaint.data, state, shades, compareShades, selected, dataset, markers]);

  const mapFor = (
    id: string,
    lens: Lens,
    mapShades: Map<string, ProvinceShade> | null,
    descriptions: ReadonlyMap<string, string> | undefined,
    caption: string | null,
  ) => {
    const svg = svgView(lens, mapShades);
    const webglTried = webgl.state !== 'failed' && mapCode.error === null;
    return (
      !boundaries.isError && (
        <div
          className={`map-frame${webglShown ? '' : ' map-frame--svg'}`}
          role="group"
          aria-label={`Map of Afghanistan's provinces shaded by control claims, ${formatMonth(state.month)}, ${lensLabel(lens)}`}
        >
          {caption && <p className="map-frame__caption">{caption}</p>}
          {svg && firstPaint.data && (
            <SvgMapView
              id={id}
              data={firstPaint.data}
              hidden={webglShown}
              shades={svg.shades}
              descriptions={descriptions}
              markers={svg.markers}
              selectedIso={selected?.iso ?? null}
              onSelect={selectIso}
              onHover={onHover}
              onMarker={onSvgMarker}
            />
          )}
          {/* The map is created as soon as its code is there, before the boundaries are read:
              creating its WebGL context is slow, and quicker while the page has not been drawn. */}
          {webglTried && mapCode.module && (
            <ErrorBoundary onError={webgl.fail}>
              <mapCode.module.ProvinceMap
                id={id}
                boundaries={boundaries.data}
                shades={mapShades}
                selectedIso={selected?.iso ?? null}
                onSelect={selectIso}
                onHover={onHover}
                markers={markers}
                onMarker={onMarker}
                attribution={`Boundaries: Natural Earth (public domain) · Claims: ${reports}, see sources`}
                onDrawn={webgl.drawn}
                onUnavailable={webgl.fail}
              />
            </ErrorBoundary>
          )}
          {!svg && (boundaries.isPending || (webglTried && !mapCode.module)) && (
            <div className="map-frame__loading">
              <LoadingState
                label={boundaries.isPending ? 'Loading the map of Afghanistan…' : 'Loading the map…'}
              />
            </div>
          )}
        </div>
      )
    );
  };

  const warning = (
    <DataWarning
      dataset={dataset}
      boundaries={boundaries.data}
      mapped={provinces.slugs}
      onRetry={() => {
        void events.refetch();
        void boundaries.refetch();
      }}
    />
  );

  const maps = (
    <div className={`maps${state.compare ? ' maps--compare' : ''}`}>
      {boundaries.isError && (
        <ErrorState
          title="The map could not be drawn"
          error={boundaries.error}
          onRetry={() => void boundaries.refetch()}
        />
      )}
      {mapFor('main', state.lens, shades, descriptions, state.compare ? lensSays(state.lens) : null)}
      {state.compare &&
        mapFor('compare', state.compare, compareShades, compareDescriptions, lensSays(state.compare))}
      {state.compare && webglShown && <SharedCamera ids={['main', 'compare']} />}
      <ReadingAnnouncer readings={statuses} month={state.month} lens={state.lens} names={provinces.bySlug} />
      {boundaries.data && (
        <div className="map-info" aria-live="polite">
          {infoProvince && compareInfo ? (
            <>
              <strong>{infoProvince.name}</strong>, {formatMonth(state.month)}: {compareInfo}
            </>
          ) : infoProvince ? (
            <>
              <strong>{infoProvince.name}</strong>:{' '}
              {infoStatus ? readingText(infoStatus) : readingLabel('no_claim')}
              {infoStatus?.latestDate
                ? ` · last claim: ${formatMonthShort(infoStatus.latestDate.slice(0, 7))}`
                : ''}
            </>
          ) : state.compare ? (
            formatMonth(state.month)
          ) : (
            <>
              {formatMonth(state.month)} · {lensLabel(state.lens)}
            </>
          )}
        </div>
      )}
    </div>
  );

  // On a phone the province's claims are below the map, out of sight: a tap on the map says so.
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const toPanel = () => bringToReader(panelHeading.current);

  const mapArea = (
    <section className="map-area" aria-label="Control claims map">
      {maps}
      {!webglShown && (webgl.state === 'failed' || mapCode.error !== null) && (
        <p className="map-note" role="note">
          {webgl.state === 'failed'
            ? 'The zoomable map needs WebGL, which this browser does not offer here: this is a still map. Choose a province on it, or in the table, to read its claims.'
            : 'The zoomable map could not be downloaded (network error): this is a still map.'}
          {mapCode.error !== null && (
            <button type="button" className="link-button" onClick={mapCode.retry}>
              Retry the zoomable map
            </button>
          )}
        </p>
      )}
      {selected && !state.embed && dataset && (
        <button type="button" className="link-button to-panel" onClick={toPanel}>
          Read the claims about {selected.name} ↓
        </button>
      )}
      <Legend lenses={state.compare ? [state.lens, state.compare] : [state.lens]} />
      <TimeSlider month={state.month} onChange={onMonth} histogram={histogram} />
    </section>
  );

  // A strip cell shows its month and its province.
  const onChartCell = useCallback((province: string, month: string) => update({ month, province }), [update]);
  const charts = dataset && (
    <Suspense fallback={<LoadingState label="Loading the charts…" />}>
      {afterMapDrawn ? (
        <Charts
          claims={filtered}
          dataset={dataset}
          table={table}
          compareTable={compareTable}
          provinces={provinces.list}
          lens={state.lens}
          compare={state.compare}
          year={state.year}
          province={state.province}
          month={state.month}
          onSelectEvent={selectEvent}
          onCell={onChartCell}
          only={state.embed ? 'ledger' : undefined}
        />
      ) : (
        <LoadingState label="Loading the charts…" spinner={false} />
      )}
    </Suspense>
  );

  // The table sits below the charts: showing it takes the reader, and the focus, to it.
  const tableRef = useRef<HTMLTableElement>(null);
  const toggleTable = () => {
    const show = state.view !== 'table';
    flushSync(() => update({ view: show ? 'table' : 'map' }));
    if (show) bringToReader(tableRef.current);
  };

  const statusTable = (
    <StatusTable
      tableRef={tableRef}
      provinces={provinces.list}
      statuses={statuses}
      caption={`${monthLabel}, ${lensLabel(state.lens)}`}
      visible={state.view === 'table'}
      onSelect={selectProvince}
    />
  );

  const sourceLine = (
    <>
      Claims as reported in {scope ? scopeWords(scope) : 'news reports'}; not independently verified.
      Boundaries: Natural Earth (public domain).
      {dataset && ` Dataset version ${dataset.info.version}.`}
    </>
  );

  if (state.embed) {
    // The compact layout for articles: map, legend, slider, a chart on demand, and the source.
    return (
      <div className="app app--embed">
        <header className="embed-header">
          <h1>{MAP_TITLE}</h1>
          <p>
            {monthLabel} · {lensClaims(state.lens)}
            {selected && ` · ${selected.name}`}
          </p>
        </header>
        {warning}
        <main className="embed-main">
          {mapArea}
          {selected && dataset && (
            <EmbedProvince
              name={selected.name}
              monthLabel={monthLabel}
              dataset={dataset}
              readings={[
                { lens: state.lens, reading: statuses?.get(selected.slug) },
                ...(state.compare
                  ? [{ lens: state.compare, reading: compareStatuses?.get(selected.slug) }]
                  : []),
              ]}
              claims={filtered}
              fullUrl={shareUrl(appBaseUrl(window.location), state)}
            />
          )}
          <details className="embed-chart">
            <summary>Reported casualties by claimant</summary>
            {events.isError ? (
              <ErrorState
                title="The claims could not be loaded"
                error={events.error}
                onRetry={() => void events.refetch()}
              />
            ) : (
              charts
            )}
          </details>
          {statusTable}
        </main>
        <footer className="embed-footer">
          <p>{sourceLine}</p>
          <a href={shareUrl(appBaseUrl(window.location), state)} target="_blank" rel="noopener">
            Open the full map<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </footer>
      </div>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{APP_TITLE}</h1>
          <p className="app-header__tagline">
            {appTagline(scope ? spanWords(scope) : (firstPaint.data?.span ?? ''))}
          </p>
        </div>
        <nav className="app-header__actions" aria-label="Page">
          <button type="button" className="button" onClick={() => setMethodOpen(true)}>
            How to read this
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={state.view === 'table'}
            onClick={toggleTable}
          >
            Table
          </button>
          <ShareMenu
            state={state}
            dataset={dataset}
            claims={filtered}
            filterWords={[selected?.name, state.year, lensPhrase(state.lens) || 'all claimants']
              .filter(Boolean)
              .join(', ')}
            readings={statuses}
            provinces={provinces.list}
            boundaries={boundaries.data?.provinces.features ?? null}
            svgMaps={svgMaps}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ ...DEFAULT_STATE, theme: state.theme })}
          >
            Reset
          </button>
        </nav>
      </header>

      {warning}

      <main className="layout">
        {mapArea}
        <aside className="sidebar" aria-label="Filters and claims">
          <div className="filters">
            <LensPicker
              lens={state.lens}
              compare={state.compare}
              onLens={(lens) => update({ lens, compare: state.compare === lens ? null : state.compare })}
              onCompare={(compare) => update({ compare })}
            />
            <div className="filters__row">
              <ProvincePicker
                provinces={provinces.list}
                selected={state.province}
                onSelect={selectProvince}
              />
              <label className="year-picker">
                Year
                <select
                  value={state.year ?? ''}
                  onChange={(e) => onYear(e.target.value ? Number(e.target.value) : null)}
                >
                  <option value="">All years</option>
                  {YEARS.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </div>
          <section className="panel" aria-labelledby="panel-title">
            {events.isPending && <LoadingState label="Loading the claims…" />}
            {events.isError && (
              <ErrorState
                title="The claims could not be loaded"
                error={events.error}
                onRetry={() => void events.refetch()}
              />
            )}
            {dataset &&
              (selected ? (
                <ProvincePanel
                  provinceName={selected.name}
                  status={statuses?.get(selected.slug)}
                  monthLabel={monthLabel}
                  claims={filtered}
                  dataset={dataset}
                  filterWords={state.compare ? (state.year ? `in ${state.year}` : '') : filterWords}
                  onClose={() => selectProvince(null)}
                  headingRef={panelHeading}
                  compare={
                    state.compare && compareFiltered
                      ? {
                          lenses: [state.lens, state.compare],
                          claims: compareFiltered,
                          status: compareStatuses?.get(selected.slug),
                        }
                      : undefined
                  }
                />
              ) : (
                <Overview
                  dataset={dataset}
                  claims={filtered}
                  filterWords={filterWords}
                  onSelect={selectEvent}
                />
              ))}
          </section>
        </aside>

        <section className="charts" aria-label="Charts">
          {charts}
        </section>

        {statusTable}
      </main>

      <footer className="app-footer">
        <p>{sourceLine}</p>
      </footer>

      <MethodDialog
        open={methodOpen}
        onClose={() => setMethodOpen(false)}
        articles={dataset ? [...dataset.articles.values()] : []}
        version={dataset?.info.version ?? null}
      />
    </div>
  );
}
