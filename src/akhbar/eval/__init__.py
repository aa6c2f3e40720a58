"""akhbar.eval"""
