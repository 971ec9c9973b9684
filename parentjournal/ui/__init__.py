"""Qt widgets: one module (or subpackage) per screen, over the core services."""

from parentjournal.ui.none_refcount import keep_none_alive

keep_none_alive()
