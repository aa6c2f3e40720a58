"""akhbar.ingest"""
