"""diplowire's built-in outlet adapters.

Each module is a plugin registered through the ``diplowire`` entry-point group in
diplowire's pyproject.toml, exactly as a third-party plugin package registers its own.
"""
