"""The Back-ups window: see the backups, make one now, save a copy elsewhere, restore one."""
