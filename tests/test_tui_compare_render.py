"""The comparison pane draws a bounded amount of a large comparison."""

from __future__ import annotations

from desk.tui.components.compare import SHOW_CLAIMS, SHOW_FACTS, render_comparison


def _claim(article: int) -> dict:
    return {"article": article, "outlet": f"Outlet {article}", "text": "Forty people were killed.", "value": "40"}


def test_a_large_comparison_is_drawn_in_part_and_says_so() -> None:
    articles = [{"id": i, "outlet": f"Outlet {i}", "published": "2024-12-07", "title": f"Title {i}"} for i in range(40)]
    facts = [{"label": f"fact {i}", "status": "agree", "claims": [_claim(a) for a in range(20)]} for i in range(100)]
    data = {"event": {"id": 1, "label": "A story"}, "articles": articles, "facts": facts,
            "summary": {"articles_total": 5000, "articles_compared": 40}}
    text = render_comparison(data, article_id=3).plain
    assert "40 of 5000 sources" in text
    assert f"… {100 - SHOW_FACTS['agree']} more agree" in text
    assert f"… and {20 - SHOW_CLAIMS} more sources" in text
    assert text.count("fact ") == SHOW_FACTS["agree"]
    assert "▶ Outlet 3" in text
