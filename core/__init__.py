"""The domain core: what a fact is, how things are named and identified, the settings.

Every other layer (``loaders/``, ``graph/``, ``api/``) imports from here and this
package imports none of them, so the model has one home and no layer leans on another
for it (``tests/test_layers.py`` holds the rule).
"""
