// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"

#include <optional>

class QWidget;

namespace kmuni {

class Database;

/** Creates or edits a follow-up (what, due, who, organisation); saves it; nothing when cancelled. */
std::optional<FollowUp> editFollowUp(Database& db, const FollowUp& followUp, QWidget* parent);

} // namespace kmuni
