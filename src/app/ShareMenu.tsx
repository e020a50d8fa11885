import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Claim } from '../data/schema';
import type { EventsDataset } from '../data/events-dataset';
import { formatMonth } from '../domain/dates';
import { lensClaims, MAP_TITLE } from '../domain/labels';
import { datasetScope, scopeWords } from '../domain/scope';
import type { ProvinceReading } from '../domain/reading';
import { legendLabel, legendShades, MARKER_LEGEND, PALE_LEGEND } from '../encoding/reading-encoding';
import type { ProvinceProps } from '../data/use-provinces';
import type { FirstPaintData } from '../first-paint/format';
import type { SvgExportMap } from '../export/map-svg';
import { appBaseUrl, shareUrl } from '../embed/snippet';
import type { EventMarker } from '../map/ProvinceMap';
import type { UrlState } from '../url/url-state';
import { copyText } from '../ui/copy-text';

const EmbedDialog = lazy(() => import('../embed/EmbedDialog'));

const CREDIT = 'Boundaries: Natural Earth (public domain). Map: Claimed Ground.';

/** The exports' source line: how many reports, and the dataset's version, from the data. */
function sourceLine(dataset: EventsDataset): string {
  return `Source: claims in ${scopeWords(datasetScope(dataset.articles.values(), dataset.claims))}, not independently verified. ${dataset.info.name}, version ${dataset.info.version}.`;
}

interface ShareMenuProps {
  state: UrlState;
  dataset: EventsDataset | undefined;
  claims: readonly Claim[];
  filterWords: string;
  markers: readonly EventMarker[];
  /** The map's readings (by slug) for the month and lens shown, and the provinces they are of. */
  readings: ReadonlyMap<string, ProvinceReading> | null;
  provinces: readonly ProvinceProps[];
  /** The maps on show, for "Download SVG"; null until the map's outline has loaded. */
  svgMaps: { data: FirstPaintData; maps: SvgExportMap[] } | null;
}

