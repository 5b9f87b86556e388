"""Measuring detection quality: LexGLUE UNFAIR-ToS sentences and tagged CLAUDETTE documents."""
