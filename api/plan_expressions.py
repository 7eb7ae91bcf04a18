"""Bounds on what a workbench query can build, read from the expressions Neo4j prints in its plan.

Neo4j Community counts the memory of operators (``collect``, ``ORDER BY``, ``DISTINCT``)
against ``db.memory.transaction.max`` and stops operators at the transaction timeout, but
an expression is evaluated outside both: a string doubled in ``reduce`` exhausts the heap
and a backtracking regular expression runs to its end after the timeout (measured on
5.26, see docs/reliability.md). So the classes that can grow or run without bound inside
one expression are refused here, from the server's own rendering of the expressions (the
``Details`` of each plan operator, with literals printed as written because the server
runs with ``internal.cypher.extract_literals=NEVER``): comments, escapes and spacing are
already gone there. A value the check cannot see (an auto-parameter, a property) counts
as unbounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from api.cypher_guard import GuardRefusal

RANGE_MAX_ELEMENTS = 10_000
MAX_CONCATENATIONS = 4
ALLOWED_FUNCTION_NAMESPACES = ("date", "datetime", "localdatetime", "localtime", "time", "duration", "point",
                               "vector.similarity")
KEYWORDS = frozenset({"and", "or", "xor", "not", "in", "is", "null", "true", "false", "case", "when", "then", "else",
                      "end", "starts", "ends", "with", "contains", "distinct", "as", "where", "count", "exists"})
ITERATING_FUNCTIONS = ("any", "all", "none", "single")

_TOKEN = re.compile(r"""
    (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<name>`(?:[^`]|``)*`)
  | (?P<param>\$(?:[^\W\d]\w*|`(?:[^`]|``)*`|\d+))
  | (?P<number>(?:0x[0-9a-fA-F]+|0o[0-7]+|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?))
  | (?P<ident>[^\W\d]\w*)
  | (?P<op>=~|<>|<=|>=|::|\.\.|->|<-|[-+*/%^=<>|,.:()\[\]{}!&?;])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str  # string, name, param, number, ident, op, other
    text: str

    @property
    def value(self) -> str:
        """The identifier a name or ident stands for, the text a string literal holds."""
        if self.kind == "name":
            return self.text[1:-1].replace("``", "`")
        if self.kind == "string":
            return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), self.text[1:-1])
        return self.text


def tokenize(details: str) -> list[Token]:
    return [Token(m.lastgroup, m.group()) for m in _TOKEN.finditer(details) if m.lastgroup != "space"]


def _is_word(token: Token) -> bool:
    return token.kind in ("ident", "name")


