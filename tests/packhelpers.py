"""Building small rule packs in tests."""

import copy

BASE_RULE = {
    "id": "recordings-access",
    "category": "monitoring",
    "severity": "high",
    "title": "Staff may access your recordings",
    "summary": "People at the company can listen to or read what you record.",
    "explanation": "Employees or contractors may open your recordings.",
    "match": {
        "all": [r"\b(access|review|listen to)\b", r"\brecordings?\b"],
        "none": [r"\b(never|not|only with your (express )?consent)\b"],
    },
    "examples": {
        "match": ["Our staff may access and review your recordings to improve quality."],
        "no_match": ["We never access your recordings."],
    },
}


def rule(**changes) -> dict:
    built = copy.deepcopy(BASE_RULE)
    built.update(changes)
    return built


def pack(*rules, **changes) -> dict:
    document = {
        "id": "acme/source-safety",
        "version": "1.0.0",
        "title": "Source safety",
        "description": "What journalists must know.",
        "rules": list(rules) or [rule()],
    }
    document.update(changes)
    return document
