"""What Explain needs from a whole document, computed once per document and kept in memory.

The index (defined terms, the pattern that finds them, the action sentences) is cached
by the document's SHA-256 in a bounded LRU inside the process: a reader who explains
several clauses of one page pays for the page once. Nothing is written to disk or logs.
"""

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from .actions import ActionSentence, action_sentences
from .definitions import Definition, find_definitions
from .sentences import Sentences
from .term_use import term_pattern

DEFAULT_MAX_DOCUMENTS = 32


@dataclass(frozen=True, slots=True)
class DocumentIndex:
    definitions: dict[str, Definition]
    term_pattern: re.Pattern | None
    action_sentences: tuple[ActionSentence, ...]


def index_document(document: str) -> DocumentIndex:
    sentences = Sentences(document)
    definitions = find_definitions(document, sentences)
    return DocumentIndex(definitions, term_pattern(definitions), action_sentences(document, sentences))


class DocumentIndexCache:
    """A thread-safe LRU of document indexes, keyed by the document's SHA-256 digest."""

    def __init__(self, max_documents: int = DEFAULT_MAX_DOCUMENTS):
        self.max_documents = max_documents
        self._indexes: OrderedDict[bytes, DocumentIndex] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._indexes)

    def index(self, document: str) -> DocumentIndex:
        key = hashlib.sha256(document.encode("utf-8", "surrogatepass")).digest()
        with self._lock:
            cached = self._indexes.get(key)
            if cached is not None:
                self._indexes.move_to_end(key)
                return cached
        # Indexing runs outside the lock; two requests for one new document may both index it.
        built = index_document(document)
        with self._lock:
            self._indexes[key] = built
            self._indexes.move_to_end(key)
            while len(self._indexes) > self.max_documents:
                self._indexes.popitem(last=False)
        return built
