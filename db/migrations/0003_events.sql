-- desk store, version 3: what event clustering needs to stay incremental and to keep user decisions.
--
-- An event is the connected group of articles linked to one another (event_links), plus the
-- user's moves, merges and splits (event_decisions). Each event is named after its earliest
-- article (anchor_article), so re-clustering the store finds the same events again.

ALTER TABLE events ADD COLUMN anchor_article INTEGER REFERENCES articles(id) ON DELETE SET NULL;
CREATE INDEX events_anchor ON events(anchor_article);

-- What clustering compares, per article: its day and its features (JSON), computed once.
CREATE TABLE event_features (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    day        INTEGER,            -- days since 0001-01-01 of the story's date; NULL when unknown
    features   TEXT NOT NULL       -- JSON: keys with weights, lead words, numbers
);

-- The candidate index: distinctive keys (entities, title words) → articles, by day.
-- day is -1 when the article's date is unknown.
CREATE TABLE event_keys (
    key        TEXT NOT NULL,       -- 'e:<entity id>', 'n:<name key>' or 'w:<title word>'
    day        INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    weight     REAL NOT NULL,
    PRIMARY KEY (key, day, article_id)
) WITHOUT ROWID;
CREATE INDEX event_keys_article ON event_keys(article_id);

-- Pairs of articles judged to be about the same story (article_id < other_id).
CREATE TABLE event_links (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score      REAL NOT NULL,
    PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID;
CREATE INDEX event_links_other ON event_links(other_id);

-- A user's moves, merges and splits, replayed in order whenever events are worked out.
-- move: article_id goes with other_id; merge: article_id's event and other_id's event are one;
-- split: article_id leaves its event (with the other articles split at the same time, same batch).
CREATE TABLE event_decisions (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('move','merge','split')),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id   INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    batch      INTEGER,             -- decisions made together (one split) share a batch
    user       TEXT NOT NULL,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX event_decisions_article ON event_decisions(article_id);
CREATE INDEX event_decisions_other ON event_decisions(other_id);
