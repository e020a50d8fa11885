// Rules as tables. Every rule the extractor applies is a row here with a name; a draft's `rule`
// field names the rows that produced it, and tables.test.ts holds sentences each row must and
// must not match. Patterns are regex sources, matched case-insensitively on word boundaries
// unless a row says otherwise.

import type { Action, ClaimantSide, Measure, VictimSide } from '../domain/vocabulary';

// --- Attribution ------------------------------------------------------------------------------

export interface AttributionVerbRule {
  name: string;
  pattern: string;
  /** Continuation verbs ("adding", "saying") take the speaker of the clause they hang on. */
  continues?: boolean;
  /** Only when the word is tagged a verb (guards nouns like "reports", "claims"). */
  verbOnly?: boolean;
}

export const ATTRIBUTION_VERBS: readonly AttributionVerbRule[] = [
  { name: 'said', pattern: 'said|says|say' },
  { name: 'told', pattern: 'told|tells' },
  { name: 'claimed', pattern: 'claimed|claims|claim', verbOnly: true },
  { name: 'confirmed', pattern: 'confirmed|confirms' },
  { name: 'added', pattern: 'added|adds' },
  { name: 'announced', pattern: 'announced|announces' },
  {
    name: 'tweeted',
    pattern: 'tweeted|tweets|posted on (?:Twitter|Facebook|X)|wrote on (?:Twitter|Facebook)',
  },
  { name: 'wrote', pattern: 'wrote|writes' },
  { name: 'stated', pattern: 'stated|states' },
  { name: 'reported', pattern: 'reported|reports', verbOnly: true },
  { name: 'insisted', pattern: 'insisted|insists' },
  { name: 'vowed', pattern: 'vowed|vows|pledged|promised' },
  { name: 'denied', pattern: 'denied|denies|disputed|rejected' },
  { name: 'acknowledged', pattern: 'acknowledged|admitted|conceded' },
  { name: 'alleged', pattern: 'alleged|accused' },
  { name: 'warned', pattern: 'warned|explained|noted|stressed|estimated' },
  { name: 'showed', pattern: 'showed|shows|showing', verbOnly: true },
  { name: 'read', pattern: 'read', verbOnly: true },
  { name: 'called', pattern: 'called', verbOnly: true },
  { name: 'adding', pattern: 'adding|saying|claiming|insisting', continues: true },
];

/** "according to X" and "citing X": the speaker follows the words. */
export const ACCORDING_TO = /\b(?:according to|citing|quoting)\b/giu;

export interface SpeakerRule {
  name: string;
  pattern: string;
  side: ClaimantSide;
}

/**
 * Who speaks for which side, most specific first: the first row that matches the speaker's
 * words decides. Organisations and adjectives ("Taliban", "U.S.") come before the titles they
 * qualify, so "a Taliban commander" is not read as a government commander.
 * Tribal elders are residents: they speak as locals, not for the state (a row for "elder and
 * council member" is not needed: the council row comes first).
 */
