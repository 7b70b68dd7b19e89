"""One module per lesson notebook: the names that notebook imports in its setup cell."""

import sys as _sys

if _sys.platform == "emscripten":  # the course in the browser (JupyterLite): fit its kernel once
    from ..browser_mode import settle_kernel as _settle_kernel

    _settle_kernel()
