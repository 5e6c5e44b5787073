"""`briefgen serve`: the preview server, its reload and error overlay, and watching."""
