"""One small exception tree. The CLI turns any GeokgError into a single line on stderr."""


class GeokgError(Exception):
    """Base class: the message is meant for the user, one line, naming what failed."""


class ConfigError(GeokgError):
    """Settings are missing or wrong (no Java, no Maven, bad sources file...)."""


class DatabaseUnavailable(GeokgError):
    """Neo4j cannot be reached (stopped, wrong URI, network)."""


class DatabaseAuthError(GeokgError):
    """Neo4j refused the credentials."""


class QueryError(GeokgError):
    """A Cypher statement failed or was refused (e.g. a write in read-only mode)."""


class SourceError(GeokgError):
    """One input (file, URL, feed) could not be read or parsed. Names the input."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
