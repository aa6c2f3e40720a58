"""akhbar.api"""
