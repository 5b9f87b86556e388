"""Explain one clause in plain words: its findings, what its words mean, the terms its document
defines, what the reader can do, and how hard the clause and the explanation are to read."""
