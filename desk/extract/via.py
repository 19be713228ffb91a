"""`via`: the outlet or channel a quote was given to or carried by.

`find_via(text)` reads an attribution clause (`told Reuters`, `spoke to Al Jazeera`,
`on the messaging app Telegram`, `in a statement carried by state media`,
`in an interview with The New York Times`, `wrote on X`) and returns the outlet, platform or
media description, or None.  Known outlets are returned in their canonical spelling (the shared list
in `desk.extract.outlets` when it is there, else a small list of our own); an unknown capitalised
name counts only if it carries a media word (`Syria TV`, `Enab Baladi newspaper`), so that
`told Biden` or `told reporters` give no `via`.
"""

from __future__ import annotations

import re
from functools import lru_cache

_OWN_OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters agency", "Reuters news agency", "Thomson Reuters"),
    "Agence France-Presse": ("AFP", "France-Presse", "Agence France Presse"),
    "Associated Press": ("AP", "The Associated Press"),
    "Al Jazeera": ("Al-Jazeera", "Aljazeera", "Al Jazeera English", "Al Jazeera Arabic"),
    "Al Arabiya": ("Al-Arabiya",),
    "Anadolu Agency": ("Anadolu",),
    "BBC": ("BBC News", "BBC Arabic", "BBC Persian", "BBC World Service"),
    "CNN": (),
    "Sky News": ("Sky News Arabia",),
    "Bloomberg": ("Bloomberg News",),
    "The New York Times": ("New York Times", "NYT"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "The Washington Post": ("Washington Post",),
    "The Guardian": ("Guardian",),
    "Financial Times": ("FT",),
    "The Times of Israel": ("Times of Israel",),
    "Haaretz": (),
    "Axios": (),
    "Politico": (),
    "NPR": (),
    "NBC News": ("NBC",),
    "CBS News": ("CBS",),
    "ABC News": ("ABC",),
    "Fox News": (),
    "TASS": ("Tass",),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Xinhua": (),
    "Syrian Arab News Agency": ("SANA",),
    "Islamic Republic News Agency": ("IRNA",),
    "Shafaq News": (),
    "Rudaw": (),
    "Asharq Al-Awsat": ("Asharq al-Awsat",),
    "Al-Monitor": ("Al Monitor",),
    "Middle East Eye": (),
    "France 24": (),
    "Deutsche Welle": ("DW",),
    "Le Monde": (),
    "Der Spiegel": ("Spiegel",),
    "El País": ("El Pais",),
    "The Economist": ("Economist",),
    "Newsweek": (),
    "Sky Sports": ("Sky Sports News",),
    "ESPN": (),
    "talkSPORT": ("TalkSport", "talkSport"),
    "beIN Sports": ("beIN SPORTS",),
    "France Inter": (),
    "Radio Free Europe/Radio Liberty": ("RFE/RL", "Radio Free Europe", "Radio Liberty"),
}
PLATFORMS = (
    "Telegram", "X", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp",
    "Truth Social", "Weibo", "VKontakte", "VK", "LinkedIn", "Threads", "Bluesky", "Signal",
    "Snapchat", "Reddit", "WeChat",
)  # fmt: skip
MEDIA_HEADS = frozenset(
    ["media", "television", "tv", "radio", "agency", "news", "newspaper", "daily", "weekly", "broadcaster", "channel", "network", "times", "post", "journal", "press", "herald", "tribune", "gazette", "telegraph", "magazine", "outlet", "outlets", "website", "station", "service"]
)

_OWN_INDEX = {alias.lower(): name for name, aliases in _OWN_OUTLETS.items() for alias in (name, *aliases)}

