#pragma once

#include "routing/analysis.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace spokewise::views {

class DesignScene;

// Puts the analysis on the canvas: elements named by error (or unsupported) findings and the
// connectors of violated intents are marked Broken; marks of elements no longer named are cleared.
// Marks set by others (Failed, from a what-if) are left alone.
class CanvasMarks final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasMarks(DesignScene *scene, QObject *parent = nullptr);

    // Marks the elements `analysis` finds broken; call again after the scene rebuilt its items.
    void setAnalysis(const routing::Analysis &analysis);
    void reapply();
    const QSet<QString> &brokenIds() const { return m_broken; }

private:
    DesignScene *m_scene;
    QSet<QString> m_broken;
    QSet<QString> m_applied;     // ids marked last time, to clear what is no longer named
};

} // namespace spokewise::views
