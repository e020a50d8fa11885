// One claim in the "Draft claims" list: what it says, its live problems, and Accept / Edit / Reject;
// while edited, every field, with the vocabulary's words as the choices.

import { useEffect, useRef } from 'react';
import { formatCountRange } from '../domain/count-range';
import {
  ACTIONS,
  CLAIM_KINDS,
  CLAIMANT_SIDES,
  DATE_PRECISIONS,
  EXTENTS,
  HOLDERS,
  MEASURES,
  PLACE_PRECISIONS,
  QUALIFIERS,
  VICTIM_SIDES,
} from '../domain/vocabulary';
import type { EventRecord, PlaceRecord, ProvinceRecord } from '../data/schema';
import { SelectField, TextArea, TextField, vocabulary, type Option } from './fields';
import {
  countFieldsFromWords,
  toClaimRecord,
  type ClaimField,
  type ClaimFields,
  type DeskClaim,
} from './records';
import type { Problems } from './validate';

export interface ClaimChoices {
  events: readonly EventRecord[];
  places: readonly PlaceRecord[];
  provinces: readonly ProvinceRecord[];
}

interface Props {
  claim: DeskClaim;
  number: number;
  problems: Problems<ClaimField>;
  choices: ClaimChoices;
  editing: boolean;
  /** The passage selected in the report, if any. */
  selection: string | null;
  onChange: (fields: Partial<ClaimFields>) => void;
  onStatus: (status: DeskClaim['status']) => void;
  onEdit: (editing: boolean) => void;
}

const PRECISION_OF_KIND: Record<string, ClaimFields['place_precision']> = {
  city: 'city',
  district: 'district',
};

function placeOptions(places: readonly PlaceRecord[], provinces: readonly ProvinceRecord[]) {
  const name = new Map(provinces.map((p) => [p.slug, p.name]));
  const groups = new Map<string, Option[]>();
  for (const p of [...places].sort((a, b) => a.name.localeCompare(b.name))) {
    const group = p.province === null ? 'No province' : (name.get(p.province) ?? p.province);
    const list = groups.get(group) ?? [];
    list.push({ value: p.id, label: `${p.name} (${p.kind}, ${p.id})` });
    groups.set(group, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, options]) => ({ label, options }));
}

