// New events and new places for the report's claims: an event is created with a name, place and
// dates; a place is taken from the offline GeoNames gazetteer (or typed in) and written to
// places.yaml in its format.

import { useId, useState } from 'react';
import { PLACE_KINDS } from '../domain/vocabulary';
import type { PlaceRecord, ProvinceRecord } from '../data/schema';
import { SelectField, TextField, vocabulary } from './fields';
import { searchGazetteer, type GazetteerEntry } from './gazetteer';
import type { EventFields, PlaceFields } from './records';
import type { PlaceField, Problems } from './validate';

interface EventsProps {
  events: readonly EventFields[];
  problems: ReadonlyMap<string, Problems<keyof EventFields>>;
  places: readonly PlaceRecord[];
  claimsWithoutEvent: number;
  onAdd: () => void;
  onChange: (key: string, fields: Partial<EventFields>) => void;
  onRemove: (key: string) => void;
  onUseForAll: (id: string) => void;
}

export function NewEvents({
  events,
  problems,
  places,
  claimsWithoutEvent,
  onAdd,
  onChange,
  onRemove,
  onUseForAll,
}: EventsProps) {
  const placeOptions = [
    { value: '', label: '— choose a place —' },
    ...[...places]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ value: p.id, label: `${p.name} (${p.kind}, ${p.id})` })),
  ];
  return (
    <section className="panel" aria-labelledby="events-title">
      <h2 id="events-title">New events</h2>
      <p className="panel__lead">
        A claim needs an event: choose one of the dataset&apos;s in the claim&apos;s Event field, or create
        one here. Reuse an event for the same place and episode; make a new one when either differs.
      </p>
      <ul className="records" aria-label="New events">
        {events.map((event, i) => {
          const p = problems.get(event.key) ?? {};
          const id = `event-${event.key}`;
          return (
            <li key={event.key} className="record">
              <fieldset>
                <legend>New event {i + 1}</legend>
                <div className="editor-grid">
                  <TextField
                    id={`${id}-name`}
                    label="Event name"
                    value={event.name}
                    problems={p.name}
                    hint="e.g. Taliban assault on Ghazni city"
                    className="editor-grid__wide"
                    onChange={(name) => onChange(event.key, { name })}
                  />
                  <SelectField
                    id={`${id}-place`}
                    label="Event place"
                    value={event.place}
                    options={placeOptions}
                    problems={p.place}
                    onChange={(place) => onChange(event.key, { place })}
                  />
                  <TextField
                    id={`${id}-start`}
                    label="Start"
                    type="date"
                    value={event.start}
                    problems={p.start}
                    onChange={(start) => onChange(event.key, { start })}
                  />
                  <TextField
                    id={`${id}-end`}
                    label="End"
                    type="date"
                    value={event.end}
                    problems={p.end}
                    onChange={(end) => onChange(event.key, { end })}
                  />
                  <TextField
                    id={`${id}-id`}
                    label="Event id"
                    value={event.id}
                    problems={p.id}
                    onChange={(v) => onChange(event.key, { id: v })}
                  />
                </div>
                <div className="record__actions">
                  <button
                    type="button"
                    className="button"
                    disabled={claimsWithoutEvent === 0}
                    onClick={() => onUseForAll(event.id)}
                  >
                    Use for the {claimsWithoutEvent} claim{claimsWithoutEvent === 1 ? '' : 's'} without an
                    event
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => onRemove(event.key)}>
                    Remove<span className="visually-hidden"> new event {i + 1}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={onAdd}>
        Create an event
      </button>
    </section>
  );
}

interface PlacesProps {
  places: readonly PlaceFields[];
  problems: ReadonlyMap<string, Problems<PlaceField>>;
  provinces: readonly ProvinceRecord[];
  gazetteer: readonly GazetteerEntry[] | null;
  gazetteerError: string | null;
  /** GeoNames places the report names that the dataset lacks. */
  named: readonly GazetteerEntry[];
  onAddEntry: (entry: GazetteerEntry) => void;
  onAddBlank: () => void;
  onChange: (key: string, fields: Partial<PlaceFields>) => void;
  onRemove: (key: string) => void;
}

function entryLabel(entry: GazetteerEntry, provinces: readonly ProvinceRecord[]): string {
  const province = provinces.find((p) => p.slug === entry.province)?.name ?? entry.province;
  const role =
    entry.role === 'capital' ? 'provincial capital' : entry.role === 'district' ? 'district centre' : 'town';
  return `${entry.ascii}, ${role}, ${province}`;
}

export function NewPlaces(props: PlacesProps) {
  const {
    places,
    problems,
    provinces,
    gazetteer,
    gazetteerError,
    named,
    onAddEntry,
    onAddBlank,
    onChange,
    onRemove,
  } = props;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const results = gazetteer ? searchGazetteer(gazetteer, query) : [];
  const provinceOptions = [
    { value: '', label: '— none —' },
    ...provinces.map((p) => ({ value: p.slug, label: p.name })),
  ];
  return (
    <section className="panel" aria-labelledby="places-title">
      <h2 id="places-title">New places</h2>
      <p className="panel__lead">
        A place the gazetteer lacks is added to <code>data/gazetteer/places.yaml</code>. Take its point from
        GeoNames&apos; places of Afghanistan (provincial capitals, district centres, towns), offline.
      </p>
      {gazetteerError ? <p className="notice notice--error">{gazetteerError}</p> : null}
      {named.length > 0 ? (
        <div className="named">
          <h3>Named in the report, not in the gazetteer</h3>
          <ul className="chips">
            {named.map((entry) => (
              <li key={entry.geonameid}>
                <button type="button" className="button button--small" onClick={() => onAddEntry(entry)}>
                  Add {entryLabel(entry, provinces)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={searchId}>Find a place in GeoNames</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          disabled={!gazetteer}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim().length >= 2 ? (
        <ul className="chips" aria-label="GeoNames places found">
          {results.length === 0 ? <li>No place of that name.</li> : null}
          {results.map((entry) => (
            <li key={entry.geonameid}>
              <button type="button" className="button button--small" onClick={() => onAddEntry(entry)}>
                Add {entryLabel(entry, provinces)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="records" aria-label="New places">
        {places.map((place, i) => {
          const p = problems.get(place.key) ?? {};
          const id = `place-${place.key}`;
          return (
            <li key={place.key} className="record">
              <fieldset>
                <legend>
                  New place {i + 1}
                  {place.geonameid ? ` (GeoNames ${place.geonameid})` : ''}
                </legend>
                <div className="editor-grid">
                  <TextField
                    id={`${id}-name`}
                    label="Place name"
                    value={place.name}
                    problems={p.name}
                    onChange={(name) => onChange(place.key, { name })}
                  />
                  <TextField
                    id={`${id}-id`}
                    label="Place id"
                    value={place.id}
                    problems={p.id}
                    onChange={(v) => onChange(place.key, { id: v })}
                  />
                  <SelectField
                    id={`${id}-kind`}
                    label="Place kind"
                    value={place.kind}
                    options={vocabulary(PLACE_KINDS)}
                    problems={p.kind}
                    onChange={(kind) => onChange(place.key, { kind: kind as PlaceFields['kind'] })}
                  />
                  <SelectField
                    id={`${id}-province`}
                    label="Place province"
                    value={place.province}
                    options={provinceOptions}
                    problems={p.province}
                    onChange={(province) => onChange(place.key, { province })}
                  />
                  <TextField
                    id={`${id}-lon`}
                    label="Longitude"
                    type="number"
                    value={place.longitude}
                    problems={p.longitude}
                    onChange={(longitude) => onChange(place.key, { longitude })}
                  />
                  <TextField
                    id={`${id}-lat`}
                    label="Latitude"
                    type="number"
                    value={place.latitude}
                    problems={p.latitude}
                    onChange={(latitude) => onChange(place.key, { latitude })}
                  />
                  <TextField
                    id={`${id}-aliases`}
                    label="Aliases"
                    value={place.aliases}
                    problems={p.aliases}
                    hint="Other spellings the reports use, separated by commas"
                    className="editor-grid__wide"
                    onChange={(aliases) => onChange(place.key, { aliases })}
                  />
                </div>
                <div className="record__actions">
                  <button type="button" className="button button--quiet" onClick={() => onRemove(place.key)}>
                    Remove<span className="visually-hidden"> new place {i + 1}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={onAddBlank}>
        Add a place by hand
      </button>
    </section>
  );
}
