"""Whether two articles tell the same story: a score from their features alone.

The score depends on the pair only (never on the rest of the store), which is what makes the
events the same whatever order the articles arrive in.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from desk.events.features import Features

WINDOW_DAYS = 4  # stories further apart than this are different events
MIN_SHARED = 3.0  # shared key weight needed to be a candidate at all (the index filter)
LINK_SCORE = 0.42  # score needed to link two articles
ENTITY_SATURATION = 12.0  # shared entity weight that counts as full agreement
UNDATED = 0.8
LEADS_DIFFER = 0.6
MAIN_NAME_WEIGHT = 2.0
LEAD_FLOOR = 45
LEAD_SATURATION = 5.0  # shared weight of names both leads give


def score(a: Features, b: Features) -> float:
    """0 (unrelated) … 1 (surely the same story)."""
    gap = _gap(a, b)
    if gap is not None and gap > WINDOW_DAYS:
        return 0.0
    ea, eb = a.names, b.names
    if len(eb) < len(ea):
        ea, eb = eb, ea
    shared_e = sum(min(w, eb[k]) for k, w in ea.items() if k in eb)
    scale = min(a.top, b.top) or 1.0
    entity = 0.6 * min(1.0, shared_e / ENTITY_SATURATION) + 0.4 * min(1.0, shared_e / scale)
    in_leads = set(a.lead_keys) & set(b.lead_keys)
    lead_entity = min(1.0, sum(min(ea[k], eb[k]) for k in in_leads if k in ea and k in eb) / LEAD_SATURATION)
    words = _title_words(a, b)
    lead = _lead(a, b)
    numbers = _shared_numbers(a, b)
    total = 0.45 * entity + 0.2 * lead_entity + 0.2 * lead + 0.075 * words + 0.075 * min(1.0, numbers / 2)
    if _leads_differ(a, b):
        total *= LEADS_DIFFER
    if gap is None:
        total *= UNDATED  # no date to check: ask for more of everything else
    else:
        total *= 1.0 - 0.04 * gap
    return round(total, 4)


def linked(a: Features, b: Features) -> tuple[bool, float]:
    s = score(a, b)
    return s >= LINK_SCORE, s


def _main_name(f: Features) -> str | None:
    """The weightiest distinctive name of the lead: what the story is about."""
    best = [(w, k) for k in f.lead_keys if (w := f.names.get(k, 0.0)) >= MAIN_NAME_WEIGHT]
    return max(best)[1] if best else None


def _leads_differ(a: Features, b: Features) -> bool:
    """Each lead is about a name the other article never mentions: two stories told alike."""
    ma, mb = _main_name(a), _main_name(b)
    return ma is not None and mb is not None and ma not in b.names and mb not in a.names


def _lead(a: Features, b: Features) -> float:
    """Similarity of the leads, 0 at the level any two news leads reach by chance (about 45)."""
    if not a.lead or not b.lead:
        return 0.0
    return max(0.0, min(1.0, (fuzz.token_set_ratio(a.lead, b.lead) - LEAD_FLOOR) / 40))


def _gap(a: Features, b: Features) -> int | None:
    if a.day is None or b.day is None:
        return None
    return abs(a.day - b.day)


def _title_words(a: Features, b: Features) -> float:
    wa, wb = a.title_words, b.title_words
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _shared_numbers(a: Features, b: Features) -> int:
    found = 0
    for va, ua in a.numbers:
        for vb, ub in b.numbers:
            if ua == ub and abs(va - vb) <= 0.01 * max(abs(va), abs(vb)):
                found += 1
                break
    return found