export const SPEAKER_TITLES: readonly SpeakerRule[] = [
  { name: 'pro-taliban', pattern: 'pro-Taliban', side: 'taliban' },
  { name: 'anti-taliban', pattern: 'anti-Taliban', side: 'afghan_government' },
  {
    name: 'taliban',
    pattern:
      'Taliban|Taleban|the militants|the insurgents|insurgents|militants|Islamic Emirate|Mujahideen|Mujahedeen|the group',
    side: 'taliban',
  },
  {
    name: 'us-forces',
    pattern:
      'U\\.?S\\.? Forces[- ]Afghanistan|USFOR-A|Resolute Support|Pentagon|NATO|U\\.?S\\.? military|American military|U\\.?S\\.? forces|U\\.?S\\.? Central Command|CENTCOM|coalition|U\\.?S\\.? Army|U\\.?S\\.? Air Force|U\\.?S\\.? commander|U\\.?S\\.? general|American commander',
    side: 'us_forces',
  },
  {
    name: 'other-organisations',
    pattern:
      'Amnesty|United Nations|U\\.N\\.|UN|UNAMA|UNHCR|Red Cross|ICRC|Red Crescent|Human Rights Watch|Doctors Without Borders|MSF|Medecins Sans Frontieres|Emergency hospital|aid group|aid agency|charity|Russia|Russian|Moscow|Kremlin|Pakistan|Pakistani|Iran|Iranian|China|Chinese|India|Indian|Tajikistan|Tajik|Uzbekistan|Turkmenistan|European Union|EU|State Department|U\\.?S\\.? embassy|embassy|Britain|British|Ministry of Defence in London|analyst|analysts|expert|experts|social media|pictures|photos|video|videos|footage|images',
    side: 'other',
  },
  {
    name: 'residents',
    pattern:
      'residents?|witness(?:es)?|eyewitness(?:es)?|locals|local (?:residents|people|man|woman|sources|elders)|shopkeepers?|villagers?|tribal elders?|elders?|a local man|a local woman|farmers?|traders?|students?|teachers?|a doctor|doctors|a nurse|relatives|survivors?|displaced|people in',
    side: 'residents',
  },
  {
    name: 'government-titles',
    pattern:
      "governor|governor's|governor’s|police chief|police spokesman|police|policemen|ministry|ministry of interior|ministry of defence|ministry of defense|interior minister|defence minister|defense minister|minister|spokesman for the (?:ministry|governor|police|army|corps)|provincial council|council member|council chief|member of parliament|MP|MPs|lawmakers?|parliamentarians?|senators?|army corps|corps|army|military|Afghan forces|security forces|security officials?|security sources?|commandos?|district chief|district governor|NDS|National Directorate of Security|National Directorate for Security|intelligence agency|spy agency|presidential palace|palace|president|Ghani|Karzai|national security adviser|National Security Council|chief executive|government|Kabul|authorities|officials?|health officials?|hospital officials?|provincial spokesman|provincial official|commander|general|Gen\\.",
    side: 'afghan_government',
  },
  {
    name: 'media',
    pattern:
      'BBC|CNN|Al Jazeera|Reuters|AFP|AP|Associated Press|New York Times|Washington Post|Tolo(?:news| News)?|Pajhwok|Ariana News|Khaama|Radio Free Afghanistan|RFE/RL|Radio Azadi|local media|media reports?|a local journalist|journalists?|reporters?|the newspaper|news agency',
    side: 'media',
  },
];

/**
 * Named spokespeople whose side their name alone gives (2015-2021). Names that appear with a
 * title in a report are learnt per report as well; this table covers the bare "Mujahid said".
 */
export const NAMED_SPEAKERS: readonly SpeakerRule[] = [
  {
    name: 'named-taliban',
    pattern:
      'Zabihullah Mujahid|Zabiullah Mujahid|Mujahid|Qari Yousuf Ahmadi|Qari Yusuf Ahmadi|Yousuf Ahmadi|Suhail Shaheen|Mohammad Naeem|Mohammad Naim|Bilal Karimi',
    side: 'taliban',
  },
  {
    name: 'named-government',
    pattern:
      'Sediq Sediqqi|Sediqqi|Tariq Arian|Najib Danish|Dawlat Waziri|Fawad Aman|Rohullah Ahmadzai|Ghafoor Ahmad Javed|Mirwais Stanikzai|Nasrat Rahimi|Ashraf Ghani|Amrullah Saleh|Hamdullah Mohib|Abdullah Abdullah|Bismillah Mohammadi|Bismillah Khan Mohammadi|Omar Zwak|Attaullah Afghan',
    side: 'afghan_government',
  },
  {
    name: 'named-us-forces',
    pattern:
      'John Nicholson|Austin Scott Miller|Scott Miller|Sonny Leggett|Charles Cleveland|William Salvin|John Kirby|Kirby|Lloyd Austin|Mark Milley|Kenneth McKenzie',
    side: 'us_forces',
  },
  {
    name: 'named-other',
    pattern: 'Sergei Lavrov|Lavrov|Zamir Kabulov|Deborah Lyons|Tadamichi Yamamoto',
    side: 'other',
  },
];

