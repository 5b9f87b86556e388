"""The team rule-pack registry: teams, tokens with roles, immutable pack versions, in a database."""
