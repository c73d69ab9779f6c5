#!/usr/bin/env python3
"""Write installer/macos/sift.icns (and icons/sift.icns) from the PNGs in icons/.

An ICNS file is a big-endian container: the magic b'icns', the total length (uint32), then entries of
(4-byte type, uint32 length including this 8-byte header, data). Since OS X 10.7 the data of the entries
below may be a whole PNG file, so no pixel conversion is needed:

    icp4 16x16   icp5 32x32   icp6 64x64   ic07 128x128   ic08 256x256   ic09 512x512
    ic11 16x16@2x (32 px)  ic12 32x32@2x (64 px)  ic13 128x128@2x (256 px)  ic14 256x256@2x (512 px)

Python standard library only. Usage: python3 installer/macos/make-icns.py  (from the project root).
"""
import pathlib
import struct
import sys

ENTRIES = [  # (type, pixel size of the PNG used)
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes, name: str) -> tuple:
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        sys.exit(f"{name}: not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> None:
    root = pathlib.Path(__file__).resolve().parents[2]
    body = b""
    for kind, px in ENTRIES:
        path = root / "icons" / f"sift-{px}.png"
        data = path.read_bytes()
        if png_size(data, str(path)) != (px, px):
            sys.exit(f"{path}: expected {px}x{px} pixels, got {png_size(data, str(path))}")
        body += kind + struct.pack(">I", 8 + len(data)) + data
    icns = b"icns" + struct.pack(">I", 8 + len(body)) + body
    for out in (root / "icons" / "sift.icns", root / "installer" / "macos" / "sift.icns"):
        out.write_bytes(icns)
        print(f"wrote {out} ({len(icns)} bytes, {len(ENTRIES)} entries)")


if __name__ == "__main__":
    main()