/** Speakers that stand for someone named before: "he said", "the spokesman added". */
export const PRONOUN_SPEAKERS =
  /^(?:he|she|they|it|the (?:spokesman|spokeswoman|spokesperson|official|officials|governor|minister|ministry|commander|council member|lawmaker|resident|statement|group|police chief|general|deputy governor))$/iu;

// --- Control ----------------------------------------------------------------------------------

export type ActorSide = 'taliban' | 'government';

export interface ControlVerbRule {
  name: string;
  pattern: string;
  action: Action;
  /**
   * active: "the Taliban seized X" (actor before); passive: "X fell to the Taliban", "X was
   * retaken by government forces" (actor after); patient: "the Taliban were driven out" (the
   * side named before loses); state: "X is under Taliban control".
   */
  voice: 'active' | 'passive' | 'patient' | 'state';
  /** Who acts when the words do not say. */
  defaultActor: ActorSide;
  confidence: number;
}

export const CONTROL_VERBS: readonly ControlVerbRule[] = [
  // Passive and state forms first: "fell to" must not be read as an active verb.
  {
    name: 'fell-to',
    pattern:
      '(?:fell|fallen|falls|falling) (?:in)?to(?: the)?(?: hands of)?|(?:fell|fallen|collapsed)[”"]? into(?: the)?(?: hands of)?|(?:is|are|was|were|been) (?:now )?in (?:the )?hands of|(?:is|are|was|were|been) (?:now )?in (?:Taliban|militant|insurgent|government|their|our) hands|lost to',
    action: 'captured',
    voice: 'passive',
    defaultActor: 'taliban',
    confidence: 0.8,
  },
  {
    name: 'has-fallen',
    pattern: '(?:has|have|had) fallen|fell(?! back)|the fall of|collapse of|the loss of',
    action: 'captured',
    voice: 'passive',
    defaultActor: 'taliban',
    confidence: 0.7,
  },
  {
    name: 'under-control',
    pattern:
      "(?:is|are|was|were|remain(?:s|ed)?|been|be) (?:now |still |currently |fully |firmly |completely )*under (?:the )?(?:full |complete )?(?:control of|control|(?:Taliban|militant|insurgent|government|our|their|its|Afghan|security forces'?)\\s*control)|(?:is|are|was|were|been) (?:now |still |completely )*(?:safe|secure|cleared)",
    action: 'held',
    voice: 'state',
    defaultActor: 'government',
    confidence: 0.75,
  },
  {
    name: 'retaken-by',
    pattern: '(?:was|were|been|being) (?:retaken|recaptured|regained|liberated|cleared)',
    action: 'retook',
    voice: 'passive',
    defaultActor: 'government',
    confidence: 0.8,
  },
  {
    name: 'captured-by',
    pattern:
      '(?:was|were|been|being) (?:captured|seized|overrun|taken|stormed|occupied)(?! (?:prisoner|hostage|alive))',
    action: 'captured',
    voice: 'passive',
    defaultActor: 'taliban',
    confidence: 0.75,
  },
  {
    name: 'driven-out',
    pattern:
      '(?:was|were|been|being) (?:driven|pushed|forced|chased|cleared) (?:out|back|away)|(?:has|have|had|was|were) been (?:repelled|repulsed|beaten back|foiled|thwarted)|(?:was|were) (?:repelled|repulsed|beaten back|foiled|thwarted)',
    action: 'repelled',
    voice: 'patient',
    defaultActor: 'government',
    confidence: 0.8,
  },
  {
    name: 'besieged-by',
    pattern:
      '(?:was|were|been|being|is|are|remains?) (?:besieged|encircled|surrounded|under siege|cut off|under attack)|under siege',
    action: 'besieged',
    voice: 'state',
    defaultActor: 'taliban',
    confidence: 0.75,
  },
  // Active forms.
  {
    name: 'retook',
    pattern:
      'retook|retake|retaken|retaking|retakes|recaptured|recapture|recapturing|regained|regain|reclaimed|took back|taken back|liberated',
    action: 'retook',
    voice: 'active',
    defaultActor: 'government',
    confidence: 0.75,
  },
  {
    name: 'repelled',
    pattern:
      'repelled|repel|repelling|repulsed|repulse|pushed back|push back|pushing back|pushed (?:\\w+ ){1,3}back|beat back|beaten back|fought off|drove out|drive out|driving out|drove (?:\\w+ ){1,4}out|driven out|(?:driven|pushed|forced|chased) (?:\\w+ ){1,4}out|drove back|foiled|thwarted|cleared (?:the|most of)',
    action: 'repelled',
    voice: 'active',
    defaultActor: 'government',
    confidence: 0.75,
  },
  {
    name: 'captured',
    pattern:
      'seized|seize|seizing|seizes|captured|capture|capturing|captures|overran|overrun|overrunning|overruns|took (?:full |complete |partial )?control of|taken (?:full |complete |partial )?control of|taking (?:full |complete |partial )?control of|take (?:full |complete |partial )?control of|took over|taken over|taking over|took|taken|occupied|conquered|swept (?:through|across|into)|made (?:\\w+ ){0,2}gains|claiming gains|gains|gained control|hoist(?:ed|ing) (?:their|its|the Taliban(?:\\x27|’)s?) (?:white )?flags?',
    action: 'captured',
    voice: 'active',
    defaultActor: 'taliban',
    confidence: 0.75,
  },
  {
    name: 'entered',
    pattern:
      'entered|entering|enter|enters|stormed into|broke into|pushed into|push into|pushing into|infiltrated|made their way into|reached|advanced (?:in|into)|are inside|were inside|(?:is|are|was|were) (?:still )?(?:inside|in) the (?:city|town)',
    action: 'entered',
    voice: 'active',
    defaultActor: 'taliban',
    confidence: 0.7,
  },
  {
    name: 'surrendered',
    pattern:
      'surrendered|surrender|surrendering|handed over|hand over|capitulated|laid down (?:their )?(?:arms|weapons)',
    action: 'surrendered',
    voice: 'active',
    defaultActor: 'government',
    confidence: 0.7,
  },
  {
    name: 'withdrew',
    pattern:
      'withdrew|withdrawn|withdrawing|withdraw|retreated|retreat|retreating|retreats|pulled out|pull out|pulling out|abandoned|evacuated|fled the (?:city|town|district)|left (?:the (?:city|town|district|area|base)|a day later|shortly after)|tactical retreats?|repositioned|relocated',
    action: 'withdrew',
    voice: 'active',
    defaultActor: 'government',
    confidence: 0.65,
  },
  {
    name: 'held',
    pattern:
      '(?:held|hold|holding|holds) (?:on to |onto )?(?:their|its|the|our) (?:ground|positions?|city|town|district|province|base|airport|centre|center|lines?)|(?:held|holding) (?:most|much|parts|all) of|maintain(?:s|ed)? control|maintain(?:s|ed)? (?:their|its) (?:control|positions)|remain(?:s|ed)? in control|(?:is|are|was|were) in (?:full |complete )?control|in (?:full |complete )?control of|still control(?:s|led)?|control(?:s|led)? (?:the|most|much|parts?|several|about|all|dozens)|patrolling|holding out',
    action: 'held',
    voice: 'active',
    defaultActor: 'government',
    confidence: 0.6,
  },
  {
    name: 'besieged',
    pattern:
      'besieged|besieging|besiege|encircled|encircling|encircle|surrounded|surrounding|surround|laid siege|laying siege|cut off|trapped',
    action: 'besieged',
    voice: 'active',
    defaultActor: 'taliban',
    confidence: 0.7,
  },
  {
    name: 'attacked',
    pattern:
      'attacked|attacking|attack on|attacks on|assault on|assaults on|offensive on|offensive against|launched (?:a |an )?(?:\\w+ ){0,2}(?:offensive|assault|attacks?)|attacks were underway|stormed|storming|storm|stepped up (?:assaults|attacks)|pressed an offensive|closing in|close in|closed in|inching closer|advancing|advanced|within (?:a few |\\d+ )?(?:kilomet(?:re|er)s?|miles?) of|converged|firing on|fired on|on the verge of (?:falling|collapse)|about to (?:collapse|fall)|at risk of falling',
    action: 'attacked',
    voice: 'active',
    defaultActor: 'taliban',
    confidence: 0.6,
  },
  {
    name: 'fighting',
    pattern:
      '(?:heavy |fierce |intense |intensive |sporadic |street |ongoing )?(?:fighting|clashes|battles?|gun ?battles?|gunfights?|firefights?|gunfire|shooting|war)(?: \\w+){0,3} (?:continued|continues|continuing|continue|raged|rages|raging|rage|erupted|erupts|broke out|broken out|(?:was|is|were|are) (?:still )?(?:going on|ongoing|underway|under way|raging|continuing)|has not stopped|intensified|could (?:still )?be heard)|fighting (?:was|is) (?:still )?(?:raging|going on|ongoing|underway)|(?:fought|clashed|clashing|battled|battling|exchanged fire|exchanging fire)(?! (?:off|back))|fought back|there is fighting|there was fighting|heavy fighting|fierce fighting|intense fighting|the fighting|war is raging|contested|clearing operations?|operations? (?:are|is|were|was) (?:under way|underway|ongoing)|still fighting|hear the fighting|facing (?:strong |stiff |fierce |heavy )?resistance',
    action: 'fighting',
    voice: 'active',
    defaultActor: 'taliban',
    confidence: 0.6,
  },
];

