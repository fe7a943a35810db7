import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers';

test('cues after the quote: "X said", "said X", pronouns, roles', () => {
  const a = analyse(
    'ROME, May 5, 2025 (Reuters) - Italian Economy Minister Carla Benedetti met Kenji Morita, Japan’s top trade negotiator, on Monday.\n\n' +
      '“We are close to a deal,” Benedetti said. “Only the details remain.”\n\n' +
      '“Nothing is agreed until everything is agreed,” said Morita.\n\n' +
      'The minister added that talks would continue. “We will be patient,” she said.\n\n' +
      '“Japan will not be rushed,” the trade negotiator told reporters.',
  );
  assert.equal(a.speakerOf('We are close'), 'Carla Benedetti');
  assert.equal(a.speakerOf('Only the details'), 'Carla Benedetti', 'split quote keeps its speaker');
  assert.equal(a.speakerOf('Nothing is agreed'), 'Kenji Morita');
  assert.equal(a.speakerOf('We will be patient'), 'Carla Benedetti', 'she → the woman named before');
  assert.equal(a.speakerOf('Japan will not'), 'Kenji Morita', 'role phrase → the person with that role');
});

test('cue before the quote and "according to"', () => {
  const a = analyse('Finance Minister Ravi Menon said at a briefing that the rupee was “fairly valued”.\n\nThe deficit will narrow, according to Menon, who called it “manageable”.');
  assert.equal(a.speakerOf('fairly valued'), 'Ravi Menon');
  assert.equal(a.speakerOf('manageable'), 'Ravi Menon');
});

test('a Chinese surname-first name is later its surname, even where it reads as a pronoun', () => {
  const a = analyse(
    'US Treasury Secretary Dana Holt met Vice Premier He Lifeng, China’s economic czar, in Geneva.\n\n' +
      'Holt said He told her the talks were useful. “We listened carefully,” said He.\n\n' +
      '“It was a constructive day,” Holt said.',
  );
  const he = a.entity('He Lifeng');
  assert.ok(he);
  assert.deepEqual(he.roles.map((r) => r.text), ['Vice Premier', 'China’s economic czar']);
  assert.ok(he.mentions.some((m) => m.text === 'He' && m.kind === 'surname'));
  assert.equal(a.speakerOf('We listened'), 'He Lifeng');
  assert.equal(a.speakerOf('It was a constructive'), 'Dana Holt');
});

test('organizations and groups as speakers; an unrecoverable speaker stays null', () => {
  const a = analyse(
    'The Commerce Department said in a statement that the rules were “narrowly targeted”.\n\n' +
      'The Chinese side in a statement also said both parties agreed to “keep talking”.\n\n' +
      'Some called the plan a “lifeline”.',
  );
  assert.equal(a.speakerOf('narrowly targeted'), 'Commerce Department');
  assert.equal(a.speakerOf('keep talking'), 'Chinese side');
  assert.equal(a.speakerOf('lifeline'), null);
});

test('"and" joins an organization name only inside it, never two organizations', () => {
  const a = analyse('The effort joins the Treasury and the People’s Bank of China, officials said, along with the Ministry of Commerce and Industry.');
  const orgs = a.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
  assert.ok(orgs.includes('Treasury'), orgs.join(' | '));
  assert.ok(orgs.includes('People’s Bank of China'), orgs.join(' | '));
  assert.ok(orgs.includes('Ministry of Commerce and Industry'), orgs.join(' | '));
});

test('an organization described after its acronym, and a capitalised "The chairman," before a name, give roles', () => {
  const text = 'KARACHI, May 2 (Reuters) - Bills will rise, according to the National Electric Power Regulatory Authority (NEPRA), the sector regulator. ' +
    'The Tea Board of Kenya, the industry regulator, said on Monday it would act.\n\nThe chairman, Hassan Abdi Noor, said brokers were worried.\n';
  const a = analyse(text);
  const roles = (name: string): string[] => a.entity(name)?.roles.map((r) => r.text) ?? [];
  assert.deepEqual(roles('National Electric Power Regulatory Authority'), ['sector regulator']);
  assert.deepEqual(roles('Tea Board of Kenya'), ['industry regulator']);
  assert.deepEqual(roles('Hassan Abdi Noor'), ['chairman']);
});

test('a relative clause states the role after its verb, and "He, who ..." is the surname He', () => {
  const text = 'BEIJING, May 2 (Reuters) - Vice Premier He Lifeng met bankers on Friday.\n\n' +
    'He, who became China’s top economic official in 2023, said talks were useful.\n\n' +
    'Kwabena Asante-Mensah, who took over as Cocobod’s chief executive in March 2025, said the board would change.\n\n' +
    'Maj. Gen. Le Quang Thuong, commander of the Vietnam Coast Guard, said patrols would continue.\n';
  const a = analyse(text);
  const roles = (name: string): string[] => a.entities.find((e) => e.name.endsWith(name))?.roles.map((r) => r.text) ?? [];
  assert.ok(roles('He Lifeng').includes('China’s top economic official'), roles('He Lifeng').join('; '));
  assert.deepEqual(roles('Kwabena Asante-Mensah'), ['Cocobod’s chief executive']);
  assert.ok(roles('Le Quang Thuong').includes('commander of the Vietnam Coast Guard'), roles('Le Quang Thuong').join('; '));
});

test('a speaker described before being named is the person named just after, and "he said" then follows them', () => {
  const text = 'HANOI, Oct 2 (AP) — The central bank raised rates on Thursday.\n\n' +
    '“The pressure is external,” a deputy governor told reporters. “Our reserves are adequate.”\n\n' +
    'The official, Deputy Governor Doan Minh Chau, said the bank had sold dollars.\n\n' +
    'Flows will resume "within days," the region\'s minister of natural resources told a broadcaster. "The oil is ready," he said.\n\n' +
    'The minister, Shirwan Aziz Barzinji, later told reporters that tankers could load soon.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('The pressure'), 'Doan Minh Chau');
  assert.equal(a.speakerOf('Our reserves'), 'Doan Minh Chau');
  assert.equal(a.speakerOf('within days'), 'Shirwan Aziz Barzinji');
  assert.equal(a.speakerOf('The oil is ready'), 'Shirwan Aziz Barzinji');
});

