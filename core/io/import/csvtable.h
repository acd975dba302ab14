// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import/linereader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace cascade {

// Reads a CSV table row by row (RFC 4180 quoting, fields spanning lines), with the
// delimiter sniffed from the header (comma, tab or semicolon), a UTF-8 BOM dropped and
// cells looked up by column name. Spreadsheet "NA" cells read as empty.
class CsvTable {
public:
    explicit CsvTable(const QString &path) : m_lines(path) { }
    bool open(QString *error);
    // Skips rows until one contains `column` and takes it as the header (NodeXL writes a
    // row of captions above its header). False when no such row exists.
    bool readHeader(const QString &column);
    bool next(); // the next data row; false at the end
    QString cell(const QString &column) const;
    // The cell of the column at `index` (columnIndex()): empty when the row is shorter.
    QString cellAt(int index) const;
    bool hasColumn(const QString &column) const { return m_columns.contains(column.toLower()); }
    // The 0-based index of `column` in the header, -1 when it has none.
    int columnIndex(const QString &column) const { return m_columns.value(column.toLower(), -1); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    // How many fields the current row has (fewer than columnCount() when it is short).
    int fieldCount() const { return static_cast<int>(m_row.size()); }
    std::int64_t lineNumber() const { return m_rowLine; }
    QChar delimiter() const { return m_delimiter; }
    bool unterminatedQuote() const { return m_unterminated; }
    void setProgress(LineReader::Progress progress) { m_lines.setProgress(std::move(progress)); }

private:
    bool readRow(QStringList &fields);

    LineReader m_lines;
    QChar m_delimiter = QLatin1Char(',');
    QHash<QString, int> m_columns; // lower-case name -> index
    QStringList m_row;
    std::int64_t m_rowLine = 0;
    bool m_first = true;
    bool m_unterminated = false;
};

} // namespace cascade
