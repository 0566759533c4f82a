#pragma once

#include "cost/cost_model.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace spokewise::views {

class DesignScene;
class CostLabelItem;

// Shows the monthly cost beside each gateway, circuit, firewall, Route Server and virtual hub on
// the canvas while switched on. The labels are decoration of the view, not part of the design:
// no undo entry, nothing saved; each is a child of its element's item, so it follows a drag, and
// it is put back after the scene rebuilds its items.
class CostCanvasLabels final : public QObject
{
    Q_OBJECT

public:
    explicit CostCanvasLabels(DesignScene *scene, QObject *parent = nullptr);
    ~CostCanvasLabels() override;

    void setEstimate(const cost::CostEstimate &estimate);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The label text shown for an element id, empty when it has none (for tests).
    QString labelText(const QString &elementId) const;
    int labelCount() const;

private:
    void reapply();
    void clear();

    DesignScene *m_scene;
    bool m_enabled = false;
    QHash<QString, QString> m_texts; // element id -> label text, for the labelled kinds only
    QHash<QString, CostLabelItem *> m_labels;
};

} // namespace spokewise::views
