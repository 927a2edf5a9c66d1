// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace kmuni::io {

/**
 * A file that holds personal data (a report, a list, a contact sheet), written safely: into a
 * temporary file beside the target, readable by the user only (0600) from the first byte, every
 * write checked, synced, then renamed over the target. A full disk or a cancel leaves the old file
 * as it was and no partial one. Messages name the user's file, never the temporary one.
 */
class PrivateFile final
{
public:
    explicit PrivateFile(const QString& path);
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    /** Opens the temporary file; false with @p error ("… cannot be written: …"). */
    bool open(QString* error);
    /** Where to write (valid after open()). */
    QIODevice* device() { return &m_file; }
    /** Checks every write, syncs and renames; false with @p error, the target untouched. */
    bool commit(QString* error);
    /** Drops what was written; the target stays as it was. */
    void cancel();

private:
    QString m_path;
    QSaveFile m_file;
};

/** Writes @p bytes to @p path as PrivateFile does; false with @p error. */
bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error);

/** Makes @p path readable and writable by the user only; false with @p error. */
bool makePrivate(const QString& path, QString* error);

/** The message for @p path that cannot be written because of @p reason. */
QString cannotWrite(const QString& path, const QString& reason);

} // namespace kmuni::io
