"""Requests the generator refuses outright: deleting files, reaching the network, running programs.

The screen would refuse such code anyway; saying so up front is clearer than
producing code that cannot be verified. Structural edits ("remove one Li",
"delete the oxygen atoms") are not file operations and pass.
"""

from __future__ import annotations

import re

_FILE_WORDS = (
    r"files?|folders?|director(?:y|ies)|dirs?|disk|drive|home|everything\s+in|"
    r"all\s+the\s+\w+\s+files|repositor(?:y|ies)|notebooks?|data\s*sets?|cache|"
    r"\*\.\w+|rm\s+-rf"
)
DELETE = re.compile(
    rf"\b(delete|remove|erase|wipe|purge|clean\s*up|clear|rm|unlink|shred|destroy|format|overwrite|"
    rf"empty)\b[^.;]{{0,60}}?\b({_FILE_WORDS})\b|\brm\s+-r|\brmtree\b|\bshutil\b",
    re.I,
)
NETWORK = re.compile(
    r"\b(download|upload|fetch|scrape|crawl|curl|wget|http[s]?://|www\.|ftp|ssh|e-?mail|send\s+"
    r"(?:it|them|the|this|results?)\s+to|post\s+to|api\s+key|internet|online|web\s*site|webpage|"
    r"from\s+the\s+web|materials\s*project|mp-api|mp_api|mprester|\bmp-\d+|\bmvc-\d+|"
    r"icsd\s+online|oqmd|aflow|nomad|pubchem|cod\s+database|crystallography\s+open\s+database|"
    r"github|pip\s+install|conda\s+install|apt(-get)?\s+install)\b",
    re.I,
)
SYSTEM = re.compile(
    r"\b(subprocess|os\.system|shell\s+command|run\s+(?:a\s+)?(?:bash|shell|terminal|command)|"
    r"execute\s+(?:a\s+)?(?:bash|shell|command)|sudo|chmod|chown|kill\s+(?:the\s+)?process|"
    r"fork\s*bomb|environment\s+variables?|passwords?|credentials?|ssh\s+keys?|private\s+keys?|"
    r"/etc/|~/\.|\.bashrc|\.ssh)\b",
    re.I,
)


_ATOM_OBJECT = re.compile(r"\b(atoms?|sites?|elements?|ions?|index|indices)\b", re.I)


def _deletes_files(request: str) -> bool:
    """A delete verb whose object is a file, not atoms ("remove the atom at index 3 from the
    cif file" edits a structure)."""
    return any(not _ATOM_OBJECT.search(m.group(0)) for m in DELETE.finditer(request))


def refusal(request: str) -> str | None:
    """Why the request cannot be turned into sandbox-verified code, or None when it can."""
    if _deletes_files(request):
        return (
            "deleting or overwriting files is not something generated code may do: the "
            "sandbox only writes new files in its own scratch folder. Delete files yourself "
            "if you are sure."
        )
    if NETWORK.search(request):
        return (
            "the generated code cannot reach the network (downloads, web APIs, the Materials "
            "Project): verification runs offline. Download the structure yourself, save it "
            "next to the notebook, then ask again naming the file."
        )
    if SYSTEM.search(request):
        return (
            "running shell commands, other programs or reading system files and credentials "
            "is outside what generated code may do."
        )
    return None
