"""callqa.models: model assets (Whisper weights, VAD) and where to find them."""
from .whisper import ModelNotFound, ResolvedModel, install_embedded, models_dir, resolve

__all__ = ["ModelNotFound", "ResolvedModel", "install_embedded", "models_dir", "resolve"]
