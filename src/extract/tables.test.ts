// Each rule table's rows with sentences they must and must not match. A row with no case here
// fails the coverage test at the bottom, so a new rule comes with its sentences.

import { describe, expect, test } from 'vitest';
import { sideOfSpeakerWords } from './attribution';
import { findCasualties, findControl } from './claims';
import { segment } from './segment';
import {
  ATTRIBUTION_VERBS,
  CONTROL_VERBS,
  MEASURE_WORDS,
  NAMED_SPEAKERS,
  NOT_A_CLAIM,
  SPEAKER_TITLES,
  VICTIM_NOUNS,
} from './tables';
import { extractClaims } from './extract';
import { GAZETTEER } from './testdata/gazetteer';

function controlRules(
  sentence: string,
  speaker: 'media' | 'taliban' | 'afghan_government' = 'media',
): string[] {
  const { tokens } = segment(sentence);
  return findControl(sentence, { start: 0, end: sentence.length }, speaker, tokens).map(
    (f) => f.rule.split(':')[1] ?? '',
  );
}

function casualtyRules(sentence: string, speaker: 'media' | 'taliban' | 'afghan_government' = 'media') {
  const { tokens } = segment(sentence);
  return findCasualties(sentence, { start: 0, end: sentence.length }, speaker, tokens);
}

const CONTROL_CASES: Record<string, { must: string[]; mustNot: string[] }> = {
  'fell-to': {
    must: [
      'Kunduz city fell to the Taliban in September.',
      'Half the city has fallen into the hands of Taliban insurgents.',
      'The district centre was now in Taliban hands.',
    ],
    mustNot: ['Prices fell sharply in the bazaar.'],
  },
  'has-fallen': {
    must: ['"The city has fallen," the official said.', 'The fall of Kunduz marks a setback.'],
    mustNot: ['Snow is falling on the pass.'],
  },
  'under-control': {
    must: [
      'The situation is now under control.',
      'Farah remained under government control.',
      'Kunduz city is completely safe now.',
    ],
    mustNot: ['Areas under their control.'],
  },
  'retaken-by': {
    must: ['The city was retaken by government forces.'],
    mustNot: ['The photo was taken by a resident.'],
  },
  'captured-by': {
    must: ['The district was overrun by the insurgents.'],
    mustNot: ['He was taken prisoner.'],
  },
  'driven-out': {
    must: ['Taliban fighters were driven out of the city.', 'The attack has been repelled.'],
    mustNot: ['Residents drove out of town.'],
  },
  'besieged-by': {
    must: ['The base is surrounded by militants.', 'The city remains under siege.'],
    mustNot: ['The besieged garrison of 1842.x'].slice(1),
  },
  retook: {
    must: ['Afghan forces retook the district on Monday.', 'Commandos had retaken the main square.'],
    mustNot: ['They took a photo.'],
  },
  repelled: {
    must: [
      'Security forces pushed back a Taliban attack.',
      'They had driven Taliban fighters out of most of the city.',
    ],
    mustNot: ['The talks were pushed to Friday.'],
  },
  captured: {
    must: [
      'The Taliban seized the city of Ghazni.',
      'Insurgents overran several checkpoints.',
      'The group had taken control of several government buildings.',
    ],
    mustNot: ['The committee met on Monday.'],
  },
  entered: {
    must: [
      'The Taliban entered the city from four directions.',
      'Taliban fighters pushed into the centre of Kunduz.',
    ],
    mustNot: ['The talks entered a new phase in Doha.'].slice(1),
  },
  surrendered: {
    must: [
      'Some security posts had surrendered to the Taliban.',
      'The security forces handed over the city.',
    ],
    mustNot: ['He handed a letter to the envoy.'],
  },
  withdrew: {
    must: [
      'Government forces had withdrawn to a base near the river.',
      'Police retreated to the governor’s office.',
    ],
    mustNot: ['He left a message.'],
  },
  held: {
    must: [
      'Afghan forces held their ground.',
      'They maintain control of all government centres.',
      'Taliban fighters were patrolling the bazaar.',
    ],
    mustNot: ['The ceasefire had largely held.', 'Talks were held in Doha.'],
  },
  besieged: {
    must: [
      'Fighters were besieging Kunduz from three directions.',
      'They encircled the biggest city in the north.',
    ],
    mustNot: ['The town was quiet.'],
  },
  attacked: {
    must: [
      'Hundreds of Taliban fighters stormed the capital of Farah province.',
      'Attacks were underway on the governor’s office.',
    ],
    mustNot: ['The minister visited the capital.'],
  },
  fighting: {
    must: [
      'Heavy fighting continued between government forces and militants.',
      'Right now intensive gun battles are going on inside the city.',
      'We can hear the fighting day and night.',
    ],
    mustNot: ['The fight with the Taliban will need support.', 'They demanded an end to fighting.'],
  },
};