/** Words before a verb that make it an intention or a question, not a claim that it happened. */
export const NOT_A_CLAIM =
  /\b(?:vow(?:s|ed)? to|plans? to|planned to|aim(?:s|ed)? to|want(?:s|ed)? to|tr(?:y|ies|ied|ying) to|attempts? to|attempt by \w+ to|efforts? to|threaten(?:s|ed)? to|intend(?:s|ed)? to|would|will|could|may|might|fail(?:s|ed)? to|unable to|not be able to|no longer|did not|does not|do not|has not|have not|had not|never|to prevent|in order to|seeking to|sought to|tactical move|(?:offensive|bid|push|campaign|drive|battle|fight|race|efforts?) to)\s+(?:\w+\s+){0,2}$/iu;

/** The side words that act in a control clause. Checked nearest the verb first. */
export const ACTORS: readonly { name: string; pattern: string; side: ActorSide | 'speaker' | 'enemy' }[] = [
  {
    name: 'actor-taliban',
    pattern:
      'Taliban|Taleban|militants?|insurgents?|rebels?|attackers?|Mujahideen|Mujahedeen|jihadists?|the group|fighters',
    side: 'taliban',
  },
  {
    name: 'actor-government',
    pattern:
      'government forces|government troops|government soldiers|Afghan (?:security )?forces|Afghan (?:special )?forces|Afghan troops|Afghan soldiers|Afghan army|Afghan commandos|security forces|security personnel|soldiers|troops|commandos|police|policemen|army|the government|militia(?:men)?|uprising forces|reinforcements|U\\.?S\\.?(?:-backed)? forces|American forces|coalition forces|NATO forces|air strikes|airstrikes',
    side: 'government',
  },
  {
    name: 'actor-we',
    pattern: 'we|our (?:forces|fighters|mujahideen|mujahedeen|troops|soldiers|men)|our',
    side: 'speaker',
  },
  { name: 'actor-enemy', pattern: 'the enemy|enemy', side: 'enemy' },
];

