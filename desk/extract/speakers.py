"""Who a quote is attributed to: reading a speaker noun phrase and resolving references.

`parse_np(np)` reads the words naming a speaker, as found by the attribution patterns, into a
`Mention`:

- a name with a role before it (`Iranian analyst Mehdi Rahmati`, `U.S. Secretary of State X`,
  `Al Jazeera’s Zeina Khodr` — a possessive alone is the affiliation, `Al Jazeera`) or after it
  (`Berkay Mandiraci, a senior analyst at …`);
- an anonymous description (`a Syrian official`, `rebel sources`, `three Syrian sources`), with a
  following `who …` clause as its role;
- an organisation (`the General Command of the Army and Armed Forces`, `the US State Department`,
  `the Syrian forces leading the all-out offensive`, `Hezbollah`, `HTS`);
- a reference to resolve: a pronoun (`he`, `she`, `they`, `it`), a short name (`Khodr`,
  `Mr. Smith`), an organisation noun (`the group`, `the army`, `the ministry`), a statement
  (`the statement`, `the army’s statement`) or a role noun (`the analyst`, `the official`).

`Discourse` resolves references against what came before in the body: the speakers of earlier quotes
and the subjects of earlier sentences (never objects), the nearest *compatible* one first — a
person of the right gender (when the text shows it) for `he`/`she`, an organisation of the right
sort for `the group`/`the army`, a person whose name ends in the word for `Khodr`, the issuer
for `the statement`.  What cannot be resolved stays unresolved: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from desk.extract.entity_lexicon import DEMONYMS as _NATION_WORDS
from desk.extract.sentences import SENTENCE_STARTERS as _STARTERS
from desk.extract.sentences import TITLES as _TITLES
from desk.extract.sentences import split_sentences

# --------------------------------------------------------------------------- vocabulary


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "him": "m", "her": "f"}
DETERMINERS = _words("the a an this that these those his her its their our")
INDEFINITE = _words(
    "a an one two three four five six seven eight nine ten several some many multiple numerous "
    "other another various few dozens dozen two-dozen more most"
)
ARTICLES = _words("the a an")
TITLE_WORDS = _words(
    "president vice prime minister ministers foreign defence defense interior finance economy health "
    "justice energy oil trade information state secretary secretary-general general gen lt lieutenant "
    "col colonel maj major capt captain adm admiral commander cmdr brig brigadier sgt sergeant chief "
    "head director director-general ambassador envoy special senator sen rep representative congressman "
    "congresswoman governor gov mayor judge king queen prince princess crown sheikh sheikha emir "
    "sultan pope cardinal archbishop bishop rabbi imam ayatollah grand supreme leader deputy "
    "spokesman spokeswoman spokesperson chairman chairwoman chair chancellor speaker attorney mr mrs "
    "ms miss dr prof professor sir dame lord lady marshal field officer inspector detective "
    "superintendent councillor councilman president-elect premier commissioner coordinator high "
    "former acting interim senior top lawmaker mp adviser advisor national security white house "
    "press pentagon military army navy commanding chief-of-staff staff cabinet opposition "
    "ex-president ex-minister rev reverend father brother sister mother coach executive financial "
    "operating managing"
)
HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "sheikh": "m",
              "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f",
              "princess": "f", "sheikha": "f", "madam": "f", "mme": "f", "father": "m",
              "brother": "m", "sister": "f", "mother": "f", "emir": "m", "sultan": "m"}
GENDERED_ROLE = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                 "congressman": "m", "congresswoman": "f", "businessman": "m",
                 "businesswoman": "f", "councilman": "m", "councilwoman": "f"}
ROLE_NOUNS = _words(
    "analyst fellow researcher expert spokesman spokeswoman spokesperson official leader commander "
    "minister correspondent reporter editor journalist professor director chief head president "
    "secretary envoy ambassador diplomat lawmaker senator governor mayor activist lawyer attorney "
    "scholar historian economist strategist adviser advisor candidate chairman chairwoman founder "
    "member general colonel major captain officer resident witness doctor engineer columnist writer "
    "author producer host anchor negotiator mediator cleric imam priest observer consultant "
    "specialist lecturer coordinator representative deputy manager ceo executive owner politician "
    "mp parliamentarian premier king prince emir sheikh spokesperson chair economist pollster "
    "campaigner organiser organizer novelist analyst photographer surgeon nurse teacher student "
    "farmer trader shopkeeper driver survivor mother father son daughter brother sister widow "
    "rival counterpart colleague partner wife husband friend opponent successor predecessor ally "
    "aide deputy boss owner neighbour neighbor lawyer coach striker goalkeeper midfielder defender "
    "skipper referee player"
)
ANON_HEADS = _words(
    "source sources official officials diplomat diplomats person people resident residents witness "
    "witnesses insider insiders aide aides officer officers analyst analysts expert experts leader "
    "leaders member members commander commanders fighter fighters activist activists spokesman "
    "spokeswoman spokesperson spokespeople employee employees worker workers doctor doctors medic "
    "medics observer observers figure figures politician politicians lawmaker lawmakers individual "
    "individuals minister ministers envoy envoys negotiator negotiators rebel rebels militant militants "
    "soldier soldiers protester protesters protestors journalist journalists correspondent "
    "correspondents monitor monitors mediator mediators insurgent insurgents volunteer volunteers "
    "survivor survivors relative relatives neighbour neighbours neighbor neighbors villager villagers "
    "man woman men women student students refugee refugees civilian civilians diplomat staffer staffers"
)
SOURCE_NOUNS = _words(
    "source sources official officials diplomat diplomats insider insiders aide aides witness "
    "witnesses resident residents person people individual individuals staffer staffers"
)
PLURAL_ANON = frozenset(w for w in ANON_HEADS if w.endswith("s") or w in ("people", "men", "women"))
ORG_HEADS = _words(
    "department ministry office forces force army navy command council committee commission agency "
    "authority authorities government embassy consulate observatory organisation organization group "
    "front party movement alliance coalition brigade brigades battalion corps guard guards room "
    "center centre institute foundation union association federation bank fund court police service "
    "services network times post journal news press television tv radio channel company corporation "
    "corp inc ltd board bureau administration kremlin pentagon parliament assembly congress senate "
    "cabinet presidency secretariat mission nations watch international directorate unit units "
    "division regiment militia militias hospital university college league society trust programme "
    "program operations initiative media republic kingdom emirates states monitor tribunal legion "
    "crescent cross headquarters hq ministries forum institution tank council regime"
)
COLLECTIVE_HEADS = _words(
    "forces army military government ministry authorities police media television tv radio agency "
    "regime administration group faction factions coalition alliance militia militias movement "
    "opposition troops embassy office monitor observatory presidency council command navy rebels "
    "militants insurgents fighters leadership court parliament prosecutors prosecution spokesperson "
    "press outlet outlets network channel broadcaster newspaper"
)
ARMY_WORDS = ("army", "military", "armed forces", "forces", "command", "defence", "defense", "troops")
GOV_WORDS = ("department", "ministry", "embassy", "government", "presidency", "office", "cabinet",
             "kremlin", "white house", "pentagon", "administration", "parliament", "council")
GROUPISH = _words(
    "group faction movement militia organisation organization coalition alliance party outfit "
    "network front rebels insurgents militants opposition"
)
STATEMENT_WORDS = _words(
    "statement statements communique communiqué announcement advisory release post message letter "
    "declaration tweet notice bulletin readout report video"
)
COMPANY_HEADS = _words(
    "bank company firm lender insurer carmaker automaker retailer airline broker brokerage miner "
    "manufacturer maker producer operator supplier group conglomerate startup club team side chain "
    "developer publisher studio exchange"
)
PARTICLES = _words("al bin ibn bint de des da di del della van von der den la le du dos das ter ten el ould")
SUBORDINATORS = _words(
    "as while when after before because since although though if unless whereas and but or so "
    "that which who whom whose where then than until once however meanwhile also even just "
    "whether nor yet"
)
COUNTRY_ACRONYMS = _words("US USA UK UAE KSA DRC PRC ROK DPRK")
ORG_ACRONYM_STOP = _words("I II III IV OK TV AM PM GMT UTC ID")
SPEECH_VERB_WORDS = _words(
    "said says say told tells added adds noted notes warned warns stressed stresses explained "
    "explains wrote writes tweeted tweets posted declared declares announced announces insisted "
    "insists argued argues stated reported read reads claimed asserted asserts affirmed confirmed "
    "denied vowed vows pledged promised recalled acknowledged admitted asked asks replied replies "
    "responded continued concluded observed remarked commented suggested urged urges cautioned "
    "predicted emphasised emphasized underlined underscored maintained contended countered quipped "
    "joked shouted alleged charged complained conceded demanded threatened boasted lamented "
    "agreed disclosed revealed indicated mentioned"
)

_TOKEN = re.compile(r"\S+")
_REL_RE = re.compile(r"\s(who|whose|which)\s")
_AGE_RE = re.compile(r"^\d{1,3},\s*")
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:,\s*|\s*$)")
_APPO_REL = re.compile(r"(?:(?P<appo>[^,]*?),\s*)?(?P<rel>(?:who|whose|which|speaking|who,)\b.*)$")
_THE = re.compile(r"^(?:the|The)\s+")
_A_AN = re.compile(r"^(?:an?|An?|the|The)\s+")
_DASH = re.compile(r"^.*\s[-–—]{1,2}\s")
_STATEMENT_NP = re.compile(
    r"(?:the|a|an|its|their|his|her|in\s+a|in\s+its)?\s*(?:(?P<owner>[\w\s\-’']+?)(?:’s|'s)\s+)?"
    r"(?:(?:joint|brief|written|separate|official|later|new|earlier|short|subsequent)\s+)*"
    r"(?P<noun>statement|communiqu[eé]|announcement|advisory|release|press release|message|letter|"
    r"declaration|notice|bulletin|readout)"
    r"(?:\s+(?:from|by|issued by|released by)\s+(?P<by>.+))?",
    re.IGNORECASE,
)
_OF_ORG = re.compile(r"^(\S+(?:\s+\S+){0,4}?)\s+of\s+(?:the\s+)?([A-Z][^,]*)$")
_POSSESSIVE = re.compile(r"^(.+?)(?:’s|'s|’|')$")
_WS = re.compile(r"\s+")


_STATE_WORDS = frozenset(
    ["syria", "iran", "iraq", "israel", "russia", "ukraine", "turkey", "turkiye", "türkiye", "china", "america",
     "britain", "united", "states", "saudi", "arabia", "egypt", "jordan", "lebanon", "qatar", "washington",
     "moscow", "tehran", "damascus", "ankara", "beijing", "london", "paris", "brussels", "kyiv", "kiev", "riyadh",
     "doha", "cairo", "amman", "beirut", "baghdad", "jerusalem", "tel", "aviv", "gaza", "europe", "nato",
     "united states", "saudi arabia", "tel aviv", "united kingdom", "white house"]
)


@lru_cache(maxsize=65536)
def _is_state(low: str) -> bool:
    """A country or capital (lower case): a state speaking is an organisation."""
    if low in _STATE_WORDS:
        return True
    from desk.extract.gazetteer import lookup

    place = lookup(low)
    return place is not None and place.type in ("country", "capital")


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class Mention:
    """A speaker as read from one noun phrase.

    `kind` is person / organisation / anonymous / unknown; `ref` says what still has to be resolved:
    None (nothing), "pronoun" (`name` holds the pronoun), "short" (a bare surname or single name),
    "orgref" (`name` holds the organisation noun, `the group`), "statement" (`name` holds the
    owner noun or name, or ""), "roleref" (`the analyst`: `name` holds the role noun) or
    "anonref" (`the official`).
    """

    name: str | None
    kind: str
    role: str | None = None
    gender: str | None = None
    ref: str | None = None
    plural: bool = False


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" \t\n,;:.—–-")


def _core(tok: str) -> str:
    return tok.strip(",.;:!?()[]\"“”‘’'«»").lower()


def _is_cap(tok: str) -> bool:
    t = tok.lstrip("(\"“‘'«")
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and any(c.isalpha() for c in t) and not any(c.islower() for c in t)))


def _is_particle_tok(tok: str) -> bool:
    low = tok.lower()
    return low in PARTICLES or (len(low) > 3 and low[:3] in ("al-", "el-", "ad-", "as-", "ash", "az-"))


def _prefixed(tok: str) -> bool:
    """`al-Assad`, `el-Sisi`: a lower-case particle glued to a capitalised name."""
    return len(tok) > 3 and tok[2] == "-" and tok[:2].lower() in ("al", "el", "ad", "as", "az", "an", "ar", "at") and tok[3:4].isupper()


def _is_acronym(tok: str) -> bool:
    t = tok.strip(",.;:()’'s") if tok.endswith(("’s", "'s")) else tok.strip(",.;:()")
    return len(t) >= 2 and t.isupper() and t.isalpha() and t not in ORG_ACRONYM_STOP


def _titled(core: str) -> bool:
    """A title or role word, also hyphenated: `co-leader`, `Vice-President`, `ex-minister`."""
    if core in TITLE_WORDS:
        return True
    if "-" not in core:
        return False
    last = core.rsplit("-", 1)[1]
    return last in TITLE_WORDS or last in ROLE_NOUNS


def split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split `role… Name` tokens into (role tokens, name tokens), reading the name from the right."""
    i = len(tokens)
    name: list[str] = []
    while i > 0 and len(name) < 5:
        tok = tokens[i - 1]
        core = _core(tok)
        pm = _POSSESSIVE.match(tok)
        if name and pm and not tok.endswith("'"):
            break
        if _titled(core) and name and not _prefixed(tok):
            break
        if _prefixed(tok) or (_is_cap(tok) and not _titled(core)) or (core in PARTICLES and name and _particle_inside(tokens, i - 1)):
            name.insert(0, tok)
        elif len(tok) == 2 and tok[0].isupper() and tok[1] == "." and name:
            name.insert(0, tok)  # an initial
        else:
            break
        i -= 1
    # A leading particle or article is not part of a name.
    while name and ((_core(name[0]) in PARTICLES and not _prefixed(name[0])) or _core(name[0]) in ARTICLES):
        i += 1
        name.pop(0)
    return tokens[:i], name


