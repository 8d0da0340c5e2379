"""Words of news copy English's tokenizer cuts where the parser then ends a sentence: stock
tickers with a share class in lower case, and abbreviated ranks.

Reuters names a company's shares by a code and an exchange ("(BA.N)", "(7203.T)"). English's
tokenizer keeps a code in capitals whole, but cuts one with a share class in lower case at its
period (an infix between a lower-case and an upper-case letter: "BBDb", ".", "TO"), and the
parser took that period for a sentence's end ("Bombardier's (BBDb." and "TO) new CSeries
jetliners, drawing a threat from Canada ...", the second half with no subject). It keeps
"Sen." and "Gen." whole too, but not "Sgt." ("Det. Sgt. Nick Thompson said": "Nick Thompson
said" a sentence of its own). :func:`tune_tokenizer` keeps both whole.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer

# A code in capitals or digits, a share class in lower case ("b", "_p"), a period and an
# exchange in capitals: "BBDb.TO", "RDSa.L", "VOWG_p.DE", "BRKb.N".
TICKER = re.compile(r"[A-Z0-9]{2,}_?[a-z]{1,2}\.[A-Z]{1,3}")

# Ranks abbreviated before a name that English's tokenizer cuts before the period (it keeps
# "Gen.", "Gov.", "Sen.", "Rep.", "Adm.", "Mr.", "Dr." whole already).
RANK_ABBREVIATIONS = (
    "Sgt.", "Det.", "Lt.", "Col.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Insp.", "Supt.", "Cmdr.",
    "Brig.", "Sens.", "Reps.",
)  # fmt: skip


def tune_tokenizer(tokenizer: Tokenizer) -> None:
    """Make the tokenizer keep a :data:`TICKER` (along with whatever whole-token pattern it
    had) and each of :data:`RANK_ABBREVIATIONS` as one token."""
    before = tokenizer.token_match
    if before is None:
        tokenizer.token_match = TICKER.fullmatch
    else:
        tokenizer.token_match = lambda text: before(text) or TICKER.fullmatch(text)
    for rank in RANK_ABBREVIATIONS:
        tokenizer.add_special_case(rank, [{ORTH: rank}])
