"""Errors that the CLI turns into one-line messages (a traceback means a bug)."""


class KgraphError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class InputError(KgraphError):
    """An input file or record is missing or malformed."""


class GraphTargetError(KgraphError):
    """The ``--graph`` target is unknown, unreachable or not usable."""


class UnknownRelationError(KgraphError):
    """A relation name that is not in the ontology."""


class ModelNotInstalledError(KgraphError):
    """The spaCy English pipeline is not installed."""
