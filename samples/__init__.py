"""The bundled sample charts, installed as package data (orgchart.samples)."""
