"""piplite, loaded on first use (the in-browser Ask to Learn course ships this in place of piplite/piplite.py).

The in-browser kernel imports this module at every start, only to set the two settings below. The
module it stands for, kept whole as ``piplite._piplite``, imports micropip (with unittest.mock), which
takes one to two seconds in the browser, and the course never installs a package. So that module is
imported when something of it is first used (``%pip``, ``piplite.install``), with the settings given here.
"""

_PIPLITE_URLS: list = []
_PIPLITE_DISABLE_PYPI = False


def _module():
    from . import _piplite

    _piplite._PIPLITE_URLS = _PIPLITE_URLS
    _piplite._PIPLITE_DISABLE_PYPI = _PIPLITE_DISABLE_PYPI
    return _piplite


def install(*args, **kwargs):
    return _module().install(*args, **kwargs)


def __getattr__(name):
    if name.startswith("__"):  # the import system asks modules for such names: not a use of piplite
        raise AttributeError(name)
    return getattr(_module(), name)
