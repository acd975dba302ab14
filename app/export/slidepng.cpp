// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/slidepng.h"

#include <QtEndian>

#include <array>

namespace cascade {

namespace {

// CRC-32 of the PNG specification (ISO 3309), table-driven.
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const char *data, qsizetype size)
{
    const std::array<quint32, 256> &table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendUInt32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// length, type, data, CRC of type and data
void appendChunk(QByteArray &out, const char *type, const char *data, qsizetype size)
{
    appendUInt32(out, static_cast<quint32>(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    appendUInt32(out, crc32(out.constData() + start, 4 + size));
}

} // namespace

QByteArray encodeSlidePng(const QImage &source)
{
    if (source.isNull())
        return {};
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();

    // Filtered scanlines: filter type 1 (Sub), each byte minus the same channel of the
    // pixel to its left.
    const qsizetype stride = 1 + qsizetype(3) * w;
    QByteArray raw(stride * h, Qt::Uninitialized);
    auto *out = reinterpret_cast<quint8 *>(raw.data());
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        *out++ = 1;
        quint8 r0 = 0, g0 = 0, b0 = 0;
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x];
            const auto r = static_cast<quint8>(qRed(p));
            const auto g = static_cast<quint8>(qGreen(p));
            const auto b = static_cast<quint8>(qBlue(p));
            out[0] = static_cast<quint8>(r - r0);
            out[1] = static_cast<quint8>(g - g0);
            out[2] = static_cast<quint8>(b - b0);
            r0 = r;
            g0 = g;
            b0 = b;
            out += 3;
        }
    }
    // qCompress gives a zlib stream (what IDAT holds) after a 4-byte length of its own.
    const QByteArray compressed = qCompress(raw, 1);
    raw.clear();
    if (compressed.size() <= 4)
        return {};

    QByteArray png;
    png.reserve(compressed.size() + 128);
    png.append("\x89PNG\r\n\x1a\n", 8);
    char header[13];
    qToBigEndian(static_cast<quint32>(w), header);
    qToBigEndian(static_cast<quint32>(h), header + 4);
    header[8] = 8;  // bits per channel
    header[9] = 2;  // truecolour RGB
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering (per-row filter bytes)
    header[12] = 0; // not interlaced
    appendChunk(png, "IHDR", header, 13);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        char phys[9];
        qToBigEndian(static_cast<quint32>(image.dotsPerMeterX()), phys);
        qToBigEndian(static_cast<quint32>(image.dotsPerMeterY()), phys + 4);
        phys[8] = 1; // unit: metre
        appendChunk(png, "pHYs", phys, 9);
    }
    constexpr qsizetype kChunk = qsizetype(1) << 20;
    for (qsizetype at = 4; at < compressed.size(); at += kChunk)
        appendChunk(png, "IDAT", compressed.constData() + at, std::min(kChunk, compressed.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace cascade
