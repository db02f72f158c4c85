"""Foreign formats: one module per format we export or import."""