/** Objects that make a control claim about part of a place. */
export const PART_OBJECTS =
  /\b(?:headquarters|HQ|police (?:station|chief's compound|chief’s compound)|prison|jail|governor['’]s (?:office|compound|house|residence)|compound|base|bases|airport|checkpoints?|check posts?|outposts?|posts?|district(?:s)?|district cent(?:re|er)|neighbou?rhoods?|parts? of|half|most of|much of|several|some|large swaths|swaths|swathes|areas?|villages?|strategic sites|sites|buildings?|offices?|university|hospital|bazaar|square|roundabout|streets?|roads?|outskirts|edge of|outside|near|around|south-west|southwest|north-east|northeast|north|south|east|west|centre|center|positions|a number of|dozens of|terrain|third of|many)\b/iu;

/** Objects that make a control claim about the whole place. */
export const WHOLE_OBJECTS =
  /\b(?:the (?:provincial )?capital|the city|the town|the province|entire (?:city|province|district)|(?:city|province) of|cities|capitals?)\b/iu;

// --- Casualties -------------------------------------------------------------------------------

/** How many: words a count range can be read from, or vague words that still make a claim. */
export const COUNT_PHRASE =
  '(?:(?:at least|more than|over|upwards of|some|about|around|nearly|almost|up to|as many as|approximately|roughly|another|a further|an additional|fewer than|less than|at most)\\s+)?(?:between\\s+\\d[\\d,]*\\s+and\\s+\\d[\\d,]*|\\d[\\d,]*(?:\\s*(?:-|–|to)\\s*\\d[\\d,]*)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|a dozen|two dozen|a handful of|a few|a number of|dozens of|dozens|scores of|hundreds of|hundreds|thousands of|thousands|several|many|multiple|numerous|heavy|high|huge|significant|nobody|no one|none)(?![\\w-]))';