_NOT_ROLE = frozenset(("mr", "mrs", "ms", "miss", "mme", "mister", "madam", "messrs"))


def _particle_inside(tokens: list[str], j: int) -> bool:
    """Whether the particle at `j` sits inside a name: a capitalised name word before it."""
    j -= 1
    while j >= 0 and _core(tokens[j]) in PARTICLES:
        j -= 1
    return j >= 0 and _is_cap(tokens[j]) and _core(tokens[j]) not in TITLE_WORDS and not _POSSESSIVE.match(tokens[j])


def _role_text(tokens: list[str]) -> str | None:
    toks = [t for t in tokens if _core(t) not in _NOT_ROLE]
    while toks and _core(toks[0]) in ("the", "a", "an", "and", "but", "also"):
        toks.pop(0)
    if not toks:
        return None
    text = _clean(" ".join(toks))
    if toks[-1].endswith(".") and not text.endswith("."):
        text += "."  # `Gen.`, `Lt. Col.`
    m = _POSSESSIVE.match(toks[-1])
    if m and len(toks) <= 4 and all(_is_cap(t) for t in toks):
        # `Al Jazeera’s` (an affiliation alone): the role is the organisation.
        return _clean(" ".join([*toks[:-1], m.group(1)]))
    return text or None


def _gender_of(role: str | None, role_tokens: list[str]) -> str | None:
    for t in role_tokens:
        g = HONORIFICS.get(_core(t))
        if g:
            return g
    if role:
        for w in role.lower().split():
            g = GENDERED_ROLE.get(w.strip(",.;"))
            if g:
                return g
    return None


_ADVERBIAL_START = _words(
    "in on at for during after before when while meanwhile however though too also instead likewise "
    "moreover nevertheless nonetheless separately again then later earlier now today yesterday "
    "tonight speaking writing meanwhile similarly still"
)


def _split_apposition(np: str) -> tuple[str, str | None, str | None]:
    """(head, apposition, relative clause) of `Name, a role, who …`."""
    head, sep, rest = np.partition(",")
    if not sep:
        m = _REL_RE.search(np)
        if m:
            return np[: m.start()], None, np[m.start() + 1 :]
        return np, None, None
    rest = _AGE_RE.sub("", rest.strip())  # an age: `Mariam, 34, a mother of three`
    rest = _PARTY_TAG.sub("", rest)  # a party and state: `Sen. Rand Paul, R-Ky., the …`
    if not rest:
        return head, None, None
    rel = None
    appo: str | None = rest
    m = _APPO_REL.match(rest)
    if m:
        appo = m.group("appo")
        rel = m.group("rel")
    if appo is not None:
        appo = _clean(appo) or None
        if appo and re.fullmatch(r"\d{1,3}", appo):
            appo = None  # an age: `Smith, 45,`
        elif appo and _core(appo.split()[0]) in _ADVERBIAL_START:
            appo = None  # a parenthetical, not a role: `Safadi, for his part,`, `Smith, in turn,`
    return head, appo, (_clean(rel) if rel else None)


