<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kmuni::Database</name>
    <message>
        <source>%1 is not a KMUni database.</source>
        <translation>%1 ist keine KMUni-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program. Try again in a moment.</source>
        <translation>Die Datenbank %1 wird von einem anderen Programm verwendet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2).</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;kmuni init&quot;.</source>
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie eine mit &quot;kmuni init&quot; an.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a KMUni database.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine KMUni-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of KMUni CRM (schema %2; this program knows %3). Please update the program; the file was left unchanged.</source>
        <translation>Die Datenbank %1 wurde mit einer neueren Version von KMUni CRM geschrieben (Schema %2; dieses Programm kennt %3). Bitte aktualisieren Sie das Programm; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a KMUni database.</source>
        <translation>%1 ist eine leere Datei, keine KMUni-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file or its folder cannot be written).</source>
        <translation>Die Datenbank %1 ist schreibgeschützt (die Datei oder ihr Ordner kann nicht geschrieben werden).</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide its connection handle.</source>
        <translation>Der SQLite-Treiber hat kein Verbindungshandle bereitgestellt.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion geöffnet.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
</context>
<context>
    <name>kmuni::DemoNetwork</name>
    <message>
        <source>The database already holds data; the demo network is only loaded into an empty database.</source>
        <translation>Die Datenbank enthält bereits Daten; das Demo-Netzwerk wird nur in eine leere Datenbank geladen.</translation>
    </message>
</context>
<context>
    <name>kmuni::Event</name>
    <message>
        <source>Choose the type of activity.</source>
        <translation>Bitte wählen Sie die Art der Aktivität.</translation>
    </message>
    <message>
        <source>Enter the date and time of the activity.</source>
        <translation>Bitte geben Sie Datum und Uhrzeit der Aktivität ein.</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 14 days.</source>
        <translation>Die Dauer muss zwischen 0 Minuten und 14 Tagen liegen.</translation>
    </message>
    <message>
        <source>The time spent must be between 0 and 1,000 hours.</source>
        <translation>Der Zeitaufwand muss zwischen 0 und 1.000 Stunden liegen.</translation>
    </message>
    <message>
        <source>Add at least one organisation or person who took part.</source>
        <translation>Bitte fügen Sie mindestens eine teilnehmende Organisation oder Ansprechperson hinzu.</translation>
    </message>
    <message>
        <source>Every follow-up needs a description of what is to be done.</source>
        <translation>Jede Wiedervorlage benötigt eine Beschreibung der zu erledigenden Aufgabe.</translation>
    </message>
    <message>
        <source>Every follow-up needs a due date.</source>
        <translation>Jede Wiedervorlage benötigt ein Fälligkeitsdatum.</translation>
    </message>
</context>
<context>
    <name>kmuni::EventRepository</name>
    <message>
        <source>A participant no longer exists; remove it from the list.</source>
        <translation>Ein Eintrag der Teilnehmerliste existiert nicht mehr; bitte entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Die Aktivität existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::FollowUpRepository</name>
    <message>
        <source>Say what is to be done.</source>
        <translation>Bitte geben Sie an, was zu erledigen ist.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Bitte geben Sie das Fälligkeitsdatum ein.</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>Die Wiedervorlage existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::ListModels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Outreach stage</source>
        <translation>Betreuungsstand</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Time spent (h)</source>
        <translation>Zeitaufwand (h)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University / institute</source>
        <translation>Hochschule / Einrichtung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>kmuni::MainWindow</name>
    <message>
        <source>KMUni CRM</source>
        <translation>KMUni CRM</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Database: %1 · User: %2</source>
        <translation>Datenbank: %1 · Benutzer: %2</translation>
    </message>
</context>
<context>
    <name>kmuni::Match</name>
    <message>
        <source>Choose the company.</source>
        <translation>Bitte wählen Sie das Unternehmen.</translation>
    </message>
    <message>
        <source>Choose the university or institute.</source>
        <translation>Bitte wählen Sie die Hochschule oder Einrichtung.</translation>
    </message>
    <message>
        <source>Choose the type of match.</source>
        <translation>Bitte wählen Sie die Art der Vermittlung.</translation>
    </message>
    <message>
        <source>Choose the stage of the match.</source>
        <translation>Bitte wählen Sie den Stand der Vermittlung.</translation>
    </message>
    <message>
        <source>The number of graduates hired cannot be negative.</source>
        <translation>Die Zahl der eingestellten Absolvent/innen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A stage cannot be reached before the match started.</source>
        <translation>Ein Stand kann nicht vor Beginn der Vermittlung erreicht werden.</translation>
    </message>
