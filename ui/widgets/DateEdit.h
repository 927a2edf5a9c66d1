// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>
#include <QElapsedTimer>
#include <QString>

namespace kmuni {

/**
 * A date field as every form has it: TT.MM.JJJJ with a calendar popup, and the words office staff
 * type instead of a date: "heute", "morgen", "gestern" (also "today", "tomorrow", "yesterday").
 * A word sets the date as soon as its first letters are unique ("h", "m", "tom"); digits edit the
 * date as usual.
 */
class DateEdit final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(const QDate& date = {}, QWidget* parent = nullptr);

    /** The day @p typed (the first letters of a word, any case) names, relative to today; null when none or several. */
    static QDate dayNamed(const QString& typed);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_typed; ///< the letters typed so far, forgotten after a pause or another key
    QElapsedTimer m_lastLetter;
};

} // namespace kmuni
