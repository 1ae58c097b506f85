"""The command table: each command declared once, reached from every surface.

A :class:`Command` has a name, a pydantic argument model, a handler taking that
model and an :class:`~.context.EngineContext`, and the payload kinds it returns.
The ``%matsci`` magics, the chat's slash commands, the server's engine handler,
the jupyter-ai persona and the MCP server are thin adapters over :data:`COMMANDS`.
Handlers return the engine's own result object (it displays itself in a
notebook); :meth:`Command.payload` turns it into the typed payload other
surfaces send.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from . import results
from .arguments import (
    AnswerArgs,
    CheckAnswerArgs,
    CheckStructureArgs,
    GenerateCodeArgs,
    PredictArgs,
    ViewStructureArgs,
)
from .context import EngineContext

A = TypeVar("A", bound=BaseModel)


@dataclass(frozen=True)
class Command(Generic[A]):
    """One command: ``handler(arguments, ctx)`` returns an engine result object."""

    name: str
    summary: str
    arguments: type[A]
    handler: Callable[[A, EngineContext], Any]
    engine: str  # the engine package that answers (payload ``engine``)
    output: type[BaseModel]  # the payload data model the result validates against

    def parse(self, data: dict[str, Any]) -> A:
        """The arguments checked by pydantic; a :class:`~..errors.UsageError` names what is wrong."""
        from pydantic import ValidationError

        from ..errors import UsageError
        from .arguments import validation_message

        try:
            return self.arguments.model_validate(data)
        except ValidationError as exc:
            raise UsageError(f"{self.name}: {validation_message(exc.errors())}") from exc

    def run(self, arguments: A | dict[str, Any], ctx: EngineContext) -> Any:
        """Run the handler; ``arguments`` may be the model or a plain dict."""
        from ..errors import EngineUnavailableError

        args = arguments if isinstance(arguments, BaseModel) else self.parse(arguments)
        try:
            return self.handler(args, ctx)
        except ModuleNotFoundError as exc:  # an optional engine or its dependency is missing
            missing = exc.name or "?"
            if missing.startswith("matsci_jupyter."):
                raise EngineUnavailableError(
                    f"the {self.engine} engine is not installed in this version of matsci-jupyter"
                ) from exc
            raise EngineUnavailableError(
                f"the {self.engine} engine needs the package {missing!r}: pip install it "
                "(or pip install 'matsci-jupyter[all]')"
            ) from exc

    def payload(self, arguments: A | dict[str, Any], ctx: EngineContext) -> dict[str, Any]:
        """Run and return the typed payload (``{"kind", "engine", "data", "bundle", "text"}``)."""
        from .payloads import to_payload

        return to_payload(self.run(arguments, ctx), engine=self.engine)


# -- handlers ----------------------------------------------------------------------------------
def _answer(args: AnswerArgs, ctx: EngineContext) -> Any:
    from ..engines.answer import answer_in_context

    return answer_in_context(args.question, ctx, use_model=args.use_model)


def _check_answer(args: CheckAnswerArgs, ctx: EngineContext) -> Any:
    from ..engines.answer import check_answer

    return check_answer(args.question, args.response)


def _check_structure(args: CheckStructureArgs, ctx: EngineContext) -> Any:
    from ..engines.structure import check_structure
    from .sources import structure_source

    extra = {} if args.max_mb is None else {"max_bytes": int(args.max_mb * 2**20)}
    return check_structure(
        structure_source(args.structure, ctx),
        symprec=args.symprec,
        min_distance_fraction=args.min_distance_fraction,
        **extra,
    )


def _view_structure(args: ViewStructureArgs, ctx: EngineContext) -> Any:
    from ..engines.structure import view
    from .sources import structure_source

    extra = {} if args.max_mb is None else {"max_bytes": int(args.max_mb * 2**20)}
    return view(structure_source(args.structure, ctx), **extra)


def _generate_code(args: GenerateCodeArgs, ctx: EngineContext) -> Any:
    from ..engines.code import generate_code

    # the model path needs a model object; "recipes" must not load one on first use
    model = ctx.model() if args.engine != "recipes" else None
    return generate_code(
        args.request,
        namespace=ctx.namespace,
        model=model,
        engine=args.engine,
        cwd=ctx.cwd,
        max_rounds=args.max_rounds,
        timeout_s=args.timeout_s,
    )


def _predict(args: PredictArgs, ctx: EngineContext) -> Any:
    from ..engines.heads import resolve
    from ..engines.heads.heads import PredictionTable
    from .sources import resolve_path, variable

    namespace = dict(ctx.namespace)
    target: str | None = None if args.heads == "latest" else args.heads
    if target is not None and target not in namespace:
        folder = resolve_path(target, ctx, must_exist=False)  # relative to the working folder
        if folder.is_dir():
            target = str(folder)
    heads = resolve(target, namespace=namespace)
    values = []
    for text in args.inputs:
        obj = variable(text, ctx)
        values.append(obj if obj is not None and hasattr(obj, "composition") else text)
    frame = heads.predict(values)
    return PredictionTable(frame, heads.name or heads.path or "heads", heads.tasks)


COMMANDS: dict[str, Command[Any]] = {
    c.name: c
    for c in (
        Command(
            "answer",
            "Answer a numeric materials-science question with its unit, calculation steps and "
            "named pass/fail checks; refuses with a reason rather than guess.",
            AnswerArgs,
            _answer,
            "answer",
            results.AnswerData,
        ),
        Command(
            "check_answer",
            "Check a worked answer to a question: arithmetic, dimensions, units, use of the "
            "givens and constants. Returns the checked value and each check.",
            CheckAnswerArgs,
            _check_answer,
            "answer",
            results.AnswerData,
        ),
        Command(
            "check_structure",
            "Check a crystal structure (CIF/POSCAR/xyz file or CIF text): parsing, declared vs "
            "detected symmetry, overlapping atoms, occupancies, charge balance, density.",
            CheckStructureArgs,
            _check_structure,
            "structure",
            results.StructureReportData,
        ),
        Command(
            "view_structure",
            "Draw a structure in 3D (plotly) with its summary and check report.",
            ViewStructureArgs,
            _view_structure,
            "structure",
            results.StructureViewData,
        ),
        Command(
            "generate_code",
            "Write pymatgen/ASE code for a request and verify it in a sandbox (it is never run "
            "in the caller's process); 'verified' is true only when it did what was asked.",
            GenerateCodeArgs,
            _generate_code,
            "code",
            results.CodeData,
        ),
        Command(
            "predict",
            "Predict material properties for formulas with trained or saved property heads.",
            PredictArgs,
            _predict,
            "heads",
            results.HeadsPredictionsData,
        ),
    )
}


def get(name: str) -> Command[Any]:
    """The command called ``name`` (``-`` and ``_`` are the same); UsageError listing the rest."""
    from ..errors import UsageError

    command = COMMANDS.get(name.replace("-", "_"))
    if command is None:
        raise UsageError(f"no command {name!r}; known: {', '.join(COMMANDS)}")
    return command
