-- desk store, version 2: feed subscriptions (the outlets the desk follows) and what each refresh found.

CREATE TABLE feeds (
    id                  INTEGER PRIMARY KEY,
    url                 TEXT NOT NULL UNIQUE,                  -- the feed itself (RSS or Atom)
    source_id           INTEGER REFERENCES sources(id) ON DELETE SET NULL,  -- the outlet; NULL until known
    default_reliability TEXT CHECK (default_reliability IN ('A','B','C','D','E','F')),  -- also set on the outlet
    language            TEXT,                                  -- e.g. 'ar', 'en'; used when items carry none
    full_text           INTEGER NOT NULL DEFAULT 0 CHECK (full_text IN (0, 1)),  -- 1: fetch each linked page
    etag                TEXT,                                  -- from the last good answer, for conditional GET
    last_modified       TEXT,                                  -- idem (the server's Last-Modified, verbatim)
    last_fetch_at       TEXT,
    last_status         TEXT CHECK (last_status IN ('ok','not_modified','failed')),
    last_http_status    INTEGER,
    last_error          TEXT,                                  -- why the last refresh failed, when it did
    last_new            INTEGER NOT NULL DEFAULT 0,            -- articles the last refresh added
    last_updated        INTEGER NOT NULL DEFAULT 0,            -- articles the last refresh updated in place
    added_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX feeds_source ON feeds(source_id);

CREATE TABLE feed_tags (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,                                     -- 'syria', 'wires'
    PRIMARY KEY (feed_id, tag)
) WITHOUT ROWID;
CREATE INDEX feed_tags_tag ON feed_tags(tag);

-- Every item a feed has carried, so an unchanged item is not extracted again and a changed one is
-- updated in place. item_key is the GUID, else the link; item_hash identifies the item as the feed sent it.
CREATE TABLE feed_items (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key   TEXT NOT NULL,
    item_hash  TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    last_seen  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
CREATE INDEX feed_items_article ON feed_items(article_id);

-- One row per subscription, as `desk feeds list` shows it.
CREATE VIEW feed_list AS
SELECT f.id, f.url, s.name AS outlet, f.default_reliability AS reliability, f.language, f.full_text,
       (SELECT group_concat(tag, ',') FROM (SELECT tag FROM feed_tags t WHERE t.feed_id = f.id ORDER BY tag)) AS tags,
       (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id) AS items,
       f.last_fetch_at, f.last_status, f.last_http_status, f.last_error, f.last_new, f.last_updated, f.added_at
FROM feeds f LEFT JOIN sources s ON s.id = f.source_id;
