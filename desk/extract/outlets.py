"""Known news outlets, agencies, monitors and platforms, with their spellings.

Shared by the cited-source extractor (`desk.extract.cites`), the entity extractor (an outlet is an
organisation) and the quote extractor's `via` (who carried a quote).

Public API (stable):

- `OUTLETS`: tuple of `Outlet(name, kind, aliases)`; `name` is the canonical spelling
  (`The New York Times`), `aliases` other ways it is written (`New York Times`, `NYT`).
- `canonical_outlet(text, strict=False) -> str | None`: the canonical name for a written form
  (`"the NYT"` → `"The New York Times"`, `"Reuters agency"` → `"Reuters"`), else None; `strict`
  refuses the `AMBIGUOUS` forms (`Time`, `X`, `Fox`, `AP`), which need a cue around them.
- `outlet_kind(name) -> str | None`: `outlet`, `agency`, `monitor`, `platform` or `photo`.
- `find_outlets(text, include_platforms=False) -> list[tuple[int, int, str]]`: every known outlet
  named in `text` as `(start, end, canonical name)`, longest match first, not overlapping.
- `MEDIA_HEADS`: lower-case words that mark an unknown name as a media source
  (`Kurdistan24 TV`, `Enab Baladi newspaper`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str  # outlet | agency | monitor | platform | photo
    aliases: tuple[str, ...] = ()


def _o(name: str, kind: str = "outlet", *aliases: str) -> Outlet:
    return Outlet(name, kind, tuple(aliases))


OUTLETS: tuple[Outlet, ...] = (
    # news agencies
    _o("Reuters", "agency", "Reuters agency", "Reuters news agency", "Thomson Reuters"),
    _o("Agence France-Presse", "agency", "AFP", "France-Presse", "Agence France Presse", "France Presse"),
    _o("Associated Press", "agency", "The Associated Press", "AP"),
    _o("Anadolu Agency", "agency", "Anadolu", "Anadolu News Agency", "AA"),
    _o("Bloomberg", "agency", "Bloomberg News"),
    _o("TASS", "agency", "Tass", "TASS news agency"),
    _o("RIA Novosti", "agency", "RIA"),
    _o("Interfax", "agency", "Interfax-Ukraine"),
    _o("Ukrinform", "agency"),
    _o("Xinhua", "agency", "Xinhua News Agency"),
    _o("Kyodo News", "agency", "Kyodo"),
    _o("Yonhap", "agency", "Yonhap News Agency"),
    _o("Syrian Arab News Agency", "agency", "SANA"),
    _o("Islamic Republic News Agency", "agency", "IRNA"),
    _o("Tasnim News Agency", "agency", "Tasnim"),
    _o("Fars News Agency", "agency", "Fars"),
    _o("Mehr News Agency", "agency", "Mehr"),
    _o("Iraqi News Agency", "agency", "INA"),
    _o("Saudi Press Agency", "agency", "SPA"),
    _o("Emirates News Agency", "agency", "WAM"),
    _o("Qatar News Agency", "agency", "QNA"),
    _o("Middle East News Agency", "agency", "MENA"),
    _o("Petra", "agency", "Petra News Agency", "Jordan News Agency"),
    _o("National News Agency", "agency", "NNA"),
    _o("Wafa", "agency", "WAFA", "Wafa news agency"),
    _o("EFE", "agency", "Agencia EFE"),
    _o("Europa Press", "agency"),
    _o("ANSA", "agency"),
    _o("dpa", "agency", "DPA", "Deutsche Presse-Agentur"),
    _o("Press Trust of India", "agency", "PTI"),
    _o("United Press International", "agency", "UPI"),
    # broadcasters and papers
    _o("CNN", "outlet", "CNN International", "Cable News Network"),
    _o("BBC", "outlet", "BBC News", "the BBC", "BBC World Service", "BBC Arabic", "BBC Persian"),
    _o("Al Jazeera", "outlet", "Al-Jazeera", "Aljazeera", "Al Jazeera English", "Al Jazeera Arabic"),
    _o("Al Arabiya", "outlet", "Al-Arabiya", "Alarabiya"),
    _o("Al Mayadeen", "outlet", "Al-Mayadeen"),
    _o("Al-Manar", "outlet", "Al Manar"),
    _o("Asharq Al-Awsat", "outlet", "Asharq al-Awsat", "Asharq Al Awsat"),
    _o("Al-Monitor", "outlet", "Al Monitor"),
    _o("Al-Quds Al-Arabi", "outlet", "Al Quds Al Arabi"),
    _o("Sky News", "outlet", "Sky News Arabia"),
    _o("Shafaq News", "outlet", "Shafaq"),
    _o("Rudaw", "outlet"),
    _o("Kurdistan24", "outlet", "Kurdistan 24"),
    _o("Enab Baladi", "outlet"),
    _o("Syria TV", "outlet", "Syria Television"),
    _o("Middle East Eye", "outlet", "MEE"),
    _o("The National", "outlet"),
    _o("Gulf News", "outlet"),
    _o("Arab News", "outlet"),
    _o("Haaretz", "outlet"),
    _o("The Times of Israel", "outlet", "Times of Israel"),
    _o("The Jerusalem Post", "outlet", "Jerusalem Post"),
    _o("Ynet", "outlet", "Ynetnews", "Yedioth Ahronoth"),
    _o("Press TV", "outlet", "PressTV"),
    _o("RT", "outlet", "Russia Today"),
    _o("Sputnik", "outlet"),
    _o("Kommersant", "outlet"),
    _o("The Kyiv Independent", "outlet", "Kyiv Independent"),
    _o("Ukrainska Pravda", "outlet"),
    _o("The New York Times", "outlet", "New York Times", "NYT", "NY Times"),
    _o("The Wall Street Journal", "outlet", "Wall Street Journal", "WSJ"),
    _o("The Washington Post", "outlet", "Washington Post", "WaPo"),
    _o("The Guardian", "outlet", "Guardian"),
    _o("The Times", "outlet", "The Times of London"),
    _o("The Telegraph", "outlet", "Daily Telegraph"),
    _o("The Independent", "outlet"),
    _o("The Economist", "outlet", "Economist"),
    _o("Financial Times", "outlet", "the Financial Times", "FT"),
    _o("Politico", "outlet", "POLITICO", "Politico Europe"),
    _o("Axios", "outlet"),
    _o("NPR", "outlet", "National Public Radio"),
    _o("PBS", "outlet"),
    _o("CNBC", "outlet"),
    _o("NBC News", "outlet", "NBC"),
    _o("CBS News", "outlet", "CBS"),
    _o("ABC News", "outlet", "ABC"),
    _o("Fox News", "outlet", "Fox"),
    _o("MSNBC", "outlet"),
    _o("USA Today", "outlet"),
    _o("Los Angeles Times", "outlet", "LA Times"),
    _o("The Atlantic", "outlet"),
    _o("Newsweek", "outlet"),
    _o("Time", "outlet", "TIME magazine", "Time magazine"),
    _o("Deutsche Welle", "outlet", "DW"),
    _o("Der Spiegel", "outlet", "Spiegel"),
    _o("Le Monde", "outlet"),
    _o("Le Figaro", "outlet"),
    _o("France 24", "outlet", "France24"),
    _o("Radio France Internationale", "outlet", "RFI"),
    _o("Euronews", "outlet"),
    _o("El País", "outlet", "El Pais"),
    _o("Corriere della Sera", "outlet"),
    _o("Hürriyet", "outlet", "Hurriyet", "Hurriyet Daily News"),
    _o("Daily Sabah", "outlet"),
    _o("TRT", "outlet", "TRT World", "TRT Haber"),
    _o("Voice of America", "outlet", "VOA"),
    _o("Radio Free Europe/Radio Liberty", "outlet", "RFE/RL", "Radio Free Europe", "Radio Liberty"),
    _o("South China Morning Post", "outlet", "SCMP"),
    _o("The Hindu", "outlet"),
    _o("Dawn", "outlet"),
    _o("Al-Ahram", "outlet", "Al Ahram", "Ahram Online"),
    _o("L'Orient-Le Jour", "outlet", "L'Orient Today"),
    _o("Naharnet", "outlet"),
    _o("Iran International", "outlet"),
    # monitors, watchdogs and research groups that newsrooms cite as sources
    _o("Syrian Observatory for Human Rights", "monitor", "SOHR", "Syrian Observatory",
       "Britain-based Syrian Observatory for Human Rights", "UK-based Syrian Observatory for Human Rights"),
    _o("Syrian Network for Human Rights", "monitor", "SNHR"),
    _o("Institute for the Study of War", "monitor", "ISW"),
    _o("Armed Conflict Location & Event Data Project", "monitor", "ACLED"),
    _o("Human Rights Watch", "monitor", "HRW"),
    _o("Amnesty International", "monitor", "Amnesty"),
    _o("Airwars", "monitor"),
    _o("Bellingcat", "monitor"),
    _o("International Crisis Group", "monitor", "Crisis Group", "ICG"),
    _o("Century Foundation", "monitor", "The Century Foundation"),
    # platforms and picture agencies
    _o("Telegram", "platform"),
    _o("X", "platform", "Twitter"),
    _o("Facebook", "platform"),
    _o("YouTube", "platform"),
    _o("Instagram", "platform"),
    _o("TikTok", "platform"),
    _o("WhatsApp", "platform"),
    _o("Getty Images", "photo", "Getty"),
    _o("Shutterstock", "photo"),
    _o("EPA", "photo", "EPA-EFE"),
)

# Words after (or in) a name that mark it as a media source, for outlets not in the list.
MEDIA_HEADS: frozenset[str] = frozenset(
    ["tv", "television", "channel", "radio", "agency", "newspaper", "daily", "weekly", "magazine", "paper", "website", "outlet", "broadcaster", "network", "news", "media", "monitor", "observatory"]
)

# Aliases too ambiguous to match in running text on their own; they are still understood by
# `canonical_outlet(text)` when a cue pattern has already picked them out (`told Fox`, `the Times
# reported`), but not by `canonical_outlet(text, strict=True)` nor `find_outlets`.
AMBIGUOUS = frozenset({"AP", "AA", "RIA", "Fars", "Mehr", "INA", "SPA", "WAM", "Petra", "Wafa", "WAFA",
                       "Shafaq", "Time", "X", "Fox", "ABC", "CBS", "NBC", "Dawn", "FT", "DW", "Getty",
                       "the Times", "The Times", "Guardian", "Economist", "Spiegel", "The National",
                       "The Independent", "The Atlantic", "The Hindu", "Amnesty", "Crisis Group", "MENA",
                       "RT", "EPA"})


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes, collapse spaces."""
    if text.isascii():
        return " ".join(text.replace("`", "'").casefold().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_FOLD_TABLE).casefold()
    return " ".join(text.split())


