// SPDX-License-Identifier: GPL-3.0-or-later
// Where tests find their data, the shared conformance data and the DNS fixture.
#pragma once

#include <QString>
#include <optional>

#include "core/dns/DnsTypes.h"
#include "core/smtp/DnsblCheck.h"

namespace todoku::test {

/** tests/data/<relative> in the source tree. */
QString dataPath(const QString& relative = {});
/** ../shared/<relative> beside the repository; empty if the folder is absent (a user's clone). */
QString sharedPath(const QString& relative = {});
/** The fixture `named` on 127.0.0.1, if the CTest fixture started it. */
std::optional<DnsServer> fixtureServer();
/** The same server on [::1]. */
std::optional<DnsServer> fixtureServerV6();
/**
 * Resolver settings for a test against `server`: one try, so a test of a timeout or SERVFAIL does not
 * wait for retries, and `timeoutMs` for each query.
 */
DnsResolverSettings fixtureSettings(const DnsServer& server, int timeoutMs = 2000);
/** The shipped Spamhaus ZEN and DBL entries, pointed at the fixture's fake lists (tests/zones/dnsbl.test). */
QList<DnsblList> fixtureDnsblLists();

/**
 * Starts another `named` (tests/support/named_fixture.py) serving zoneDir's *.zone files on 127.0.0.1 at a
 * free port, its state in stateDir; the port, or nothing (with the script's output in `error`) if it did
 * not come up. named only listens on addresses assigned to an interface, so a second server cannot take
 * 127.0.0.2; tests map an NS address to it instead (AuthoritativeProbe::mapServer). Stop it with
 * stopExtraNamed(stateDir), which ends it by its pid.
 */
std::optional<quint16>
startExtraNamed(const QString& stateDir, const QString& zoneDir, QString* error = nullptr);
void stopExtraNamed(const QString& stateDir);
/** tests/<relative> in the source tree. */
QString sourcePath(const QString& relative);

/**
 * Signs the message file `in` with dkimpy (tests/support/dkim_sign.py, Debian's interpreter) into `out`;
 * `canon` is "header/body", `length` adds l=. False, with dkimpy's complaint logged, if it fails.
 */
bool dkimpySign(const QString& keyPath,
                const QString& selector,
                const QString& domain,
                const QString& canon,
                const QString& algorithm,
                bool length,
                const QString& in,
                const QString& out);

} // namespace todoku::test

/** In a test function: skip with a clear reason when the DNS fixture is not running. */
#define TODOKU_REQUIRE_FIXTURE(var)                                                                          \
    const auto var##Opt = todoku::test::fixtureServer();                                                     \
    if (!var##Opt) {                                                                                         \
        QSKIP("The named fixture is not running; run this test through ctest.");                             \
    }                                                                                                        \
    const todoku::DnsServer var = *var##Opt

/** In a test function: skip when ../shared is not beside the checkout. */
#define TODOKU_REQUIRE_SHARED(var, relative)                                                                 \
    const QString var = todoku::test::sharedPath(relative);                                                  \
    if (var.isEmpty()) {                                                                                     \
        QSKIP("../shared is not present beside this checkout; conformance data skipped.");                   \
    }
