// SPDX-License-Identifier: GPL-3.0-or-later
// AresLibrary: process-wide c-ares initialisation, held by each main() for the life of the program.
#pragma once

namespace todoku {

/** RAII guard for ares_library_init()/ares_library_cleanup(); create one in main() before any resolver. */
class AresLibrary
{
public:
    AresLibrary();
    ~AresLibrary();
    AresLibrary(const AresLibrary&) = delete;
    AresLibrary& operator=(const AresLibrary&) = delete;

    bool isInitialized() const { return m_ok; }

private:
    bool m_ok = false;
};

} // namespace todoku
