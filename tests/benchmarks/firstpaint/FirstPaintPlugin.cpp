// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// For kmuni-bench's cold-start scenario, loaded into the unchanged kmuni program as a Qt generic
// plugin (QT_QPA_GENERIC_PLUGINS=kmunifirstpaint): it opens the organisation list as the window
// appears, and at the first paint of a list with rows in it prints the resident memory and ends the
// program. The shipped program carries nothing of the benchmark.
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QGenericPlugin>
#include <QListWidget>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class FirstPaintProbe final : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && !m_switched) {
            if (auto* window = qobject_cast<QMainWindow*>(watched)) {
                if (auto* navigation = window->findChild<QListWidget*>(u"navigation"_s)) {
                    navigation->setCurrentRow(1); // the organisations
                    m_switched = true;
                }
            }
        }
        if (event->type() == QEvent::Paint && !m_done && isListWithRows(watched)) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fprintf(stdout, "kmuni-first-paint rss %s\n", residentMemory().constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // The viewport of the organisation list (not the navigation, also an item view) with a first row.
    static bool isListWithRows(QObject* watched)
    {
        auto* viewport = qobject_cast<QWidget*>(watched);
        auto* view = viewport ? qobject_cast<QAbstractItemView*>(viewport->parentWidget()) : nullptr;
        if (!view || view->viewport() != viewport || !view->model() || view->model()->rowCount() == 0
            || !view->model()->index(0, 0).data().isValid()) {
            return false;
        }
        for (const QObject* o = view; o; o = o->parent()) {
            if (o->objectName() == u"organisationsPage"_s) {
                return true;
            }
        }
        return false;
    }

    static QByteArray residentMemory()
    {
        QFile status(u"/proc/self/status"_s);
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:")) {
                    return line.mid(6).trimmed();
                }
            }
        }
        return "0 kB";
    }

    bool m_switched = false;
    bool m_done = false;
};

class FirstPaintPlugin final : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "firstpaint.json")
public:
    QObject* create(const QString&, const QString&) override
    {
        auto* probe = new FirstPaintProbe;
        qApp->installEventFilter(probe);
        return probe;
    }
};

} // namespace

#include "FirstPaintPlugin.moc"