test('"the bank" refers back to an organization named in another language or described by the text', () => {
  const text = 'BOGOTA, Sept 30 (Bloomberg) -- Banco de la República held its rate on Tuesday.\n\n' +
    'In its statement, the bank said the fiscal outlook was "a source of risk for the disinflation process."\n\n' +
    'The Tea Board of Kenya, the industry regulator, published new rules. "We want transparency," the regulator said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('a source of risk'), 'Banco de la República');
  assert.equal(a.speakerOf('We want transparency'), 'Tea Board of Kenya');
});

test('a compound title before a name ("Co-director") is a role', () => {
  const a = analyse('BOGOTA, Sept 30 (Reuters) - Co-director Mauricio Peñaloza Gil is due to appear before a committee on Wednesday.\n');
  assert.deepEqual(a.entity('Mauricio Peñaloza Gil')?.roles.map((r) => r.text), ['Co-director']);
});

test('organization descriptions: a relative clause after the head, a think tank before the name, a manager the text already names', () => {
  const text = 'BRUSSELS, Feb 12 (Reuters) - Imports rose, according to the European Stainless Producers Association, a lobby group that lodged the complaint in May.\n\n' +
    '“It is harder,” said Radhika Iyer, a fellow at the New Delhi think tank Centre for Trade and Industrial Policy.\n\n' +
    'The vessel’s Greek manager, Aegean Crest Shipping, said in a statement that the crew were safe.\n';
  const a = analyse(text);
  const roles = (name: string): string[] => a.entity(name)?.roles.map((r) => r.text) ?? [];
  assert.ok(roles('European Stainless Producers Association')[0]?.startsWith('lobby group'), roles('European Stainless Producers Association').join('; '));
  assert.deepEqual(roles('Centre for Trade and Industrial Policy'), ['New Delhi think tank']);
  assert.deepEqual(roles('Aegean Crest Shipping'), ['vessel’s Greek manager']);
});

test('"member states", "the new notes": plural nouns are not speech verbs; a document seen by an agency is not the agency speaking; "as X put it"', () => {
  const text = 'BERLIN, May 2 (Reuters) - Talks ended.\n\n' +
    'Under the European Chips Act, member states may fund "first-of-a-kind" facilities.\n\n' +
    'The notes will pay 5.5%, according to a term sheet seen by AFP, which describes the cut as “a one-off concession.”\n\n' +
    'Finance Minister Shirwan Barzinji spoke on Friday. Baghdad agreed to cover costs of $16 a barrel, "a fair number for a hard field," as Barzinji put it.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('first-of-a-kind'), null);
  assert.equal(a.speakerOf('a one-off'), null);
  assert.equal(a.speakerOf('a fair number'), 'Shirwan Barzinji');
});

test('the one spoken of is not the speaker ("calls CBAM “…”"), and a plural or a country names no one', () => {
  const text = 'NEW DELHI, May 2 (Reuters) - Talks stalled.\n\n' +
    'India drew up a list of goods, according to a draft seen by dpa, which calls CBAM "inconsistent with the principle of fairness."\n\n' +
    'Economists have started describing the rally as a "King Dollar" moment.\n\n' +
    'Iraq has pumped above its quota and pledged to make extra "compensation cuts" soon.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('inconsistent'), null);
  assert.equal(a.speakerOf('King Dollar'), null);
  assert.equal(a.speakerOf('compensation cuts'), null);
  assert.ok(!a.entities.some((e) => e.name === 'Economists' || e.name === 'Iraq'), a.entities.map((e) => e.name).join(', '));
});

test('a label in quotes ("known as “teapots”") is no one\'s words; "the spokesperson" is the organization last quoted through one', () => {
  const text = 'DUBAI, May 2 (Reuters) - OFAC said the firm sold crude to small refiners known as "teapots."\n\n' +
    'A spokesperson for Iran\'s Foreign Ministry said the measures would "fail." The spokesperson added that Iran would keep selling its oil "to whoever wants to buy it."\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('teapots'), null);
  assert.equal(a.speakerOf('to whoever'), 'Foreign Ministry');
});

test('"Ghana’s defence minister told AFP …" then "she said": the minister named in the next paragraph', () => {
  const text = 'LAGOS, 11 March 2025 (AFP) - Talks ended.\n\n' +
    'Ghana’s defence minister told AFP that her country would commit two vessels. “We are not starting from zero,” she said. “But we are starting late.”\n\n' +
    'Defence Minister Akosua Boateng-Quaye, who took office in January, said she would ask parliament for money.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We are not starting'), 'Akosua Boateng-Quaye');
  assert.equal(a.speakerOf('But we are starting late'), 'Akosua Boateng-Quaye');
});

test('"a video call" is no speech verb; a name in an appositive after a description speaks; "the chairman of X said" is the chairman', () => {
  const text = 'TOKYO, April 22, 2025 (AP) — Talks began.\n\n' +
    'Trade Minister Hiroshi Takeda said he had raised the issue during a video call and asked Beijing to act "in a transparent manner."\n\n' +
    'The official, Deputy Governor Doan Minh Chau, said the bank had sold “several billion dollars” of reserves.\n\n' +
    '"You can change the software," the chairman of the East African Tea Trade Association said as he left.\n\n' +
    'The chairman, Hassan Abdi Noor, said brokers supported it.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('in a transparent'), 'Hiroshi Takeda');
  assert.equal(a.speakerOf('several billion'), 'Doan Minh Chau');
  assert.equal(a.speakerOf('You can change'), 'Hassan Abdi Noor');
});

