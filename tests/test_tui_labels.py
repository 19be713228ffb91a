"""Naming an article's source on screen when its outlet is unknown."""

from desk.tui.labels import source_label


def test_outlet_wins() -> None:
    assert source_label({"outlet": "Shafaq News", "path": "/s/000_a.txt", "id": 1}) == "Shafaq News"


def test_site_of_the_url_then_file_name_then_id() -> None:
    assert source_label({"outlet": None, "url": "https://www.example.org/a", "id": 1}) == "example.org"
    assert source_label({"outlet": None, "url": None, "path": "/seeds/001_12a7.txt", "id": 2}) == "001_12a7"
    assert source_label({"outlet": None, "path": "/in/feed.jsonl", "id": 3}) == "feed"
    assert source_label({"id": 4}) == "article 4"


def test_escapes_in_the_path_never_reach_the_screen() -> None:
    label = source_label({"outlet": None, "path": "/x/evil\x1b[2J.txt", "id": 5})
    assert "\x1b" not in label
