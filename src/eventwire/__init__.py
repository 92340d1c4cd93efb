"""eventwire: news articles in, a sourced and queryable database of events out."""
