"""Icons, stylesheet and translations of the app, installed as package data (ui.assets)."""
