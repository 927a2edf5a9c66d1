// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kmuni::similarity {

/**
 * A name reduced to what tells it apart: folded ("Müller" → "muller"), legal forms (GmbH, UG, …)
 * and punctuation removed, spaces collapsed. "NanoFluid Analytik GmbH" → "nanofluid analytik".
 */
QString nameKey(const QString& name);

/** Edit distance between @p a and @p b (Levenshtein). */
int distance(const QString& a, const QString& b);

/** True when two name keys are the same or differ by a typo or two (depending on length). */
bool nearlySame(const QString& a, const QString& b);

} // namespace kmuni::similarity
