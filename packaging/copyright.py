#!/usr/bin/env python3
"""Write the Debian package's copyright file (machine-readable format 1.0) to standard output.

It names every licence the package ships: SpecDesk's own, spec-kit's plan template (compiled into
both programs), every Rust crate compiled into /usr/bin/specdesk and /usr/bin/specdesk-cli (from
`cargo metadata`: normal dependencies, Linux target) and every npm package whose code is in the
built UI (ui/bundled-packages.json, written by `npm run build`). Licence texts come from
packaging/licenses/, or from /usr/share/common-licenses for those Debian keeps there.

Usage: python3 packaging/copyright.py > copyright   (run from anywhere; needs cargo and ui/ built)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "packaging" / "licenses"
PROGRAMS = ("specdesk", "specdesk-cli")
# In /usr/share/common-licenses, under these file names.
COMMON = {"Apache-2.0": "Apache-2.0", "MPL-2.0": "MPL-2.0", "CC0-1.0": "CC0-1.0", "GPL-2.0-only": "GPL-2"}
LLVM = "Apache-2.0-with-LLVM-exception"


def normalise(expression: str) -> str:
    """An SPDX expression (or Cargo's old `A/B`) in copyright-format syntax."""
    text = expression.replace(" / ", " OR ").replace("/", " OR ")
    text = re.sub(r"Apache-2\.0 WITH LLVM-exception", LLVM, text)
    text = re.sub(r"\bOR\b", "or", text)
    return re.sub(r"\bAND\b", "and", text)


def names(expression: str) -> set[str]:
    return {n for n in re.split(r"[()\s]+|\bor\b|\band\b", expression) if n}


def crates() -> list[dict]:
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked",
             "--filter-platform", "x86_64-unknown-linux-gnu"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in metadata["packages"]}
    nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
    workspace = set(metadata["workspace_members"])
    todo = [i for i in workspace if packages[i]["name"] in PROGRAMS]
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for dep in nodes[current]["deps"]:
            if any(kind["kind"] is None for kind in dep["dep_kinds"]):
                todo.append(dep["pkg"])
    shipped = [packages[i] for i in seen if i not in workspace]
    return sorted(shipped, key=lambda p: (p["name"], p["version"]))


def npm_packages() -> list[dict]:
    listed = ROOT / "ui" / "bundled-packages.json"
    if not listed.is_file():
        sys.exit(f"{listed} is missing: build the UI first (cd ui && npm run build)")
    return json.loads(listed.read_text())


def field(name: str, value: str) -> str:
    lines = value.strip().splitlines() or [""]
    return "\n".join([f"{name}: {lines[0]}"] + [f" {line}" if line.strip() else " ." for line in lines[1:]])


def licence_paragraph(name: str) -> str:
    if name in COMMON:
        text = (f"On Debian systems, the complete text of this licence is in\n"
                f"/usr/share/common-licenses/{COMMON[name]}.")
    elif name == LLVM:
        text = ("Apache License 2.0 with LLVM exception. On Debian systems, the complete text of\n"
                "the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.\n\n"
                + (LICENSES / "LLVM-exception").read_text())
    else:
        path = LICENSES / name
        if not path.is_file():
            sys.exit(f"no text for licence {name!r}: add packaging/licenses/{name}")
        text = path.read_text()
    return field("License", f"{name}\n{text}")


def main() -> None:
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: SpecDesk",
        "Upstream-Contact: SpecDesk Maintainers <maintainers@specdesk.dev>",
        field("Comment", "SpecDesk's programs include the code of the Rust crates and npm packages\n"
              "listed below (\"rust/…\" and \"npm/…\"), each under its own licence."),
        "",
        "Files: *",
        "Copyright: 2026 SpecDesk contributors",
        "License: MIT",
        "",
        "Files: crates/specdesk-core/templates/plan-template.md",
        "Copyright: GitHub, Inc.",
        "License: MIT",
        field("Comment", "spec-kit's standard plan template, compiled into both programs."),
        "",
    ]
    used = {"MIT"}
    for crate in crates():
        expression = normalise(crate.get("license") or "")
        if not expression:
            sys.exit(f"crate {crate['name']} {crate['version']} declares no SPDX licence")
        used |= names(expression)
        authors = ", ".join(crate.get("authors") or []) or f"the {crate['name']} authors"
        out += [
            f"Files: rust/{crate['name']}-{crate['version']}/*",
            field("Copyright", authors),
            f"License: {expression}",
            "",
        ]
    own_texts = []
    for package in npm_packages():
        if package.get("license"):
            expression = normalise(package["license"])
            used |= names(expression)
        elif package.get("licenseText"):
            # No SPDX name in package.json: quote the package's own licence file.
            expression = f"{package['name']}-license"
            own_texts.append(field("License", f"{expression}\n{package['licenseText']}"))
        else:
            sys.exit(f"npm package {package['name']} {package['version']} names no licence and has no licence file")
        out += [
            f"Files: npm/{package['name']}-{package['version']}/*",
            field("Copyright", package.get("author") or f"the {package['name']} authors"),
            f"License: {expression}",
            "",
        ]
    for name in sorted(used):
        out += [licence_paragraph(name), ""]
    for text in own_texts:
        out += [text, ""]
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
