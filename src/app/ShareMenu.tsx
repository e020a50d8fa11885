import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Claim } from '../data/schema';
import type { EventsDataset } from '../data/events-dataset';
import { formatMonth } from '../domain/dates';
import { lensClaims, MAP_TITLE } from '../domain/labels';
import { datasetScope, scopeWords } from '../domain/scope';
import type { ProvinceReading } from '../domain/reading';
import type { ProvinceProps } from '../data/use-provinces';
import type { FirstPaintData } from '../first-paint/format';
import type { SvgExportMap } from '../export/map-svg';
import { pngDimensions, type PngSize } from '../export/png-layout';
import type { ProvinceOutline } from '../export/readings-export';
import { appBaseUrl, shareUrl } from '../embed/snippet';
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
  /** The map's readings (by slug) for the month and lens shown, and the provinces they are of. */
  readings: ReadonlyMap<string, ProvinceReading> | null;
  provinces: readonly ProvinceProps[];
  /** The provinces' outlines (lon/lat) from the boundaries file, for "map data"; null until loaded. */
  boundaries: readonly ProvinceOutline[] | null;
  /** The maps on show, for "Download SVG" and the PNGs; null until the map's outline has loaded. */
  svgMaps: { data: FirstPaintData; maps: SvgExportMap[] } | null;
}

const ARTICLE = pngDimensions('article', 1);
const SQUARE = pngDimensions('square', 1);

type Download = 'csv' | 'readings' | 'geojson' | 'map-data' | 'svg' | `png-${PngSize}`;

/** Copy link, Embed, and downloads of exactly what is shown (CSV, GeoJSON, PNG, SVG). */
export function ShareMenu({
  state,
  dataset,
  claims,
  filterWords,
  readings,
  provinces,
  boundaries,
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

  const download = async (kind: Download) => {
    if (!dataset || !context) return;
    const exporter = await import('../export/claims-export');
    const subtitle = (maps: readonly SvgExportMap[]) =>
      `End of ${formatMonth(state.month)} · ${maps.map((m) => lensClaims(m.lens)).join(' and ')}`;
    if (kind === 'svg') {
      if (!svgMaps) return say('The map is not ready yet.');
      const { mapToSvg } = await import('../export/map-svg');
      const svg = mapToSvg(svgMaps.data, {
        title: MAP_TITLE,
        subtitle: subtitle(svgMaps.maps),
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
    } else if (kind === 'readings' || kind === 'map-data') {
      if (!readings) return say('The readings are not ready yet.');
      const { readingsToCsv, readingsToGeoJson } = await import('../export/readings-export');
      const view = { month: state.month, lens: state.lens };
      const parts = { ...fileParts, province: null, year: null };
      if (kind === 'map-data') {
        if (!boundaries) return say('The map is not ready yet.');
        exporter.downloadText(
          readingsToGeoJson(boundaries, readings, view, context),
          exporter.exportFileName(parts, 'geojson', `map-data-${state.month}`),
          'application/geo+json',
        );
        return say(`Downloaded the map data of ${boundaries.length} provinces as GeoJSON.`);
      }
      const rows = provinces.flatMap((p) => {
        const reading = readings.get(p.slug);
        return reading ? [{ name: p.name, iso: p.iso, reading }] : [];
      });
      exporter.downloadText(
        readingsToCsv(rows, view, context),
        exporter.exportFileName(parts, 'csv', `readings-${state.month}`),
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
      if (!svgMaps) return say('The map is not ready yet.');
      const size: PngSize = kind === 'png-square' ? 'square' : 'article';
      say('Making the image…');
      try {
        const { mapToPng } = await import('../export/map-png');
        const blob = await mapToPng(svgMaps.data, {
          size,
          title: MAP_TITLE,
          subtitle: subtitle(svgMaps.maps),
          source: sourceLine(dataset),
          credit: CREDIT,
          maps: svgMaps.maps,
        });
        exporter.downloadBlob(
          blob,
          exporter.exportFileName(
            { ...fileParts, year: null },
            'png',
            size === 'square' ? `map-square-${state.month}` : `map-${state.month}`,
          ),
        );
        say(size === 'square' ? 'Downloaded the map as a square PNG.' : 'Downloaded the map as PNG.');
      } catch (error) {
        say(error instanceof Error ? error.message : 'The image could not be made.');
      }
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
            Download claims (CSV)
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset}
            onClick={() => void download('geojson')}
          >
            Download claims (GeoJSON)
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
            disabled={!dataset || !readings || !boundaries}
            onClick={() => void download('map-data')}
          >
            Download map data (GeoJSON)
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset || !svgMaps}
            onClick={() => void download('png-article')}
          >
            Download PNG (article, {ARTICLE.pixelWidth} px wide)
          </button>
          <button
            type="button"
            className="button"
            disabled={!dataset || !svgMaps}
            onClick={() => void download('png-square')}
          >
            Download square PNG ({SQUARE.pixelWidth} × {SQUARE.pixelHeight} px, social media)
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
