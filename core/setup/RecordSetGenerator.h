// SPDX-License-Identifier: GPL-3.0-or-later
// RecordSetGenerator: turns a SetupPlan into the RecordSet the domain needs (MX, SPF, DKIM, DMARC, PTR, …).
#pragma once

#include "core/setup/RecordSet.h"
#include "core/setup/SetupPlan.h"

namespace todoku {

/**
 * Builds every record of a plan with the module that owns it (SpfBuilder for SPF, DmarcBuilder for
 * DMARC, …), so the wizard, `todoku-cli generate` and the domain check never disagree. Pure and
 * synchronous: no DNS, no key generation (a generated DKIM record is passed in). Call SetupPlanValidator
 * first; fields it rejects are skipped here rather than guessed. An SPF record that cannot work (over 10
 * lookups, an unknown service) is left out and its spf.builder.* findings say why.
 */
class RecordSetGenerator
{
public:
    /**
     * `dkimRecord`: the TXT record of a key Todoku generated for the plan's selector (DkimMode::Generate);
     * without it a Generate plan gets a setup.dkim.key-pending finding instead of a record.
     */
    static RecordSet generate(const SetupPlan& plan, const ProposedRecord* dkimRecord = nullptr);
};

} // namespace todoku
