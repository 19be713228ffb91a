"""Word lists for the rule-based entity extractor (`desk.extract.entity_rules`).

All sets hold lower-case words; the extractor looks words up with `word.casefold()`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = _words("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

# Nationalities, religions, ethnic groups and languages used as adjectives: never an entity alone,
# but they help typing (`Syrian Observatory for Human Rights` is an organisation).
DEMONYMS = _words("""
    afghan albanian algerian american andorran angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
    british bulgarian burmese cambodian cameroonian canadian chadian chilean chinese colombian
    congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean
    estonian ethiopian european finnish french georgian german ghanaian greek guatemalan haitian
    honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
    jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese
    libyan lithuanian luxembourgish macedonian malagasy malaysian malian maltese mauritanian mexican
    moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali nigerian nigerien
    norwegian omani pakistani palestinian panamanian paraguayan persian peruvian philippine filipino
    polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean
    slovak slovenian somali south-african spanish sudanese swedish swiss syrian taiwanese tajik
    tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
    welsh yemeni zambian zimbabwean soviet ottoman persian levantine
    arab arabic arabian kurdish kurd kurds turkic berber amazigh baluch pashtun tajik hazara yazidi
    assyrian chaldean circassian turkmen druze alawite alawi sunni shia shiite shi'ite ismaili
    christian christians muslim muslims jewish jew jews catholic orthodox protestant evangelical
    islamic islamist islamists jihadist jihadists salafi salafist wahhabi coptic maronite hindu
    buddhist sikh zionist western eastern northern southern central westerners
    hebrew farsi urdu hindi english french german spanish russian mandarin cantonese
    syrians iraqis iranians russians americans israelis palestinians lebanese jordanians turks
    egyptians saudis yemenis afghans ukrainians europeans africans asians arabs kurds
    alawites druzes sunnis shias shiites christians""")

# Capitalised words that begin sentences, headings or quotes and are never names on their own.
STOP = _words("""
    a an the this that these those there here it its it's i i'm i've i'd we we're our us you your
    he him his she her they them their who whom whose which what when where why how whether
    and or but nor so yet for of in on at to from by with without within into onto upon over under
    above below about across after afterwards against along amid among around as before behind
    between beyond despite during except inside near off outside past per since than through
    throughout toward towards until via while although though because if unless once whereas
    whatever whoever however meanwhile moreover furthermore nevertheless nonetheless otherwise
    therefore thus hence instead indeed also still then now today tonight tomorrow yesterday
    later earlier soon already again ago all any both each either every few many more most much
    neither no none not only other others same several some such own one two three four five six
    seven eight nine ten first second third last next new old according due amid asked
    mr mrs ms dr sir madam yes ok okay oh please thanks thank dear
    breaking update updated exclusive analysis opinion editorial live watch read listen video
    videos photo photos image images caption credit source sources file report reports reported
    reporting note editor's correction related advertisement share comment comments
    also just even ever never always often sometimes perhaps maybe almost nearly about
    is are was were be been being am do does did done has have had having will would shall should
    can could may might must let lets let's
    rebels rebel militants militant fighters forces troops officials official residents witnesses
    government regime opposition army military police authorities sources analysts experts
    people thousands hundreds dozens millions tens scores
    north south east west northern southern eastern western northeast northwest southeast southwest
    mid early late
    article articles section chapter page paragraph clause figure table annex item vol volume
    """) | MONTHS | WEEKDAYS

# Words that start sentences often enough to be dropped when they lead a capitalised run
# (`Capturing Homs` → `Homs`); anything ending in -ing/-ed/-ly is treated the same way.
LEADING_STOP = STOP | _words("""
    capturing capture captured taking taken seizing seized losing lost fighting fought reports
    sources officials rebels militants thousands hundreds dozens both neither either despite
    following amid because since after before when while during under over regional diplomatic
    broader major key keys big top anti pro ex then outgoing incoming late junior""")

# Person titles that come before a name (`President Bashar al-Assad`, `Foreign Minister Hakan Fidan`).
TITLES = _words("""
    president presidents vice prime minister ministers foreign defence defense interior finance
    economy justice health education energy oil information deputy secretary secretary-general
    general gen gen. lieutenant lt lt. major maj maj. brigadier colonel col col. captain capt capt.
    sergeant sgt sgt. commander admiral marshal field king queen prince princess crown emir amir
    sheikh shaikh sheik sultan ayatollah grand supreme leader imam mufti pope patriarch cardinal
    bishop archbishop rabbi reverend rev rev. father senator sen sen. representative rep rep.
    congressman congresswoman governor gov gov. mayor judge justice chancellor ambassador envoy
    special spokesman spokeswoman spokesperson chairman chairwoman chair director chief dr dr. mr
    mr. mrs mrs. ms ms. prof prof. professor sir dame lord lady speaker premier president-elect
    state high commissioner emeritus acting former interim caretaker executive officer operating
    financial political bureau military intelligence security army staff joint majority minority whip
    attorney affairs ceo cfo coo cto managing senior assistant associate under undersecretary
    under-secretary parliamentary press surgeon emperor empress tsar czar""")

# Title words that can stand as the only title (`General Oleksandr Chaiko`, not `Foreign Chaiko`).
TITLE_HEADS = _words("""
    president minister secretary secretary-general general gen gen. lieutenant lt lt. major maj
    maj. brigadier colonel col col. captain capt capt. sergeant sgt sgt. commander admiral marshal
    king queen prince princess emir amir sheikh shaikh sheik sultan ayatollah leader imam mufti
    pope patriarch cardinal bishop archbishop rabbi reverend rev rev. father senator sen sen.
    representative rep rep. congressman congresswoman governor gov gov. mayor judge chancellor
    ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman director chief dr dr.
    mr mr. mrs mrs. ms ms. prof prof. professor sir dame lord lady speaker premier
    president-elect commissioner chair ceo cfo coo cto whip undersecretary under-secretary emperor empress
    tsar czar""")

# Titles held with a single regnal name, which stays part of the name (`Pope Francis`,
# `King Charles III`, `Queen Elizabeth`): the bare name alone does not name the person.
REGNAL_TITLES = _words("pope king queen prince princess emperor empress tsar czar")

# Titles whose bearer is named after an employer: `Harvard President Claudine Gay`,
# `Nvidia Chief Executive Jensen Huang`. Other titles after a capitalised word take it as the
# office's name (`House Speaker`, `Treasury Secretary`, `Senate Majority Leader`), which is dropped.
CORPORATE_TITLES = _words("""
    president chief ceo cfo coo cto chairman chairwoman chair founder co-founder executive managing
    director""")

# Capitalised first words of organisation and index names that argue against a person:
# `Federal Reserve`, `National Guard`, `Supreme Court`, `Central Election Commission`.
ORG_ADJECTIVES = _words("""
    federal national central supreme general composite international united royal public social
    democratic republican liberal labour labor financial global continental digital capital standard
    industrial commercial mutual municipal metropolitan regional provincial constitutional electoral
    judicial legislative independent popular grand higher strategic economic medical technical
    scientific academic cultural revolutionary socialist communist conservative progressive patriotic
    nuclear atomic naval maritime civil criminal world universal consolidated allied associated
    continental investment development research energy environmental""")

# Lower-case role nouns: `analyst Mehdi Rahmati`, `Aaron Rand, a fellow at …`.
ROLES = _words("""
    analyst analysts spokesman spokeswoman spokesperson commander leader official minister
    president envoy ambassador correspondent reporter journalist editor researcher fellow professor
    expert director chief head founder co-founder activist lawyer attorney resident doctor surgeon
    general colonel diplomat adviser advisor economist historian writer author photographer
    cleric politician lawmaker legislator mp senator governor mayor candidate ruler dictator
    strongman warlord militant fighter soldier officer negotiator mediator businessman
    businesswoman billionaire tycoon singer actor actress player coach manager ceo chairman
    chairwoman president-elect prime secretary deputy aide scholar scientist engineer teacher
    student mother father son daughter brother sister wife husband widow survivor witness
    resident pilot driver farmer owner emir sheikh imam priest bishop rabbi mufti ayatollah
    judge prosecutor investigator inspector commissioner representative delegate member lecturer
    presenter host anchor blogger commentator columnist consultant strategist specialist
    veteran defector spokesmen counterpart counterparts colleague partner successor predecessor
    rival opponent challenger incumbent nominee""")

# Words that make a capitalised run an organisation (`Syrian Democratic Forces`, `Baath Party`).
ORG_HEADS = _words("""
    forces force party parties observatory group groups council office foundation command ministry
    agency army front movement organization organisation organizations organisations committee
    commission authority authorities department bureau institute institution university college
    academy school corps brigade brigades battalion battalions division regiment guard guards
    militia militias coalition alliance union league federation association society network
    center centre court tribunal bank fund company corporation corp corp. inc inc. ltd ltd. llc plc
    group embassy consulate mission parliament assembly congress senate cabinet government
    administration directorate service services unit units police navy airforce gendarmerie
    bloc caucus secretariat board trust charity ngo club team airline airlines airways
    television radio newspaper times journal post herald tribune gazette telegraph news press
    channel media network observatory monitor brotherhood hospital clinic operations chiefs
    reserve exchange index composite average holdings securities investments partners industries
    technologies motors pharmaceuticals bancorp economics advisors advisers analytics
    """)

# Plural party names: `Social Democrats`, `Republicans`, `Greens`, `Liberal Democrats` are organisations.
PARTY_PLURALS = _words("""
    democrats republicans conservatives greens socialists liberals communists tories unionists
    nationalists social-democrats christian-democrats""")

# Lower-case words right before a name that point to an organisation: `pollster Forsa`, and the
# nouns that, before `by`, do too (`a poll by Forsa`, `a survey by YouGov`).
ORG_PREV = frozenset({"pollster", "pollsters", "firm", "company", "broadcaster", "insurer", "lender", "carmaker",
                      "automaker", "retailer", "bank", "group", "party", "institute", "think-tank"})
ORG_BY_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "polling", "opinion"})

# Heads that join a following `of`/`for`/`on` phrase into one name (`Ministry of Defence`).
OF_HEADS = ORG_HEADS | _words("""
    republic kingdom emirate emirates state states university bank sea strait gulf bay cape isle
    isles island islands city province governorate district region port mount lake river valley
    plain plains heights gate""")

# Words that make a capitalised run a place (`Umayyad Square`, `Bekaa Valley`, `Euphrates River`).
PLACE_HEADS = _words("""
    square valley river mountains mountain mount mt mt. sea gulf bay strait canal street st st.
    road avenue boulevard highway airport airbase bridge dam lake island islands peninsula desert
    heights plain plains province governorate district region county prefecture oblast crossing
    camp base neighbourhood neighborhood quarter village town city port harbour harbor hill hills
    coast shore basin delta oasis park palace mosque church cathedral stadium hospital prison
    checkpoint corridor border frontier""")

# Lower-case words right before a name that point to a place: `capital Damascus`, `city of Daraa`.
PLACE_PREV_STRONG = frozenset({"capital", "city", "town", "village", "neighbouring", "neighboring", "province",
                               "governorate", "port", "crossing", "suburb", "district", "region"})
PLACE_OF_NOUNS = frozenset({"city", "cities", "town", "towns", "village", "villages", "province", "provinces",
                            "governorate", "port", "region", "district", "suburb", "suburbs", "outskirts",
                            "countryside", "capture", "fall", "siege", "streets", "centre", "center", "mayor",
                            "governor", "residents", "people", "gates", "edge"})
PLACE_CUES_WEAK = frozenset({"in", "from", "to", "into", "near", "outside", "across", "towards", "toward",
                             "around", "inside", "through", "via", "at", "fled", "entered", "captured",
                             "seized", "liberated", "besieged", "took", "advanced"})
# Lower-case words right after a name that point to a place.
PLACE_AFTER = frozenset({"province", "provinces", "governorate", "countryside", "border", "crossing",
                         "region", "district", "city", "airport", "suburbs", "outskirts", "coast",
                         "countryside.", "area", "areas", "front", "frontline"})
# Appositive nouns that make the name before them a place (`Nasib, a strategic border crossing`).
PLACE_APPOSITIVE = frozenset({"city", "town", "village", "crossing", "port", "province", "region", "district",
                              "neighbourhood", "neighborhood", "suburb", "camp", "base", "airport",
                              "stronghold", "hub", "capital", "country", "state", "island", "gateway",
                              "municipality", "governorate", "area", "enclave"})

# Suffixes after a hyphen that end a name (`Daraa-based`, `US-backed`, `Kurdish-led`).
# Family names written first (Chinese, Korean, Vietnamese): the short form is the first word.
FAMILY_FIRST = _words("""
    li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie song tang
    han feng deng cao peng xiao cheng yuan tian pan cai jiang xi kim lee park choi jung kang cho yoon jang
    lim nguyen tran pham hoang phan vu bui ngo duong