def parse_np(np: str) -> Mention | None:
    """Read the noun phrase naming a speaker; None when it is not one."""
    np = _clean(np)
    if not np or len(np) > 300:
        return None
    dash = _DASH.search(np) if (" - " in np or " – " in np or " — " in np or " -- " in np) else None
    if dash:
        # `WASHINGTON (Reuters) - U.S. President Joe Biden`: a dateline before a dash
        np = _clean(np[dash.end() :])
    toks0 = np.split()
    # Leading conjunctions and adverbs are not part of the subject.
    while toks0 and _core(toks0[0]) in ("and", "but", "also", "then", "later", "earlier", "so"):
        toks0.pop(0)
    if not toks0:
        return None
    np = " ".join(toks0)
    low = np.lower()
    if low in PRONOUNS:
        return Mention(low, "unknown", ref="pronoun", plural=low == "they")
    head, appo, rel = _split_apposition(np)
    head = _clean(head)
    tokens = head.split()
    if not tokens:
        return None
    lows = [_core(t) for t in tokens]
    if any(w in SPEECH_VERB_WORDS for w in lows) or lows[-1] in SUBORDINATORS:
        return None
    last = lows[-1]

    # `the statement`, `the army's statement`, `a statement from the ministry`
    sm = _STATEMENT_NP.fullmatch(head) if any(w in STATEMENT_WORDS for w in lows) else None
    if sm:
        if sm.group("by"):
            inner = parse_np(sm.group("by"))
            if inner is not None:
                return inner
        owner = (sm.group("owner") or "").strip()
        return Mention(owner, "organisation", ref="statement")

    om = _OF_ORG.match(head)
    if om and not rel:
        # `Prof. Martin Oyelaran of the University of Texas`, `Jan Kis of Reuters`
        left = om.group(1).split()
        if not any(_core(t) in ORG_HEADS for t in left) and _core(left[0]) not in DETERMINERS:
            r_toks, n_toks = split_name(left)
            titled = bool(r_toks) and _titled(_core(r_toks[-1]))
            if n_toks and (len(n_toks) >= 2 or titled) and (not r_toks or titled):
                sub = parse_np(om.group(1))
                if sub is not None and sub.kind in ("person", "unknown") and sub.name:
                    org = om.group(2)
                    sub.role = f"{sub.role}, {org}" if sub.role else org
                    if appo:  # `Rosa DeLauro of Connecticut, the top Democrat on the committee,`
                        sub.role = f"{sub.role}, {_THE.sub('', _clean(appo))}"
                    sub.kind = "person"
                    return sub
    det = lows[0] if lows[0] in DETERMINERS or lows[0] in INDEFINITE or lows[0].isdigit() else None
    if det == "the" and 2 <= len(tokens) <= 3 and not appo and _PERSON_WORD.fullmatch(tokens[-1]):
        # `the Spaniard`, `the 23-year-old`, `the veteran striker`: a person named earlier
        word = lows[-1]
        gender = "f" if word.endswith("woman") else "m" if word.endswith("man") and word != "german" else None
        return Mention(" ".join(lows[1:]), "person", gender=gender, ref="personref")
    role_toks, name_toks = split_name(tokens)
    if len(role_toks) == 1 and len(name_toks) == 1 and _core(role_toks[0]) in PARTICLES:
        # `des Cars said`: the surname with its particle
        role_toks, name_toks = [], [*role_toks, *name_toks]
    has_name = bool(name_toks)

    # `The leader in the Coordination Framework, Ali al-Fatlawi,` / `the spokesman of Kataib Hezbollah, Abu Ali`
    if det in ("the", "a", "an") and appo and _looks_like_name(appo) and has_name:
        k = next((i for i, w in enumerate(lows[1:4], 1) if w in ("of", "in", "for", "at", "from", "with")), None)
        if k is not None and k >= 2 and (lows[k - 1] in ROLE_NOUNS or lows[k - 1] in ANON_HEADS or lows[k - 1] in TITLE_WORDS):
            sub = parse_np(appo)
            if sub is not None and sub.kind == "person" and sub.ref is None:
                sub.role = sub.role or _A_AN.sub("", _clean(head))
                return sub

    # `The foreign minister, Abbas Araqchi,` / `a military spokesman, Col. Amir Tal,`
    if not has_name and appo and _looks_like_name(appo) and (last in ROLE_NOUNS or last in ANON_HEADS or last in TITLE_WORDS):
        sub = parse_np(appo)
        if sub is not None and sub.kind == "person":
            sub.role = sub.role or _A_AN.sub("", _clean(head))
            return sub

    # `the Foreign Minister`, `the top Russian diplomat`, `the Kremlin spokesman`: a role to resolve
    if (
        det in ("the", "this", "that")
        and 2 <= len(tokens) <= 5
        and (last in ROLE_NOUNS or (last in TITLE_WORDS and last not in ORG_HEADS))
        and any(_is_cap(t) for t in tokens[1:])
        and not any(_POSSESSIVE.match(t) for t in tokens)
        and not rel
    ):
        return Mention(" ".join(lows[1:]), "person", ref="roleref")

    # `the group`, `the army`, `the ministry`, `the analyst`, `the official`
    if det in ("the", "this", "that") and len(tokens) <= 3 and not has_name and not any(_is_cap(t) for t in tokens[1:]):
        noun = " ".join(lows[1:])
        if last in SOURCE_NOUNS:
            return Mention(noun, "anonymous", role=rel, ref="anonref", plural=last in PLURAL_ANON)
        if last in ROLE_NOUNS or (last in TITLE_WORDS and last not in ORG_HEADS):
            return Mention(noun, "person", ref="roleref")
        if last in COLLECTIVE_HEADS or last in ORG_HEADS or last in GROUPISH or last in COMPANY_HEADS:
            return Mention(noun, "organisation", ref="orgref", plural=True)

    # anonymous: `a Syrian official`, `three Syrian sources`, `rebel sources`, `an opposition leader`,
    # `two people familiar with the matter`, `a source close to the group`
    if (det in INDEFINITE or (det is None and lows[0][:1].isdigit())) and not (has_name and not role_toks):
        anon_i = next((i for i, w in enumerate(lows[:6]) if w in ANON_HEADS), None)
        if anon_i is not None and not any(_is_cap(t) and _core(t) not in TITLE_WORDS for t in tokens[anon_i + 1 : anon_i + 2]):
            if appo and _looks_like_name(appo):
                sub = parse_np(appo)
                if sub is not None and sub.kind == "person":
                    sub.role = sub.role or _A_AN.sub("", _clean(head))
                    return sub
            return Mention(_clean(head), "anonymous", role=rel or appo, plural=lows[anon_i] in PLURAL_ANON)
    if last in ANON_HEADS and not has_name and (det in INDEFINITE or det is None or lows[0].isdigit()):
        if appo and _looks_like_name(appo):
            # `a spokesman for the army, Avichay Adraee,`
            sub = parse_np(appo)
            if sub is not None and sub.kind == "person":
                sub.role = sub.role or _A_AN.sub("", _clean(head))
                return sub
        return Mention(_clean(head), "anonymous", role=rel or appo, plural=last in PLURAL_ANON)

    # a named person or organisation
    if has_name:
        name = _clean(" ".join(name_toks))
        name = _POSSESSIVE.sub(r"\1", name) if name.endswith(("’s", "'s")) else name
        name_lows = [_core(t) for t in name_toks]
        role = appo or _role_text(role_toks)
        gender = _gender_of(role, role_toks)
        last_role = role_toks[-1] if role_toks else ""
        role_is_title = bool(last_role) and (
            _titled(_core(last_role)) or _core(last_role) in ROLE_NOUNS or bool(_POSSESSIVE.match(last_role))
        )
        org_in_name = any(w in ORG_HEADS for w in name_lows)
        org_in_head = org_in_name or any(_core(t) in ORG_HEADS for t in tokens if _is_cap(t))
        if role_is_title and not org_in_name:
            return _person(name, role, gender, name_toks)
        if org_in_head or det == "the" or _is_org_name(name, name_toks):
            full = _THE.sub("", _clean(head))
            full = re.sub(r"\s*\([A-Z]{2,}\)$", "", full)  # `Free Hawks Brigade (FHB)`
            full = _POSSESSIVE.sub(r"\1", full) if full.endswith(("’s", "'s")) else full
            return Mention(full, "organisation", role=appo if appo and not _is_person_role(appo) else None)
        if appo and _is_person_role(appo):
            return _person(name, role, gender, name_toks)
        if appo and _is_org_role(appo):
            return Mention(name, "organisation", role=appo)
        if len(name_toks) == 1 or (len(name_toks) == 2 and name_lows[0] in PARTICLES and not role_toks):
            # `Khodr`, `De Moraes`, `van Dijk`: a surname alone
            return Mention(name, "unknown", role=role, gender=gender, ref="short")
        return _person(name, role, gender, name_toks)

    # a lower-case collective: `the Syrian forces leading the all-out offensive`, `state media`
    if any(w in COLLECTIVE_HEADS for w in lows[:6]) or last in COLLECTIVE_HEADS:
        name = _THE.sub("", _clean(head))
        return Mention(name, "organisation", role=appo)
    if tokens and all(_is_cap(t) or _core(t) in ("of", "for", "and", "the", "de") for t in tokens):
        name = _THE.sub("", _clean(head))
        return Mention(name, "organisation")
    return None


