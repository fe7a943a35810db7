/** Word lists the extractors share. Lowercase unless noted. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs of speech that attribute a quote, in every form wire copy uses. */
export const SPEECH_VERBS = set(`
said says say told tells tell added adds noted notes warned warns stressed stresses asked asks
wrote writes explained explains insisted insists argued argues declared declares announced announces
acknowledged acknowledges emphasized emphasizes emphasised emphasises reiterated reiterates urged urges
remarked remarks replied replies responded responds countered counters cautioned cautions observed observes
recalled recalls complained complains conceded concedes admitted admits predicted predicts concluded concludes
continued continues commented comments confirmed confirms claimed claims contended contends maintained maintains
suggested suggests vowed vows pledged pledges promised promises tweeted stated states
mused muses quipped joked added underscored underlined highlighted cited cites expressed expresses
lamented assured assures boasted reported reports
called calls call calling accused accuses welcomed welcomes hailed condemned criticised criticized denounced dismissed praised described describes describing saying telling adding noting warning stressing arguing insisting explaining urging cautioning writing posting tweeting declaring vowing predicting pledging
`);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("Yellen also said"). */
export const CUE_FILLERS = set(`
also later then previously earlier again further additionally has had have would will once repeatedly allegedly reportedly
separately too however meanwhile subsequently recently publicly privately only just
`);

/** Title words: a capitalised run ending in one of these and followed by a name is a role. */
export const TITLE_WORDS = set(`
president vice premier minister secretary governor chancellor chairman chairwoman chair chief director
ambassador envoy spokesperson spokesman spokeswoman senator representative commissioner king queen prince
princess sheikh emir general admiral mayor deputy undersecretary under-secretary assistant prime leader speaker
treasurer ceo cfo coo economist analyst negotiator czar tsar head official adviser advisor counsel attorney
judge justice lawmaker legislator diplomat professor founder executive president-elect crown sultan
colonel commander strategist researcher fellow partner manager officer governor-general consul administrator
superintendent commissioner-general rep sen gov lt commodore captain major lieutenant sergeant brigadier marshal
secretary-general director-general chief-executive adm maj col capt cmdr sgt brig hon undersecretary member mp
prosecutor attorney-general inspector auditor ombudsman registrar comptroller magistrate
writer reporter correspondent columnist photographer
`);

/** Nouns that head a role phrase ("a vice minister at ...", "the Treasury chief"). */
export const ROLE_HEADS = set(`
president premier minister secretary governor chancellor chairman chairwoman chair chief director
ambassador envoy spokesperson spokesman spokeswoman senator representative commissioner king queen prince
sheikh emir general admiral mayor deputy undersecretary leader speaker treasurer ceo cfo economist analyst
negotiator czar tsar head official adviser advisor counsel attorney judge lawmaker legislator diplomat mp
professor founder executive strategist researcher fellow partner manager officer administrator consul
governor-general boss regulator banker investor trader owner analyst spokesperson secretary-general
director-general commodore captain colonel admiral marshal brigadier lieutenant commandant member businessman
businesswoman entrepreneur tycoon agent investigator lawyer activist economist scholar academic journalist editor
tailor farmer shopkeeper driver worker resident student teacher engineer doctor nurse fisherman vendor retiree
pensioner exporter importer broker consultant diplomat envoy negotiator chairperson veteran expert researcher
prosecutor inspector auditor ombudsman cleaner coordinator organiser organizer campaigner commander superintendent
wholesaler retailer manufacturer rancher grower supplier distributor dealer merchant shopowner trucker
writer reporter correspondent columnist photographer
commissioner-general registrar comptroller magistrate treasurer counsellor counselor attaché attache
`);

/** Honorifics before a name; they tell the gender where the text gives one. */
export const HONORIFICS: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'],
  ['ms.', 'female'], ['miss', 'female'], ['dr', null], ['dr.', null], ['sir', 'male'], ['dame', 'female'],
  ['madam', 'female'], ['lord', 'male'], ['lady', 'female'],
]);

/** Capitalised words that make a run an organization. */
export const ORG_WORDS = set(`
ministry department bank agency commission council fund organization organisation reserve parliament
congress senate assembly office authority administration bureau institute union group corp corporation
inc ltd company co association federation forum committee board court party secretariat exchange cabinet
government service services motors holdings industries technologies airlines university foundation news
partners capital securities insurance petroleum energy steel semiconductor electronics systems club
alliance coalition network centre center tribunal house kremlin pentagon treasury embassy consulate
mission secretariat academy advisory research consultancy economics analytics strategies associates airways
shipping logistics lines society confederation chamber syndicate guild league directorate inspectorate
collective cooperative fleet navy army command guard corps force forces police delegation
banco banque banca ministerio ministère ministero comisión comissão agencia agência consejo conseil fondo fundo
fonds tesouro secretaría superintendencia bundesbank bundesamt grupo inversiones compañía sociedad corporación empresa
empresas financiera financiero investimentos participações confederación confederaciones federación cámara sindicato
`);

