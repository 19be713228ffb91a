"""Tags: set, undo and read the journalist's tags (Admiralty grading, attribution, triage flags).

Every change is written at once in one short write transaction: the current value in `tags` and a
row in `tag_history` (value, previous value and who had set it, user, UTC time). Undo reads that
history, so it works across restarts; nobody's tag is replaced silently (`TagChange.overwrote`),
and nobody's later change is undone (`undo_last` refuses and names who changed it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from db.errors import StoreError
from desk.tagging import FLAGS, TagValueError, badge, check_field, normalize, triage_status

_UNSET: Any = object()
_FIELDS_ORDER = ("reliability", "credibility", "attribution", *FLAGS)
_CHUNK = 500


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class TagChange:
    """What one `set_tag` or `undo_last` did.

    `history_id` is None when nothing changed (the value was already there). `overwrote` is
    (user, at) of the value replaced when someone else had set it (or when `expected` was given and
    the stored value differed), so the caller can say "replaced C set by alice at 10:02".
    """

    article_id: int
    quote_id: int
    field: str
    value: str | None
    previous: str | None
    history_id: int | None
    user: str
    at: str
    overwrote: tuple[str, str] | None = None
    undoes: int | None = None

    @property
    def changed(self) -> bool:
        return self.history_id is not None

    def describe(self) -> str:
        """One line for a person: `article 3: reliability B (was C)`."""
        where = f"article {self.article_id}" + (f" quote {self.quote_id}" if self.quote_id else "")
        what = "undid: " if self.undoes else ""
        new = self.value if self.value is not None else "cleared"
        if not self.changed:
            return f"{where}: {self.field} already {new}"
        was = f" (was {self.previous})" if self.previous is not None else ""
        return f"{where}: {what}{self.field} {new}{was}"

    def overwrote_message(self) -> str | None:
        """`replaced C set by alice at 2026-…Z`, or None when nobody else's value was replaced."""
        if self.overwrote is None:
            return None
        who, at = self.overwrote
        old = self.previous if self.previous is not None else "an empty value"
        return f"replaced {self.field} {old} set by {who} at {at}"


