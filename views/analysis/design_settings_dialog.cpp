#include "analysis/design_settings_dialog.h"

#include "document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spokewise::views {

namespace {

// A switch: a combo of its values (the default marked) with an explanation under it.
QComboBox *addSwitch(QFormLayout *form, const QString &label, const QString &objectName,
                     const QList<QPair<QString, int>> &values, int defaultValue, const QString &explanation)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (const auto &[text, value] : values) {
        combo->addItem(value == defaultValue ? DesignSettingsDialog::tr("%1 (default)").arg(text) : text, value);
    }
    auto *help = new QLabel(explanation);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    help->setFont(small);
    help->setForegroundRole(QPalette::PlaceholderText);
    // Word-wrapped labels in a form get too little height unless told what they need.
    help->setMinimumHeight(help->heightForWidth(520));
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(combo);
    layout->addWidget(help);
    form->addRow(label, box);
    return combo;
}

void select(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

template<typename E>
E selected(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

DesignSettingsDialog::DesignSettingsDialog(Document *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("DesignSettingsDialog"));
    setWindowTitle(tr("Design Settings"));
    m_name->setObjectName(QStringLiteral("name"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaximumHeight(70);

    auto *general = new QFormLayout;
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Description:"), m_description);

    auto *assumptionsBox = new QGroupBox(tr("Routing assumptions (where Microsoft's documentation disagrees)"), this);
    auto *form = new QFormLayout(assumptionsBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const Assumptions defaults;
    m_p2sTransit = addSwitch(
        form, tr("P2S ↔ ExpressRoute via Route Server:"), QStringLiteral("p2sExpressRouteTransitViaRouteServer"),
        {{tr("Unsupported"), int(P2sExpressRouteTransit::Unsupported)},
         {tr("Works (empirical)"), int(P2sExpressRouteTransit::Empirical)}},
        int(defaults.p2sExpressRouteTransitViaRouteServer),
        tr("Whether point-to-site VPN clients reach ExpressRoute sites (and back) through Route Server "
           "branch-to-branch. Microsoft's FAQ says this is not supported, while field tests and a documentation "
           "change say it works. Unsupported marks such flows as an unsupported configuration; Works (empirical) "
           "treats them as reachable and the site learns the client pool (ROUTING.md §10-B)."));
    m_forwarded = addSwitch(
        form, tr("Forwarded traffic flag:"), QStringLiteral("forwardedTrafficEnforcement"),
        {{tr("Enforced (strict)"), int(ForwardedTrafficEnforcement::Strict)},
         {tr("Not enforced (lenient)"), int(ForwardedTrafficEnforcement::Lenient)}},
        int(defaults.forwardedTrafficEnforcement),
        tr("Whether a peering with allowForwardedTraffic off drops packets forwarded by a firewall or appliance "
           "in the peered VNet. The documentation requires the flag; some tests saw the traffic pass without it. "
           "Strict drops such flows; lenient lets them through (ROUTING.md §10-D)."));
    m_peeringDirection = addSwitch(
        form, tr("Peering flag direction:"), QStringLiteral("peeringFlagDirection"),
        {{tr("Portal wording"), int(PeeringFlagDirection::Portal)},
         {tr("SDK wording"), int(PeeringFlagDirection::Sdk)}},
        int(defaults.peeringFlagDirection),
        tr("Whose peering link's allowForwardedTraffic decides whether forwarded packets may enter a VNet. The "
           "portal words the flag for the receiving VNet's own link; the REST and SDK descriptions for the "
           "sending VNet's link. allowVirtualNetworkAccess is the sender's link either way (ROUTING.md §10-C)."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setAssumptions(Assumptions{}); });
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Default Assumptions"));
    // A design needs a name (the title bar and exports show it).
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_name, &QLineEdit::textChanged, ok, [ok](const QString &text) {
        ok->setEnabled(!text.trimmed().isEmpty());
        ok->setToolTip(text.trimmed().isEmpty() ? tr("Give the design a name.") : QString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(assumptionsBox);
    layout->addWidget(new QLabel(tr("The assumptions are saved in the design, so that its analysis can be "
                                    "reproduced. Changing them is one undo step."), this));
    layout->addWidget(buttons);
    setMinimumWidth(760);

    const Design &design = m_document->design();
    m_name->setText(QString::fromStdString(design.name));
    m_description->setPlainText(QString::fromStdString(design.description));
    setAssumptions(design.assumptions);
}

Assumptions DesignSettingsDialog::assumptions() const
{
    Assumptions a;
    a.p2sExpressRouteTransitViaRouteServer = selected<P2sExpressRouteTransit>(m_p2sTransit);
    a.forwardedTrafficEnforcement = selected<ForwardedTrafficEnforcement>(m_forwarded);
    a.peeringFlagDirection = selected<PeeringFlagDirection>(m_peeringDirection);
    return a;
}

void DesignSettingsDialog::setAssumptions(const Assumptions &a)
{
    select(m_p2sTransit, int(a.p2sExpressRouteTransitViaRouteServer));
    select(m_forwarded, int(a.forwardedTrafficEnforcement));
    select(m_peeringDirection, int(a.peeringFlagDirection));
}

bool DesignSettingsDialog::apply()
{
    const Design &design = m_document->design();
    const std::string name = m_name->text().trimmed().toStdString();
    const std::string description = m_description->toPlainText().toStdString();
    const Assumptions a = assumptions();
    if (name.empty())
        return false;
    if (name == design.name && description == design.description && a == design.assumptions)
        return false;
    m_document->changeSettings(name, description, a, tr("Change design settings"));
    return true;
}

void DesignSettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace spokewise::views
