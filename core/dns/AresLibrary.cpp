// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/AresLibrary.h"

#include <ares.h>

namespace todoku {

AresLibrary::AresLibrary()
    : m_ok(ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS)
{}

AresLibrary::~AresLibrary()
{
    if (m_ok) {
        ares_library_cleanup();
    }
}

} // namespace todoku
