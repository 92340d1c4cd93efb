"""Extraction: the pipeline of stages that turns one cleaned article into an Extraction."""
