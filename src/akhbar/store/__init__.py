"""akhbar.store"""