""")
HYPHEN_SUFFIXES = frozenset({"based", "backed", "led", "allied", "born", "run", "controlled", "held",
                             "linked", "affiliated", "funded", "made", "owned", "sponsored", "style",
                             "era", "aligned", "friendly", "dominated", "bound", "brokered", "supported",
                             "leaning", "inspired", "occupied", "administered", "registered", "flagged",
                             "listed", "designated", "organised", "organized", "operated", "built"})
NAME_PREFIXES = frozenset({"anti", "pro", "ex", "non", "post", "pre", "neo", "pan", "mid", "trans"})

# Lower-case particles inside names: `Hayat Tahrir al Sham`, `Deir az Zor`, `Mohammed bin Salman`.
PARTICLES = frozenset({"al", "el", "ez", "az", "ash", "ad", "ar", "as", "an", "at", "bin", "ibn", "bint",
                       "abu", "de", "del", "della", "der", "den", "di", "da", "du", "dos", "das", "van",
                       "von", "ul", "ben", "ould", "la", "le", "y"})
PERSON_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "umm", "ould", "ben"})

MEDIA_CUES = frozenset({"media", "outlet", "channel", "newspaper", "daily", "broadcaster", "agency",
                        "website", "site", "tv", "television", "radio", "magazine", "app", "platform"})

SPEECH_VERBS = frozenset({"said", "says", "told", "added", "noted", "stated", "explained", "warned", "argued",
                          "insisted", "claimed", "wrote", "writes", "asked", "replied", "recalled",
                          "tweeted", "posted", "vowed", "urged", "confirmed", "denied", "acknowledged",
                          "admitted", "reported", "continued", "stressed", "emphasised", "emphasized",
                          "believes", "thinks", "declared"})

# Nouns after `X's` that suggest a person (or a country; the gazetteer decides that first).
POWER_NOUNS = frozenset({"regime", "rule", "government", "forces", "allies", "ally", "authority", "position",
                         "army", "family", "wife", "son", "daughter", "father", "brother", "inability",
                         "downfall", "fall", "ouster", "presidency", "supporters", "loyalists",
                         "opponents", "rivals", "grip", "administration", "office", "campaign",
                         "speech", "statement", "remarks", "comments", "party", "cabinet", "aides",
                         "dominance", "rival"})

# Organisations without an organisational word in their name.
KNOWN_ORGS = frozenset(k for k in ["Hezbollah", "Hizbollah", "Hizbullah", "Hamas", "Fatah", "Taliban", "Houthis", "Houthi", "Ansar Allah\n    ", "al-Qaeda", "al-Qaida", "Al Qaeda", "Islamic State", "ISIS", "ISIL", "Daesh", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham\n    ", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "HTS", "SDF", "SNA", "FSA", "YPG", "PKK", "IRGC", "IDF", "UN", "EU", "NATO", "OPEC", "ASEAN", "G7", "G20\n    ", "BRICS", "Interpol", "Europol", "Wagner", "Red Cross", "Red Crescent", "White Helmets", "Amnesty International\n    ", "Human Rights Watch", "Doctors Without Borders", "Medecins Sans Frontieres", "MSF", "UNICEF", "UNHCR", "UNRWA", "WHO\n    ", "WFP", "OCHA", "IAEA", "OPCW", "ICC", "ICJ", "IMF", "World Bank", "Pentagon", "Kremlin", "White House", "Downing Street", "Elysee\n    ", "Knesset", "Mossad", "Shin Bet", "CIA", "FBI", "NSA", "KGB", "FSB", "GRU", "MI6", "MI5", "GUR", "SBU", "Google", "Apple", "Microsoft", "Amazon", "Meta\n    ", "OpenAI", "Tesla", "Gazprom", "Rosneft", "Aramco", "Boeing", "Airbus", "Nusra", "Jabhat al-Nusra", "Ahrar al-Sham", "Jaish al-Islam\n    ", "Kataib Hezbollah", "Popular Mobilization Forces", "Hashd al-Shaabi", "Muslim Brotherhood", "Baath", "Likud\n    "])
# Market indices, central banks, exchanges, banks and companies named often in business copy
# (an index counts as an organisation: `S&P 500`, `FTSE 100`, `Nikkei 225`, `DAX`).
MARKET_ORGS = """
    Fed|Federal Reserve|ECB|BOJ|BoJ|BOE|BoE|PBOC|SNB|RBA|RBI
    S&P 500|S&P|S&P Global|Dow|Dow Jones|Dow Jones Industrial Average|Nasdaq|Nasdaq Composite|NYSE|Nasdaq 100
    FTSE|FTSE 100|FTSE 250|Nikkei|Nikkei 225|Topix|DAX|CAC 40|Stoxx 600|STOXX 600|Euro Stoxx 50|Hang Seng
    Kospi|KOSPI|Sensex|Nifty|Nifty 50|Russell 2000|MSCI|ASX 200|IBEX 35|TSX|Euronext|LSE|CME|Cboe|VIX
    Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|J.P. Morgan|Citigroup|Citi|Wells Fargo|BlackRock
    Barclays|HSBC|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Societe Generale|Nomura|Mizuho|ING|Rabobank
    Commerzbank|Santander|Jefferies|Bank of America|Berkshire Hathaway|Vanguard|Fidelity|Pimco
    Fitch|Nvidia|Alphabet|Walmart|ExxonMobil|Exxon Mobil|Exxon|Chevron|Pfizer|Moderna|Intel|AMD|IBM
    Oracle|Samsung|TSMC|Toyota|Volkswagen|Siemens|Shell|BP|TotalEnergies|Nestle|Unilever|Netflix
    AT&T|Verizon|Johnson & Johnson|J&J|P&G|Procter & Gamble|Coca-Cola|PepsiCo|McDonald's|Starbucks"""
