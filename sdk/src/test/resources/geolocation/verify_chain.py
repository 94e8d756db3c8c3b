#!/usr/bin/env python3
"""Verifies every signature of a LocationOffset chain (hex on stdin) with the Python `cryptography` package.

Walks the little-endian layout of ../shared/reference/telemetry-geolocation.md section E.2 independently of the
Java decoder. Prints one line per level ("ok <depth>" or "bad <depth>") and exits 1 when any level is bad.
"""
import sys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def walk(data, at, depth, out):
    start = at
    n = data[at + 173]
    end = at + 174
    for _ in range(n):
        end = walk(data, end, depth + 1, out)
    try:
        Ed25519PublicKey.from_public_bytes(data[start + 65:start + 97]).verify(data[start:start + 64],
                                                                            data[start + 64:end])
        out.append("ok %d" % depth)
    except InvalidSignature:
        out.append("bad %d" % depth)
    return end


def main():
    data = bytes.fromhex(sys.stdin.read().strip())
    out = []
    assert walk(data, 0, 0, out) == len(data)
    print("\n".join(out))
    sys.exit(1 if any(line.startswith("bad") for line in out) else 0)


if __name__ == "__main__":
    main()