_DEMONYMS = (
    "Argentine|Swede|Dane|Finn|Pole|Turk|Scot|Czech|Greek|Thai|Swiss|Kenyan|Briton|Croat|Serb|Slovak|"
    "Slovene|Uzbek|Kazakh|Kyrgyz|Tajik|Afghan|Filipino|Filipina|Maltese|Basque|Catalan|Fleming"
)
_PERSON_WORD = re.compile(
    rf"(?:{_DEMONYMS}|[A-Z][a-z]+(?:ian|ean|ese|ard|men|man|woman|ian)|"
    r"(?:Iraq|Israel|Pakistan|Qatar|Emirat|Kuwait|Yemen|Bangladesh|Azerbaijan|Oman|Sau)i|"
    r"\d{1,3}-year-old|veteran|striker|midfielder|defender|goalkeeper|forward|winger|keeper|"
    r"coach|skipper|youngster|teenager|playmaker)",
)


def _person(name: str, role: str | None, gender: str | None, name_toks: list[str]) -> Mention:
    if len(name_toks) == 1:
        # A single name after a title (`Gen. Smith`, `Mr. Khodr`) may be a short reference.
        return Mention(name, "person", role=role, gender=gender, ref="short")
    return Mention(name, "person", role=role, gender=gender)


def _looks_like_name(text: str) -> bool:
    toks = text.split()
    return 1 < len(toks) <= 6 and all(_is_cap(t) or _is_particle_tok(t) for t in toks)


_ORGISH_ROLE = frozenset(
    ("group", "organisation", "organization", "faction", "movement", "party", "agency", "alliance",
     "coalition", "militia", "network", "company", "firm")
)
_PERSON_ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS


def _is_person_role(text: str) -> bool:
    words = [_core(t) for t in text.split()[:8]]
    if not words:
        return False
    if not _ORGISH_ROLE.isdisjoint(words):
        head_person = not ROLE_NOUNS.isdisjoint(words[:4])
        return head_person and words[0] in ("a", "an", "the", "head", "chief", "leader")
    return not _PERSON_ROLE_WORDS.isdisjoint(words) or words[0] in ("head", "chief", "leader")


def _is_org_role(text: str) -> bool:
    lows = [_core(t) for t in text.split()[:5]]
    return any(w in GROUPISH or w in ("agency", "company", "firm", "body", "monitor", "organization") for w in lows)


def _is_org_name(name: str, name_toks: list[str]) -> bool:
    low = name.lower()
    if _is_state(low):
        return True
    if len(name_toks) == 1 and (_is_acronym(name_toks[0]) or name_toks[0] in COUNTRY_ACRONYMS):
        return True
    from desk.extract.via import canonical_via

    return canonical_via(name) is not None and len(name_toks) <= 4


# --------------------------------------------------------------------------- sentence subjects

# A clause or phrase that opens a sentence before its subject, up to its comma: a prepositional
# phrase (`In a statement on Friday,`), an adverb (`Later,`), a participle clause (`Speaking at a
# press conference held with …,`, `Asked about …,`).  Besides the listed participles, a capitalised
# `-ing` word is one only before a preposition that a place or person name seldom takes
# (`Testifying before …`), so `Beijing on Monday, …` or `Fleming, a senior analyst,` stay names.
_INTRO = re.compile(
    r"^(?:(?:But|And|Yet),?\s+(?:(?:in|on|at|after|before|during|since|with|for|under|from|by|over|amid|as|"
    r"when|while|speaking|asked|later|earlier|meanwhile|now|still|then|last|this)\b[^,]{0,160},\s+)?)?"
    r"(?:(?:(?:On|In|At|After|Before|During|Since|Speaking|Asked|Earlier|Later|Meanwhile|However|"
    r"Separately|Also|Then|Last|This|Writing|Addressing|Responding|While|When|"
    r"Although|Though|As|Following|Despite|For|With|Under|From|By|Over|Late|Early|Still|Instead|"
    r"Elsewhere|Overnight|Today|Yesterday|Now|Previously|Already|Nevertheless|Moreover|Indeed|"
    r"Amid|Upon|Through|Throughout|Ahead|Against|Unlike|Like|Within|Besides|Regarding|Additionally|"
    r"Furthermore|Likewise|Similarly|Nonetheless|Accordingly|Pressed|Questioned|Quoted|Interviewed|"
    r"Reached|Contacted|Approached|Invited|Commenting|Reacting|Referring|Talking|Addressing|Testifying|"
    r"Appearing|Visiting|Meeting|Standing|Briefing|Explaining|Answering|Arriving|Returning|Attending|"
    r"Unveiling|Welcoming|Reflecting|Pointing|Calling|Describing|Defending|Hosting|Receiving|Delivering|"
    r"Launching|Presenting|Announcing|Opening|Closing|Touring|Campaigning)(?![\w\-’'])"
    r"|[A-Z][a-z]{2,}ing(?=\s+(?:to|at|about|with|alongside|before|from|during|outside|after|through|via)\b))"
    r"[^,]{0,160},\s+)*"
)
_NAME_RUN_TOK = re.compile(r"\S+")


def _is_head(word: str) -> bool:
    return word in ANON_HEADS or word in COLLECTIVE_HEADS or word in ORG_HEADS or word in ROLE_NOUNS


_NOT_MODIFIER = DETERMINERS | SUBORDINATORS | SPEECH_VERB_WORDS | _words(
    "of to in on at for from with by about against over into is are was were has have had will would"
)


_PLURAL_MODIFIERS = _words("affairs arms rights relations operations forces services resources sports news communications works")


def _role_before_name(toks: list[tuple[int, str]], i: int) -> int | None:
    """The index of a title or role word within the next four plain lower-case words from `i` that
    a capitalised name follows, or None: `foreign policy chief Kaja` → the index of `chief`."""
    for j in range(i, min(i + 4, len(toks) - 1)):
        tok = toks[j][1]
        core = _core(tok)
        if tok != core or core in _NOT_MODIFIER or core.endswith("ed") or not core.replace("-", "").isalpha():
            return None
        if core.endswith("s") and not core.endswith("ss") and core not in _PLURAL_MODIFIERS:
            return None  # a verb (`Israel kills senior commander …`), not a modifier
        if (_titled(core) or core in ROLE_NOUNS) and _is_cap(toks[j + 1][1]) and _core(toks[j + 1][1]) not in _STARTERS:
            return j
    return None


