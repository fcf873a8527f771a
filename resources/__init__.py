"""The data files shipped with dispatcher: rule files, country codes, the demo carrier.

This folder stays at the top of the repository where people look for it, and every install
(wheel, sdist, editable, the Windows folder) carries it as the package ``dispatcher.data``
(``[tool.setuptools.package-dir]`` in pyproject.toml maps it). The file only makes the
folder a package, which an editable install needs to find it; code reads the files through
``dispatcher.resources``.
"""
