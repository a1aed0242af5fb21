"""Mailbox providers."""
