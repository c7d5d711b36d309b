// SPDX-License-Identifier: GPL-3.0-or-later
// PublicSuffixList: libpsl behind a small object; organisational domains per RFC 7489 §3.2.
#pragma once

#include <QString>

struct psl_ctx_st;

namespace todoku {

/**
 * The Public Suffix List, loaded from the system's copy (Debian's publicsuffix package) or, failing that,
 * from the list built into libpsl. Names are ASCII (A-label) and lower-case, without a trailing dot.
 * Not copyable; cheap to query; owns no global state.
 */
class PublicSuffixList
{
public:
    /** Which rules count: the whole list (ICANN and private sections, the default) or ICANN only. */
    enum class Sections
    {
        All,
        IcannOnly,
    };

    /** The system's compiled list if installed, else its text form. */
    static QString defaultPath();
    /** The system's list as text. */
    static QString textPath();
    /**
     * The system's list, loaded once per process on first use (loading parses and sorts some 10,000 rules,
     * which costs more than analysing a whole message). Immutable after loading, so any thread may query it.
     */
    static const PublicSuffixList& system();

    explicit PublicSuffixList(Sections sections = Sections::All);
    /** Loads a specific list file (.dat or .dafsa); falls back to the built-in list if it cannot. */
    PublicSuffixList(const QString& path, Sections sections);
    ~PublicSuffixList();
    PublicSuffixList(const PublicSuffixList&) = delete;
    PublicSuffixList& operator=(const PublicSuffixList&) = delete;

    /** False only if neither the file nor libpsl's built-in list could be used. */
    bool isValid() const { return m_ctx != nullptr; }
    /** The file the rules came from, or "builtin". */
    const QString& source() const { return m_source; }

    /** True if the name is a public suffix; an unlisted TLD is one (the implicit "*" rule). */
    bool isPublicSuffix(const QString& aceName) const;
    /**
     * RFC 7489 §3.2: the public suffix plus one label. A name that is itself a public suffix is its own
     * organisational domain.
     */
    QString organizationalDomain(const QString& aceName) const;

private:
    const psl_ctx_st* m_ctx = nullptr;
    bool m_owned = false;
    Sections m_sections;
    QString m_source;
};

} // namespace todoku
