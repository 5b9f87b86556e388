"""From a document's text to its risky clauses, its kind and its grade."""
