"""Built-in draft templates (package data)."""
