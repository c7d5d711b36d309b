// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dmarc/PublicSuffixList.h"

#include <QFile>
#include <QStringList>

#include <libpsl.h>

namespace todoku {

QString PublicSuffixList::defaultPath()
{
    // The publicsuffix package ships the list twice: as text, which libpsl parses and sorts on load
    // (~10 ms), and compiled to a DAFSA from the same rules, sections included, which loads in under 1 ms.
    const QString dafsa = QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dafsa");
    return QFile::exists(dafsa) ? dafsa : textPath();
}

QString PublicSuffixList::textPath()
{
    return QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat");
}

const PublicSuffixList& PublicSuffixList::system()
{
    static const PublicSuffixList list;
    return list;
}

PublicSuffixList::PublicSuffixList(Sections sections)
    : PublicSuffixList(defaultPath(), sections)
{}

PublicSuffixList::PublicSuffixList(const QString& path, Sections sections)
    : m_sections(sections)
{
    if (!path.isEmpty() && QFile::exists(path)) {
        m_ctx = psl_load_file(QFile::encodeName(path).constData());
        m_owned = m_ctx != nullptr;
        m_source = path;
    }
    if (!m_ctx) {
        m_ctx = psl_builtin();
        m_source = QStringLiteral("builtin");
    }
}

PublicSuffixList::~PublicSuffixList()
{
    if (m_owned) {
        psl_free(const_cast<psl_ctx_t*>(m_ctx));
    }
}

bool PublicSuffixList::isPublicSuffix(const QString& aceName) const
{
    if (aceName.isEmpty()) {
        return false;
    }
    const QByteArray name = aceName.toLower().toUtf8();
    if (!m_ctx) {
        return !name.contains('.');
    }
    const int type = m_sections == Sections::All ? PSL_TYPE_ANY : PSL_TYPE_ICANN;
    return psl_is_public_suffix2(m_ctx, name.constData(), type) != 0;
}

QString PublicSuffixList::organizationalDomain(const QString& aceName) const
{
    QString name = aceName.toLower();
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    const QStringList labels = name.split(u'.');
    // The longest public suffix decides: walk from the whole name towards the TLD.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString suffix = labels.mid(i).join(u'.');
        if (isPublicSuffix(suffix)) {
            return i == 0 ? name : labels.mid(i - 1).join(u'.');
        }
    }
    return name;
}

} // namespace todoku
