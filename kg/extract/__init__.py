"""Recognisers: each reads the Document and returns mentions with exact spans and the rule that found them."""
