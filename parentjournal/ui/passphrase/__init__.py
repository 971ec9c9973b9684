"""The journal passphrase: asking for it at start, and turning it on, changing it or off."""
