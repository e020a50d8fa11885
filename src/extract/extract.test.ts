import { describe, expect, test } from 'vitest';
import { ExtractError, extractClaims, type Draft } from './extract';
import { GAZETTEER } from './testdata/gazetteer';

const run = (text: string, published = '2016-04-17') => extractClaims(text, published, GAZETTEER);
const only = (drafts: Draft[], kind: Draft['kind']) => drafts.filter((d) => d.kind === kind);

describe('bad input', () => {
  test.each([
    ['empty text', ''],
    ['whitespace', '  \n\n\t '],
    ['garbage', '@@@ ### 12345 ;;; ``` \u0001\u0002'],
    ['no claims', 'The ministers met in Doha on Monday to discuss trade and the weather.'],
    ['a lone quote mark', '"'],
    ['unclosed quotation', '“The Taliban'],
  ])('%s gives no drafts and does not throw', (_, text) => {
    expect(run(text)).toEqual([]);
  });

  test.each(['', '2016-13-01', '17/04/2016', '2016-02-30', 'yesterday'])(
    'published "%s" is refused',
    (published) => {
      expect(() => extractClaims('The Taliban seized Kunduz.', published, GAZETTEER)).toThrow(ExtractError);
    },
  );

  test('every quote is verbatim, with its offsets', () => {
    const text =
      'Kunduz:  Taliban  storm  city\r\nThe Taliban seized Kunduz city on Monday, officials said.\n\n“Half the city has fallen,” he said.';
    for (const d of run(text)) expect(text.slice(d.start, d.end)).toBe(d.quote);
  });
});

describe('attribution', () => {
  test.each([
    ['KUNDUZ, Afghanistan (AP) — The Taliban said on Sunday they had seized two checkpoints in Kunduz.'],
    ['KUNDUZ (Reuters) - The Taliban said on Sunday they had seized two checkpoints in Kunduz.'],
    ['KUNDUZ, Afghanistan — The Taliban said on Sunday they had seized two checkpoints in Kunduz.'],
  ])('a wire dateline is not part of the speaker: %s', (text) => {
    const drafts = run(text);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(d.claimant).toBe('The Taliban');
      expect(d.side).toBe('taliban');
    }
  });

  test('"X said …" and "…, X said" give the speaker\'s side', () => {
    const before = run(
      'Kunduz police chief Abdul Hamid said the Taliban had seized two checkpoints in Kunduz.',
    );
    const after = run(
      'The Taliban had seized two checkpoints in Kunduz, Kunduz police chief Abdul Hamid said.',
    );
    for (const drafts of [before, after]) {
      expect(only(drafts, 'control')[0]).toMatchObject({
        side: 'afghan_government',
        province: 'kunduz',
        holder: 'taliban',
        action: 'captured',
        extent: 'part',
      });
    }
  });

  test('"…,” said X" with curly and straight quotes', () => {
    for (const q of [
      ['“', '”'],
      ['"', '"'],
    ]) {
      const [open, close] = q as [string, string];
      const d = run(
        `${open}Our forces retook Khanabad district,${close} said Taliban spokesman Zabihullah Mujahid.`,
      );
      expect(only(d, 'control')[0]).toMatchObject({
        side: 'taliban',
        holder: 'taliban',
        action: 'retook',
        province: 'kunduz',
      });
    }
  });

  test('a speaker is carried to "he said" and to a quotation that stands alone', () => {
    const text =
      'Kunduz governor Asadullah Omarkhel said on Sunday that the city was calm.\n“We drove the enemy out of Khanabad,” he said.\n“The situation is under control.”';
    const drafts = only(run(text), 'control');
    expect(drafts.map((d) => d.side)).toEqual(['afghan_government', 'afghan_government']);
    expect(drafts.map((d) => d.claimant)).toEqual([
      'Kunduz governor Asadullah Omarkhel',
      'Kunduz governor Asadullah Omarkhel',
    ]);
  });

  test('two speakers in one sentence', () => {
    const d = only(
      run(
        'Officials said security forces had pushed back the attack on Kunduz, but residents said fighting was still raging in the city.',
      ),
      'control',
    );
    expect(d.map((x) => [x.side, x.action])).toEqual([
      ['afghan_government', 'repelled'],
      ['residents', 'fighting'],
    ]);
  });

  test('unnamed officials, residents and the narration', () => {
    const gov = run(
      'An official who spoke on condition of anonymity said the Taliban had overrun the police headquarters in Ghazni.',
    );
    expect(gov[0]).toMatchObject({
      side: 'afghan_government',
      place: 'ghazni-police-headquarters',
      extent: 'part',
    });
    expect(run('Witnesses said Taliban fighters were patrolling the streets of Farah.')[0]?.side).toBe(
      'residents',
    );
    expect(run('Taliban fighters seized the city of Farah on Tuesday.')[0]).toMatchObject({
      side: 'media',
      claimant: "The report's narration",
    });
  });

  test('according to, and citing', () => {
    expect(
      run('At least 12 policemen were killed in Farah, according to a provincial council member.')[0]?.side,
    ).toBe('afghan_government');
    expect(
      run('At least 12 policemen were killed in Farah, the BBC reported, citing local officials.')[0],
    ).toMatchObject({
      side: 'afghan_government',
      claimant: 'local officials, as cited by the BBC',
    });
  });
});

