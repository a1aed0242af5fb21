"""Strict local fakes of mail services' HTTP APIs, used through the real client libraries."""
