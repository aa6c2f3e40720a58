"""akhbar.stories"""
