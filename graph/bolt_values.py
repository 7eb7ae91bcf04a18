"""What a parameter value must be for the driver to send it to Neo4j.

JSON and query strings allow two things Bolt cannot carry: integers beyond 64 bits (the
driver raises ``OverflowError`` while packing) and text that is not valid Unicode, such as
a lone surrogate from a ``\\ud800`` escape (``UnicodeEncodeError``). Both reached the
server's catch-all as a 500; checked here, they are a 422 that names the parameter.
"""

from __future__ import annotations

from typing import Any

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def text_problem(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"text that is not valid Unicode (a lone surrogate at position {exc.start})"
    return None


def int_problem(number: int) -> str | None:
    if INT64_MIN <= number <= INT64_MAX:
        return None
    return "an integer beyond 64 bits, the largest Neo4j stores"


def value_problem(value: Any, path: str) -> str | None:
    """The first part of ``value`` (at ``path``, e.g. ``deep[1][2]``) that Bolt cannot carry,
    described, or None. Lists and maps are walked; other types are left to the driver."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return None
    if isinstance(value, int):
        problem = int_problem(value)
    elif isinstance(value, str):
        problem = text_problem(value)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            if found := value_problem(item, f"{path}[{i}]"):
                return found
        return None
    elif isinstance(value, dict):
        for key, item in value.items():
            key_text = str(key)
            if text_problem(key_text):
                return f"{path}: a key that is not valid Unicode"
            if found := value_problem(item, f"{path}.{key_text}"):
                return found
        return None
    else:
        return None
    return f"{path}: {problem}" if problem else None


def parameters_problem(parameters: dict[str, Any]) -> str | None:
    """The first parameter Bolt cannot carry, named, or None."""
    for name, value in parameters.items():
        if text_problem(str(name)):
            return f"{name.encode('utf-8', 'backslashreplace').decode()}: a parameter name that is not valid Unicode"
        if found := value_problem(value, name):
            return found
    return None
