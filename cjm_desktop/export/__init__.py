"""One headless render path for PNG, PDF and SVG, shared by the window, the clipboard and the CLI."""
