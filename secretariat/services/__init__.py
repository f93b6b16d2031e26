"""Use cases. Each function takes a ``Session`` and the acting ``Actor``, checks permission,
does one unit of work, writes the audit trail and returns plain frozen dataclasses."""
