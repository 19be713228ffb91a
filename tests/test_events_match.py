"""Matching two articles: features, the pair score, the date window, and the key index."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desk.events.features import Features, article_day, compute
from desk.events.match import LINK_SCORE, WINDOW_DAYS, score
from tests.test_events_fixtures import FOOTBALL, KOREA_1, KOREA_2


def _article(text: str, published: str | None = "2024-12-07") -> dict:
    title = text.split(".")[0]
    return {"title": title, "body": text, "published": published}


def _strip_prefix(text: str) -> tuple[str, str | None]:
    """The fixtures use the seed format (`date YYYY-MM-DD Outlet/ body`)."""
    if text.startswith("date "):
        published, rest = text[5:15], text[16:]
        return rest.split("/ ", 1)[1], published
    return text, None


def features_of(text: str, published: str | None = None) -> Features:
    body, pub = _strip_prefix(text)
    return compute(_article(body, published or pub))


def test_same_story_links() -> None:
    assert score(features_of(KOREA_1), features_of(KOREA_2)) >= LINK_SCORE


def test_different_stories_do_not_link() -> None:
    assert score(features_of(KOREA_1), features_of(FOOTBALL)) < LINK_SCORE / 2


def test_score_is_symmetric() -> None:
    a, b = features_of(KOREA_1), features_of(KOREA_2)
    assert score(a, b) == score(b, a)


def test_date_window() -> None:
    a = features_of(KOREA_1, "2024-12-07")
    near = features_of(KOREA_2, "2024-12-09")
    far = features_of(KOREA_2, "2025-03-01")
    assert score(a, near) >= LINK_SCORE
    assert score(a, far) == 0.0
    edge = features_of(KOREA_2, date.fromordinal(a.day + WINDOW_DAYS + 1).isoformat())  # type: ignore[operator]
    assert score(a, edge) == 0.0


def test_rare_names_weigh_more_than_countries() -> None:
    f = features_of("date 2024-12-07 X/ Officials in Syria said Mehdi Rahmati met Hakan Fidan in Syria on Friday.")
    weights = {k: w for k, w in f.keys.items() if not k.startswith("w:")}
    assert weights, f.keys
    country = [w for k, w in weights.items() if k.startswith("g:")]
    names = [w for k, w in weights.items() if k.startswith("n:")]
    assert country and names and max(country) < min(names)


def test_day_comes_from_publication_else_a_dated_statement() -> None:
    assert article_day("2024-12-07") == date(2024, 12, 7).toordinal()
    dates = [{"text": "December 6, 2024", "date": "2024-12-06"}, {"text": "2011", "date": "2011-01-01"}]
    assert article_day(None, dates) == date(2024, 12, 6).toordinal()
    assert article_day(None, [{"text": "in 2018", "date": "2018-01-01"}]) is None


def test_features_round_trip_through_json() -> None:
    f = features_of(KOREA_1)
    assert Features.from_json(f.day, f.to_json()) == f


def test_candidates_come_from_the_index(store) -> None:
    """Only articles sharing weighted keys within the window are candidates."""
    store.conn.execute("INSERT INTO articles(id, title, body, content_hash) VALUES (1,'a','a','1'),(2,'b','b','2'),"
                       "(3,'c','c','3'),(4,'d','d','4')")
    day = date(2024, 12, 7).toordinal()
    store.save_event_features(1, day, "{}", {"e:1": 3.0, "e:2": 2.0})
    store.save_event_features(2, day + 30, "{}", {"e:1": 3.0, "e:2": 2.0})  # outside the window
    store.save_event_features(3, None, "{}", {"e:1": 3.0})  # undated: always a candidate when it shares enough
    store.save_event_features(4, day, "{}", {"e:9": 3.0})  # shares nothing
    found = store.event_candidates(99, {"e:1": 3.0, "e:2": 1.0}, day, WINDOW_DAYS, 2.0)
    assert found == [(1, 4.0), (3, 3.0)]


def test_two_stories_told_alike_about_different_places_score_lower() -> None:
    """The same wording about two different towns is two events, not one."""
    text = ("date 2024-12-07 X/ Floods swept through {p} on Saturday, officials in {p} said, as the river burst "
            "its banks.\n\nHundreds of families in {p} had lost their homes, the mayor said.")
    a = features_of(text.format(p="Varnokabad"))
    b = features_of(text.format(p="Kellmarstad"))
    same = features_of(text.format(p="Varnokabad").replace("Saturday", "Sunday"))
    assert score(a, b) < LINK_SCORE <= score(a, same)


@given(st.text(max_size=60))
def test_fold_is_casefolded_nfkd_without_combining_marks(text: str) -> None:
    import unicodedata

    from desk.events.text import fold

    plain = unicodedata.normalize("NFKD", text.translate(str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})))
    assert fold(text) == "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def test_articles_sharing_no_name_never_link() -> None:
    """The candidate search reads only name keys: this is what makes that exact."""
    lead = "Rebels said on Saturday they had taken the city after a week of fighting near the border"
    a = Features(20000, {"e:1": 3.0, "n:alpha": 2.0, "w:rebel": 0.6, "w:city": 0.6}, lead, [(90.0, "percent")], ["e:1"])
    b = Features(20000, {"e:2": 3.0, "n:beta": 2.0, "w:rebel": 0.6, "w:city": 0.6}, lead, [(90.0, "percent")], ["e:2"])
    assert score(a, b) < LINK_SCORE
