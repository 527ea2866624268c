"""``python -m diplowire`` runs the command-line interface."""

from diplowire.cli import main

main()
