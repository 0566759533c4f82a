// spokewise-cli's command line as a user meets it: help, version, usage errors, validate's exit
// codes and messages, and the --json shape documented in docs/cli.md.
#include "run_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace spokewise::tests;

namespace {

const QString kValid = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/valid/small-hub.spokewise.json");
const QString kFindings = QStringLiteral(SPOKEWISE_CLI_TEST_DATA_DIR "/overlapping-subnets.spokewise.json");
const QString kTruncated = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/truncated.json");

QString missingFile()
{
    return QDir::temp().absoluteFilePath(QStringLiteral("spokewise-no-such-design.spokewise.json"));
}

nlohmann::json parseJson(const QString &text)
{
    const nlohmann::json doc = nlohmann::json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

} // namespace

TEST_CASE("spokewise-cli --help lists the commands and exits 0", "[cli]")
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        INFO(option.toStdString());
        const CliRun run = runCli({option});
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("Usage: spokewise-cli COMMAND")));
        CHECK(run.out.contains(QRegularExpression(QStringLiteral("\n  validate +Check a design file"))));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("spokewise-cli --version prints the project version", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("spokewise-cli " SPOKEWISE_VERSION "\n"));
    CHECK(run.err.isEmpty());
}

TEST_CASE("validate --help describes the command", "[cli]")
{
    for (const QStringList &args : {QStringList{QStringLiteral("validate"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("help"), QStringLiteral("validate")}}) {
        const CliRun run = runCli(args);
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("Usage: spokewise-cli validate [--json] FILE\n")));
        CHECK(run.out.contains(QStringLiteral("--json")));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("usage errors exit 2 with a message on stderr", "[cli]")
{
    struct Case
    {
        QStringList args;
        QString message;
    };
    const Case cases[] = {
            {{}, QStringLiteral("spokewise-cli: no command given\n")},
            {{QStringLiteral("frobnicate")}, QStringLiteral("spokewise-cli: unknown command 'frobnicate'\n")},
            {{QStringLiteral("--frobnicate")}, QStringLiteral("spokewise-cli: unknown option '--frobnicate'\n")},
            {{QStringLiteral("help"), QStringLiteral("frobnicate")},
             QStringLiteral("spokewise-cli: unknown command 'frobnicate'\n")},
            {{QStringLiteral("validate")}, QStringLiteral("spokewise-cli validate: missing argument: [--json] FILE\n")},
            {{QStringLiteral("validate"), QStringLiteral("--frobnicate"), kValid},
             QStringLiteral("spokewise-cli validate: Unknown option 'frobnicate'.\n")},
            {{QStringLiteral("validate"), kValid, kValid},
             QStringLiteral("spokewise-cli validate: unexpected argument '%1'\n").arg(kValid)},
    };
    for (const Case &c : cases) {
        INFO("arguments: " << c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(c.args);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.startsWith(c.message));
        CHECK(run.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("validate on a missing file exits 2 naming the file and the reason", "[cli][validate]")
{
    const QString path = missingFile();
    const CliRun run = runCli({QStringLiteral("validate"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.startsWith(path + QStringLiteral(": error: Cannot read the file: ")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("validate on a directory exits 2 without crashing", "[cli][validate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliRun run = runCli({QStringLiteral("validate"), dir.path()});
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(dir.path() + QStringLiteral(": error: ")));
}

TEST_CASE("validate on a valid design exits 0 and says so on stdout", "[cli][validate]")
{
    const CliRun run = runCli({QStringLiteral("validate"), kValid});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(kValid)
                                              + QStringLiteral(": valid \\(\\d+ elements\\)\n$"))));
}

TEST_CASE("the bundled example designs are valid", "[cli][validate]")
{
    QStringList files;
    QDirIterator it(QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples"), {QStringLiteral("*.spokewise.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &path : files) {
        INFO(path.toStdString());
        const CliRun run = runCli({QStringLiteral("validate"), path});
        CHECK(run.exitCode == 0);
        CHECK(run.err.toStdString() == "");
    }
}

TEST_CASE("validate on a design with findings exits 1 with FILE:LINE:COL messages", "[cli][validate]")
{
    const CliRun run = runCli({QStringLiteral("validate"), kFindings});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QStringList lines = withFileToken(run.err, kFindings).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(QStringLiteral("^<FILE>:\\d+:\\d+: (error|warning|note): \\S"))));
    }
    CHECK(run.err.contains(QStringLiteral("10.0.1.0/24")));
    CHECK(run.err.contains(QStringLiteral("10.0.1.128/25")));
}

TEST_CASE("validate --json writes the documented shape on stdout", "[cli][validate][json]")
{
    SECTION("a design with findings")
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"), kFindings});
        CHECK(run.exitCode == 1);
        CHECK(run.err.isEmpty());
        const nlohmann::json doc = parseJson(run.out);
        CHECK(doc.at("file").get<std::string>() == kFindings.toStdString());
        CHECK(doc.at("loaded").get<bool>());
        CHECK_FALSE(doc.at("valid").get<bool>());
        CHECK(doc.at("exitCode").get<int>() == 1);
        CHECK(doc.at("elementCount").get<int>() == 1);
        CHECK(doc.at("errors").get<int>() + doc.at("warnings").get<int>() + doc.at("notes").get<int>()
              == static_cast<int>(doc.at("diagnostics").size()));
        REQUIRE_FALSE(doc.at("diagnostics").empty());
        for (const auto &d : doc.at("diagnostics")) {
            INFO(d.dump());
            CHECK(d.at("code").is_string());
            CHECK(d.at("severity").is_string());
            CHECK(d.at("path").get<std::string>().rfind("$", 0) == 0);
            CHECK(d.at("line").get<int>() > 0);
            CHECK(d.at("column").get<int>() > 0);
            CHECK_FALSE(d.at("message").get<std::string>().empty());
            CHECK(d.at("elementId").is_string());
            CHECK(d.at("ruleId").is_string());
            CHECK(d.at("args").is_array());
        }
        const auto &first = doc.at("diagnostics").at(0);
        CHECK(first.at("code").get<std::string>() == "SubnetsOverlap");
        CHECK(first.at("severity").get<std::string>() == "error");
    }
    SECTION("a malformed file")
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"), kTruncated});
        CHECK(run.exitCode == 2);
        CHECK(run.err.isEmpty());
        const nlohmann::json doc = parseJson(run.out);
        CHECK_FALSE(doc.at("loaded").get<bool>());
        CHECK_FALSE(doc.at("valid").get<bool>());
        CHECK(doc.at("exitCode").get<int>() == 2);
        CHECK(doc.at("elementCount").get<int>() == 0);
        REQUIRE(doc.at("diagnostics").size() >= 1);
        CHECK(doc.at("diagnostics").at(0).at("code").get<std::string>() == "SyntaxError");
    }
    SECTION("a valid design")
    {
        const CliRun run = runCli({QStringLiteral("validate"), kValid, QStringLiteral("--json")});
        CHECK(run.exitCode == 0);
        const nlohmann::json doc = parseJson(run.out);
        CHECK(doc.at("valid").get<bool>());
        CHECK(doc.at("diagnostics").empty());
    }
}
