/**
 * Generates benchmark articles from original templates (no published text): wire-style copy
 * with datelines, titles before names, appositives, split and partial quotes, pronoun cues,
 * relative dates and policy terms, varied by a seeded random generator so runs are repeatable.
 */

const PEOPLE = [
  ['Marta', 'Lindqvist', 'she'], ['Kenji', 'Morita', 'he'], ['Amara', 'Okafor', 'she'], ['Luis', 'Ferreira Costa', 'he'],
  ['Priya', 'Raman', 'she'], ['Wang', 'Jianguo', 'he', 'surname-first'], ['Fatima', 'al-Rashid', 'she'], ['Tomasz', 'Nowak', 'he'],
  ['Hye-jin', 'Park', 'she'], ['Olusegun', 'Adebayo', 'he'], ['Claire', 'Dubois-Martin', 'she'], ['Li', 'Xiaoming', 'he', 'surname-first'],
  ['Sofia', 'Gómez Herrera', 'she'], ['Arjun', 'Mehta', 'he'], ['Ingrid', 'Halvorsen', 'she'], ['Yusuf', 'Demir', 'he'],
];
const ROLES = [
  ['Finance Minister', 'the finance minister'], ['Trade Minister', 'the trade minister'], ['central bank Governor', 'the central bank governor'],
  ['Commerce Secretary', 'the commerce secretary'], ['Deputy Prime Minister', 'the deputy prime minister'], ['Energy Minister', 'the energy minister'],
];
const COUNTRIES = ['German', 'Japanese', 'Nigerian', 'Brazilian', 'Indian', 'Chinese', 'Saudi', 'Polish', 'Korean', 'Kenyan', 'French', 'Mexican', 'Indonesian', 'Turkish'];
const PLACES = ['BERLIN', 'TOKYO', 'LAGOS', 'BRASILIA', 'NEW DELHI', 'BEIJING', 'RIYADH', 'WARSAW', 'SEOUL', 'NAIROBI', 'PARIS', 'MEXICO CITY', 'JAKARTA', 'ANKARA'];
const AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TERMS = ['export controls', 'tariffs', 'de-risking', 'overcapacity', 'sanctions', 'anti-dumping duties', 'interest rates', 'inflation', 'critical minerals', 'supply chains', 'debt restructuring', 'current account deficit', 'foreign direct investment', 'capital controls'];
const TOPICS = ['steel', 'electric vehicles', 'semiconductors', 'fertiliser', 'solar panels', 'rare earths', 'grain', 'lithium'];
const FIRMS = ['Harbourline Advisory', 'Meridian Capital Research', 'Northgate Economics', 'Sable Point Partners', 'Kestrel Macro'];
const HEADLINES = ['Market Reaction', 'Next Steps', 'Tariff Threat', 'Debt Talks', 'Industry Concerns', 'Energy Supplies'];

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphsOf(seed: number): string[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const [a, b] = [pick(PEOPLE), pick(PEOPLE.filter((p) => p !== PEOPLE[0]))];
  const [first, second] = a === b ? [a, PEOPLE[(PEOPLE.indexOf(a) + 3) % PEOPLE.length]] : [a, b];
  const name = (p: string[]): string => `${p[0]} ${p[1]}`;
  const surname = (p: string[]): string => (p[3] ? p[0] : p[1].split(' ')[0]);
  const pronoun = (p: string[]): string => p[2];
  const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
  const third = PEOPLE[(PEOPLE.indexOf(first) + 5) % PEOPLE.length];
  const [roleA, roleRefA] = pick(ROLES);
  const country = pick(COUNTRIES);
  const topic = pick(TOPICS);
  const term1 = pick(TERMS);
  const term2 = pick(TERMS);
  const day = pick(WEEKDAYS);
  const month = pick(MONTHS);
  const year = 2020 + Math.floor(r() * 6);
  const date = `${pick(MONTHS).slice(0, 3)} ${1 + Math.floor(r() * 27)}, ${year}`;
  const paragraphs = [
    `${pick(PLACES)}, ${date} (${pick(AGENCIES)}) - ${country} ${roleA} ${name(first)} said on ${day} the government would review ${term1} on ${topic} imports next month, after talks with ${name(second)}, a senior adviser at the ${country} Ministry of Economy, ended without a deal.`,
    `"We are not closing the door, but we will not accept ${term2} that hurt our workers," ${surname(first)} told reporters. "The next round has to produce something concrete."`,
    `${surname(second)} said the two sides had agreed to meet again in ${month} and described the talks as "frank but useful." ${cap(pronoun(second))} added that ${topic} producers had lost market share since ${year - 3}.`,
    pick(HEADLINES),
    `${cap(roleRefA)} has faced pressure from lawmakers over ${term1} and ${pick(TERMS)}. "Nobody wants a trade war, least of all the exporters who would pay for it," ${pronoun(first)} said, warning of "serious consequences" if talks failed.`,
    `According to ${surname(second)}, a decision is expected by the end of next year. The Ministry of Economy said in a statement that it would publish ${topic} import data on ${pick(WEEKDAYS)}.`,
    `Analysts said the dispute could weigh on ${pick(TERMS)} and ${pick(TERMS)} in the region. Exports of ${topic} rose ${Math.floor(r() * 30)}% last year, official data showed, while ${term2} remained a point of friction.`,
    `"If they want a partner, they have to treat us as one," said ${name(second)}, speaking after the meeting. "We have been patient for ${2 + Math.floor(r() * 5)} years."`,
    pick(HEADLINES),
    `The ${country.toLowerCase() === 'chinese' ? 'Chinese' : country} side in a statement issued later in the day said both governments wanted "a stable and predictable framework" for ${topic}, and that officials would hold a video call on ${pick(WEEKDAYS)} to prepare the next round.`,
    `${name(third)}, chief economist at ${pick(FIRMS)}, said the talks showed how far positions had moved since ${pick(MONTHS)}. "Two years ago nobody was even discussing ${term1}. Now it is the whole agenda," ${pronoun(third)} said.`,
    `"The risk is that each side waits for the other to blink,"  ${surname(third)} added. "In the meantime investment decisions are being postponed, and that has a cost."`,
    `Data released on ${pick(WEEKDAYS)} showed ${topic} shipments fell ${1 + Math.floor(r() * 20)}% in ${pick(MONTHS)} from a year earlier, the steepest drop since ${year - 5}. The figures will be revised next week, the statistics office said.`,
    `${surname(first)} is due to travel to ${pick(PLACES.map((p) => p[0] + p.slice(1).toLowerCase()))} on ${pick(WEEKDAYS)} for a meeting of finance ministers, where ${pick(TERMS)} and ${pick(TERMS)} are expected to dominate the agenda. ${cap(pronoun(first))} said ${pronoun(first)} would raise the issue of ${term2} "directly and without diplomatic language."`,
    `"We have a plan, we have partners and we have time," ${surname(first)} said. "What we do not have is patience for another year of promises."`,
  ];
  return paragraphs;
}

/** One article of about 4 KB: a lead block and part of a second, so people and quotes vary within it. */
export function article(seed: number): string {
  const lead = paragraphsOf(seed);
  const more = paragraphsOf(seed + 7919).slice(1, 8);
  return [...lead, ...more].join('\n\n') + '\n';
}

/** Articles joined until the text reaches the given size in UTF-16 code units. */
export function document(size: number, seed = 1): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const a = article(seed * 100003 + i);
    parts.push(a);
    length += a.length + 1;
  }
  return parts.join('\n').slice(0, size);
}
