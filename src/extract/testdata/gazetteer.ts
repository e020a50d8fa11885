// A small gazetteer for unit tests, in the shape of data/gazetteer/*.yaml (which the module never reads).

import type { Gazetteer } from '../types';

export const GAZETTEER: Gazetteer = {
  provinces: [
    { slug: 'kunduz', name: 'Kunduz', capital: 'Kunduz', aliases: ['Qunduz'] },
    { slug: 'ghazni', name: 'Ghazni', capital: 'Ghazni', aliases: [] },
    { slug: 'farah', name: 'Farah', capital: 'Farah', aliases: [] },
    { slug: 'helmand', name: 'Helmand', capital: 'Lashkar Gah', aliases: [] },
    { slug: 'kabul', name: 'Kabul', capital: 'Kabul', aliases: [] },
    { slug: 'wardak', name: 'Wardak', capital: 'Maidan Shar', aliases: ['Maidan Wardak'] },
    { slug: 'badghis', name: 'Badghis', capital: 'Qala-e Naw', aliases: [] },
  ],
  places: [
    { id: 'kunduz-city', name: 'Kunduz', kind: 'city', province: 'kunduz', aliases: ['Kunduz city'] },
    {
      id: 'khanabad-district',
      name: 'Khanabad',
      kind: 'district',
      province: 'kunduz',
      aliases: ['Khan Abad'],
    },
    { id: 'ghazni-city', name: 'Ghazni', kind: 'city', province: 'ghazni', aliases: ['Ghazni city'] },
    {
      id: 'ghazni-police-headquarters',
      name: 'Ghazni police headquarters',
      kind: 'building',
      province: 'ghazni',
      aliases: ['police headquarters'],
    },
    { id: 'farah-city', name: 'Farah', kind: 'city', province: 'farah', aliases: [] },
    { id: 'lashkar-gah-city', name: 'Lashkar Gah', kind: 'city', province: 'helmand', aliases: [] },
    { id: 'kabul-city', name: 'Kabul', kind: 'city', province: 'kabul', aliases: [] },
    { id: 'qala-e-naw-city', name: 'Qala-e Naw', kind: 'city', province: 'badghis', aliases: ['Qala-i-Naw'] },
    {
      id: 'northern-afghanistan',
      name: 'Northern Afghanistan',
      kind: 'region',
      province: null,
      aliases: ['the north'],
    },
    { id: 'afghanistan', name: 'Afghanistan', kind: 'country', province: null, aliases: [] },
    { id: 'tajikistan', name: 'Tajikistan', kind: 'country', province: null, aliases: [] },
  ],
};
