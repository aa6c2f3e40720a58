"""akhbar.extract"""
