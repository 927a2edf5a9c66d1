<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kmuni::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>kmuni::Backup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a database: %2</source>
        <translation>%1 ist keine Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 is not a KMUni database.</source>
        <translation>%1 ist keine KMUni-Datenbank.</translation>
    </message>
    <message>
        <source>%1 has schema %2; this program knows 1 to %3.</source>
        <translation>%1 hat Schema %2; dieses Programm kennt 1 bis %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The copy failed its check, the backup was not kept: %1</source>
        <translation>Die Kopie hat die Prüfung nicht bestanden, die Sicherung wurde nicht behalten: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be renamed.</source>
        <translation>Es wurde nichts wiederhergestellt: %1 kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be written.</source>
        <translation>Es wurde nichts wiederhergestellt: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database cannot be kept beside it (%1).</source>
        <translation>Es wurde nichts wiederhergestellt: Die aktuelle Datenbank kann nicht daneben aufbewahrt werden (%1).</translation>
    </message>
    <message>
        <source>The copy could not be restored (%1); the database kept beside it is %2.</source>
        <translation>Die Kopie konnte nicht wiederhergestellt werden (%1); die daneben aufbewahrte Datenbank ist %2.</translation>
    </message>
    <message>
        <source>Only a database file can be backed up here; a server database is backed up on the server.</source>
        <translation>Nur eine Datenbankdatei kann hier gesichert werden; eine Server-Datenbank wird auf dem Server gesichert.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is the database itself; a backup must go into another file.</source>
        <translation>%1 ist die Datenbank selbst; eine Sicherung gehört in eine andere Datei.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is the database itself, not a backup of it.</source>
        <translation>Nichts wurde wiederhergestellt: %1 ist die Datenbank selbst, keine Sicherung von ihr.</translation>
    </message>
</context>
<context>
    <name>kmuni::ContactSheet</name>
    <message>
        <source>Outreach stage: %1</source>
        <translation>Betreuungsstand: %1</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(s), last on %2</source>
        <translation>
            <numerusform>%1: %n Aktivität, zuletzt am %2</numerusform>
            <numerusform>%1: %n Aktivitäten, zuletzt am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation>In Kontakt mit</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <source>No contact persons recorded.</source>
        <translation>Keine Ansprechpersonen erfasst.</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Keine Aktivitäten erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
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
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>No matches recorded.</source>
        <translation>Keine Vermittlungen erfasst.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>KMUni network · contact sheet</source>
        <translation>KMUni-Netzwerk · Kontaktblatt</translation>
    </message>
    <message>
        <source>There is no organisation to print.</source>
        <translation>Es gibt keine Organisation zum Drucken.</translation>
    </message>
    <message>
        <source>Contact sheets</source>
        <translation>Kontaktblätter</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Name and function</source>
        <translation>Name und Funktion</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>The contact sheets cannot be read from the database: %1</source>
        <translation>Die Kontaktblätter können nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
</context>
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
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie eine mit „kmuni init“ an.</translation>
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
    <message>
        <source>The file is shorter (%1 bytes) than its %2 pages.</source>
        <translation>Die Datei ist kürzer (%1 Bytes) als ihre %2 Seiten.</translation>
    </message>
    <message>
        <source>The list of free pages is damaged.</source>
        <translation>Die Liste der freien Seiten ist beschädigt.</translation>
    </message>
    <message>
        <source>The database is in use by another program or window. Try again in a moment.</source>
        <translation>Die Datenbank wird von einem anderen Programm oder Fenster verwendet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full: the database cannot grow. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll: Die Datenbank kann nicht wachsen. Schaffen Sie Platz und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (%1).</source>
        <translation>Die Datenbankdatei kann nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>Die Datenbank kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Restore it from a backup.</source>
        <translation>Die Datenbank ist beschädigt (%1). Bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Someone else saved this record since you opened it (in another window, on another computer or from the command line). Nothing was overwritten.</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, seit Sie ihn geöffnet haben (in einem anderen Fenster, an einem anderen Rechner oder über die Befehlszeile). Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: you have no permission to read the file.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu lesen.</translation>
    </message>
    <message>
        <source>The database %1 is not updated to schema %2: the backup before the update failed: %3</source>
        <translation>Die Datenbank %1 wird nicht auf Schema %2 aktualisiert: Die Sicherung vor der Aktualisierung ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump), not by KMUni CRM.</source>
        <translation>Eine Server-Datenbank wird auf dem Server gesichert (pg_dump), nicht von KMUni CRM.</translation>
    </message>
    <message>
        <source>Internal error: the search »%1« has no form on the server.</source>
        <translation>Interner Fehler: Die Suche »%1« hat keine Form auf dem Server.</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Expected: postgresql://user@host:port/database</source>
        <translation>%1 ist keine Serveradresse (%2). Erwartet: postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>sie beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>der Port ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>der Name der Datenbank fehlt</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>unknown parameter »%1«</source>
        <translation>unbekannter Parameter »%1«</translation>
    </message>
    <message>
        <source>The database server %1 does not answer. Check the address and the network, or ask your IT department whether the server is running.</source>
        <translation>Der Datenbankserver %1 antwortet nicht. Prüfen Sie die Adresse und das Netzwerk oder fragen Sie Ihre IT-Abteilung, ob der Server läuft.</translation>
    </message>
    <message>
        <source>The database server asks for the password of %1.</source>
        <translation>Der Datenbankserver verlangt das Passwort für %1.</translation>
    </message>
    <message>
        <source>The database server refused the login to %1: wrong user name or password.</source>
        <translation>Der Datenbankserver hat die Anmeldung an %1 abgelehnt: falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Diese Installation kann keine PostgreSQL-Server erreichen: Der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not provide its connection handle (%1).</source>
        <translation>Der PostgreSQL-Treiber hat kein Verbindungshandle bereitgestellt (%1).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a KMUni database. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms, keine KMUni-Datenbank. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Create the KMUni tables in it with &quot;kmuni init --db %1&quot;.</source>
        <translation>Die Datenbank %1 auf dem Server ist leer. Legen Sie die KMUni-Tabellen darin mit „kmuni init --db %1“ an.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of KMUni CRM (schema %2; this program knows %3). Please update the program; the database was left unchanged.</source>
        <translation>Die Datenbank %1 wurde mit einer neueren Version von KMUni CRM geschrieben (Schema %2; dieses Programm kennt %3). Bitte aktualisieren Sie das Programm; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Another office changed the same data at the same moment. Try again.</source>
        <translation>Ein anderes Büro hat im selben Moment dieselben Daten geändert. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Ask your IT department; nothing was saved.</source>
        <translation>Der Datenträger des Datenbankservers ist voll. Wenden Sie sich an Ihre IT-Abteilung; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). Nothing was saved; try again.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen (%1). Es wurde nichts gespeichert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Your database login may not do this (%1). Ask the server&apos;s administrator.</source>
        <translation>Ihre Datenbankanmeldung darf das nicht (%1). Wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The server address holds a password. Leave it out: KMUni CRM asks for it, or reads it from ~/.pgpass or the system keyring, so that it is not stored in settings or shown in the list of programs.</source>
        <translation>Die Serveradresse enthält ein Passwort. Lassen Sie es weg: KMUni CRM fragt danach oder liest es aus ~/.pgpass oder dem Schlüsselbund des Systems, damit es weder in den Einstellungen gespeichert noch in der Programmliste angezeigt wird.</translation>
    </message>
    <message>
        <source>(The server must prove who it is: its certificate must name the host of the address and be signed by a certificate authority this PC trusts, or by the one given with ?sslrootcert=FILE.)</source>
        <translation>(Der Server muss nachweisen, wer er ist: Sein Zertifikat muss den Rechnernamen der Adresse nennen und von einer Zertifizierungsstelle unterschrieben sein, der dieser PC vertraut, oder von der mit ?sslrootcert=DATEI angegebenen.)</translation>
    </message>
    <message>
        <source>%1 is not a database this program can open: give a file path, or a PostgreSQL server&apos;s address postgresql://USER@HOST:PORT/DB.</source>
        <translation>%1 ist keine Datenbank, die dieses Programm öffnen kann: Geben Sie einen Dateipfad an oder die Adresse eines PostgreSQL-Servers, postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
</context>
<context>
    <name>kmuni::DateEdit</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>DD.MM.YYYY, or a word: &quot;today&quot;, &quot;tomorrow&quot;, &quot;yesterday&quot;</source>
        <translation>TT.MM.JJJJ oder ein Wort: „heute“, „morgen“, „gestern“</translation>
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
    <name>kmuni::DetailList</name>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
</context>
<context>
    <name>kmuni::DetailPane</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>kmuni::Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same name in the same organisation</source>
        <translation>gleicher Name in derselben Organisation</translation>
    </message>
    <message>
        <source>similar name in the same organisation</source>
        <translation>ähnlicher Name in derselben Organisation</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same name apart from legal form and spelling</source>
        <translation>gleicher Name bis auf Rechtsform und Schreibweise</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
</context>
<context>
    <name>kmuni::DuplicatesDialog</name>
    <message>
        <source>Possible duplicate contact persons</source>
        <translation>Mögliche Dubletten bei Ansprechpersonen</translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>Mögliche Dubletten bei Organisationen</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>The duplicates cannot be looked for: %1</source>
        <translation>Die Suche nach Dubletten ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Keine wahrscheinlichen Dubletten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s). Select one and press Enter to compare and merge it.</source>
        <translation>
            <numerusform>%n wahrscheinliches Dublettenpaar. Wählen Sie es aus und drücken Sie die Eingabetaste, um es zu vergleichen und zusammenzuführen.</numerusform>
            <numerusform>%n wahrscheinliche Dublettenpaare. Wählen Sie eines aus und drücken Sie die Eingabetaste, um es zu vergleichen und zusammenzuführen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::EfreReport</name>
    <message>
        <source>Enterprises</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Zeitaufwand</translation>
    </message>
    <message>
        <source>Enterprises supported (non-financial support; each enterprise counted once)</source>
        <translation>Unterstützte Unternehmen (nichtfinanzielle Unterstützung; jedes Unternehmen einmal gezählt)</translation>
    </message>
    <message>
        <source>of them small and medium-sized enterprises (SME)</source>
        <translation>davon kleine und mittlere Unternehmen (KMU)</translation>
    </message>
    <message>
        <source>of them pilot participants</source>
        <translation>davon Pilotunternehmen</translation>
    </message>
    <message>
        <source>of them in the sector %1</source>
        <translation>davon in der Branche %1</translation>
    </message>
    <message>
        <source>of them without a sector</source>
        <translation>davon ohne Branche</translation>
    </message>
    <message>
        <source>of them without a city</source>
        <translation>davon ohne Ort</translation>
    </message>
    <message>
        <source>of them in %1</source>
        <translation>davon in %1</translation>
    </message>
    <message>
        <source>of them supported by %1</source>
        <translation>davon unterstützt durch %1</translation>
    </message>
    <message>
        <source>Enterprises cooperating with research institutions (research cooperation agreed)</source>
        <translation>Unternehmen in Zusammenarbeit mit Forschungseinrichtungen (Forschungskooperation vereinbart)</translation>
    </message>
    <message>
        <source>Enterprises with agreed recruiting matches (internship, thesis, working student, graduate job; not counted for RCO10)</source>
        <translation>Unternehmen mit vereinbarten Vermittlungen zur Fachkräftegewinnung (Praktikum, Abschlussarbeit, Werkstudierendenstelle, Berufseinstieg; nicht für RCO10 gezählt)</translation>
    </message>
    <message>
        <source>Activities (contacts, meetings, visits, events)</source>
        <translation>Aktivitäten (Kontakte, Gespräche, Besuche, Veranstaltungen)</translation>
    </message>
    <message>
        <source>Activities outside the approved period (not counted)</source>
        <translation>Aktivitäten außerhalb des Bewilligungszeitraums (nicht gezählt)</translation>
    </message>
    <message>
        <source>Participants from enterprises (persons, each counted once)</source>
        <translation>Teilnehmende aus Unternehmen (Ansprechpersonen, jeweils einmal gezählt)</translation>
    </message>
    <message>
        <source>Participants from universities and their institutes (persons, each counted once)</source>
        <translation>Teilnehmende aus Hochschulen und ihren Einrichtungen (Ansprechpersonen, jeweils einmal gezählt)</translation>
    </message>
    <message>
        <source>Participants from the partner organisations (staff and persons, each counted once)</source>
        <translation>Teilnehmende der Netzwerkpartner (Mitarbeiter/innen und Ansprechpersonen, jeweils einmal gezählt)</translation>
    </message>
    <message>
        <source>Participants without an organisation</source>
        <translation>Teilnehmende ohne Organisation</translation>
    </message>
    <message>
        <source>%1: matches that moved on in the period</source>
        <translation>%1: im Zeitraum vorangekommene Vermittlungen</translation>
    </message>
    <message>
        <source>reached &quot;%1&quot;</source>
        <translation>Stand „%1“ erreicht</translation>
    </message>
    <message>
        <source>Graduates and students placed (graduate job, working student and internship matches completed)</source>
        <translation>Vermittelte Absolvent/innen und Studierende (abgeschlossene Vermittlungen in Berufseinstieg, Werkstudierendenstelle und Praktikum)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>davon %1</translation>
    </message>
    <message>
        <source>logged without a partner organisation</source>
        <translation>ohne Netzwerkpartner erfasst</translation>
    </message>
    <message>
        <source>The period is not valid: its end lies before its start.</source>
        <translation>Der Zeitraum ist ungültig: Sein Ende liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>No approved period is set in the project settings: every activity of the period is counted.</source>
        <translation>In den Projekteinstellungen ist kein Bewilligungszeitraum festgelegt: Jede Aktivität des Zeitraums wird gezählt.</translation>
    </message>
    <message>
        <source>The period lies entirely outside the approved period (%1 – %2): nothing is counted.</source>
        <translation>Der Zeitraum liegt vollständig außerhalb des Bewilligungszeitraums (%1 – %2): Es wird nichts gezählt.</translation>
    </message>
    <message>
        <source>Only the part of the period within the approved period (%1 – %2) is counted.</source>
        <translation>Gezählt wird nur der Teil des Zeitraums innerhalb des Bewilligungszeitraums (%1 – %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) of the period lie outside the approved period and are not counted.</source>
        <translation>
            <numerusform>%n Aktivität des Zeitraums liegt außerhalb des Bewilligungszeitraums und wird nicht gezählt.</numerusform>
            <numerusform>%n Aktivitäten des Zeitraums liegen außerhalb des Bewilligungszeitraums und werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each enterprise is counted once per indicator, however often it was supported.</source>
        <translation>Jedes Unternehmen wird je Kennzahl einmal gezählt, unabhängig davon, wie oft es unterstützt wurde.</translation>
    </message>
    <message>
        <source>RCO10 counts research cooperation only; recruiting matches are shown apart and not counted there.</source>
        <translation>RCO10 zählt nur Forschungskooperationen; Vermittlungen zur Fachkräftegewinnung werden gesondert ausgewiesen und dort nicht gezählt.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No activities in the period.</source>
        <translation>Keine Aktivitäten im Zeitraum.</translation>
    </message>
    <message>
        <source>Funding report to the European Regional Development Fund (EFRE) and the state of NRW</source>
        <translation>EFRE-Bericht an den Europäischen Fonds für regionale Entwicklung (EFRE) und das Land NRW</translation>
    </message>
    <message>
        <source>EFRE report</source>
        <translation>EFRE-Bericht</translation>
    </message>
    <message>
        <source>(project name not set)</source>
        <translation>(Projektname nicht festgelegt)</translation>
    </message>
    <message>
        <source>Funding reference</source>
        <translation>Förderkennzeichen</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Förderlinie</translation>
    </message>
    <message>
        <source>Approved period</source>
        <translation>Bewilligungszeitraum</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>Kennzahlenset</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>The fingerprint is computed from the period, every indicator and the evidence lists. The same data gives the same fingerprint: rebuild the report for this period to check it.</source>
        <translation>Die Prüfsumme wird aus dem Zeitraum, allen Kennzahlen und den Nachweislisten berechnet. Gleiche Daten ergeben die gleiche Prüfsumme: Erstellen Sie den Bericht für diesen Zeitraum erneut, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Indicator (code)</source>
        <translation>Kennzahl (Code)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>EU indicator</source>
        <translation>EU-Kennzahl</translation>
    </message>
    <message>
        <source>Matches by type and stage reached in the period</source>
        <translation>Vermittlungen nach Art und im Zeitraum erreichtem Stand</translation>
    </message>
    <message>
        <source>Type (code)</source>
        <translation>Art (Code)</translation>
    </message>
    <message>
        <source>Stages reached (code MATCH_&lt;TYPE&gt;_&lt;STAGE&gt;)</source>
        <translation>Erreichte Stände (Code MATCH_&lt;TYPE&gt;_&lt;STAGE&gt;)</translation>
    </message>
    <message>
        <source>A match that reached several stages in the period counts once in each of them.</source>
        <translation>Eine Vermittlung, die im Zeitraum mehrere Stände erreicht hat, wird bei jedem davon einmal gezählt.</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Aktivitäten je Monat</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Evidence: enterprises supported</source>
        <translation>Nachweisliste: Unterstützte Unternehmen</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>City and sector</source>
        <translation>Ort und Branche</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>No enterprise was supported in the period.</source>
        <translation>Im Zeitraum wurde kein Unternehmen unterstützt.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Evidence: activities</source>
        <translation>Nachweisliste: Aktivitäten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Evidence: matches that moved on</source>
        <translation>Nachweisliste: Vorangekommene Vermittlungen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichter Stand</translation>
    </message>
    <message>
        <source>No match moved on in the period.</source>
        <translation>Im Zeitraum ist keine Vermittlung vorangekommen.</translation>
    </message>
    <message>
        <source>EFRE report %1</source>
        <translation>EFRE-Bericht %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>Bewilligt von</translation>
    </message>
    <message>
        <source>Approved to</source>
        <translation>Bewilligt bis</translation>
    </message>
    <message>
        <source>Reporting period from</source>
        <translation>Berichtszeitraum von</translation>
    </message>
    <message>
        <source>Reporting period to</source>
        <translation>Berichtszeitraum bis</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt von</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>Gezählt bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Match id</source>
        <translation>Vermittlungsnr.</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Prüfsumme %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>The activities cannot be read from the database: %1</source>
        <translation>Die Aktivitäten können nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report cannot be read from the database: %1</source>
        <translation>Der Bericht kann nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <source>Staff time logged (hours:minutes)</source>
        <translation>Erfasster Zeitaufwand (Stunden:Minuten)</translation>
    </message>
    <message>
        <source>Staff time is added up in whole minutes and shown as hours:minutes. Each activity&apos;s time counts once, for the partner organisation of the staff member who logged it (or as logged without a partner organisation), so the partner rows add up exactly to the total.</source>
        <translation>Der Zeitaufwand wird in ganzen Minuten addiert und als Stunden:Minuten ausgewiesen. Die Zeit jeder Aktivität zählt einmal, für den Netzwerkpartner der Person, die sie erfasst hat (oder als ohne Netzwerkpartner erfasst); deshalb ergeben die Zeilen der Netzwerkpartner genau die Summe.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Duration, time spent</source>
        <translation>Dauer, Zeitaufwand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Hours (h:mm)</source>
        <translation>Stunden (h:mm)</translation>
    </message>
    <message>
        <source>Time spent (min)</source>
        <translation>Zeitaufwand (Min.)</translation>
    </message>
    <message>
        <source>Time spent (h:mm)</source>
        <translation>Zeitaufwand (h:mm)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>kmuni::EntityKind</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
