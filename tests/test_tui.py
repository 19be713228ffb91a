"""Pilot tests: every key flow of the TUI against a small fixed database."""

from __future__ import annotations

import pytest
from rich.text import Text

from db.store import Store
from desk.tui.app import DeskApp
from desk.tui.components.compare import ComparePane
from desk.tui.keymap import MAIN
from desk.tui.screens.attribution import AttributionScreen
from desk.tui.screens.help import HelpScreen, key_label
from desk.tui.screens.reader import ReaderScreen
from tests.tui_helpers import COMPARISON, USER, build_db, config, settle, sync, wait_for

SIZE = (200, 50)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.db"
    ids = build_db(path)
    return path, ids


def make_app(db, **keys) -> DeskApp:
    path, ids = db
    app = DeskApp(str(path), config=config(**keys))
    app.compare_cache[ids["event"]] = COMPARISON
    return app


def tags_of(db, article_id: int) -> dict:
    with Store.open(db[0]) as store:
        return store.article_tags(article_id)


def value(tags: dict, field: str):
    got = tags.get(field)
    return got.get("value") if isinstance(got, dict) else got


@sync
async def test_first_screen_fills_three_panes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        articles = app.articles
        assert articles.ids[0] == db[1]["rahmati"]  # newest first
        assert len(articles.ids) == 5
        assert app.detail.quotes, "the middle pane shows the selected article's quotes"
        assert app.detail.entities
        assert app.header.counts == {"articles": 5, "unread": 5, "events": 1}
        body = app.query_one("#compare-body").render()
        assert "conflict" in str(body) and "Daraa falls" in str(body)
        assert app.first_screen is not None


