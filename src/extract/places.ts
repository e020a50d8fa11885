// Finding the gazetteer's places in a report: names and aliases of provinces and places, regions
// and "the country". Generic building names ("police headquarters") name a building only in the
// province the report is talking about.

import type { PlacePrecision } from '../domain/vocabulary';
import { NO_PROVINCE_PLACES } from './tables';
import type { Gazetteer } from './types';

export interface PlaceMention {
  start: number;
  end: number;
  place: string | null;
  province: string | null;
  precision: PlacePrecision;
  /** A generic building name, resolved against the province in context. */
  generic: boolean;
  rule: string;
}

interface Entry {
  words: string;
  place: string | null;
  province: string | null;
  precision: PlacePrecision;
  generic: boolean;
  /** Same words for several buildings in different provinces: one entry each. */
}

const PRECISION_OF_KIND: Record<string, PlacePrecision> = {
  city: 'city',
  district: 'district',
  village: 'district',
  base: 'city',
  airport: 'city',
  prison: 'city',
  building: 'city',
  hill: 'city',
  region: 'country',
  country: 'country',
};

function escape(words: string): string {
  return words
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/['’]/gu, "['’]")
    .replace(/[- ]/gu, '[- ]');
}

export class PlaceMatcher {
  private readonly entries: Entry[] = [];
  private readonly pattern: RegExp;
  private readonly byWords = new Map<string, Entry[]>();
  private readonly regions: { rule: string; re: RegExp; place: string | null }[];

  constructor(gazetteer: Gazetteer) {
    for (const province of gazetteer.provinces) {
      for (const words of [province.name, ...province.aliases]) {
        this.add({ words, place: null, province: province.slug, precision: 'province', generic: false });
      }
    }
    for (const place of gazetteer.places) {
      const precision = PRECISION_OF_KIND[place.kind] ?? 'city';
      for (const words of [place.name, ...place.aliases]) {
        const generic = words.length > 0 && words[0] === words[0]?.toLowerCase();
        this.add({ words, place: place.id, province: place.province, precision, generic });
      }
    }
    const all = [...this.byWords.keys()].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`(?<![\\w-])(?:${all.map(escape).join('|')})(?![\\w-])`, 'giu');
    this.regions = NO_PROVINCE_PLACES.map((r) => ({
      rule: r.name,
      re: new RegExp(`(?<![\\w-])(?:${r.pattern})`, 'giu'),
      place: r.place,
    }));
  }

  private add(entry: Entry): void {
    if (entry.words.trim() === '') return;
    this.entries.push(entry);
    const key = normal(entry.words);
    const list = this.byWords.get(key) ?? [];
    list.push(entry);
    this.byWords.set(key, list);
  }

  /**
   * Places named in text[from, to). `contextProvince` resolves generic building names; a
   * generic name with no building in that province is left out.
   */
  find(text: string, from: number, to: number, contextProvince: string | null): PlaceMention[] {
    const slice = text.slice(from, to);
    const out: PlaceMention[] = [];
    this.pattern.lastIndex = 0;
    for (const m of slice.matchAll(this.pattern)) {
      const words = m[0];
      const entries = this.byWords.get(normal(words)) ?? [];
      const start = from + (m.index ?? 0);
      const end = start + words.length;
      const proper = entries.filter((e) => !e.generic);
      if (proper.length > 0) {
        // Proper names are capitalised in the text ("Farah", "FARAH"); "farah" is not a name.
        if (!/^\p{Lu}/u.test(words)) continue;
        // Part of a person's name ("Nasir Ahmad Wardak"): a capitalised word that is no place or title before it.
        const previousWord = /(\p{Lu}[\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
        if (previousWord && PERSON_NAME_PARTS.test(previousWord) && !this.byWords.has(normal(previousWord)))
          continue;
        const after = text.slice(end, end + 12);
        const before = text.slice(Math.max(0, start - 12), start);
        const provinceWanted = /^\s+province/iu.test(after) || /province of\s+$/iu.test(before);
        const chosen =
          (provinceWanted ? proper.find((e) => e.precision === 'province') : undefined) ??
          proper.find((e) => e.precision !== 'province' && e.precision !== 'country') ??
          proper[0];
        if (chosen) out.push(mention(chosen, start, end, 'gazetteer'));
        continue;
      }
      const local = entries.find((e) => e.province === contextProvince);
      if (local) out.push(mention(local, start, end, 'gazetteer-generic'));
    }
    for (const region of this.regions) {
      region.re.lastIndex = 0;
      for (const m of slice.matchAll(region.re)) {
        const start = from + (m.index ?? 0);
        out.push({
          start,
          end: start + m[0].length,
          place: region.place,
          province: null,
          precision: 'country',
          generic: false,
          rule: region.rule,
        });
      }
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  }
}

/** Given names and honorifics that make the next capitalised word a surname, not a place. */
const PERSON_NAME_PARTS =
  /^(?:Ahmad|Ahmed|Mohammad|Mohammed|Muhammad|Abdul|Haji|Mullah|Qari|Gul|Nasir|Khan|Ali|Shah|Sayed|Syed|Noor|Nur|Mir|Zia|Omar|Hamid|Rahim|Karim|Jan|Wali|Amir|Ghulam|Sardar|Mr|Mrs|Ms|Dr|General|Gen|Colonel|Col|Captain|Capt)$/u;

function normal(words: string): string {
  return words.toLowerCase().replace(/['’]/gu, "'").replace(/-/gu, ' ');
}

function mention(entry: Entry, start: number, end: number, rule: string): PlaceMention {
  return {
    start,
    end,
    place: entry.place,
    province: entry.province,
    precision: entry.precision,
    generic: entry.generic,
    rule,
  };
}
