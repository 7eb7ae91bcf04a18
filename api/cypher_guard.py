"""A fast first filter for the read-only Cypher workbench (POST /cypher), before the server sees a query.

This lexer is not the guard: Neo4j's own plan is (:mod:`api.plan_guard`), because a lexer
of ours can read a text differently from Neo4j's parser (it once ended ``//`` comments at
``\n`` only; Neo4j ends them at ``\r`` too). It answers the obvious without a round trip,
with a reason a person can act on. It refuses invisible and control characters, more
than one statement, write and admin clauses, ``LOAD CSV``, ``USE``, ``SHOW``, ``CALL {...} IN TRANSACTIONS``, procedures
outside an allow-list and functions of the ``apoc``/``dbms``/``gds`` namespaces. The
checks run on the text with comments removed and string literals blanked, both as sent
and after NFKC normalisation, so neither a comment, a string, a full-width letter nor a
zero-width space can hide a keyword. The later layers (the plan check, a READ-mode
transaction, a time limit and a row cap) live in :mod:`api.workbench`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
})
ALLOWED_FUNCTIONS = frozenset({"db.namefromelementid"})
FORBIDDEN_NAMESPACES = ("apoc", "dbms", "gds", "genai", "internal", "tx")
WRITE_OR_ADMIN = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "DROP", "ALTER", "RENAME",
    "GRANT", "DENY", "REVOKE", "TERMINATE", "DEALLOCATE", "REALLOCATE", "INSERT",
)
_ALLOWED_WHITESPACE = {"\t", "\n", "\r"}
_IDENT = r"(?:[A-Za-z_][A-Za-z0-9_]*|\x00\d+\x00)"
_DOTTED = re.compile(rf"{_IDENT}(?:\s*\.\s*{_IDENT})*")


class GuardRefusal(ValueError):
    """A query the workbench will not run; ``rule`` names the check, the message explains."""

    def __init__(self, rule: str, message: str):
        super().__init__(message)
        self.rule = rule


@dataclass(frozen=True)
class Scanned:
    code: str  # comments removed, strings blanked to '', backtick names replaced by \x00n\x00
    backticked: list[str]


def scan(text: str) -> Scanned:
    """Remove comments, blank string literals and set backtick-quoted names aside."""
    out: list[str] = []
    names: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "/" and nxt == "/":
            # Neo4j's grammar ends a line comment at \r or \n (and at nothing else: \u2028,
            # \u2029, \x85, \v, \f do not end it; measured on 5.26, and refused above anyway).
            ends = [e for e in (text.find("\n", i), text.find("\r", i)) if e >= 0]
            i = min(ends) if ends else n
            out.append(" ")
        elif ch == "/" and nxt == "*":
            end = text.find("*/", i + 2)
            if end < 0:
                raise GuardRefusal("syntax", "unterminated /* comment")
            out.append(" ")
            i = end + 2
        elif ch in ("'", '"'):
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise GuardRefusal("syntax", "unterminated string literal")
            out.append("''")
            i = j + 1
        elif ch == "`":
            end = text.find("`", i + 1)
            while end >= 0 and end + 1 < n and text[end + 1] == "`":  # `` escapes a backtick
                end = text.find("`", end + 2)
            if end < 0:
                raise GuardRefusal("syntax", "unterminated `quoted name`")
            names.append(text[i + 1:end].replace("``", "`"))
            out.append(f"\x00{len(names) - 1}\x00")
            i = end + 1
        else:
            out.append(ch)
            i += 1
    return Scanned("".join(out), names)


def _keyword(word: str) -> re.Pattern:
    # A keyword, not a property (n.set), a parameter ($set) or a map key ({set: 1}).
    return re.compile(rf"(?<![.$\w]){word}(?![\w])(?!\s*:(?!:))", re.IGNORECASE)


_WRITE_PATTERNS = [(w, _keyword(w)) for w in WRITE_OR_ADMIN]
_LOAD_CSV = re.compile(r"(?<![.$\w])LOAD(?:\s+|\s*\x00)", re.IGNORECASE)
_LOAD_WORD = _keyword("LOAD")
_USE = _keyword("USE")
_ADMIN = re.compile(r"(?<![.$\w])(START|STOP|ENABLE|DISABLE)\s+(DATABASE|SERVER|COMPOSITE)\b", re.IGNORECASE)
_SHOW = _keyword("SHOW")
_IN_TRANSACTIONS = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)
_PERIODIC = re.compile(r"\bPERIODIC\s+COMMIT\b", re.IGNORECASE)
_CALL = re.compile(r"(?<![.$\w])CALL(?![\w])", re.IGNORECASE)
_LEADING = re.compile(r"^\s*(EXPLAIN|PROFILE|CYPHER)\b", re.IGNORECASE)
_NAMESPACED_CALL = re.compile(rf"(?<![.$\w])({_IDENT}(?:\s*\.\s*{_IDENT})+)\s*\(")


def _name(dotted: str, names: list[str]) -> str:
    parts = [p.strip() for p in dotted.split(".")]
    resolved = [names[int(p.strip("\x00"))] if p.startswith("\x00") else p for p in parts]
    return ".".join(resolved).lower()


def _check_code(scanned: Scanned) -> None:
    code, names = scanned.code, scanned.backticked
    if ";" in code.rstrip().rstrip(";"):
        raise GuardRefusal("several_statements", "only one statement per request (found ';' between statements)")
    if _LEADING.search(code):
        raise GuardRefusal("prefix", "send the query without EXPLAIN, PROFILE or CYPHER options; the workbench adds its own")
    if _LOAD_CSV.search(code) or _LOAD_WORD.search(code):
        raise GuardRefusal("load_csv", "LOAD CSV is refused: the workbench reads the graph only, never files or URLs")
    if _IN_TRANSACTIONS.search(code) or _PERIODIC.search(code):
        raise GuardRefusal("in_transactions", "CALL { ... } IN TRANSACTIONS is refused: it commits batches of writes")
    for word, pattern in _WRITE_PATTERNS:
        if pattern.search(code):
            raise GuardRefusal("write_clause", f"{word} is refused: the workbench is read-only")
    admin = _ADMIN.search(code)
    if admin:
        raise GuardRefusal("admin_command", f"{admin.group(0).upper()} is refused: administration is not part of the workbench")
    if _USE.search(code):
        raise GuardRefusal("use_database", "USE is refused: the workbench queries the pledgegraph database only")
    if _SHOW.search(code):
        raise GuardRefusal("show_command", "SHOW commands are refused; use CALL db.labels(), db.schema.visualization() ...")
    for match in _CALL.finditer(code):
        rest = code[match.end():].lstrip()
        if not rest or rest[0] in "{(":
            continue  # a subquery: CALL { ... } or CALL (x) { ... }
        target = _DOTTED.match(rest)
        if not target:
            raise GuardRefusal("procedure", "cannot read the procedure name after CALL")
        name = _name(target.group(0), names)
        if name not in ALLOWED_PROCEDURES:
            raise GuardRefusal("procedure", f"procedure {name} is not allowed; allowed: {', '.join(sorted(ALLOWED_PROCEDURES))}")
    for match in _NAMESPACED_CALL.finditer(code):
        name = _name(match.group(1), names)
        if name.split(".")[0] in FORBIDDEN_NAMESPACES or (name.startswith("db.") and name not in ALLOWED_FUNCTIONS | ALLOWED_PROCEDURES):
            raise GuardRefusal("function", f"function or procedure {name} is not allowed in the workbench")
    for placeholder, name in enumerate(names):
        if name.split(".")[0].lower() in FORBIDDEN_NAMESPACES and f"\x00{placeholder}\x00" in code:
            if re.search(rf"\x00{placeholder}\x00\s*(\.|\()", code):
                raise GuardRefusal("function", f"`{name}` is not allowed in the workbench")


def check_query(query: str) -> None:
    """Raise :class:`GuardRefusal` unless the query passes every static rule."""
    for ch in query:
        if ch in _ALLOWED_WHITESPACE:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn") or ch in "\u2028\u2029":
            raise GuardRefusal("invisible_character",
                               f"character U+{ord(ch):04X} ({unicodedata.name(ch, 'unnamed')}) is not allowed: "
                               "invisible and control characters can hide a keyword")
    normalised = unicodedata.normalize("NFKC", query)
    for text in dict.fromkeys((query, normalised)):
        _check_code(scan(text))
