// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/Cli.h"

#include <QLocale>

#include "app/todoku-cli/AnalyzeCommand.h"
#include "app/todoku-cli/CheckCommand.h"
#include "app/todoku-cli/CliCommand.h"
#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/DkimCommand.h"
#include "app/todoku-cli/DmarcCommand.h"
#include "app/todoku-cli/DnsCommand.h"
#include "app/todoku-cli/GenerateCommand.h"
#include "app/todoku-cli/SpfCommand.h"
#include "app/todoku-cli/SpfLintCommand.h"
#include "app/todoku-cli/VerifyPublishedCommand.h"
#include "core/common/ErrorText.h"
#include "translations/I18n.h"

namespace {

// Global options that take a value: the dispatcher must skip their values while looking for the command.
const QStringList VALUE_OPTIONS = {
    QStringLiteral("--lang"), QStringLiteral("--server"), QStringLiteral("--timeout")};

struct GlobalOptionSet
{
    QCommandLineOption json{QStringLiteral("json"), QString()};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("ja|en")};
    QCommandLineOption server{QStringLiteral("server"), QString(), QStringLiteral("HOST[:PORT]")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QString(), QStringLiteral("MS")};
    QCommandLineOption offline{QStringLiteral("offline"), QString()};

    void addTo(QCommandLineParser& parser)
    {
        json.setDescription(Cli::tr("Print the result as JSON (stable ids, untranslated)."));
        lang.setDescription(Cli::tr("Language of the output: ja or en (default: the system's)."));
        server.setDescription(Cli::tr("Ask this DNS server instead of the system's; may be repeated."));
        timeout.setDescription(Cli::tr("Time to wait for each DNS answer, in milliseconds (default 3000)."));
        offline.setDescription(Cli::tr("Make no DNS queries at all."));
        parser.addOptions({json, lang, server, timeout, offline});
    }
};

} // namespace

Cli::Cli(QTextStream* out, QTextStream* err)
    : m_out(out)
    , m_err(err)
{
    m_commands.push_back(std::make_unique<DnsCommand>());
    m_commands.push_back(std::make_unique<SpfCommand>());
    m_commands.push_back(std::make_unique<SpfLintCommand>());
    m_commands.push_back(std::make_unique<DkimCommand>());
    m_commands.push_back(std::make_unique<DmarcCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<VerifyPublishedCommand>());
    m_commands.push_back(std::make_unique<AnalyzeCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

Cli::~Cli() = default;

CliCommand* Cli::command(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name) {
            return c.get();
        }
    }
    return nullptr;
}

void Cli::printGeneralHelp()
{
    QTextStream& out = *m_out;
    out << tr("Usage: todoku-cli [global options] COMMAND [arguments]") << "\n\n";
    out << tr("Commands:") << '\n';
    for (const auto& c : m_commands) {
        out << "  " << c->name().leftJustified(14) << c->summary() << '\n';
    }
    out << '\n' << tr("Global options:") << '\n';
    out << "  --json              " << tr("Print the result as JSON (stable ids, untranslated).") << '\n';
    out << "  --lang ja|en        " << tr("Language of the output: ja or en (default: the system's).")
        << '\n';
    out << "  --server HOST[:PORT] " << tr("Ask this DNS server instead of the system's; may be repeated.")
        << '\n';
    out << "  --timeout MS        " << tr("Time to wait for each DNS answer, in milliseconds (default 3000).")
        << '\n';
    out << "  --offline           " << tr("Make no DNS queries at all.") << '\n';
    out << '\n' << tr("Run “todoku-cli COMMAND --help” for a command's own options.") << '\n';
    out.flush();
}

int Cli::run(const QStringList& arguments)
{
    // Language first, so even usage errors come out in the user's language.
    QString lang;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            lang = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            lang = arguments.at(i).mid(7);
        }
    }
    todoku::i18n::setLanguage(lang == QLatin1String("ja") || lang == QLatin1String("en")
                                  ? lang
                                  : todoku::i18n::languageFor(QLocale::system()));

    int commandIndex = -1;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (VALUE_OPTIONS.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(QLatin1String("--version"))) {
            *m_out << QStringLiteral("todoku-cli %1\n").arg(QCoreApplication::applicationVersion());
            m_out->flush();
            return ExitDone;
        }
        printGeneralHelp();
        const bool asked =
            arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
        return asked ? ExitDone : ExitUsage;
    }
    CliCommand* cmd = command(arguments.at(commandIndex));
    if (!cmd) {
        *m_err << tr("todoku-cli: unknown command “%1”. Run “todoku-cli --help” for the list.")
                      .arg(arguments.at(commandIndex))
               << '\n';
        m_err->flush();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(cmd->summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    GlobalOptionSet globals;
    globals.addTo(parser);
    cmd->configure(parser);
    QStringList rest = arguments;
    rest.removeAt(commandIndex);
    if (!parser.parse(QStringList{QStringLiteral("todoku-cli")} + rest)) {
        *m_err << QStringLiteral("todoku-cli %1: ").arg(cmd->name()) << parser.errorText() << '\n';
        m_err->flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("todoku-cli [options]"),
                     QStringLiteral("todoku-cli ") + cmd->name() + QStringLiteral(" [options]"));
        *m_out << text;
        m_out->flush();
        return ExitDone;
    }

    CliContext context(m_out, m_err);
    CliGlobalOptions& options = context.options();
    options.json = parser.isSet(globals.json);
    options.offline = parser.isSet(globals.offline);
    if (parser.isSet(globals.lang)) {
        options.language = parser.value(globals.lang);
        if (options.language != QLatin1String("ja") && options.language != QLatin1String("en")) {
            *m_err << tr("todoku-cli: --lang takes ja or en.") << '\n';
            m_err->flush();
            return ExitUsage;
        }
    }
    if (parser.isSet(globals.timeout)) {
        bool ok = false;
        options.timeoutMs = parser.value(globals.timeout).toInt(&ok);
        if (!ok || options.timeoutMs < 1 || options.timeoutMs > 600000) {
            *m_err << tr("todoku-cli: --timeout takes a number of milliseconds between 1 and 600000.")
                   << '\n';
            m_err->flush();
            return ExitUsage;
        }
    }
    for (const QString& text : parser.values(globals.server)) {
        const auto server = todoku::DnsServer::parse(text);
        if (!server) {
            return context.failInput(todoku::ErrorText::text(server.error()));
        }
        options.servers.append(server.value());
    }
    return cmd->run(parser, context);
}