</context>
<context>
    <name>kmuni::MatchRepository</name>
    <message>
        <source>The company side of a match must be a company.</source>
        <translation>Die Unternehmensseite einer Vermittlung muss ein Unternehmen sein.</translation>
    </message>
    <message>
        <source>The other side of a match must be a university or an institute.</source>
        <translation>Die andere Seite einer Vermittlung muss eine Hochschule oder eine Einrichtung sein.</translation>
    </message>
    <message>
        <source>The match no longer exists.</source>
        <translation>Die Vermittlung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::Organisation</name>
    <message>
        <source>Choose what kind of organisation this is.</source>
        <translation>Bitte wählen Sie die Art der Organisation.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>An institute belongs to a university: choose it.</source>
        <translation>Eine Einrichtung gehört zu einer Hochschule: Bitte wählen Sie diese aus.</translation>
    </message>
    <message>
        <source>Only institutes belong to a university.</source>
        <translation>Nur Einrichtungen gehören zu einer Hochschule.</translation>
    </message>
    <message>
        <source>Unknown sector &quot;%1&quot;.</source>
        <translation>Unbekannte Branche &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown outreach stage &quot;%1&quot;.</source>
        <translation>Unbekannter Betreuungsstand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A German postal code has five digits.</source>
        <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot; ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Die Zahl der Beschäftigten darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Say why the organisation is archived.</source>
        <translation>Bitte geben Sie an, warum die Organisation archiviert wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationRepository</name>
    <message>
        <source>An institute&apos;s parent must be a university.</source>
        <translation>Die übergeordnete Organisation einer Einrichtung muss eine Hochschule sein.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Die Organisation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Say why the organisation is archived.</source>
        <translation>Bitte geben Sie an, warum die Organisation archiviert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n Ansprechperson</numerusform>
            <numerusform>%n Ansprechpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Vermittlung</numerusform>
            <numerusform>%n Vermittlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institute(s)</source>
        <translation>
            <numerusform>%n Einrichtung</numerusform>
            <numerusform>%n Einrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted because it has %2, which the funding documentation needs. Archive it instead.</source>
        <translation>%1 kann nicht gelöscht werden, weil damit Einträge verknüpft sind (%2), die für die Förderdokumentation benötigt werden. Bitte archivieren Sie die Organisation stattdessen.</translation>
    </message>
</context>
<context>
    <name>kmuni::Person</name>
    <message>
        <source>The last name is required.</source>
        <translation>Der Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown salutation &quot;%1&quot;.</source>
        <translation>Unbekannte Anrede &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose the legal basis for keeping this person&apos;s data.</source>
        <translation>Bitte wählen Sie die Rechtsgrundlage für die Speicherung der Daten dieser Ansprechperson.</translation>
    </message>
    <message>
        <source>With consent as legal basis, enter the date of consent.</source>
        <translation>Bei Einwilligung als Rechtsgrundlage geben Sie bitte das Datum der Einwilligung ein.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>Das Datum der Einwilligung darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonRepository</name>
    <message>
        <source>The organisation does not exist.</source>
        <translation>Die Organisation existiert nicht.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Die Ansprechperson existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 took part in %2 activities and %3 matches, which the funding documentation needs. Archive the person instead.</source>
        <translation>%1 war an %2 Aktivitäten und %3 Vermittlungen beteiligt, die für die Förderdokumentation benötigt werden. Bitte archivieren Sie die Ansprechperson stattdessen.</translation>
    </message>
</context>
<context>
    <name>kmuni::Search</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