_FOLD_TABLE = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-",
                             "–": "-", "—": "-"})


@cache
def _index() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for form in (outlet.name, *outlet.aliases):
            key = fold(form)
            out.setdefault(key, outlet)
            if key.startswith("the "):
                out.setdefault(key[4:], outlet)
            else:
                out.setdefault("the " + key, outlet)
    return out


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(fold(a) for a in AMBIGUOUS) | frozenset("the " + fold(a) for a in AMBIGUOUS)


def canonical_outlet(text: str, strict: bool = False) -> str | None:
    """The canonical name of a known outlet written as `text` (case- and accent-insensitive).

    With `strict`, forms that are ordinary words or too short to trust out of context (`Time`, `X`,
    `AP`, `Fox`, `Petra`) give None.
    """
    key = fold(text).strip(" .,;:'\"")
    if key.endswith("'s"):
        key = key[:-2]
    if strict and key in _ambiguous():
        return None
    outlet = _index().get(key)
    return outlet.name if outlet else None


def outlet_kind(name: str) -> str | None:
    """The kind (`outlet`, `agency`, `monitor`, `platform`, `photo`) of a known outlet."""
    outlet = _index().get(fold(name))
    return outlet.kind if outlet else None


@cache
def _outlet_re(include_platforms: bool = False) -> re.Pattern[str]:
    forms: set[str] = set()
    for outlet in OUTLETS:
        if outlet.kind in ("platform", "photo") and not include_platforms:
            continue
        for form in (outlet.name, *outlet.aliases):
            if form in AMBIGUOUS:
                continue
            forms.add(form)
            if form.startswith("The "):
                forms.add(form[4:])
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’ʼ]")
                    for f in sorted(forms, key=len, reverse=True))
    # Case-sensitive: outlet names are proper nouns, and acronyms must not match ordinary words.
    return re.compile(rf"(?<![\w\-])(?:[Tt]he\s+)?(?:{alts})(?![\w\-])")


def find_outlets(text: str, include_platforms: bool = False) -> list[tuple[int, int, str]]:
    """Known outlets named in `text`: `(start, end, canonical name)`, in text order, not overlapping.

    Matching is case-sensitive on the name; the `AMBIGUOUS` aliases (`AP`, `Fox`, `Telegram`) are
    only found through cue patterns in `desk.extract.cites`; platforms (`Telegram`) and picture
    agencies (`Getty Images`) only with `include_platforms`.
    """
    out = []
    for m in _outlet_re(include_platforms).finditer(text):
        name = canonical_outlet(m.group())
        if name:
            out.append((m.start(), m.end(), name))
    return out
