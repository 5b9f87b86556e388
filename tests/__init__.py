"""clauselens tests."""
