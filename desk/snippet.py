"""Quote snippets with their source, ready to paste: `“quote” — Speaker, role (Outlet, 2024-12-07)`.

Formats are `str.format` templates, overridable in the config file's `[snippet]` section
(`plain`, `markdown`, and `article_plain` / `article_markdown` for an article without a quote).
A literal `\\n` in a template is a line break. Placeholders:

    {text}          the quote, on one line, inner quotes made single (‘…’)
    {speaker_role}  "Mehdi Rahmati, Iranian analyst"; "a Syrian official" for an anonymous source;
                    the role alone when the speaker is unknown; empty when nothing is known
    {speaker}       the name (or the anonymous description) alone
    {role}          the role alone
    {outlet}        the outlet's name
    {outlet_link}   markdown: [Outlet](url) when the article has a web address (<url> without an
                    outlet), else the name
    {date}          the article's date, YYYY-MM-DD
    {via}           ", via Reuters" when the quote came through another outlet, else empty
    {via_name}      "Reuters"
    {url}           the article's web address (http/https only)
    {title}         the article's title

An empty placeholder takes one neighbouring separator (`,` `;` `—` `–`) with it, empty brackets
and empty link targets disappear, so `(Outlet, {date})` without a date reads `(Outlet)`. Nothing
is ever invented: an unknown speaker, outlet or date is left out. Article text is data: control
characters and terminal escape sequences are removed from every value.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any, Literal

Style = Literal["plain", "markdown"]

DEFAULT_FORMATS: dict[str, str] = {
    "plain": "“{text}” — {speaker_role} ({outlet}, {date}{via})",
    "markdown": "> “{text}”\n>\n> — {speaker_role} ({outlet_link}, {date}{via})",
    "article_plain": "{title} ({outlet}, {date})",
    "article_markdown": "[{title}]({url}) ({outlet}, {date})",
}

_EMPTY = "\x00"  # stands for an empty value while the template is tidied
_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL/ST
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS … ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x1b.?",  # any other escape
    re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WS = re.compile(r"\s+")
_PARAGRAPH_QUOTES = re.compile(r"[”\"»]?\s*\n\s*[“\"«]?")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_DETERMINERS = frozenset(
    ("a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some", "many", "few",
     "other", "another", "his", "her", "their", "its", "our", "this", "that", "these", "those")
)
_AN_LETTERS = frozenset("AEFHILMNORSX")  # acronyms whose first letter is said with a vowel: "an SDF"


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters (tabs and newlines stay)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text)).replace("\u2028", "\n").replace("\u2029", "\n")


def clean_line(value: object) -> str:
    """A value as one clean line of text ("" for None)."""
    if value is None:
        return ""
    return _WS.sub(" ", strip_controls(str(value))).strip()


def clean_quote(text: object) -> str:
    """The quote on one line: outer quote marks dropped, paragraph quote marks folded, inner quotes single."""
    raw = strip_controls(str(text or "")).strip()
    if len(raw) >= 2 and raw[0] in "“\"«„" and raw[-1] in "”\"»":
        raw = raw[1:-1]
    raw = _PARAGRAPH_QUOTES.sub(" ", raw).strip()
    raw = _drop_unpaired_ends(raw)
    raw = raw.replace("“", "‘").replace("”", "’")
    opened = False
    chars = []
    for ch in raw:
        if ch == '"':
            ch = "’" if opened else "‘"
            opened = not opened
        chars.append(ch)
    return _WS.sub(" ", "".join(chars)).strip()


def _drop_unpaired_ends(text: str) -> str:
    """Drop an opening mark at the start that never closes, or a closing mark at the end that never opened."""
    if text[:1] in "“«„" and not any(c in text[1:] for c in "”»“"):
        text = text[1:]
    if text[-1:] in "”»" and not any(c in text[:-1] for c in "“«„”"):
        text = text[:-1]
    if text.count('"') % 2 == 1:
        if text.startswith('"'):
            text = text[1:]
        elif text.endswith('"'):
            text = text[:-1]
    return text


def with_article(description: str) -> str:
    """`Syrian official` → `a Syrian official`; descriptions with a determiner or plural are kept."""
    words = description.split()
    if not words:
        return description
    first = words[0]
    if first.lower() in _DETERMINERS or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return description
    bare = first.strip(".")
    if bare.isupper() and len(bare) > 1:
        article = "an" if bare[0] in _AN_LETTERS else "a"
    elif first.lower().startswith(("uni", "use", "usu", "eu", "one", "u.s")) or bare == "US":
        article = "a"
    else:
        article = "an" if first[0].lower() in "aeiou" else "a"
    return f"{article} {description}"


def speaker_parts(quote: Mapping[str, Any]) -> tuple[str, str, str]:
    """(speaker, role, speaker_role) as the snippet shows them; empty strings where nothing is known."""
    speaker = clean_line(quote.get("speaker"))
    role = clean_line(quote.get("role"))
    kind = quote.get("speaker_kind")
    if kind == "anonymous":
        speaker = with_article(speaker or role) if (speaker or role) else "an unnamed source"
        if role and role.casefold() in speaker.casefold():
            role = ""
    elif not speaker:
        return "", role, role
    if role and role.casefold() in speaker.casefold():
        role = ""
    return speaker, role, ", ".join(p for p in (speaker, role) if p)


def _web_url(value: object) -> str:
    url = clean_line(value)
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return ""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _values(quote: Mapping[str, Any], article: Mapping[str, Any], style: Style) -> dict[str, str]:
    speaker, role, speaker_role = speaker_parts(quote)
    outlet = clean_line(article.get("outlet"))
    via_name = clean_line(quote.get("via"))
    if via_name.casefold() == outlet.casefold():
        via_name = ""
    published = clean_line(article.get("published"))
    date = published[:10] if _DATE.match(published) else ""
    url = _web_url(article.get("url"))
    values = {
        "text": clean_quote(quote.get("text")),
        "speaker": speaker,
        "role": role,
        "speaker_role": speaker_role,
        "outlet": outlet,
        "date": date,
        "via_name": via_name,
        "url": url,
        "title": clean_line(article.get("title")),
    }
    if style == "markdown":
        values = {k: (v if k in ("url", "date") else _md(v)) for k, v in values.items()}
        if url:
            values["outlet_link"] = f"[{values['outlet']}]({url})" if values["outlet"] else f"<{url}>"
        else:
            values["outlet_link"] = values["outlet"]
    else:
        values["outlet_link"] = outlet
    values["via"] = f", via {values['via_name']}" if values["via_name"] else ""
    return values


def _render(template: str, values: Mapping[str, str]) -> str:
    marked = {k: (v or _EMPTY) for k, v in values.items()}
    template = re.sub(r"\\+n", "\n", template)
    out = string.Formatter().vformat(template, (), marked)
    out = re.sub(r"\[\x00+\]\(([^)\x00]+)\)", r"<\1>", out)  # link without text
    out = re.sub(r"\[([^\]\x00]*)\]\(\x00+\)", r"\1", out)  # link without address
    out = re.sub(r"\s*[,;—–]\s*\x00", _EMPTY, out)  # an empty value takes the separator before it
    out = re.sub(r"([(\[]|^|>)\s*(\x00+)\s*[,;—–]\s*", r"\1\2", out, flags=re.MULTILINE)  # or after it
    out = re.sub(r" ?\(\x00*\)| ?\[\x00*\]", "", out)  # brackets left empty
    out = out.replace(_EMPTY, "")
    out = _CONTROLS.sub("", out.replace("\t", " ").replace("\r", ""))
    lines = [re.sub(r" {2,}", " ", line).rstrip() for line in out.split("\n")]
    while len(lines) > 1 and lines[-1].strip() in ("", ">"):
        lines.pop()
    return "\n".join(lines).strip()


def _template(kind: str, formats: Mapping[str, str] | None) -> str:
    custom = (formats or {}).get(kind)
    return custom if custom and validate_format(custom) is None else DEFAULT_FORMATS[kind]


def validate_format(template: str) -> str | None:
    """Why a template cannot be used (unknown placeholder, bad braces), or None when it is fine."""
    names = {
        "text", "speaker", "role", "speaker_role", "outlet", "outlet_link", "date", "via", "via_name", "url", "title",
    }
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(template):
            if name is not None and name not in names:
                return f"unknown placeholder {{{name}}} (known: {', '.join(sorted(names))})"
    except ValueError as exc:
        return f"bad template: {exc}"
    return None


def format_snippet(
    quote: Mapping[str, Any], article: Mapping[str, Any], style: Style = "plain", formats: Mapping[str, str] | None = None
) -> str:
    """A quote with its source. `quote`: text, speaker, speaker_kind, role, via; `article`: outlet,
    published, url, title. `formats` is the config's `[snippet]` table (a bad template falls back to
    the default).
    """
    kind = "markdown" if style == "markdown" else "plain"
    values = _values(quote, article, kind)
    try:
        return _render(_template(kind, formats), values)
    except (ValueError, KeyError, IndexError, AttributeError):
        return _render(DEFAULT_FORMATS[kind], values)


def format_article(
    article: Mapping[str, Any], style: Style = "plain", formats: Mapping[str, str] | None = None
) -> str:
    """An article reference for when there is no quote: `Title (Outlet, 2024-12-07)`."""
    kind = "markdown" if style == "markdown" else "plain"
    values = _values({}, article, kind)
    try:
        return _render(_template(f"article_{kind}", formats), values)
    except (ValueError, KeyError, IndexError, AttributeError):
        return _render(DEFAULT_FORMATS[f"article_{kind}"], values)
