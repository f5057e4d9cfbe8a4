"""berita-kg: knowledge graphs from Indonesian news about public institutions.

>>> import kg
>>> g = kg.build_graph("Jakarta - Kepala Dinas Kesehatan Kota Bogor Wawan Hidayat mengatakan ...")
"""
from kg.pipeline import build, build_graph, extract

__all__ = ["build", "build_graph", "extract"]
