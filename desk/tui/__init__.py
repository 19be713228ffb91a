"""The news-desk TUI (Textual): articles, entities and quotes, comparison; tagging and copying."""
