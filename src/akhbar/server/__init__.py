"""akhbar.server"""