</context>
<context>
    <name>kmuni::EntityPicker</name>
    <message>
        <source>Type a name …</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <source>Type a name or city …</source>
        <translation>Namen oder Ort eingeben …</translation>
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
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Role of a participant</source>
        <translation>Rolle einer teilnehmenden Person</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>kmuni::EventDetail</name>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
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
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Keine Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Choose an activity in the list, or log one with Ctrl+L.</source>
        <translation>Wählen Sie eine Aktivität in der Liste aus oder erfassen Sie mit Strg+L eine neue.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Zeitaufwand</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Network partners</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outside the approved period</source>
        <translation>Außerhalb des Bewilligungszeitraums</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Teilnehmende (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
</context>
<context>
    <name>kmuni::EventDialog</name>
    <message>
        <source>Log activity</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. Needs for interns and theses</source>
        <translation>z. B. Bedarf an Praktikant/innen und Abschlussarbeiten</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Type an organisation or person, Enter adds …</source>
        <translation>Organisation oder Ansprechperson eingeben, Eingabe fügt hinzu …</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Mitarbeiter/innen:</translation>
    </message>
    <message>
        <source>Participants (Del removes)</source>
        <translation>Teilnehmende (Entf entfernt)</translation>
    </message>
    <message>
        <source>Minutes and outcome</source>
        <translation>Gesprächsnotiz und Ergebnis</translation>
    </message>
    <message>
        <source>What was discussed; line breaks are kept.</source>
        <translation>Was besprochen wurde; Zeilenumbrüche bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Gesprächsnotiz:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Staff time for the funding documentation, including travel and preparation</source>
        <translation>Zeitaufwand für die Förderdokumentation, einschließlich Fahrt- und Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Time &amp;spent:</source>
        <translation>&amp;Zeitaufwand:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>What is to be done, Enter adds</source>
        <translation>Zu erledigende Aufgabe, Eingabe fügt hinzu</translation>
    </message>
    <message>
        <source>New follow-up: what</source>
        <translation>Neue Wiedervorlage: Aufgabe</translation>
    </message>
    <message>
        <source>New follow-up: who</source>
        <translation>Neue Wiedervorlage: Zuständig</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>New follow-up: due</source>
        <translation>Neue Wiedervorlage: Fällig</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-ups (Del removes)</source>
        <translation>Wiedervorlagen (Entf entfernt)</translation>
    </message>
    <message>
        <source>Ctrl+S saves, Esc cancels. In the lists, Del removes a row.</source>
        <translation>Strg+S speichert, Esc bricht ab. In den Listen entfernt Entf eine Zeile.</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Save this activity?</source>
        <translation>Möchten Sie diese Aktivität speichern?</translation>
    </message>
</context>
<context>
    <name>kmuni::EventIcsExport</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>The calendar file cannot be written: %1</source>
        <translation>Die Kalenderdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>nowhere to write</source>
        <translation>kein Ausgabeziel</translation>
    </message>
</context>
<context>
    <name>kmuni::EventImport</name>
    <message numerus="yes">
        <source>  line %1: %2 (%n occurrence(s))</source>
        <translation>
            <numerusform>  Zeile %1: %2 (%n Termin)</numerusform>
            <numerusform>  Zeile %1: %2 (%n Termine)</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1 (line %2).</source>
        <translation>Der Kalender kann nicht gelesen werden: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Der Kalender kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be imported, so nothing was imported. Correct them and import the file again:</source>
        <translation>
            <numerusform>%n Termin kann nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie ihn und importieren Sie die Datei erneut:</numerusform>
            <numerusform>%n Termine können nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) created</source>
        <translation>
            <numerusform>%n Aktivität angelegt</numerusform>
            <numerusform>%n Aktivitäten angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source> (trial run: nothing was changed).</source>
        <translation> (Probelauf: nichts wurde geändert).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) skipped:</source>
        <translation>
            <numerusform>%n Termin übersprungen:</numerusform>
            <numerusform>%n Termine übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) not in the database:</source>
        <translation>
            <numerusform>%n Teilnehmende(r) nicht in der Datenbank:</numerusform>
            <numerusform>%n Teilnehmende nicht in der Datenbank:</numerusform>
        </translation>
    </message>
    <message>
        <source>The persons and organisations cannot be read: %1</source>
        <translation>Die Ansprechpersonen und Organisationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the file twice; the first one counts.</source>
        <translation>„%1“ steht zweimal in der Datei; der erste Eintrag zählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>„%1“ wurde abgesagt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lasts longer than 14 days, too long for an activity.</source>
        <translation>„%1“ dauert länger als 14 Tage, zu lang für eine Aktivität.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no attendees.</source>
        <translation>„%1“ nennt keine Teilnehmenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no attendee is a known person or organisation (%2).</source>
        <translation>„%1“: Keine der Teilnehmenden ist eine bekannte Ansprechperson oder Organisation (%2).</translation>
    </message>
    <message>
        <source>The event in line %1 cannot be saved: %2</source>
        <translation>Der Termin in Zeile %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s):</source>
        <translation>
            <numerusform>%n Hinweis:</numerusform>
            <numerusform>%n Hinweise:</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled, but is an activity already (%2): delete it if it did not take place.</source>
        <translation>„%1“ wurde abgesagt, ist aber schon als Aktivität erfasst (%2): Löschen Sie sie, wenn der Termin nicht stattfand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is no longer in the calendar, but is an activity already: delete it if it did not take place.</source>
        <translation>„%1“ am %2 steht nicht mehr im Kalender, ist aber schon als Aktivität erfasst: Löschen Sie sie, wenn der Termin nicht stattfand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its attendees declined (%2).</source>
        <translation>„%1“: Die Teilnehmenden haben abgesagt (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked private in the calendar: as an activity, every office sees it.</source>
        <translation>„%1“ ist im Kalender als privat markiert: Als Aktivität sehen es alle Büros.</translation>
    </message>
</context>
<context>
    <name>kmuni::EventListModel</name>
    <message>
        <source>Outside the approved period: not counted in the EFRE report.</source>
        <translation>Außerhalb des Bewilligungszeitraums: wird im EFRE-Bericht nicht gezählt.</translation>
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
    <name>kmuni::EventsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter by subject, place, minutes …</source>
        <translation>Nach Thema, Ort, Gesprächsnotiz filtern …</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>No activity matches this filter.</source>
        <translation>Keine Aktivität entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>No activities yet. Ctrl+L logs the first.</source>
        <translation>Noch keine Aktivitäten. Mit Strg+L erfassen Sie die erste.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot; of %2 with its follow-ups? It disappears from lists and reports; the audit log keeps a record of it.</source>
        <translation>Die Aktivität „%1“ vom %2 mit ihren Wiedervorlagen löschen? Sie verschwindet aus den Listen und Auswertungen; der Vorgang wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>&amp;Participants list …</source>
        <translation>&amp;Teilnehmerliste …</translation>
    </message>
    <message>
        <source>Print the participants list to sign (Ctrl+P)</source>
        <translation>Teilnehmerliste zum Unterschreiben drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Participants list: print preview</source>
        <translation>Teilnehmerliste: Druckvorschau</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Save participants list as P&amp;DF …</source>
        <translation>Teilnehmerliste als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Save participants list as PDF</source>
        <translation>Teilnehmerliste als PDF speichern</translation>
    </message>
    <message>
        <source>Participants list %1 %2</source>
        <translation>Teilnehmerliste %1 %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>New &amp;match from this activity …</source>
        <translation>Neue &amp;Vermittlung aus dieser Aktivität …</translation>
    </message>
    <message>
        <source>A match between the company and the university or institute that took part</source>
        <translation>Eine Vermittlung zwischen dem Unternehmen und der Hochschule oder Einrichtung, die teilgenommen haben</translation>
    </message>
</context>
<context>
    <name>kmuni::ExportList</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (RFC 4180) (*.csv)</source>
        <translation>CSV, kommagetrennt (RFC 4180) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>vCard 3.0, for Outlook (*.vcf)</source>
        <translation>vCard 3.0, für Outlook (*.vcf)</translation>
    </message>
</context>
<context>
    <name>kmuni::FiledReports</name>
    <message>
        <source>The filed report&apos;s data cannot be read (damaged or of a newer version).</source>
        <translation>Die Daten des eingereichten Berichts können nicht gelesen werden (beschädigt oder von einer neueren Version).</translation>
    </message>
    <message>
        <source>The filed report&apos;s data is damaged: its fingerprint does not match.</source>
        <translation>Die Daten des eingereichten Berichts sind beschädigt: Ihre Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>Give the filed report a name, e.g. &quot;Zwischenbericht 1&quot;.</source>
        <translation>Geben Sie dem eingereichten Bericht einen Namen, z. B. „Zwischenbericht 1“.</translation>
    </message>
    <message>
        <source>The period is not valid: its end lies before its start.</source>
        <translation>Der Zeitraum ist ungültig: Sein Ende liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>activity no. %1</source>
        <translation>Aktivität Nr. %1</translation>
    </message>
    <message>
        <source>match no. %1</source>
        <translation>Vermittlung Nr. %1</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>kmuni::FiledReportsPanel</name>
    <message>
        <source>Filed report</source>
        <translation>Eingereichter Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Enter or double-click: show the report as it was filed</source>
        <translation>Eingabetaste oder Doppelklick: den Bericht so zeigen, wie er eingereicht wurde</translation>
    </message>
    <message>
        <source>&amp;Show as filed</source>
        <translation>Wie eingereicht &amp;zeigen</translation>
    </message>
    <message>
        <source>Changes &amp;since filing …</source>
        <translation>Änderungen &amp;seit der Einreichung …</translation>
    </message>
    <message>
        <source>Filed reports</source>
        <translation>Eingereichte Berichte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Changes since filing</source>
        <translation>Änderungen seit der Einreichung</translation>
    </message>
    <message>
        <source>Nothing changed since: the report of the period states the same.</source>
        <translation>Seitdem hat sich nichts geändert: Der Bericht des Zeitraums sagt dasselbe aus.</translation>
    </message>
    <message>
        <source>The numbers that differ from the filed report, and the activities and matches of its period logged, changed or deleted since it was filed:</source>
        <translation>Die Kennzahlen, die vom eingereichten Bericht abweichen, und die Aktivitäten und Vermittlungen seines Zeitraums, die seit der Einreichung erfasst, geändert oder gelöscht wurden:</translation>
    </message>
</context>
<context>
    <name>kmuni::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>&amp;What: *</source>
        <translation>&amp;Aufgabe: *</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Erledigt</translation>
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
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>kmuni::FollowUpsPage</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list. Ctrl+D marks it done.</source>
        <translation>Wählen Sie eine Wiedervorlage in der Liste aus. Mit Strg+D markieren Sie sie als erledigt.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Alle Fälligkeiten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today or earlier</source>
        <translation>Heute oder früher fällig</translation>
    </message>
    <message>
        <source>Due this week or earlier</source>
        <translation>Diese Woche oder früher fällig</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>With d&amp;one ones</source>
        <translation>Auch erle&amp;digte</translation>
    </message>
    <message>
        <source>Your login is not one of the staff members (Extras › Staff).</source>
        <translation>Ihr Anmeldename gehört zu keinem Eintrag unter Extras › Mitarbeiter/innen der Netzwerkpartner.</translation>
    </message>
    <message>
        <source>No follow-up matches this filter.</source>
        <translation>Keine Wiedervorlage entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>No open follow-ups. They are added when you log an activity (Ctrl+L) or with Ctrl+N.</source>
        <translation>Keine offenen Wiedervorlagen. Sie entstehen beim Erfassen einer Aktivität (Strg+L) oder mit Strg+N.</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>From the activity of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Aus der Aktivität vom %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Delete …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <source>Delete the follow-up &quot;%1&quot; due on %2? To close it because it is done, mark it done instead (Ctrl+D). The audit log keeps a record of it.</source>
        <translation>Die Wiedervorlage „%1“ (fällig am %2) löschen? Ist sie erledigt, markieren Sie sie besser als erledigt (Strg+D). Das Änderungsprotokoll behält einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>kmuni::FormErrors</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>kmuni::ImportEvents</name>
    <message>
        <source>Import activities</source>
        <translation>Aktivitäten importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a calendar (more than %2 MB).</source>
        <translation>%1 ist zu groß für einen Kalender (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>Recurring events are taken from %1 to %2, the approved project period.</source>
        <translation>Serientermine werden vom %1 bis zum %2 übernommen, dem Bewilligungszeitraum des Projekts.</translation>
    </message>
    <message>
        <source>Recurring events are taken from %1 to %2.</source>
        <translation>Serientermine werden vom %1 bis zum %2 übernommen.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 holds nothing new to import.</source>
        <translation>%1 enthält nichts Neues zum Importieren.</translation>
    </message>
    <message>
        <source>Import %1 now?</source>
        <translation>%1 jetzt importieren?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Recurring events are taken with their dates in this period.</source>
        <translation>Serientermine werden mit ihren Terminen in diesem Zeitraum übernommen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Other period …</source>
        <translation>Anderer Zeitraum …</translation>
    </message>
</context>
<context>
    <name>kmuni::ImportMappingDialog</name>
    <message>
        <source>Import contact persons: columns</source>
        <translation>Ansprechpersonen importieren: Spalten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; has %n row(s). Choose for each column what it holds; a column set to &quot;(not taken over)&quot; is left out and named in the report.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; hat %n Zeile. Wählen Sie für jede Spalte, was sie enthält; eine Spalte mit „(nicht übernehmen)“ wird ausgelassen und im Bericht genannt.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; hat %n Zeilen. Wählen Sie für jede Spalte, was sie enthält; eine Spalte mit „(nicht übernehmen)“ wird ausgelassen und im Bericht genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Take over as</source>
        <translation>Übernehmen als</translation>
    </message>
    <message>
        <source>Take over column %1 as</source>
        <translation>Spalte %1 übernehmen als</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n column(s) without values</source>
        <translation>
            <numerusform>Die %n Spalte ohne Werte anzeigen</numerusform>
            <numerusform>Die %n Spalten ohne Werte anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name or the full name.</source>
        <translation>Wählen Sie die Spalte, die den Nachnamen oder den vollständigen Namen enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with values will not be taken over.</source>
        <translation>
            <numerusform>%n Spalte mit Werten wird nicht übernommen.</numerusform>
            <numerusform>%n Spalten mit Werten werden nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import organisations: columns</source>
        <translation>Organisationen importieren: Spalten</translation>
    </message>
    <message>
        <source>Choose the column that holds the organisation&apos;s name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen der Organisation.</translation>
    </message>
</context>
<context>
    <name>kmuni::ImportPersons</name>
    <message>
        <source>Import contact persons</source>
        <translation>Ansprechpersonen importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import %1 now?</source>
        <translation>%1 jetzt importieren?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;vCards (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Organisationen importieren</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.txt *.xlsx);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import as organisations …</source>
        <translation>Als Organisationen importieren …</translation>
    </message>
    <message>
        <source>Import as contact persons …</source>
        <translation>Als Ansprechpersonen importieren …</translation>
    </message>
    <message>
        <source>Continue here</source>
        <translation>Hier fortfahren</translation>
    </message>
</context>
<context>
    <name>kmuni::ListExport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Outreach stage</source>
        <translation>Betreuungsstand</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Einwilligung am</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
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
        <source>Minutes</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
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
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
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
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Company contact</source>
        <translation>Ansprechperson Unternehmen</translation>
    </message>
    <message>
        <source>University contact</source>
        <translation>Ansprechperson Hochschule</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Graduates hired</source>
        <translation>Eingestellte Absolvent/innen</translation>
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
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>The list cannot be read from the database: %1</source>
        <translation>Die Liste kann nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <source>%L1 rows are more than an XLSX sheet holds (%L2): export them as CSV, or narrow the filter.</source>
        <translation>%L1 Zeilen sind mehr, als ein XLSX-Tabellenblatt fasst (%L2): Exportieren Sie sie als CSV oder schränken Sie den Filter ein.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Type of institute</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>University (of an institute)</source>
        <translation>Hochschule (einer Einrichtung)</translation>
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
        <translation>Art</translation>
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
    <name>kmuni::ListPage</name>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>E&amp;xport list …</source>
        <translation>Liste e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the rows of the list as CSV or Excel workbook (Ctrl+Shift+E)</source>
        <translation>Die Zeilen der Liste als CSV oder Excel-Arbeitsmappe exportieren (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
</context>
<context>
    <name>kmuni::LoginDialog</name>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Log in to the database server</source>
        <translation>Am Datenbankserver anmelden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Next time the program logs in with it without asking. Your desktop keeps it encrypted; it is never written to KMUni&apos;s settings.</source>
        <translation>Beim nächsten Mal meldet sich das Programm damit an, ohne zu fragen. Ihr Desktop bewahrt es verschlüsselt auf; in die Einstellungen von KMUni wird es nie geschrieben.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The password kept in the system keyring was refused.</source>
        <translation>Das im Schlüsselbund des Systems aufbewahrte Passwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Schlüsselbund des Systems</translation>
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
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database …</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open database …</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Find …</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About KMUni CRM</source>
        <translation>Ü&amp;ber KMUni CRM</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>The current database stays open.</source>
        <translation>Die aktuelle Datenbank bleibt geöffnet.</translation>
    </message>
    <message>
        <source>KMUni databases (*.sqlite *.db);;All files (*)</source>
        <translation>KMUni-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File › Open database.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie einen neuen Dateinamen oder öffnen Sie die Datei über Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>No database open. File › Open database (Ctrl+O).</source>
        <translation>Keine Datenbank geöffnet. Datei › Datenbank öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Benutzer/in: %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer/in: %1</translation>
    </message>
    <message>
        <source>About KMUni CRM</source>
        <translation>Über KMUni CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KMUni CRM %1&lt;/h3&gt;&lt;p&gt;Contacts, activities and matches of the KMUni network: the economic-development agencies of Dortmund and Bochum, the IHK zu Dortmund and the IHK Mittleres Ruhrgebiet connect small and medium-sized technology companies with the universities of the region.&lt;/p&gt;&lt;p&gt;KMUni is funded by the European Union (European Regional Development Fund, EFRE/ERDF) and the state of North Rhine-Westphalia. All its offers are free of charge for companies.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KMUni CRM %1&lt;/h3&gt;&lt;p&gt;Kontakte, Aktivitäten und Vermittlungen des KMUni-Netzwerks: Die Wirtschaftsförderungen Dortmund und Bochum, die IHK zu Dortmund und die IHK Mittleres Ruhrgebiet bringen kleine und mittlere Technologieunternehmen mit den Hochschulen der Region zusammen.&lt;/p&gt;&lt;p&gt;KMUni wird von der Europäischen Union (Europäischer Fonds für regionale Entwicklung, EFRE) und dem Land Nordrhein-Westfalen gefördert. Alle Angebote sind für Unternehmen kostenfrei.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>New organisation (Ctrl+N)</source>
        <translation>Neue Organisation (Strg+N)</translation>
    </message>
    <message>
        <source>New contact person (Ctrl+N)</source>
        <translation>Neue Ansprechperson (Strg+N)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Neu (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Log activity …</source>
        <translation>Aktivität er&amp;fassen …</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Staff of the partners …</source>
        <translation>&amp;Mitarbeiter/innen der Netzwerkpartner …</translation>
    </message>
    <message>
        <source>Log activity (Ctrl+N)</source>
        <translation>Aktivität erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>New follow-up (Ctrl+N)</source>
        <translation>Neue Wiedervorlage (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Project and funding …</source>
        <translation>&amp;Projekt und Förderung …</translation>
    </message>
    <message>
        <source>New match (Ctrl+N)</source>
        <translation>Neue Vermittlung (Strg+N)</translation>
    </message>
    <message>
        <source>New item of this page</source>
        <translation>Neuer Eintrag auf dieser Seite</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Archive or delete (asks first)</source>
        <translation>Archivieren oder löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Ctrl+S / Esc</source>
        <translation>Strg+S / Esc</translation>
    </message>
    <message>
        <source>Save / cancel a form</source>
        <translation>Formular speichern / abbrechen</translation>
    </message>
    <message>
        <source>Create &amp;backup …</source>
        <translation>&amp;Sicherung erstellen …</translation>
    </message>
    <message>
        <source>Res&amp;tore backup …</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Do not go on working in it: changes may be lost.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Arbeiten Sie nicht darin weiter: Änderungen könnten verloren gehen.</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of it yet. &quot;kmuni check&quot; lists the damage.</source>
        <translation>Es gibt noch keine Sicherung davon. „kmuni check“ listet die Schäden auf.</translation>
    </message>
    <message>
        <source>The damaged database is kept beside it, nothing is deleted.</source>
        <translation>Die beschädigte Datenbank wird daneben aufbewahrt, nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Copying and checking the database …</source>
        <translation>Die Datenbank wird kopiert und geprüft …</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Sicherung nach %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Replace the data of %1 by the backup %2? The current database is kept beside it.</source>
        <translation>Die Daten von %1 durch die Sicherung %2 ersetzen? Die aktuelle Datenbank wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored; the database before is kept as %1.</source>
        <translation>Wiederhergestellt; die vorherige Datenbank ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is already open in another KMUni window (process %2 on %3). Open it here as well? Changes made in both are not lost: a save over a newer version asks first.</source>
        <translation>%1 ist bereits in einem anderen KMUni-Fenster geöffnet (Prozess %2 auf %3). Hier ebenfalls öffnen? Änderungen aus beiden gehen nicht verloren: Wer über eine neuere Fassung speichert, wird vorher gefragt.</translation>
    </message>
    <message>
        <source>Import &amp;activities from a calendar file (.ics) …</source>
        <translation>&amp;Aktivitäten aus einer Kalenderdatei importieren (.ics) …</translation>
    </message>
    <message>
        <source>%1 is open in another KMUni window; that window is in front now.</source>
        <translation>%1 ist bereits in einem anderen KMUni-Fenster geöffnet; dieses Fenster ist jetzt im Vordergrund.</translation>
    </message>
    <message>
        <source>&amp;Import contact persons (CSV, Excel, vCard) …</source>
        <translation>Ansprechpersonen &amp;importieren (CSV, Excel, vCard) …</translation>
    </message>
    <message>
        <source>Import &amp;organisations …</source>
        <translation>&amp;Organisationen importieren …</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The user guide was not found. It belongs at %1.</source>
        <translation>Das Handbuch wurde nicht gefunden. Es gehört nach %1.</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in a web browser.</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Öffnen Sie %1 in einem Webbrowser.</translation>
    </message>
    <message>
        <source>Open &amp;server database …</source>
        <translation>Se&amp;rver-Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open server database</source>
        <translation>Server-Datenbank öffnen</translation>
    </message>
    <message>
        <source>The shared database&apos;s address, as your IT department gives it (no password):
postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Die Adresse der gemeinsamen Datenbank, wie Ihre IT-Abteilung sie angibt (ohne Passwort):
postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>Making the daily backup …</source>
        <translation>Die tägliche Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Daily backup written to %1 and checked.</source>
        <translation>Tägliche Sicherung nach %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>%1 — KMUni CRM</source>
        <translation>%1 — KMUni CRM</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>in the lists</source>
        <translation>in den Listen</translation>
    </message>
    <message>
        <source>in the forms</source>
        <translation>in den Formularen</translation>
    </message>
    <message>
        <source>today / tomorrow / yesterday</source>
        <translation>heute / morgen / gestern</translation>
    </message>
    <message>
        <source>Set the day: the word, typed as far as it is clear</source>
        <translation>Tag setzen: das Wort, so weit getippt, bis es eindeutig ist</translation>
    </message>
    <message>
        <source>in date fields</source>
        <translation>in Datumsfeldern</translation>
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
    <message>
        <source>The two sides of a match must be different organisations.</source>
        <translation>Die beiden Seiten einer Vermittlung müssen verschiedene Organisationen sein.</translation>
    </message>
    <message>
        <source>A stage cannot be reached in the future.</source>
        <translation>Ein Stand kann nicht in der Zukunft erreicht werden.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>kmuni::MatchBoard</name>
    <message>
        <source>%1 – %2
%3: %4
%5 since %6</source>
        <translation>%1 – %2
%3: %4
%5 seit %6</translation>
    </message>
</context>
<context>
    <name>kmuni::MatchDetail</name>
    <message>
        <source>Reached on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>No activities linked to this match yet.</source>
        <translation>Noch keine Aktivitäten mit dieser Vermittlung verknüpft.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Choose a match in the list or on the board, or create one with Ctrl+N.</source>
        <translation>Wählen Sie eine Vermittlung in der Liste oder auf der Vermittlungstafel, oder legen Sie mit Strg+N eine an.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>University / institute</source>
        <translation>Hochschule / Einrichtung</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Graduates hired</source>
        <translation>Eingestellte Absolvent/innen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>current stage, for %n day(s)</source>
        <translation>
            <numerusform>aktueller Stand, seit %n Tag</numerusform>
            <numerusform>aktueller Stand, seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>final stage</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Stage history (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Aktivitäten (%1)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>kmuni::MatchDialog</name>
    <message>
        <source>New match</source>
        <translation>Neue Vermittlung</translation>
    </message>
    <message>
        <source>Edit match %1 – %2</source>
        <translation>Vermittlung %1 – %2 bearbeiten</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Company: *</source>
        <translation>&amp;Unternehmen: *</translation>
    </message>
    <message>
        <source>Contact person at the company</source>
        <translation>Ansprechperson im Unternehmen</translation>
    </message>
    <message>
        <source>Contact &amp;person there:</source>
        <translation>Ansprech&amp;person dort:</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>Hochschule oder Einrichtung</translation>
    </message>
    <message>
        <source>&amp;University / institute: *</source>
        <translation>&amp;Hochschule / Einrichtung: *</translation>
    </message>
    <message>
        <source>Contact person at the university or institute</source>
        <translation>Ansprechperson an der Hochschule oder Einrichtung</translation>
    </message>
    <message>
        <source>Contact p&amp;erson there:</source>
        <translation>Ansprechp&amp;erson dort:</translation>
    </message>
    <message>
        <source>&amp;Type: *</source>
        <translation>&amp;Art: *</translation>
    </message>
    <message>
        <source>What it is about, e.g. &quot;Thesis on warehouse robotics&quot;</source>
        <translation>Worum es geht, z. B. „Abschlussarbeit zur Lagerrobotik“</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Type to choose …</source>
        <translation>Zum Auswählen tippen …</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Mitarbeiter/in:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Graduates hired:</source>
        <translation>Eingestellte Absol&amp;vent/innen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S saves, Esc cancels.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Strg+S speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 and %2 already have an open match of this type: %3. Check before creating it again; Save once more to save anyway.</source>
        <translation>Mögliche Dublette: %1 und %2 haben schon eine offene Vermittlung dieser Art: %3. Bitte prüfen, bevor Sie sie noch einmal anlegen; erneut Speichern speichert trotzdem.</translation>
    </message>
    <message>
        <source>Choose the company from the suggestions.</source>
        <translation>Wählen Sie das Unternehmen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>Choose the university or institute from the suggestions.</source>
        <translation>Wählen Sie die Hochschule oder Einrichtung aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>Choose the person from the suggestions, or leave it empty.</source>
        <translation>Wählen Sie die Person aus den Vorschlägen, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Save the changes to this match?</source>
        <translation>Die Änderungen an dieser Vermittlung speichern?</translation>
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
    <message>
        <source>Unknown stage &quot;%1&quot;.</source>
        <translation>Unbekannter Stand „%1“.</translation>
    </message>
    <message>
        <source>A stage cannot be reached in the future (%1).</source>
        <translation>Ein Stand kann nicht in der Zukunft erreicht werden (%1).</translation>
    </message>
    <message>
        <source>There is no match with the id %1.</source>
        <translation>Es gibt keine Vermittlung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>A stage cannot be reached before the match started (%1).</source>
        <translation>Ein Stand kann nicht vor Beginn der Vermittlung erreicht werden (%1).</translation>
    </message>
    <message>
        <source>The current stage was reached on %1; the next cannot be reached before.</source>
        <translation>Der aktuelle Stand wurde am %1 erreicht; der nächste kann nicht davor erreicht werden.</translation>
    </message>
</context>
<context>
    <name>kmuni::MatchesPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Stage &amp;on</source>
        <translation>Stand &amp;vor</translation>
    </message>
    <message>
        <source>Move the match to the next stage, reached today (Alt+Right)</source>
        <translation>Die Vermittlung auf den nächsten Stand setzen, erreicht heute (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Stage &amp;back</source>
        <translation>Stand &amp;zurück</translation>
    </message>
    <message>
        <source>Move the match back to the previous stage (Alt+Left)</source>
        <translation>Die Vermittlung auf den vorigen Stand zurücksetzen (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Move to stage …</source>
        <translation>Stand &amp;setzen …</translation>
    </message>
    <message>
        <source>Move the match to a stage reached on a date you choose (Ctrl+M)</source>
        <translation>Die Vermittlung auf einen Stand setzen, erreicht an einem Tag Ihrer Wahl (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Delete …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Vermittlungs&amp;tafel</translation>
    </message>
    <message>
        <source>Switch between the list and the match board (Ctrl+B)</source>
        <translation>Zwischen Liste und Vermittlungstafel wechseln (Strg+B)</translation>
    </message>
    <message>
        <source>Filter by title, organisation, outcome …</source>
        <translation>Nach Titel, Organisation, Ergebnis filtern …</translation>
    </message>
    <message>
        <source>Filter matches</source>
        <translation>Vermittlungen filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stände</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Offene und abgeschlossene</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>All companies, universities and institutes</source>
        <translation>Alle Unternehmen, Hochschulen und Einrichtungen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stalled for at least this many weeks</source>
        <translation>Seit mindestens so vielen Wochen unverändert</translation>
    </message>
    <message>
        <source>Only open matches that have not moved for at least this many weeks (0: off)</source>
        <translation>Nur offene Vermittlungen, die sich seit mindestens so vielen Wochen nicht bewegt haben (0: aus)</translation>
    </message>
    <message>
        <source>S&amp;talled for:</source>
        <translation>S&amp;till seit:</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>No match fits this filter.</source>
        <translation>Keine Vermittlung passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>No matches yet. Ctrl+N records the first.</source>
        <translation>Noch keine Vermittlungen. Strg+N erfasst die erste.</translation>
    </message>
    <message>
        <source>&amp;On to &quot;%1&quot;</source>
        <translation>&amp;Weiter: „%1“</translation>
    </message>
    <message>
        <source>&amp;Back to &quot;%1&quot;</source>
        <translation>&amp;Zurück: „%1“</translation>
    </message>
    <message>
        <source>Move match</source>
        <translation>Vermittlung verschieben</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot; on %2.</source>
        <translation>Auf „%1“ gesetzt, erreicht am %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last stage: use Ctrl+M to choose another.</source>
        <translation>„%1“ ist der letzte Stand: mit Strg+M wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage before it: use Ctrl+M to choose another.</source>
        <translation>Vor „%1“ gibt es keinen Stand: mit Strg+M wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 – %2, now &quot;%3&quot; since %4</source>
        <translation>%1 – %2, jetzt „%3“ seit %4</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Erreicht am:</translation>
    </message>
    <message>
        <source>A stage can be entered later with the day it was reached; not in the future.</source>
        <translation>Ein Stand kann nachträglich mit dem Tag erfasst werden, an dem er erreicht wurde; nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>Delete match</source>
        <translation>Vermittlung löschen</translation>
    </message>
    <message>
        <source>Delete the match %1 – %2 for good? Its stage history goes with it; the audit log keeps a record.</source>
        <translation>Die Vermittlung %1 – %2 endgültig löschen? Ihr Verlauf wird mit gelöscht; das Änderungsprotokoll behält einen Eintrag.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
</context>
<context>
    <name>kmuni::MergeActions</name>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Merge the two selected duplicates (select them with Ctrl+click; Ctrl+Shift+M)</source>
        <translation>Die beiden ausgewählten Dubletten zusammenführen (mit Strg+Klick auswählen; Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates …</source>
        <translation>Mögliche &amp;Dubletten …</translation>
    </message>
</context>
<context>
    <name>kmuni::MergeDialog</name>
    <message>
        <source>Merge duplicate contact persons</source>
        <translation>Dubletten zusammenführen: Ansprechpersonen</translation>
    </message>
    <message>
        <source>Merge duplicate organisations</source>
        <translation>Dubletten zusammenführen: Organisationen</translation>
    </message>
    <message>
        <source>The record on the left stays. For each field that differs, choose the value it keeps. Everything linked to the record on the right moves over; then that record is deleted.</source>
        <translation>Der Datensatz links bleibt. Wählen Sie für jedes abweichende Feld, welchen Wert er behält. Alles, was mit dem Datensatz rechts verknüpft ist, geht auf ihn über; danach wird der rechte Datensatz gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other one</source>
        <translation>&amp;Tauschen: den anderen behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>“%1” goes into “%2”</source>
        <translation>„%1“ geht in „%2“ auf</translation>
    </message>
    <message>
        <source>I understand: “%1” (no. %2) is deleted after the merge. This cannot be undone.</source>
        <translation>Mir ist klar: „%1“ (Nr. %2) wird nach dem Zusammenführen gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Stays: %1 (no. %2)</source>
        <translation>Bleibt: %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>Goes: %1 (no. %2)</source>
        <translation>Entfällt: %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both records have the same values.</source>
        <translation>Beide Datensätze haben dieselben Werte.</translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s) are the same in both.</source>
        <translation>
            <numerusform>%n weiteres Feld ist in beiden gleich.</numerusform>
            <numerusform>%n weitere Felder sind in beiden gleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>What moves to “%1”</source>
        <translation>Was auf „%1“ übergeht</translation>
    </message>
    <message>
        <source>Nothing is linked to “%1”.</source>
        <translation>Mit „%1“ ist nichts verknüpft.</translation>
    </message>
    <message>
        <source>One of the two records was changed meanwhile (in another window, on another computer or from the command line). Nothing was merged. The current values are shown: check your choices and merge again.</source>
        <translation>Einer der beiden Datensätze wurde inzwischen geändert (in einem anderen Fenster, auf einem anderen Computer oder über die Kommandozeile). Es wurde nichts zusammengeführt. Die aktuellen Werte werden angezeigt: Prüfen Sie Ihre Auswahl und führen Sie erneut zusammen.</translation>
    </message>
</context>
<context>
    <name>kmuni::MonthChart</name>
    <message>
        <source>Activities per month</source>
        <translation>Aktivitäten pro Monat</translation>
    </message>
</context>
<context>
    <name>kmuni::MoveIn</name>
    <message>
        <source>Organisation »%1« (%2 in the file) is %3 in the database.</source>
        <translation>Organisation »%1« (%2 in der Datei) ist %3 in der Datenbank.</translation>
    </message>
    <message>
        <source>Contact person »%1 %2« (%3 in the file) is %4 in the database.</source>
        <translation>Ansprechperson »%1 %2« (%3 in der Datei) ist %4 in der Datenbank.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Moved in:</source>
        <translation>Übernommen:</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 merged with what was there, %4 moved in before</source>
        <translation>  %1: %2 neu, %3 mit Vorhandenem zusammengeführt, %4 schon früher übernommen</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Zusammengeführt:</translation>
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
        <source>staff members</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>Einträge im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>%1 »%2« (%3 in the file) was deleted in the database.</source>
        <translation>%1 »%2« (%3 in der Datei) wurde in der Datenbank gelöscht.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Institute »%1« (%2 in the file): its university was deleted in the database.</source>
        <translation>Einrichtung »%1« (%2 in der Datei): Ihre Hochschule wurde in der Datenbank gelöscht.</translation>
    </message>
    <message>
        <source>Contact person »%1« (%2 in the file) came without organisation: it was deleted in the database.</source>
        <translation>Ansprechperson »%1« (%2 in der Datei) kam ohne Organisation: Diese wurde in der Datenbank gelöscht.</translation>
    </message>
    <message>
        <source>%1 »%2« (%3 in the file): what it belongs to was deleted in the database.</source>
        <translation>%1 »%2« (%3 in der Datei): Wozu sie gehört, wurde in der Datenbank gelöscht.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n deleted in the database, not brought back</source>
        <translation>
            <numerusform>  %1: %n in der Datenbank gelöscht, nicht wieder übernommen</numerusform>
            <numerusform>  %1: %n in der Datenbank gelöscht, nicht wieder übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in the database:</source>
        <translation>In der Datenbank gelöscht:</translation>
    </message>
</context>
<context>
    <name>kmuni::NeedsOffers</name>
    <message>
        <source>A topic needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown match type &quot;%1&quot;.</source>
        <translation>Unbekannte Vermittlungsart „%1“.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Die Organisation existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::NeedsOffersDialog</name>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Type to find a topic; Enter adds a new one</source>
        <translation>Tippen, um ein Thema zu finden; Enter legt ein neues an</translation>
    </message>
    <message>
        <source>What the company looks for: topics</source>
        <translation>Was das Unternehmen sucht: Themen</translation>
    </message>
    <message>
        <source>What is offered: topics</source>
        <translation>Was angeboten wird: Themen</translation>
    </message>
    <message>
        <source>Kinds of match</source>
        <translation>Arten der Vermittlung</translation>
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
        <translation>Unbekannte Branche „%1“.</translation>
    </message>
    <message>
        <source>Unknown outreach stage &quot;%1&quot;.</source>
        <translation>Unbekannter Betreuungsstand „%1“.</translation>
    </message>
    <message>
        <source>A German postal code has five digits.</source>
        <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Grund der Archivierung</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationDetail</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
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
        <source>Institute</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>No activities yet. Ctrl+L logs the first.</source>
        <translation>Noch keine Aktivitäten. Mit Strg+L erfassen Sie die erste.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Choose an organisation in the list, or create one with Ctrl+N.</source>
        <translation>Wählen Sie eine Organisation in der Liste aus oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Ansprechpersonen (%1)</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Aktivitäten (%1)</translation>
    </message>
    <message>
        <source>Matches (%1)</source>
        <translation>Vermittlungen (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(s), last on %2 (%3)</source>
        <translation>
            <numerusform>%1: %n Aktivität, zuletzt am %2 (%3)</numerusform>
            <numerusform>%1: %n Aktivitäten, zuletzt am %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation>In Kontakt mit</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Institutes (%1)</source>
        <translation>Einrichtungen (%1)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>No contact persons yet. “New contact person” above adds the first.</source>
        <translation>Noch keine Ansprechpersonen. „Neue Ansprechperson“ oben legt die erste an.</translation>
    </message>
    <message>
        <source>No institutes yet. “New institute” above adds the first.</source>
        <translation>Noch keine Einrichtungen. „Neue Einrichtung“ oben legt die erste an.</translation>
    </message>
    <message>
        <source>No matches yet. “New match” above records the first.</source>
        <translation>Noch keine Vermittlungen. „Neue Vermittlung“ oben erfasst die erste.</translation>
    </message>
    <message>
        <source>Topics sought</source>
        <translation>Gesuchte Themen</translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation>Angebotene Themen</translation>
    </message>
    <message>
        <source>none yet: the Suggestions tab sets them (Needs and offers …)</source>
        <translation>noch keine: Sie werden auf der Registerkarte Vorschläge festgelegt (Bedarf und Angebot …)</translation>
    </message>
    <message>
        <source>Kinds of match: %1</source>
        <translation>Arten der Vermittlung: %1</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>(choose the university)</source>
        <translation>(Hochschule auswählen)</translation>
    </message>
    <message>
        <source>&amp;University:</source>
        <translation>&amp;Hochschule:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Type of &amp;institute:</source>
        <translation>Art der &amp;Einrichtung:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsform:</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(keine Branche)</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>Outreach s&amp;tage:</source>
        <translation>Betreuungs&amp;stand:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Beschäft&amp;igte:</translation>
    </message>
    <message>
        <source>S&amp;ME (fewer than 250 employees, turnover ≤ 50 M€)</source>
        <translation>KM&amp;U (weniger als 250 Beschäftigte, Umsatz ≤ 50 Mio. €)</translation>
    </message>
    <message>
        <source>&amp;Pilot participant of KMUni</source>
        <translation>&amp;Pilotunternehmen von KMUni</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse und Kontakt</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S saves, Esc cancels.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Strg+S speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 already exists. Check before creating it again; Save once more to save anyway.</source>
        <translation>Mögliche Dublette: %1 ist bereits vorhanden. Bitte prüfen Sie dies, bevor Sie die Organisation erneut anlegen; klicken Sie noch einmal auf Speichern, um trotzdem zu speichern.</translation>
    </message>
    <message>
        <source>Save the changes to this organisation?</source>
        <translation>Möchten Sie die Änderungen an dieser Organisation speichern?</translation>
    </message>
    <message>
        <source>In your own words. The topics and kinds of match that suggestions go by are set on the organisation&apos;s Suggestions tab (Needs and offers …).</source>
        <translation>In Ihren eigenen Worten. Die Themen und Arten der Vermittlung, nach denen Vorschläge gemacht werden, legen Sie auf der Registerkarte Vorschläge der Organisation fest (Bedarf und Angebot …).</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationImport</name>
    <message>
        <source>The organisation&apos;s name is missing.</source>
        <translation>Der Name der Organisation fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees.</source>
        <translation>„%1“ ist keine Zahl von Beschäftigten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: „%2“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>The first line must name the columns, one of them the organisation&apos;s name (&quot;Name&quot;, &quot;Firma&quot;, &quot;Organisation&quot;); found: %1.</source>
        <translation>Die erste Zeile muss die Spalten benennen, darunter den Namen der Organisation („Name“, „Firma“, „Organisation“); gefunden: %1.</translation>
    </message>
    <message>
        <source>The stored organisations cannot be read: %1</source>
        <translation>Die gespeicherten Organisationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Organisation &quot;%1&quot; cannot be saved: %2</source>
        <translation>Die Organisation „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation (company, university, institute, partner).</source>
        <translation>„%1“ ist keine Art von Organisation (Unternehmen, Hochschule, Einrichtung, Partner).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outreach stage.</source>
        <translation>„%1“ ist kein Betreuungsstand.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; not kept: no staff member has this name.</source>
        <translation>%1 »%2« nicht übernommen: Keine Mitarbeiterin und kein Mitarbeiter heißt so.</translation>
    </message>
    <message>
        <source>The staff members cannot be read: %1</source>
        <translation>Die Mitarbeiter/innen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Archived in an imported file.</source>
        <translation>In einer importierten Datei archiviert.</translation>
    </message>
    <message>
        <source>Archived in the imported file %1.</source>
        <translation>In der importierten Datei %1 archiviert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of institute (faculty, chair, career service, …).</source>
        <translation>„%1“ ist keine Art von Einrichtung (Fakultät, Lehrstuhl, Career Service, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in line %2 already; what this line says differently is not taken over (%3). If it is another site of the same organisation, add it to the organisation&apos;s notes.</source>
        <translation>„%1“ steht schon in Zeile %2; was diese Zeile anders sagt, wird nicht übernommen (%3). Ist es ein weiterer Standort derselben Organisation, tragen Sie ihn in deren Notizen ein.</translation>
    </message>
    <message>
        <source>%1 has %2 employees but is given as an SME; an SME has fewer than 250. Please check.</source>
        <translation>%1 hat %2 Beschäftigte, ist aber als KMU angegeben; ein KMU hat weniger als 250. Bitte prüfen.</translation>
    </message>
    <message>
        <source>a total or a note below the list, not an organisation: left out</source>
        <translation>eine Summe oder ein Hinweis unter der Liste, keine Organisation: ausgelassen</translation>
    </message>
    <message>
        <source>The university &quot;%1&quot; is not known: add a row for it (of the kind University) or create it first, or write it as it is stored.</source>
        <translation>Die Hochschule „%1“ ist nicht bekannt: Fügen Sie eine Zeile für sie hinzu (Art Hochschule), legen Sie sie zuerst an oder schreiben Sie sie so, wie sie gespeichert ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a university: an institute belongs to one.</source>
        <translation>„%1“ ist keine Hochschule: Eine Einrichtung gehört zu einer Hochschule.</translation>
    </message>
    <message>
        <source>Sector &quot;%1&quot; left empty: it is not one of the project&apos;s sectors (%2).</source>
        <translation>Branche „%1“ bleibt leer: Sie ist keine der Branchen des Projekts (%2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a size class, not a number: no number of employees is taken from it (a stored number outside the class is cleared).</source>
        <translation>%1 „%2“ ist eine Größenklasse, keine Zahl: Daraus wird keine Zahl der Beschäftigten übernommen (eine gespeicherte Zahl außerhalb der Klasse wird geleert).</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationMerge</name>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Type of institute</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Pilot company</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Outreach stage</source>
        <translation>Betreuungsstand</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Eine Organisation kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation>Es gibt keine Organisation mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 is of the kind &quot;%2&quot;, %3 of the kind &quot;%4&quot;: only organisations of the same kind can be merged. Change the kind of one of them first.</source>
        <translation>%1 ist von der Art „%2“, %3 von der Art „%4“: Nur Organisationen derselben Art können zusammengeführt werden. Ändern Sie zuerst die Art einer der beiden.</translation>
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
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Topics (needs and offers)</source>
        <translation>Themen (Bedarf und Angebot)</translation>
    </message>
    <message>
        <source>Match types (needs and offers)</source>
        <translation>Arten der Vermittlung (Bedarf und Angebot)</translation>
    </message>
    <message>
        <source>Rejected suggestions</source>
        <translation>Abgelehnte Vorschläge</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Kürzel des Partners</translation>
    </message>
    <message>
        <source>Audit-log entries</source>
        <translation>Einträge im Änderungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>Both took part in %n activity(ies): there the merged organisation is listed once.</source>
        <translation>
            <numerusform>Beide haben an %n Aktivität teilgenommen: Dort wird die zusammengeführte Organisation einmal aufgeführt.</numerusform>
            <numerusform>Beide haben an %n Aktivitäten teilgenommen: Dort wird die zusammengeführte Organisation einmal aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both have a partner code for the report: %1 keeps its own.</source>
        <translation>Beide haben ein Kürzel für den Bericht: %1 behält das eigene.</translation>
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
    <message>
        <source>Unknown outreach stage &quot;%1&quot;.</source>
        <translation>Unbekannter Betreuungsstand „%1“.</translation>
    </message>
</context>
<context>
    <name>kmuni::OrganisationsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive …</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>New &amp;institute</source>
        <translation>Neue &amp;Einrichtung</translation>
    </message>
    <message>
        <source>New &amp;contact person</source>
        <translation>&amp;Neue Ansprechperson</translation>
    </message>
    <message>
        <source>Filter by name, city, e-mail …</source>
        <translation>Nach Name, Ort, E-Mail filtern …</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Organisationen filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Betreuungsstände</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Pilots</source>
        <translation>&amp;Pilotunternehmen</translation>
    </message>
    <message>
        <source>Only pilot participants of KMUni</source>
        <translation>Nur Pilotunternehmen von KMUni</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktiv und archiviert</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>No organisation matches this filter.</source>
        <translation>Keine Organisation entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>No organisations yet. Ctrl+N creates the first.</source>
        <translation>Noch keine Organisationen. Mit Strg+N legen Sie die erste an.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore organisation</source>
        <translation>Organisation wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 from the archive?</source>
        <translation>%1 aus dem Archiv wiederherstellen?</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>%1 has no contact persons, activities or matches. Delete it for good? This cannot be undone; the audit log keeps a record.</source>
        <translation>%1 hat keine Ansprechpersonen, Aktivitäten oder Vermittlungen. Endgültig löschen? Dies kann nicht rückgängig gemacht werden; der Vorgang wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Archive organisation</source>
        <translation>Organisation archivieren</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>Aktivität er&amp;fassen</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>Outreach &amp;stage</source>
        <translation>Betreuungs&amp;stand</translation>
    </message>
    <message>
        <source>Outreach stage</source>
        <translation>Betreuungsstand</translation>
    </message>
    <message>
        <source>&amp;Print contact sheet …</source>
        <translation>Kontaktblatt &amp;drucken …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Contact sheet %1</source>
        <translation>Kontaktblatt %1</translation>
    </message>
    <message>
        <source>Print contact sheets of the &amp;list …</source>
        <translation>Kontaktblätter der &amp;Liste drucken …</translation>
    </message>
    <message>
        <source>Save contact sheets of the list as PDF …</source>
        <translation>Kontaktblätter der Liste als PDF speichern …</translation>
    </message>
    <message>
        <source>Contact sheets</source>
        <translation>Kontaktblätter</translation>
    </message>
    <message>
        <source>New &amp;match</source>
        <translation>Neue &amp;Vermittlung</translation>
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
        <source>%1 has history (%2), which the funding documentation needs, so it is archived rather than deleted. It disappears from the lists and stays in reports.</source>
        <translation>%1 hat eine Vorgeschichte (%2), die die Förderdokumentation braucht; deshalb wird die Organisation archiviert statt gelöscht. Sie verschwindet aus den Listen und bleibt in den Berichten.</translation>
    </message>
    <message>
        <source>&amp;Why is it archived?</source>
        <translation>&amp;Warum wird sie archiviert?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
</context>
<context>
    <name>kmuni::OverviewPage</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Nothing overdue or due today.</source>
        <translation>Nichts überfällig oder heute fällig.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>No activities yet. Ctrl+L logs the first.</source>
        <translation>Noch keine Aktivitäten. Mit Strg+L erfassen Sie die erste.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Every open match moved in the last four weeks.</source>
        <translation>Alle offenen Vermittlungen sind in den letzten vier Wochen vorangekommen.</translation>
    </message>
    <message>
        <source>Overdue and due today</source>
        <translation>Überfällig und heute fällig</translation>
    </message>
    <message>
        <source>Latest activities of the network</source>
        <translation>Neueste Aktivitäten im Netzwerk</translation>
    </message>
    <message>
        <source>Matches without progress for four weeks or more</source>
        <translation>Vermittlungen ohne Fortschritt seit vier Wochen oder länger</translation>
    </message>
    <message>
        <source>Hello, %1 — %2</source>
        <translation>Guten Tag, %1 — %2</translation>
    </message>
    <message>
        <source>KMUni network — %1</source>
        <translation>KMUni-Netzwerk — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; companies (%2 pilot participants) · &lt;b&gt;%3&lt;/b&gt; universities and %4 institutes · &lt;b&gt;%5&lt;/b&gt; contact persons · &lt;b&gt;%6&lt;/b&gt; activities this year, %7&amp;nbsp;h staff time · &lt;b&gt;%8&lt;/b&gt; open matches</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Unternehmen (%2 Pilotunternehmen) · &lt;b&gt;%3&lt;/b&gt; Hochschulen und %4 Einrichtungen · &lt;b&gt;%5&lt;/b&gt; Ansprechpersonen · &lt;b&gt;%6&lt;/b&gt; Aktivitäten in diesem Jahr, %7&amp;nbsp;h Zeitaufwand · &lt;b&gt;%8&lt;/b&gt; offene Vermittlungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Activities per month this year</source>
        <translation>Aktivitäten pro Monat in diesem Jahr</translation>
    </message>
</context>
<context>
    <name>kmuni::PagedDocument</name>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>kmuni::ParticipantList</name>
    <message>
        <source>Participants list %1</source>
        <translation>Teilnehmerliste %1</translation>
    </message>
    <message>
        <source>Logo of the European Union (EFRE)</source>
        <translation>Logo der Europäischen Union (EFRE)</translation>
    </message>
    <message>
        <source>Logo of the state of NRW</source>
        <translation>Landeslogo NRW</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Funding reference</source>
        <translation>Förderkennzeichen</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Förderlinie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>With my signature I confirm my participation. My name and organisation are processed to document the publicly funded project (Art. 6 (1) c and e GDPR).</source>
        <translation>Mit meiner Unterschrift bestätige ich meine Teilnahme. Mein Name und meine Organisation werden zur Dokumentation des öffentlich geförderten Projekts verarbeitet (Art. 6 Abs. 1 lit. c und e DSGVO).</translation>
    </message>
    <message>
        <source>KMUni network</source>
        <translation>KMUni-Netzwerk</translation>
    </message>
    <message>
        <source>There is no activity with the id %1.</source>
        <translation>Es gibt keine Aktivität mit der Nr. %1.</translation>
    </message>
    <message>
        <source>The participants list cannot be read from the database: %1</source>
        <translation>Die Teilnehmerliste kann nicht aus der Datenbank gelesen werden: %1</translation>
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
        <translation>Unbekannte Anrede „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
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
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
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
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonDetail</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter/innen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Choose a contact person in the list, or create one with Ctrl+N.</source>
        <translation>Wählen Sie eine Ansprechperson in der Liste aus oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact.&lt;/b&gt; This person objected to being contacted. Do not call, write or invite them; keep the record only for the documentation.</source>
        <translation>&lt;b&gt;Kontaktsperre.&lt;/b&gt; Diese Person hat der Kontaktaufnahme widersprochen. Bitte nicht anrufen, anschreiben oder einladen; der Datensatz dient nur noch der Dokumentation.</translation>
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
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Aktivitäten (%1)</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>No activities with this person yet. Ctrl+L logs the first.</source>
        <translation>Noch keine Aktivitäten mit dieser Ansprechperson. Mit Strg+L erfassen Sie die erste.</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Neue Ansprechperson</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>S&amp;alutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Last name: *</source>
        <translation>&amp;Nachname: *</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;bil:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Einwilligung erteilt am:</translation>
    </message>
    <message>
        <source>&amp;Do not contact (the person objected to being contacted)</source>
        <translation>&amp;Kontaktsperre (die Person hat der Kontaktaufnahme widersprochen)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S saves, Esc cancels.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Strg+S speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 already exists. Check before creating the person again; Save once more to save anyway.</source>
        <translation>Mögliche Dublette: %1 ist bereits vorhanden. Bitte prüfen Sie dies, bevor Sie die Person erneut anlegen; klicken Sie noch einmal auf Speichern, um trotzdem zu speichern.</translation>
    </message>
    <message>
        <source>Choose the organisation from the suggestions, or leave it empty.</source>
        <translation>Wählen Sie die Organisation aus den Vorschlägen aus oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Save the changes to this contact person?</source>
        <translation>Möchten Sie die Änderungen an dieser Ansprechperson speichern?</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct them and import the file again:</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut:</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1 (line %2).</source>
        <translation>Die Datei kann nicht gelesen werden: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>Organisation &quot;%1&quot; cannot be created: %2</source>
        <translation>Die Organisation „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Line %1 cannot be saved: %2</source>
        <translation>Zeile %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message numerus="yes">
        <source>»%1« (%n value(s))</source>
        <translation>
            <numerusform>»%1« (%n Wert)</numerusform>
            <numerusform>»%1« (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>»%1« → %2</source>
        <translation>»%1« → %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n column(s) without values)</source>
        <translation>
            <numerusform>(%n Spalte ohne Werte)</numerusform>
            <numerusform>(%n Spalten ohne Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Trial run, nothing was changed. The import would bring:</source>
        <translation>Probelauf, nichts wurde geändert. Der Import würde ergeben:</translation>
    </message>
    <message>
        <source>  contact persons: %1 new, %2 updated, %3 unchanged</source>
        <translation>  Ansprechpersonen: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>  organisations: %1 new, %2 completed</source>
        <translation>  Organisationen: %1 neu, %2 ergänzt</translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>  … and more updated rows</source>
        <translation>  … und weitere aktualisierte Zeilen</translation>
    </message>
    <message>
        <source>  line %1: %2 updated: %3</source>
        <translation>  Zeile %1: %2 aktualisiert: %3</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>Die Datei enthält keine vCard.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>%1: %2 in the file »%3«, stored »%4« (left as stored)</source>
        <translation>%1: %2 in der Datei »%3«, gespeichert »%4« (bleibt wie gespeichert)</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Organisation „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Organisation &quot;%1&quot; cannot be saved: %2</source>
        <translation>Die Organisation „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The first line must name the columns, one of them the last name (&quot;Nachname&quot;, &quot;last name&quot;) or the full name (&quot;Name&quot;); found: %1.</source>
        <translation>Die erste Zeile muss die Spalten benennen, darunter den Nachnamen („Nachname“, „last name“) oder den vollständigen Namen („Name“); gefunden: %1.</translation>
    </message>
    <message>
        <source>The stored persons and organisations cannot be read: %1</source>
        <translation>Die gespeicherten Ansprechpersonen und Organisationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>  organisations: %1 new, %2 updated, %3 unchanged</source>
        <translation>  Organisationen: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>A person was removed during the import.</source>
        <translation>Eine Ansprechperson wurde während des Imports gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) of an organisation without a person</source>
        <translation>
            <numerusform>  %n Zeile einer Organisation ohne Person</numerusform>
            <numerusform>  %n Zeilen einer Organisation ohne Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n Zeile ausgelassen:</numerusform>
            <numerusform>%n Zeilen ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept:</source>
        <translation>Nicht übernommen, mit Grund:</translation>
    </message>
    <message>
        <source>%1 lies in %2: the country is not kept.</source>
        <translation>%1 liegt in %2: das Land wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 lies in %2: the country and the postal code »%3« (not a German one) are not kept.</source>
        <translation>%1 liegt in %2: das Land und die Postleitzahl »%3« (keine deutsche) werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>no name and no organisation: left out</source>
        <translation>kein Name und keine Organisation: ausgelassen</translation>
    </message>
    <message>
        <source>no name and no organisation: left out (%1)</source>
        <translation>kein Name und keine Organisation: ausgelassen (%1)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: „%2“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>  The file has no rows below its column names.</source>
        <translation>  Die Datei hat unter den Spaltennamen keine Zeilen.</translation>
    </message>
    <message>
        <source>The file cannot be read a second time: %1</source>
        <translation>Die Datei kann kein zweites Mal gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is created as: %2 (by its name), not as a company.</source>
        <translation>„%1“ wird dem Namen nach als %2 angelegt, nicht als Unternehmen.</translation>
    </message>
    <message>
        <source>%1 organisations are named &quot;%2&quot;: persons of the file whose postal code or city does not tell which are put at the first (%3). Move them in the program where needed.</source>
        <translation>%1 Organisationen heißen „%2“: Personen der Datei, bei denen Postleitzahl oder Ort nicht sagen, welche gemeint ist, kommen zur ersten (%3). Ordnen Sie sie bei Bedarf im Programm um.</translation>
    </message>
    <message>
        <source>Taken over, please check:</source>
        <translation>Übernommen, bitte prüfen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is created as: %2 of %3.</source>
        <translation>„%1“ wird als %2 von %3 angelegt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is created as: %2 (named as an institute&apos;s).</source>
        <translation>„%1“ wird als %2 angelegt (als Hochschule eines Instituts genannt).</translation>
    </message>
    <message>
        <source>%1 is created: a person of the same name and organisation has another e-mail address (»%2«). If they are one person, merge them (Ctrl+Shift+M).</source>
        <translation>%1 wird angelegt: Eine Person mit gleichem Namen in derselben Organisation hat eine andere E-Mail-Adresse (»%2«). Ist es dieselbe Person, führen Sie beide zusammen (Strg+Umschalt+M).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (DD.MM.YYYY).</source>
        <translation>„%1“ ist kein Datum (TT.MM.JJJJ).</translation>
    </message>
    <message>
        <source>%1 is in line %2 already; what this line says differently is not taken over (%3).</source>
        <translation>%1 steht schon in Zeile %2; was diese Zeile anders sagt, wird nicht übernommen (%3).</translation>
    </message>
    <message>
        <source>a total or a note below the list, not a person: left out</source>
        <translation>eine Summe oder ein Hinweis unter der Liste, keine Person: ausgelassen</translation>
    </message>
    <message>
        <source>%1 is blocked from contact; an import does not lift a block (the person&apos;s form does).</source>
        <translation>%1 ist für Kontakt gesperrt; ein Import hebt keine Sperre auf (das geschieht im Formular der Person).</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonMerge</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation>Eine Ansprechperson kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Ansprechperson mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Person %1 was erased (anonymised); an erased person cannot be merged.</source>
        <translation>Die Ansprechperson %1 wurde gelöscht (anonymisiert); eine gelöschte Person kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Audit-log entries</source>
        <translation>Einträge im Änderungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>Both took part in %n activity(ies): there the merged person is listed once.</source>
        <translation>
            <numerusform>Beide haben an %n Aktivität teilgenommen: Dort wird die zusammengeführte Person einmal aufgeführt.</numerusform>
            <numerusform>Beide haben an %n Aktivitäten teilgenommen: Dort wird die zusammengeführte Person einmal aufgeführt.</numerusform>
        </translation>
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
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>There is no contact person with the id %1.</source>
        <translation>Es gibt keine Ansprechperson mit der Nummer %1.</translation>
    </message>
    <message>
        <source>This person was erased; the record cannot be changed.</source>
        <translation>Diese Person wurde gelöscht; der Datensatz kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>An erased person stays archived.</source>
        <translation>Eine gelöschte Person bleibt archiviert.</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonVCard</name>
    <message>
        <source>The persons cannot be read from the database: %1</source>
        <translation>Die Ansprechpersonen können nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kmuni::PersonsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Write e-&amp;mail</source>
        <translation>E-&amp;Mail schreiben</translation>
    </message>
    <message>
        <source>&amp;Archive …</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, function …</source>
        <translation>Nach Name, E-Mail, Funktion filtern …</translation>
    </message>
    <message>
        <source>Filter contact persons</source>
        <translation>Ansprechpersonen filtern</translation>
    </message>
    <message>
        <source>Only &amp;do-not-contact</source>
        <translation>Nur &amp;Kontaktsperre</translation>
    </message>
    <message>
        <source>With a&amp;rchived</source>
        <translation>Auch a&amp;rchivierte</translation>
    </message>
    <message>
        <source>No contact person matches this filter.</source>
        <translation>Keine Ansprechperson entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>No contact persons yet. Ctrl+N creates the first.</source>
        <translation>Noch keine Ansprechpersonen. Mit Strg+N legen Sie die erste an.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore contact person</source>
        <translation>Ansprechperson wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>%1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation>Ansprechperson löschen</translation>
    </message>
    <message>
        <source>%1 took part in no activity. Delete the person for good? This cannot be undone; the audit log keeps a record.</source>
        <translation>%1 hat an keiner Aktivität teilgenommen. Die Ansprechperson endgültig löschen? Dies kann nicht rückgängig gemacht werden; der Vorgang wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Archive contact person</source>
        <translation>Ansprechperson archivieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 took part in %n activity(s), which the funding documentation needs, so the person is archived rather than deleted. Archive now?</source>
        <translation>
            <numerusform>%1 war an %n Aktivität beteiligt, die für die Förderdokumentation benötigt wird. Die Ansprechperson wird daher archiviert statt gelöscht. Jetzt archivieren?</numerusform>
            <numerusform>%1 war an %n Aktivitäten beteiligt, die für die Förderdokumentation benötigt werden. Die Ansprechperson wird daher archiviert statt gelöscht. Jetzt archivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>Aktivität er&amp;fassen</translation>
    </message>
    <message>
        <source>Export personal data …</source>
        <translation>Auskunft exportieren …</translation>
    </message>
    <message>
        <source>Erase (anonymise) …</source>
        <translation>Löschen (anonymisieren) …</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Auskunft exportieren</translation>
    </message>
    <message>
        <source>Personal data %1</source>
        <translation>Auskunft %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Die Ansprechperson existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Erase contact person</source>
        <translation>Ansprechperson löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Removed:&lt;/b&gt; the name, e-mail, phone numbers, notes, title and function. Where the text of the person&apos;s activities, follow-ups and matches or their organisation&apos;s notes names them, the name, e-mail and phone numbers are masked. The audit log keeps no old value of the person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept:&lt;/b&gt; the activities, matches and follow-ups and the counts of the EFRE report, with the person shown as erased. Funding reports already filed stay as they were handed in.&lt;/p&gt;&lt;p&gt;This cannot be undone. If the person asked what is stored about them, export the personal data first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entfernt:&lt;/b&gt; Name, E-Mail, Telefonnummern, Notizen, Titel und Funktion. Wo der Text der Aktivitäten, Wiedervorlagen und Vermittlungen der Person oder die Notizen ihrer Organisation sie nennen, werden Name, E-Mail und Telefonnummern unkenntlich gemacht. Das Änderungsprotokoll behält keinen alten Wert der Person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erhalten:&lt;/b&gt; die Aktivitäten, Vermittlungen und Wiedervorlagen und die Zahlen des EFRE-Berichts, mit der Person als gelöscht. Bereits eingereichte Berichte bleiben, wie sie eingereicht wurden.&lt;/p&gt;&lt;p&gt;Dies kann nicht rückgängig gemacht werden. Wenn die Person Auskunft verlangt hat, exportieren Sie die Auskunft zuerst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>kmuni::PrintContactSheets</name>
    <message>
        <source>Contact sheets</source>
        <translation>Kontaktblätter</translation>
    </message>
    <message>
        <source>Contact sheets: print preview</source>
        <translation>Kontaktblätter: Druckvorschau</translation>
    </message>
    <message>
        <source>Save contact sheets as PDF</source>
        <translation>Kontaktblätter als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact sheet(s) …</source>
        <translation>
            <numerusform>Schreibe %n Kontaktblatt …</numerusform>
            <numerusform>Schreibe %n Kontaktblätter …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::PrivateFile</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its permissions cannot be set</source>
        <translation>ihre Zugriffsrechte können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>the disk is full or the file too large</source>
        <translation>der Datenträger ist voll oder die Datei zu groß</translation>
    </message>
</context>
<context>
    <name>kmuni::ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Projekt und Förderung</translation>
    </message>
    <message>
        <source>as in the grant notice</source>
        <translation>wie im Zuwendungsbescheid</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>e.g. EFRE-0400123</source>
        <translation>z. B. EFRE-0400123</translation>
    </message>
    <message>
        <source>Funding &amp;reference:</source>
        <translation>&amp;Förderkennzeichen:</translation>
    </message>
    <message>
        <source>e.g. EFRE/JTF-Programm NRW 2021–2027</source>
        <translation>z. B. EFRE/JTF-Programm NRW 2021–2027</translation>
    </message>
    <message>
        <source>Funding &amp;line:</source>
        <translation>Förder&amp;linie:</translation>
    </message>
    <message>
        <source>The grant notice sets an approved period</source>
        <translation>Der Zuwendungsbescheid legt einen Bewilligungszeitraum fest</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Approved period:</source>
        <translation>&amp;Bewilligungszeitraum:</translation>
    </message>
    <message>
        <source>&amp;Indicator set:</source>
        <translation>&amp;Kennzahlenset:</translation>
    </message>
    <message>
        <source>No partner organisations yet: create organisations of the kind &quot;Partner&quot;.</source>
        <translation>Noch keine Netzwerkpartner: Legen Sie Organisationen der Art „Netzwerkpartner“ an.</translation>
    </message>
    <message>
        <source>Activities outside the approved period are marked in the activity list and are not counted in the EFRE report.</source>
        <translation>Aktivitäten außerhalb des Bewilligungszeitraums werden in der Aktivitätenliste markiert und im EFRE-Bericht nicht gezählt.</translation>
    </message>
    <message>
        <source>The partner&apos;s code in the EFRE report (ENT_SUPPORTED_PARTNER_&lt;code&gt;): the same in every office. Empty: the code shown, from the name.</source>
        <translation>Das Kürzel des Netzwerkpartners in den Codes des EFRE-Berichts (ENT_SUPPORTED_PARTNER_&lt;Kürzel&gt;): in jedem Büro dasselbe. Leer: das angezeigte Kürzel aus dem Namen.</translation>
    </message>
    <message>
        <source>Partner &amp;codes:</source>
        <translation>&amp;Kürzel der Partner:</translation>
    </message>
</context>
<context>
    <name>kmuni::ProjectSettings</name>
    <message>
        <source>EFRE/JTF NRW 2021–2027 (RCO01, RCO04, RCO10)</source>
        <translation>EFRE/JTF NRW 2021–2027 (RCO01, RCO04, RCO10)</translation>
    </message>
    <message>
        <source>Give both the start and the end of the approved period, or neither.</source>
        <translation>Geben Sie Beginn und Ende des Bewilligungszeitraums an oder keines von beiden.</translation>
    </message>
    <message>
        <source>The approved period ends before it starts.</source>
        <translation>Der Bewilligungszeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Unknown indicator set &quot;%1&quot;.</source>
        <translation>Unbekanntes Kennzahlenset „%1“.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; of %2 is not valid: 1 to 16 capital letters A–Z, digits and &quot;_&quot;.</source>
        <translation>Das Kürzel „%1“ von %2 ist ungültig: 1 bis 16 Großbuchstaben A–Z, Ziffern und „_“.</translation>
    </message>
    <message>
        <source>Two partner organisations have the code &quot;%1&quot;: choose another one for %2.</source>
        <translation>Zwei Netzwerkpartner haben das Kürzel „%1“: Wählen Sie für %2 ein anderes.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Funding reference</source>
        <translation>Förderkennzeichen</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Förderlinie</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Kürzel des Partners</translation>
    </message>
</context>
<context>
    <name>kmuni::ReadErrors</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Some data could not be read from the database, so what is shown may be incomplete. Try again (F5); if this happens again, run &quot;kmuni check&quot; on the database file.</source>
        <translation>Einige Daten konnten nicht aus der Datenbank gelesen werden; was angezeigt wird, ist daher womöglich unvollständig. Versuchen Sie es erneut (F5); geschieht das wieder, prüfen Sie die Datenbankdatei mit „kmuni check“.</translation>
    </message>
</context>
<context>
    <name>kmuni::ReportsPage</name>
    <message>
        <source>Current quarter</source>
        <translation>Aktuelles Quartal</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Whole approved period</source>
        <translation>Gesamter Bewilligungszeitraum</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Build report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>Counts the period again (F5)</source>
        <translation>Zählt den Zeitraum neu (F5)</translation>
    </message>
    <message>
        <source>P&amp;DF …</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <source>E&amp;xcel …</source>
        <translation>E&amp;xcel …</translation>
    </message>
    <message>
        <source>&amp;CSV …</source>
        <translation>&amp;CSV …</translation>
    </message>
    <message>
        <source>P&amp;rint …</source>
        <translation>D&amp;rucken …</translation>
    </message>
    <message>
        <source>The whole report with cover page, indicators, chart and evidence lists</source>
        <translation>Der ganze Bericht mit Deckblatt, Kennzahlen, Diagramm und Nachweislisten</translation>
    </message>
    <message>
        <source>One sheet per part, with real dates and numbers (XLSX)</source>
        <translation>Ein Tabellenblatt je Teil, mit echten Datums- und Zahlenwerten (XLSX)</translation>
    </message>
    <message>
        <source>The indicators as code;label;value for German Excel</source>
        <translation>Die Kennzahlen als code;label;value für deutsches Excel</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>EU indicator</source>
        <translation>EU-Kennzahl</translation>
    </message>
    <message>
        <source>Enter or double-click: the rows behind the number</source>
        <translation>Eingabetaste oder Doppelklick: die Einträge hinter der Zahl</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>EFRE report</source>
        <translation>EFRE-Bericht</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Counting the period …</source>
        <translation>Zähle den Zeitraum …</translation>
    </message>
    <message>
        <source>Choose a period and build the report (F5).</source>
        <translation>Wählen Sie einen Zeitraum und erstellen Sie den Bericht (F5).</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · period %3 – %4 · built %5 · fingerprint &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Zeitraum %3 – %4 · erstellt %5 · Prüfsumme &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows.</source>
        <translation>Die ersten %1 von %2 Einträgen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Enter or double-click opens the row.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Eintrag.</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Schreibe %1 …</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>EFRE report %1 to %2</source>
        <translation>EFRE-Bericht %1 bis %2</translation>
    </message>
    <message>
        <source>Export the EFRE report</source>
        <translation>EFRE-Bericht exportieren</translation>
    </message>
    <message>
        <source>EFRE report: print preview</source>
        <translation>EFRE-Bericht: Druckvorschau</translation>
    </message>
    <message>
        <source>(project name not set: Extras › Project and funding)</source>
        <translation>(kein Projektname: Extras › Projekt und Förderung)</translation>
    </message>
    <message>
        <source>The report cannot be built: the database could not be read (%1).</source>
        <translation>Der Bericht kann nicht erstellt werden: Die Datenbank konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>&amp;File as submitted …</source>
        <translation>Als eingereicht &amp;festhalten …</translation>
    </message>
    <message>
        <source>Keep this report as handed in to the funding body: read-only, exported later byte for byte, and later reports of the period show what changed since</source>
        <translation>Diesen Bericht so festhalten, wie er beim Fördergeber eingereicht wurde: schreibgeschützt, später Byte für Byte wieder exportierbar; spätere Berichte des Zeitraums zeigen, was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation>Eingereichter Bericht</translation>
    </message>
    <message>
        <source>Filed as &quot;%1&quot; on %2: nothing changed since.</source>
        <translation>Als „%1“ am %2 eingereicht: Seitdem hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Filed as &quot;%1&quot; on %2. Since then %3 and %4. &lt;a href=&quot;changes:%5&quot;&gt;Show the changes&lt;/a&gt;</source>
        <translation>Als „%1“ am %2 eingereicht. Seitdem %3 und %4. &lt;a href=&quot;changes:%5&quot;&gt;Änderungen zeigen&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) changed</source>
        <translation>
            <numerusform>hat sich %n Kennzahl geändert</numerusform>
            <numerusform>haben sich %n Kennzahlen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity or match change(s) were logged</source>
        <translation>
            <numerusform>wurde %n Änderung an Aktivitäten oder Vermittlungen erfasst</numerusform>
            <numerusform>wurden %n Änderungen an Aktivitäten oder Vermittlungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Filed report &quot;%1&quot;&lt;/b&gt;, as handed in: filed %2 by %3 · period %4 – %5 · fingerprint &lt;tt&gt;%6&lt;/tt&gt;. The exports write its files as filed.</source>
        <translation>&lt;b&gt;Eingereichter Bericht „%1“&lt;/b&gt;, wie eingereicht: festgehalten am %2 von %3 · Zeitraum %4 – %5 · Prüfsumme &lt;tt&gt;%6&lt;/tt&gt;. Die Exporte schreiben seine Dateien so, wie sie eingereicht wurden.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>File the EFRE report</source>
        <translation>EFRE-Bericht festhalten</translation>
    </message>
    <message>
        <source>Counting the period and writing its files …</source>
        <translation>Der Zeitraum wird gezählt und seine Dateien werden geschrieben …</translation>
    </message>
    <message>
        <source>The report was not filed: %1</source>
        <translation>Der Bericht wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>File as submitted</source>
        <translation>Als eingereicht festhalten</translation>
    </message>
    <message>
        <source>The report %1 – %2 is kept as handed in to the funding body, read-only, with its PDF, Excel and CSV files. It is counted again now, from the data as it is at this moment.

Name:</source>
        <translation>Der Bericht %1 – %2 wird so festgehalten, wie er beim Fördergeber eingereicht wird: schreibgeschützt, mit seinen PDF-, Excel- und CSV-Dateien. Er wird jetzt noch einmal aus dem aktuellen Datenstand gezählt.

Name:</translation>
    </message>
    <message>
        <source>Interim report</source>
        <translation>Zwischenbericht</translation>
    </message>
    <message>
        <source>Give the filed report a name.</source>
        <translation>Geben Sie dem eingereichten Bericht einen Namen.</translation>
    </message>
</context>
<context>
    <name>kmuni::SaveConflict</name>
    <message>
        <source>Edit conflict</source>
        <translation>Bearbeitungskonflikt</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by %2 (%3) while you were editing it. Nothing has been overwritten. These fields differ:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von %2 (%3) gespeichert, während Sie es bearbeitet haben. Es wurde nichts überschrieben. Diese Felder unterscheiden sich:</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Fassung von %1</translation>
    </message>
    <message>
        <source>&amp;Keep the other version</source>
        <translation>Die andere Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>Back to the &amp;form</source>
        <translation>Zurück zum &amp;Formular</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Type of institute</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Grund der Archivierung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time spent (min)</source>
        <translation>Zeitaufwand (Min.)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>Hochschule oder Einrichtung</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Ansprechperson im Unternehmen</translation>
    </message>
    <message>
        <source>Contact at the university</source>
        <translation>Ansprechperson an der Hochschule</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Stage reached on</source>
        <translation>Stand erreicht am</translation>
    </message>
    <message>
        <source>Graduates hired</source>
        <translation>Eingestellte Absolvent/innen</translation>
    </message>
    <message>
        <source>Linked activities</source>
        <translation>Verknüpfte Aktivitäten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>For each field, choose the version to save.</source>
        <translation>Wählen Sie für jedes Feld, welche Fassung gespeichert wird.</translation>
    </message>
    <message>
        <source>For each field, choose the version to save. Fields that only the other version changed are already set to it.</source>
        <translation>Wählen Sie für jedes Feld, welche Fassung gespeichert wird. Felder, die nur in der anderen Fassung geändert wurden, sind bereits auf diese gesetzt.</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser &amp;Auswahl speichern</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>kmuni::SearchField</name>
    <message>
        <source>Search (Ctrl+F) …</source>
        <translation>Suchen (Strg+F) …</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kmuni::ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
</context>
<context>
    <name>kmuni::StaffDialog</name>
    <message>
        <source>Staff of the network partners</source>
        <translation>Mitarbeiter/innen der Netzwerkpartner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name: *</source>
        <translation>&amp;Nachname: *</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Netzwerk&amp;partner:</translation>
    </message>
    <message>
        <source>L&amp;ogin name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Active (leavers stay in the records)</source>
        <translation>A&amp;ktiv (ausgeschiedene Mitarbeiter/innen bleiben in den Daten erhalten)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>&amp;Das bin ich</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>At this computer works: &lt;b&gt;%1&lt;/b&gt; (login %2).</source>
        <translation>An diesem Computer arbeitet: &lt;b&gt;%1&lt;/b&gt; (Anmeldename %2).</translation>
    </message>
    <message>
        <source>The login &lt;b&gt;%1&lt;/b&gt; is not one of the staff members: choose yourself and press &quot;This is me&quot;, so that your activities and follow-ups carry your name.</source>
        <translation>Der Anmeldename &lt;b&gt;%1&lt;/b&gt; gehört zu keinem Eintrag der Mitarbeiter/innen: Wählen Sie sich in der Liste aus und klicken Sie auf „Das bin ich“, damit Ihre Aktivitäten und Wiedervorlagen Ihren Namen tragen.</translation>
    </message>
    <message>
        <source>Enter a login name for %1 first.</source>
        <translation>Bitte geben Sie zuerst einen Anmeldenamen für %1 ein.</translation>
    </message>
    <message>
        <source>The login name on the office PC, or the database role on a shared server: the program knows who is logging from it.</source>
        <translation>Der Anmeldename am Büro-PC oder die Datenbankrolle auf einem gemeinsamen Server: Daran erkennt das Programm, wer Einträge erfasst.</translation>
    </message>
    <message>
        <source>Save the changes to this staff member?</source>
        <translation>Die Änderungen an diesem Eintrag speichern?</translation>
    </message>
    <message>
        <source>Save this new staff member?</source>
        <translation>Diesen neuen Eintrag speichern?</translation>
    </message>
</context>
<context>
    <name>kmuni::StaffPicker</name>
    <message>
        <source>Add a staff member …</source>
        <translation>Mitarbeiter/in hinzufügen …</translation>
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
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>kmuni::Suggestions</name>
    <message>
        <source>both: %1</source>
        <translation>beide: %1</translation>
    </message>
    <message>
        <source>offers what is sought: %1</source>
        <translation>bietet, was gesucht wird: %1</translation>
    </message>
    <message>
        <source>looks for what is offered: %1</source>
        <translation>sucht, was angeboten wird: %1</translation>
    </message>
    <message>
        <source>offers topics of the sector %1</source>
        <translation>bietet Themen der Branche %1</translation>
    </message>
    <message>
        <source>a company of the sector %1</source>
        <translation>ein Unternehmen der Branche %1</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>ebenfalls in %1</translation>
    </message>
    <message numerus="yes">
        <source>has already agreed or completed %n match(es) with companies of the sector %1 (%2)</source>
        <translation>
            <numerusform>hat schon %n Vermittlung mit Unternehmen der Branche %1 vereinbart oder abgeschlossen (%2)</numerusform>
            <numerusform>hat schon %n Vermittlungen mit Unternehmen der Branche %1 vereinbart oder abgeschlossen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>A suggestion pairs a company with a university or an institute.</source>
        <translation>Ein Vorschlag verbindet ein Unternehmen mit einer Hochschule oder Einrichtung.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Die Organisation existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>kmuni::SuggestionsPanel</name>
    <message>
        <source>&amp;Needs and offers …</source>
        <translation>&amp;Bedarf und Angebot …</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Creates a proposed match with this partner (Enter)</source>
        <translation>Legt mit diesem Partner eine vorgeschlagene Vermittlung an (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Hides this pair from the suggestions (can be taken back)</source>
        <translation>Blendet dieses Paar aus den Vorschlägen aus (kann zurückgenommen werden)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Zurücknehmen: %1</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>No rejected suggestions.</source>
        <translation>Keine abgelehnten Vorschläge.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Kinds of match</source>
        <translation>Arten der Vermittlung</translation>
    </message>
    <message>
        <source>No suggestions: record topics and kinds of match first (Needs and offers …).</source>
        <translation>Keine Vorschläge: Erfassen Sie zuerst Themen und Arten der Vermittlung (Bedarf und Angebot …).</translation>
    </message>
    <message>
        <source>No suggestions at the moment.</source>
        <translation>Zurzeit keine Vorschläge.</translation>
    </message>
</context>
<context>
    <name>kmuni::Validation</name>
    <message>
        <source>%1: too long (%L2 characters, at most %L3).</source>
        <translation>%1: zu lang (%L2 Zeichen, höchstens %L3).</translation>
    </message>
    <message>
        <source>%1: only one line is allowed; remove the line break or tab at character %L2.</source>
        <translation>%1: Nur eine Zeile ist erlaubt; entfernen Sie den Zeilenumbruch oder Tabulator an Zeichen %L2.</translation>
    </message>
    <message>
        <source>%1: remove the invisible control character U+%2 at character %L3.</source>
        <translation>%1: Entfernen Sie das unsichtbare Steuerzeichen U+%2 an Zeichen %L3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete phone number: in Germany with its area code (0231 …), abroad with its country code (+31 …).</source>
        <translation>„%1“ ist keine vollständige Telefonnummer: in Deutschland mit Vorwahl (0231 …), im Ausland mit Ländervorwahl (+31 …).</translation>
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
        <translation>„kmuni BEFEHL --help“ zeigt die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
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
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>Check the file and report what would change, without changing anything.</source>
        <translation>Die Datei prüfen und melden, was sich ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>import needs what to import and a file: kmuni import persons FILE</source>
        <translation>import braucht, was importiert werden soll, und eine Datei: kmuni import persons DATEI</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The organisation with this id.</source>
        <translation>Die Organisation mit dieser Kennung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>All pilot companies.</source>
        <translation>Alle Pilotunternehmen.</translation>
    </message>
    <message>
        <source>All active organisations.</source>
        <translation>Alle aktiven Organisationen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die PDF-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>choose one of --organisation ID, --pilot or --all</source>
        <translation>wählen Sie eines von --organisation ID, --pilot oder --all</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>-o DATEI.pdf ist nötig</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>there is no organisation with the id &quot;%1&quot;</source>
        <translation>es gibt keine Organisation mit der Kennung „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n contact sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n Kontaktblatt nach %1 geschrieben.</numerusform>
            <numerusform>%n Kontaktblätter nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>KMUni CRM: contacts, activities and matches of the KMUni network.</source>
        <translation>KMUni CRM: Kontakte, Aktivitäten und Vermittlungen des KMUni-Netzwerks.</translation>
    </message>
    <message>
        <source>print contact sheets or an activity&apos;s participants list into a PDF file</source>
        <translation>Kontaktblätter oder die Teilnehmerliste einer Aktivität als PDF-Datei drucken</translation>
    </message>
    <message>
        <source>write the EFRE funding report for a period (PDF, XLSX, CSV)</source>
        <translation>den EFRE-Bericht für einen Zeitraum schreiben (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>choose the activity with --event ID</source>
        <translation>wählen Sie die Aktivität mit --event ID</translation>
    </message>
    <message>
        <source>there is no activity with the id &quot;%1&quot;</source>
        <translation>es gibt keine Aktivität mit der Nr. „%1“</translation>
    </message>
    <message>
        <source>Participants list written to %1.</source>
        <translation>Teilnehmerliste nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Prints contact sheets (one organisation per page or more) or the participants list of an activity into a PDF file (A4).</source>
        <translation>Druckt Kontaktblätter (eine Organisation je Seite oder mehr) oder die Teilnehmerliste einer Aktivität als PDF-Datei (A4).</translation>
    </message>
    <message>
        <source>What to print: contact-sheet or participants.</source>
        <translation>Was gedruckt wird: contact-sheet oder participants.</translation>
    </message>
    <message>
        <source>The activity with this id (participants).</source>
        <translation>Die Aktivität mit dieser Nr. (participants).</translation>
    </message>
    <message>
        <source>print needs what to print: kmuni print contact-sheet … or kmuni print participants …</source>
        <translation>print benötigt, was gedruckt werden soll: kmuni print contact-sheet … oder kmuni print participants …</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The whole approved period of the project.</source>
        <translation>Der gesamte Bewilligungszeitraum des Projekts.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>pdf, xlsx or csv (default: from the file name&apos;s extension).</source>
        <translation>pdf, xlsx oder csv (Standard: aus der Dateiendung).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use pdf, xlsx or csv</source>
        <translation>unbekanntes Format „%1“: verwenden Sie pdf, xlsx oder csv</translation>
    </message>
    <message>
        <source>give either --project or --from and --to</source>
        <translation>geben Sie entweder --project oder --from und --to an</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1 „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>der Zeitraum endet (%1) vor seinem Beginn (%2)</translation>
    </message>
    <message numerus="yes">
        <source>EFRE report %1 – %2 written to %3: %n enterprise(s) supported, fingerprint %4.</source>
        <translation>
            <numerusform>EFRE-Bericht %1 – %2 nach %3 geschrieben: %n Unternehmen unterstützt, Prüfsumme %4.</numerusform>
            <numerusform>EFRE-Bericht %1 – %2 nach %3 geschrieben: %n Unternehmen unterstützt, Prüfsumme %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no approved period yet (Extras → Project and funding in the window)</source>
        <translation>das Projekt hat noch keinen Bewilligungszeitraum (im Fenster: Extras → Projekt und Förderung)</translation>
    </message>
    <message>
        <source>the report cannot be built: the database could not be read (%1)</source>
        <translation>der Bericht kann nicht erstellt werden: Die Datenbank konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot; (one of %2)</source>
        <translation>unbekannter Stand „%1“ (einer von %2)</translation>
    </message>
    <message>
        <source>unknown match type &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Vermittlungsart „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>the matches cannot be read: %1</source>
        <translation>die Vermittlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Vermittlungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a match id</source>
        <translation>„%1“ ist keine Vermittlungsnummer</translation>
    </message>
    <message>
        <source>match move needs --stage STAGE</source>
        <translation>match move braucht --stage STAND</translation>
    </message>
    <message>
        <source>--on &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--on „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a stage cannot be reached in the future (%1)</source>
        <translation>ein Stand kann nicht in der Zukunft erreicht werden (%1)</translation>
    </message>
    <message>
        <source>the match cannot be read: %1</source>
        <translation>die Vermittlung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no match with the id %1</source>
        <translation>es gibt keine Vermittlung mit der Nummer %1</translation>
    </message>
    <message>
        <source>the match started on %1; a stage cannot be reached before</source>
        <translation>die Vermittlung begann am %1; davor kann kein Stand erreicht werden</translation>
    </message>
    <message>
        <source>the current stage was reached on %1; the next cannot be reached before</source>
        <translation>der aktuelle Stand wurde am %1 erreicht; der nächste kann nicht davor erreicht werden</translation>
    </message>
    <message>
        <source>Match %1 (%2 – %3): %4 since %5.</source>
        <translation>Vermittlung %1 (%2 – %3): %4 seit %5.</translation>
    </message>
    <message>
        <source>Lists matches, moves a match to another stage (with the date it was reached) and suggests partners for an organisation.</source>
        <translation>Listet Vermittlungen auf, setzt eine Vermittlung auf einen anderen Stand (mit dem Tag, an dem er erreicht wurde) und schlägt Partner für eine Organisation vor.</translation>
    </message>
    <message>
        <source>A stage: %1.</source>
        <translation>Ein Stand: %1.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <source>A type: %1.</source>
        <translation>Eine Art: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>The day the stage was reached (default today).</source>
        <translation>Der Tag, an dem der Stand erreicht wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Print the matches as JSON.</source>
        <translation>Die Vermittlungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>list matches, move a match to another stage, suggest partners</source>
        <translation>Vermittlungen auflisten, auf einen anderen Stand setzen, Partner vorschlagen</translation>
    </message>
    <message>
        <source>match suggest needs --organisation ID</source>
        <translation>match suggest braucht --organisation ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation id</source>
        <translation>„%1“ ist keine Organisations-ID</translation>
    </message>
    <message>
        <source>there is no organisation with the id %1</source>
        <translation>es gibt keine Organisation mit der ID %1</translation>
    </message>
    <message>
        <source>%1 is a network partner; suggestions are for companies, universities and institutes</source>
        <translation>%1 ist ein Netzwerkpartner; Vorschläge gibt es für Unternehmen, Hochschulen und Einrichtungen</translation>
    </message>
    <message>
        <source>the suggestions cannot be read: %1</source>
        <translation>die Vorschläge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Suggestions for %1:</source>
        <translation>Vorschläge für %1:</translation>
    </message>
    <message>
        <source>None: record what the organisation looks for or offers (topics and match types).</source>
        <translation>Keine: Erfassen Sie, was die Organisation sucht oder anbietet (Themen und Arten der Vermittlung).</translation>
    </message>
    <message>
        <source>list, move ID or suggest</source>
        <translation>list, move ID oder suggest</translation>
    </message>
    <message>
        <source>The organisation to suggest partners for (suggest).</source>
        <translation>Die Organisation, für die Partner vorgeschlagen werden (suggest).</translation>
    </message>
    <message>
        <source>At most N suggestions (default 10).</source>
        <translation>Höchstens N Vorschläge (Vorgabe 10).</translation>
    </message>
    <message>
        <source>match needs what to do: kmuni match list …, kmuni match move ID --stage STAGE or kmuni match suggest --organisation ID</source>
        <translation>match braucht, was zu tun ist: kmuni match list …, kmuni match move ID --stage STUFE oder kmuni match suggest --organisation ID</translation>
    </message>
    <message>
        <source>give both --from and --to (or --project): the period has no %1</source>
        <translation>geben Sie --from und --to an (oder --project): dem Zeitraum fehlt %1</translation>
    </message>
    <message>
        <source>--file-as needs a name, e.g. --file-as &quot;Zwischenbericht 1&quot;</source>
        <translation>--file-as braucht einen Namen, z. B. --file-as &quot;Zwischenbericht 1&quot;</translation>
    </message>
    <message>
        <source>the report cannot be filed: %1</source>
        <translation>der Bericht kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>EFRE report %1 – %2 filed as &quot;%3&quot; (no. %4) and written to %5, fingerprint %6.</source>
        <translation>EFRE-Bericht %1 – %2 als „%3“ (Nr. %4) festgehalten und nach %5 geschrieben, Prüfsumme %6.</translation>
    </message>
    <message>
        <source>No report has been filed yet (kmuni report efre … --file-as NAME).</source>
        <translation>Es wurde noch kein Bericht festgehalten (kmuni report efre … --file-as NAME).</translation>
    </message>
    <message>
        <source>%1  %2  %3 – %4  filed %5 by %6  %7</source>
        <translation>%1  %2  %3 – %4  festgehalten %5 von %6  %7</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 – %3), filed %4 by %5:</source>
        <translation>„%1“ (%2 – %3), festgehalten %4 von %5:</translation>
    </message>
    <message>
        <source>Nothing changed since: the report of the period states the same.</source>
        <translation>Seitdem hat sich nichts geändert: Der Bericht des Zeitraums sagt dasselbe aus.</translation>
    </message>
    <message>
        <source>report filed takes the number of a filed report: kmuni report filed 3 -o FILE</source>
        <translation>report filed erwartet die Nummer eines eingereichten Berichts: kmuni report filed 3 -o DATEI</translation>
    </message>
    <message>
        <source>there is no filed report %1 (kmuni report filed lists them)</source>
        <translation>es gibt keinen eingereichten Bericht %1 (kmuni report filed listet sie auf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; as filed %2 written to %3.</source>
        <translation>„%1“ wie am %2 eingereicht nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the EFRE funding report for a period (default: the current quarter) as PDF, XLSX or CSV, files it as handed in, and lists and re-exports the filed reports.</source>
        <translation>Schreibt den EFRE-Bericht für einen Zeitraum (Vorgabe: das aktuelle Quartal) als PDF, XLSX oder CSV, hält ihn als eingereicht fest und listet und exportiert eingereichte Berichte.</translation>
    </message>
    <message>
        <source>efre: the report; filed [ID]: the filed reports.</source>
        <translation>efre: der Bericht; filed [NR]: die eingereichten Berichte.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD (with --to).</source>
        <translation>Erster Tag des Zeitraums, JJJJ-MM-TT (mit --to).</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD (with --from).</source>
        <translation>Letzter Tag des Zeitraums, JJJJ-MM-TT (mit --from).</translation>
    </message>
    <message>
        <source>Keep the report as handed in under this name (read-only, re-exported byte for byte later).</source>
        <translation>Den Bericht unter diesem Namen als eingereicht festhalten (schreibgeschützt, später Byte für Byte wieder exportierbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With filed ID: what changed in its period since it was filed.</source>
        <translation>Mit filed NR: was sich in seinem Zeitraum seit der Einreichung geändert hat.</translation>
    </message>
    <message>
        <source>With filed: the list as JSON.</source>
        <translation>Mit filed: die Liste als JSON.</translation>
    </message>
    <message>
        <source>report needs which report: kmuni report efre … or kmuni report filed</source>
        <translation>report braucht die Art des Berichts: kmuni report efre … oder kmuni report filed</translation>
    </message>
    <message>
        <source>a consistent, checked copy of the database (-o FILE)</source>
        <translation>eine stimmige, geprüfte Kopie der Datenbank (-o DATEI)</translation>
    </message>
    <message>
        <source>check a backup, keep the current database beside it, restore the backup</source>
        <translation>eine Sicherung prüfen, die aktuelle Datenbank daneben aufbewahren, die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>export what is stored about a person, erase (anonymise) a person, list persons not seen for long</source>
        <translation>Auskunft über eine Person exportieren, eine Person löschen (anonymisieren), lange nicht kontaktierte Personen auflisten</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); nothing was changed. &quot;kmuni check&quot; lists the damage; restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2); es wurde nichts geändert. „kmuni check“ listet die Schäden auf; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Makes a consistent copy of the database while others may write, checks it and keeps it (0600).</source>
        <translation>Erstellt eine stimmige Kopie der Datenbank, auch während andere schreiben, prüft sie und bewahrt sie auf (0600).</translation>
    </message>
    <message>
        <source>The copy to write (default: backups/NAME-DATE_TIME.sqlite beside the database).</source>
        <translation>Die zu schreibende Kopie (Vorgabe: backups/NAME-DATUM_ZEIT.sqlite neben der Datenbank).</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked: schema %2; %3.</source>
        <translation>Sicherung nach %1 geschrieben und geprüft: Schema %2; %3.</translation>
    </message>
    <message>
        <source>Checks a backup, keeps the current database beside it, then puts the backup&apos;s data in its place.</source>
        <translation>Prüft eine Sicherung, bewahrt die aktuelle Datenbank daneben auf und setzt dann die Daten der Sicherung an ihre Stelle.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>restore needs the backup file: kmuni restore FILE</source>
        <translation>restore braucht die Sicherungsdatei: kmuni restore DATEI</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1 restored from %2 (%3); the database before is kept as %4.</source>
        <translation>%1 aus %2 wiederhergestellt (%3); die vorherige Datenbank ist als %4 aufbewahrt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person id</source>
        <translation>„%1“ ist keine Personennummer</translation>
    </message>
    <message>
        <source>the person cannot be read: %1</source>
        <translation>die Person kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no person with the id %1</source>
        <translation>es gibt keine Person mit der Nummer %1</translation>
    </message>
    <message>
        <source>-o FILE.json is required</source>
        <translation>-o DATEI.json ist erforderlich</translation>
    </message>
    <message>
        <source>the person&apos;s data cannot be read: %1</source>
        <translation>die Daten der Person können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The data stored about person %1 was written to %2.</source>
        <translation>Die über Person %1 gespeicherten Daten wurden nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Person %1 was erased before; nothing changed.</source>
        <translation>Person %1 wurde schon früher gelöscht; nichts geändert.</translation>
    </message>
    <message>
        <source>this erases %1 (id %2) for good: the name, e-mail, phone numbers, notes, title and function go; where the person&apos;s activities, follow-ups, matches and their organisation&apos;s notes name them, the name is masked; the audit log keeps no old value. The activities, matches and report counts stay, with the person shown as erased. Export the data first (person export) if it was asked for. Run again with --yes to erase.</source>
        <translation>dies löscht %1 (Nr. %2) endgültig: Name, E-Mail, Telefonnummern, Notizen, Titel und Funktion werden entfernt; wo Aktivitäten, Wiedervorlagen, Vermittlungen und Notizen der Organisation die Person nennen, wird der Name unkenntlich gemacht; das Änderungsprotokoll behält keinen alten Wert. Aktivitäten, Vermittlungen und Berichtszahlen bleiben, mit der Person als gelöscht. Exportieren Sie zuerst die Auskunft (person export), wenn sie verlangt wurde. Mit --yes erneut aufrufen, um zu löschen.</translation>
    </message>
    <message>
        <source>the person was not erased: %1</source>
        <translation>die Person wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Person %1 erased. Masked: %2 activities, %3 matches, %4 follow-ups, %5 organisations&apos; and %6 other persons&apos; notes, %7 audit-log entries.</source>
        <translation>Person %1 gelöscht. Unkenntlich gemacht: %2 Aktivitäten, %3 Vermittlungen, %4 Wiedervorlagen, Notizen von %5 Organisationen und %6 anderen Personen, %7 Einträge im Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>warning: the database journal could not be emptied now (another program reads the database); the old values leave it at its next checkpoint.</source>
        <translation>Warnung: Das Journal der Datenbank konnte jetzt nicht geleert werden (ein anderes Programm liest die Datenbank); die alten Werte verschwinden beim nächsten Checkpoint daraus.</translation>
    </message>
    <message>
        <source>--months needs a positive number</source>
        <translation>--months braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>the persons cannot be read: %1</source>
        <translation>die Personen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none since %1</source>
        <translation>keine seit %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Every person took part in an activity in the last %n month(s).</source>
        <translation>
            <numerusform>Jede Person hat im letzten Monat an einer Aktivität teilgenommen.</numerusform>
            <numerusform>Jede Person hat in den letzten %n Monaten an einer Aktivität teilgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data protection for contact persons: exports what is stored about a person (access request), erases a person by anonymising them (erasure request), lists the persons without an activity for long (review for storage limitation).</source>
        <translation>Datenschutz für Ansprechpersonen: exportiert, was über eine Person gespeichert ist (Auskunft), löscht eine Person durch Anonymisierung (Löschung) und listet Personen ohne Aktivität seit langem auf (Prüfung der Speicherbegrenzung).</translation>
    </message>
    <message>
        <source>export ID, erase ID or stale</source>
        <translation>export NR, erase NR oder stale</translation>
    </message>
    <message>
        <source>The JSON file to write (export).</source>
        <translation>Die zu schreibende JSON-Datei (export).</translation>
    </message>
    <message>
        <source>Erase without asking back (erase).</source>
        <translation>Ohne Rückfrage löschen (erase).</translation>
    </message>
    <message>
        <source>Without an activity for N months (stale; default 24).</source>
        <translation>Ohne Aktivität seit N Monaten (stale; Vorgabe 24).</translation>
    </message>
    <message>
        <source>Print the persons as JSON (stale).</source>
        <translation>Die Personen als JSON ausgeben (stale).</translation>
    </message>
    <message>
        <source>person needs what to do: kmuni person export ID -o FILE.json, kmuni person erase ID --yes or kmuni person stale</source>
        <translation>person braucht, was zu tun ist: kmuni person export NR -o DATEI.json, kmuni person erase NR --yes oder kmuni person stale</translation>
    </message>
    <message>
        <source>merge two duplicate persons or organisations (--dry-run first), or list likely duplicates (--find)</source>
        <translation>zwei doppelte Ansprechpersonen oder Organisationen zusammenführen (zuerst mit --dry-run) oder wahrscheinliche Dubletten auflisten (--find)</translation>
    </message>
    <message>
        <source>Exports a list (all rows, or those of a period) as CSV (German Excel or RFC 4180) or XLSX; persons also as vCard, activities as iCalendar.</source>
        <translation>Exportiert eine Liste (alle Zeilen oder die eines Zeitraums) als CSV (deutsches Excel oder RFC 4180) oder XLSX; Ansprechpersonen auch als vCard, Aktivitäten als iCalendar.</translation>
    </message>
    <message>
        <source>The list to export.</source>
        <translation>Die zu exportierende Liste.</translation>
    </message>
    <message>
        <source>csv, xlsx, vcard (persons) or ics (activities); default: from the file name&apos;s extension.</source>
        <translation>csv, xlsx, vcard (persons) oder ics (activities); Vorgabe: aus der Dateiendung.</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>vCard: 4.0 (RFC 6350, the default) or 3.0 (RFC 2426).</source>
        <translation>vCard: 4.0 (RFC 6350, die Vorgabe) oder 3.0 (RFC 2426).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Activities, follow-ups (due) and matches (started) from this day on, YYYY-MM-DD.</source>
        <translation>Aktivitäten, Wiedervorlagen (fällig) und Vermittlungen (begonnen) ab diesem Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>… up to this day, YYYY-MM-DD.</source>
        <translation>… bis zu diesem Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>export needs a list: organisations, persons, activities, follow-ups or matches</source>
        <translation>export braucht eine Liste: organisations, persons, activities, follow-ups oder matches</translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;: use organisations, persons, activities, follow-ups or matches</source>
        <translation>unbekannte Liste „%1“: verwenden Sie organisations, persons, activities, follow-ups oder matches</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use csv, xlsx, vcard (persons) or ics (activities)</source>
        <translation>unbekanntes Format „%1“: verwenden Sie csv, xlsx, vcard (persons) oder ics (activities)</translation>
    </message>
    <message>
        <source>vCard is for persons: kmuni export persons -o FILE.vcf</source>
        <translation>vCard gibt es nur für Ansprechpersonen: kmuni export persons -o DATEI.vcf</translation>
    </message>
    <message>
        <source>iCalendar is for activities: kmuni export activities -o FILE.ics</source>
        <translation>iCalendar gibt es nur für Aktivitäten: kmuni export activities -o DATEI.ics</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;: use excel-de or rfc4180</source>
        <translation>unbekannter Dialekt „%1“: verwenden Sie excel-de oder rfc4180</translation>
    </message>
    <message>
        <source>--from and --to are for activities, follow-ups and matches</source>
        <translation>--from und --to gelten nur für activities, follow-ups und matches</translation>
    </message>
    <message>
        <source>unknown vCard version &quot;%1&quot;: use 4.0 or 3.0</source>
        <translation>unbekannte vCard-Version „%1“: verwenden Sie 4.0 oder 3.0</translation>
    </message>
    <message numerus="yes">
        <source>%n vCard(s) written to %1.</source>
        <translation>
            <numerusform>%n vCard nach %1 geschrieben.</numerusform>
            <numerusform>%n vCards nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>The file: CSV (German Excel, RFC 4180, Outlook, Google, …), vCard or iCalendar.</source>
        <translation>Die Datei: CSV (deutsches Excel, RFC 4180, Outlook, Google, …), vCard oder iCalendar.</translation>
    </message>
    <message>
        <source>events are imported from iCalendar files (--format ics)</source>
        <translation>events werden aus iCalendar-Dateien importiert (--format ics)</translation>
    </message>
    <message>
        <source>Events: first day (YYYY-MM-DD) for which recurring events are imported; default: the start of the approved project period, else a year ago.</source>
        <translation>Termine: erster Tag (JJJJ-MM-TT), für den Serientermine importiert werden; Vorgabe: Beginn des Bewilligungszeitraums, sonst vor einem Jahr.</translation>
    </message>
    <message>
        <source>Events: last day (YYYY-MM-DD) for which recurring events are imported; default: the end of the approved project period, else a year from today.</source>
        <translation>Termine: letzter Tag (JJJJ-MM-TT), für den Serientermine importiert werden; Vorgabe: Ende des Bewilligungszeitraums, sonst in einem Jahr.</translation>
    </message>
    <message>
        <source>%1 is too large for a calendar (more than %2 MB).</source>
        <translation>%1 ist zu groß für einen Kalender (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>--to must not lie before --from</source>
        <translation>--to darf nicht vor --from liegen</translation>
    </message>
    <message>
        <source>Person %1 (%2) was merged into person %3 (%4).</source>
        <translation>Person %1 (%2) wurde mit Person %3 (%4) zusammengeführt.</translation>
    </message>
    <message>
        <source>Organisation %1 (%2) was merged into organisation %3 (%4).</source>
        <translation>Organisation %1 (%2) wurde mit Organisation %3 (%4) zusammengeführt.</translation>
    </message>
    <message>
        <source>Dry run: person %1 (%2) would be merged into person %3 (%4). Nothing was changed.</source>
        <translation>Probelauf: Person %1 (%2) würde mit Person %3 (%4) zusammengeführt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Dry run: organisation %1 (%2) would be merged into organisation %3 (%4). Nothing was changed.</source>
        <translation>Probelauf: Organisation %1 (%2) würde mit Organisation %3 (%4) zusammengeführt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>Kein Feld weicht ab.</translation>
    </message>
    <message>
        <source>Fields that differ (KEEP | OTHER → merged):</source>
        <translation>Abweichende Felder (KEEP | OTHER → zusammengeführt):</translation>
    </message>
    <message>
        <source>Nothing is linked to %1.</source>
        <translation>Mit %1 ist nichts verknüpft.</translation>
    </message>
    <message>
        <source>Moved to %1:</source>
        <translation>Auf %1 übertragen:</translation>
    </message>
    <message>
        <source>Would move to %1:</source>
        <translation>Würde auf %1 übertragen:</translation>
    </message>
    <message>
        <source>the duplicates cannot be looked for: %1</source>
        <translation>die Suche nach Dubletten ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>No likely duplicate persons.</source>
        <translation>Keine wahrscheinlichen Dubletten bei Ansprechpersonen.</translation>
    </message>
    <message>
        <source>No likely duplicate organisations.</source>
        <translation>Keine wahrscheinlichen Dubletten bei Organisationen.</translation>
    </message>
    <message>
        <source>KEEP and OTHER are ids (numbers): &quot;%1&quot; &quot;%2&quot;</source>
        <translation>KEEP und OTHER sind Nummern: „%1“ „%2“</translation>
    </message>
    <message>
        <source>the records cannot be read: %1</source>
        <translation>die Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nothing was merged: %1</source>
        <translation>nichts wurde zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Merges duplicates: OTHER&apos;s activities, follow-ups, matches (and for organisations their persons, institutes and staff) and its audit-log history move to KEEP; KEEP keeps its values and takes OTHER&apos;s where it has none; then OTHER is deleted. --find lists likely duplicate pairs.</source>
        <translation>Führt Dubletten zusammen: Aktivitäten, Wiedervorlagen, Vermittlungen (bei Organisationen auch Ansprechpersonen, Einrichtungen und Mitarbeiter/innen) und der Verlauf im Änderungsprotokoll gehen von OTHER auf KEEP über; KEEP behält seine Werte und übernimmt die von OTHER, wo eigene fehlen; danach wird OTHER gelöscht. --find listet wahrscheinliche Dublettenpaare auf.</translation>
    </message>
    <message>
        <source>persons or organisations</source>
        <translation>persons (Ansprechpersonen) oder organisations (Organisationen)</translation>
    </message>
    <message>
        <source>The id of the record that stays.</source>
        <translation>Die Nummer des Datensatzes, der bleibt.</translation>
    </message>
    <message>
        <source>The id of the record that goes into KEEP.</source>
        <translation>Die Nummer des Datensatzes, der in KEEP aufgeht.</translation>
    </message>
    <message>
        <source>Show what would change (fields, links) without changing anything.</source>
        <translation>Zeigen, was sich ändern würde (Felder, Verknüpfungen), ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>List likely duplicate pairs (KEEP first) with the reason.</source>
        <translation>Wahrscheinliche Dublettenpaare mit Begründung auflisten (KEEP zuerst).</translation>
    </message>
    <message>
        <source>At most N pairs (--find; default 1000).</source>
        <translation>Höchstens N Paare (--find; Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>merge needs what to merge: kmuni merge persons|organisations KEEP OTHER [--dry-run] or kmuni merge persons|organisations --find</source>
        <translation>merge braucht, was zusammengeführt werden soll: kmuni merge persons|organisations KEEP OTHER [--dry-run] oder kmuni merge persons|organisations --find</translation>
    </message>
    <message>
        <source>--find takes no ids</source>
        <translation>--find erwartet keine Nummern</translation>
    </message>
    <message>
        <source>merge %1 needs two ids: KEEP (stays) and OTHER (goes)</source>
        <translation>merge %1 braucht zwei Nummern: KEEP (bleibt) und OTHER (entfällt)</translation>
    </message>
    <message>
        <source>Imports contact persons from a CSV or vCard file, organisations from a CSV file, or activities from an iCalendar file: all rows or none. What was imported before is updated, not added again. Every rejected row is reported with its line number, every column not taken over by its name.</source>
        <translation>Importiert Ansprechpersonen aus einer CSV- oder vCard-Datei, Organisationen aus einer CSV-Datei oder Aktivitäten aus einer iCalendar-Datei: alle Zeilen oder keine. Was schon früher importiert wurde, wird aktualisiert, nicht noch einmal angelegt. Jede abgelehnte Zeile wird mit ihrer Zeilennummer gemeldet, jede nicht übernommene Spalte mit ihrem Namen.</translation>
    </message>
    <message>
        <source>What to import: persons, organisations or events.</source>
        <translation>Was importiert wird: persons (Ansprechpersonen), organisations (Organisationen) oder events (Termine als Aktivitäten).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: import persons, organisations or events.</source>
        <translation>„%1“ kann nicht importiert werden: Importieren Sie persons, organisations oder events.</translation>
    </message>
    <message>
        <source>The file format: csv or xlsx (persons, organisations), vcard (persons) or ics (events); by default the file name&apos;s suffix decides.</source>
        <translation>Das Dateiformat: csv oder xlsx (Ansprechpersonen, Organisationen), vcard (Ansprechpersonen) oder ics (Termine); ohne Angabe entscheidet die Endung des Dateinamens.</translation>
    </message>
    <message>
        <source>organisations are imported from csv or xlsx files</source>
        <translation>Organisationen werden aus CSV- oder XLSX-Dateien importiert</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; persons are imported from csv, xlsx or vcard</source>
        <translation>unbekanntes Format „%1“; Ansprechpersonen werden aus csv, xlsx oder vcard importiert</translation>
    </message>
    <message>
        <source>move an office&apos;s database file into the shared database (server), merging what both know</source>
        <translation>die Datenbankdatei eines Büros in die gemeinsame Datenbank (Server) übernehmen, Gemeinsames zusammenführen</translation>
    </message>
    <message>
        <source>Moves an office&apos;s database file into the shared database (a PostgreSQL server, or another file): organisations, persons and staff that both know become one, everything else comes with its links and history. All or nothing; running it again changes nothing.</source>
        <translation>Übernimmt die Datenbankdatei eines Büros in die gemeinsame Datenbank (einen PostgreSQL-Server oder eine andere Datei): Organisationen, Personen und Mitarbeiter/innen, die beide kennen, werden eins, alles andere kommt mit seinen Verknüpfungen und seinem Änderungsprotokoll. Alles oder nichts; ein zweiter Lauf ändert nichts.</translation>
    </message>
    <message>
        <source>The office&apos;s database file.</source>
        <translation>Die Datenbankdatei des Büros.</translation>
    </message>
    <message>
        <source>The shared database (default: --db, KMUNI_DB).</source>
        <translation>Die gemeinsame Datenbank (Standard: --db, KMUNI_DB).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Say what would be moved and merged, and write nothing.</source>
        <translation>Sagen, was übernommen und zusammengeführt würde, und nichts schreiben.</translation>
    </message>
    <message>
        <source>migrate needs the file to move in: kmuni migrate --from FILE --to ADDRESS</source>
        <translation>migrate braucht die zu übernehmende Datei: kmuni migrate --from DATEI --to ADRESSE</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); nothing was moved.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2); es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The file and the shared database are the same.</source>
        <translation>Die Datei und die gemeinsame Datenbank sind dieselbe.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Es wurde nichts übernommen: %1</translation>
    </message>
    <message>
        <source>The database: a file, or a server&apos;s address postgresql://USER@HOST:PORT/DB (default: $KMUNI_DB, else %1).</source>
        <translation>Die Datenbank: eine Datei oder die Adresse eines Servers, postgresql://BENUTZER@HOST:PORT/DB (Standard: $KMUNI_DB, sonst %1).</translation>
    </message>
    <message>
        <source>(The password kept in the system keyring was refused.)</source>
        <translation>(Das im Schlüsselbund des Systems aufbewahrte Passwort wurde abgelehnt.)</translation>
    </message>
    <message>
        <source>The command line takes it from ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows) or from the system keyring, where the window keeps it when you log in there once and ask it to.</source>
        <translation>Die Kommandozeile nimmt es aus ~/.pgpass (unter Windows %APPDATA%\postgresql\pgpass.conf) oder aus dem Schlüsselbund des Systems, in dem das Programmfenster es aufbewahrt, wenn Sie sich dort einmal anmelden und das auswählen.</translation>
    </message>
    <message>
        <source>export organisations, persons, activities, follow-ups or matches (CSV, XLSX; persons also as vCard, activities as iCalendar)</source>
        <translation>Organisationen, Ansprechpersonen, Aktivitäten, Wiedervorlagen oder Vermittlungen exportieren (CSV, XLSX; Ansprechpersonen auch als vCard, Aktivitäten als iCalendar)</translation>
    </message>
    <message>
        <source>import contact persons (CSV, XLSX, vCard), organisations (CSV, XLSX) or activities (iCalendar), all rows or none</source>
        <translation>Ansprechpersonen (CSV, XLSX, vCard), Organisationen (CSV, XLSX) oder Aktivitäten (iCalendar) importieren, alle Zeilen oder keine</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
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
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Vermittlung</numerusform>
            <numerusform>%n Vermittlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the database itself; write the backup into another file.</source>
        <translation>%1 ist die Datenbank selbst; schreiben Sie die Sicherung in eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it; nothing was restored.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherung von ihr; nichts wurde wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) written to %1.</source>
        <translation>
            <numerusform>%n Aktivität nach %1 geschrieben.</numerusform>
            <numerusform>%n Aktivitäten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not end in .%2, the kind of file written here</source>
        <translation>%1 endet nicht auf .%2, die Art von Datei, die hier geschrieben wird</translation>
    </message>
    <message>
        <source>Match %1 (%2 – %3) is %4 since %5 already; nothing was changed.</source>
        <translation>Vermittlung %1 (%2 – %3): bereits %4 seit %5; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>CSV: excel-de (&apos;;&apos;, UTF-8 with BOM, DD.MM.YYYY, decimal comma; the default) or rfc4180 (&apos;,&apos;, ISO dates, decimal point).</source>
        <translation>CSV: excel-de (&apos;;&apos;, UTF-8 mit BOM, TT.MM.JJJJ, Dezimalkomma; die Vorgabe) oder rfc4180 (&apos;,&apos;, ISO-Datumsangaben, Dezimalpunkt).</translation>
    </message>
    <message>
        <source>CSV: auto (default), utf-8, windows-1252 or mac-roman (Excel for Mac&apos;s &quot;CSV (Macintosh)&quot;).</source>
        <translation>CSV: auto (Vorgabe), utf-8, windows-1252 oder mac-roman („CSV (Macintosh)“ von Excel für Mac).</translation>
    </message>
</context>
<context>
    <name>kmuni::csv</name>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8, or read it as Windows-1252)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8 oder lesen Sie sie als Windows-1252)</translation>
    </message>
    <message>
        <source>the line is longer than %L1 characters</source>
        <translation>die Zeile ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>the line has more than %L1 fields</source>
        <translation>die Zeile hat mehr als %L1 Felder</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16 (save the file as UTF-8 CSV)</source>
        <translation>der Text ist kein gültiges UTF-16 (speichern Sie die Datei als CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>kmuni::ical</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>Dies ist keine iCalendar-Datei: Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>There is more after END:VCALENDAR; one calendar per file, please.</source>
        <translation>Nach END:VCALENDAR folgt noch mehr; bitte nur ein Kalender je Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iCalendar line (NAME:value).</source>
        <translation>„%1“ ist keine iCalendar-Zeile (NAME:Wert).</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1.</source>
        <translation>END:%1 ohne BEGIN:%1.</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 in line %3): the file is broken.</source>
        <translation>END:%1, wo END:%2 erwartet wurde (BEGIN:%2 in Zeile %3): Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file ends inside %1 (BEGIN in line %2): it is incomplete.</source>
        <translation>Die Datei endet innerhalb von %1 (BEGIN in Zeile %2): Sie ist unvollständig.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown and the file does not define it (no VTIMEZONE).</source>
        <translation>Die Zeitzone „%1“ ist unbekannt, und die Datei definiert sie nicht (kein VTIMEZONE).</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no start (DTSTART).</source>
        <translation>Der Termin „%1“ hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>The repetition rule of &quot;%1&quot; cannot be read.</source>
        <translation>Die Wiederholungsregel von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is too large for a calendar (more than %1 MB).</source>
        <translation>Die Datei ist zu groß für einen Kalender (mehr als %1 MB).</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds binary data.</source>
        <translation>Dies ist keine iCalendar-Datei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>The calendar cannot be read.</source>
        <translation>Der Kalender kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; starts on a day that does not exist (DTSTART).</source>
        <translation>Der Termin „%1“ beginnt an einem Tag, den es nicht gibt (DTSTART).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; repeats more than %n time(s) between %2 and %3; only the first %n are read.</source>
        <translation>
            <numerusform>„%1“ wiederholt sich zwischen %2 und %3 mehr als %n Mal; nur der erste wird gelesen.</numerusform>
            <numerusform>„%1“ wiederholt sich zwischen %2 und %3 mehr als %n Mal; nur die ersten %n werden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not defined in the file and not known by its name: its times are taken as %2 all year, as it is not known whether it has summer time. Times in summer may be an hour off.</source>
        <translation>Die Zeitzone „%1“ ist in der Datei nicht beschrieben und ihr Name ist unbekannt: Ihre Zeiten werden das ganze Jahr als %2 gelesen, weil nicht bekannt ist, ob sie eine Sommerzeit hat. Zeiten im Sommer können um eine Stunde abweichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the additional date &quot;%2&quot; (RDATE) cannot be read and is left out.</source>
        <translation>„%1“: Der zusätzliche Termin „%2“ (RDATE) ist nicht lesbar und wird ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the excluded date &quot;%2&quot; (EXDATE) cannot be read and is ignored: the occurrence on that day is read.</source>
        <translation>„%1“: Der ausgenommene Termin „%2“ (EXDATE) ist nicht lesbar und wird übergangen: Der Termin an diesem Tag wird eingelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats from %2 on, but not between %3 and %4, so none of it is imported.</source>
        <translation>„%1“ wiederholt sich ab %2, aber nicht zwischen %3 und %4; nichts davon wird importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on %2 only, not between %3 and %4, so it is not imported.</source>
        <translation>„%1“ ist nur am %2, nicht zwischen %3 und %4, und wird daher nicht importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats from %2 to %3, but not between %4 and %5, so none of it is imported.</source>
        <translation>„%1“ wiederholt sich von %2 bis %3, aber nicht zwischen %4 und %5; nichts davon wird importiert.</translation>
    </message>
    <message>
        <source>The range for recurring events is chosen with --from and --to on the command line; in the program it is the approved project period, else a year before and after today.</source>
        <translation>Den Zeitraum für Serientermine wählen auf der Kommandozeile --from und --to; im Programm ist es der Bewilligungszeitraum, sonst ein Jahr vor und nach heute.</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>der Beginn</translation>
    </message>
    <message>
        <source>its end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>its duration</source>
        <translation>die Dauer</translation>
    </message>
    <message>
        <source>its rule of repetition</source>
        <translation>die Wiederholungsregel</translation>
    </message>
    <message>
        <source>the occurrence it changes</source>
        <translation>der geänderte Einzeltermin</translation>
    </message>
    <message>
        <source>The event cannot be read: %1 (%2) is no valid value.</source>
        <translation>Der Termin kann nicht gelesen werden: %1 (%2) ist kein gültiger Wert.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n task(s) (VTODO); tasks are not activities and are not imported.</source>
        <translation>
            <numerusform>Die Datei enthält %n Aufgabe (VTODO); Aufgaben sind keine Aktivitäten und werden nicht importiert.</numerusform>
            <numerusform>Die Datei enthält %n Aufgaben (VTODO); Aufgaben sind keine Aktivitäten und werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n journal entry(s) (VJOURNAL); they are not activities and are not imported.</source>
        <translation>
            <numerusform>Die Datei enthält %n Journaleintrag (VJOURNAL); er ist keine Aktivität und wird nicht importiert.</numerusform>
            <numerusform>Die Datei enthält %n Journaleinträge (VJOURNAL); sie sind keine Aktivitäten und werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; repeats without an end: its %n occurrence(s) up to %2, the end of the range for recurring events, are read.</source>
        <translation>
            <numerusform>„%1“ wiederholt sich ohne Ende: Sein %n Termin bis %2, dem Ende des Zeitraums für Serientermine, wird gelesen.</numerusform>
            <numerusform>„%1“ wiederholt sich ohne Ende: Seine %n Termine bis %2, dem Ende des Zeitraums für Serientermine, werden gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kmuni::import</name>
    <message>
        <source>(not taken over)</source>
        <translation>(nicht übernehmen)</translation>
    </message>
    <message>
        <source>(type of another column)</source>
        <translation>(Typ einer anderen Spalte)</translation>
    </message>
    <message>
        <source>(repeats other columns)</source>
        <translation>(wiederholt andere Spalten)</translation>
    </message>
    <message>
        <source>Salutation / title</source>
        <translation>Anrede / Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
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
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Einwilligung am</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Legal form (organisation)</source>
        <translation>Rechtsform (Organisation)</translation>
    </message>
    <message>
        <source>Street (organisation)</source>
        <translation>Straße (Organisation)</translation>
    </message>
    <message>
        <source>Postal code (organisation)</source>
        <translation>PLZ (Organisation)</translation>
    </message>
    <message>
        <source>City (organisation)</source>
        <translation>Ort (Organisation)</translation>
    </message>
    <message>
        <source>Phone (organisation)</source>
        <translation>Telefon (Organisation)</translation>
    </message>
    <message>
        <source>Website (organisation)</source>
        <translation>Website (Organisation)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Kind (company, university, …)</source>
        <translation>Art (Unternehmen, Hochschule, …)</translation>
    </message>
    <message>
        <source>University (of an institute)</source>
        <translation>Hochschule (einer Einrichtung)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>E-mail (organisation)</source>
        <translation>E-Mail (Organisation)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Pilot participant</source>
        <translation>Pilotunternehmen</translation>
    </message>
    <message>
        <source>Outreach stage</source>
        <translation>Betreuungsstand</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>The file cannot be read: %1 (line %2).</source>
        <translation>Die Datei kann nicht gelesen werden: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Country (organisation)</source>
        <translation>Land (Organisation)</translation>
    </message>
    <message>
        <source>The file is a packed (zip) archive, not a table: an Excel workbook that is damaged or incomplete, or another kind of file. Save it again from Excel, or as CSV.</source>
        <translation>Die Datei ist ein gepacktes (ZIP-)Archiv, keine Tabelle: eine beschädigte oder unvollständige Excel-Arbeitsmappe oder eine andere Art von Datei. Speichern Sie sie in Excel neu oder als CSV.</translation>
    </message>
    <message>
        <source>The file is not a table: it holds binary data (a database, a picture, a program). Import a CSV or XLSX file.</source>
        <translation>Die Datei ist keine Tabelle: Sie enthält Binärdaten (eine Datenbank, ein Bild, ein Programm). Importieren Sie eine CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>The file looks like a list of organisations (columns %1), not of contact persons: import it as organisations.</source>
        <translation>Die Datei sieht nach einer Liste von Organisationen aus (Spalten %1), nicht von Ansprechpersonen: Importieren Sie sie als Organisationen.</translation>
    </message>
    <message>
        <source>The file looks like a list of contact persons (columns %1): import it as contact persons, which creates their organisations too.</source>
        <translation>Die Datei sieht nach einer Liste von Ansprechpersonen aus (Spalten %1): Importieren Sie sie als Ansprechpersonen; dabei werden auch ihre Organisationen angelegt.</translation>
    </message>
    <message>
        <source>Type of institute</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>House number (organisation)</source>
        <translation>Hausnummer (Organisation)</translation>
    </message>
    <message numerus="yes">
        <source>The list was read from the sheet &quot;%1&quot;; the %n sheet(s) before it (%2) hold none.</source>
        <translation>
            <numerusform>Die Liste wurde aus dem Blatt „%1“ gelesen; das %n Blatt davor (%2) enthält keine.</numerusform>
            <numerusform>Die Liste wurde aus dem Blatt „%1“ gelesen; die %n Blätter davor (%2) enthalten keine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 »%2« is kept as %3; the extension %4 is not kept.</source>
        <translation>%1 »%2« wird als %3 übernommen; die Durchwahl %4 wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1 »%2« is taken as %3: a spreadsheet drops the 0 or + in front of a number. Check it.</source>
        <translation>%1 »%2« wird als %3 übernommen: Eine Tabellenkalkulation lässt die 0 oder das + vor einer Zahl weg. Bitte prüfen.</translation>
    </message>
    <message>
        <source>%1 »%2« is kept as %3; »%4« beside it is not kept.</source>
        <translation>%1 »%2« wird als %3 übernommen; »%4« daneben wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1 not kept: &quot;%2&quot; is a number Excel wrote in exponent form, without its last digits. Format the column as text in Excel and save the file again.</source>
        <translation>%1 nicht übernommen: „%2“ ist eine Zahl, die Excel in Exponentialschreibweise ohne ihre letzten Ziffern gespeichert hat. Formatieren Sie die Spalte in Excel als Text und speichern Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 not kept: %2</source>
        <translation>%1 nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>kmuni::merge</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>kmuni::vcard</name>
    <message>
        <source>the file holds more contact data than can be read at once (%L1 MB); split it into smaller files</source>
        <translation>die Datei enthält mehr Kontaktdaten, als auf einmal gelesen werden können (%L1 MB); teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>this is not a vCard file: BEGIN:VCARD expected</source>
        <translation>dies ist keine vCard-Datei: BEGIN:VCARD erwartet</translation>
    </message>
    <message>
        <source>text between two vCards: BEGIN:VCARD expected</source>
        <translation>Text zwischen zwei vCards: BEGIN:VCARD erwartet</translation>
    </message>
    <message>
        <source>the vCard beginning on this line has no END:VCARD</source>
        <translation>der in dieser Zeile beginnenden vCard fehlt END:VCARD</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>die Datei enthält keine vCard</translation>
    </message>
    <message>
        <source>the value is longer than %L1 characters</source>
        <translation>der Wert ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not a vCard property (NAME:value)</source>
        <translation>„%1“ ist keine vCard-Eigenschaft (NAME:Wert)</translation>
    </message>
    <message>
        <source>a property without a name</source>
        <translation>eine Eigenschaft ohne Namen</translation>
    </message>
    <message>
        <source>the quoted-printable value ends with a soft line break (=) at the end of the file</source>
        <translation>der Quoted-Printable-Wert endet am Dateiende mit einem weichen Zeilenumbruch (=)</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>unbekannter Zeichensatz „%1“</translation>
    </message>
    <message>
        <source>broken quoted-printable sequence “%1” (= must be followed by two hexadecimal digits)</source>
        <translation>fehlerhafte Quoted-Printable-Folge „%1“ (auf = müssen zwei Hexadezimalziffern folgen)</translation>
    </message>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>vCard-Version „%1“ wird nicht unterstützt (unterstützt: 2.1, 3.0 und 4.0)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
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
    <name>kmuni::xlsx</name>
    <message>
        <source>the workbook is damaged or incomplete (%1); open it in Excel and save it again</source>
        <translation>die Arbeitsmappe ist beschädigt oder unvollständig (%1); öffnen Sie sie in Excel und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>the workbook is too large to import (more than %L1 MB unpacked); save it as CSV</source>
        <translation>die Arbeitsmappe ist zu groß für den Import (entpackt mehr als %L1 MB); speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>the workbook is password-protected; remove the password or save it as CSV</source>
        <translation>die Arbeitsmappe ist kennwortgeschützt; entfernen Sie das Kennwort oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 cells</source>
        <translation>das Tabellenblatt hat mehr als %L1 Zellen</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot;</source>
        <translation>Zellbezug „%1“</translation>
    </message>
    <message>
        <source>the row has more than %L1 columns</source>
        <translation>die Zeile hat mehr als %L1 Spalten</translation>
    </message>
    <message>
        <source>a shared string is missing</source>
        <translation>eine gemeinsam genutzte Zeichenfolge fehlt</translation>
    </message>
    <message>
        <source>a cell is longer than %L1 characters</source>
        <translation>eine Zelle ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot;</source>
        <translation>Zeilennummer „%1“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls) or a password-protected workbook; save it as .xlsx or CSV</source>
        <translation>dies ist eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>dies ist keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV</source>
        <translation>dies ist eine OpenDocument-Tabelle (.ods); speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KMUni CRM: contacts, activities and matches of the KMUni network.</source>
        <translation>KMUni CRM: Kontakte, Aktivitäten und Vermittlungen des KMUni-Netzwerks.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The database file to open (.kmuni, .sqlite, .db).</source>
        <translation>Die zu öffnende Datenbankdatei (.kmuni, .sqlite, .db).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>The database to open: a file, or a server&apos;s address postgresql://USER@HOST:PORT/DB.</source>
        <translation>Die zu öffnende Datenbank: eine Datei oder die Adresse eines Servers, postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
</context>
</TS>
