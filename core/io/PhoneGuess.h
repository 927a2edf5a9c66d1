// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the person import: the phone numbers of a big file guessed while it is read, and confirmed
// with libphonenumber while the persons are written (PhoneGuess.cpp).

#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

namespace kmuni::import::detail {

/**
 * A German number in the shape most files write it ("0231 1000123", "0171/1234567", "(0231) 12 34-5",
 * "+49 (0)231 …"): its E.164 form, "+49" and the digits after the trunk zero. Null for any other
 * shape: abroad, letters, a number of fewer than 5 or more than 13 digits after the zero.
 *
 * libphonenumber takes about 8 µs for a number, a third of the import of a big file; this takes a
 * fraction of that. It is a guess all the same: the import confirms every one it used with
 * phone::normalise() before it reports or commits anything (PhoneGuesses), and starts again without
 * guesses when one was wrong. (None was, in millions of numbers of these shapes tried.)
 */
QString guessGermanPhone(const QString& text);

/** What the import guesses with: guessGermanPhone(), or a test's wrong guesses. */
extern QString (*guessPhone)(const QString& text);

/**
 * The phone numbers a run of the import guessed (the texts as the file gives them, German), confirmed
 * on a thread of their own while the writer writes, or at once.
 */
class PhoneGuesses
{
public:
    PhoneGuesses() = default;
    PhoneGuesses(const PhoneGuesses&) = delete;
    PhoneGuesses& operator=(const PhoneGuesses&) = delete;
    ~PhoneGuesses();

    void add(const QString& text) { m_texts << text; }
    qsizetype size() const { return m_texts.size(); }

    /** Confirms beside the caller's work on a thread of its own. */
    void startConfirming();
    /**
     * True when libphonenumber says of every text what the guess said. The caller confirms what is
     * left beside the thread.
     */
    bool confirmed();

private:
    void confirm();

    QStringList m_texts;
    std::thread m_thread;
    std::atomic<qsizetype> m_next = 0; ///< the first text no thread has taken yet
    std::atomic<bool> m_wrong = false;
};

} // namespace kmuni::import::detail
