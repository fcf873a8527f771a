-- A database as schema 1 of dispatcher wrote it (kept as text; tests build the file).
BEGIN TRANSACTION;
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
CREATE INDEX permits_driver ON permits(driver_id);
CREATE INDEX trips_driver ON trips(driver_id);
CREATE INDEX legs_trip ON legs(trip_id, seq);
COMMIT;
PRAGMA user_version = 1;
