"""The .cjm map file: format, schema, migrations, atomic saving, locks, recovery, snapshots."""
