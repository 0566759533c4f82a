#include "default_design.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace spokewise::designer {

QString findDefaultDesign()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString name = QString::fromLatin1(kDefaultDesignFileName);
    const QStringList candidates = {
            appDir + QStringLiteral("/../" SPOKEWISE_INSTALL_DATADIR "/spokewise/examples/") + name,
            appDir + QStringLiteral("/examples/") + name,
            QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/") + name,
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace spokewise::designer
