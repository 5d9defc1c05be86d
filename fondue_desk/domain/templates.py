"""Document templates: one engine (Jinja2's immutable sandbox) for every text an office words.

A template is checked when it is saved, in three layers, so that nothing printed can break:
1. its syntax tree may use only a listed subset of Jinja (output, if/for, a few filters, the
   listed fields, `fields.<code>`); everything else is refused with its line, before compiling;
2. the sandbox still guards attributes and calls at run time, and intercepts `*`, `**` and
   `%`, so `'x' * 10**9`, `10**10**10` and `'%2000000s' % name` never allocate;
3. every render runs under a step budget (loop iterations and range() sizes, plus a clock) and
   an output cap, and a trial render with sample values at save time proves both hold.
Documents are not HTML: autoescape is off; the PDF layer escapes what it draws.
"""
from __future__ import annotations

import contextvars
import time
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.defaults import DEFAULT_FILTERS, DEFAULT_NAMESPACE, DEFAULT_TESTS
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from .errors import RuleViolation
from .template_kinds import KINDS, Kind, KindSpec

__all__ = ["KINDS", "MAX_STEPS", "Kind", "KindSpec", "check", "render", "render_or_default"]

MAX_STEPS = 10_000          # loop iterations and range() items per render, all loops together
MAX_SECONDS = 0.25          # a render that takes longer is stopped: typing must stay live
MAX_VALUE = 20_000          # no single string or list a template builds may be longer
_LOOP_ATTRS = frozenset({"index", "index0", "revindex", "revindex0", "first", "last", "length",
                         "previtem", "nextitem"})
_TICK = "__fd_tick__"       # injected around every loop's iterable after the check

# Harmless, bounded filters; the rest of Jinja's (attr, format, center, indent, map, ...) can
# reach attributes or build strings of any size from a short argument.
SAFE_FILTERS = ("default", "d", "trim", "upper", "lower", "title", "capitalize", "replace",
                "truncate", "length", "count", "join", "first", "last", "string", "int",
                "wordcount", "thai_digits")

_budget: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("template_budget",
                                                                        default=None)


