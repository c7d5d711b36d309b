// SPDX-License-Identifier: GPL-3.0-or-later
// RegistrarPreset: how one DNS host's control panel wants records typed, read from a data catalog.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace todoku {

/**
 * One DNS host's conventions (resources/catalogs/registrars.json): what goes in the host field, whether TXT
 * values are quoted, how a value longer than 255 bytes is entered, and the panel's limits. Facts the
 * catalog marks as unverified are listed in `unverified` by field name, so the UI can say so.
 */
struct RegistrarPreset
{
    enum class HostStyle
    {
        Relative,   ///< "default._domainkey", apex as `apex` ("@" or blank)
        Fqdn,       ///< "default._domainkey.example.jp." (zone files)
        ZoneSyntax, ///< one text line per record: "txt _dmarc v=DMARC1; …" (Value Domain)
    };
    enum class TxtQuotes
    {
        None,       ///< the value as is
        EachString, ///< every character-string in double quotes: "first255" "rest"
    };
    enum class LongTxt
    {
        OneValue, ///< the panel takes the whole value and splits it itself
        Split,    ///< the user must split it into character-strings of ≤255 bytes
    };

    QString id;
    QString name; ///< the panel's English name (registrars.json), the source text of displayName()
    HostStyle host = HostStyle::Relative;
    QString apex; ///< what the host field holds for the domain itself: "@" or empty
    TxtQuotes txtQuotes = TxtQuotes::None;
    LongTxt longTxt = LongTxt::OneValue;
    int txtMaxLength = 0; ///< longest TXT value the panel accepts, 0 = no known limit
    bool cnameTrailingDot = true;
    int defaultTtl = 3600;
    QStringList notes;      ///< note ids shown with the CNAME records of this panel
    QStringList unverified; ///< field names whose facts are unconfirmed

    bool isUnverified(const QString& field) const { return unverified.contains(field); }
    /**
     * The name in the current language, as the registrar writes it (お名前.com Navi, さくらインターネット …):
     * translated in the "RegistrarNames" context; a name without a translation is shown as written.
     */
    QString displayName() const;
    /** True if `name` is in the table lupdate reads (every built-in preset's name must be). */
    static bool hasTranslatableName(const QString& name);
};

/** The registrar catalog embedded in the core (":/catalogs/registrars.json"). Immutable value. */
class RegistrarCatalog
{
public:
    /** The embedded catalog; loaded once per call site that keeps the value. */
    static RegistrarCatalog builtIn();
    /** Parses a catalog in the registrars.json format; an invalid entry is skipped. */
    static RegistrarCatalog fromJson(const QByteArray& json);

    const QList<RegistrarPreset>& presets() const { return m_presets; }
    std::optional<RegistrarPreset> preset(const QString& id) const;
    QStringList ids() const;

private:
    QList<RegistrarPreset> m_presets;
};

} // namespace todoku
