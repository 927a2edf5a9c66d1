// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

/**
 * Server passwords in the system keyring: the Secret Service of the desktop (GNOME Keyring, KWallet)
 * on Linux, the Credential Manager on Windows, the Keychain on macOS, through QtKeychain. Never in
 * the settings file (QtKeychain's "insecure fallback" stays off), never on the command line.
 *
 * Each entry belongs to the service "KMUni CRM" under the server's address as ServerAddress
 * writes it (user, host, port, database; no password). Each call waits for the keyring's answer
 * (a few milliseconds; longer when the desktop asks the user to unlock it first).
 */
namespace kmuni::keyring {

/** The password kept for @p address; nothing when none is; an error when no keyring answers. */
Result<QString> password(const QString& address);
/** Keeps @p password for @p address, replacing one kept before. */
bool keep(const QString& address, const QString& password, QString* error);
/** Removes the password kept for @p address; true also when none was kept. */
bool forget(const QString& address, QString* error);

} // namespace kmuni::keyring
