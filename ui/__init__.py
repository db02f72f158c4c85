"""The OrgChart Builder desktop app (PySide6): presents an `orgchart.Chart` and
turns gestures into edits. It never writes a file format itself."""