test('a full name with a relative clause before "said" is a person, and her later "she said" is hers', () => {
  const text = 'NAIROBI, May 2 (Reuters) - Kenya reformed its tea auction.\n\n' +
    'Esther Chebet Langat, who grows tea near Kericho, said she had waited months. Dennis Odhiambo, an economist at Egerton University, said sales could rise.\n\n' +
    'Langat was less worried. "Every reform promises us money," she said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Every reform'), 'Esther Chebet Langat');
  assert.deepEqual(a.entity('Esther Chebet Langat')?.roles, []);
});

test('"what it called" is the sentence\'s subject; "pressed for “…”" reports a demand', () => {
  const text = 'TOKYO, May 2 (Reuters) - Talks began.\n\n' +
    'At working-level talks last week, the Japanese side proposed what it called a "targeted exclusion" mechanism, according to an official.\n\n' +
    'At talks in Dhaka on Tuesday, the Bangladeshi delegation pressed for “predictable access” to Indian rice.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('targeted exclusion'), 'Japanese side');
  assert.equal(a.speakerOf('predictable access'), 'Bangladeshi delegation');
});

test('a long appositive is skipped back to its name; "according to an investor presentation by X" is X', () => {
  const text = 'TOKYO, May 2 (Reuters) - Talks began.\n\n' +
    'Mika Sugawara, a trade lawyer at Tokyo law firm Aoyama Kurobe who negotiated with Washington as a METI official, said the administration could present a carve-out as a "win" for industry.\n\n' +
    'The partners will seek loans, according to an investor presentation by Jubail Crescent, which puts the debt share at “up to 70 percent.”\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('win'), 'Mika Sugawara');
  assert.equal(a.speakerOf('up to 70'), 'Jubail Crescent');
});

test('"Analysts at X wrote" is X; a place before the verb passes the quote to the speaker who reports it; a finding reported by someone is theirs', () => {
  const text = 'LIMA, Feb 12, 2026 (Reuters) - The bank cut rates.\n\n' +
    'Analysts at Grupo Financiero Andino wrote in a note to clients that the bank had “front-loaded” its easing.\n\n' +
    'Ratna Kusumawardani, the deputy investment minister, spoke first. The deputy investment minister said Jakarta welcomed partners from “all friendly countries” and denied it.\n\n' +
    'Trade Commissioner Katarina Lindqvist-Moreau said the Commission had found that producers benefited from "a web of subsidies" in Indonesia.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('front-loaded'), 'Grupo Financiero Andino');
  assert.equal(a.entity('Grupo Financiero Andino')?.kind, 'organization');
  assert.equal(a.speakerOf('all friendly'), 'Ratna Kusumawardani');
  assert.equal(a.speakerOf('a web of'), 'Katarina Lindqvist-Moreau');
});

test('an organization is later called by the first word of its name; a brokerage before a name describes it', () => {
  const text = 'SEOUL, Jan. 8 (Yonhap) -- South Korean chip equipment maker Hanbit Semitech Co. said Thursday it has suspended shipments.\n\n' +
    '"We had no choice," Hanbit said in a statement. Shares were bought by Lima brokerage Inversiones del Pacífico on Monday.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We had no choice'), 'Hanbit Semitech Co.');
  assert.ok(!a.entities.some((e) => e.name === 'Hanbit'), a.entities.map((e) => e.name).join(', '));
  assert.deepEqual(a.entity('Inversiones del Pacífico')?.roles.map((r) => r.text), ['Lima brokerage']);
});

test('a bracketed short form after an organization\'s name is that organization', () => {
  const text = 'JAKARTA, Dec. 3, 2025 (Reuters) - The deal has backing from the state-owned Japan Organization for Metals and Energy Security (JOGMEC).\n\n' +
    'JOGMEC said in a statement that its financing would help “diversify supply.”\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('diversify'), 'Japan Organization for Metals and Energy Security');
});

test('an unnamed wholesaler who speaks is the person named as the wholesaler just after', () => {
  const text = 'LIMA, Feb 12, 2026 (EFE) - Prices rose.\n\n' +
    'A Peruvian meat wholesaler who buys about 40 head of Bolivian cattle a week said prices had jumped overnight.\n\n' +
    '“Yesterday the trucks were still coming,” she said. Yolanda Condori, the wholesaler, said she had paid a deposit.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Yesterday the trucks'), 'Yolanda Condori');
  assert.ok(a.entity('Yolanda Condori')?.roles.some((r) => r.text === 'Peruvian meat wholesaler'));
});

test('"he said, giving his name as X" is X; after "asked not to be named", "he said" names no one', () => {
  const text = 'TOKYO, Oct. 3, 2025 (Kyodo) - Operations resumed.\n\n' +
    'Port chief Hiroshi Takeda said the system was back. A driver who had been waiting since Thursday said the delays were costly.\n\n' +
    '“Yesterday nobody told us anything,” he said, giving his name as Takeshi Ogawa.\n\n' +
    'A purchasing manager at a parts maker, who asked not to be named because he was not authorized to speak, was blunter. "We are fine until June," he said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Yesterday nobody'), 'Takeshi Ogawa');
  assert.equal(a.speakerOf('We are fine'), null);
});

test('"which it said" is the sentence\'s speaker, not what "which" stands for; an official speaking anonymously names no one; "allegedly told"', () => {
  const text = 'TEHRAN, Jan 21, 2026 (Reuters) - Tension rose.\n\n' +
    'Iran\'s Foreign Ministry condemned the detention of the Coral Meridian, which it said was carrying a "legitimate commercial cargo," and called the seizure an act of "state piracy."\n\n' +
    'An official in the United Arab Emirates, speaking on condition of anonymity, said authorities were "reviewing the information" on the case.\n\n' +
    'In one message cited in the court filing, Khalid al-Mansoori allegedly told a buyer that "the paperwork will say Malaysia."\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('legitimate'), 'Foreign Ministry');
  assert.equal(a.speakerOf('state piracy'), 'Foreign Ministry');
  assert.equal(a.speakerOf('reviewing'), null);
  assert.equal(a.speakerOf('the paperwork'), 'Khalid al-Mansoori');
});

