"""callqa.asr: audio decoding, Whisper transcription by speaker role, transcript clean-up."""
from .audio import AudioError, DecodedAudio, load_audio, split_roles
from .engine import AsrOptions, WhisperEngine, choose_compute_type, choose_device, get_engine
from .segments import CallTranscript, Segment
from .transcribe import transcribe_call

__all__ = ["AudioError", "DecodedAudio", "load_audio", "split_roles", "AsrOptions", "WhisperEngine",
           "choose_compute_type", "choose_device", "get_engine", "CallTranscript", "Segment",
           "transcribe_call"]
