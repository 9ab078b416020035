"""Reading spreadsheets safely: formats, encodings, numbers in text, guarded child-process reads."""