def leading_subject(sentence: str) -> tuple[int, str] | None:
    """(offset, text) of the noun phrase a sentence opens with, when it is a name or description
    followed by a verb: `Abu Mohammed al-Golani, head of the main rebel faction HTS, vowed …`."""
    s = sentence.lstrip("\"“”'‘’«» ")
    off = len(sentence) - len(s)
    m = _INTRO.match(s)
    if m:
        off += m.end()
        s = s[m.end() :]
    toks = [(t.start(), t.group()) for t in _NAME_RUN_TOK.finditer(s, 0, 260)]
    if not toks:
        return None
    i = 0
    n = len(toks)
    if _core(toks[0][1]) in DETERMINERS or _core(toks[0][1]) in INDEFINITE:
        i = 1
    start_i = i
    headed = False
    while i < n:
        tok = toks[i][1]
        core = _core(tok)
        if _is_cap(tok) or _prefixed(tok):
            headed = headed or core in ORG_HEADS
            i += 1
        elif core in PARTICLES or (core in ("of", "for", "and", "the", "de") and i + 1 < n and _is_cap(toks[i + 1][1])):
            if i + 1 < n and (_is_cap(toks[i + 1][1]) or _prefixed(toks[i + 1][1])):
                i += 1
            else:
                break
        elif i > start_i and (j := _role_before_name(toks, i)) is not None:
            # lower-case words between capitalised modifiers and a title before a name:
            # `EU foreign policy chief Kaja Kallas`, `Labour's deputy leader Ann Rayner`
            i = j + 1
            tok = toks[j][1]
            headed = True
        elif headed and (core in ROLE_NOUNS or _titled(core)) and i > start_i and not toks[i - 1][1].endswith(","):
            # `The International Crisis Group's Africa director, Comfort Ero,`
            i += 1
        elif headed:
            break
        elif core in ROLE_NOUNS or core in ANON_HEADS or core in COLLECTIVE_HEADS or ("-" in core and _titled(core)):
            headed = True
            i += 1
        elif start_i == 1 and re.sub(r"(?:’s|'s)$", "", core).isalpha() and not tok.endswith(","):
            # lower-case modifiers in a description, up to its head noun: `a senior Syrian official`
            j = i
            while j < n and j < i + 4 and not _is_head(_core(toks[j][1])):
                if toks[j][1].endswith((",", ".", ";", ":")):
                    j = n
                    break
                j += 1
            if j >= n or j >= i + 4:
                break
            i = j + 1
            tok = toks[j][1]
            headed = True
        else:
            break
        if tok.endswith(",") or tok.endswith("’s,"):
            break
        if i - start_i > 10:
            return None
    if i == 0 or i == start_i:
        return None
    end_tok = i - 1
    text_end = toks[end_tok][0] + len(toks[end_tok][1])
    np_text = s[:text_end]
    if toks[end_tok][1].endswith(","):
        # an apposition up to the next comma, then a verb
        j = i
        while j < n and j - i < 18 and not toks[j][1].endswith(","):
            if toks[j][1].endswith((".", ";", ":", "?", "!")):
                return None
            j += 1
        if j < n and toks[j][1].endswith(",") and j + 1 < n and toks[j + 1][1][:1].islower():
            np_text = s[: toks[j][0] + len(toks[j][1])]
        else:
            np_text = s[:text_end]
    elif i < n and not toks[i][1][:1].islower():
        return None
    np_text = np_text.rstrip(",")
    if " " not in np_text and np_text.lower() in _STARTERS:
        return None  # `There was …`, `It is …`
    return off, np_text


# --------------------------------------------------------------------------- discourse


@dataclass(slots=True)
class Resolved:
    """A resolved speaker, as a quote carries it."""

    name: str | None
    kind: str
    role: str | None = None


UNKNOWN = Resolved(None, "unknown", None)

_ORG_RUN = re.compile(
    r"(?:(?<![\w’'])(?:[Tt]he\s+)?)?"
    r"(?:[A-Z][\w’'\-&.]*|al-[A-Z][\w\-]*)(?:\s+(?:(?:of|for|and|de|al|on)\s+(?:the\s+)?)?(?:[A-Z][\w’'\-&.]*|al-[A-Z][\w\-]*))*"
)


