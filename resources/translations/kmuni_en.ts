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
    <name>kmuni::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n likely duplicate pair(s). Select one and press Enter to compare and merge it.</source>
        <translation>
            <numerusform>%n likely duplicate pair. Select it and press Enter to compare and merge it.</numerusform>
            <numerusform>%n likely duplicate pairs. Select one and press Enter to compare and merge it.</numerusform>
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
    <name>kmuni::EventImport</name>
    <message numerus="yes">
        <source>  line %1: %2 (%n occurrence(s))</source>
        <translation>
            <numerusform>  line %1: %2 (%n occurrence)</numerusform>
            <numerusform>  line %1: %2 (%n occurrences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be imported, so nothing was imported. Correct them and import the file again:</source>
        <translation>
            <numerusform>%n event cannot be imported, so nothing was imported. Correct it and import the file again:</numerusform>
            <numerusform>%n events cannot be imported, so nothing was imported. Correct them and import the file again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) created</source>
        <translation>
            <numerusform>%n activity created</numerusform>
            <numerusform>%n activities created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) skipped:</source>
        <translation>
            <numerusform>%n event skipped:</numerusform>
            <numerusform>%n events skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) not in the database:</source>
        <translation>
            <numerusform>%n attendee not in the database:</numerusform>
            <numerusform>%n attendees not in the database:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s):</source>
        <translation>
            <numerusform>%n note:</numerusform>
            <numerusform>%n notes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::ImportMappingDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; has %n row(s). Choose for each column what it holds; a column set to &quot;(not taken over)&quot; is left out and named in the report.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has %n row. Choose for each column what it holds; a column set to &quot;(not taken over)&quot; is left out and named in the report.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has %n rows. Choose for each column what it holds; a column set to &quot;(not taken over)&quot; is left out and named in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n column(s) without values</source>
        <translation>
            <numerusform>Show the %n column without values</numerusform>
            <numerusform>Show the %n columns without values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with values will not be taken over.</source>
        <translation>
            <numerusform>%n column with values will not be taken over.</numerusform>
            <numerusform>%n columns with values will not be taken over.</numerusform>
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
    <name>kmuni::MergeDialog</name>
    <message numerus="yes">
        <source>%n other field(s) are the same in both.</source>
        <translation>
            <numerusform>%n other field is the same in both.</numerusform>
            <numerusform>%n other fields are the same in both.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::MoveIn</name>
    <message numerus="yes">
        <source>  %1: %n deleted in the database, not brought back</source>
        <translation>
            <numerusform>  %1: %n deleted in the database, not brought back</numerusform>
            <numerusform>  %1: %n deleted in the database, not brought back</numerusform>
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
    <name>kmuni::OrganisationMerge</name>
    <message numerus="yes">
        <source>Both took part in %n activity(ies): there the merged organisation is listed once.</source>
        <translation>
            <numerusform>Both took part in %n activity: there the merged organisation is listed once.</numerusform>
            <numerusform>Both took part in %n activities: there the merged organisation is listed once.</numerusform>
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
    <name>kmuni::OrganisationsPage</name>
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
    <message numerus="yes">
        <source>»%1« (%n value(s))</source>
        <translation>
            <numerusform>»%1« (%n value)</numerusform>
            <numerusform>»%1« (%n values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n column(s) without values)</source>
        <translation>
            <numerusform>(%n column without values)</numerusform>
            <numerusform>(%n columns without values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) of an organisation without a person</source>
        <translation>
            <numerusform>  %n row of an organisation without a person</numerusform>
            <numerusform>  %n rows of an organisation without a person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n row left out:</numerusform>
            <numerusform>%n rows left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::PersonMerge</name>
    <message numerus="yes">
        <source>Both took part in %n activity(ies): there the merged person is listed once.</source>
        <translation>
            <numerusform>Both took part in %n activity: there the merged person is listed once.</numerusform>
            <numerusform>Both took part in %n activities: there the merged person is listed once.</numerusform>
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
    <message numerus="yes">
        <source>%n vCard(s) written to %1.</source>
        <translation>
            <numerusform>%n vCard written to %1.</numerusform>
            <numerusform>%n vCards written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
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
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
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
        <source>%n activity(ies) written to %1.</source>
        <translation>
            <numerusform>%n activity written to %1.</numerusform>
            <numerusform>%n activities written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::ical</name>
    <message numerus="yes">
        <source>&quot;%1&quot; repeats more than %n time(s) between %2 and %3; only the first %n are read.</source>
        <translation>
            <numerusform>&quot;%1&quot; repeats more than once between %2 and %3; only the first is read.</numerusform>
            <numerusform>&quot;%1&quot; repeats more than %n times between %2 and %3; only the first %n are read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n task(s) (VTODO); tasks are not activities and are not imported.</source>
        <translation>
            <numerusform>The file holds %n task (VTODO); tasks are not activities and are not imported.</numerusform>
            <numerusform>The file holds %n tasks (VTODO); tasks are not activities and are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n journal entry(s) (VJOURNAL); they are not activities and are not imported.</source>
        <translation>
            <numerusform>The file holds %n journal entry (VJOURNAL); it is not an activity and is not imported.</numerusform>
            <numerusform>The file holds %n journal entries (VJOURNAL); they are not activities and are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; repeats without an end: its %n occurrence(s) up to %2, the end of the range for recurring events, are read.</source>
        <translation>
            <numerusform>&quot;%1&quot; repeats without an end: its %n occurrence up to %2, the end of the range for recurring events, is read.</numerusform>
            <numerusform>&quot;%1&quot; repeats without an end: its %n occurrences up to %2, the end of the range for recurring events, are read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::import</name>
    <message numerus="yes">
        <source>The list was read from the sheet &quot;%1&quot;; the %n sheet(s) before it (%2) hold none.</source>
        <translation>
            <numerusform>The list was read from the sheet &quot;%1&quot;; the sheet before it (%2) holds none.</numerusform>
            <numerusform>The list was read from the sheet &quot;%1&quot;; the %n sheets before it (%2) hold none.</numerusform>
        </translation>
    </message>
</context>
</TS>
