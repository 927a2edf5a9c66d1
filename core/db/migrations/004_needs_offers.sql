-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Needs and offers as data: one editable vocabulary of topics (Themen), seeded with the five KMUni
-- sectors' sub-topics; what a company looks for (side 'need') and what a university or institute
-- offers (side 'offer'), by topic and by match type. The free text in organisations.needs/offers
-- stays as a note; the topics and types it names are taken over once, here.
CREATE TABLE topics (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sort_key   TEXT NOT NULL UNIQUE,        -- fold::sortKey(name): one topic per spelling
    sector     TEXT NOT NULL DEFAULT '',    -- the KMUni sector it belongs to ('' for all)
    created_at TEXT NOT NULL
);
-- Folded word parts that name a topic in free text (for the one-off take-over and for staff's notes).
CREATE TABLE topic_keywords (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    keyword  TEXT NOT NULL,
    PRIMARY KEY (topic_id, keyword)
) WITHOUT ROWID;
CREATE TABLE organisation_topics (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    side            TEXT NOT NULL CHECK (side IN ('need', 'offer')),
    topic_id        INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, side, topic_id)
) WITHOUT ROWID;
CREATE INDEX organisation_topic_by_topic ON organisation_topics(topic_id, side, organisation_id);
CREATE TABLE organisation_match_types (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    side            TEXT NOT NULL CHECK (side IN ('need', 'offer')),
    type            TEXT NOT NULL,
    PRIMARY KEY (organisation_id, side, type)
) WITHOUT ROWID;
-- A suggestion staff turned down stays hidden (until they take the rejection back).
CREATE TABLE suggestion_rejections (
    company_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    university_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    rejected_at   TEXT NOT NULL,
    user_name     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, university_id)
) WITHOUT ROWID;
CREATE INDEX suggestion_rejection_university ON suggestion_rejections(university_id, company_id);

INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (1, '5121fcd3-f31a-54e1-a98b-a24006131181', 'Mikrofluidik', kmuni_sort_key('Mikrofluidik'), 'biomicronano', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (1, 'mikrofluid');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (1, 'lab-on-chip');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (1, 'lab on a chip');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (2, 'c56c50e9-2151-5bd0-bc02-4c54ed768cc4', 'Sensorik und MEMS', kmuni_sort_key('Sensorik und MEMS'), 'biomicronano', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (2, 'sensor');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (2, 'mems');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (3, '47fd0b43-b0a2-589c-9167-c792ae66b4c1', 'Bioanalytik und Labor', kmuni_sort_key('Bioanalytik und Labor'), 'biomicronano', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'analytik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'analytisch');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'einzelzell');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'probenvorbereitung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'bioassay');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (3, 'labor');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (4, 'e261f47e-091a-5fda-a1bc-95779bcd6d2f', 'Oberflächen und Beschichtungen', kmuni_sort_key('Oberflächen und Beschichtungen'), 'biomicronano', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (4, 'beschicht');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (4, 'oberflach');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (4, 'galvanik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (4, 'nanobeschicht');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (5, 'aeec34f7-2ae9-5486-a08c-a27b4dc87641', 'Bio- und Verfahrenstechnik', kmuni_sort_key('Bio- und Verfahrenstechnik'), 'biomicronano', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (5, 'bioverfahren');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (5, 'verfahrenstechn');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (5, 'chemieingenieur');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (5, 'bio- und chemie');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (6, '13c505dd-9fd5-52dd-9e08-e88903520908', 'Softwareentwicklung', kmuni_sort_key('Softwareentwicklung'), 'it', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'software');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'java');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'kotlin');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'webentwicklung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'entwickler');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'erp');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (6, 'informatik');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (7, 'def8d044-07c0-5305-92cf-adc093f31b95', 'IT-Sicherheit', kmuni_sort_key('IT-Sicherheit'), 'it', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (7, 'it-sicherheit');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (7, 'security');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (7, 'penetration');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (7, 'firmware');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (7, 'verschlussel');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (8, '8f0a370e-2200-5752-90f4-c2ea37e03c23', 'Data Science und maschinelles Lernen', kmuni_sort_key('Data Science und maschinelles Lernen'), 'it', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'machine learning');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'maschinelles lernen');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'maschinellen lernen');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'data science');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'datenwissenschaft');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'prognose');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (8, 'kunstliche intelligenz');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (9, '4829e84f-04dd-534d-b707-9557fb29da4b', 'Barrierefreie Webanwendungen', kmuni_sort_key('Barrierefreie Webanwendungen'), 'it', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (9, 'barrierefrei');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (10, '952831a7-b39f-5dbf-8102-071915726c86', 'Konstruktion und CAD', kmuni_sort_key('Konstruktion und CAD'), 'production', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (10, 'konstruk');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (10, 'solidworks');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (10, 'cad');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (11, '0a3b64c0-554a-5072-9c2a-c64f13eddec5', 'Additive Fertigung', kmuni_sort_key('Additive Fertigung'), 'production', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (11, 'additiv');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (11, '3d-druck');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (11, 'topologieoptimierung');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (12, '5a98efa1-ad3c-5cf3-a614-216147aab88f', 'Produktionssysteme und Automatisierung', kmuni_sort_key('Produktionssysteme und Automatisierung'), 'production', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'produktionssystem');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'automatisierung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'assistenzsystem');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'lernfabrik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'industriesteuerung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (12, 'prozessfahigkeit');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (13, '7c1b68c0-e52d-5511-a876-7fb51107489d', 'Maschinenbau und Mechatronik', kmuni_sort_key('Maschinenbau und Mechatronik'), 'production', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (13, 'maschinenbau');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (13, 'mechatronik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (13, 'antrieb');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (13, 'sondermaschinen');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (14, '3535d2c9-6d29-5515-83e2-779eea669956', 'Elektrotechnik', kmuni_sort_key('Elektrotechnik'), 'production', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (14, 'elektrotechnik');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (15, '2bacebda-1049-5947-bf00-d2d54f3cb47e', 'Lagerautomatisierung und Intralogistik', kmuni_sort_key('Lagerautomatisierung und Intralogistik'), 'logistics', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'lager');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'intralogistik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'shuttle');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'materialfluss');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'fordertechnik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (15, 'hafenlager');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (16, 'c91df8cb-2c58-5433-a658-d226a6b55d2d', 'Robotik', kmuni_sort_key('Robotik'), 'logistics', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (16, 'robot');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (16, 'ros 2');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (17, '89d705f4-d3f0-5764-898d-d13f1e6e69f3', 'Simulation und digitaler Zwilling', kmuni_sort_key('Simulation und digitaler Zwilling'), 'logistics', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (17, 'simulation');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (17, 'digitaler zwilling');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (17, 'digitalen zwilling');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (18, '7ce5212b-326d-5c37-b50f-23f9550f9430', 'Verkehr und Disposition', kmuni_sort_key('Verkehr und Disposition'), 'logistics', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'disposition');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'schienen');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'zugbildung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'multimodal');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'kombinierten verkehr');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'tourenplan');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (18, 'logistik');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (19, 'a9ac4431-0be2-5cb8-a564-3b521f8493a0', 'Medizintechnik', kmuni_sort_key('Medizintechnik'), 'health', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (19, 'medizintechnik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (19, 'medizinprodukt');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (19, 'orthop');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (19, 'dekubitus');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (19, 'klinisch');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (20, 'f3d6bea7-8d05-5ee7-a9fc-cbf5181343f8', 'Pflege und Therapie', kmuni_sort_key('Pflege und Therapie'), 'health', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (20, 'pflege');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (20, 'therapie');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (20, 'reha');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (20, 'gesundheitswissenschaft');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (21, '6aab985f-2d91-5660-a062-118766f885ba', 'Biomechanik', kmuni_sort_key('Biomechanik'), 'health', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (21, 'biomechanik');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (21, '3d-scan');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (22, '36e78f02-0311-5fae-a8d5-7e7de2233625', 'Gründung und Transfer', kmuni_sort_key('Gründung und Transfer'), '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'grundung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'start-up');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'startup');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'transfer');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'entrepreneurship');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'verwertung');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (22, 'kooperationsvertrag');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (23, '2e8c00e4-5574-51d6-ad8e-e5907a5dd627', 'Marketing und Vertrieb', kmuni_sort_key('Marketing und Vertrieb'), '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (23, 'marketing');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (23, 'vertrieb');
INSERT INTO topics(id, uuid, name, sort_key, sector, created_at) VALUES (24, 'ea6e6b4f-42b7-5c84-8bf4-e8a4523b0096', 'Nachbergbau und Umwelt', kmuni_sort_key('Nachbergbau und Umwelt'), '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO topic_keywords(topic_id, keyword) VALUES (24, 'grubenwasser');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (24, 'nachbergbau');
INSERT INTO topic_keywords(topic_id, keyword) VALUES (24, 'bergbau');

-- The take-over: companies' needs from their needs text; universities' and institutes' offers from
-- their name, offers and notes.
INSERT OR IGNORE INTO organisation_topics(organisation_id, side, topic_id)
SELECT o.id, 'need', k.topic_id FROM organisations o JOIN topic_keywords k
    ON instr(kmuni_fold(o.needs), k.keyword) > 0
WHERE o.kind = 'company' AND o.needs <> '';
INSERT OR IGNORE INTO organisation_topics(organisation_id, side, topic_id)
SELECT o.id, 'offer', k.topic_id FROM organisations o JOIN topic_keywords k
    ON instr(kmuni_fold(o.name || ' ' || o.offers || ' ' || o.notes), k.keyword) > 0
WHERE o.kind IN ('university', 'institute');

-- Folded word parts that name a match type in free text.
CREATE TABLE match_type_keywords (
    type    TEXT NOT NULL,
    keyword TEXT NOT NULL,
    PRIMARY KEY (type, keyword)
) WITHOUT ROWID;
INSERT INTO match_type_keywords(type, keyword) VALUES ('internship', 'praktik');
INSERT INTO match_type_keywords(type, keyword) VALUES ('internship', 'praxissemester');
INSERT INTO match_type_keywords(type, keyword) VALUES ('internship', 'pflichtpraktik');
INSERT INTO match_type_keywords(type, keyword) VALUES ('thesis', 'abschlussarbeit');
INSERT INTO match_type_keywords(type, keyword) VALUES ('thesis', 'bachelorarbeit');
INSERT INTO match_type_keywords(type, keyword) VALUES ('thesis', 'masterarbeit');
INSERT INTO match_type_keywords(type, keyword) VALUES ('thesis', 'bachelor- oder masterarbeit');
INSERT INTO match_type_keywords(type, keyword) VALUES ('thesis', 'bachelor- und masterarbeit');
INSERT INTO match_type_keywords(type, keyword) VALUES ('working_student', 'werkstudier');
INSERT INTO match_type_keywords(type, keyword) VALUES ('working_student', 'studentische hilfskr');
INSERT INTO match_type_keywords(type, keyword) VALUES ('working_student', 'studentischen hilfskr');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'nachwuchs');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'einstieg');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'absolvent');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'fachkraft');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'fachkrafte');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'ingenieur/innen');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'entwickler/innen');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'konstrukteur');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'nachfolge');
INSERT INTO match_type_keywords(type, keyword) VALUES ('graduate_job', 'stellenborse');
INSERT INTO match_type_keywords(type, keyword) VALUES ('research_cooperation', 'forschungskooperation');
INSERT INTO match_type_keywords(type, keyword) VALUES ('research_cooperation', 'kooperationsprojekt');
INSERT INTO match_type_keywords(type, keyword) VALUES ('research_cooperation', 'zim');
INSERT INTO match_type_keywords(type, keyword) VALUES ('research_cooperation', 'forschung');
INSERT INTO match_type_keywords(type, keyword) VALUES ('student_project', 'studentische projekt');
INSERT INTO match_type_keywords(type, keyword) VALUES ('student_project', 'studentisches projekt');
INSERT INTO match_type_keywords(type, keyword) VALUES ('student_project', 'studentischen projekt');
INSERT INTO match_type_keywords(type, keyword) VALUES ('student_project', 'studienprojekt');
INSERT INTO match_type_keywords(type, keyword) VALUES ('student_project', 'projektmodul');
INSERT INTO match_type_keywords(type, keyword) VALUES ('guest_lecture', 'gastvortrag');
INSERT INTO match_type_keywords(type, keyword) VALUES ('guest_lecture', 'gastvorlesung');
INSERT INTO match_type_keywords(type, keyword) VALUES ('funding_application', 'forderantrag');
INSERT INTO match_type_keywords(type, keyword) VALUES ('funding_application', 'zim');
INSERT OR IGNORE INTO organisation_match_types(organisation_id, side, type)
SELECT o.id, 'need', k.type FROM organisations o JOIN match_type_keywords k ON instr(kmuni_fold(o.needs), k.keyword) > 0
WHERE o.kind = 'company' AND o.needs <> '';
INSERT OR IGNORE INTO organisation_match_types(organisation_id, side, type)
SELECT o.id, 'offer', k.type FROM organisations o JOIN match_type_keywords k
    ON instr(kmuni_fold(o.offers || ' ' || o.notes), k.keyword) > 0
WHERE o.kind IN ('university', 'institute');
-- What each kind of institute offers in any case.
INSERT OR IGNORE INTO organisation_match_types(organisation_id, side, type)
SELECT o.id, 'offer', t.type FROM organisations o JOIN (
    SELECT 'career_service' AS kind, 'internship' AS type UNION ALL SELECT 'career_service', 'working_student'
    UNION ALL SELECT 'career_service', 'graduate_job' UNION ALL SELECT 'transfer_office', 'research_cooperation'
    UNION ALL SELECT 'transfer_office', 'funding_application' UNION ALL SELECT 'faculty', 'thesis'
    UNION ALL SELECT 'faculty', 'student_project' UNION ALL SELECT 'chair', 'thesis'
    UNION ALL SELECT 'chair', 'research_cooperation' UNION ALL SELECT 'research_institute', 'research_cooperation'
    UNION ALL SELECT 'research_institute', 'thesis') t ON t.kind = o.institute_type
WHERE o.kind = 'institute';
