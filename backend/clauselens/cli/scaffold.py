"""The pack file `clauselens pack init` writes: one example rule with its examples, ready to test."""

PACK_TEMPLATE = """\
# A clauselens rule pack (format: DESIGN.md §5). Check it with
#   clauselens pack lint {file_name}    schema, RE2 patterns, ids, severities, categories
#   clauselens pack test {file_name}    every rule against its own examples
# and publish it with
#   clauselens pack publish {file_name} --server URL --token TOKEN
id: {pack_id}
version: 0.1.0            # semantic version; a published version never changes
title: {title}
description: What our team must know before agreeing to a service's terms.
rules:
  - id: recordings-access           # unique in this pack
    category: monitoring            # a built-in category (DESIGN.md §4) or one of your own
    severity: high                  # good, info, low, medium or high
    title: Staff may access your recordings
    summary: People at the company can listen to or read what you record.
    explanation: >-
      The provider's employees or contractors may open your recordings, for example
      to "improve quality". Anything said in them, sources included, can be heard.
    match:                          # per sentence; RE2 patterns, case-insensitive
      all: ['\\b(access|review|listen to)\\b', '\\brecordings?\\b']
      none: ['\\b(never|not|only with your (express )?consent)\\b']
    examples:                       # at least one of each; `pack test` runs them
      match:
        - Our staff may access and review your recordings to improve quality.
      no_match:
        - We never access your recordings.
        - Staff listen to recordings only with your express consent.
"""


def pack_file_text(pack_id: str, file_name: str) -> str:
    name = pack_id.split("/", 1)[1]
    title = name.replace("-", " ").capitalize()
    return PACK_TEMPLATE.format(pack_id=pack_id, title=title, file_name=file_name)