/** Organizations known by one word or an acronym. Case as written. */
export const KNOWN_ORGS = set(`
Reuters Bloomberg Xinhua AP AFP Kyodo Yonhap TASS Nikkei Bernama Anadolu IMF WTO OPEC OPEC+ NATO ASEAN
OECD UN UNCTAD BIS ECB Fed BOJ PBOC SEC CFIUS OFAC MOFCOM BRICS APEC G7 G-7 G20 G-20 Huawei SMIC TSMC
Nvidia Intel Samsung Apple Microsoft Google Amazon Tesla BYD CATL Aramco Gazprom Rosneft Boeing Airbus
Kremlin Pentagon Politburo Eurostat Moody's Fitch NDRC
Facebook Twitter Instagram LinkedIn Telegram WeChat Weibo TikTok YouTube X
`);

/** Capitalised words that are never a person's name on their own. */
export const NOT_NAMES = set(`
the a an this that these those it its he she they we i you his her their our my your there here
in on at by for from with without to of and or but nor yet so if when while during after before since
until as because although though despite unless whether following amid among about against between
into through over under up down out off near across along around behind beyond within
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr also no not yes asked some many most more much other another each every all both either
neither such what which who whom whose why how one two three four five six seven eight nine ten
first second third last next new old last
`);

export const FEMALE_PRONOUNS = set('she her hers herself');
export const MALE_PRONOUNS = set('he him his himself');

/**
 * Surnames that come first in Chinese, Korean and Vietnamese names written in that order
 * ("He Lifeng" is later "He"). Capitalised.
 */
export const SURNAME_FIRST = set(`
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song
Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren
Shen Yao Jin Liao Fan Fu Qin Lou Wen Bo Kong Meng Qian Shi Yi Ning Lai Dai Bai Cui Mao Qiu Hou Shao Wan
Duan Lei Tan Long Hao Xiong Jia Kang Gu Qi Lan Mo Yin Ou Zou Zhong Wen Huo Yan Geng Qu
Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon
Son Bae Baek Heo Nam Rhee Ryu Chung Chae Yeo Byun
Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ngo Duong Ly
`);

