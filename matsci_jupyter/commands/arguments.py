"""Argument models of the commands: one pydantic model per command, shared by every surface.

The MCP tools' input schemas are these models' JSON Schemas; the magics, the chat
and the server build them from their own syntax and let pydantic check them.
Unknown fields are refused (a typo is an error, not a silently ignored option).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT_CHARS = 20_000


class _Arguments(BaseModel):
    model_config = ConfigDict(extra="forbid")


MAX_STRUCTURE_CHARS = 30_000_000
# empty text is allowed: the engines answer it with a clarification, not an error
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]


class AnswerArgs(_Arguments):
    """A numeric materials-science question (units in the question, e.g. "in nm")."""

    question: Text = Field(description="the question, with its givens and the unit asked for")
    use_model: bool = Field(
        True,
        description="let the loaded language model try when the deterministic solver cannot "
        "answer (its program runs in a sandbox and is unit-checked)",
    )


class CheckAnswerArgs(_Arguments):
    """A question and a worked answer to check (arithmetic, dimensions, units, givens)."""

    question: Text = Field(description="the question that was answered")
    response: Text = Field(description="the worked answer to check (prose with numbers and units)")


class CheckStructureArgs(_Arguments):
    """A structure to check: a file (CIF/POSCAR/xyz, relative to the working folder) or CIF text."""

    structure: Annotated[str, Field(min_length=1, max_length=MAX_STRUCTURE_CHARS)] = Field(
        description="a path relative to the working folder, CIF text, or (in a notebook) "
        "the name of a variable holding a structure"
    )
    symprec: Annotated[float, Field(gt=0, le=1)] = Field(
        0.1, description="tolerance of the space-group search, in Å"
    )
    min_distance_fraction: Annotated[float, Field(gt=0, le=1)] = Field(
        0.5,
        description="report atoms closer than this fraction of the sum of their covalent radii",
    )
    max_mb: Annotated[float, Field(gt=0, le=1024)] | None = Field(
        None, description="largest structure file to read, in MB (default 25)"
    )


class ViewStructureArgs(_Arguments):
    """A structure to draw in 3D with its summary and checks (file, CIF text or variable)."""

    structure: Annotated[str, Field(min_length=1, max_length=MAX_STRUCTURE_CHARS)] = Field(
        description="a path relative to the working folder, CIF text, or (in a notebook) "
        "the name of a variable holding a structure"
    )
    max_mb: Annotated[float, Field(gt=0, le=1024)] | None = Field(
        None, description="largest structure file to read, in MB (default 25)"
    )


class GenerateCodeArgs(_Arguments):
    """A plain-words request for pymatgen/ASE code, verified in a sandbox (never run in the caller)."""

    request: Text = Field(description="what the code should do, e.g. 'a 2x2x2 supercell of Cu'")
    engine: Literal["auto", "recipes", "model"] = Field(
        "auto", description="recipes only, the model only, or recipes first"
    )
    max_rounds: Annotated[int, Field(ge=0, le=20)] = Field(
        3, description="repair rounds for model-written code"
    )
    timeout_s: Annotated[float, Field(gt=0, le=300)] = Field(
        30.0, description="time limit of one sandbox run, in seconds"
    )


InputText = Annotated[str, Field(min_length=1, max_length=2000)]


class PredictArgs(_Arguments):
    """Property predictions from trained or saved heads."""

    inputs: Annotated[list[InputText], Field(min_length=1, max_length=200)] = Field(
        description="formulas (or, in a notebook, names of variables holding structures)"
    )
    heads: Annotated[str, Field(min_length=1, max_length=1024)] = Field(
        "latest",
        description="a saved-heads folder, a name saved or loaded in this session, or 'latest'",
    )


def validation_message(errors: list[Any]) -> str:
    """A one-line summary of pydantic errors: where, and what is wrong."""
    parts = []
    for err in errors[:3]:
        loc = ".".join(str(x) for x in err.get("loc", ()))
        msg = str(err.get("msg", "invalid"))
        msg = msg.removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    more = len(errors) - 3
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts) or "invalid request body"
