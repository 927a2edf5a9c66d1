<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kmuni::ContactSheet</name>
    <message numerus="yes">
        <source>%1: %n activity(s), last on %2</source>
        <translation>
            <numerusform>%1: %n activity, last on %2</numerusform>
            <numerusform>%1: %n activities, last on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::EfreReport</name>
    <message numerus="yes">
        <source>%n activity(s) of the period lie outside the approved period and are not counted.</source>
        <translation>
            <numerusform>%n activity of the period lies outside the approved period and is not counted.</numerusform>
            <numerusform>%n activities of the period lie outside the approved period and are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::ImportPersons</name>
    <message numerus="yes">
        <source>%1 holds %n contact person(s). Import them?</source>
        <translation>
            <numerusform>%1 holds %n contact person. Import them?</numerusform>
            <numerusform>%1 holds %n contact persons. Import them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not yet in the database will be created as companies.</source>
        <translation>
            <numerusform>%n organisation not yet in the database will be created as companies.</numerusform>
            <numerusform>%n organisations not yet in the database will be created as companies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::MatchDetail</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>current stage, for %n day(s)</source>
        <translation>
            <numerusform>current stage, for %n day</numerusform>
            <numerusform>current stage, for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::MatchesPage</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationDetail</name>
    <message numerus="yes">
        <source>%1: %n activity(s), last on %2 (%3)</source>
        <translation>
            <numerusform>%1: %n activity, last on %2 (%3)</numerusform>
            <numerusform>%1: %n activities, last on %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationRepository</name>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institute(s)</source>
        <translation>
            <numerusform>%n institute</numerusform>
            <numerusform>%n institutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::PersonImport</name>
    <message numerus="yes">
        <source>%n contact person(s) imported</source>
        <translation>
            <numerusform>%n contact person imported</numerusform>
            <numerusform>%n contact persons imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n organisation(s) created</source>
        <translation>
            <numerusform>, %n organisation created</numerusform>
            <numerusform>, %n organisations created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s) would be imported</source>
        <translation>
            <numerusform>%n contact person would be imported</numerusform>
            <numerusform>%n contact persons would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n organisation(s) would be created</source>
        <translation>
            <numerusform>, %n organisation would be created</numerusform>
            <numerusform>, %n organisations would be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct them and import the file again:</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported. Correct them and import the file again:</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported. Correct them and import the file again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::PersonsPage</name>
    <message numerus="yes">
        <source>%1 took part in %n activity(s), which the funding documentation needs, so the person is archived rather than deleted. Archive now?</source>
        <translation>
            <numerusform>%1 took part in %n activity, which the funding documentation needs, so the person is archived rather than deleted. Archive now?</numerusform>
            <numerusform>%1 took part in %n activities, which the funding documentation needs, so the person is archived rather than deleted. Archive now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::PrintContactSheets</name>
    <message numerus="yes">
        <source>Writing %n contact sheet(s) …</source>
        <translation>
            <numerusform>Writing %n contact sheet …</numerusform>
            <numerusform>Writing %n contact sheets …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::ReportsPage</name>
    <message numerus="yes">
        <source>%n number(s) changed</source>
        <translation>
            <numerusform>%n number changed</numerusform>
            <numerusform>%n numbers changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity or match change(s) were logged</source>
        <translation>
            <numerusform>%n activity or match change was logged</numerusform>
            <numerusform>%n activity or match changes were logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::Suggestions</name>
    <message numerus="yes">
        <source>has already agreed or completed %n match(es) with companies of the sector %1 (%2)</source>
        <translation>
            <numerusform>has already agreed or completed %n match with companies of the sector %1 (%2)</numerusform>
            <numerusform>has already agreed or completed %n matches with companies of the sector %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::cli</name>
    <message numerus="yes">
        <source>%n contact sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n contact sheet written to %1.</numerusform>
            <numerusform>%n contact sheets written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EFRE report %1 – %2 written to %3: %n enterprise(s) supported, fingerprint %4.</source>
        <translation>
            <numerusform>EFRE report %1 – %2 written to %3: %n enterprise supported, fingerprint %4.</numerusform>
            <numerusform>EFRE report %1 – %2 written to %3: %n enterprises supported, fingerprint %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every person took part in an activity in the last %n month(s).</source>
        <translation>
            <numerusform>Every person took part in an activity in the last month.</numerusform>
            <numerusform>Every person took part in an activity in the last %n months.</numerusform>
        </translation>
    </message>
</context>
</TS>
