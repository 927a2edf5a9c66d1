// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Organisation.h"

#include "common/Fields.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kmuni {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Organisation)
};
} // namespace

QString Organisation::kindByName(const QString& name, const QString& legalForm)
{
    // A commercial legal form makes a company ("Hochschulservice GmbH"); a university may be a KdöR,
    // a research society an e.V.
    static const QRegularExpression commercial(
        u"gmbh|\\bug\\b|\\bag\\b|\\bkg|ohg|e\\.\\s?k\\.|gbr|\\bse\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (commercial.match(legalForm).hasMatch()) {
        return {};
    }
    const QString folded = name.toLower();
    static const QRegularExpression university(
        u"universit(ät|aet|at|y|é|e)|hochschule|^(tu|th|fh|rub|uni) |(^| )(college|polytechnic)( |$)"_s);
    if (university.match(folded).hasMatch()) {
        return u"university"_s;
    }
    static const QRegularExpression research(
        u"fraunhofer|max-planck|max planck|leibniz-institut|helmholtz-(zentrum|institut)"_s);
    return research.match(folded).hasMatch() ? u"partner"_s : QString();
}

QString Organisation::displayName(const QString& name, const QString& legalForm)
{
    if (legalForm.isEmpty() || name.endsWith(legalForm)) {
        return name;
    }
    return name + u' ' + legalForm;
}

QString Organisation::displayNameSql(const QString& alias)
{
    const QString name = alias + u".name"_s;
    const QString form = alias + u".legal_form"_s;
    return u"CASE WHEN %2 = '' OR substr(%1, -length(%2)) = %2 THEN %1 ELSE %1 || ' ' || %2 END"_s.arg(name, form);
}

QString Organisation::addressLine() const
{
    const QString place = QStringList{postalCode, city}.join(u' ').trimmed();
    QStringList parts;
    if (!street.isEmpty()) {
        parts << street;
    }
    if (!place.isEmpty()) {
        parts << place;
    }
    return parts.join(u", "_s);
}

namespace {
// The stored fields, once: toMap() (the audit log, the edit conflict's rows) and takeFields() (the edit conflict's
// choices) both read this table, so the two cannot disagree about a field.
constexpr fields::Field<Organisation> organisationFields[] = {
    fields::field<&Organisation::kind>("kind"),
    fields::field<&Organisation::parentId>("parent_id"),
    fields::field<&Organisation::name>("name"),
    fields::field<&Organisation::shortName>("short_name"),
    fields::field<&Organisation::legalForm>("legal_form"),
    fields::field<&Organisation::instituteType>("institute_type"),
    fields::field<&Organisation::sector>("sector"),
    fields::field<&Organisation::street>("street"),
    fields::field<&Organisation::postalCode>("postal_code"),
    fields::field<&Organisation::city>("city"),
    fields::field<&Organisation::website>("website"),
    fields::field<&Organisation::phone>("phone"),
    fields::field<&Organisation::email>("email"),
    fields::field<&Organisation::employees>("employees"),
    fields::field<&Organisation::isSme>("is_sme"),
    fields::field<&Organisation::isPilot>("is_pilot"),
    fields::field<&Organisation::stage>("stage"),
    fields::field<&Organisation::responsibleStaffId>("responsible_staff_id"),
    fields::field<&Organisation::needs>("needs"),
    fields::field<&Organisation::offers>("offers"),
    fields::field<&Organisation::notes>("notes"),
    fields::field<&Organisation::archived>("archived"),
    fields::field<&Organisation::archivedReason>("archived_reason"),
};
} // namespace

QVariantMap Organisation::toMap() const
{
    return fields::toMap(organisationFields, *this);
}

void Organisation::takeFields(const Organisation& other, const QStringList& keys)
{
    fields::take(organisationFields, *this, other, keys);
}

FieldErrors Organisation::validate() const
{
    FieldErrors errors;
    // Lengths and control characters first: the format checks below quote the value.
    const bool nameOk = validate::text(errors, u"name"_s, Tr::tr("Name"), name, TextKind::Name);
    validate::text(errors, u"shortName"_s, Tr::tr("Short name"), shortName, TextKind::Name);
    validate::text(errors, u"legalForm"_s, Tr::tr("Legal form"), legalForm, TextKind::Short);
    validate::text(errors, u"street"_s, Tr::tr("Street"), street, TextKind::Address);
    const bool postalCodeOk
        = validate::text(errors, u"postalCode"_s, Tr::tr("Postal code"), postalCode, TextKind::Address);
    validate::text(errors, u"city"_s, Tr::tr("City"), city, TextKind::Address);
    const bool websiteOk = validate::text(errors, u"website"_s, Tr::tr("Website"), website, TextKind::Url);
    validate::text(errors, u"phone"_s, Tr::tr("Phone"), phone, TextKind::Phone);
    const bool emailOk = validate::text(errors, u"email"_s, Tr::tr("E-mail"), email, TextKind::Email);
    validate::text(errors, u"needs"_s, Tr::tr("Needs"), needs, TextKind::Text);
    validate::text(errors, u"offers"_s, Tr::tr("Offers"), offers, TextKind::Text);
    validate::text(errors, u"notes"_s, Tr::tr("Notes"), notes, TextKind::Text);
    validate::text(errors, u"archivedReason"_s, Tr::tr("Reason for archiving"), archivedReason, TextKind::Short);
    if (!vocab::contains(vocab::List::OrganisationKind, kind)) {
        errors.append({u"kind"_s, Tr::tr("Choose what kind of organisation this is.")});
    }
    if (nameOk && name.trimmed().isEmpty()) {
        errors.append({u"name"_s, Tr::tr("The name is required.")});
    }
    if (kind == u"institute"_s && parentId == 0) {
        errors.append({u"parentId"_s, Tr::tr("An institute belongs to a university: choose it.")});
    }
    if (kind != u"institute"_s && parentId != 0) {
        errors.append({u"parentId"_s, Tr::tr("Only institutes belong to a university.")});
    }
    if (!sector.isEmpty() && !vocab::contains(vocab::List::Sector, sector)) {
        errors.append({u"sector"_s, Tr::tr("Unknown sector \"%1\".").arg(sector)});
    }
    if (!stage.isEmpty() && !vocab::contains(vocab::List::OutreachStage, stage)) {
        errors.append({u"stage"_s, Tr::tr("Unknown outreach stage \"%1\".").arg(stage)});
    }
    if (postalCodeOk && !validate::germanPostalCode(postalCode)) {
        errors.append({u"postalCode"_s, Tr::tr("A German postal code has five digits.")});
    }
    if (emailOk && !validate::email(email)) {
        errors.append({u"email"_s, Tr::tr("\"%1\" is not an e-mail address.").arg(email)});
    }
    if (websiteOk && !validate::website(website)) {
        errors.append({u"website"_s, Tr::tr("\"%1\" is not a web address.").arg(website)});
    }
    if (employees && *employees < 0) {
        errors.append({u"employees"_s, Tr::tr("The number of employees cannot be negative.")});
    }
    if (archived && archivedReason.trimmed().isEmpty()) {
        errors.append({u"archivedReason"_s, Tr::tr("Say why the organisation is archived.")});
    }
    return errors;
}

} // namespace kmuni
