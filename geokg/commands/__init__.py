"""One module per CLI command; each is a thin shell over the library."""