test('a place after a preposition is skipped whole ("in New Delhi"), and the dateline\'s place is no organization', () => {
  const text = 'NEW DELHI, Nov 4, 2025 (PTI) India opened a probe.\n\n' +
    'A spokesperson for the Chinese Embassy in New Delhi said China hoped India would "exercise restraint" soon.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('exercise restraint'), 'Chinese Embassy');
  assert.ok(!a.entities.some((e) => /DELHI/.test(e.name)), a.entities.map((e) => e.name).join(', '));
});

test('"with some investors warning" is an unnamed group; a sentence-opening word is no person unless a relative clause says what it is', () => {
  const text = 'MADRID, Nov 18, 2025 (Reuters) - The fund bought a stake.\n\n' +
    'Gas distributors across Europe have faced questions, with some investors warning that networks could become “stranded” soon.\n\n' +
    'Copa-Cogeca, which represents farm unions, said in a statement that the plan was “a paper shield.”\n\n' +
    'The stake was sold by Spanish gas distributor Redes Cantábricas on Tuesday.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('stranded'), null);
  assert.ok(!a.entities.some((e) => e.name === 'Gas'));
  assert.equal(a.speakerOf('a paper shield'), 'Copa-Cogeca');
  assert.equal(a.entity('Copa-Cogeca')?.kind, 'organization');
  assert.deepEqual(a.entity('Redes Cantábricas')?.roles.map((r) => r.text), ['Spanish gas distributor']);
});

test('"the monetary authority" is the central bank; a title after the document it names and a term after "talk of" are no one\'s words', () => {
  const text = 'BRASILIA, March 18, 2026 (Reuters) - The Central Bank of Brazil held rates.\n\n' +
    'The monetary authority said in a notice that the operations were intended to “provide liquidity.”\n\n' +
    'Finance Minister Otávio Rezende Carvalho dismissed talk of “fiscal dominance,” a scenario in which debt rules policy.\n\n' +
    'The working group set up under the agreement “On Strategic Cooperation in the Gas Industry” has not met, according to the ministry.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('provide liquidity'), 'Central Bank of Brazil');
  assert.equal(a.speakerOf('fiscal dominance'), null);
  assert.equal(a.speakerOf('On Strategic'), null);
});

test('a "she asked" right after a quote is that quote\'s speaker again when the text gives her no other gender', () => {
  const text = 'SEOUL, Feb. 9, 2026 (Yonhap) -- The navy signed a deal.\n\n' +
    'Navy spokesperson Cristina Lagdameo said she welcomed it. Kim Su-jin, a senior researcher at an institute, said the deal reflected a shift.\n\n' +
    '"Korean yards can deliver quickly," Kim said.\n\n' +
    '"Can Korea keep offering loans for every deal?" she asked.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Can Korea'), 'Kim Su-jin');
});

test('"The sovereign wealth fund, which …" refers back to the organization just named and describes it; "the company" is never the news agency', () => {
  const text = 'DOHA, Nov 18, 2025 (Reuters) - The Qatar Investment Authority agreed on Tuesday to buy a stake in a gas network.\n\n' +
    'The sovereign wealth fund, which manages more than $500 billion, is buying the stake from a London firm.\n';
  const a = analyse(text);
  const qia = a.entity('Qatar Investment Authority');
  assert.deepEqual(qia?.roles.map((r) => r.text), ['sovereign wealth fund']);
  assert.ok(qia?.mentions.some((m) => m.text === 'The sovereign wealth fund'));
  const only = analyse('LONDON, May 2, 2025 (Reuters) - "We will grow," the company said.\n');
  assert.equal(only.speakerOf('We will grow'), null);
});

test('an appositive may hold a bracketed acronym; "Associated Press writer X" is a role', () => {
  const text = 'BRUSSELS, Dec 11, 2025 (Reuters) - The budget passed.\n\n' +
    '“Where is the money for nurses?” Nadia Benali, a lawmaker from the Workers’ Party of Belgium (PVDA-PTB), asked during the debate.\n\n' +
    'Associated Press writer Derek Holloway in Washington contributed to this report.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Where is the money'), 'Nadia Benali');
  assert.deepEqual(a.entity('Nadia Benali')?.roles.map((r) => r.text), ['lawmaker from the Workers’ Party of Belgium (PVDA-PTB)']);
  assert.deepEqual(a.entity('Derek Holloway')?.roles.map((r) => r.text), ['Associated Press writer']);
});

test('"X of the Flemish socialist party Vooruit told" is the person, not the party', () => {
  const a = analyse('BRUSSELS, Dec 11, 2025 (Reuters) - The budget passed.\n\n“We do not support it,” Annelies Wouters of the Flemish socialist party Vooruit told Al Jazeera.\n');
  assert.equal(a.speakerOf('We do not support'), 'Annelies Wouters');
});

test('the writers in a byline are people, with the role it gives', () => {
  const a = analyse('Headline\n\nBy Juliana Sampaio Andrade - Reporter - Agência Brasil - Brasília\n\nThe committee held rates.\n');
  assert.deepEqual(a.entity('Juliana Sampaio Andrade')?.roles.map((r) => r.text), ['Reporter']);
  const b = analyse('Headline\n\nBy Evelyn Chuang and Marcus Webb\n\n(Bloomberg) -- The bank acted.\n');
  assert.ok(b.entity('Evelyn Chuang') && b.entity('Marcus Webb'), b.entities.map((e) => e.name).join(', '));
});

