"""Personal data kept out of everything callqa writes (issue 10).

Rules score the unredacted call in memory; the writer stores :func:`redact_result`'s copy.
Recognisers are data (``privacy.yaml``) plus small functions (``recognisers.py``); spoken digits
and numbers read over several turns are handled in ``digits.py``.
"""
from .audio import mask_audio
from .caller import PrivacyKeyError, caller_key, hash_caller
from .config import PrivacyConfig, PrivacyConfigError, load_privacy_config
from .redact import Item, RedactedCall, Span, find_items, redact_call, redact_result, redact_rows, redact_text

__all__ = ["PrivacyConfig", "PrivacyConfigError", "PrivacyKeyError", "load_privacy_config", "find_items",
           "redact_call", "redact_result", "redact_rows", "redact_text", "hash_caller", "caller_key", "mask_audio",
           "Item", "Span", "RedactedCall"]
