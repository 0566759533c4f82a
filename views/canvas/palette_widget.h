#pragma once

#include "design/factory.h"

#include <QListWidget>

namespace spokewise::views {

// The palette of elements: drag one onto the canvas, or click it and then click where it goes.
class PaletteWidget final : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

signals:
    // The user clicked an element kind: the next click on the canvas places it.
    void placementArmed(const QString &kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace spokewise::views