test('"X, an Indian national who served as the company\'s operations manager," gives the role after "who … as"', () => {
  const a = analyse('SINGAPORE, Jan 21, 2026 (Reuters) - The case widened.\n\nThe indictment charges Rajesh Kumar Menon, an Indian national who served as the company\'s operations manager, with conspiracy.\n');
  assert.deepEqual(a.entity('Rajesh Kumar Menon')?.roles.map((r) => r.text), ["company's operations manager"]);
});

test('a qualified plural that speaks is a group ("Opposition senators said"); a bare one ("Analysts said") names no one', () => {
  const text = 'BRASILIA, March 18, 2026 (Reuters) - Rates held.\n\n' +
    'Opposition senators said the bank had been "sleeping at the wheel" for months.\n\n' +
    'Analysts said the move was "overdue" in any case.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('sleeping'), 'Opposition senators');
  assert.equal(a.entity('Opposition senators')?.kind, 'group');
  assert.equal(a.speakerOf('overdue'), null);
});

test('an owner before a description opens a speaking subject ("Taiwan’s life insurers …, warning that …")', () => {
  const text = 'TAIPEI, May 6, 2026 (Bloomberg) -- The bank acted.\n\n' +
    'Taiwan’s life insurers, which hold foreign assets, have lobbied for relief, warning that losses could eat into their “capital buffers.”\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('capital buffers'), 'Taiwan’s life insurers');
});

test('a participle after an opening phrase belongs to the subject after its comma ("In the end, the Philippine side accepted …, calling …")', () => {
  const text = 'SEOUL, Feb. 9, 2026 (Yonhap) -- The deal was signed.\n\n' +
    'In the end, the Philippine side accepted the original dates in exchange for training, calling the result "a balanced package."\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('a balanced package'), 'Philippine side');
});

test('"she said" right after a spokeswoman\'s quote is the organization she speaks for, not the last man named', () => {
  const text = 'BUCHAREST, Oct 7, 2025 (Reuters) - Romania and Ukraine agreed on Tuesday to expand a grain route.\n\n' +
    '"We will not let the corridor become a bottleneck," Transport Minister Mihai Cristescu told reporters.\n\n' +
    'A spokeswoman for the Romanian farmers\' association LAPAR said the group wanted "clear rules on transit" and warned of protests.\n\n' +
    '"Transit is not the problem. Dumping is," she said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('clear rules'), 'LAPAR');
  assert.equal(a.speakerOf('Transit is not'), 'LAPAR');
  assert.ok(!a.entity('Mihai Cristescu')?.mentions.some((m) => m.text === 'she'));
});

test('a described subject whose words follow as "he said" is the person named just after', () => {
  const text = 'HANOI, May 4 (Reuters) - Vietnam will send a delegation to Canberra next week, Industry Minister Tran Van Hoa said on Monday.\n\n' +
    '"We expect a fair hearing," Tran told reporters.\n\n' +
    'Vietnam\'s chief fisheries negotiator, who will lead the talks, sounded more guarded. "We are bringing an offer, not a surrender," he said.\n\n' +
    'The negotiator, Pham Thi Lan, is due to meet Australian officials on Wednesday.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We expect'), 'Tran Van Hoa');
  assert.equal(a.speakerOf('We are bringing'), 'Pham Thi Lan');
});

test('organizations: a plural possessive inside the name, "X-based" before it, an ordinal fleet; a ministry of another country is not a description of the first', () => {
  const text = 'Updated 9:02 AM EDT, June 3, 2026\n\nDOHA, Qatar (AP) — A cargo ship was hit off the coast on Tuesday.\n\n' +
    '"We are monitoring the situation," the Kuwaiti Foreign Ministry said.\n\n' +
    'The Qatari Foreign Ministry said in a statement that it "rejects all attacks on shipping."\n\n' +
    'The U.S. Navy\'s Bahrain-based 5th Fleet said it was aware of the incident.\n\n' +
    '"Our members are sailors, not soldiers," said Amara Nwosu, a spokeswoman for the London-based International Seafarers\' Federation.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We are monitoring'), 'Kuwaiti Foreign Ministry');
  assert.equal(a.speakerOf('rejects all attacks'), 'Qatari Foreign Ministry');
  assert.ok(a.entity('5th Fleet')?.kind === 'organization');
  assert.ok(a.entity('International Seafarers\' Federation')?.kind === 'organization');
  assert.equal(a.entity('DOHA'), undefined, 'the city line under an "Updated" dateline is no entity');
  assert.ok(!a.entities.some((e) => e.name.includes('London-based')));
});

test('a quoted title after "in its" is nobody\'s words', () => {
  const a = analyse('The Ministry of Finance, in its "Quarterly Fiscal Bulletin" released on Tuesday, said the deficit was "under control."');
  assert.equal(a.speakerOf('Quarterly Fiscal Bulletin'), null);
  assert.equal(a.speakerOf('under control'), 'Ministry of Finance');
});

test('"Busan-based X said" is an organization', () => {
  const a = analyse('Rotterdam-based Van Hoek Logistiek said in a statement that two ships were delayed. "We are re-routing cargo," it said.');
  assert.equal(a.entity('Van Hoek Logistiek')?.kind, 'organization');
});

test('"X said in a statement:" then a paragraph of quotation is X; "said one banker …, who asked not to be named" is no one, and stops the last speaker running on', () => {
  const text = 'BRUSSELS (AP) — The levy was approved on Monday.\n\n' +
    '"This is a fair outcome," Trade Commissioner Elin Sandvik said. "We have listened to everyone."\n\n' +
    '"Demand for the new quotas was huge," said one banker involved in the talks, who asked not to be named.\n\n' +
    'The steel lobby welcomed the move. Its director general, Tomas Weber, said in a statement:\n\n' +
    '"For two years our mills have run below capacity."\n\n' +
    '"The market is back," said a veteran metals trader in Antwerp. The trader, Joris Peeters, added that prices would settle.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('This is a fair'), 'Elin Sandvik');
  assert.equal(a.speakerOf('Demand for the new'), null);
  assert.equal(a.speakerOf('For two years'), 'Tomas Weber');
  assert.equal(a.speakerOf('The market is back'), 'Joris Peeters');
});

