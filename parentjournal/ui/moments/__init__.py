"""The Goed bezig screen, the quick capture (Ctrl+G) and the gentle "something for you" notice."""
