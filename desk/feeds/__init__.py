"""Feed subscriptions: following outlets, refreshing them politely, fetching full text, OPML.

`refresh.refresh_all(store)` is the one entry point the CLI and the TUI call to bring new items in.
"""
