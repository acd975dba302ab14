// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/csvtable.h"

namespace cascade {

bool CsvTable::open(QString *error)
{
    return m_lines.open(error);
}

bool CsvTable::readRow(QStringList &fields)
{
    fields.clear();
    std::string_view view;
    if (!m_lines.next(view))
        return false;
    m_rowLine = m_lines.lineNumber();
    QString line = QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
    if (m_first) {
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        m_first = false;
    }
    // Unquoted fields are slices of the line; a quoted one is copied piece by piece
    // between its quotes and may go on over the next lines.
    const QChar quote = QLatin1Char('"');
    qsizetype i = 0;
    for (;;) {
        if (i < line.size() && line[i] == quote) {
            QString field;
            ++i;
            bool closed = false;
            for (;;) {
                const qsizetype q = line.indexOf(quote, i);
                if (q < 0) {
                    field += QStringView(line).sliced(i);
                    // A quoted field goes on on the next line.
                    if (!m_lines.next(view)) {
                        m_unterminated = true;
                        break;
                    }
                    field += QLatin1Char('\n');
                    line = QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
                    i = 0;
                    continue;
                }
                field += QStringView(line).sliced(i, q - i);
                if (q + 1 < line.size() && line[q + 1] == quote) {
                    field += quote;
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                closed = true;
                break;
            }
            if (!closed) {
                fields.push_back(field);
                return true;
            }
            // Text after the closing quote, up to the delimiter, is kept with the field.
            const qsizetype d = line.indexOf(m_delimiter, i);
            field += QStringView(line).sliced(i, (d < 0 ? line.size() : d) - i);
            fields.push_back(field);
            if (d < 0)
                return true;
            i = d + 1;
            continue;
        }
        const qsizetype d = line.indexOf(m_delimiter, i);
        if (d < 0) {
            fields.push_back(line.mid(i));
            return true;
        }
        fields.push_back(line.mid(i, d - i));
        i = d + 1;
    }
}

bool CsvTable::readHeader(const QString &column)
{
    const QString wanted = column.toLower();
    for (int attempts = 0; attempts < 5; ++attempts) {
        // Sniff the delimiter: a header that is one field with tabs or semicolons in it
        // was written with that delimiter (a spreadsheet's re-save).
        QStringList fields;
        m_delimiter = QLatin1Char(',');
        if (!readRow(fields))
            return false;
        const QString joined = fields.join(QLatin1Char(','));
        const int tabs = static_cast<int>(joined.count(QLatin1Char('\t')));
        const int semis = static_cast<int>(joined.count(QLatin1Char(';')));
        if (fields.size() <= 1 && (tabs > 0 || semis > 0)) {
            m_delimiter = tabs >= semis ? QLatin1Char('\t') : QLatin1Char(';');
            fields = joined.split(m_delimiter);
        }
        m_columns.clear();
        for (int i = 0; i < fields.size(); ++i)
            m_columns.insert(fields[i].trimmed().toLower(), i);
        if (m_columns.contains(wanted))
            return true;
    }
    return false;
}

bool CsvTable::next()
{
    while (readRow(m_row)) {
        if (m_row.size() == 1 && m_row[0].trimmed().isEmpty())
            continue;
        return true;
    }
    return false;
}

QString CsvTable::cell(const QString &column) const
{
    return cellAt(m_columns.value(column.toLower(), -1));
}

QString CsvTable::cellAt(int i) const
{
    if (i < 0 || i >= m_row.size())
        return {};
    const QString v = m_row[i].trimmed();
    return v == QLatin1String("NA") ? QString() : v;
}

} // namespace cascade
