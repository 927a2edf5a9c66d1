// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni --man: the manual page kmuni(1), written at build time (packaging/CMakeLists.txt).
#include "Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {

/** Text as roff reads it literally: backslashes, minus signs, and no line taken for a request. */
QString roff(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    text.replace(u'-', u"\\-"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\'')) {
        text.prepend(u"\\&"_s);
    }
    return text;
}

/** `kmuni COMMAND --help` in English, with the machine's paths made general. */
QString commandHelp(const QString& command, QString* error)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KMUNI_LANG"_s, u"en"_s);
    environment.remove(u"KMUNI_DB"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {command, u"--help"_s});
    if (!child.waitForFinished(30000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = u"kmuni %1 --help failed: %2"_s.arg(command, QString::fromLocal8Bit(child.readAllStandardError()));
        return {};
    }
    QString help = QString::fromUtf8(child.readAllStandardOutput());
    // (Its usage line says "kmuni report", not the path it was started by: see Context::helpText().)
    help.replace(QDir::homePath() + u'/', u"~/"_s);
    return help;
}

} // namespace

int manPage()
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString version = QCoreApplication::applicationVersion();
    out << ".\\\" Written by \"kmuni --man\" from the program's own --help texts: change those, not this.\n"
        << ".TH KMUNI 1 \"\" \"KMUni CRM " << version << "\" \"User Commands\"\n"
        << ".SH NAME\n"
        << "kmuni \\- CRM for the KMUni network of companies and universities\n"
        << ".SH SYNOPSIS\n"
        << ".B kmuni\n"
        << "[\\fB\\-\\-db\\fR \\fIPATH\\fR | \\fIFILE\\fR]\n"
        << ".br\n"
        << ".B kmuni\n"
        << "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
        << ".br\n"
        << ".B kmuni\n"
        << "\\fICOMMAND\\fR \\fB\\-\\-help\\fR\n"
        << ".SH DESCRIPTION\n"
        << "KMUni CRM keeps the contacts, activities and matches of the KMUni network: the "
           "economic\\-development agencies and chambers of commerce of Dortmund and Bochum connect "
           "small and medium\\-sized technology companies with the universities of the region.\n"
        << ".PP\n"
        << "Without a command, \\fBkmuni\\fR opens its window on the database \\fIFILE\\fR or \\fIPATH\\fR "
           "(a file ending in .kmuni, .sqlite or .db), else on the database used last. When a window "
           "on that database is open already, it comes to the front instead. With a command it works "
           "without a window, prints its results to standard output and its errors to standard error.\n"
        << ".SH OPTIONS\n"
        << ".TP\n.BR \\-\\-db \" \" \\fIPATH\\fR\nThe database to open: a file, or the address of a shared server, "
           "postgresql://\\fIUSER\\fR@\\fIHOST\\fR:\\fIPORT\\fR/\\fIDB\\fR (see kmuni migrate).\n"
        << ".TP\n.BR \\-h \", \" \\-\\-help\nThe options and the commands.\n"
        << ".TP\n.BR \\-v \", \" \\-\\-version\nThe version.\n"
        << ".SH COMMANDS\n";
    for (const auto& [name, summary] : commandSummaries()) {
        QString error;
        const QString help = commandHelp(name, &error);
        if (!error.isEmpty()) {
            err << "kmuni: " << error << '\n';
            return DatabaseProblem;
        }
        QStringList lines = help.split(u'\n');
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
        }
        out << ".SS " << name << '\n' << roff(QString::fromUtf8(summary)) << ".\n.PP\n";
        // The usage line, the description up to the first empty line, then the options verbatim.
        qsizetype i = 0;
        if (i < lines.size() && lines[i].startsWith(u"Usage: "_s)) {
            out << "\\fB" << roff(lines[i].mid(7)) << "\\fR\n.PP\n";
            ++i;
        }
        for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
            out << roff(lines[i]) << '\n';
        }
        out << ".PP\n.nf\n";
        for (++i; i < lines.size(); ++i) {
            out << (lines[i].isEmpty() ? u".sp"_s : roff(lines[i])) << '\n';
        }
        out << ".fi\n";
    }
    out << ".SH ENVIRONMENT\n"
        << ".TP\n.B KMUNI_DB\nThe database when no \\fB\\-\\-db\\fR is given.\n"
        << ".TP\n.B KMUNI_LANG\n\\fBde\\fR or \\fBen\\fR: the language of the window and the messages "
           "(default: German, English on an English system).\n"
        << ".TP\n.B KMUNI_USER\nThe name the audit log records (default: the login name).\n"
        << ".SH FILES\n"
        << ".TP\n.I ~/.local/share/KMUni/kmuni/kmuni.sqlite\nThe default database "
           "(\\fI$XDG_DATA_HOME/KMUni/kmuni\\fR when XDG_DATA_HOME is set).\n"
        << ".TP\n.I ~/.config/KMUni/kmuni.conf\nThe window's settings.\n"
        << ".TP\n.IR portable \" or \" kmuni.portable\n"
           "Beside the program: portable mode. The database and the settings live in \\fIkmuni\\-data\\fR "
           "beside the program (for a USB stick).\n"
        << ".SH EXIT STATUS\n"
        << ".TP\n.B " << Ok << "\nDone.\n"
        << ".TP\n.B " << Usage << "\nUsage error: an unknown command or option, a missing argument.\n"
        << ".TP\n.B " << BadInput << "\nBad input: a file or value that cannot be used; nothing was written.\n"
        << ".TP\n.B " << DatabaseProblem
        << "\nDatabase problem: damaged, locked, read\\-only or of a newer schema; the file was left untouched.\n"
        << ".SH SEE ALSO\n"
        << "\\fBsqlite3\\fR(1)\n";
    out.flush();
    return Ok;
}

} // namespace kmuni::cli
