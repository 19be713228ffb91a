"""Tag vocabularies and value rules."""

from __future__ import annotations

import pytest

from desk.tagging import (
    ATTRIBUTION,
    CREDIBILITY,
    RELIABILITY,
    TagValueError,
    badge,
    check_field,
    label,
    normalize,
    triage_status,
)


def test_admiralty_scales() -> None:
    assert list(RELIABILITY) == list("ABCDEF")
    assert list(CREDIBILITY) == list("123456")
    assert RELIABILITY["A"].label == "completely reliable"
    assert RELIABILITY["F"].label == "reliability cannot be judged"
    assert CREDIBILITY["1"].label == "confirmed by other sources"
    assert CREDIBILITY["6"].label == "truth cannot be judged"


def test_attribution_has_one_distinct_key_each() -> None:
    labels = [t.label for t in ATTRIBUTION.values()]
    assert labels == ["named on record", "anonymous", "official statement", "party to the conflict",
                      "via another outlet", "unverified"]
    keys = [t.key for t in ATTRIBUTION.values()]
    assert len(set(keys)) == len(keys) and all(len(k) == 1 for k in keys)


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [("reliability", "b", "B"), ("reliability", "usually reliable", "B"), ("credibility", 2, "2"),
     ("credibility", " 6 ", "6"), ("attribution", "Named on record", "named"), ("attribution", "p", "party"),
     ("attribution", "via-another-outlet", "via"), ("starred", True, "1"), ("starred", "yes", "1"),
     ("read", False, None), ("archived", "0", None), ("reliability", None, None), ("credibility", "none", None)],
)
def test_normalize(field: str, value: object, stored: str | None) -> None:
    assert normalize(field, value) == stored


@pytest.mark.parametrize(("field", "value"), [("reliability", "AB"), ("reliability", "G"), ("credibility", 7),
                                              ("attribution", "x"), ("read", "perhaps"), ("mood", "1")])
def test_normalize_refuses(field: str, value: object) -> None:
    with pytest.raises(TagValueError):
        normalize(field, value)


def test_fields_on_quotes() -> None:
    assert check_field("attribution", on_quote=True) == "attribution"
    with pytest.raises(TagValueError):
        check_field("archived", on_quote=True)


def test_helpers() -> None:
    assert badge("B", "2") == "B2" and badge(None, "3") == "?3" and badge("C", None) == "C" and badge(None, None) == ""
    assert label("credibility", "4") == "doubtful" and label("credibility", None) == ""
    assert triage_status(True, True, True) == "archived"
    assert triage_status(True, True, False) == "starred"
    assert triage_status(False, True, False) == "read"
    assert triage_status(False, False, False) == "new"
