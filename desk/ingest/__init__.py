"""Ingest: readers turn a source (file, folder, feed, JSON Lines) into `ArticleRecord`s;
`pipeline` runs each through extraction into the store and on to event clustering."""
