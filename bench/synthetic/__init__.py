"""The synthetic benchmark corpus: names, layouts, texts per language, documents and formats (``bench/generate.py`` writes it)."""
