// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni-generate --scale town|city|tiny [--seed N] -o FILE: a reproducible city-scale network for benchmarks.
#include "Generator.h"

#include "common/Time.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fills a new KMUni database with a generated network."_s);
    parser.addHelpOption();
    parser.addOption({u"scale"_s, u"town, city or tiny."_s, u"SCALE"_s, u"town"_s});
    parser.addOption({u"seed"_s, u"Random seed (same seed, same data)."_s, u"N"_s, u"20261126"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"The database file to write (replaced)."_s, u"FILE"_s});
    parser.process(app);
    QTextStream out(stdout);
    const QString scaleName = parser.value(u"scale"_s);
    const kmuni::bench::Scale scale = scaleName == u"city"_s ? kmuni::bench::Scale::city()
        : scaleName == u"tiny"_s                             ? kmuni::bench::Scale::tiny()
                                                             : kmuni::bench::Scale::town();
    if (!parser.isSet(u"output"_s)) {
        out << "kmuni-generate: -o FILE is required\n";
        return 1;
    }
    QString error;
    const bool ok = kmuni::bench::generate(
        parser.value(u"output"_s), scale, kmuni::time::today(), parser.value(u"seed"_s).toUInt(),
        [&](const QString& line) { out << line << Qt::endl; }, &error);
    if (!ok) {
        out << "kmuni-generate: " << error << '\n';
        return 2;
    }
    return 0;
}
