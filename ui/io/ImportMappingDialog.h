// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/PersonImport.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace kmuni {

/**
 * The columns of a file before it is imported: each column's name, its first values, and what it
 * will be taken over as (a choice per column). The choice is remembered for files with the same
 * columns.
 */
class ImportMappingDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportMappingDialog(const QString& fileName, const ImportPreview& preview, QWidget* parent = nullptr,
        import::Target target = import::Target::Persons);

    /** The mapping as chosen. */
    import::Mapping mapping() const;
    /** The mapping remembered for @p header, else @p detected. */
    static import::Mapping remembered(const QStringList& header, const import::Mapping& detected);
    /** Remembers @p mapping for files with @p header. */
    static void remember(const QStringList& header, const import::Mapping& mapping);

    void accept() override;

private:
    void updateSummary();

    ImportPreview m_preview;
    import::Target m_target;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kmuni