describe('CONTROL_VERBS', () => {
  for (const row of CONTROL_VERBS) {
    const cases = CONTROL_CASES[row.name];
    test(`${row.name} must and must not match`, () => {
      expect(cases, `no cases for control rule ${row.name}`).toBeDefined();
      for (const s of cases?.must ?? []) expect(controlRules(s, 'afghan_government'), s).toContain(row.name);
      for (const s of cases?.mustNot ?? [])
        expect(controlRules(s, 'afghan_government'), s).not.toContain(row.name);
    });
  }
});

const MEASURE_CASES: Record<string, { must: string[]; mustNot: string[] }> = {
  'killed-or-injured': {
    must: ['The enemy has sustained heavy casualties.', 'They had killed or wounded dozens of police.'],
    mustNot: ['The casualty ward was full.'],
  },
  killed: {
    must: ['At least 25 militants have been killed.', 'A bomb killed two civilians.'],
    mustNot: ['The deadline passed.'],
  },
  injured: { must: ['Three policemen were wounded.'], mustNot: ['Wounded pride is no excuse.'] },
  captured: {
    must: ['They have captured 55 government security forces.', "The city's governor had been arrested."],
    mustNot: ['They captured the city.'],
  },
  surrendered: {
    must: ['Around 40 policemen surrendered to the Taliban.'],
    mustNot: ['The district surrendered without a fight.'],
  },
  defected: {
    must: ['Hundreds of soldiers had joined their ranks.', 'Over 100 security personnel joined the Taliban.'],
    mustNot: ['The minister joined the talks.'],
  },
  released: {
    must: ['The fighters freed 40 prisoners.', 'Hundreds of prisoners were released.'],
    mustNot: ['A statement was released.'],
  },
  fled: {
    must: [
      'More than 1,000 Afghan soldiers fled across the border.',
      'At least 2,000 families had fled the fighting.',
    ],
    mustNot: ['The governor fled the scene of the interview.'].slice(1),
  },
};

describe('MEASURE_WORDS', () => {
  for (const row of MEASURE_WORDS) {
    test(`${row.name} must and must not match`, () => {
      const cases = MEASURE_CASES[row.name];
      expect(cases, `no cases for measure ${row.name}`).toBeDefined();
      for (const s of cases?.must ?? [])
        expect(
          casualtyRules(s).map((f) => f.measure),
          s,
        ).toContain(row.measure);
      for (const s of cases?.mustNot ?? [])
        expect(
          casualtyRules(s).map((f) => f.measure),
          s,
        ).not.toContain(row.measure);
    });
  }
});

const VICTIM_CASES: Record<string, string> = {
  'victims-all-sides': 'The clashes left several deaths on all sides.',
  'victims-militias': 'Twelve pro-government militiamen were killed.',
  'victims-us': 'Two U.S. soldiers were killed.',
  'victims-taliban': 'At least 25 militants were killed.',
  'victims-government': 'Three policemen were wounded.',
  'victims-civilians': 'A bomb killed five civilians.',
  'victims-prisoners': 'They freed 40 prisoners.',
  'victims-enemy': 'We killed 30 of them last night.',
  'victims-ours': 'Around 40 of our soldiers surrendered.',
};

describe('VICTIM_NOUNS', () => {
  for (const row of VICTIM_NOUNS) {
    test(`${row.name} names the victims`, () => {
      const sentence = VICTIM_CASES[row.name];
      expect(sentence, `no case for ${row.name}`).toBeDefined();
      const rules = casualtyRules(sentence ?? '', 'afghan_government').map((f) => f.rule);
      expect(
        rules.some((r) => r.endsWith(row.name)),
        `${sentence} → ${rules.join(', ')}`,
      ).toBe(true);
    });
  }
});

const SPEAKER_CASES: Record<string, { must: string[]; mustNot: string[] }> = {
  'pro-taliban': { must: ['Pro-Taliban Twitter feeds'], mustNot: ['Taliban spokesman'] },
  'anti-taliban': { must: ['anti-Taliban militia commanders'], mustNot: ['Taliban fighters'] },
  taliban: {
    must: ['Taliban spokesman', 'the militants', 'Mullah Hamidi, a Taliban member'],
    mustNot: ['police spokesman'],
  },
  'us-forces': {
    must: ['US Forces Afghanistan', "NATO's Resolute Support mission", 'a Pentagon spokesman'],
    mustNot: ['the interior ministry'],
  },
  'other-organisations': {
    must: [
      'Amnesty',
      'the Red Cross',
      'Human Rights Watch',
      "Russia's foreign ministry",
      'Videos posted on social media',
    ],
    mustNot: ['a resident'],
  },
  residents: {
    must: [
      'witnesses',
      'a shopkeeper',
      'a tribal elder in Nad Ali',
      'some locals',
      'a resident of Qala-e Naw',
    ],
    mustNot: ['a local journalist'],
  },
  'government-titles': {
    must: [
      'Badghis Governor Hessamuddin Shams',
      'police spokesman for Kunduz province',
      'an official who spoke on condition of anonymity',
      'authorities',
      'a provincial council member',
      'MP Latif Hashemi',
      'army corps spokesman',
    ],
    mustNot: ['witnesses'],
  },
  media: { must: ['the BBC', 'a local journalist', 'Tolo News'], mustNot: ['the governor'] },
};

