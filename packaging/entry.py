"""The frozen program's entry: the same main() as the installed `dispatcher` command."""

from dispatcher.cli import main

raise SystemExit(main())
