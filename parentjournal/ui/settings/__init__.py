"""The Settings section: household, writing, language and text size, plus groups that other
capabilities register in :func:`parentjournal.ui.settings.groups.settings_groups`."""
