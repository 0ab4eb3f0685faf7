"""Widgets the screens share (forms, dialogs, dropdowns)."""