/** Name particles that join a name's parts in lowercase ("Ahmed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('bin ibn bint al el de del della der di da das dos du la le van von ter ten y abu');

/** Nationality and place words that open a role but are not part of a name. */
export const PLACE_WORDS = set(`
US U.S. American China Chinese Japan Japanese Korea Korean South North German Germany French France British
Britain UK U.K. EU European Indian India Russian Russia Brazilian Brazil Mexican Mexico Canadian Canada
Australian Australia Italian Italy Spanish Spain Saudi Arabia Emirati UAE Qatari Qatar Turkish Turkey Iranian
Iran Israeli Israel Ukrainian Ukraine Nigerian Nigeria Kenyan Kenya Egyptian Egypt Indonesian Indonesia
Vietnamese Vietnam Thai Thailand Malaysian Malaysia Singaporean Singapore Philippine Philippines Taiwanese
Taiwan Swiss Dutch Belgian Polish Poland Swedish Sweden Norwegian Norway Danish Finnish Irish Greek
Argentine Argentina Chilean Chile Colombian Colombia Peruvian Peru Pakistani Pakistan Bangladeshi
Ghanaian Ghana Ethiopian Ethiopia Zambian Zambia South African Africa Asian Asia Gulf Western Beijing
Washington Tokyo Seoul Brussels London Paris Berlin Moscow Delhi Nairobi Lagos Riyadh Dubai Geneva
Hong Kong Kong Asia-Pacific Pacific Atlantic Latin Middle East Eastern Northern Southern Federal Foreign
Finance Commerce Trade Treasury Defense Defence Economy State Interior Energy Industry Agriculture
Afghanistan Afghan Albania Albanian Algeria Algerian Angola Angolan Armenia Armenian Austria Austrian Azerbaijan
Azerbaijani Bahrain Bahraini Belarus Belarusian Belgium Benin Bhutan Bolivia Bolivian Bosnia Herzegovina Botswana
Brunei Bulgaria Bulgarian Burkina Faso Burundi Cambodia Cambodian Cameroon Cameroonian Congo Congolese Croatia
Croatian Cuba Cuban Cyprus Cypriot Czech Czechia Denmark Djibouti Dominican Ecuador Ecuadorean Ecuadorian Eritrea
Estonia Estonian Eswatini Fiji Finland Gabon Gambia Guatemala Guatemalan Guinea Guyana Haiti Haitian Honduras
Hungary Hungarian Iceland Icelandic Iraq Iraqi Ivory Coast Jamaica Jamaican Kazakhstan Kazakh Kosovo Kuwait
Kuwaiti Kyrgyzstan Kyrgyz Laos Lao Latvia Latvian Lebanon Lebanese Lesotho Liberia Liberian Libya Libyan
Lithuania Lithuanian Luxembourg Madagascar Malawi Maldives Maldivian Mali Malian Malta Maltese Mauritania Mauritius
Moldova Moldovan Mongolia Mongolian Montenegro Morocco Moroccan Mozambique Mozambican Myanmar Namibia Namibian Nepal
Nepali Nepalese Netherlands Nicaragua Niger Nigerien Oman Omani Palestinian Palestine Panama Panamanian Papua
Paraguay Paraguayan Portugal Portuguese Romania Romanian Rwanda Rwandan Salvadoran Senegal Senegalese
Serbia Serbian Seychelles Sierra Leone Slovakia Slovak Slovenia Slovenian Somalia Somali Sudan Sudanese Suriname
Syria Syrian Tajikistan Tajik Tanzania Tanzanian Timor Togo Togolese Tobago Trinidad Tunisia Tunisian Türkiye
Turkmenistan Uganda Ugandan Uruguay Uruguayan Uzbekistan Uzbek Venezuela Venezuelan Yemen Yemeni Zimbabwe
Zimbabwean Kurdistan Kurdish Crimea Donbas Gaza Kashmir Tibet Xinjiang Balkan Balkans Baltic Baltics Caribbean
Caucasus Sahel Scandinavia Scandinavian Arctic Antarctic Mediterranean Emirates United Arab Arabian States Kingdom
Cote Côte d'Ivoire d’Ivoire Ivorian Santiago Lima Montevideo Asunción Brasília Brasilia Havana Valparaíso Guadalajara Monterrey
New Zealand Zealander Scotland Scottish Wales Welsh England English Quebec Bavaria Catalonia Flanders Wallonia
Abuja Accra Addis Ababa Algiers Amman Amsterdam Ankara Astana Athens Baghdad Baku Bangkok Beirut Belgrade Bern
Bogota Bogotá Brasilia Brasília Bratislava Bucharest Budapest Buenos Aires Cairo Canberra Caracas Colombo Copenhagen
Dakar Damascus Dhaka Doha Dublin Dushanbe Erbil Frankfurt Hanoi Harare Havana Helsinki Islamabad Istanbul Jakarta
Jeddah Johannesburg Kabul Kampala Karachi Kathmandu Khartoum Kigali Kinshasa Kyiv Kiev Lisbon Ljubljana Luanda
Lusaka Luxembourg Madrid Manila Maputo Minsk Montevideo Montreal Mumbai Muscat Nicosia Oslo Ottawa Panama
Prague Pretoria Pyongyang Quito Rabat Rangoon Reykjavik Riga Rome Sarajevo Shanghai Shenzhen Guangzhou Skopje
Stockholm Taipei Tallinn Tashkent Tbilisi Tehran Tirana Toronto Tripoli Tunis Ulaanbaatar Vienna
Vientiane Vilnius Warsaw Windhoek Yangon Yerevan Zagreb Almaty Bishkek Kuala Lumpur Lumpur Mexico
Osaka Busan Melbourne Vancouver Chicago Houston Munich Hamburg Marseille
Barcelona Rotterdam Antwerp Mombasa Durban Basra Mosul Aleppo Odesa Kharkiv Gdansk Krakow Chennai
Bengaluru Bangalore Kolkata Hyderabad Lahore Chittagong Haiphong Surabaya Cebu Davao Penang Macau Macao
`);

/** News agencies, as datelines and credits name them. */
export const NEWS_AGENCIES = set(`
Reuters AP AFP Bloomberg Kyodo Jiji Xinhua Yonhap dpa DPA ANSA EFE Lusa TASS RIA Interfax Anadolu AA ANI PTI IANS UNI
Bernama Antara VNA PNA KUNA WAM SPA QNA MENA IRNA APP NTB TT Belga AAP UPI CNA
`);