describe('casualties', () => {
  test('coordinated counts give one draft each', () => {
    const d = only(
      run(
        '“Today, 38 Taliban have been killed and 13 injured in Kunduz,” said a defence ministry spokesman.',
      ),
      'casualties',
    );
    expect(d.map((x) => [x.casualties?.measure, x.casualties?.victim_side, x.casualties?.count.low])).toEqual(
      [
        ['killed', 'taliban', 38],
        ['injured', 'taliban', 13],
      ],
    );
    expect(d.every((x) => x.side === 'afghan_government')).toBe(true);
  });

  test('two victim groups, one verb', () => {
    const d = only(run('At least 25 militants and two policemen have been killed in Kunduz.'), 'casualties');
    expect(
      d.map((x) => [x.casualties?.victim_side, x.casualties?.count.qualifier, x.casualties?.count.low]),
    ).toEqual([
      ['taliban', 'at_least', 25],
      ['afghan_government', 'exact', 2],
    ]);
  });

  test.each([
    [
      'The enemy has sustained heavy casualties in Kunduz, the governor said.',
      'killed_or_injured',
      'taliban',
      'heavy casualties',
    ],
    [
      'Dozens of soldiers had been killed in Ghazni, a Taliban spokesman said.',
      'killed',
      'afghan_government',
      'Dozens of soldiers',
    ],
    [
      'The attack left several deaths on all sides in Farah, officials said.',
      'killed',
      'all_sides',
      'several deaths',
    ],
    [
      'Some 30 Afghan government forces had been killed in Farah, officials said.',
      'killed',
      'afghan_government',
      'Some 30',
    ],
    [
      'More than 1,000 soldiers fled into Tajikistan, officials said.',
      'fled',
      'afghan_government',
      'More than 1,000',
    ],
  ])('%s', (text, measure, victim, words) => {
    const d = only(run(text), 'casualties')[0];
    expect(d?.casualties).toMatchObject({ measure, victim_side: victim, count: { words } });
    expect(text).toContain(d?.casualties?.count.words);
  });
});

describe('places', () => {
  test('a claim about the north or the country has no province', () => {
    const d = run('The Taliban have seized dozens of districts across the north, officials said.')[0];
    expect(d).toMatchObject({ province: null, place_precision: 'country' });
  });

  test('one draft per province a control claim names', () => {
    const d = only(run('Fighting was raging in Kunduz and Lashkar Gah on Sunday.'), 'control');
    expect(d.map((x) => x.province).sort()).toEqual(['helmand', 'kunduz']);
  });

  test('a person named like a province is not the province', () => {
    const d = run(
      'Nasir Ahmad Wardak, an interior ministry spokesman, said the Taliban had entered Ghazni city.',
    )[0];
    expect(d?.province).toBe('ghazni');
  });

  test('a claim with no place takes the province the report is about', () => {
    const d = run(
      'Taliban fighters attacked Kunduz city on Sunday.\nThe enemy has suffered heavy losses, the governor said.',
    );
    expect(only(d, 'casualties')[0]?.province).toBe('kunduz');
  });
});

describe('dates', () => {
  test.each([
    ['The Taliban seized Kunduz on Friday.', '2016-04-17', '2016-04-15', 'day'],
    ['Battles erupted earlier this week in Kunduz.', '2016-04-17', '2016-04-11', 'week'],
    ['In May, insurgents overran Farah.', '2018-08-10', '2018-05-01', 'month'],
    ['Fighting erupted on July 7 in Qala-e Naw.', '2021-07-08', '2021-07-07', 'day'],
    ['The Taliban entered Kunduz overnight.', '2016-04-17', '2016-04-17', 'day'],
    ['The Taliban captured Kunduz last year.', '2016-04-17', '2015-01-01', 'month'],
  ])('%s (published %s)', (text, published, date, precision) => {
    expect(run(text, published)[0]).toMatchObject({ date, date_precision: precision });
  });
});
