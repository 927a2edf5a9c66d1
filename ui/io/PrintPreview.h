// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace kmuni {

/**
 * Qt's print preview of a document, A4, as big as most of the window; from there the user prints.
 * @p paint lays the document out on the printer it is given (the preview's, then the real one).
 */
void showPrintPreview(
    QWidget* parent, const QString& title, const QString& documentName, const std::function<void(QPrinter*)>& paint);

/** Asks for a file to save to, suggesting @p suggestedName (made safe) in the documents folder. */
QString askSaveFileName(QWidget* parent, const QString& title, const QString& suggestedName, const QString& extension,
    const QString& filter);

} // namespace kmuni
