"""Re-export of :mod:`core.membership`; it goes when the lead rewrites the imports at the
end of the session."""

from core.membership import DATA, Membership, member_on, memberships  # noqa: F401
