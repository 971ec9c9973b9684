"""Samen: the care load (draaglast), side by side, agreements and the check-in."""

from PySide6.QtCore import QCoreApplication


def title(one_adult: bool) -> str:
    """ "Together", or "My load" when the household has one adult (nobody to compare with)."""
    if one_adult:
        return QCoreApplication.translate("SamenPage", "My load")
    return QCoreApplication.translate("SamenPage", "Together")
