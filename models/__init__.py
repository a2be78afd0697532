"""callqa.models: model assets (Whisper weights, VAD) and where to find them."""
from .whisper import ModelNotFound, ResolvedModel, install_embedded, install_vad, models_dir, resolve, vad_model_path

__all__ = ["ModelNotFound", "ResolvedModel", "install_embedded", "install_vad", "vad_model_path", "models_dir", "resolve"]