/** Copy link, Embed, and downloads of exactly what is shown (CSV, GeoJSON, PNG, SVG). */
export function ShareMenu({
  state,
  dataset,
  claims,
  filterWords,
  markers,
  readings,
  provinces,
  svgMaps,
}: ShareMenuProps) {
  const [embedOpen, setEmbedOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // Picking an item closes the menu, as menus do; so do Escape and a click anywhere else.
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      summary.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [menuOpen]);
  // The menu has closed by the time the Embed dialog does: focus goes back to the menu's button,
  // not to the page (the dialog would return it to the hidden Embed item).
  const closeEmbed = () => {
    setEmbedOpen(false);
    summary.current?.focus();
  };
  const { main: mapRef } = useMap();

  const say = (text: string) => setMessage(text);
  const fileParts = {
    province: state.province,
    year: state.year,
    lens: state.lens,
    version: dataset?.info.version ?? 'unknown',
  };
  const context = dataset && {
    info: dataset.info,
    articles: dataset.articles,
    filterWords: filterWords || 'all claims',
  };

  const copyLink = async () => {
    try {
      await copyText(shareUrl(appBaseUrl(window.location), state));
      say('Link copied.');
    } catch (error) {
      say(error instanceof Error ? error.message : 'Could not copy the link.');
    }
  };

  const download = async (kind: 'csv' | 'readings' | 'geojson' | 'png' | 'svg') => {
    if (!dataset || !context) return;
    const exporter = await import('../export/claims-export');
    if (kind === 'svg') {
      if (!svgMaps) return say('The map is not ready yet.');
      const { mapToSvg } = await import('../export/map-svg');
      const svg = mapToSvg(svgMaps.data, {
        title: MAP_TITLE,
        subtitle: `End of ${formatMonth(state.month)} · ${svgMaps.maps.map((m) => lensClaims(m.lens)).join(' and ')}`,
        source: sourceLine(dataset),
        credit: CREDIT,
        maps: svgMaps.maps,
      });
      exporter.downloadText(
        svg,
        exporter.exportFileName({ ...fileParts, year: null }, 'svg', `map-${state.month}`),
        'image/svg+xml',
      );
      say('Downloaded the map as SVG.');
    } else if (kind === 'readings') {
      if (!readings) return say('The readings are not ready yet.');
      const { readingsToCsv } = await import('../export/readings-export');
      const rows = provinces.flatMap((p) => {
        const reading = readings.get(p.slug);
        return reading ? [{ name: p.name, iso: p.iso, reading }] : [];
      });
      exporter.downloadText(
        readingsToCsv(rows, { month: state.month, lens: state.lens }, context),
        exporter.exportFileName(
          { ...fileParts, province: null, year: null },
          'csv',
          `readings-${state.month}`,
        ),
        'text/csv;charset=utf-8',
      );
      say(`Downloaded the readings of ${rows.length} provinces as CSV.`);
    } else if (kind === 'csv') {
      exporter.downloadText(
        exporter.claimsToCsv(claims, context),
        exporter.exportFileName(fileParts, 'csv'),
        'text/csv;charset=utf-8',
      );
      say(`Downloaded ${claims.length} claims as CSV.`);
    } else if (kind === 'geojson') {
      exporter.downloadText(
        exporter.claimsToGeoJson(claims, dataset.events, context),
        exporter.exportFileName(fileParts, 'geojson'),
        'application/geo+json',
      );
      say(`Downloaded ${claims.length} claims as GeoJSON.`);
    } else {
      const map = mapRef?.getMap();
      if (!map) return say('The map is not ready yet.');
      say('Making the image…');
      const { mapToPng } = await import('../export/map-png');
      const blob = await mapToPng(map, {
        title: MAP_TITLE,
        subtitle: `End of ${formatMonth(state.month)} · ${lensClaims(state.lens)}`,
        legend: [
          ...legendShades([state.lens]).map((entry) => ({
            kind: 'shade' as const,
            shade: entry.shade,
            pale: false,
            label: legendLabel(entry),
          })),
          { kind: 'shade', shade: 'taliban', pale: true, label: PALE_LEGEND },
          { kind: 'marker', count: 3, label: MARKER_LEGEND },
        ],
        source: sourceLine(dataset),
        credit: CREDIT,
        markers,
      });
      exporter.downloadBlob(
        blob,
        exporter.exportFileName({ ...fileParts, year: null }, 'png', `map-${state.month}`),
      );
      say('Downloaded the map as PNG.');
    }
  };

  return (
    <div className="share">
      <details
        className="share__menu"
        ref={menu}
        onToggle={(e) => setMenuOpen(e.currentTarget.open)}
        onClick={(e) => {
          // The item chosen is hidden with the menu: the focus goes back to the menu's button (a
          // dialog an item opens then takes it), not to the page.
          if (!(e.target as HTMLElement).closest('button')) return;
          close();
          summary.current?.focus();
        }}
      >
        <summary ref={summary} className="button">
          Share &amp; download
        </summary>
        <div className="share__items">
          <button type="button" className="button" onClick={() => void copyLink()}>
            Copy link
          </button>
          <button type="button" className="button" onClick={() => setEmbedOpen(true)}>
            Embed
          </button>
          <button type="button" className="button" disabled={!dataset} onClick={() => void download('csv')}>
            Download CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset || !readings}
            onClick={() => void download('readings')}
          >
            Download readings (CSV)
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset}
            onClick={() => void download('geojson')}
          >
            Download GeoJSON
          </button>
          <button type="button" className="button" disabled={!dataset} onClick={() => void download('png')}>
            Download PNG
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset || !svgMaps}
            onClick={() => void download('svg')}
          >
            Download SVG
          </button>
        </div>
      </details>
      <span role="status" className="share__status">
        {message}
      </span>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog state={state} onClose={closeEmbed} />
        </Suspense>
      )}
    </div>
  );
}
