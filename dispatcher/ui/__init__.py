"""The window: Qt only. Asks the engine, never computes rules, never writes SQL."""
