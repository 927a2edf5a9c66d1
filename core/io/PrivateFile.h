// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace kmuni::io {

/** Why a file was not written: the command line's exit code follows it (2 path, 3 disk or database). */
enum class Failure
{
    None,
    Path, ///< the file cannot be created there (no such folder, no permission): exit 2
    Disk, ///< a write, the sync or the rename failed (disk full, I/O error): exit 3
    Database, ///< what was to be written could not be read: exit 3
    Cancelled, ///< the user cancelled
};

/** Sets *@p failure (when given) to @p kind; returns false, for `return failed(...)`. */
inline bool failed(Failure* failure, Failure kind)
{
    if (failure) {
        *failure = kind;
    }
    return false;
}

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
    bool open(QString* error, Failure* failure = nullptr);
    /** Where to write (valid after open()): every write is counted and checked. */
    QIODevice* device() { return &m_device; }
    /** Checks every write, syncs and renames; false with @p error (a Disk failure), the target untouched. */
    bool commit(QString* error, Failure* failure = nullptr);
    /** Drops what was written; the target stays as it was. */
    void cancel();

private:
    /**
     * Passes writes to the file and keeps count. Qt's file engine reports a short write (a disk
     * that fills up in the middle of a write, a file size limit) as success when part of it was
     * written; the count against the file's size catches that. A failed write is remembered, not
     * passed on: writers such as QPdfWriter do not survive a device that fails under them, and the
     * file is refused at commit() anyway.
     */
    class CheckedDevice final : public QIODevice
    {
    public:
        explicit CheckedDevice(QSaveFile& file)
            : m_file(file)
        { }
        qint64 written = 0;
        bool failed = false;
        QString reason;

    protected:
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char* data, qint64 length) override;

    private:
        QSaveFile& m_file;
    };

    QString m_path;
    QSaveFile m_file;
    CheckedDevice m_device{m_file};
};

/** Writes @p bytes to @p path as PrivateFile does; false with @p error. */
bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error, Failure* failure = nullptr);

/** Makes @p path readable and writable by the user only; false with @p error. */
bool makePrivate(const QString& path, QString* error);

/** The message for @p path that cannot be written because of @p reason. */
QString cannotWrite(const QString& path, const QString& reason);

} // namespace kmuni::io
