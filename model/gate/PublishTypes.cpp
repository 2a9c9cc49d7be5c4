// SPDX-License-Identifier: Apache-2.0
#include "PublishTypes.h"

#include <QCoreApplication>

namespace Fd {

bool PublishRequest::hasBlockingFindings() const
{
    for (const Error &finding : findings) {
        if (!finding.isWarning())
            return true;
    }
    return false;
}

bool PublishPlan::hasChanges() const
{
    if (!applicationExists || !obsolete.isEmpty())
        return true;
    for (const RegionPlan &region : regions) {
        if (region.action != RegionAction::Unchanged)
            return true;
    }
    return false;
}

int PublishReport::failures() const
{
    int count = 0;
    for (const RegionResult &result : results)
        count += !result.isFine();
    return count;
}

QString regionStateName(RegionState state)
{
    switch (state) {
    case RegionState::Waiting: return QCoreApplication::translate("Publish", "waiting");
    case RegionState::Sending: return QCoreApplication::translate("Publish", "sending");
    case RegionState::Confirming: return QCoreApplication::translate("Publish", "confirming");
    case RegionState::Published: return QCoreApplication::translate("Publish", "published");
    case RegionState::Unchanged: return QCoreApplication::translate("Publish", "unchanged");
    case RegionState::Deleted: return QCoreApplication::translate("Publish", "deleted");
    case RegionState::Failed: return QCoreApplication::translate("Publish", "failed");
    case RegionState::Unknown: return QCoreApplication::translate("Publish", "outcome unknown");
    case RegionState::Canceled: return QCoreApplication::translate("Publish", "canceled, not sent");
    }
    return {};
}

} // namespace Fd
