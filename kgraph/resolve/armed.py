"""The dateline's country for bare armed groups ("militants", "rebels", "gunmen").

An armed group with no country of its own belongs to the place where it fights. The dateline
places it only when the article is about the dateline's country: news of Syria is written
in Beirut, of Iraq in Amman, of Russia's air strikes in Moscow, and "BEIRUT - ... up to 250
militants attacked al-Qaryatayn" are no Lebanese militants. And a sentence that names the
dateline's country only as a place names where the group is not ("attacks by militants near
al-Rutba town, the last town before the border with Jordan"; "Trump's visit to Saudi Arabia
will boost the joint fight against Islamist militants"): no country is better than a wrong
one.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kgraph.resolve.matcher import Candidate

# The sector of armed groups outside the state.
ARMED = "REB"


def armed_dateline(chosen: list[Candidate], dateline: str | None) -> str | None:
    """The dateline's country when the article is about it (its actors and places name it
    at least twice, and at least half as often as the country they name most), else None:
    all an armed group may take from the dateline."""
    countries = Counter(c.entity.country for c in chosen if (c.entity.country or "").isupper())
    if dateline is None or not countries:
        return None
    top = countries.most_common(1)[0][1]
    return dateline if countries[dateline] >= max(2, top / 2) else None


def placed_only(sent: Span, taken: dict[int, Candidate], iso3: str) -> bool:
    """Whether sentence ``sent`` names country ``iso3`` only as a place it speaks of ("attacks
    by militants near al-Rutba town, the last town before the border with Jordan"): the
    dateline's country is then somewhere else than the armed group."""
    found = {id(c): c for i in range(sent.start, sent.end) if (c := taken.get(i))}.values()
    mentions = [c for c in found if c.entity.country == iso3]
    return bool(mentions) and all(
        c.is_place or (c.entity.id == iso3 and sent.doc[c.end - 1].dep_ == "pobj") for c in mentions
    )
