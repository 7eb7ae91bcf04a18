"""Evaluation of the extractor on material nobody in the project wrote (``python -m eval.dev``)."""
