#pragma once

#include "export/diagram_export.h"

#include <QByteArray>
#include <QString>

namespace spokewise::views {

class DesignScene;

// Writes a DesignScene as a draw.io (diagrams.net) file: uncompressed mxfile XML whose cells are
// the canvas's items at the canvas's positions, each one editable.
//
// VNets and hubs are container vertices; their subnet bands are containers inside them, and the
// gateways, firewalls, Route Servers and NVAs are vertices inside the bands, all with geometry
// relative to their parent, as draw.io expects. Connectors are orthogonal edges between the cells
// with the canvas's route as waypoints. An element cell is an <object> carrying the label, a
// tooltip ("kind — name") and the element's id (spokewiseId); icons are the bundled SVGs in the
// cell's style (image=data:image/svg+xml,BASE64), so the shape stays a labelled box.
class DrawioExporter final
{
public:
    DrawioExporter(const DesignScene *scene, const DiagramExportOptions &options);

    QByteArray toXml() const;
    // Writes `fileName` (replaced whole, or left as it was); on failure sets `error` to the reason.
    bool write(const QString &fileName, QString *error) const;

private:
    const DesignScene *m_scene;
    DiagramExportOptions m_options;
};

} // namespace spokewise::views