class _Budget:
    __slots__ = ("deadline", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def spend(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > MAX_STEPS or (self.steps & 0xFF == 0 and time.monotonic() > self.deadline):
            raise RuleViolation("template.too_slow")


def _spend(n: int = 1) -> None:
    budget = _budget.get()
    if budget is not None:  # compile-time constant folding has no budget and needs none
        budget.spend(n)


def _ticking(iterable: Iterable) -> Iterator:
    for item in iterable:
        _spend()
        yield item


def _range(*args: int) -> range:
    numbers = range(*args)
    _spend(len(numbers))
    return numbers


def _sized(value: object) -> object:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_VALUE:
        raise RuleViolation("template.output_too_long", limit=MAX_VALUE)
    return value


def _thai_digits(value: object) -> str:
    return str(value).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def _replace(value: object, old: str, new: str, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    hits = len(text) + 1 if not old else text.count(old)
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * max(0, len(new) - len(old)) > MAX_VALUE:
        raise RuleViolation("template.output_too_long", limit=MAX_VALUE)
    return text.replace(old, new, -1 if count is None else count)


def _join(value: Iterable, d: str = "", attribute: object = None) -> str:
    items = list(_ticking(value))
    if attribute is not None:
        raise SecurityError("join by attribute is not available in document templates")
    if len(str(d)) * len(items) > MAX_VALUE:
        raise RuleViolation("template.output_too_long", limit=MAX_VALUE)
    return str(_sized(str(d).join(str(i) for i in items)))


class _Environment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "%" and isinstance(left, str):
            # printf formatting takes widths ("%2000000s"): the old format-spec hole again
            raise SecurityError("string formatting is not available in document templates")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and (
                right < 0 or max(1, abs(left).bit_length()) * right > 4096):
            raise RuleViolation("template.output_too_long", limit=MAX_VALUE)
        if operator == "*":
            sequence, times = ((left, right) if isinstance(left, (str, list, tuple))
                               else (right, left))
            if isinstance(sequence, (str, list, tuple)) and isinstance(times, int) \
                    and len(sequence) * times > MAX_VALUE:
                raise RuleViolation("template.output_too_long", limit=MAX_VALUE)
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=1)
def _environment() -> _Environment:
    env = _Environment(autoescape=False, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=False, cache_size=0)
    filters = {name: DEFAULT_FILTERS[name] for name in SAFE_FILTERS if name in DEFAULT_FILTERS}
    filters.update(replace=_replace, join=_join, thai_digits=_thai_digits)
    env.filters = filters
    env.globals = {"range": _range, _TICK: _ticking}
    return env


def _unsafe(node: nodes.Node, what: str) -> RuleViolation:
    return RuleViolation("template.unsafe", line=node.lineno, what=what)


class _Checker:
    """Walks the syntax tree; the first construct outside the listed subset is refused."""

    def __init__(self, names: frozenset[str], codes: frozenset[str]) -> None:
        self.names, self.codes = names, codes
        self.loop_names: set[str] = set()
        self.in_loop = 0

    def visit(self, node: nodes.Node) -> None:
        handler = getattr(self, f"_{type(node).__name__}", None)
        if handler is None:
            raise _unsafe(node, type(node).__name__.lower())
        handler(node)

    def children(self, node: nodes.Node) -> None:
        for child in node.iter_child_nodes():
            self.visit(child)

    _Template = _Output = _If = _CondExpr = _Compare = _Operand = _And = _Or = _Not = children
    _Neg = _Pos = _Add = _Sub = _Mul = _Div = _FloorDiv = _Mod = _Pow = _Concat = children
    _Tuple = _List = _Slice = children

    def _TemplateData(self, node: nodes.Node) -> None:
        pass

    def _Const(self, node: nodes.Const) -> None:
        pass

    def _Name(self, node: nodes.Name) -> None:
        name = node.name
        if node.ctx != "load":
            if name.startswith("_") or name in self.names or name in ("fields", "loop"):
                raise _unsafe(node, name)
            self.loop_names.add(name)
        elif name in self.names or name in self.loop_names or name == "range" or (
                name == "loop" and self.in_loop):
            return
        elif name == "fields":
            raise RuleViolation("template.unknown_field", line=node.lineno, field="fields")
        elif name.startswith("_") or name in DEFAULT_NAMESPACE or name in ("self", "loop"):
            raise _unsafe(node, name)
        else:
            raise RuleViolation("template.unknown_field", line=node.lineno, field=name)

    def _Getattr(self, node: nodes.Getattr) -> None:
        self._member(node, node.node, node.attr)

    def _Getitem(self, node: nodes.Getitem) -> None:
        key = node.arg
        if isinstance(key, nodes.Const) and isinstance(key.value, str):
            self._member(node, node.node, key.value)
            return
        if isinstance(node.node, nodes.Name) and node.node.name == "fields":
            raise _unsafe(node, "fields[...]")
        self.children(node)

    def _member(self, node: nodes.Node, owner: nodes.Node, attr: str) -> None:
        if attr.startswith("_"):
            raise _unsafe(node, attr)
        if isinstance(owner, nodes.Name) and owner.name == "fields":
            if attr not in self.codes:
                raise RuleViolation("template.unknown_field", line=node.lineno,
                                    field=f"fields.{attr}")
            return
        if isinstance(owner, nodes.Name) and owner.name == "loop" and self.in_loop \
                and attr in _LOOP_ATTRS:
            return
        # Methods of strings (format!), of the sandbox's helpers, of anything: not listed.
        raise _unsafe(node, attr)

    def _Filter(self, node: nodes.Filter) -> None:
        self._named(node, node.name, SAFE_FILTERS, DEFAULT_FILTERS, "filter")

    def _Test(self, node: nodes.Test) -> None:
        self._named(node, node.name, tuple(DEFAULT_TESTS), DEFAULT_TESTS, "test")

    def _named(self, node: nodes.Filter | nodes.Test, name: str, allowed: Iterable[str],
               known: Mapping[str, object], what: str) -> None:
        if name not in allowed:
            if name in known:
                raise _unsafe(node, f"|{name}")
            raise RuleViolation("template.syntax", line=node.lineno,
                                reason=f"no {what} named '{name}'")
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            raise _unsafe(node, f"|{name}(*...)")
        self.children(node)

    def _Keyword(self, node: nodes.Keyword) -> None:
        self.visit(node.value)

    def _Call(self, node: nodes.Call) -> None:
        if not (isinstance(node.node, nodes.Name) and node.node.name == "range"):
            self.visit(node.node)  # names what is called: `'{0.__class__}'.format` → "format"
        if not (isinstance(node.node, nodes.Name) and node.node.name == "range"
                and not node.kwargs and node.dyn_args is None and node.dyn_kwargs is None):
            raise _unsafe(node, "call")
        for arg in node.args:
            self.visit(arg)

    def _For(self, node: nodes.For) -> None:
        if node.recursive:
            raise _unsafe(node, "recursive")
        self.visit(node.iter)
        self.visit(node.target)
        self.in_loop += 1
        for child in (*node.body, *([node.test] if node.test else [])):
            self.visit(child)
        self.in_loop -= 1
        for child in node.else_:
            self.visit(child)


class _Ticker(NodeTransformer):
    """Wraps every loop's iterable so that each pass spends one step of the budget."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        node = self.generic_visit(node)
        node.iter = nodes.Call(nodes.Name(_TICK, "load", lineno=node.lineno), [node.iter],
                               [], None, None, lineno=node.lineno)
        return node


@lru_cache(maxsize=256)
def _compiled(kind: Kind, source: str, codes: frozenset[str]):
    """The compiled template, or RuleViolation. Cached: the demo words 250,000 letters."""
    spec = KINDS[kind]
    if len(source) > spec.max_source:
        raise RuleViolation("template.too_long", limit=spec.max_source)
    env = _environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise RuleViolation("template.syntax", line=exc.lineno or 1,
                            reason=exc.message or "") from None
    _Checker(frozenset(spec.names()), codes).visit(tree)
    tree = _Ticker().visit(tree)
    tree.set_environment(env)
    try:
        return env.from_string(tree)
    except TemplateSyntaxError as exc:
        raise RuleViolation("template.syntax", line=exc.lineno or 1,
                            reason=exc.message or "") from None


def _run(kind: Kind, source: str, values: Mapping[str, str], fields: Mapping[str, str],
         codes: frozenset[str]) -> str:
    spec = KINDS[kind]
    template = _compiled(kind, source, codes)
    context = {name: str(values.get(name, "")) for name in spec.names()}
    context["fields"] = {code: str(fields.get(code, "")) for code in codes}
    token = _budget.set(_Budget())
    out: list[str] = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > spec.max_output:
                raise RuleViolation("template.output_too_long", limit=spec.max_output)
            out.append(chunk)
    except RuleViolation:
        raise
    except UndefinedError as exc:  # a loop's name used after its loop
        raise RuleViolation("template.unknown_field", line=_line(exc),
                            field=str(exc).split("'")[1] if "'" in str(exc) else "") from None
    except SecurityError as exc:
        raise RuleViolation("template.unsafe", line=_line(exc), what=str(exc)[:80]) from None
    except (TemplateError, ArithmeticError, TypeError, ValueError, LookupError,
            RecursionError, MemoryError) as exc:
        raise RuleViolation("template.syntax", line=_line(exc),
                            reason=f"{type(exc).__name__}: {str(exc)[:120]}") from None
    finally:
        _budget.reset(token)
    return "".join(out).strip()


def _line(exc: BaseException) -> int:
    """The template line a render error came from, from Jinja's rewritten traceback."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return int(line or 1)


def check(kind: Kind, source: str, field_codes: Iterable[str] = ()) -> None:
    """RuleViolation with a `template.*` code when `source` may not be saved as `kind`.

    A trial render with the kind's sample values (each long, as a real one can be) proves
    the output cap and the step budget hold for real complaints too."""
    codes = frozenset(field_codes)
    spec = KINDS[kind]
    sample = {f.name: f.sample for f in spec.fields}
    _run(kind, source, sample, {code: "ตัวอย่างคำตอบ " * 8 for code in codes}, codes)


def render(kind: Kind, source: str, values: Mapping[str, str],
           fields: Mapping[str, str] | None = None) -> str:
    """The text of `source` for these values; an empty source means the kind's default.

    `fields` maps custom field codes to their text; codes the template names but a complaint
    lacks (another category's, a retired one) render empty. RuleViolation on any problem."""
    source = source.strip() or KINDS[kind].default
    fields = dict(fields or {})
    return _run(kind, source, values, fields, frozenset(fields) | _field_names(kind, source))


def render_or_default(kind: Kind, source: str, values: Mapping[str, str],
                      fields: Mapping[str, str] | None = None) -> tuple[str, RuleViolation | None]:
    """(text, None), or (the default's text, the problem): printing never stops."""
    try:
        return render(kind, source, values, fields), None
    except RuleViolation as problem:
        return render(kind, "", values, fields), problem


@lru_cache(maxsize=256)
def _field_names(kind: Kind, source: str) -> frozenset[str]:
    """Every `fields.<code>` a template mentions (so an absent answer renders empty)."""
    try:
        tree = _environment().parse(source)
    except TemplateSyntaxError:
        return frozenset()
    found = {n.attr for n in tree.find_all(nodes.Getattr)
             if isinstance(n.node, nodes.Name) and n.node.name == "fields"}
    found |= {n.arg.value for n in tree.find_all(nodes.Getitem)
              if isinstance(n.node, nodes.Name) and n.node.name == "fields"
              and isinstance(n.arg, nodes.Const) and isinstance(n.arg.value, str)}
    return frozenset(found)
