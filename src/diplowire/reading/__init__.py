"""Reading pages: inputs, decoding, markup, text, datelines, wires and fetching."""