</context>
<context>
    <name>kmuni::StaffRepository</name>
    <message>
        <source>The last name is required.</source>
        <translation>Der Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>Der/die Mitarbeiter/in existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::cli</name>
    <message>
        <source>create and migrate a database (--demo: with the demo network)</source>
        <translation>Datenbank anlegen und migrieren (--demo: mit dem Demo-Netzwerk)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>Integrität und Schemaversion der Datenbank prüfen</translation>
    </message>
    <message>
        <source>search organisations, persons, activities and matches</source>
        <translation>Organisationen, Ansprechpersonen, Aktivitäten und Vermittlungen durchsuchen</translation>
    </message>
    <message>
        <source>Usage: kmuni [--db PATH]            open the window</source>
        <translation>Aufruf: kmuni [--db PFAD]           Fenster öffnen</translation>
    </message>
    <message>
        <source>       kmuni COMMAND [OPTIONS]      work without a window</source>
        <translation>        kmuni BEFEHL [OPTIONEN]     ohne Fenster arbeiten</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&quot;kmuni COMMAND --help&quot; lists the options of a command.</source>
        <translation>&quot;kmuni BEFEHL --help&quot; zeigt die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database file (default: $KMUNI_DB, else %1).</source>
        <translation>Die Datenbankdatei (Standard: $KMUNI_DB, sonst %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Creates a KMUni database (or brings an existing one to the current schema).</source>
        <translation>Legt eine KMUni-Datenbank an (oder bringt eine vorhandene auf das aktuelle Schema).</translation>
    </message>
    <message>
        <source>Fill the new database with the demo network.</source>
        <translation>Die neue Datenbank mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>init erwartet außer den Optionen keine Argumente</translation>
    </message>
    <message>
        <source>Created %1 with the demo network: %2 organisations, %3 contact persons, %4 staff members, %5 activities, %6 follow-ups, %7 matches.</source>
        <translation>%1 mit dem Demo-Netzwerk angelegt: %2 Organisationen, %3 Ansprechpersonen, %4 Mitarbeiter/innen, %5 Aktivitäten, %6 Wiedervorlagen, %7 Vermittlungen.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema %2).</source>
        <translation>Die Datenbank %1 ist bereit (Schema %2).</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and schema version. Exit code 0: healthy; 3: damaged.</source>
        <translation>Prüft Integrität und Schemaversion der Datenbank. Exit-Code 0: in Ordnung; 3: beschädigt.</translation>
    </message>
    <message>
        <source>The database %1 is damaged:</source>
        <translation>Die Datenbank %1 ist beschädigt:</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>%1: healthy, schema %2 of %3; %4.</source>
        <translation>%1: in Ordnung, Schema %2 von %3; %4.</translation>
    </message>
    <message>
        <source>Searches like the window&apos;s search field: names, e-mail, city, minutes; case and umlauts do not matter.</source>
        <translation>Sucht wie das Suchfeld im Fenster: Namen, E-Mail, Ort, Gesprächsnotizen; Groß-/Kleinschreibung und Umlaute spielen keine Rolle.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Der Suchbegriff.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N results of each kind (default 10).</source>
        <translation>Höchstens N Ergebnisse je Art (Standard: 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>search needs a text to look for</source>
        <translation>search benötigt einen Suchtext</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kmuni::vocab</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Fakultät</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Lehrstuhl</translation>
    </message>
    <message>
        <source>Career service</source>
        <translation>Career Service</translation>
    </message>
    <message>
        <source>Transfer office</source>
        <translation>Transferstelle</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forschungseinrichtung</translation>
    </message>
    <message>
        <source>Bio, micro and nano technology</source>
        <translation>Bio-/Mikro-/Nanotechnologie</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktionswirtschaft</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Health economy</source>
        <translation>Gesundheitswirtschaft</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <source>Needs assessed</source>
        <translation>Bedarf ermittelt</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>Kooperiert</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company visit</source>
        <translation>Unternehmensbesuch</translation>
    </message>
    <message>
        <source>University visit</source>
        <translation>Hochschulbesuch</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Career fair</source>
        <translation>Karrieremesse</translation>
    </message>
    <message>
        <source>Information event</source>
        <translation>Informationsveranstaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Abschlussarbeit</translation>
    </message>
    <message>
        <source>Working student position</source>
        <translation>Werkstudierendenstelle</translation>
    </message>
    <message>
        <source>Graduate job</source>
        <translation>Berufseinstieg (Absolvent/in)</translation>
    </message>
    <message>
        <source>Research cooperation</source>
        <translation>Forschungskooperation</translation>
    </message>
    <message>
        <source>Student project</source>
        <translation>Studierendenprojekt</translation>
    </message>
    <message>
        <source>Guest lecture</source>
        <translation>Gastvortrag</translation>
    </message>
    <message>
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Company side</source>
        <translation>Unternehmensseite</translation>
    </message>
    <message>
        <source>University side</source>
        <translation>Hochschulseite</translation>
    </message>
    <message>
        <source>Network partners</source>
        <translation>Netzwerkpartner</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KMUni CRM: contacts, activities and matches of the KMUni network.</source>
        <translation>KMUni CRM: Kontakte, Aktivitäten und Vermittlungen des KMUni-Netzwerks.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Die zu öffnende Datenbankdatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
</context>
</TS>