class TagsMixin:
    conn: sqlite3.Connection

    # -- writing ---------------------------------------------------------------------------

    def set_tag(
        self,
        article_id: int,
        field: str,
        value: object,
        user: str,
        quote_id: int = 0,
        automatic: bool = False,
        expected: object = _UNSET,
    ) -> TagChange:
        """Set (value None: clear) one tag on an article, or on one of its quotes, and record it.

        `expected` is the value the caller showed the user; when given and the stored value differs,
        the change still happens but `overwrote` says whose value was replaced. Raises StoreError for
        an unknown article/quote or a value outside the vocabulary.
        """
        try:
            check_field(field, on_quote=bool(quote_id))
            stored = normalize(field, value)
            seen = _UNSET if expected is _UNSET else normalize(field, expected)
        except TagValueError as exc:
            raise StoreError(str(exc)) from exc
        if not user:
            raise StoreError("a tag needs a user name")
        with self.transaction():  # type: ignore[attr-defined]
            self._check_target(article_id, quote_id)
            row = self.conn.execute(
                "SELECT value, user, at FROM tags WHERE article_id = ? AND quote_id = ? AND field = ?",
                (article_id, quote_id, field),
            ).fetchone()
            previous, prev_user, prev_at = (row[0], row[1], row[2]) if row else (None, None, None)
            at = _now()
            if stored == previous:
                return TagChange(article_id, quote_id, field, stored, previous, None, user, at)
            overwrote = None
            if seen is not _UNSET:
                if seen != previous:
                    overwrote = self._last_setter(article_id, quote_id, field, prev_user, prev_at)
            elif previous is not None and prev_user != user:
                overwrote = (prev_user, prev_at)
            self.conn.execute(
                "INSERT INTO tags(article_id, quote_id, field, value, user, at) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(article_id, quote_id, field) DO UPDATE"
                " SET value = excluded.value, user = excluded.user, at = excluded.at",
                (article_id, quote_id, field, stored, user, at),
            )
            history_id = self.conn.execute(
                "INSERT INTO tag_history(article_id, quote_id, field, value, previous, previous_user, previous_at,"
                " user, at, automatic) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (article_id, quote_id, field, stored, previous, prev_user, prev_at, user, at, int(automatic)),
            ).lastrowid
            return TagChange(article_id, quote_id, field, stored, previous, history_id, user, at, overwrote)

    def undo_last(self, user: str, *, skip_superseded: bool = False) -> TagChange | None:
        """Undo `user`'s most recent manual change not yet undone; None when there is nothing left.

        Repeated calls walk further back. A change someone else has changed again since is never
        undone: StoreError names who changed it and when (with `skip_superseded`, such changes are
        passed over and the one before is undone instead).
        """
        with self.transaction():  # type: ignore[attr-defined]
            target = None
            for candidate in self._undo_candidates(user):
                later = self.conn.execute(
                    "SELECT user, at, value FROM tag_history WHERE article_id = ? AND quote_id = ? AND field = ?"
                    " AND id > ? AND user <> ? ORDER BY id DESC LIMIT 1",
                    (candidate["article_id"], candidate["quote_id"], candidate["field"], candidate["id"], user),
                ).fetchone()
                if later is None:
                    target = candidate
                    break
                if not skip_superseded:
                    where = f"article {candidate['article_id']}" + (
                        f" quote {candidate['quote_id']}" if candidate["quote_id"] else ""
                    )
                    now = later["value"] if later["value"] is not None else "nothing (cleared)"
                    raise StoreError(
                        f"cannot undo {candidate['field']} {candidate['value'] or '(cleared)'} on {where}: "
                        f"{later['user']} changed it to {now} at {later['at']}; set it again by hand"
                    )
            if target is None:
                return None
            return self._revert(target, user)

    def _undo_candidates(self, user: str) -> Iterator[sqlite3.Row]:
        """The user's manual, not undone, changes, newest first."""
        last_id = None
        while True:
            rows = self.conn.execute(
                "SELECT * FROM tag_history h WHERE h.user = ? AND h.automatic = 0 AND h.undoes IS NULL"
                " AND (? IS NULL OR h.id < ?)"
                " AND NOT EXISTS (SELECT 1 FROM tag_history u WHERE u.undoes = h.id)"
                " ORDER BY h.id DESC LIMIT 50",
                (user, last_id, last_id),
            ).fetchall()
            if not rows:
                return
            yield from rows
            last_id = rows[-1]["id"]

    def _revert(self, target: sqlite3.Row, user: str) -> TagChange:
        key = (target["article_id"], target["quote_id"], target["field"])
        row = self.conn.execute(
            "SELECT value, user, at FROM tags WHERE article_id = ? AND quote_id = ? AND field = ?", key
        ).fetchone()
        current, cur_user, cur_at = (row[0], row[1], row[2]) if row else (None, None, None)
        at = _now()
        restored = target["previous"]
        if target["previous_user"] is None and restored is None:
            self.conn.execute("DELETE FROM tags WHERE article_id = ? AND quote_id = ? AND field = ?", key)
        else:
            # The value comes back with the name and time of whoever had set it.
            self.conn.execute(
                "INSERT INTO tags(article_id, quote_id, field, value, user, at) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(article_id, quote_id, field) DO UPDATE"
                " SET value = excluded.value, user = excluded.user, at = excluded.at",
                (*key, restored, target["previous_user"] or user, target["previous_at"] or at),
            )
        history_id = self.conn.execute(
            "INSERT INTO tag_history(article_id, quote_id, field, value, previous, previous_user, previous_at,"
            " user, at, undoes) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (*key, restored, current, cur_user, cur_at, user, at, target["id"]),
        ).lastrowid
        return TagChange(*key, restored, current, history_id, user, at, None, target["id"])

    def _check_target(self, article_id: int, quote_id: int) -> None:
        if not self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            raise StoreError(f"no article with id {article_id}")
        if quote_id:
            row = self.conn.execute("SELECT article_id FROM quotes WHERE id = ?", (quote_id,)).fetchone()
            if row is None:
                raise StoreError(f"no quote with id {quote_id}")
            if row[0] != article_id:
                raise StoreError(f"quote {quote_id} belongs to article {row[0]}, not {article_id}")

    def _last_setter(
        self, article_id: int, quote_id: int, field: str, user: str | None, at: str | None
    ) -> tuple[str, str]:
        """Who made the stored state of a tag (the tags row, else the last history row)."""
        if user and at:
            return user, at
        row = self.conn.execute(
            "SELECT user, at FROM tag_history WHERE article_id = ? AND quote_id = ? AND field = ?"
            " ORDER BY id DESC LIMIT 1",
            (article_id, quote_id, field),
        ).fetchone()
        return (row[0], row[1]) if row else ("nobody", "")

    # -- reading ---------------------------------------------------------------------------

    def article_tags(self, article_id: int) -> dict[str, Any]:
        """Current tags of one article (see `tags_for_articles`), plus `quotes`: {quote_id: {field: value}}."""
        found = self.tags_for_articles([article_id])
        if article_id not in found:
            raise StoreError(f"no article with id {article_id}")
        tags = found[article_id]
        tags["quotes"] = self.quote_tags(article_id)
        return tags

    def tags_for_articles(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Current tags for many articles at once (for a page of the article list).

        Each value: reliability (set, else the outlet's default), reliability_inherited,
        default_reliability, credibility, attribution, starred/read/archived (bool), status
        (archived/starred/read/new), badge (`B2`), tagged_by/tagged_at (last manual change), and
        set_by {field: (user, at)}. Unknown ids are left out.
        """
        ids = list(dict.fromkeys(ids))
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT a.id, s.default_reliability FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                f" WHERE a.id IN ({marks})",
                chunk,
            ):
                out[row[0]] = {"article": row[0], **dict.fromkeys(_FIELDS_ORDER), "default_reliability": row[1],
                               "set_by": {}}
            for row in self.conn.execute(
                f"SELECT article_id, field, value, user, at FROM tags WHERE quote_id = 0 AND article_id IN ({marks})",
                chunk,
            ):
                entry = out.get(row[0])
                if entry is not None:
                    entry[row[1]] = row[2]
                    entry["set_by"][row[1]] = (row[3], row[4])
            for row in self.conn.execute(
                f"SELECT h.article_id, h.user, h.at FROM tag_history h WHERE h.id IN ("
                f" SELECT MAX(id) FROM tag_history WHERE automatic = 0 AND article_id IN ({marks})"
                " GROUP BY article_id)",
                chunk,
            ):
                out[row[0]]["tagged_by"], out[row[0]]["tagged_at"] = row[1], row[2]
        for entry in out.values():
            _finish(entry)
        return out

    def quote_tags(self, article_id: int) -> dict[int, dict[str, str]]:
        """Tags set on single quotes of an article: {quote_id: {field: value}} (cleared ones left out)."""
        out: dict[int, dict[str, str]] = {}
        for row in self.conn.execute(
            "SELECT quote_id, field, value FROM tags WHERE article_id = ? AND quote_id <> 0 AND value IS NOT NULL"
            " ORDER BY quote_id, field",
            (article_id,),
        ):
            out.setdefault(row[0], {})[row[1]] = row[2]
        return out

    def tag_history(self, article_id: int) -> list[dict[str, Any]]:
        """Every tag change on an article, oldest first, each with `undone_by` (id of the undo, if any)."""
        rows = self.conn.execute(
            "SELECT h.id, h.article_id, h.quote_id, h.field, h.value, h.previous, h.previous_user, h.previous_at,"
            " h.user, h.at, h.undoes, h.automatic, u.id AS undone_by FROM tag_history h"
            " LEFT JOIN tag_history u ON u.undoes = h.id WHERE h.article_id = ? ORDER BY h.id",
            (article_id,),
        ).fetchall()
        return [{**dict(r), "automatic": bool(r["automatic"])} for r in rows]

    def tag_history_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM tag_history").fetchone()[0]

    # -- export ----------------------------------------------------------------------------

    def export_tags(self) -> list[dict[str, Any]]:
        """One row per tagged article (the `current_tags` view), oldest article first."""
        rows = self.conn.execute(
            "SELECT article, path, outlet, reliability, credibility, attribution, status, reliability_inherited,"
            " starred, read, archived, url, title, published, quote_tags, tagged_by, tagged_at"
            " FROM current_tags ORDER BY article"
        ).fetchall()
        return [_export_row(r) for r in rows]

    def export_articles(self) -> list[dict[str, Any]]:
        """Every article's metadata (no body) with its current tags and triage status, oldest first."""
        tagged = {row["article"]: row for row in self.export_tags()}
        rows = self.conn.execute(
            "SELECT a.id, s.name AS outlet, a.published, a.title, a.dateline, a.path, a.url, ea.event_id,"
            " a.status AS pipeline_status, s.default_reliability FROM articles a"
            " LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN event_articles ea ON ea.article_id = a.id"
            " ORDER BY a.id"
        ).fetchall()
        out = []
        for row in rows:
            article = dict(row)
            default = article.pop("default_reliability")
            tags = tagged.get(article["id"])
            article["status"] = tags["status"] if tags else "new"
            article["reliability"] = tags["reliability"] if tags else default
            article["reliability_inherited"] = tags["reliability_inherited"] if tags else default is not None
            for key in ("credibility", "attribution", "tagged_by", "tagged_at"):
                article[key] = tags[key] if tags else None
            for flag in FLAGS:
                article[flag] = tags[flag] if tags else False
            out.append(article)
        return out


def _finish(entry: dict[str, Any]) -> None:
    """Fill the derived keys of a tags entry."""
    for flag in FLAGS:
        entry[flag] = entry.get(flag) == "1"
    entry["reliability_inherited"] = entry["reliability"] is None and entry["default_reliability"] is not None
    if entry["reliability_inherited"]:
        entry["reliability"] = entry["default_reliability"]
    entry["status"] = triage_status(entry["starred"], entry["read"], entry["archived"])
    entry["badge"] = badge(entry["reliability"], entry["credibility"])
    entry.setdefault("tagged_by", None)
    entry.setdefault("tagged_at", None)


def _export_row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for flag in FLAGS:
        out[flag] = out.get(flag) == "1"
    out["reliability_inherited"] = bool(out.get("reliability_inherited"))
    return out
