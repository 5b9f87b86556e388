"""Text handling: extraction from HTML, segmentation into clauses, UTF-16 offsets."""
