"""Batches: the store, ingest, queries, the Dask engine and per-document time limits."""
