"""callqa.models."""
