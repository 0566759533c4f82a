#include "about.h"

#include "cost/price_catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QtGlobal>

namespace spokewise::designer {

QString findUserGuide()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
            appDir + QStringLiteral("/../" SPOKEWISE_INSTALL_DATADIR "/doc/spokewise/user-guide.md"),
            QStringLiteral(SPOKEWISE_SOURCE_DIR "/docs/user-guide.md"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString aboutText()
{
    const cost::PriceCatalog &catalog = cost::bundledCatalog();
    QString text = AboutText::tr("<h3>Spokewise %1</h3><p>A designer for Azure hybrid networks: hub and spoke, VPN, "
                                 "ExpressRoute, Azure Firewall, Route Server and Virtual WAN, with Azure's routing "
                                 "rules applied as you draw.</p><p>Designs stay on this computer.</p>")
                           .arg(QStringLiteral(SPOKEWISE_VERSION).toHtmlEscaped());
    text += AboutText::tr("<p>Prices: the bundled catalog of %1, in %2. Check current prices before you rely "
                          "on a figure.</p>")
                    .arg(QString::fromStdString(catalog.date).toHtmlEscaped(),
                         QString::fromStdString(catalog.currency).toHtmlEscaped());
    text += AboutText::tr("<p>Licensed under the %1 licence. Built with Qt %2, running on Qt %3.</p>")
                    .arg(QLatin1String(kLicence), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    const QString homepage = QStringLiteral(SPOKEWISE_HOMEPAGE_URL);
    QString links = QStringLiteral("<a href=\"%1\">%2</a>").arg(homepage.toHtmlEscaped(), AboutText::tr("Website"));
    const QString guide = findUserGuide();
    if (!guide.isEmpty()) {
        links += QStringLiteral(" · <a href=\"%1\">%2</a>")
                         .arg(QUrl::fromLocalFile(guide).toString().toHtmlEscaped(), AboutText::tr("User guide"));
    }
    text += QStringLiteral("<p>%1</p>").arg(links);
    return text;
}

} // namespace spokewise::designer
