"""Departments, organisations and people (placeholder until the extractor lands)."""

from __future__ import annotations

from .records import Organization, Person


def find_organizations(text: str) -> list[Organization]:
    return []


def find_people(text: str, organizations: list[Organization]) -> list[Person]:
    return []