class Discourse:
    """What a body has said so far, to resolve references in quote attributions."""

    def __init__(self, body: str, paragraphs: list[tuple[int, int]], masks: list[tuple[int, int]]):
        self.body = body
        self.paras = paragraphs
        self._para_starts = [p[0] for p in paragraphs]
        self._sents: dict[int, list[tuple[int, int]]] = {}
        self._sent_starts: dict[int, list[int]] = {}
        self._subjects: dict[tuple[int, int], tuple[int, Mention] | None] = {}
        self._descriptions: dict[tuple[int, int], tuple[int, Mention] | None] = {}
        self._reported: dict[tuple[int, int], tuple[int, Mention] | None] = {}
        self._orgs: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.masks = masks  # quoted spans (inner text), never read for candidates
        self._mask_starts = [m[0] for m in masks]
        self.speakers: list[tuple[int, Mention]] = []  # (position, resolved mention)
        self.terms: list[tuple[int, str]] = []  # quoted names that may be organisations
        self.gender: dict[str, str | None] = {}
        self._acronym_cache: dict[str, bool] = {}
        self._speaker_pos: list[int] = []
        self._term_pos: list[int] = []
        self.roles: dict[str, str] = {}

    # -- structure

    def para_index(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)

    def sentences(self, k: int) -> list[tuple[int, int]]:
        s = self._sents.get(k)
        if s is None:
            ps, pe = self.paras[k]
            s = split_sentences(self.body, ps, pe) or [(ps, pe)]
            self._sents[k] = s
            self._sent_starts[k] = [a for a, _ in s]
        return s

    def sentence_at(self, pos: int) -> tuple[int, int]:
        k = self.para_index(pos)
        sents = self.sentences(k)
        i = bisect_right(self._sent_starts[k], pos) - 1
        return sents[i if i > 0 else 0]

    def _walk_back(self, pos: int, max_sents: int = 10, max_paras: int = 3):
        """Sentences (k, span) from the one holding `pos` backwards."""
        k = self.para_index(pos)
        count = 0
        for kk in range(k, max(-1, k - max_paras - 1), -1):
            sents = self.sentences(kk)
            for span in reversed(sents):
                if span[0] > pos:
                    continue
                yield kk, span
                count += 1
                if count >= max_sents:
                    return

    def _masked(self, a: int, b: int) -> bool:
        i = bisect_right(self._mask_starts, a) - 1
        return i >= 0 and self.masks[i][0] <= a and b <= self.masks[i][1]

    # -- candidates

    def subject(self, span: tuple[int, int]) -> tuple[int, Mention] | None:
        if span in self._subjects:
            return self._subjects[span]
        self._subjects[span] = None  # while it is being read: no reference loops back into it
        out = None
        text = self.body[span[0] : span[1]]
        ls = leading_subject(text)
        if ls is not None:
            off, np_text = ls
            pos = span[0] + off
            if not self._masked(pos, pos + 1):
                m = parse_np(np_text)
                if m is not None and m.ref in (None, "short") and m.kind in ("person", "organisation", "unknown"):
                    if m.ref == "short":
                        m = self._resolve_short(m, pos, allow_unresolved=False)
                    if m is not None:
                        out = (pos, m)
        self._subjects[span] = out
        return out

    def orgs(self, span: tuple[int, int]) -> list[tuple[int, str]]:
        """Organisation names in a sentence (outside quotes), by position."""
        got = self._orgs.get(span)
        if got is not None:
            return got
        got = []
        for m in _ORG_RUN.finditer(self.body, span[0], span[1]):
            if self._masked(m.start(), m.end()):
                continue
            text = m.group()
            toks = text.split()
            lows = [_core(t) for t in toks]
            if lows and lows[0] == "the":
                toks, lows = toks[1:], lows[1:]
            if not toks:
                continue
            name = " ".join(toks).rstrip(".,;:")
            if len(toks) == 1 and m.start() > 0 and self.body[m.start() - 1] == "(":
                continue  # `Free Hawks Brigade (FHB)`: the acronym repeats the name before it
            if any(w in ORG_HEADS for w in lows) or (len(toks) == 1 and _is_acronym(toks[0]) and toks[0] not in COUNTRY_ACRONYMS):
                got.append((m.start(), _POSSESSIVE.sub(r"\1", name)))
        self._orgs[span] = got
        return got

    # -- resolution

    def resolve(self, m: Mention | None, pos: int) -> Resolved:
        """The speaker a parsed mention refers to; `pos` is where the quote or attribution is."""
        if m is None:
            return UNKNOWN
        if m.ref == "pronoun":
            return self._resolve_pronoun(m.name or "", pos)
        if m.ref == "short":
            r = self._resolve_short(m, pos, allow_unresolved=True)
            return self._final(r)
        if m.ref == "orgref":
            return self._resolve_orgref(m.name or "", pos)
        if m.ref == "statement":
            return self._resolve_statement(m.name or "", pos)
        if m.ref == "roleref":
            return self._resolve_role(m.name or "", pos)
        if m.ref == "anonref":
            return self._resolve_anon(m, pos)
        if m.ref == "personref":
            return self._resolve_pronoun({"m": "he", "f": "she"}.get(m.gender or "", "*"), pos)
        return self._final(m)

    def _final(self, m: Mention | None) -> Resolved:
        if m is None or not m.name:
            return UNKNOWN
        if m.kind == "person":
            if m.role and m.name not in self.roles:
                self.roles[m.name] = m.role
            if m.gender and not self.gender.get(m.name):
                self.gender[m.name] = m.gender
            role = m.role or self.roles.get(m.name)
            return Resolved(m.name, "person", role)
        return Resolved(m.name, m.kind, m.role)

    def remember(self, pos: int, r: Resolved, plural: bool = False) -> None:
        if r.name:
            self.speakers.append((pos, Mention(r.name, r.kind, r.role, plural=plural)))
            self._speaker_pos.append(pos)

    def add_term(self, pos: int, text: str) -> None:
        self.terms.append((pos, text))
        self._term_pos.append(pos)

    def _speakers_in(self, span: tuple[int, int], before: int) -> list[tuple[int, Mention]]:
        hi = min(span[1], before)
        i = bisect_right(self._speaker_pos, span[0] - 1)
        j = bisect_right(self._speaker_pos, hi - 1)
        return self.speakers[i:j]

    def _terms_in(self, span: tuple[int, int], before: int) -> list[tuple[int, str]]:
        hi = min(span[1], before)
        i = bisect_right(self._term_pos, span[0] - 1)
        j = bisect_right(self._term_pos, hi - 1)
        return self.terms[i:j]

    def _person_gender(self, name: str) -> str | None:
        if name in self.gender:
            return self.gender[name]
        g = None
        bare = _bare_surname(name.split()[-1])
        body = self.body
        i = body.find(bare)
        n = 0
        while i >= 0 and n < 200 and g is None:
            n += 1
            hm = _HONORIFIC_BEFORE.search(body, max(0, i - 40), i)
            if hm:
                g = HONORIFICS.get(hm.group(1).lower())
            i = body.find(bare, i + 1)
        if g is None:
            role = self.roles.get(name)
            g = _gender_of(role, []) if role else None
        self.gender[name] = g
        return g

    def description(self, span: tuple[int, int]) -> tuple[int, Mention] | None:
        """A sentence subject that describes one person without naming them (`The museum's
        director`, `the Spaniard`, `the official`): a pronoun after it refers to them."""
        if span in self._descriptions:
            return self._descriptions[span]
        out = None
        ls = leading_subject(self.body[span[0] : span[1]])
        if ls is not None and not self._masked(span[0] + ls[0], span[0] + ls[0] + 1):
            m = parse_np(ls[1])
            if m is not None and m.ref in ("roleref", "personref", "anonref") and not m.plural:
                out = (span[0] + ls[0], m)
        self._descriptions[span] = out
        return out

    def _resolve_pronoun(self, pron: str, pos: int) -> Resolved:
        want = PRONOUNS.get(pron, "n") if pron != "*" else "*"
        for _k, span in self._walk_back(pos):
            cands = self._speakers_in(span, pos)
            subj = self.subject(span)
            if subj is not None and subj[0] < pos:
                cands.append(subj)
            cands.sort(key=lambda c: -c[0])
            desc = self.description(span) if want in ("m", "f", "*") else None
            if desc is not None and desc[0] < pos and not any(p > desc[0] for p, _c in cands):
                # `The museum's director was dismissive. “…,” she said.`: the description, not an
                # earlier name, is what the pronoun refers to
                r = self.resolve(desc[1], desc[0])
                if r.kind == "person" and r.name and want in ("m", "f"):
                    g = self._person_gender(r.name)
                    if g and g != want:
                        return UNKNOWN
                return r if r.kind in ("person", "anonymous") else UNKNOWN
            for _p, c in cands:
                if want == "*":
                    if c.kind == "person" and c.name:
                        return self._final(c)
                    continue
                if want in ("m", "f"):
                    if c.kind == "anonymous" and c.name and not c.plural:
                        # `“…,” said a Western diplomat. … “…,” he added.`
                        return Resolved(c.name, "anonymous", c.role)
                    if c.kind != "person" or not c.name:
                        continue
                    g = self._person_gender(c.name)
                    if g and g != want:
                        continue
                    self.gender[c.name] = want
                    return self._final(c)
                if want == "p":
                    if c.kind == "organisation" or (c.kind == "anonymous" and c.plural):
                        return Resolved(c.name, c.kind, c.role)
                    continue
                if c.kind == "organisation":
                    return Resolved(c.name, c.kind, c.role)
        return UNKNOWN

    def _resolve_short(self, m: Mention, pos: int, allow_unresolved: bool) -> Mention | None:
        name = m.name or ""
        key = _surname_key(name.split()[-1]) if name else ""
        if not key:
            return m if allow_unresolved else None
        # 1. earlier speakers whose name holds the word
        for p, c in reversed(self.speakers[-200:]):
            if p < pos and c.kind == "person" and c.name and c.name != name and _name_has(c.name, key):
                return replace(c, role=m.role if m.role and m.role != c.role and c.role is None else c.role)
        # 2. an earlier full name in the body: `… Al Jazeera’s Zeina Khodr reported …`
        full = self._earlier_full_name(name.split()[-1], pos)
        if full is not None and not full.role and not m.role:
            # its role from an earlier sentence it is the subject of:
            # `The Iraqi Prime Minister, Mohammed Shia al-Sudani, confirmed …`
            subj = self._subject_named(full.name or "", pos)
            if subj is not None:
                full.role = subj.role
        if full is not None:
            if m.role and not full.role:
                full.role = m.role
            if m.gender and not full.gender:
                full.gender = m.gender
            return full
        if m.kind == "person" and m.role:
            return replace(m, ref=None)  # `Gen. Smith`: a titled single name is a person
        if _is_org_name(name, name.split()) or self._has_acronym_after(name):
            return Mention(name, "organisation")
        if not allow_unresolved:
            return None
        return Mention(name, "unknown", role=m.role)

    def interviewee(self, pos: int) -> Resolved:
        """The one person named as a sentence subject before the first question (`Q:`) of an
        interview laid out as questions and answers; UNKNOWN when none or several are."""
        first_q = next((k for k, (a, _b) in enumerate(self.paras) if _QUESTION.match(self.body, a)), None)
        if first_q is None or self.paras[first_q][0] > pos:
            return UNKNOWN
        people: dict[str, Mention] = {}
        for k in range(first_q):
            for span in self.sentences(k):
                dm = _LEAD_DATELINE.match(self.body, span[0], span[1])
                sub_span = (dm.end(), span[1]) if dm else span
                subj = self.subject(sub_span)
                if subj is not None and subj[1].kind == "person" and subj[1].name:
                    ls = leading_subject(self.body[sub_span[0] : sub_span[1]])
                    tail = sub_span[0] + ls[0] + len(ls[1]) if ls else subj[0]
                    if re.match(r",?\s+(?:and|&)\s", self.body[tail : tail + 8]):
                        return UNKNOWN  # `Mayor X and engineer Y spoke to us`: whose answers?
                    people.setdefault(subj[1].name, subj[1])
        if len(people) != 1:
            return UNKNOWN
        return self._final(next(iter(people.values())))

    def _subject_named(self, name: str, pos: int) -> Mention | None:
        """The nearest earlier sentence subject that is `name` with a role."""
        for _k, span in self._walk_back(pos, max_sents=12, max_paras=12):
            if span[1] > pos:
                continue  # the sentence of the mention itself
            subj = self.subject(span)
            if subj is not None and subj[1].name == name and subj[1].role:
                return subj[1]
        return None

    def _earlier_full_name(self, word: str, pos: int) -> Mention | None:
        bare = _bare_surname(word)
        if len(bare) < 2:
            return None
        body = self.body
        lo = max(0, pos - 20000)
        end = pos
        for _ in range(60):
            i = body.rfind(bare, lo, end)
            if i < 0:
                return None
            end = i
            j = i + len(bare)
            if j < len(body) and (body[j].isalnum() or body[j] == "-"):
                continue
            if self._masked(i, j):
                continue
            pm = _PRE_NAME.search(body, max(0, i - 70), i)
            if pm is not None:
                pm = _within_sentence(body, pm, i)
            tail = _NAME_TAIL.match(body, j)
            if tail:
                j = tail.end()  # `Lula` in `Luiz Inacio Lula da Silva`
            if pm is not None:
                full = parse_np(_mention_context(body, pm.start(), j))
                if full is not None and full.kind == "person" and full.name and len(full.name.split()) > 1:
                    full.ref = None
                    return full
            gm = _GIVEN_AFTER.match(body, j)
            if gm and gm.group(1).lower() not in _NOT_GIVEN:
                # `Chinese Foreign Minister Wang Yi`: the family name first
                full = parse_np(_mention_context(body, pm.start() if pm else i, gm.end()))
                named = full is not None and full.kind == "person" and full.name and len(full.name.split()) > 1
                if named and (full.role or pm is not None):
                    full.ref = None
                    return full
        return None

    def _has_acronym_after(self, name: str) -> bool:
        got = self._acronym_cache.get(name)
        if got is None:
            got = re.search(re.escape(name) + r"\s*\([A-Z]{2,}\)", self.body) is not None
            self._acronym_cache[name] = got
        return got

    def _org_candidates(self, pos: int, max_sents: int = 10, max_paras: int = 3):
        for _k, span in self._walk_back(pos, max_sents, max_paras):
            cands: list[tuple[int, str, bool]] = []  # (position, name, is speaker/subject)
            for p, c in self._speakers_in(span, pos):
                if c.kind == "organisation" and c.name:
                    cands.append((p, c.name, True))
            subj = self.subject(span)
            if subj is not None and subj[0] < pos and subj[1].kind == "organisation" and subj[1].name:
                cands.append((subj[0], subj[1].name, True))
            for p, name in self.orgs(span):
                if p < pos:
                    cands.append((p, name, False))
            for p, name in self._terms_in(span, pos):
                cands.append((p, name, False))
            cands.sort(key=lambda c: -c[0])
            yield span, cands

    def _resolve_orgref(self, noun: str, pos: int) -> Resolved:
        words = noun.split()
        head = words[-1] if words else ""
        company = head in COMPANY_HEADS and head not in GROUPISH
        for _span, cands in self._org_candidates(pos):
            for _p, name, subj in cands:
                if company and not subj and head not in name.lower():
                    continue  # `the bank` is a company that spoke or acted, not one merely mentioned
                if _org_compatible(head, noun, name):
                    return Resolved(name, "organisation", None)
        if head in _ANAPHORIC_ONLY and len(words) == 1:
            return UNKNOWN
        return Resolved(noun, "organisation", None)

    def _resolve_statement(self, owner: str, pos: int) -> Resolved:
        if owner:
            om = parse_np(owner if owner.lower().startswith(("the ", "a ")) else "the " + owner)
            if om is not None and om.ref == "orgref":
                return self._resolve_orgref(om.name or "", pos)
            if om is not None:
                r = self.resolve(om, pos)
                if r.name:
                    return r
            om = parse_np(owner)
            if om is not None:
                return self.resolve(om, pos)
            return UNKNOWN
        # The issuer: the nearest organisation that is a subject or a speaker, in this paragraph first.
        k = self.para_index(pos)
        fallback: str | None = None
        for span, cands in self._org_candidates(pos, max_sents=8, max_paras=1):
            for _p, name, is_subject in cands:
                if is_subject and self.para_index(span[0]) == k:
                    return Resolved(name, "organisation", None)
            if _STATEMENT_SUBJECT.match(self.body, span[0], span[1]):
                # `The final communique called for … “…,” the statement said.`: the statement is the
                # one this sentence introduces, and an organisation it mentions is not its issuer
                break
            for _p, name, _subj in cands:
                if fallback is None:
                    fallback = name
        if fallback:
            return Resolved(fallback, "organisation", None)
        return UNKNOWN

    def reported(self, span: tuple[int, int]) -> tuple[int, Mention] | None:
        """The named speaker of reported speech that ends a sentence (`Russia is ready for talks,
        Foreign Minister Sergey Lavrov told reporters.`)."""
        if span in self._reported:
            return self._reported[span]
        out = None
        m = _REPORTED_END.search(self.body, span[0], span[1])
        if m and not self._masked(m.start("np"), m.end("np")):
            pm = parse_np(m.group("np"))
            if pm is not None and pm.kind == "person" and pm.ref is None and pm.name and " " in pm.name:
                out = (m.start("np"), pm)
        self._reported[span] = out
        return out

    def _resolve_role(self, noun: str, pos: int) -> Resolved:
        head = noun.split()[-1] if noun else ""
        if not head:
            return UNKNOWN
        words = _ROLE_SYNONYMS.get(head, (head,))
        role_re = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w\-])")
        nation = next((w for w in noun.split()[:-1] if w in _NATION_WORDS), None)
        for _k, span in self._walk_back(pos, max_sents=15, max_paras=5):
            cands = self._speakers_in(span, pos)
            subj = self.subject(span)
            if subj is not None and subj[0] < pos:
                cands.append(subj)
            rep = self.reported(span)
            if rep is not None and rep[0] < pos:
                cands.append(rep)
            cands.sort(key=lambda c: -c[0])
            for _p, c in cands:
                role = (c.role or self.roles.get(c.name or "", "")).lower()
                if c.kind != "person":
                    continue
                if nation is None and role_re.search(role):
                    return self._final(c)
                if nation is not None and _same_nation(nation, role) and (role_re.search(role) or "counterpart" in role):
                    return self._final(c)
        if nation is not None:
            return self._national_name(nation, words, pos)
        return self._titled_name(head, pos)

    def _national_name(self, nation: str, words: tuple[str, ...], pos: int) -> Resolved:
        """The one person the body describes with `nation` and the role before `pos` (`his Jordanian
        counterpart Ayman Safadi` for `the Jordanian minister`); none when it names several or none."""
        heads = "|".join(re.escape(w) for w in (*words, "counterpart", "counterparts"))
        rx = re.compile(
            rf"(?<![\w\-]){re.escape(nation)}\s+(?:[\w\-]+\s+){{0,3}}?(?:{heads})(?:,)?\s+"
            r"((?:(?:[A-Z][\w\-’']+|de|da|van|von|al|bin)\s+){1,3}?[A-Z][\w\-’']+)",
            re.I,
        )
        names = {
            re.sub(r"(?:’s|'s)$", "", m.group(1))
            for m in rx.finditer(self.body, max(0, pos - 6000), pos)
            if not self._masked(m.start(1), m.end(1)) and m.group(1)[:1].isupper()
        }
        if len(names) != 1:
            return UNKNOWN
        return self._final(Mention(names.pop(), "person"))

    def _titled_name(self, head: str, pos: int) -> Resolved:
        """The one person the body names with a title for `head` before `pos` (`Gov. Greg Abbott`
        for `the governor`); none when it names several."""
        titles = _TITLE_FORMS.get(head) or ((re.escape(head), re.escape(head.capitalize())) if head in ROLE_NOUNS else ())
        if not titles:
            return UNKNOWN
        rx = re.compile(
            r"(?<![\w\-])(?:" + "|".join(titles) + r")\s+((?:(?:[A-Z][\w\-’']+|de|da|van|von|al|bin)\s+){0,3}[A-Z][\w\-’']+)"
        )
        names: list[tuple[str, int, int]] = []
        for m in rx.finditer(self.body, max(0, pos - 6000), pos):
            if self._masked(m.start(1), m.end(1)):
                continue
            name = re.sub(r"(?:’s|'s)$", "", m.group(1))
            if name.split()[-1].lower() in _STARTERS:
                continue
            names.append((name, m.start(), m.start(1) + len(name)))
        if not names:
            return UNKNOWN
        full, a, b = max(names, key=lambda n: len(n[0].split()))
        if len(full.split()) < 2 or any(_surname_key(n.split()[-1]) != _surname_key(full.split()[-1]) for n, _a, _b in names):
            return UNKNOWN
        pm = parse_np(_mention_context(self.body, a, b))
        role = pm.role if pm is not None and pm.name == full else None
        return self._final(Mention(full, "person", role=role))

    def _resolve_anon(self, m: Mention, pos: int) -> Resolved:
        head = (m.name or "").split()[-1] if m.name else ""
        for p, c in reversed(self.speakers):
            if p < pos and c.kind == "anonymous" and c.name and re.search(r"\b" + re.escape(head) + r"\b", c.name.lower()):
                return Resolved(c.name, "anonymous", c.role)
        for _k, span in self._walk_back(pos, max_sents=8, max_paras=2):
            # `A European diplomat told AFP that … “…,” the diplomat said.`
            ls = leading_subject(self.body[span[0] : span[1]])
            if ls is None or span[0] + ls[0] >= pos:
                continue
            am = parse_np(ls[1])
            if am is not None and am.kind == "anonymous" and am.ref is None and am.name and head and re.search(
                r"\b" + re.escape(head) + r"\b", am.name.lower()
            ):
                return Resolved(am.name, "anonymous", am.role)
        if not m.plural:
            # `the diplomat` after `Foreign Ministry Spokeswoman Maria Zakharova wrote …`
            r = self._resolve_role(m.name or "", pos)
            if r.name:
                return r
        return Resolved("the " + (m.name or ""), "anonymous", m.role)