test('a lede that names its speaker later: "(Bloomberg) -- Japan’s top currency official …, saying …"; "the official told reporters" is the same person', () => {
  const text = 'Yen Slides Again\n\nMarch 18, 2026 at 10:42 AM GMT+9\n\n' +
    '(Bloomberg) -- Norway\'s top debt official issued a fresh warning on Wednesday, saying the state was ready to act "at short notice" if yields kept rising.\n\n' +
    '"We are watching the market closely," the official told reporters in Oslo. "Nothing is ruled out."\n\n' +
    'Ingrid Solberg-Haugen, who took over as director of the debt office in 2025, declined to give details.\n\n' +
    '"The warning was overdue," said one trader in London, who requested anonymity.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('at short notice'), 'Ingrid Solberg-Haugen');
  assert.equal(a.speakerOf('We are watching'), 'Ingrid Solberg-Haugen');
  assert.equal(a.speakerOf('Nothing is ruled out'), 'Ingrid Solberg-Haugen');
  assert.equal(a.speakerOf('The warning was'), null);
  assert.equal(a.entity('Bloomberg')?.roles.length ?? 0, 0);
});

test('"Investment, Trade and Industry Minister X" is no person called Investment; a weekday ends a name; "AI" is no organization', () => {
  const text = 'Investment, Trade and Industry Minister Ahmad Zaki bin Osman said the rules had teeth. The US Commerce Department on Friday welcomed the charges over AI chips.\n\n' +
    '"Malaysia will not be a transit point," he told reporters.\n';
  const a = analyse(text);
  assert.equal(a.entity('Investment'), undefined);
  assert.equal(a.speakerOf('Malaysia will not'), 'Ahmad Zaki bin Osman');
  assert.ok(a.entity('US Commerce Department'));
  assert.equal(a.entity('AI'), undefined);
});

test('"he said" at the end of a quote running over paragraphs repeats the voice quoted just before it; "the two sides" of a joint statement speak', () => {
  const text = 'RIYADH, June 9 (Xinhua) -- The talks ended on Tuesday after a meeting between Chinese Commerce Minister Liang Wen and GCC Secretary-General Khalid bin Saad Al-Harbi.\n\n' +
    'In a joint statement the two sides said the deal would "inject new momentum" into trade.\n\n' +
    'Speaking to reporters afterwards, Liang called the deal "a milestone."\n\n' +
    '"At a time of rising protectionism, we have chosen openness.\n\n' +
    '"We are ready to finish the legal work quickly," he said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('inject new momentum'), 'two sides');
  assert.equal(a.speakerOf('a milestone'), 'Liang Wen');
  assert.equal(a.speakerOf('At a time of'), 'Liang Wen');
  assert.equal(a.speakerOf('We are ready'), 'Liang Wen');
});

test('"…,” said the head of X. Name, who has led it, …" is that person, with that role; "what the trade calls “…”" is no one\'s; an age between name and role; a participle after "title Name went further"', () => {
  const text = 'MEXICO CITY (AP) — Growers rejected the duties on Monday.\n\n' +
    '"Nobody here sells at a loss," said the head of Peru\'s main avocado exporters\' group. Renata Quispe Alvarado, who has led the group since 2020, said farms competed on yields.\n\n' +
    'She said the complaint targeted what the trade calls the "spring gap," when both countries ship fruit.\n\n' +
    'Luis Paredes, 52, a director of Lima-based Andes Fresh SAC, pleaded not guilty.\n\n' +
    'Central bank president Tomas Ugarte went further on X, writing that the sale meant "more reserves and lower rates."\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Nobody here sells'), 'Renata Quispe Alvarado');
  assert.ok(a.entity('Renata Quispe Alvarado')?.roles.some((r) => r.text.startsWith('head of Peru')));
  assert.equal(a.entity('Renata Quispe Alvarado')?.kind, 'person');
  assert.equal(a.speakerOf('spring gap'), null);
  assert.ok(a.entity('Luis Paredes')?.roles.some((r) => r.text.startsWith('director of')));
  assert.equal(a.speakerOf('more reserves'), 'Tomas Ugarte');
});

test('anonymous and unnamed speakers: "An official at X (X), the …, said … The official asked not to be named"; "One of the people said"; "said the trader, who spoke on condition of anonymity"', () => {
  const text = 'SEOUL, Dec. 9 (Yonhap) -- Shipowners welcomed the plan on Tuesday.\n\n' +
    'An official at Korea Gas Corp. (KOGAS), the state-run gas wholesaler, said the company was open to charters "as long as the rates are fair," adding that it could not overpay. The official asked not to be named.\n\n' +
    'Some officials see room for another cut, according to people familiar with the matter. One of the people said the board did not want to be "behind the curve" again.\n\n' +
    '"You price that in," said the trader, who spoke on condition of anonymity.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('as long as the rates'), null);
  assert.equal(a.speakerOf('behind the curve'), null);
  assert.equal(a.speakerOf('You price that in'), null);
  assert.ok(a.entity('Korea Gas Corp.')?.roles.some((r) => r.text === 'state-run gas wholesaler'));
});

