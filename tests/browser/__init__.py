"""Tests that drive Debian's chromium, axe-core and the Nu HTML Checker against the built site."""
