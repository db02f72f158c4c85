"""OrgChart Builder's core: the chart model, its edits, files, checks and
exports. Nothing in this package imports Qt; the app in `ui/` builds on it."""

__version__ = "0.1.0"