test('a person described another way right after being named; "The official in charge of …" named later as "the official, X"; a long appositive with commas; plural descriptions of two organizations', () => {
  const text = 'HANOI, Sept 18 (Reuters) - The central bank widened the band on Thursday.\n\n' +
    'The official in charge of the bank\'s currency operations said it had "ample tools" to smooth volatility.\n\n' +
    '"We will not chase the market," said the official, Dao Van Minh, director of the foreign exchange department.\n\n' +
    'Hoang Thi Mai, the deputy finance minister, declined to comment on rates. "I won\'t discuss market levels," the country\'s top currency diplomat told reporters.\n\n' +
    'Nguyen Van Long, an opposition lawmaker who sits on the committee on aids, loans and debt management, said the plan was "a gamble."\n\n' +
    'State miners Vinacomin and Vimico have struggled with ageing plants.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('ample tools'), 'Dao Van Minh');
  assert.equal(a.speakerOf('We will not chase'), 'Dao Van Minh');
  assert.equal(a.speakerOf('I won'), 'Hoang Thi Mai');
  assert.equal(a.speakerOf('a gamble'), 'Nguyen Van Long');
  assert.equal(a.entity('Vimico')?.kind, 'organization');
});

test('organization roles and aliases: "X’s largest labor group, the Y, known as Z," and "the main opposition P Party"', () => {
  const text = 'Norway’s largest labor group, the Norwegian Confederation of Trade Unions, known as LO, said Monday its members had won a 5% rise. LO said in a statement the result laid "a firm foundation."\n\n' +
    'Rep. Kari Dahl of the main opposition Progress Party questioned the plan.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('a firm foundation'), 'Norwegian Confederation of Trade Unions');
  assert.ok(a.entity('Norwegian Confederation of Trade Unions')?.roles.some((r) => r.text === 'Norway’s largest labor group'));
  assert.ok(a.entity('Progress Party')?.roles.some((r) => r.text === 'main opposition'));
});

test('a quotation standing as a section heading is the speaker\'s whose quote holds all its words; a heading no quote holds stays null', () => {
  const text = 'Kuala Lumpur (AFP) - Two executives were charged on Monday.\n\n' +
    '- ‘Not open for abuse’ -\n\n' +
    'Trade Minister Ahmad Zaki said the case showed the rules had teeth. “We are open for investment, but we are not open for abuse,” he told reporters.\n\n' +
    '- ‘A long road’ -\n\n' +
    'The trial is due to begin in March.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Not open for abuse'), 'Ahmad Zaki');
  assert.equal(a.speakerOf('A long road'), null);
});

test('"The Congress party, meanwhile, said" is Congress; "on X" is the platform, no person; the United Arab Emirates is a place', () => {
  const text = 'The Congress party, meanwhile, said the government was "dressing up a weak currency." In a post on X, party spokesperson Nandita Rao said the rupee had "lost more value this year."\n\n' +
    'The deal echoes 2024, when the United Arab Emirates pledged $35 billion to the project.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('dressing up'), 'Congress');
  assert.equal(a.speakerOf('lost more value'), 'Nandita Rao');
  assert.notEqual(a.entity('X')?.kind, 'person');
  assert.equal(a.entity('United Arab Emirates'), undefined);
});

test('a name inside an appositive is skipped back over ("X, president of the Y Society, known as Z, called"); "known as the CGT"; "cited" and "expressed" report words; "what Argentines call the “cepo”" is a label', () => {
  const text = 'SANTIAGO (AP) — Chile protested on Monday.\n\n' +
    'Rodrigo Paillán, president of the National Fishing Society, known as Sonapesca, called the measure "a tax on fishermen."\n\n' +
    'Nadia Otieno, an economist at the Institute of Public Affairs, a Nairobi-based think tank, said the deal "buys time."\n\n' +
    'The General Confederation of Labor, the country’s largest union federation, known as the CGT, called a strike. "The numbers do not add up," the CGT said in a statement.\n\n' +
    'The department cited "national security risks" in its ruling. During the talks, the Kyrgyz side expressed "high appreciation" for the support.\n\n' +
    'The rules end what remains of the system Argentines call the "cepo," or clamp.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('a tax on fishermen'), 'Rodrigo Paillán');
  assert.equal(a.speakerOf('buys time'), 'Nadia Otieno');
  assert.equal(a.speakerOf('The numbers do not'), 'General Confederation of Labor');
  assert.equal(a.speakerOf('high appreciation'), 'Kyrgyz side');
  assert.equal(a.speakerOf('cepo'), null);
});

test('"the company said" is the organization the sentence before is about, not the last one it names; "the trading house said"', () => {
  const text = 'SEOUL, Feb. 11 (Yonhap) -- The ministry named Hanul Trading Corp. as a front company on Wednesday.\n\n' +
    'Dunamu Inc., which operates Upbit, the country\'s largest crypto exchange, said it had blocked the addresses. "We have been in close contact with the authorities," the company said.\n\n' +
    'Sojitz Corp., which together with JOGMEC has backed Lynas since 2011, welcomed the program. "A public buyer gives our partners confidence," the trading house said in a statement.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We have been in close'), 'Dunamu Inc.');
  assert.equal(a.speakerOf('A public buyer'), 'Sojitz Corp.');
});

test('roles: "Chinese Ambassador to Kyrgyzstan X", "board member X", "X, a Green MP", a long description before a name, but not a whole clause that ends in one', () => {
  const text = 'Chinese Ambassador to Kyrgyzstan Tan Weiming visited the site on Monday. "Exchange rates are a concern," board member Ana Lagos said.\n\n' +
    'Deniz Aksoy, a Green MP who sits on the economic affairs committee, said the draft was weak.\n\n' +
    'A spokesperson for the Chinese embassy in Berlin, Wu Qiang, said on Tuesday the plan was unfair.\n\n' +
    'The chairman of the National Assembly’s Finance and National Planning Committee, Kimani Waweru, said MPs would scrutinise the deal.\n\n' +
    'The minister was answering a letter sent three days ago by Elbe Steel\'s chief executive, Henrik Sommer, who said the rules were "unworkable."\n';
  const a = analyse(text);
  const roles = (name: string): string[] => a.entity(name)?.roles.map((r) => r.text) ?? [];
  assert.ok(roles('Tan Weiming').includes('Chinese Ambassador to Kyrgyzstan'));
  assert.ok(roles('Ana Lagos').some((r) => /board member/.test(r)));
  assert.ok(roles('Deniz Aksoy').some((r) => /Green MP/.test(r)));
  assert.ok(roles('Wu Qiang').some((r) => r.startsWith('spokesperson for the Chinese embassy')));
  assert.ok(roles('Kimani Waweru').some((r) => r.startsWith('chairman of the National Assembly')));
  assert.ok(roles('Henrik Sommer').some((r) => r.includes('chief executive')));
});

