"""callqa.asr: audio decoding, Whisper transcription by speaker role, transcript clean-up."""
from .audio import AudioError, DecodedAudio, load_audio, split_roles
from .engine import (PROFILES, AsrOptions, WhisperEngine, choose_compute_type, choose_device, get_engine,
                     profile_options)
from .segments import CallTranscript, Segment
from .transcribe import CallTooSlow, PreparedCall, prefetch_calls, prepare_call, transcribe_call, transcribe_prepared

__all__ = ["AudioError", "DecodedAudio", "load_audio", "split_roles", "AsrOptions", "WhisperEngine",
           "choose_compute_type", "choose_device", "get_engine", "CallTranscript", "Segment",
           "transcribe_call", "PROFILES", "profile_options", "CallTooSlow", "PreparedCall", "prefetch_calls",
           "prepare_call", "transcribe_prepared"]
