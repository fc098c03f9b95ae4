"""Domain model, project file lifecycle, commands and symbology. Never imports Qt."""
