// A Chinese-speaking architect gets Chinese texts: the zh_CN translation is complete and loads.
#include "text/diagnostic_text.h"
#include "text/element_text.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

using namespace spokewise;

namespace {

// Installs a translator for the test's lifetime only, so other tests keep seeing English.
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &qmFile)
    {
        m_loaded = m_translator.load(qmFile);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

TEST_CASE("the zh_CN translation has no unfinished entries", "[views][translations]")
{
    QFile ts(QStringLiteral(SPOKEWISE_SOURCE_DIR "/translations/spokewise_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    CHECK(text.count(QStringLiteral("<message")) > 100);
    CHECK_FALSE(text.contains(QStringLiteral("type=\"unfinished\"")));
    CHECK_FALSE(text.contains(QStringLiteral("<translation></translation>")));
}

TEST_CASE("with the zh_CN translation every diagnostic reads in Chinese", "[views][translations]")
{
    ScopedTranslator translator(QStringLiteral(SPOKEWISE_QM_DIR "/spokewise_zh_CN.qm"));
    REQUIRE(translator.loaded());

    io::Diagnostic d;
    d.code = io::DiagCode::PrefixHostBitsSet;
    d.args = {"10.1.0.1/16", "10.1.0.0/16"};
    CHECK(views::diagnosticText(d) == QStringLiteral("10.1.0.1/16 设置了主机位 — 是否想写 10.1.0.0/16？"));
    CHECK(views::kindGroupName(ResourceKind::VirtualNetwork) == QStringLiteral("虚拟网络"));

    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int i = 0; i <= static_cast<int>(views::kLastDiagCode); ++i) {
        io::Diagnostic any;
        any.code = static_cast<io::DiagCode>(i);
        any.args = {"a0", "a1", "a2", "a3"};
        if (any.code == io::DiagCode::SyntaxError)
            any.args[0] = io::kSyntaxUnexpectedToken;
        const QString text = views::diagnosticText(any);
        INFO(views::diagCodeName(any.code) << ": " << text.toStdString());
        CHECK(text.contains(han));
    }
}
