#!/usr/bin/env python3
"""Writes the Inputs/Outputs tables between the TF_DOCS markers of each module README.

    modules/readme-tables.py            rewrite the tables of every module
    modules/readme-tables.py --check    exit 1 when a README differs from its variables/outputs
    modules/readme-tables.py vsphere    only these modules

A small stand-in for terraform-docs (not available here): it reads variables.tf and outputs.tf
as this repository formats them (`terraform fmt`, one attribute per line).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
MODULES = ["cloud-init", "vsphere", "vcd", "proxmox", "maas"]
BEGIN = "<!-- BEGIN_TF_DOCS -->"
END = "<!-- END_TF_DOCS -->"


def blocks(text, kind):
    for m in re.finditer(r'^%s "([^"]+)" \{\n(.*?)^\}' % kind, text, re.S | re.M):
        yield m.group(1), m.group(2)


def attr(body, name):
    """Top-level (2-space indented) attribute, possibly spanning lines."""
    lines = body.split("\n")
    out = None
    for i, line in enumerate(lines):
        m = re.match(r"^  %s\s*=\s*(.*)$" % name, line)
        if m:
            out = [m.group(1)]
            depth = out[0].count("(") + out[0].count("{") + out[0].count("[") - out[0].count(")") - out[0].count("}") - out[0].count("]")
            j = i + 1
            while depth > 0 and j < len(lines):
                out.append(lines[j].strip())
                depth += lines[j].count("(") + lines[j].count("{") + lines[j].count("[") - lines[j].count(")") - lines[j].count("}") - lines[j].count("]")
                j += 1
            break
    if out is None:
        return None
    s = out[0]
    for piece in out[1:]:
        if s.endswith(("{", "(", "[", ",")) or piece.startswith(("}", ")", "]")):
            s += " " + piece
        else:
            s += ", " + piece
    s = re.sub(r"\s+", " ", s)
    s = s.replace("( ", "(").replace(" )", ")").replace("{ ", "{ ").strip()
    return s


def unquote(s):
    if s is None:
        return ""
    if s.startswith('"') and s.endswith('"'):
        s = s[1:-1]
    return s.replace('\\"', '"')


def cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def code(s):
    if "`" in s:
        return "<code>" + cell(s).replace("<", "&lt;").replace(">", "&gt;") + "</code>"
    return "`" + cell(s) + "`"


def tables(module):
    with open(os.path.join(ROOT, module, "variables.tf")) as f:
        v = f.read()
    with open(os.path.join(ROOT, module, "outputs.tf")) as f:
        o = f.read()
    rows = ["## Inputs", "", "| Name | Description | Type | Default | Required |", "|------|-------------|------|---------|:--------:|"]
    for name, body in blocks(v, "variable"):
        desc = unquote(attr(body, "description"))
        typ = attr(body, "type")
        default = attr(body, "default")
        sens = attr(body, "sensitive") == "true"
        if sens:
            desc += " (sensitive)"
        rows.append("| %s | %s | %s | %s | %s |" % (
            name, cell(desc), code(typ), "n/a" if default is None else code(default), "yes" if default is None else "no"))
    rows += ["", "## Outputs", "", "| Name | Description |", "|------|-------------|"]
    for name, body in blocks(o, "output"):
        desc = unquote(attr(body, "description"))
        if attr(body, "sensitive") == "true":
            desc += " (sensitive)"
        rows.append("| %s | %s |" % (name, cell(desc)))
    return "\n".join(rows)


def main(argv):
    check = "--check" in argv
    modules = [a for a in argv if a != "--check"] or MODULES
    stale = []
    for module in modules:
        path = os.path.join(ROOT, module, "README.md")
        with open(path) as f:
            text = f.read()
        a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
        new = text[:a] + "\n" + tables(module) + "\n" + text[b:]
        if new == text:
            continue
        if check:
            stale.append(path)
        else:
            with open(path, "w") as f:
                f.write(new)
            print("wrote", path)
    if stale:
        print("README tables out of date (run modules/readme-tables.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
