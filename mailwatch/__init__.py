"""mailwatch: interview follow-up drafts, never sent."""
__version__ = "0.1.0"