_NAME = r"(?:[Tt]he\s+)?[A-Z0-9][\w&’'.\-]*(?:\s+(?:of\s+|de\s+|al-|Al-)?[A-Z0-9][\w&’'.\-]*){0,5}"
_MEDIA = (
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w\-]+\s+)?(?:(?:state|state-run|state-owned|local|official|national|"
    r"pan-Arab|Arabic|Kurdish|independent|pro-government|opposition|semi-official|regional|"
    r"international|foreign|government|public|private)\s+)+(?:media|television|TV|radio|news\s+agency|"
    r"broadcaster|newspaper|daily|outlets?|channel|press)"
)
_TO = (
    r"\b(?:told|tells|telling|tell|spoke\s+to|speaks\s+to|speaking\s+to|talking\s+to|talked\s+to|"
    r"said\s+to|saying\s+to|wrote\s+(?:in|for)|writing\s+(?:in|for)|"
    r"in\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+|a\s+separate\s+|an\s+exclusive\s+|separate\s+)?"
    r"(?:exclusive\s+|separate\s+|televised\s+|phone\s+|telephone\s+)?"
    r"(?:interview|conversation|comments|remarks|statement|briefing|call|op-ed|column|article|"
    r"message|email|letter)s?\s+(?:with|to|for|in)|in\s+comments\s+to|in\s+remarks\s+to)\s+"
)
_BY = (
    r"\b(?:(?:carried|published|broadcast|aired|cited|quoted|released|reported|distributed|shown|run)\s+(?:by|on|in)|"
    r"as\s+(?:saying|telling)\s+by)\s+"
)
_PLATFORM = "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True))
_ON_PLATFORM = re.compile(
    r"\b(?:on|via|through|in\s+a\s+(?:post|message|video|statement|tweet|thread)\s+on)\s+"
    r"(?:(?:its|his|her|their|the|a|an|official|messaging|social|media|networking|encrypted|video|app|"
    r"platform|site|service|network|account|channel|page|group’s|group's)\s+){0,5}"
    rf"(?P<p>{_PLATFORM})(?![\w\-]|\.\w)"
)
_GIVEN_TO = re.compile(
    rf"(?:{_TO}|{_BY})(?P<o>{_MEDIA}|{_NAME}(?:\s+(?:radio|television|TV|newspaper|daily|channel|broadcaster|"
    r"news\s+agency|agency|website|magazine|weekly)(?![\w\-]))?)"
)
_QUOTING = re.compile(rf"(?:^|[\s,;:—–\-])(?P<o>{_MEDIA}|{_NAME})\s+(?:also\s+|later\s+|earlier\s+)?quoted\s+")
_ON_AIR = re.compile(
    rf"\bon\s+(?P<o>{_MEDIA}|(?:the\s+)?(?:television|TV|radio)|{_NAME}\s+(?:radio|television|TV|Radio|Television))\b"
)


def find_via(text: str) -> str | None:
    """The outlet, platform or media a quote was given to or carried by, as named in `text`."""
    if not text:
        return None
    best: tuple[int, str] | None = None
    for m in _GIVEN_TO.finditer(text):
        name = canonical_via(m.group("o"))
        if name:
            best = (m.start(), name)
            break
    for m in _QUOTING.finditer(text):
        # `Interfax quoted Novak as saying`
        name = canonical_via(m.group("o"))
        if name and (best is None or m.start() < best[0]):
            best = (m.start(), name)
            break
    m = _ON_PLATFORM.search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), m.group("p"))
    m = _ON_AIR.search(text)
    if m and (best is None or m.start() < best[0]):
        name = canonical_via(m.group("o"))
        if name:
            best = (m.start(), name)
    return best[1] if best else None


@lru_cache(maxsize=4096)
def canonical_via(phrase: str) -> str | None:
    """The canonical name for an outlet phrase, the media description itself, or None."""
    phrase = phrase.strip(" ,.;:’'")
    if not phrase:
        return None
    words = phrase.split()
    # Trim the phrase from the right until a known outlet is found (`Reuters on condition` → Reuters).
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        name = _known(cand)
        if name:
            return name
        if cand.lower().startswith("the "):
            name = _known(cand[4:])
            if name:
                return name
    low = [w.lower().strip("’'") for w in words]
    if low[0] in ("the", "a", "an"):
        words, low = words[1:], low[1:]
    if not words:
        return None
    if phrase[0].islower() or low[0] in ("state", "local", "official", "national"):
        # A media description: `state media`, `local television`.
        if low[-1] in MEDIA_HEADS or (len(low) > 1 and " ".join(low[-2:]) == "news agency"):
            return " ".join(words)
        return None
    if any(w in MEDIA_HEADS for w in low):
        # An unknown outlet that says what it is: `Syria TV`, `Enab Baladi newspaper`.
        cut = max(i for i, w in enumerate(low) if w in MEDIA_HEADS)
        if cut == 0 and len(words) > 1 and words[1][:1].isupper():
            return " ".join(words[:3])  # `Radio MaisPB`, `TV Globo`: the media word opens the name
        return " ".join(words[: cut + 1])
    if phrase in PLATFORMS:
        return phrase
    return None


def _known(text: str) -> str | None:
    shared = _shared_canonical()
    if shared is not None:
        try:
            name = shared(text)
        except Exception:  # a broken shared list must not break quotes
            name = None
        if name:
            return name
    return _OWN_INDEX.get(text.lower())


@lru_cache(maxsize=1)
def _shared_canonical():
    try:
        from desk.extract.outlets import canonical_outlet
    except Exception:
        return None
    return canonical_outlet
