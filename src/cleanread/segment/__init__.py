"""Segmenters: raw document text to a list of Blocks, one module per input kind."""
