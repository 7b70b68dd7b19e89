"""The browser tests' fixtures (``browser``, ``lab``, ``page``, ``voila``, ``vpage``, ``shots_dir``) live in
fixtures.py, which the top-level conftest.py loads for the whole suite, so browser tests elsewhere in
tests/ share the same server and browser."""