test('organization descriptions: a federation, a chamber, a channel, a mouthpiece', () => {
  const text = 'CARACAS (AP) — Fedeindustria, the country’s main business chamber, criticised the rule. VTV, the state television channel, aired the speech. ' +
    'The General Workers Confederation, the country’s largest union federation, called a strike. KCNA, the North’s official mouthpiece, did not comment.\n';
  const a = analyse(text);
  const roles = (name: string): string[] => a.entity(name)?.roles.map((r) => r.text) ?? [];
  assert.ok(roles('Fedeindustria').includes('country’s main business chamber'));
  assert.ok(roles('VTV').includes('state television channel'));
  assert.ok(roles('General Workers Confederation').includes('country’s largest union federation'));
  assert.ok(roles('KCNA').includes('North’s official mouthpiece'));
});

test('a ministry named by a list of portfolios is one organization', () => {
  const a = analyse('TASHKENT (AP) — The Ministry of Investment, Industry and Trade said the protocol "will reduce dependence on any single route." The Ministry of Finance agreed.');
  assert.equal(a.speakerOf('will reduce dependence'), 'Ministry of Investment, Industry and Trade');
  assert.ok(a.entity('Ministry of Finance'));
});

test('"The Treasurer said" is the Treasurer named before, no person called Treasurer; "an embassy spokesperson said" is the embassy', () => {
  const text = 'CANBERRA, Nov 6, 2025 (Reuters) - Australian Treasurer Daniel Kerr blocked the bid on Thursday, saying the decision reflected "the totality of the advice." The Treasurer said he had acted on the board\'s advice.\n\n' +
    'The Chinese Embassy in Canberra rejected the decision. "Labelling cooperation as a risk does not serve Australia," an embassy spokesperson said in a statement.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('the totality'), 'Daniel Kerr');
  assert.equal(a.entity('Treasurer'), undefined);
  assert.equal(a.speakerOf('Labelling cooperation'), 'Chinese Embassy');
});

test('"said a person familiar with the plans, who asked not to be identified" is no one, and does not carry the last speaker on', () => {
  const text = 'DUBAI (AP) — Central bank governor Mariam Saleh announced the penalties on Thursday. "We will act," she said.\n\n' +
    'The bank plans to issue new guidance in April, Saleh said, and has stepped up inspections this year.\n\n' +
    '"More actions are coming," said a person familiar with the central bank\'s plans, who asked not to be identified.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We will act'), 'Mariam Saleh');
  assert.equal(a.speakerOf('More actions'), null);
});

test('"When one reporter asked, “…?”, the minister replied: “…”": the question is the reporter\'s; "X, chair of the Y Association, which represents …, said" is X', () => {
  const text = 'ISLAMABAD (AP) — Finance Minister Shahid Bhatti said talks would go on.\n\n' +
    'When one reporter asked, “Is the programme in danger?”, the minister replied: “Not at all.”\n\n' +
    'Canan Yalın, chair of the United Brands Association, which represents large retail chains, said “consumers will pay the price.”\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('Is the programme'), null);
  assert.equal(a.speakerOf('Not at all'), 'Shahid Bhatti');
  assert.equal(a.speakerOf('consumers will pay'), 'Canan Yalın');
});

test('missions and owned bodies: "the EU Delegation to Türkiye … the delegation said"; "China\'s commerce ministry said"; Côte d\'Ivoire is a place; a woman named between two quotes takes "she" from a spokeswoman\'s organization', () => {
  const text = 'ANKARA (AP) — The EU Delegation to Türkiye said it was studying the decree. "We expect Türkiye to respect its obligations," the delegation said in a statement.\n\n' +
    'China\'s commerce ministry, which has warned partners against deals made "at the expense of China\'s interests", said Friday it was "closely following" the rules.\n\n' +
    'Cote d\'Ivoire, the world\'s largest cocoa producer, welcomed the move.\n\n' +
    '"We will comply," a spokeswoman for Kelana Microsystems Bhd said.\n\n' +
    'Nur Farhana Ismail, chief economist at Kenanga Investment Bank, said the two developments together reduced uncertainty for exporters across the region, whose shipments grew 3.8 per cent in the first half.\n\n' +
    '"The tariff decision removes a large cloud over the outlook," she said.\n';
  const a = analyse(text);
  assert.equal(a.speakerOf('We expect Türkiye'), 'EU Delegation to Türkiye');
  assert.equal(a.speakerOf('at the expense'), 'China\'s commerce ministry');
  assert.equal(a.speakerOf('closely following'), 'China\'s commerce ministry');
  assert.equal(a.entity('Cote d\'Ivoire'), undefined);
  assert.equal(a.speakerOf('The tariff decision'), 'Nur Farhana Ismail');
});

test('the one urged is not a speaker ("urged Kelvania to avoid"); a capital after "in" before an anonymity clause is a place', () => {
  const a = analyse('The head of a Korean battery maker\'s procurement office in Santiago, who asked not to be named because he was not authorised to speak to the media, said buyers would "pass the cost on to someone, probably to us." China\'s commerce ministry urged Kelvania to avoid "discriminatory practices."');
  assert.equal(a.entity('Santiago'), undefined);
  assert.equal(a.entity('Kelvania'), undefined);
  assert.equal(a.speakerOf('pass the cost'), null);
});
