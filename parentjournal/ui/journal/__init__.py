"""The Dagboek screen: timeline, editor, search and bin (translation area "journal")."""
