#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The AVX2 build of the case reader must not leak AVX2 code into the rest of a program.

core/io/casereader_haswell.cpp is compiled with -mavx2 (simdjson's On-Demand API is built
for the instruction set of its unit) and is only called on CPUs that have AVX2. But the
inline functions and templates it shares with other units (QString's and Case's
destructors, std::vector<Event> growth, ...) are emitted in every unit that uses them,
and the linker keeps one copy: if it kept the AVX2 one, Cascade would stop with an
illegal instruction on a CPU without AVX2 (many Celeron and Pentium machines).

Usage: check_reader_isa.py LIBCASCADE_CORE.a BINARY...
Fails when a function that the AVX2 unit defines as shared (weak) has VEX-encoded
instructions in a linked binary.
"""
import re
import subprocess
import sys

MEMBER = "casereader_haswell.cpp.o"


def shared_functions(archive):
    out = subprocess.run(["nm", "--defined-only", archive], capture_output=True, text=True, check=True).stdout
    names, inside = set(), False
    for line in out.splitlines():
        if line.endswith(":"):
            inside = line[:-1] == MEMBER
            continue
        parts = line.split()
        # Functions of types that only the AVX2 build uses (simdjson::haswell::...,
        # cascade::reader_haswell::...) run only where AVX2 does: they may use it.
        if inside and len(parts) == 3 and parts[1] in ("W", "V") and "7haswell" not in parts[2] \
                and "14reader_haswell" not in parts[2]:
            names.add(parts[2])
    return names


VEX = re.compile(r"\tv[a-z0-9]+\s")


def vex_functions(binary, names):
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", binary], capture_output=True, text=True,
                         check=True).stdout
    found, current = {}, None
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <(.+)>:$", line)
        if m:
            current = m.group(1) if m.group(1) in names else None
            continue
        if current and VEX.search(line):
            found[current] = found.get(current, 0) + 1
    return found


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    names = shared_functions(sys.argv[1])
    if not names:
        print(f"no shared functions found in {MEMBER} of {sys.argv[1]}")
        return 1
    failed = False
    for binary in sys.argv[2:]:
        found = vex_functions(binary, names)
        for name, count in sorted(found.items()):
            failed = True
            print(f"{binary}: {name}: {count} AVX instructions, from the AVX2 build of the case reader")
        print(f"{binary}: {len(names)} functions shared with the AVX2 reader checked, {len(found)} with AVX code")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
