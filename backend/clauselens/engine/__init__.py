"""The rule engine: rule packs loaded, validated, compiled to RE2 and matched against clauses."""
