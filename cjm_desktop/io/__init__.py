"""File IO: the .cjm format, migrations, atomic saving, spreadsheets. Never imports Qt widgets."""