function Summary({ claim, choices }: { claim: DeskClaim; choices: ClaimChoices }) {
  const f = claim.fields;
  const place = choices.places.find((p) => p.id === f.place);
  const event = choices.events.find((e) => e.id === f.event);
  const record = toClaimRecord(f);
  const count = record.casualties?.count;
  const rows: Array<[string, string]> = [
    ['Claimant', f.claimant || '—'],
    ['Side', f.side],
    ['Kind', f.kind],
    ...(f.kind === 'control'
      ? ([
          ['Holder', f.holder],
          ['Extent', f.extent],
          ['Action', f.action],
        ] as Array<[string, string]>)
      : ([
          ['Measure', `${f.measure}, victims ${f.victim_side}`],
          [
            'Count as said',
            count
              ? `“${count.words}”${
                  count.low === null || !Number.isNaN(count.low) ? ` (${formatCountRange(count)})` : ''
                }`
              : '—',
          ],
        ] as Array<[string, string]>)),
    ['Date', `${f.date || '—'} (${f.date_precision})`],
    ['Place', place ? `${place.name} (${f.place_precision})` : `none (${f.place_precision})`],
    ['Event', event ? event.name : 'none chosen'],
    [
      'Confidence',
      claim.confidence === null ? 'added by a person' : `${Math.round(claim.confidence * 100)}%`,
    ],
    ...(claim.rule ? ([['Rule', claim.rule]] as Array<[string, string]>) : []),
  ];
  return (
    <dl className="claim__facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd className={term === 'Rule' ? 'claim__rule' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ClaimItem({
  claim,
  number,
  problems,
  choices,
  editing,
  selection,
  onChange,
  onStatus,
  onEdit,
}: Props) {
  const f = claim.fields;
  const id = `claim-${claim.key}`;
  const firstField = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // A claim added from a selection opens for editing: its first field takes focus then too.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing && !wasEditing.current) firstField.current?.focus();
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const count = Object.values(problems).reduce((n, list) => n + (list?.length ?? 0), 0);
  const p = (field: ClaimField) => problems[field];
  const statusWord = claim.status === 'pending' ? 'to review' : claim.status;
  const hidden = <span className="visually-hidden"> claim {number}</span>;

  return (
    <li className={`claim claim--${claim.status}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="claim__title">
        <span>
          {number}. {f.claimant || 'Claimant not named yet'}
        </span>
        <span className={`claim__status claim__status--${claim.status}`}>
          {statusWord}
          {claim.edited && claim.origin === 'extractor' ? ', edited' : ''}
          {claim.origin === 'person' ? ', added' : ''}
        </span>
      </h3>
      <blockquote className="claim__quote">{f.quote}</blockquote>
      <Summary claim={claim} choices={choices} />
      {claim.status !== 'rejected' && count > 0 && !editing ? (
        <div className="claim__problems">
          <p>
            {count} problem{count === 1 ? '' : 's'}:
          </p>
          <ul>
            {Object.entries(problems).flatMap(([field, list]) =>
              (list ?? []).map((message) => (
                <li key={`${field}:${message}`}>
                  <strong>{field}</strong>: {message}
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
      {editing ? (
        <fieldset className="claim__editor">
          <legend>Edit claim {number}</legend>
          <div className="editor-grid">
            <TextField
              id={`${id}-claimant`}
              label="Claimant"
              value={f.claimant}
              problems={p('claimant')}
              inputRef={firstField}
              hint="As the report names them"
              onChange={(claimant) => onChange({ claimant })}
            />
            <SelectField
              id={`${id}-side`}
              label="Side"
              value={f.side}
              options={vocabulary(CLAIMANT_SIDES)}
              problems={p('side')}
              onChange={(side) => onChange({ side: side as ClaimFields['side'] })}
            />
            <SelectField
              id={`${id}-kind`}
              label="Kind"
              value={f.kind}
              options={vocabulary(CLAIM_KINDS)}
              problems={p('kind')}
              onChange={(kind) => onChange({ kind: kind as ClaimFields['kind'] })}
            />
            <SelectField
              id={`${id}-event`}
              label="Event"
              value={f.event}
              options={[
                { value: '', label: '— choose an event —' },
                ...choices.events.map((e) => ({ value: e.id, label: `${e.name} (${e.start} – ${e.end})` })),
              ]}
              problems={p('event')}
              onChange={(event) => onChange({ event })}
            />
            <SelectField
              id={`${id}-place`}
              label="Place"
              value={f.place}
              options={[{ value: '', label: '— none (the province, or no province) —' }]}
              groups={placeOptions(choices.places, choices.provinces)}
              problems={p('place')}
              onChange={(placeId) => {
                const place = choices.places.find((x) => x.id === placeId);
                onChange({
                  place: placeId,
                  ...(place
                    ? {
                        province: place.province ?? '',
                        place_precision: PRECISION_OF_KIND[place.kind] ?? f.place_precision,
                      }
                    : {}),
                });
              }}
            />
            <SelectField
              id={`${id}-province`}
              label="Province"
              value={f.province}
              options={[
                { value: '', label: '— none —' },
                ...choices.provinces.map((x) => ({ value: x.slug, label: x.name })),
              ]}
              problems={p('province')}
              onChange={(province) => onChange({ province })}
            />
            <SelectField
              id={`${id}-place-precision`}
              label="Place precision"
              value={f.place_precision}
              options={vocabulary(PLACE_PRECISIONS)}
              problems={p('place_precision')}
              onChange={(v) => onChange({ place_precision: v as ClaimFields['place_precision'] })}
            />
            <TextField
              id={`${id}-date`}
              label="Date"
              type="date"
              value={f.date}
              problems={p('date')}
              hint="Of the event the claim describes"
              onChange={(date) => onChange({ date })}
            />
            <SelectField
              id={`${id}-date-precision`}
              label="Date precision"
              value={f.date_precision}
              options={vocabulary(DATE_PRECISIONS)}
              problems={p('date_precision')}
              onChange={(v) => onChange({ date_precision: v as ClaimFields['date_precision'] })}
            />
            {f.kind === 'control' ? (
              <>
                <SelectField
                  id={`${id}-holder`}
                  label="Holder"
                  value={f.holder}
                  options={vocabulary(HOLDERS)}
                  problems={p('holder')}
                  onChange={(v) => onChange({ holder: v as ClaimFields['holder'] })}
                />
                <SelectField
                  id={`${id}-extent`}
                  label="Extent"
                  value={f.extent}
                  options={vocabulary(EXTENTS)}
                  problems={p('extent')}
                  onChange={(v) => onChange({ extent: v as ClaimFields['extent'] })}
                />
                <SelectField
                  id={`${id}-action`}
                  label="Action"
                  value={f.action}
                  options={vocabulary(ACTIONS)}
                  problems={p('action')}
                  onChange={(v) => onChange({ action: v as ClaimFields['action'] })}
                />
              </>
            ) : (
              <>
                <SelectField
                  id={`${id}-measure`}
                  label="Measure"
                  value={f.measure}
                  options={vocabulary(MEASURES)}
                  problems={p('measure')}
                  onChange={(v) => onChange({ measure: v as ClaimFields['measure'] })}
                />
                <SelectField
                  id={`${id}-victim-side`}
                  label="Victim side"
                  value={f.victim_side}
                  options={vocabulary(VICTIM_SIDES)}
                  problems={p('victim_side')}
                  onChange={(v) => onChange({ victim_side: v as ClaimFields['victim_side'] })}
                />
                <div className="editor-grid__wide count-row">
                  <TextField
                    id={`${id}-count-words`}
                    label="Count words"
                    value={f.count_words}
                    problems={p('count_words')}
                    hint="Verbatim from the quote, e.g. “more than 40”"
                    onChange={(count_words) => onChange({ count_words })}
                  />
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onChange(countFieldsFromWords(f.count_words))}
                  >
                    Read the count from the words
                  </button>
                </div>
                <SelectField
                  id={`${id}-qualifier`}
                  label="Qualifier"
                  value={f.qualifier}
                  options={vocabulary(QUALIFIERS)}
                  problems={p('qualifier')}
                  onChange={(v) => onChange({ qualifier: v as ClaimFields['qualifier'] })}
                />
                <TextField
                  id={`${id}-low`}
                  label="Low"
                  type="number"
                  value={f.low}
                  problems={p('low')}
                  onChange={(low) => onChange({ low })}
                />
                <TextField
                  id={`${id}-high`}
                  label="High"
                  type="number"
                  value={f.high}
                  problems={p('high')}
                  onChange={(high) => onChange({ high })}
                />
              </>
            )}
            <div className="editor-grid__wide">
              <TextArea
                id={`${id}-quote`}
                label="Quote"
                value={f.quote}
                rows={3}
                problems={p('quote')}
                hint="Character for character from the report: select the words in the report and use the button"
                onChange={(quote) => onChange({ quote })}
              />
              <button
                type="button"
                className="button button--small"
                disabled={!selection}
                onClick={() => selection && onChange({ quote: selection })}
              >
                Use selection as quote
              </button>
            </div>
            <TextField
              id={`${id}-caveat`}
              label="Caveat"
              value={f.caveat}
              problems={p('caveat')}
              hint="The report's verification caveat, verbatim, if it gives one"
              className="editor-grid__wide"
              onChange={(caveat) => onChange({ caveat })}
            />
            <TextField
              id={`${id}-id`}
              label="Claim id"
              value={f.id}
              problems={p('id')}
              className="editor-grid__wide"
              onChange={(v) => onChange({ id: v })}
            />
          </div>
        </fieldset>
      ) : null}
      <div className="claim__actions">
        {claim.status !== 'accepted' ? (
          <button type="button" className="button button--primary" onClick={() => onStatus('accepted')}>
            {claim.status === 'rejected' ? 'Restore and accept' : 'Accept'}
            {hidden}
          </button>
        ) : null}
        {claim.status !== 'rejected' ? (
          <button type="button" className="button" ref={editButton} onClick={() => onEdit(!editing)}>
            {editing ? 'Done editing' : 'Edit'}
            {hidden}
          </button>
        ) : null}
        {claim.status !== 'rejected' ? (
          <button type="button" className="button button--quiet" onClick={() => onStatus('rejected')}>
            Reject{hidden}
          </button>
        ) : null}
      </div>
    </li>
  );
}
