"""callqa.asr."""
