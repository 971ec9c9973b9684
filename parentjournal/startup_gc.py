"""Holding Python's cyclic garbage collector off while the window starts.

Starting creates a few hundred thousand objects that live as long as the app: modules,
functions, classes (each dataclass, each Qt enum), Qt wrappers. The collector runs every
few hundred allocations and walks the young ones again and again, and none of them is
garbage: 20-40 ms of every start, most of it while modules are imported. Reference
counting still frees everything that is not in a cycle meanwhile.

Once the window is shown (or before start-up asks the person something: the passphrase,
the welcome), :func:`resume` turns it back on. In the app's own process (``app.run``) it
first *freezes* what exists: those objects move to a permanent generation the collector
no longer walks, so turning it back on costs nothing now and its later passes stay short
while someone types. The price is that a cycle made during start-up and dropped later is
never collected; start-up builds one first screen, so that is bounded. ``app.main()``
called from other code (tests) only pauses and resumes, leaving the caller's heap alone.
"""

from __future__ import annotations

import gc

_paused = False
_freeze = False


def pause(*, freeze: bool = False) -> None:
    """Stop automatic collection until :func:`resume` (does nothing if it was off).

    ``freeze``: this process is the app, so what start-up made lives until it ends.
    """
    global _paused, _freeze
    _freeze = _freeze or freeze
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect automatically again if :func:`pause` stopped it; safe to call repeatedly."""
    global _paused, _freeze
    if _paused:
        _paused = False
        if _freeze:
            gc.freeze()
        gc.enable()
    _freeze = False
