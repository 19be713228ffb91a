"""Screens pushed over the main view: reader, help, attribution picker, search."""