KNOWN_ORGS = KNOWN_ORGS | frozenset(k.strip() for k in MARKET_ORGS.replace("\n", "|").split("|") if k.strip())
KNOWN_ORGS = frozenset(" ".join(k.split()) for k in KNOWN_ORGS if k.strip())  # as written: acronyms match by case

# Given names (a small, international list) that mark a run as a person.
FIRST_NAMES = _words("""
    aaron abbas abd abdel abdul abdullah abdulrahman abdelaziz abdelkader abu adam adel adnan ahmad
    ahmed aisha akram ala alaa alan alex alexander alexandra alexei alexey ali alice alina amal amin
    amina amir amira ammar amr amy ana andre andrea andrei andrew andriy andrzej angela angelina ann
    anna anne anthony antonio antony anwar arash ariel ashraf asma assad ayman ayoub aziz bashar
    bassam bassel ben benjamin benny berkay bernard bill bilal boris brian burak can carl carlos
    caroline catherine charles charlotte chris christian christine christopher claire daniel daniela
    david dmitry dmitri donald ebrahim ehud elena eli elizabeth ellen emmanuel emily emma emre eric
    erdogan fadi fahad faisal farah farid farouk fatima fatma fawaz feras fuad gabriel george gideon
    hadi hafez hakan hamad hamid hamza hana hani hans haider haidar hassan hasan hayat helen henry
    hossein hussein husam ibrahim ihor ilham imad iman ivan jack jacob jake james jamal jan jane jason
    javad jean jeffrey jennifer jens jessica joe johan john jonathan jorge jose joseph josep juan
    julia julian karim kamal kamala karen kareem kate katherine keir kevin khaled khalid khalil kim
    kyle lama laila layla leila lina linda lisa louis lucas luis mahmoud mahmud majid malik mansour
    marco maria marie mark marwan mary masoud matthew maxim maya mazen mehdi mehmet michael michel
    mike mikhail mohamed mohammad mohammed mohamad mona muhammad muhammed murat mustafa naim najib
    nabil nadia naftali nasser natalia nathan nicholas nicolas nikolai nizar noor nour nouri nuri
    oleg oleksandr oleksiy olena olga omar osama oscar pablo patrick paul pavel pedro peter petro
    philip pierre qasem qassem rafael rami rana rania rashid recep reza richard rima robert roman
    ruslan saad sabah saddam said saif salah saleh salem salim salma sam samer sami samir samuel sara
    sarah saud sergei sergey serhiy shadi sharif simon sophie stefan stephen steve steven suleiman
    sultan susan tamer tarek tariq thomas tim timothy tom tony ursula valery vasyl viktor vitaly
    vladimir volodymyr walid wael william yahya yair yasser yasin yasmin yassin yehia yevgeny yousef
    youssef yuri yusuf zaid zain zeina zeinab ziad zeid zelensky
    abigail adrian agnes albert alberto alejandro alexis alfred alicia alison allison amanda andreas
    andres angus annalena antoine antonia arnold arthur ashley barbara barry beatrice benoit bernie
    beth betsy betty bjorn bob bobby brad bradley brandon brenda brett bruce bruno bryan caitlin
    camilla carla carmen carol carolyn cathy cecilia chad charlie chloe christina chuck cindy claudia
    clara colin connor craig cristina cynthia dale dan dana danielle darren dave dawn dean debbie
    deborah denis dennis derek diana diane dick dieter dominic don donna doug douglas duncan dylan ed
    eddie edgar eduardo edward eleanor elise elon emilio emmanuelle enrique erik ernest esther ethan
    eugene eva evan evelyn fabio felipe felix fernando florian francesca francesco francisco frank
    franz fred frederick friedrich gary gavin geert gene geoffrey georg gerald gerhard gina giorgia
    giovanni giuseppe glenn gordon graham greg gregory guido gustavo hannah harold harry heather heinz
    helmut herbert hillary hiroshi holger howard hugh hugo ian ignacio igor ilya ines irene isabel
    isabella jacques jaime jamie janet janice jared javier jay jean-luc jean-pierre jeff jeffery jenny
    jeremy jerome jerry jesse jill jim jimmy joan joanna joel johannes jon jonas jordi josh joshua
    joyce judith judy jules julie justin kai karl kathleen kathryn katie katrin keith kelly ken
    kenneth kerry kirsten klaus kristi kristin kristina kurt lars laura lauren lawrence lee leo leon
    leonardo liam lindsey liz lloyd lorenzo lori louise luca luigi luke lynn magnus manuel marc marcel
    marcus margaret margarita mario marion marjorie markus martha martin marvin massimo matt matteo
    matthias maurice max megan melanie melissa merrick michelle miguel mikael mitch mitchell molly
    monica nancy naomi narendra neil nicola nicole niels nikki noah norbert olaf oliver olivia pamela
    paolo pascal patricia patrice pete philippe phillip rachel raj ralph ramon randy raphael raul ray raymond
    rebecca reinhard ricardo rick ricky rishi rob roberto robin rodrigo roger roland ron ronald rosa
    ross roy ruth ryan sally samantha sandra sanjay scott sean sebastian sergio seth shane shannon
    sharon sheila shirley sigmar silvia simone sofia sonia stanley stephanie stuart sven sylvie tamara
    tanya ted teresa terry theresa thierry tobias todd tommy tracy travis trevor ulrich uwe valerie
    vanessa vera veronica vicente victor vincent vivian walter wayne wendy werner wesley wilhelm
    willem wolfgang xavier xi yannick yoshihide yuki yvonne zachary akira haruki hideki junichiro
    kazuo kenji koichi makoto naoki satoshi shigeru shinzo taro takeshi yukio jinping keqiang
    xiaoping rahul amit anand arvind deepak priya rajiv ramesh sunil vijay
    """) - _words("assad erdogan zelensky said sultan")
