-- Tags, version 4: every history row also says who had set the value it replaced (so undo restores it
-- exactly and nobody's tag is overwritten silently), indexes for undo, and a fuller current_tags view.

ALTER TABLE tag_history ADD COLUMN previous_user TEXT;   -- who had set `previous` (NULL: nobody)
ALTER TABLE tag_history ADD COLUMN previous_at TEXT;     -- when they had set it

CREATE INDEX tag_history_key ON tag_history(article_id, quote_id, field, id);
CREATE INDEX tag_history_undoes ON tag_history(undoes) WHERE undoes IS NOT NULL;

-- One row per tagged article: current values, the outlet's default reliability where none was set
-- (reliability_inherited = 1), the triage status, quote-level tags, and who tagged it last.
DROP VIEW current_tags;
CREATE VIEW current_tags AS
SELECT a.id AS article, a.title, s.name AS outlet, a.published, a.path, a.url,
       COALESCE(MAX(CASE WHEN t.quote_id = 0 AND t.field = 'reliability' THEN t.value END),
                s.default_reliability) AS reliability,
       (MAX(CASE WHEN t.quote_id = 0 AND t.field = 'reliability' THEN t.value END) IS NULL
        AND s.default_reliability IS NOT NULL) AS reliability_inherited,
       MAX(CASE WHEN t.quote_id = 0 AND t.field = 'credibility' THEN t.value END) AS credibility,
       MAX(CASE WHEN t.quote_id = 0 AND t.field = 'attribution' THEN t.value END) AS attribution,
       MAX(CASE WHEN t.quote_id = 0 AND t.field = 'starred' THEN t.value END) AS starred,
       MAX(CASE WHEN t.quote_id = 0 AND t.field = 'read' THEN t.value END) AS read,
       MAX(CASE WHEN t.quote_id = 0 AND t.field = 'archived' THEN t.value END) AS archived,
       CASE WHEN MAX(CASE WHEN t.quote_id = 0 AND t.field = 'archived' THEN t.value END) = '1' THEN 'archived'
            WHEN MAX(CASE WHEN t.quote_id = 0 AND t.field = 'starred' THEN t.value END) = '1' THEN 'starred'
            WHEN MAX(CASE WHEN t.quote_id = 0 AND t.field = 'read' THEN t.value END) = '1' THEN 'read'
            ELSE 'new' END AS status,
       group_concat(CASE WHEN t.quote_id <> 0 AND t.value IS NOT NULL
                         THEN t.quote_id || ':' || t.field || '=' || t.value END, '; ') AS quote_tags,
       (SELECT h.user FROM tag_history h WHERE h.article_id = a.id AND h.automatic = 0
         ORDER BY h.id DESC LIMIT 1) AS tagged_by,
       (SELECT h.at FROM tag_history h WHERE h.article_id = a.id AND h.automatic = 0
         ORDER BY h.id DESC LIMIT 1) AS tagged_at
FROM tags t JOIN articles a ON a.id = t.article_id LEFT JOIN sources s ON s.id = a.source_id
GROUP BY a.id
HAVING COUNT(t.value) > 0;
