"""Samen: the care load (draaglast), side by side, agreements and the check-in."""
