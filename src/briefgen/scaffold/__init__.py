"""The skeleton `briefgen init` writes: text files with @@NAME@@ placeholders, package data."""