export interface MeasureRule {
  name: string;
  pattern: string;
  measure: Measure;
}

/** Verbs and nouns of casualty measures, as they follow a count ("25 militants were killed"). */
export const MEASURE_WORDS: readonly MeasureRule[] = [
  {
    name: 'killed-or-injured',
    pattern:
      'killed or (?:wounded|injured)|killed and (?:wounded|injured)|dead or (?:wounded|injured)|casualties|losses',
    measure: 'killed_or_injured',
  },
  {
    name: 'killed',
    pattern: 'killed|killing|kills|kill|dead|died|deaths|bodies|lost their lives|martyred|slain|death toll',
    measure: 'killed',
  },
  { name: 'injured', pattern: 'wounded|wounding|injured|injuring|injuries|hurt', measure: 'injured' },
  {
    name: 'captured',
    pattern:
      'captured|capturing|arrested|detained|taken prisoner|taken captive|abducted|kidnapped|held captive|seized',
    measure: 'captured',
  },
  {
    name: 'surrendered',
    pattern: 'surrendered|surrendering|surrender|laid down their (?:arms|weapons)',
    measure: 'surrendered',
  },
  {
    name: 'defected',
    pattern:
      'defected|defect|joined (?:the )?(?:Taliban|insurgents|militants|their ranks|the group|the insurgency)|switched sides',
    measure: 'defected',
  },
  { name: 'released', pattern: 'released|freed|freeing|set free|escaped|broke out', measure: 'released' },
  { name: 'fled', pattern: 'fled|fleeing|displaced|deserted|crossed (?:the border|into)', measure: 'fled' },
];

export interface VictimRule {
  name: string;
  pattern: string;
  side: VictimSide | 'speaker-enemy' | 'speaker';
}

