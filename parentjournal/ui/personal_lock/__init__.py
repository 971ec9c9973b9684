"""Each person's own lock: set-up in Settings, the lock page, the idle lock."""
