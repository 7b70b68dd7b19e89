"""One module per lesson notebook: the names that notebook imports in its setup cell."""
