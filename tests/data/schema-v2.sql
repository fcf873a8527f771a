-- A database as schema 2 of dispatcher wrote it (kept as text; tests build the file).
BEGIN TRANSACTION;
CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            operation INTEGER NOT NULL,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            host TEXT NOT NULL,
            entity TEXT NOT NULL CHECK (entity IN ('driver', 'trip', 'setting')),
            entity_id TEXT NOT NULL,
            driver_id TEXT,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old TEXT,
            new TEXT
        );
INSERT INTO "changes" VALUES(1,1,'2026-11-23T02:12:49+00:00','root','vm','driver','D001','D001','insert',NULL,'{"id": "D001", "name": "Ерлан Сейтқали", "citizenship": "KZ", "category": "freight", "permits": []}');
INSERT INTO "changes" VALUES(2,1,'2026-11-23T02:12:49+00:00','root','vm','driver','D002','D002','insert',NULL,'{"id": "D002", "name": "Арман Григорян", "citizenship": "AM", "category": "freight", "permits": [["RU", "temporary_residence", "2026-03-01", "2029-02-28"]]}');
INSERT INTO "changes" VALUES(3,1,'2026-11-23T02:12:49+00:00','root','vm','trip','P0001',NULL,'insert',NULL,'{"id": "P0001", "driver_id": null, "note": "", "legs": [["RU", "2026-12-01", "2026-12-10"]]}');
INSERT INTO "changes" VALUES(4,1,'2026-11-23T02:12:49+00:00','root','vm','trip','T0001','D001','insert',NULL,'{"id": "T0001", "driver_id": "D001", "note": "", "legs": [["KZ", "2026-01-05", "2026-01-06"], ["RU", "2026-01-06", "2026-02-20"]]}');
INSERT INTO "changes" VALUES(5,1,'2026-11-23T02:12:49+00:00','root','vm','trip','T0002','D002','insert',NULL,'{"id": "T0002", "driver_id": "D002", "note": "Минск", "legs": [["RU", "2026-04-01", "2026-04-30"]]}');
INSERT INTO "changes" VALUES(6,1,'2026-11-23T02:12:49+00:00','root','vm','setting','carrier.name',NULL,'insert',NULL,'"ТОО «Тест»"');
INSERT INTO "changes" VALUES(7,2,'2026-11-23T02:12:49+00:00','root','vm','trip','T0003','D001','insert',NULL,'{"id": "T0003", "driver_id": "D001", "note": "", "legs": [["KZ", "2026-05-01", "2026-05-02"]]}');
CREATE TABLE drivers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            citizenship TEXT NOT NULL,
            category TEXT NOT NULL
        );
INSERT INTO "drivers" VALUES('D001','Ерлан Сейтқали','KZ','freight');
INSERT INTO "drivers" VALUES('D002','Арман Григорян','AM','freight');
CREATE TABLE legs (
            id INTEGER PRIMARY KEY,
            trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            country TEXT NOT NULL,
            entry TEXT NOT NULL,
            exit TEXT NOT NULL,
            CHECK (exit >= entry)
        );
INSERT INTO "legs" VALUES(1,'T0001',0,'KZ','2026-01-05','2026-01-06');
INSERT INTO "legs" VALUES(2,'T0001',1,'RU','2026-01-06','2026-02-20');
INSERT INTO "legs" VALUES(3,'T0002',0,'RU','2026-04-01','2026-04-30');
INSERT INTO "legs" VALUES(4,'P0001',0,'RU','2026-12-01','2026-12-10');
INSERT INTO "legs" VALUES(5,'T0003',0,'KZ','2026-05-01','2026-05-02');
CREATE TABLE permits (
            id INTEGER PRIMARY KEY,
            driver_id TEXT NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            kind TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            UNIQUE (driver_id, country, kind, valid_from)
        );
INSERT INTO "permits" VALUES(1,'D002','RU','temporary_residence','2026-03-01','2029-02-28');
CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
INSERT INTO "settings" VALUES('carrier.name','"ТОО «Тест»"');
CREATE TABLE trips (
            id TEXT PRIMARY KEY,
            driver_id TEXT REFERENCES drivers(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT ''
        );
INSERT INTO "trips" VALUES('T0001','D001','');
INSERT INTO "trips" VALUES('T0002','D002','Минск');
INSERT INTO "trips" VALUES('P0001',NULL,'');
INSERT INTO "trips" VALUES('T0003','D001','');
CREATE INDEX permits_driver ON permits(driver_id);
CREATE INDEX trips_driver ON trips(driver_id);
CREATE INDEX legs_trip ON legs(trip_id, seq);
CREATE INDEX changes_entity ON changes(entity, entity_id);
CREATE INDEX changes_driver ON changes(driver_id);
CREATE INDEX changes_operation ON changes(operation);
CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
COMMIT;
PRAGMA user_version = 2;
