"""The plugin system: hook specifications, the plugin manager, outlet adapters and detection."""
