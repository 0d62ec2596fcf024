#!/usr/bin/env python3
"""Draws the 80x80 macro-browser icons (opaque PNG, no copied art): a coloured tile with a simple glyph.

Run from the repository root: python3 src/build/make-macro-icons.py
"""
import struct
import zlib

SIZE = 80


def png(path, pixels):
    raw = b''.join(b'\x00' + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 2, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
        f.write(chunk(b'IEND', b''))


def tile(background, draw):
    pixels = [[background for _ in range(SIZE)] for _ in range(SIZE)]
    draw(pixels)
    return pixels


def rect(pixels, x0, y0, x1, y1, colour):
    for y in range(max(0, y0), min(SIZE, y1)):
        for x in range(max(0, x0), min(SIZE, x1)):
            pixels[y][x] = colour


WHITE = (255, 255, 255)


def register(p):  # a table: header bar and three rows
    rect(p, 14, 16, 66, 26, WHITE)
    for i in range(3):
        rect(p, 14, 32 + i * 12, 66, 38 + i * 12, WHITE)


def solution(p):  # a card with a title line and a lozenge
    rect(p, 16, 14, 64, 66, WHITE)
    rect(p, 22, 22, 58, 28, (23, 43, 77))
    rect(p, 22, 34, 44, 40, (0, 135, 90))
    rect(p, 22, 46, 58, 50, (107, 119, 140))
    rect(p, 22, 54, 52, 58, (107, 119, 140))


def council(p):  # a civic building: pediment, columns, base
    for row in range(12):
        rect(p, 40 - row * 2 - 2, 14 + row, 40 + row * 2 + 2, 15 + row, WHITE)
    for i in range(4):
        rect(p, 18 + i * 13, 30, 24 + i * 13, 58, WHITE)
    rect(p, 12, 60, 68, 66, WHITE)


def figures(p):  # a bar chart
    for i, height in enumerate((18, 34, 26, 44)):
        rect(p, 14 + i * 14, 64 - height, 24 + i * 14, 64, WHITE)
    rect(p, 10, 64, 70, 67, WHITE)



def working_group(p):  # three councils joined around a table
    for cx, cy in ((22, 24), (58, 24), (40, 56)):
        rect(p, cx - 7, cy - 7, cx + 7, cy + 7, WHITE)
    rect(p, 22, 39, 58, 43, WHITE)
    rect(p, 38, 24, 42, 50, WHITE)


def status_report(p):  # a page with red, amber and green marks
    rect(p, 18, 12, 62, 68, WHITE)
    for i, colour in enumerate(((222, 53, 11), (255, 171, 0), (0, 135, 90))):
        rect(p, 24, 20 + i * 15, 32, 28 + i * 15, colour)
        rect(p, 36, 22 + i * 15, 56, 26 + i * 15, (107, 119, 140))


def portfolio(p):  # stacked rows, each with a status dot
    for i, colour in enumerate(((0, 135, 90), (255, 171, 0), (0, 135, 90), (222, 53, 11))):
        rect(p, 12, 14 + i * 14, 68, 24 + i * 14, WHITE)
        rect(p, 16, 16 + i * 14, 22, 22 + i * 14, colour)


for name, colour, draw in (
        ('cc-register', (0, 82, 204), register),
        ('cc-solution', (0, 101, 255), solution),
        ('cc-council', (82, 67, 170), council),
        ('cc-adoption-figures', (0, 135, 90), figures),
        ('cc-working-group', (0, 101, 128), working_group),
        ('cc-status-report', (23, 43, 77), status_report),
        ('cc-portfolio', (101, 84, 192), portfolio)):
    png('src/main/resources/images/%s.png' % name, tile(colour, draw))