/** Who the casualties were, from the words naming them; first match wins. */
export const VICTIM_NOUNS: readonly VictimRule[] = [
  {
    name: 'victims-ours',
    pattern: 'our (?:forces|soldiers|fighters|men|mujahideen|colleagues)|their colleagues',
    side: 'speaker',
  },
  {
    name: 'victims-all-sides',
    pattern: '(?:on|from) (?:all|both) sides|all sides|both sides',
    side: 'all_sides',
  },
  {
    name: 'victims-militias',
    pattern:
      'pro-government (?:militia(?:men)?|fighters|forces)|militia(?:men|s)?|uprising forces|Arbaki|local police commander|commander \\w+ \\w+, who had led militia',
    side: 'pro_government_militias',
  },
  {
    name: 'victims-us',
    pattern:
      'U\\.?S\\.? (?:soldiers|troops|service ?members|forces|personnel|marines)|American (?:soldiers|troops|service ?members|forces)|NATO (?:soldiers|troops)|coalition (?:soldiers|troops)|foreign (?:soldiers|troops)',
    side: 'us_forces',
  },
  {
    name: 'victims-taliban',
    pattern:
      'Taliban|Taleban|militants?|insurgents?|rebels?|attackers?|fighters|jihadists?|terrorists?|suicide bombers?',
    side: 'taliban',
  },
  {
    name: 'victims-government',
    pattern:
      'soldiers|troops|police(?:men| officers| personnel)?|security (?:forces|personnel|officials|guards|members)|members of (?:the )?security forces|government (?:forces|troops|officials|employees)|commandos|officers|army|personnel|guards|recruits|(?:the |a |one )?(?:provincial |district )?(?:governor|deputy governor|police chief|district chief|commander|intelligence chief|chief of security|senior officials?|officials?)|"puppet" troops|puppet',
    side: 'afghan_government',
  },
  {
    name: 'victims-civilians',
    pattern:
      'civilians|residents|women|children|villagers|families|passengers|worshippers|students|people|communities|journalists|aid workers',
    side: 'civilians',
  },
  { name: 'victims-prisoners', pattern: 'prisoners|inmates|detainees|captives', side: 'unspecified' },
  { name: 'victims-enemy', pattern: 'the enemy|enemy|of them|them', side: 'speaker-enemy' },
];

// --- Places -----------------------------------------------------------------------------------

/**
 * Mentions that name a claim's place as no province: regions and the country as a whole. A claim
 * whose words hold one of these and no province gets province null.
 */
export const NO_PROVINCE_PLACES: readonly { name: string; pattern: string; place: string | null }[] = [
  {
    name: 'region-north',
    pattern:
      "(?:across |in )?the north\\b|northern (?:Afghanistan|provinces|countryside|districts|region)|northern and \\w+ Afghanistan|country['’]s north",
    place: 'northern-afghanistan',
  },
  {
    name: 'region-west',
    pattern:
      "(?:across |in )?the west\\b|western (?:Afghanistan|provinces|region)|western and \\w+ Afghanistan|country['’]s west",
    place: 'western-afghanistan',
  },
  {
    name: 'region-south-east',
    pattern:
      "(?:across |in )?the (?:south|east)\\b|(?:southern|eastern) (?:Afghanistan|provinces|region)|country['’]s (?:south|east)",
    place: null,
  },
  {
    name: 'country',
    pattern:
      "across the country|nationwide|(?:several|many|\\d+|dozens of|several other) provinces|provincial capitals|Afghanistan['’]s (?:more than )?\\d+ districts|across Afghanistan",
    place: 'afghanistan',
  },
];

/**
 * Province slugs whose mention near a speaker, or in a dateline, says where the speaker sits,
 * not where the claim is: "officials in Kabul", "KABUL (Reuters) -".
 */
export const SEATS_OF_GOVERNMENT: ReadonlySet<string> = new Set(['kabul']);
