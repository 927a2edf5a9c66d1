// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kmuni {

void showPrintPreview(
    QWidget* parent, const QString& title, const QString& documentName, const std::function<void(QPrinter*)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(documentName);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(u"printPreview"_s);
    preview.setWindowTitle(title);
    if (parent) {
        // Big enough to read a page: most of the main window.
        preview.resize(parent->window()->size() * 0.9);
    }
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* device) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        paint(device);
        QGuiApplication::restoreOverrideCursor();
    });
    preview.exec();
}

QString askSaveFileName(QWidget* parent, const QString& title, const QString& suggestedName, const QString& extension,
    const QString& filter)
{
    QString name = suggestedName;
    for (const QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'}) {
        name.replace(c, u'-');
    }
    return QFileDialog::getSaveFileName(parent, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u'.' + extension, filter);
}

} // namespace kmuni
