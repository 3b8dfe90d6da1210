#!/usr/bin/env python3
"""The code points the bulletin's font keeps, one U+XXXX a line, sorted.

GB 2312 (every character Python's gb2312 codec decodes: 6,763 hanzi and 682 symbols), printable ASCII,
Latin-1, general punctuation, CJK symbols and punctuation, full-width forms, and every character of the text
files named on the command line (the shipped bulletin and unit directory, so every unit name and task text
prints). Kangxi radicals, CJK radicals and compatibility ideographs are left out on purpose: the font draws
them with the same glyphs as the ideographs they resemble, and PDFBox would then write the radical into the
PDF's text layer, so that 人民政府 copied or searched in the PDF would read ⼈⺠政府.
"""
import sys

ALIASES = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


def gb2312():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return {ord(c) for c in chars}


def ranges():
    points = set(range(0x20, 0x7F))          # ASCII
    points |= set(range(0xA0, 0x100))        # Latin-1
    points |= set(range(0x2000, 0x2070))     # general punctuation: — … “ ” ‰
    points |= set(range(0x3000, 0x3040))     # CJK symbols and punctuation: 、。〔〕《》
    points |= set(range(0xFF01, 0xFF5F))     # full-width forms: （）：；，～
    points |= set(range(0xFFE0, 0xFFE7))     # full-width signs: ￥
    return points


def main(files):
    points = gb2312() | ranges()
    for name in files:
        with open(name, encoding="utf-8") as f:
            points |= {ord(c) for c in f.read() if ord(c) >= 0x20}
    points = {p for p in points if not any(a <= p <= b for a, b in ALIASES)}
    for p in sorted(points):
        print("U+%04X" % p)


if __name__ == "__main__":
    main(sys.argv[1:])