@sync
async def test_j_k_and_arrows_move_and_panes_follow(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("j")
        await settle(pilot, app)
        assert app.articles.article_id == db[1]["army"]
        assert app.detail.article_id == db[1]["army"]
        assert any(q["speaker"] == "the Syrian army" for q in app.detail.quotes.values())
        await pilot.press("down", "down")
        assert app.articles.article_id == db[1]["hostile"]
        await pilot.press("k", "up", "up", "up")
        assert app.articles.article_id == db[1]["rahmati"]
        await pilot.press("end")
        assert app.articles.article_id == db[1]["bare"]


@sync
async def test_search_selects_first_hit_and_escape_clears(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("j")
        await pilot.press("slash", *"Rahmati", "enter")
        await settle(pilot, app)
        assert app.articles.ids == [db[1]["rahmati"]]
        assert app.articles.article_id == db[1]["rahmati"]
        assert "search: Rahmati" in app.header.view
        await pilot.press("escape")
        await settle(pilot, app)
        assert len(app.articles.ids) == 5 and not app.view.search


@sync
async def test_bad_search_syntax_is_a_message_not_a_crash(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *'"unclosed AND (', "enter")
        await settle(pilot, app)
        assert any("Search" in n.message for n in app._notifications)
        assert len(app.articles.ids) == 5


@sync
async def test_search_cancel_keeps_the_list(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", "a", "escape")
        await settle(pilot, app)
        assert len(app.articles.ids) == 5 and app.screen is app.screen_stack[0]


@sync
async def test_reliability_credibility_and_undo(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("B", "2", "C", "u")
        await settle(pilot, app)
        tags = tags_of(db, article)
        assert value(tags, "reliability") == "B" and value(tags, "credibility") == "2"
        assert app.articles.row(article)["tags"]["reliability"] == "B"
        line = _line_text(app, 0)
        assert "B2" in line


@sync
async def test_badge_updates_before_the_worker_answers(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        app.action_reliability("D")  # no pause: the row shows it at once
        assert app.articles.row(article)["tags"]["reliability"] == "D"
        await settle(pilot, app)
        assert value(tags_of(db, article), "reliability") == "D"


@sync
async def test_star_archive_read_toggle(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("s", "x", "r")
        await settle(pilot, app)
        tags = tags_of(db, article)
        assert value(tags, "starred") in (True, "1") and value(tags, "archived") in (True, "1") and value(tags, "read") in (True, "1")
        assert app.header.counts["unread"] == 4
        assert "★" in _line_text(app, 0)
        await pilot.press("s", "r")
        await settle(pilot, app)
        tags = tags_of(db, article)
        assert not value(tags, "starred") and not value(tags, "read")
        assert app.header.counts["unread"] == 5


@sync
async def test_attribution_picker_for_article_and_quote(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("a")
        assert isinstance(app.screen, AttributionScreen)
        await pilot.press("s")  # not a category key: nothing happens, nothing is starred
        await pilot.press("o")
        await settle(pilot, app)
        assert value(tags_of(db, article), "attribution") == "official"
        assert not value(tags_of(db, article), "starred")
        await pilot.press("tab")
        assert app.focused is app.detail
        quote = app.detail.selected_quote
        await pilot.press("a", "n")
        await settle(pilot, app)
        with Store.open(db[0]) as store:
            rows = store.conn.execute(
                "SELECT value FROM tags WHERE article_id = ? AND quote_id = ? AND field = 'attribution'",
                (article, quote["id"]),
            ).fetchall()
        assert [r[0] for r in rows] == ["named"]
        await pilot.press("a", "escape")
        assert not isinstance(app.screen, AttributionScreen)


@sync
async def test_copy_selected_quote_in_quotes_pane(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("tab")
        await pilot.press("j")  # past the quoted term to Rahmati's quote
        assert app.detail.selected_quote["speaker"] == "Mehdi Rahmati"
        await pilot.press("y")
        await settle(pilot, app)
        assert "This changes the balance of the war" in app.clipboard
        assert "Mehdi Rahmati" in app.clipboard and "Shafaq News" in app.clipboard and "2024-12-07" in app.clipboard
        assert any("Copied" in (n.title or "") for n in app._notifications)
        await pilot.press("Y")
        await settle(pilot, app)
        assert app.clipboard.startswith(">") and "https://shafaq.example/daraa" in app.clipboard


@sync
async def test_copy_in_articles_pane_takes_first_spoken_quote(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        # the quoted term comes first in the text but is not speech
        assert "This changes the balance of the war" in app.clipboard
        assert "cradle" not in app.clipboard


@sync
async def test_entity_filter_and_escape(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("tab")
        detail = app.detail
        while detail.selected_entity is None or detail.selected_entity["name"] != "Daraa":
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot, app)
        assert sorted(app.articles.ids) == sorted([db[1]["rahmati"], db[1]["army"]])
        assert app.focused is app.articles
        assert "mentions: Daraa" in app.header.view
        await pilot.press("escape")
        await settle(pilot, app)
        assert len(app.articles.ids) == 5


@sync
async def test_reader_opens_marks_read_automatically_and_closes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, ReaderScreen)
        body = app.screen.query_one("#reader-body").render()
        assert isinstance(body, Text) or "Mehdi Rahmati" in str(body)
        with Store.open(db[0]) as store:
            row = store.conn.execute(
                "SELECT value, automatic FROM tag_history WHERE article_id = ? AND field = 'read'", (article,)
            ).fetchone()
        assert tuple(row) == ("1", 1)
        assert app.header.counts["unread"] == 4
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)
        await pilot.press("u")  # the automatic read tag is not the user's to undo
        await settle(pilot, app)
        assert value(tags_of(db, article), "read") in (True, "1")


@sync
async def test_help_lists_live_bindings(db):
    app = make_app(db, **{"desk.star": "S"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        star = next(b for b in MAIN if b.id == "desk.star")
        assert key_label(app, star) == "S"
        search = next(b for b in MAIN if b.id == "desk.search")
        assert key_label(app, search) == "/"
        table = app.screen._table()
        assert table.row_count > len(MAIN)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@sync
async def test_config_remaps_a_key(db):
    app = make_app(db, **{"desk.star": "S", "no.such.binding": "z"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("s")
        await settle(pilot, app)
        assert not value(tags_of(db, article), "starred")
        await pilot.press("S")
        await settle(pilot, app)
        assert value(tags_of(db, article), "starred") in (True, "1")
        assert any("no.such.binding" in n.message for n in app._notifications)


@sync
async def test_group_by_event_toggle(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("g")
        await settle(pilot, app)
        ids = app.articles.ids
        assert ids[0] == -db[1]["event"]
        assert set(ids[1:3]) == {db[1]["rahmati"], db[1]["army"]}
        assert app.articles.article_id == db[1]["rahmati"]  # headings are never selected
        assert "Daraa falls" in _line_text(app, 0)
        await pilot.press("g")
        await settle(pilot, app)
        assert all(i > 0 for i in app.articles.ids)


@sync
async def test_hostile_text_is_shown_literally(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        index = app.articles.ids.index(db[1]["hostile"])
        strip = app.articles.render_line(index)
        text = "".join(seg.text for seg in strip)
        assert "[bold red]Markup[/]" in text
        assert "\x1b" not in text and "\x07" not in text and "␛[31m" in text
        app.articles.move_to(index)
        await pilot.press("enter")
        await settle(pilot, app)
        body = app.screen.query_one("#reader-body").render()
        plain = body.plain if isinstance(body, Text) else str(body)
        assert "[link=http://x]markup[/link]" in plain
        assert "\x1b" not in plain


@sync
async def test_comparison_pane_marks_conflicts(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        body = app.query_one("#compare-body").render()
        plain = str(body)
        assert "✖ conflict" in plain and "✔ agree" in plain
        assert "Reuters is cited by 2 outlets" in plain
        await pilot.press("j", "j")  # an article in no event
        await settle(pilot, app)
        assert "no event" in str(app.query_one("#compare-body").render())
        assert isinstance(app.query_one(ComparePane), ComparePane)


@sync
async def test_undo_with_nothing_to_undo_says_so(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("u")
        await settle(pilot, app)
        assert any("Nothing to undo" in n.message for n in app._notifications)


@sync
async def test_theme_toggle_and_palette(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.theme == "desk-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "desk-light"
        article = app.articles.article_id
        await pilot.press("ctrl+p")
        await pilot.press(*"Star")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, app)
        assert value(tags_of(db, article), "starred") in (True, "1")


@sync
async def test_quit(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def _line_text(app, index: int) -> str:
    return "".join(seg.text for seg in app.articles.render_line(index - app.articles.scroll_offset.y))


def test_user_is_the_config_user(db):
    assert make_app(db).user == USER


@sync
async def test_tab_and_shift_tab_cycle_the_panes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.focused is app.articles
        await pilot.press("tab")
        assert app.focused is app.detail
        await pilot.press("tab")
        assert app.focused is app.compare
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is app.articles


@sync
async def test_tag_over_someone_elses_says_whose_it_replaced(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        with Store.open(db[0]) as store:  # a colleague grades it meanwhile, from another terminal
            store.set_tag(article, "reliability", "E", "colleague")
        await pilot.press("B")
        await settle(pilot, app)
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert any("colleague" in w for w in warnings), warnings
        assert value(tags_of(db, article), "reliability") == "B"


@sync
async def test_refresh_feeds_reports_in_the_header(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("R")
        await wait_for(pilot, lambda: "refresh:" in app.header.status)
        assert "0 new" in app.header.status


@sync
async def test_reader_allows_tagging_but_not_list_actions(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        article = app.articles.article_id
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("A", "slash")
        await settle(pilot, app)
        assert isinstance(app.screen, ReaderScreen)  # no search box over the reader
        assert value(tags_of(db, article), "reliability") == "A"


@sync
async def test_full_text_key_fetches_the_page_of_the_selected_article(tmp_path):
    """`T` on a feed article whose item carried a summary stores the page's text; without a link it says so."""
    from desk.feeds.refresh import refresh_all
    from desk.feeds.subscriptions import FeedSpec, subscribe
    from tests.feedserver import FeedServer, standard

    path = tmp_path / "feeds.db"
    with FeedServer() as server:
        urls = standard(server)
        with Store.open(path) as store:
            subscribe(store, FeedSpec(urls["fulltext"]))
            refresh_all(store, timeout=2, retries=0)
            wanted = store.conn.execute("SELECT id FROM articles WHERE url LIKE '%/articles/0.html'").fetchone()[0]
            assert "Umm Khaled" not in store.article(wanted)["body"]
        app = DeskApp(str(path), config=config())
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            while app.articles.article_id != wanted:
                await pilot.press("j")
                await settle(pilot, app)
            await pilot.press("T")
            await wait_for(pilot, lambda: app.header.status in ("full text stored", "summary kept"))
            assert app.header.status == "full text stored"
            await settle(pilot, app)
            with Store.open(path) as store:
                assert "Umm Khaled" in store.article(wanted)["body"]
                assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


@sync
async def test_full_text_key_without_a_link_is_a_warning(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.articles.update_row(app.articles.article_id, {**app.articles.row(app.articles.article_id), "url": None})
        await pilot.press("T")
        await settle(pilot, app)
        assert any("no link" in (n.message or "") for n in app._notifications)