def _closing(tokens: list[Token], start: int) -> int:
    """Index of the bracket closing the one at ``start`` (or len(tokens) if unbalanced)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    depth = 0
    for i in range(start, len(tokens)):
        t = tokens[i]
        if t.kind == "op" and t.text in pairs:
            depth += 1
        elif t.kind == "op" and t.text in pairs.values():
            depth -= 1
            if depth == 0:
                return i
    return len(tokens)


def _arguments(tokens: list[Token], open_paren: int) -> list[list[Token]]:
    """The comma-separated arguments of the call whose '(' is at ``open_paren``."""
    close = _closing(tokens, open_paren)
    args: list[list[Token]] = [[]]
    depth = 0
    for t in tokens[open_paren + 1:close]:
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "op" and t.text == ",":
            args.append([])
        else:
            args[-1].append(t)
    return [a for a in args if a]


def _constant(arg: list[Token], parameters: dict[str, Any]) -> Any:
    """The value of an argument that is one literal or one parameter; ``None`` if it is anything else."""
    negative = len(arg) == 2 and arg[0].kind == "op" and arg[0].text == "-"
    token = arg[-1] if negative or len(arg) == 1 else None
    if token is None:
        return None
    if token.kind == "number":
        try:
            value = int(token.text, 0)
        except ValueError:
            return None
        return -value if negative else value
    if token.kind == "string" and not negative:
        return token.value
    if token.kind == "param" and not negative:
        name = token.text[1:]
        name = name[1:-1].replace("``", "`") if name.startswith("`") else name
        if name.startswith(("autoint_", "autostring_", "autolist_", "autodouble_")) and name not in parameters:
            return None  # literal extraction is on: the value is not in the plan
        return parameters.get(name)
    return None


def _refuse(rule: str, message: str) -> GuardRefusal:
    return GuardRefusal(rule, message)


def _check_range(tokens: list[Token], i: int, parameters: dict[str, Any]) -> None:
    args = _arguments(tokens, i + 1)
    values = [_constant(a, parameters) for a in args]
    if len(args) not in (2, 3) or any(type(v) is not int for v in values):
        raise _refuse("range", "range() is allowed only with whole-number literals or parameters as bounds "
                               f"(here: {' '.join(t.text for t in tokens[i:_closing(tokens, i + 1) + 1])}); "
                               "a computed bound can build a list larger than the server's memory")
    start, end, step = values[0], values[1], values[2] if len(values) == 3 else 1
    count = 0 if step == 0 else max(0, (end - start) // step + 1)
    if count > RANGE_MAX_ELEMENTS:
        raise _refuse("range", f"range({start}, {end}{', ' + str(step) if len(values) == 3 else ''}) has {count:,} "
                               f"elements; the workbench allows at most {RANGE_MAX_ELEMENTS:,} (page with SKIP/LIMIT "
                               "or use a named query)")


def _check_replace(tokens: list[Token], i: int, parameters: dict[str, Any]) -> None:
    args = _arguments(tokens, i + 1)
    search = _constant(args[1], parameters) if len(args) == 3 else None
    replacement = _constant(args[2], parameters) if len(args) == 3 else None
    if not (isinstance(search, str) and isinstance(replacement, str) and search and len(replacement) <= len(search)):
        raise _refuse("replace", "replace() is allowed only with a literal or parameter search text and a replacement "
                                 "no longer than it: a longer replacement multiplies the text's size with each call")


def _comprehension_variable(tokens: list[Token], i: int) -> str | None:
    """The iteration variable if a list comprehension or list predicate starts at ``i``."""
    t = tokens[i]
    if t.kind == "op" and t.text == "[":
        j = i + 1
    elif t.kind == "ident" and t.text.lower() in ITERATING_FUNCTIONS and i + 1 < len(tokens) and tokens[i + 1].text == "(":
        j = i + 2
    else:
        return None
    if j + 1 < len(tokens) and _is_word(tokens[j]) and tokens[j + 1].kind == "ident" and tokens[j + 1].text.upper() == "IN":
        return tokens[j].value
    return None


def _outer_reference(tokens: list[Token], start: int, end: int, variable: str) -> str | None:
    """The first variable other than ``variable`` used in ``tokens[start:end]`` (None if there is none)."""
    for j in range(start, end):
        t = tokens[j]
        if not _is_word(t) or (t.kind == "ident" and t.text.lower() in KEYWORDS):
            continue
        before = tokens[j - 1]
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if before.kind == "op" and before.text in (".", ":", "::"):
            continue  # a property key, a label, a type, or a later part of a dotted function name
        if _function_name(tokens, j) is not None:
            continue
        if after is not None and after.kind == "op" and (after.text == ":" or (after.text == "[" and t.text == "cache")):
            continue  # a map key or a label test; the plan's rendering of a cached property, cache[n.prop]
        if t.value != variable:
            return t.value
    return None


def _check_comprehension(tokens: list[Token], i: int, variable: str) -> None:
    """A comprehension copies nothing from outside itself, computes nothing from outside per element, nests nothing.

    Its result then grows with its source alone (a literal, a bounded range, a path, or a
    list the memory limit already counted): nested comprehensions multiply sizes, an outer
    value in its projection (after ``|``; a document's text) would be copied once per
    element, and a function of an outer value in its filter (``toUpper(d.text)``) would be
    computed again for each element. The filter may compare with outer values directly.
    """
    open_at = i if tokens[i].text == "[" else i + 1
    close = _closing(tokens, open_at)
    depth = 0
    where_start = projection_start = None
    for j in range(open_at + 3, close):  # past "[ x IN"
        t = tokens[j]
        if _comprehension_variable(tokens, j):
            raise _refuse("nested_comprehension", "a list comprehension or list predicate inside another multiplies "
                                                  "the sizes of both lists; UNWIND one of them instead")
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        elif depth == 0 and t.kind == "ident" and t.text.upper() == "WHERE" and where_start is None:
            where_start = j + 1
        elif depth == 0 and t.kind == "op" and t.text == "|" and projection_start is None:
            projection_start = j + 1
    if where_start is not None:
        where_end = projection_start - 1 if projection_start is not None else close
        for j in range(where_start, where_end):
            call = _function_name(tokens, j)
            if call is None:
                continue
            outer = _outer_reference(tokens, call[1] + 1, _closing(tokens, call[1]), variable)
            if outer is not None:
                raise _refuse("comprehension_scope", f"the filter of a list comprehension over `{variable}` calls "
                                                     f"{call[0]}() on `{outer}`, computed again for every element; "
                                                     "compute it once before (WITH ... AS value) and compare with that")
    if projection_start is not None:
        outer = _outer_reference(tokens, projection_start, close, variable)
        if outer is not None:
            raise _refuse("comprehension_scope", f"the projection of a list comprehension over `{variable}` may use only "
                                                 f"`{variable}`, not `{outer}`: an outer value is copied once per element. "
                                                 "UNWIND the list and work per row instead")


def comprehension_sources(details: str) -> list[str]:
    """The variables that list comprehensions and list predicates of this text iterate over directly."""
    tokens = tokenize(details)
    sources = []
    for i in range(len(tokens)):
        if _comprehension_variable(tokens, i) is None:
            continue
        open_at = i if tokens[i].text == "[" else i + 1
        j = open_at + 3  # past "[ x IN"
        if j < len(tokens) and _is_word(tokens[j]) and j + 1 < len(tokens) and (
                tokens[j + 1].text in ("|", "]", ")") or tokens[j + 1].text.upper() == "WHERE"):
            sources.append(tokens[j].value)
    return sources


def defines(details: str, variable: str) -> bool:
    """Whether an operator's details bind ``variable`` (``... AS variable``)."""
    tokens = tokenize(details)
    return any(t.kind == "ident" and t.text.upper() == "AS" and i + 1 < len(tokens) and _is_word(tokens[i + 1])
               and tokens[i + 1].value == variable for i, t in enumerate(tokens))


def _count_concatenations(tokens: list[Token]) -> int:
    """``+`` between two non-constant operands: the only way to grow a string or list across clauses."""
    count = 0
    for j, t in enumerate(tokens):
        if not (t.kind == "op" and t.text == "+") or j == 0 or j + 1 >= len(tokens):
            continue
        left, right = tokens[j - 1], tokens[j + 1]
        left_open = left.kind in ("ident", "name", "param") or (left.kind == "op" and left.text in ")]}")
        right_open = right.kind in ("ident", "name", "param") or (right.kind == "op" and right.text in "([{")
        if left.kind == "ident" and left.text.lower() in ("true", "false", "null"):
            left_open = False
        if right.kind == "ident" and right.text.lower() in ("true", "false", "null"):
            right_open = False
        if left_open and right_open:
            count += 1
    return count


def _function_name(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A dotted function name starting at ``i`` and the index of its '(' (None if no call starts there)."""
    if not _is_word(tokens[i]) or (i > 0 and tokens[i - 1].kind == "op" and tokens[i - 1].text == "."):
        return None
    parts = [tokens[i].value]
    j = i + 1
    while j + 1 < len(tokens) and tokens[j].text == "." and _is_word(tokens[j + 1]):
        parts.append(tokens[j + 1].value)
        j += 2
    if j < len(tokens) and tokens[j].kind == "op" and tokens[j].text == "(":
        return ".".join(parts), j
    return None


def check_expressions(details: list[str], parameters: dict[str, Any]) -> None:
    """Raise :class:`GuardRefusal` if an expression of the plan can build or run without bound."""
    concatenations = 0
    for text in details:
        tokens = tokenize(text)
        concatenations += _count_concatenations(tokens)
        for i, t in enumerate(tokens):
            if t.kind == "op" and t.text == "=~":
                raise _refuse("regex", "regular expressions (=~) are refused: a backtracking pattern keeps a server "
                                       "core busy past the time limit. Use STARTS WITH, ENDS WITH, CONTAINS, "
                                       "toLower(), or the full-text index (CALL db.index.fulltext.queryNodes)")
            call = _function_name(tokens, i)
            if call:
                name, paren = call
                lowered = name.lower()
                if lowered == "reduce":
                    raise _refuse("reduce", "reduce() is refused: an accumulator can double a string or list at each "
                                            "step, beyond the server's memory. UNWIND the list and aggregate with "
                                            "sum(), collect() ... (counted against the transaction memory limit)")
                if lowered == "range":
                    _check_range(tokens, paren - 1, parameters)
                elif lowered == "replace":
                    _check_replace(tokens, paren - 1, parameters)
                elif lowered in ("file", "linenumber"):
                    raise _refuse("function", f"{name}() belongs to LOAD CSV, which the workbench does not run")
                elif "." in lowered and not lowered.startswith(tuple(ns + "." for ns in ALLOWED_FUNCTION_NAMESPACES)):
                    raise _refuse("function", f"function {name}() is not allowed in the workbench; allowed besides the "
                                              "built-in ones without a namespace: those of the "
                                              f"{', '.join(ALLOWED_FUNCTION_NAMESPACES)} namespaces")
            variable = _comprehension_variable(tokens, i)
            if variable is not None:
                _check_comprehension(tokens, i, variable)
    if concatenations > MAX_CONCATENATIONS:
        raise _refuse("concatenation", f"{concatenations} additions of two non-constant values (at most "
                                       f"{MAX_CONCATENATIONS}): chained, string or list concatenation doubles a value "
                                       "each time, beyond the server's memory. Return the parts as columns instead")
