"""berita-kg: knowledge graphs from Indonesian news about public institutions."""
