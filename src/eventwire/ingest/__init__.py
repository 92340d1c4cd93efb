"""Reading articles: files, cleaning, document ids."""
