"""One pane or widget per module."""
