"""Presentations in the desktop: the Slides panel and presentation mode (full screen, presenter's view)."""
