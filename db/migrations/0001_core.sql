-- desk store, version 1: outlets, articles with full-text search, and what extraction finds in them.
-- Plain names and foreign keys, so the file reads well in Datasette or the sqlite3 shell.

CREATE TABLE sources (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- outlet name as shown: "Shafaq News"
    url                 TEXT,                                  -- home page, where known
    default_reliability TEXT CHECK (default_reliability IN ('A','B','C','D','E','F')),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    path          TEXT,              -- file it came from, if any
    url           TEXT,              -- link, if any (feeds, JSON Lines)
    guid          TEXT,              -- feed item id, if any
    title         TEXT NOT NULL,
    published     TEXT,              -- ISO date YYYY-MM-DD, NULL when unknown
    dateline      TEXT,              -- "HOMS, SYRIA – DECEMBER 6"
    body          TEXT NOT NULL,
    language      TEXT,
    content_hash  TEXT NOT NULL UNIQUE,
    status        TEXT NOT NULL DEFAULT 'stored'
                  CHECK (status IN ('stored','extracted','clustered','extract_failed')),
    error         TEXT,              -- why extraction failed, when it did
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at    TEXT
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_guid ON articles(guid) WHERE guid IS NOT NULL;
CREATE INDEX articles_path ON articles(path) WHERE path IS NOT NULL;
CREATE INDEX articles_newest ON articles(published DESC, id DESC);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_status ON articles(status);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-'"
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Entities across the store: one row per real-world thing, with every spelling seen.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,       -- the preferred (fullest) spelling
    kind        TEXT NOT NULL CHECK (kind IN ('person','place','organisation','other')),
    key         TEXT NOT NULL,       -- normalised spelling key
    merged_into INTEGER REFERENCES entities(id) ON DELETE SET NULL,  -- set when a user merged it away
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX entities_key ON entities(key);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    key       TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases(key);

-- Cheap lookup keys so a new spelling finds its candidates without scanning every entity.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

-- A user's merge/split decisions, kept so later ingests respect them.
CREATE TABLE entity_decisions (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('merge','split')),
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    other_id   INTEGER REFERENCES entities(id) ON DELETE CASCADE,  -- merge: merged into this one
    alias      TEXT,                                               -- split: the spelling taken out
    user       TEXT NOT NULL,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('quote','partial','term')),
    speaker           TEXT,
    speaker_kind      TEXT NOT NULL CHECK (speaker_kind IN ('person','organisation','anonymous','unknown')),
    role              TEXT,
    via               TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,         -- the sentence
    quantity   TEXT NOT NULL,         -- the number phrase as written
    value      REAL,
    unit       TEXT,
    hedge      TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    q_start    INTEGER NOT NULL,
    q_end      INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE dates (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    date       TEXT,                  -- ISO date, NULL when it cannot be resolved
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);

CREATE TABLE cites (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,         -- canonical name of the cited outlet, agency or monitor
    text       TEXT NOT NULL,         -- the phrase that cites it
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX cites_article ON cites(article_id);
CREATE INDEX cites_name ON cites(name);

-- Events: articles about the same story.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE event_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    score      REAL,
    pinned     INTEGER NOT NULL DEFAULT 0,   -- 1 when a user put it here; clustering leaves it alone
    user       TEXT,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX event_articles_event ON event_articles(event_id);

-- Tags: the current value of each field per article (or per quote), and every change ever made.
CREATE TABLE tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id   INTEGER NOT NULL DEFAULT 0,   -- 0: the tag is on the article; else a quotes.id
    field      TEXT NOT NULL CHECK (field IN ('reliability','credibility','attribution','starred','read','archived')),
    value      TEXT,
    user       TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id, field)
) WITHOUT ROWID;

CREATE TABLE tag_history (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id   INTEGER NOT NULL DEFAULT 0,
    field      TEXT NOT NULL,
    value      TEXT,                 -- new value (NULL: cleared)
    previous   TEXT,                 -- value before this change
    user       TEXT NOT NULL,
    at         TEXT NOT NULL,
    undoes     INTEGER REFERENCES tag_history(id),  -- set on a row that undid an earlier one
    automatic  INTEGER NOT NULL DEFAULT 0            -- 1 for changes desk made itself (read on open)
);
CREATE INDEX tag_history_article ON tag_history(article_id, id);
CREATE INDEX tag_history_user ON tag_history(user, id);

-- Views a journalist can open directly.
CREATE VIEW current_tags AS
SELECT a.id AS article, a.title, s.name AS outlet, a.published,
       MAX(CASE WHEN t.field = 'reliability' THEN t.value END) AS reliability,
       MAX(CASE WHEN t.field = 'credibility' THEN t.value END) AS credibility,
       MAX(CASE WHEN t.field = 'attribution' THEN t.value END) AS attribution,
       MAX(CASE WHEN t.field = 'starred' THEN t.value END) AS starred,
       MAX(CASE WHEN t.field = 'read' THEN t.value END) AS read,
       MAX(CASE WHEN t.field = 'archived' THEN t.value END) AS archived,
       MAX(t.at) AS tagged_at
FROM tags t JOIN articles a ON a.id = t.article_id LEFT JOIN sources s ON s.id = a.source_id
WHERE t.quote_id = 0
GROUP BY a.id;

CREATE VIEW article_list AS
SELECT a.id, s.name AS outlet, a.published, a.title, a.path, a.url, a.status,
       ea.event_id, a.ingested_at
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN event_articles ea ON ea.article_id = a.id;

CREATE VIEW quotes_with_source AS
SELECT q.id, q.article_id, s.name AS outlet, a.published, q.kind, q.speaker, q.speaker_kind,
       q.role, q.via, q.text
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN sources s ON s.id = a.source_id;
