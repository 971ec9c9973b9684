"""Reflections and looking back: the prompt card, the Terugblik screen and prompt settings."""
