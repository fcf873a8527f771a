"""Printed reports: HTML built from the engine's results, printed to PDF with Qt."""