def _same_nation(nation: str, role: str) -> bool:
    """Whether a role (lower case) names the nation of a demonym: `jordanian` in `jordan's foreign
    minister` or `jordanian counterpart`; `turkish` is not in `türkiye's foreign minister`."""
    if nation in role:
        return True
    if any(re.search(rf"(?<![\w\-]){re.escape(c)}(?![\w\-])", role) for c in _NATION_OF.get(nation, ())):
        return True
    return any(_shared_start(nation, w) >= max(4, len(min(nation, w, key=len)) - 1)
               for w in re.findall(r"[a-zà-ÿ]+", role))


def _shared_start(a: str, b: str) -> int:
    """How many letters two words share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_NATION_OF = {
    "french": ("france", "paris"), "spanish": ("spain", "madrid"), "british": ("britain", "uk", "united kingdom", "london"),
    "american": ("us", "u.s.", "united states", "america", "washington"), "dutch": ("netherlands", "holland"),
    "turkish": ("turkey", "türkiye", "turkiye", "ankara"), "swiss": ("switzerland",), "greek": ("greece",),
    "danish": ("denmark",), "swedish": ("sweden",), "norwegian": ("norway",), "finnish": ("finland",),
    "polish": ("poland",), "irish": ("ireland",), "scottish": ("scotland",), "welsh": ("wales",),
    "chinese": ("china", "beijing"), "japanese": ("japan", "tokyo"), "lebanese": ("lebanon",), "sudanese": ("sudan",),
    "vietnamese": ("vietnam",), "saudi": ("saudi arabia", "riyadh"), "emirati": ("uae", "emirates"),
    "qatari": ("qatar", "doha"), "egyptian": ("egypt", "cairo"), "filipino": ("philippines",), "thai": ("thailand",),
    "israeli": ("israel",), "palestinian": ("palestine", "palestinian authority"), "russian": ("russia", "kremlin", "moscow"),
    "german": ("germany", "berlin"), "iranian": ("iran", "tehran"), "syrian": ("syria", "damascus"),
}


_LEAD_DATELINE = re.compile(r"[A-Z][A-Z'’.\-]+(?:[ ,]+[A-Za-z'’.\-()]+){0,6}?\s+(?:—|–|-{1,2})\s+")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.\-–—]\s", re.I)

_REPORTED_END = re.compile(
    r",\s+(?P<np>(?:(?:[A-Z][\w.\-’']*|of|the|for|al|de|da|van|von|bin)\s+){1,8}?[A-Z][\w\-’']+)\s+"
    r"(?:told|said|says|added|stressed|noted|wrote|announced|declared|explained|insisted|warned)\b[^,;\"“”]*$"
)
_SPOKES = ("spokesman", "spokeswoman", "spokesperson")
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "governor": ("governor", "gov."),
    "senator": ("senator", "sen."),
    "representative": ("representative", "rep."),
    "congressman": ("congressman", "rep.", "representative"),
    "congresswoman": ("congresswoman", "rep.", "representative"),
    "lawmaker": ("lawmaker", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
                 "mp", "legislator", "deputy"),
    "general": ("general", "gen."),
    "judge": ("judge", "justice", "magistrate"),
    "justice": ("justice", "judge"),
    "diplomat": ("diplomat", "foreign minister", "foreign ministry", "ambassador", "envoy",
                 "secretary of state", "foreign secretary", "foreign affairs"),
    "envoy": ("envoy", "ambassador"),
    "spokesman": _SPOKES,
    "spokeswoman": _SPOKES,
    "spokesperson": _SPOKES,
    "premier": ("premier", "prime minister"),
    "leader": ("leader", "president", "prime minister", "premier", "chancellor", "king", "emir", "head of state"),
    "manager": ("manager", "boss", "coach"),
    "boss": ("boss", "manager", "coach", "chief executive", "ceo"),
    "coach": ("coach", "manager", "boss"),
    "executive": ("executive", "ceo"),
    "professor": ("professor", "prof."),
    "doctor": ("doctor", "dr.", "dr"),
}
_TITLE_FORMS: dict[str, tuple[str, ...]] = {
    "governor": (r"Gov\.", "Governor"),
    "senator": (r"Sen\.", "Senator"),
    "judge": ("Judge", "Justice"),
    "justice": ("Justice",),
    "general": (r"Gen\.", "General"),
    "professor": (r"Prof\.", "Professor"),
    "mayor": ("Mayor",),
    "president": ("President",),
    "chancellor": ("Chancellor",),
    "pope": ("Pope",),
}


_STATEMENT_SUBJECT = re.compile(
    r"[\"“]?(?:The|A|An)\s+(?:[a-z\-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|resolution|"
    r"announcement|document|text|letter)\b(?!\s+(?:by|from|of)\b)",
)


_ANAPHORIC_ONLY = _words(
    "group faction movement militia organisation organization coalition alliance party outfit "
    "network front statement company firm body"
) | COMPANY_HEADS


def _org_compatible(head: str, noun: str, name: str) -> bool:
    low = name.lower()
    if head in ("army", "military", "troops", "forces", "command"):
        return any(w in low for w in ARMY_WORDS)
    if head in ("rebels", "militants", "insurgents", "opposition"):
        return False  # a plural collective is not resolved to one named group
    if head in GROUPISH or head in COMPANY_HEADS:
        if not name[:1].isupper():
            return False
        if any(w in low for w in GOV_WORDS) or any(w in low.split() for w in ("army", "military")):
            return False
        if _is_state(low):
            return False
        from desk.extract.via import canonical_via

        return canonical_via(name) is None
    if head == "government" or head == "regime":
        return "government" in low or "regime" in low or _is_state(low)
    return re.search(r"\b" + re.escape(head), low) is not None


_PRE_NAME = re.compile(
    r"(?<![\w\-’'])(?:(?:[A-Z][\w\-’']*\.?|al|el|bin|ibn|de|des|dos|del|van|von|der|da|di|du|le|la|ben)\s+){1,4}"
    r"(?:(?:al|el|ad|as|az|Al|El)-)?$"
)
_NAME_TAIL = re.compile(r"(?:\s+(?:da|de|dos|das|do|van|von|der|del|della|di|du|la|le|bin|ibn)\s+[A-Z][\w\-’']+)+")
_GIVEN_AFTER = re.compile(r" ([A-Z][a-z]{1,10})(?![\w\-’'])(?!\s+[A-Z])")
_NOT_GIVEN = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december the he she it they we his her in on at and but"
) | ORG_HEADS
_HONORIFIC_BEFORE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess|Sheikh|Sheikha|Madam)\.?\s+"
    r"(?:[A-Z][\w\-’']*\s+){0,2}(?:(?:al|el)-)?$"
)


def _within_sentence(body: str, pm: re.Match, end: int) -> re.Match | None:
    """The part of a name-like run before a name that is in the name's sentence: `Monday.\nWang`
    → None."""
    cut = pm.start()
    for t in re.finditer(r"\S+", body[pm.start() : end]):
        tok = t.group()
        if tok.endswith(".") and len(tok) > 2 and tok[:-1].lower() not in _TITLES and "." not in tok[:-1]:
            cut = pm.start() + t.end()
    nl = body.rfind("\n", pm.start(), end)
    cut = max(cut, nl + 1)
    if cut == pm.start():
        return pm
    return _PRE_NAME.search(body, cut, end)


def _bare_surname(word: str) -> str:
    w = re.sub(r"(?:’s|'s)$", "", word.strip(",.;:"))
    if len(w) > 3 and w[2] == "-" and w[:2].lower() in ("al", "el", "ad", "as", "az", "an", "ar", "at"):
        w = w[3:]
    return w


def _surname_key(word: str) -> str:
    w = word.strip(",.;:’'").lower()
    w = re.sub(r"(?:’s|'s)$", "", w)
    if len(w) > 3 and w[2] == "-" and w[:2] in ("al", "el", "ad", "as", "az", "an", "ar", "at"):
        w = w[3:]
    return w


def _name_has(name: str, key: str) -> bool:
    return any(_surname_key(t) == key for t in name.split())


def _mention_context(body: str, a: int, b: int) -> str:
    """The role-and-name phrase around a name mention: back to the clause start, plus an apposition."""
    lo = max(0, a - 80)
    pre = body[lo:a]
    cut = max(pre.rfind(". "), pre.rfind(", "), pre.rfind("\n"), pre.rfind("“"), pre.rfind('"'), pre.rfind("("))
    if cut >= 0:
        pre = pre[cut + 1 :]
    toks = pre.split()
    # keep only the title-like words right before the name
    keep: list[str] = []
    for t in reversed(toks):
        c = _core(t)
        if _is_cap(t) or c in ROLE_NOUNS or _titled(c) or c in ("of", "for", "the", "at"):
            keep.insert(0, t)
        else:
            break
    np = " ".join([*keep, body[a:b].strip()])
    post = body[b : b + 160]
    am = re.match(r",\s+((?:a|an|the|head|chief|leader|director|founder|spokesman|spokeswoman)\b[^,.;]*)(?:,|\.|;)", post)
    if am:
        np += ", " + am.group(1)
    return np