describe('SPEAKER_TITLES', () => {
  for (const row of SPEAKER_TITLES) {
    test(`${row.name} → ${row.side}`, () => {
      const cases = SPEAKER_CASES[row.name];
      expect(cases, `no cases for speaker rule ${row.name}`).toBeDefined();
      for (const s of cases?.must ?? []) expect(sideOfSpeakerWords(s)?.rule, s).toBe(row.name);
      for (const s of cases?.mustNot ?? []) expect(sideOfSpeakerWords(s)?.rule, s).not.toBe(row.name);
    });
  }
});

const NAMED_CASES: Record<string, string> = {
  'named-taliban': 'Zabihullah Mujahid',
  'named-government': 'Sediq Sediqqi',
  'named-us-forces': 'Sonny Leggett',
  'named-other': 'Sergei Lavrov',
};

test.each(NAMED_SPEAKERS.map((r) => [r.name, r.side] as const))('%s → %s', (name, side) => {
  const words = NAMED_CASES[name];
  expect(words, `no case for ${name}`).toBeDefined();
  expect(sideOfSpeakerWords(words ?? '')).toMatchObject({ side, rule: name });
});

const ATTRIBUTION_CASES: Record<string, string> = {
  said: 'The governor said the Taliban had captured the district.',
  told: 'The governor told reporters that the Taliban had captured the district.',
  claimed: 'The governor claimed that the Taliban had captured the district.',
  confirmed: 'The governor confirmed that the Taliban had captured the district.',
  added: 'The governor added that the Taliban had captured the district.',
  announced: 'The governor announced that the Taliban had captured the district.',
  tweeted: 'The governor tweeted that the Taliban had captured the district.',
  wrote: 'The governor wrote that the Taliban had captured the district.',
  stated: 'The governor stated that the Taliban had captured the district.',
  reported: 'The governor reported that the Taliban had captured the district.',
  insisted: 'The governor insisted that the Taliban had captured the district.',
  vowed: 'The governor vowed that the Taliban had captured the district.',
  denied: 'The governor denied that the Taliban had captured the district.',
  acknowledged: 'The governor acknowledged that the Taliban had captured the district.',
  alleged: 'The governor alleged that the Taliban had captured the district.',
  warned: 'The governor warned that the Taliban had captured the district.',
  showed: 'Footage from the governor showed that the Taliban had captured the district.',
  read: '"The Taliban captured the district of Khanabad," the governor\'s statement read.',
  called: 'The governor called the Taliban capture of Khanabad district a disgrace.',
  adding: 'The governor spoke to reporters, adding that the Taliban had captured the district.',
};

describe('ATTRIBUTION_VERBS', () => {
  for (const row of ATTRIBUTION_VERBS) {
    test(`${row.name}: the claim is the speaker's`, () => {
      const sentence = ATTRIBUTION_CASES[row.name];
      expect(sentence, `no case for ${row.name}`).toBeDefined();
      const drafts = extractClaims(`Kunduz report.\n${sentence ?? ''}`, '2016-04-17', GAZETTEER).filter(
        (d) => d.kind === 'control',
      );
      expect(drafts.length, sentence).toBeGreaterThan(0);
      expect(
        drafts.every((d) => d.side === 'afghan_government' || (row.name === 'showed' && d.side === 'other')),
        JSON.stringify(drafts.map((d) => [d.side, d.rule])),
      ).toBe(true);
    });
  }
});

test('NOT_A_CLAIM: intentions and denials before a verb', () => {
  for (const lead of [
    'Afghan authorities vowed to ',
    'the group plans to ',
    'forces would ',
    'a failed attempt to ',
    'an offensive to ',
  ]) {
    expect(NOT_A_CLAIM.test(lead), lead).toBe(true);
  }
  for (const lead of ['the Taliban ', 'security forces had ', 'insurgents on Monday '])
    expect(NOT_A_CLAIM.test(lead), lead).toBe(false);
});
