"""akhbar.spark"""
