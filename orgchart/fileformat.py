"""The `.orgchart` file: UTF-8 JSON, read strictly, written atomically.

Owns the on-disk form of a chart: its schema and version, migrations from
older versions, the messages for files it refuses, and the safe way to save.

Reading happens in three steps, as in Orange's `scheme/readwrite.py`: bytes
to JSON (with line and column for broken JSON), JSON to checked plain values
(each refusal names the place, such as `units[3].tier`), and only then the
model objects. A refused file never gives back part of a chart.

Saving writes a temporary file in the same folder, flushes and fsyncs it,
keeps the current file as `NAME.orgchart.bak`, and puts the new one in place
with one rename, so a crash leaves either the old or the new file.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import math
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orgchart import __version__
from orgchart.bulk import collector_paused
from orgchart.model import (
    COLOR_RE,
    LANG_RE,
    LINK_KINDS,
    Chart,
    Duty,
    Link,
    Person,
    Role,
    Tier,
    Unit,
)
from orgchart.text import Text

FORMAT = "orgchart"
FORMAT_VERSION = 1
#: The first app version that reads each format version; a file carries the
#: entry for its own version as "requires", so an older app can say which
#: version it needs.
READABLE_SINCE = {1: "0.1.0"}
#: Files larger than this are refused before they are read.
MAX_BYTES = 256 * 1024 * 1024
SUFFIX = ".orgchart"

#: Migrations of the raw JSON: MIGRATIONS[n] turns a version-n document into
#: a version n+1 document. Empty while only version 1 exists.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class LoadError(Exception):
    """A file that is not a readable chart; the message names file and place."""

    def __init__(self, source: str, place: str, message: str) -> None:
        self.source, self.place, self.reason = source, place, message
        where = f"{source}: {place}: " if place else f"{source}: "
        super().__init__(where + message)


class SaveError(Exception):
    """A chart could not be saved; the file on disk is as it was."""


# --------------------------------------------------------------------------
# bytes -> JSON


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(source, f"byte {exc.start}", f"not valid {encoding} text") from None
    if not data.strip():
        raise LoadError(source, "", "the file is empty, not an OrgChart Builder chart")
    if b"\x00" in data[:4] and (text := _utf16_or_32(data)) is not None:
        return text
    if b"\x00" in data[:4096]:
        raise LoadError(source, "", "this is a binary file, not an OrgChart Builder chart")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LoadError(source, f"line {line}, byte {exc.start}",
                        "the file is not UTF-8 text") from None


def _utf16_or_32(data: bytes) -> str | None:
    """JSON in UTF-16 or UTF-32 without a byte-order mark (as some editors
    save "Unicode"): its first character is ASCII, so the zero bytes around
    it say which (RFC 4627). None when it is not that."""
    encoding = json.detect_encoding(data)
    if encoding == "utf-8":
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if text.lstrip()[:1] in ("{", "[") else None


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large")
    return value


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates,
                          parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise LoadError(source, f"line {exc.lineno}, column {exc.colno}",
                        f"broken JSON: {exc.msg}") from None
    except _DuplicateKey as exc:
        raise LoadError(source, "", f"the key {exc.args[0]!r} appears twice in one object") \
            from None
    except RecursionError:
        raise LoadError(source, "", "the JSON is nested too deeply") from None
    except ValueError as exc:  # NaN, Infinity, 1e400, integers of thousands of digits
        why = str(exc)
        if "digits" in why:  # Python's own words advise a call to sys.set_int_max_str_digits
            why = "a number has thousands of digits"
        raise LoadError(source, "", f"unreadable number: {why}") from None


# --------------------------------------------------------------------------
# JSON -> checked values -> model

_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|[\ud800-\udfff]")


def clean(value: str) -> str:
    """Drop control characters and replace lone surrogates, which no export
    (XML, DOT, PPTX) can carry; tabs and newlines stay."""
    if value.isprintable():  # (at C speed: the common case, 300,000 names at 50,000 units)
        return value
    return _UNSAFE_CHARS.sub(lambda m: "" if m.group() < "\ud800" else "\ufffd", value)


class _Reader:
    """Checks raw JSON values against the schema, naming the place on refusal."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, place: str, message: str) -> LoadError:
        return LoadError(self.source, place, message)

    def object(self, value: Any, place: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, f"expected an object, found {_kind(value)}")
        return value

    def list(self, obj: dict[str, Any], key: str, place: str, required: bool = True) -> list[Any]:
        if key not in obj:
            if required:
                raise self.fail(_join(place, key), "missing")
            return []
        value = obj[key]
        if not isinstance(value, list):
            raise self.fail(_join(place, key), f"expected a list, found {_kind(value)}")
        return value

    def str(self, obj: dict[str, Any], key: str, place: str, default: str | None = None,
            nullable: bool = False) -> Any:
        if key not in obj:
            if default is None and not nullable:
                raise self.fail(_join(place, key), "missing")
            return default
        value = obj[key]
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(_join(place, key), f"expected text, found {_kind(value)}")
        return clean(value)

    def id(self, obj: dict[str, Any], key: str, place: str) -> str:
        value = self.str(obj, key, place)
        if not value.strip():
            raise self.fail(_join(place, key), "an id cannot be empty")
        return value

    def bool(self, obj: dict[str, Any], key: str, place: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(_join(place, key), f"expected true or false, found {_kind(value)}")
        return value

    def color(self, obj: dict[str, Any], key: str, place: str, default: str) -> str:
        value = self.str(obj, key, place, default=default)
        if not COLOR_RE.match(value):
            raise self.fail(_join(place, key), f"expected a colour like #1f5f99, found {value!r}")
        return value

    def text(self, obj: dict[str, Any], key: str, place: str, required: bool = False) -> Text:
        if key not in obj:
            if required:
                raise self.fail(_join(place, key), "missing")
            return Text()
        value = obj[key]
        if isinstance(value, str):
            return Text(clean(value))
        here = _join(place, key)
        if not isinstance(value, dict):
            raise self.fail(here, f"expected text or a mapping of languages to text, "
                                  f"found {_kind(value)}")
        out: dict[str, str] = {}
        for lang, string in value.items():
            if not LANG_RE.match(lang):
                raise self.fail(here, f"{lang!r} is not a language tag like 'zh-Hant' or 'en'")
            if not isinstance(string, str):
                raise self.fail(f"{here}.{lang}", f"expected text, found {_kind(string)}")
            out[lang] = clean(string)
        return Text.from_json(out)


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _build(raw: Any, source: str) -> Chart:
    r = _Reader(source)
    doc = r.object(raw, "")
    _check_header(doc, r)
    doc = _migrate(doc, r)

    languages = []
    for i, lang in enumerate(r.list(doc, "languages", "", required=False)):
        if not isinstance(lang, str) or not LANG_RE.match(lang):
            raise r.fail(f"languages[{i}]", f"{lang!r} is not a language tag like 'zh-Hant'")
        languages.append(lang)
    chart = Chart(title=r.text(doc, "title", ""), languages=languages or ["en"])
    chart.roles = [_role(r, r.object(v, f"roles[{i}]"), f"roles[{i}]")
                   for i, v in enumerate(r.list(doc, "roles", "", required=False))]
    chart.tiers = [_tier(r, r.object(v, f"tiers[{i}]"), f"tiers[{i}]")
                   for i, v in enumerate(r.list(doc, "tiers", ""))]
    chart.units = [_unit(r, r.object(v, f"units[{i}]"), f"units[{i}]")
                   for i, v in enumerate(r.list(doc, "units", ""))]
    chart.duties = [_duty(r, r.object(v, f"duties[{i}]"), f"duties[{i}]")
                    for i, v in enumerate(r.list(doc, "duties", "", required=False))]
    chart.links = [_link(r, r.object(v, f"links[{i}]"), f"links[{i}]")
                   for i, v in enumerate(r.list(doc, "links", "", required=False))]
    _check_references(chart, r)
    return chart


def _check_header(doc: dict[str, Any], r: _Reader) -> None:
    if doc.get("format") != FORMAT:
        raise r.fail("format", "this is JSON, but not an OrgChart Builder chart "
                               '(it has no "format": "orgchart")')
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise r.fail("version", f"expected a format version number, found {version!r}")
    if version > FORMAT_VERSION:
        needed = doc.get("requires")
        which = (f"OrgChart Builder {needed} or later" if isinstance(needed, str)
                 and len(needed) < 40 else "a newer OrgChart Builder")
        raise r.fail("version", f"the chart was saved in file format version {version}, "
                                f"but this is OrgChart Builder {__version__}, which reads "
                                f"format version {FORMAT_VERSION}; open it with {which}")


def _migrate(doc: dict[str, Any], r: _Reader) -> dict[str, Any]:
    version = doc["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise r.fail("version", f"format version {version} can no longer be read")
        doc = step(doc)
        version += 1
        doc["version"] = version
    return doc


def _role(r: _Reader, o: dict[str, Any], at: str) -> Role:
    return Role(code=r.id(o, "code", at), name=r.text(o, "name", at),
                color=r.color(o, "color", at, "#7f8c8d"), unique=r.bool(o, "unique", at))


def _tier(r: _Reader, o: dict[str, Any], at: str) -> Tier:
    return Tier(id=r.id(o, "id", at), name=r.text(o, "name", at, required=True),
                summary=r.text(o, "summary", at), color=r.color(o, "color", at, "#1f5f99"))


def _unit(r: _Reader, o: dict[str, Any], at: str) -> Unit:
    people = []
    for j, p in enumerate(r.list(o, "people", at, required=False)):
        here = f"{at}.people[{j}]"
        person = r.object(p, here)
        people.append(Person(r.text(person, "name", here), r.text(person, "title", here)))
    return Unit(id=r.id(o, "id", at), name=r.text(o, "name", at, required=True),
                tier=r.id(o, "tier", at), parent=r.str(o, "parent", at, nullable=True),
                people=tuple(people), notes=r.text(o, "notes", at),
                collapsed=r.bool(o, "collapsed", at))


def _duty(r: _Reader, o: dict[str, Any], at: str) -> Duty:
    assign = r.object(o.get("assign", {}), f"{at}.assign")
    for target, code in assign.items():
        if not isinstance(code, str):
            raise r.fail(f"{at}.assign.{target}", f"expected a role code, found {_kind(code)}")
    return Duty(id=r.id(o, "id", at), text=r.text(o, "text", at, required=True),
                category=r.text(o, "category", at),
                assign={clean(k): clean(v) for k, v in assign.items()})


def _link(r: _Reader, o: dict[str, Any], at: str) -> Link:
    kind = r.str(o, "kind", at, default=LINK_KINDS[0])
    if kind not in LINK_KINDS:
        raise r.fail(f"{at}.kind", f"expected one of {', '.join(LINK_KINDS)}, found {kind!r}")
    return Link(id=r.id(o, "id", at), source=r.id(o, "source", at),
                target=r.id(o, "target", at), kind=kind, label=r.text(o, "label", at))


def _check_references(chart: Chart, r: _Reader) -> None:
    """Ids unique across tiers, units, duties and links (a duty's target may
    be a tier or a unit, so they share one namespace); every reference known."""
    first: dict[str, str] = {}
    for kind, items in (("tiers", chart.tiers), ("units", chart.units),
                        ("duties", chart.duties), ("links", chart.links)):
        for i, item in enumerate(items):
            here = f"{kind}[{i}]"
            if item.id in first:
                raise r.fail(f"{here}.id",
                             f"the id {item.id!r} is already used by {first[item.id]}")
            first[item.id] = here
    codes: dict[str, int] = {}
    for i, role in enumerate(chart.roles):
        if role.code in codes:
            first_use = f"roles[{codes[role.code]}]"
            raise r.fail(f"roles[{i}].code",
                         f"the role code {role.code!r} is already used by {first_use}")
        codes[role.code] = i
    tiers = {t.id for t in chart.tiers}
    units = {u.id for u in chart.units}
    for i, unit in enumerate(chart.units):
        if unit.tier not in tiers:
            raise r.fail(f"units[{i}].tier", f"there is no tier {unit.tier!r}")
        if unit.parent is not None and unit.parent not in units:
            raise r.fail(f"units[{i}].parent", f"there is no unit {unit.parent!r}")
    for i, duty in enumerate(chart.duties):
        for target, code in duty.assign.items():
            here = f"duties[{i}].assign.{target}"
            if target not in tiers and target not in units:
                raise r.fail(here, f"there is no tier or unit {target!r}")
            if code not in codes:
                raise r.fail(here, f"the legend has no role {code!r}")
    for i, link in enumerate(chart.links):
        for end in ("source", "target"):
            if getattr(link, end) not in units:
                raise r.fail(f"links[{i}].{end}", f"there is no unit {getattr(link, end)!r}")


# --------------------------------------------------------------------------
# Public reading


def loads(data: bytes | str, source: str = "<chart>") -> Chart:
    """A chart from the bytes (or text) of a `.orgchart` file."""
    text = _decode(data, source) if isinstance(data, bytes) else data
    with collector_paused():  # see orgchart.bulk: a third of reading 50,000 units
        return _build(_parse_json(text, source), source)


def load(path: str | os.PathLike[str]) -> Chart:
    """Read a `.orgchart` file; raises `LoadError` naming the file and place."""
    source = os.fspath(path)
    return loads(read_limited(source, source, MAX_BYTES, "charts"), source)


def read_limited(path: str | os.PathLike[str], source: str, limit: int, what: str) -> bytes:
    """A file's bytes, refused (`LoadError`) before reading when it is over
    `limit` bytes ("{what} larger than ... are not read"); the readers of
    every format go through here."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise LoadError(source, "", f"the file is {size // 2**20} MiB; {what} larger than "
                                        f"{limit // 2**20} MiB are not read")
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except OSError as exc:
        raise LoadError(source, "", exc.strerror or str(exc)) from None


# --------------------------------------------------------------------------
# Writing


def to_json(chart: Chart) -> dict[str, Any]:
    """The chart as the plain JSON document, keys in their stable order."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "requires": READABLE_SINCE[FORMAT_VERSION],
        "title": chart.title.to_json(),
        "languages": list(chart.languages),
        "roles": [{"code": r.code, "name": r.name.to_json(), "color": r.color,
                   "unique": r.unique} for r in chart.roles],
        "tiers": [{"id": t.id, "name": t.name.to_json(), "summary": t.summary.to_json(),
                   "color": t.color} for t in chart.tiers],
        "units": [{"id": u.id, "name": u.name.to_json(), "tier": u.tier, "parent": u.parent,
                   "people": [{"name": p.name.to_json(), "title": p.title.to_json()}
                              for p in u.people],
                   "notes": u.notes.to_json(), "collapsed": u.collapsed} for u in chart.units],
        "duties": [{"id": d.id, "text": d.text.to_json(), "category": d.category.to_json(),
                    "assign": _ordered_assign(chart, d)} for d in chart.duties],
        "links": [{"id": k.id, "source": k.source, "target": k.target, "kind": k.kind,
                   "label": k.label.to_json()} for k in chart.links],
    }


def _ordered_assign(chart: Chart, duty: Duty) -> dict[str, str]:
    """Assignments in chart order (tiers top-down, then units), so a file does
    not change when the same roles were given in another order."""
    rank = {t.id: i for i, t in enumerate(chart.tiers)}
    if any(target not in rank for target in duty.assign):
        rank.update({u.id: len(rank) + i for i, u in enumerate(chart.units)})
    return dict(sorted(duty.assign.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


def dumps(chart: Chart, compact: bool = False) -> str:
    """The text of a `.orgchart` file: pretty-printed, UTF-8, stable order.

    `compact` writes the same document on one line, for copies no one reads
    (the recovery copy): Python's JSON encoder is in C only without an
    indent, four times faster (0.1 s instead of 0.45 s at 50,000 units).
    """
    if compact:
        return json.dumps(to_json(chart), ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(to_json(chart), ensure_ascii=False, indent=2) + "\n"


def backup_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def save(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart atomically, keeping the previous file as NAME.bak.

    Through a symbolic link, the real file is replaced and the link kept.
    On failure (disk full, no permission) raises `SaveError`, and the file
    on disk is untouched.
    """
    target = Path(os.path.realpath(path))
    if is_read_only(target):
        # The rename would replace it anyway; a read-only file says "keep me".
        raise SaveError(f"{os.fspath(path)}: could not save: the file is read-only (choose "
                        "another name with Save As). The file on disk was not changed.")
    data = dumps(chart).encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise SaveError(_save_message(path, exc)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(target))
        if target.exists():
            _keep_backup(target)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise SaveError(_save_message(path, exc)) from None
    except BaseException:
        _remove_quietly(tmp)
        raise


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """A file marked read-only: no write permission bit at all (which even
    root, whom `os.access` always allows, should respect), or none for us."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _keep_backup(target: Path) -> None:
    """Make NAME.bak the current file: a hard link where the file system has
    them (no copying), a copy elsewhere; replaced in one rename as well."""
    backup = backup_path(target)
    tmp = backup.with_name(f".{backup.name}.tmp")
    _remove_quietly(str(tmp))
    try:
        os.link(target, tmp)
    except OSError:
        shutil.copy2(target, tmp)
    os.replace(tmp, backup)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _save_message(path: str | os.PathLike[str], exc: OSError) -> str:
    why = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission denied (choose another folder with Save As)",
        errno.EPERM: "permission denied (choose another folder with Save As)",
        errno.EROFS: "the disk is read-only (choose another folder with Save As)",
        errno.ENOENT: "the folder does not exist",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return f"{os.fspath(path)}: could not save: {why}. The file on disk was not changed."
