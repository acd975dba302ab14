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
    QString field;
    bool quoted = false;
    for (qsizetype i = 0;; ++i) {
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A quoted field goes on on the next line.
            if (!m_lines.next(view)) {
                m_unterminated = true;
                break;
            }
            field += QLatin1Char('\n');
            line = QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
            i = -1;
            continue;
        }
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == m_delimiter) {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    return true;
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
    const int i = m_columns.value(column.toLower(), -1);
    if (i < 0 || i >= m_row.size())
        return {};
    const QString v = m_row[i].trimmed();
    return v == QLatin1String("NA") ? QString() : v;
}

} // namespace cascade
