"""callqa.rules."""
