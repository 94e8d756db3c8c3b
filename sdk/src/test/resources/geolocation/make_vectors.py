#!/usr/bin/env python3
"""Golden vectors for the geolocation wire codecs, built independently of the Java code.

Layouts from ../shared/reference/telemetry-geolocation.md section E.2 (LocationOffset, little-endian) and E.5
(signed TWAMP probe and reply, big-endian). Signatures come from the Python `cryptography` package (OpenSSL's
Ed25519), so the Java test comparing its own encodings byte for byte checks the JDK signer against another
implementation. Run: python3 make_vectors.py  (writes *.hex next to this file).
"""
import os
import struct
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

DZD_SEED = bytes(range(32))
PROBE_SEED = bytes([0x42] * 32)
TARGET_SEED = bytes([0x07] * 32)
DEVICE_PK = bytes([0x11] * 32)
GEOPROBE_PK = bytes([0x22] * 32)


def key(seed):
    k = Ed25519PrivateKey.from_private_bytes(seed)
    return k, k.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def offset(signer, sender, slot, lat, lng, measured, rtt, ip, refs):
    k, pub = signer
    body = struct.pack("<B", 1) + pub + sender + struct.pack("<QddQQ", slot, lat, lng, measured, rtt)
    body += bytes(ip) + struct.pack("<B", len(refs)) + b"".join(refs)
    return k.sign(body) + body


def main():
    dzd, probe, target = key(DZD_SEED), key(PROBE_SEED), key(TARGET_SEED)
    dzd_offset = offset(dzd, DEVICE_PK, 123456789, 52.3676, 4.9041, 1_500_000, 1_500_000, [198, 51, 100, 7], [])
    probe_offset = offset(probe, GEOPROBE_PK, 123456800, 52.3676, 4.9041, 2_000_000, 3_500_000, [203, 0, 113, 9],
                          [dzd_offset])
    assert len(dzd_offset) == 174 and len(probe_offset) == 348
    tk, tpub = target
    probe_head = struct.pack(">III", 1, 3_900_000_000, 0x80000000) + tpub
    signed_probe = probe_head + tk.sign(probe_head)
    pk, ppub = probe
    reply = signed_probe + ppub + GEOPROBE_PK + struct.pack(">QddQQB", 123456789, 52.3676, 4.9041, 250_000,
                                                            1_750_000, 1) + dzd_offset
    reply += pk.sign(reply)
    assert len(signed_probe) == 108 and len(reply) == 277 + 174
    here = os.path.dirname(os.path.abspath(__file__))
    for name, data in [("offset-0ref", dzd_offset), ("offset-1ref", probe_offset), ("signed-probe", signed_probe),
                       ("signed-reply-1offset", reply)]:
        with open(os.path.join(here, name + ".hex"), "w") as f:
            f.write(data.hex() + "\n")


if __name__ == "__main__":
    main()
