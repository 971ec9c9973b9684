"""Qt widgets: one module (or subpackage) per screen, over the core services."""
