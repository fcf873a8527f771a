<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppText</name>
    <message>
        <source>This database is empty. Load the demo carrier (16 drivers, a year and a half of trips) to see how dispatcher works? You can start a new database later from File → New.</source>
        <translation>База данных пуста. Загрузить демонстрационного перевозчика (16 водителей, рейсы за полтора года), чтобы посмотреть, как работает dispatcher? Новую базу можно создать позже: Файл → Новая база.</translation>
    </message>
    <message>
        <source>Welcome to dispatcher</source>
        <translation>Добро пожаловать в dispatcher</translation>
    </message>
    <message>
        <source>The database was opened</source>
        <translation>База данных открыта</translation>
    </message>
    <message>
        <source>There is no backup of it that passes the check.</source>
        <translation>Нет резервной копии, которая прошла бы проверку.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Put back the newest backup that passes the check, taken %1? The damaged file is kept in the backups folder.</source>
        <translation>Восстановить последнюю исправную резервную копию от %1? Повреждённый файл сохранится в папке резервных копий.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>The daily backup was not taken</source>
        <translation>Ежедневная резервная копия не сделана</translation>
    </message>
    <message>
        <source>dispatcher cannot start</source>
        <translation>dispatcher не может запуститься</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>значение %r здесь не принимается</translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>#</source>
        <extracomment>rows a column is fitted to (of a fleet of thousands); the rows in sight fit their text</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Останется</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Assign route %1</source>
        <translation>Назначить маршрут %1</translation>
    </message>
    <message>
        <source>Filter drivers…</source>
        <translation>Поиск водителя…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>The route %1 no longer exists.</source>
        <translation>Маршрута %1 больше нет.</translation>
    </message>
    <message>
        <source>Route %1: %2. As of %3: checking %4 drivers…</source>
        <translation>Маршрут %1: %2. На дату %3: идёт проверка водителей (%4)…</translation>
    </message>
    <message>
        <source>Route %1: %2. As of %3: %4 of %5 drivers can take it.</source>
        <translation>Маршрут %1: %2. На дату %3: могут взять %4 из %5 водителей.</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Нельзя назначить</translation>
    </message>
</context>
<context>
    <name>BackupsText</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Replace the database with the copy of %1? The current data is saved as a backup first, so this can be undone the same way.</source>
        <translation>Заменить базу данных копией от %1? Текущие данные сначала сохранятся в резервную копию, так что это можно отменить тем же способом.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Восстановить не удалось</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--leg %1: expected CC:YYYY-MM-DD:YYYY-MM-DD</source>
        <translation>--leg %1: ожидается CC:ГГГГ-ММ-ДД:ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--leg %1: %2 is not a country code</source>
        <translation>--leg %1: %2 — не код страны</translation>
    </message>
    <message>
        <source>--leg %1: %2</source>
        <translation>--leg %1: %2</translation>
    </message>
    <message>
        <source>--leg %1: exit is before entry</source>
        <translation>--leg %1: выезд раньше въезда</translation>
    </message>
    <message>
        <source>dispatcher: %1</source>
        <translation>dispatcher: %1</translation>
    </message>
    <message>
        <source>import needs at least one of --drivers, --permits, --trips, --workbook</source>
        <translation>для импорта нужен хотя бы один из параметров --drivers, --permits, --trips, --workbook</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>Импортировано в %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s)</source>
        <translation>
            <numerusform>%n водитель</numerusform>
            <numerusform>%n водителя</numerusform>
            <numerusform>%n водителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n рейс</numerusform>
            <numerusform>%n рейса</numerusform>
            <numerusform>%n рейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n leg(s))</source>
        <translation>
            <numerusform>(%n участок)</numerusform>
            <numerusform>(%n участка)</numerusform>
            <numerusform>(%n участков)</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --dir, --xlsx, --template or at least one of --drivers, --permits, --trips</source>
        <translation>для экспорта нужен --dir, --xlsx, --template или хотя бы один из --drivers, --permits, --trips</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>dispatcher: error: %1</source>
        <translation>dispatcher: ошибка: %1</translation>
    </message>
    <message>
        <source>this route</source>
        <translation>этот маршрут</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>водитель</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>first day over</source>
        <translation>первый день превышения</translation>
    </message>
    <message>
        <source>days used</source>
        <translation>использовано дней</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>превышение, дней</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>неизвестный водитель %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s) can take the route</source>
        <translation>
            <numerusform>маршрут может взять %n водитель</numerusform>
            <numerusform>маршрут могут взять %n водителя</numerusform>
            <numerusform>маршрут могут взять %n водителей</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>days left after</source>
        <translation>останется дней</translation>
    </message>
    <message>
        <source>Loaded the demo carrier into %1</source>
        <translation>Демонстрационный перевозчик загружен в %1</translation>
    </message>
    <message>
        <source>import refused, nothing was changed:</source>
        <extracomment>commands that read, answer and end</extracomment>
        <translation>импорт отклонён, ничего не изменено:</translation>
    </message>
    <message>
        <source>dispatcher: internal error: %1 (set DISPATCHER_DEBUG=1 for details)</source>
        <translation>dispatcher: внутренняя ошибка: %1 (подробности: задайте DISPATCHER_DEBUG=1)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add driver %1</source>
        <translation>Добавление водителя %1</translation>
    </message>
    <message>
        <source>Edit driver %1</source>
        <translation>Изменение водителя %1</translation>
    </message>
    <message>
        <source>Delete driver %1</source>
        <translation>Удаление водителя %1</translation>
    </message>
    <message>
        <source>Add trip %1</source>
        <translation>Добавление рейса %1</translation>
    </message>
    <message>
        <source>Edit trip %1</source>
        <translation>Изменение рейса %1</translation>
    </message>
    <message>
        <source>Delete trip %1</source>
        <translation>Удаление рейса %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n route(s)</source>
        <translation>
            <numerusform>Назначение %n маршрута</numerusform>
            <numerusform>Назначение %n маршрутов</numerusform>
            <numerusform>Назначение %n маршрутов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverDialogText</name>
    <message>
        <source>New driver</source>
        <translation>Новый водитель</translation>
    </message>
    <message>
        <source>Edit driver</source>
        <translation>Изменить водителя</translation>
    </message>
    <message>
        <source>Full name as in the passport</source>
        <translation>ФИО как в паспорте</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Add permit</source>
        <translation>Добавить разрешение</translation>
    </message>
    <message>
        <source>Remove permit</source>
        <translation>Удалить разрешение</translation>
    </message>
    <message>
        <source>Permits: a residence or work permit exempts from that country&apos;s limit</source>
        <translation>Разрешения: ВНЖ, РВП или разрешение на работу снимают лимит пребывания этой страны</translation>
    </message>
    <message>
        <source>ID %1 is already used</source>
        <translation>Код %1 уже занят</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Undo</source>
        <extracomment>a driver&apos;s days changed (&quot;&quot; means anything may have changed: reload everything) the date everything is computed against a view wants a driver shown (roster selection, timeline row) a view wants a day shown (timeline and month view scroll to it) a planned route (a trip without a driver) was added, edited, assigned or deleted a different database file was opened</extracomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Reload the data as it is now? The undo steps are cleared, since they no longer match the file.</source>
        <translation>Загрузить данные заново в текущем виде? История отмены будет очищена: она больше не соответствует файлу.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
</context>
<context>
    <name>ExcelFiles</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>Import template saved to %1</source>
        <translation>Шаблон импорта сохранён: %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>To go back to a backup, start the window (it offers the newest good copy) or use File → Restore backup…; the copies are in %1.</source>
        <translation>Чтобы вернуться к резервной копии, откройте окно программы (оно предложит самую новую исправную копию) или выберите Файл → Восстановить резервную копию…; копии лежат в %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed.</source>
        <translation>%1 повреждён (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 holds %4</source>
        <translation>таблица %1, строка %2, столбец %3 содержит %4</translation>
    </message>
    <message>
        <source>%1 is not a dispatcher database (%2); it was not changed.</source>
        <translation>%1 — не база данных dispatcher (%2); файл не изменён.</translation>
    </message>
    <message>
        <source>%1: no such database file. Create it with an import, or in the window.</source>
        <translation>%1: такого файла базы данных нет. Создайте его импортом или в окне программы.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is): nothing was changed. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>%1 доступен только для чтения (или его папка): ничего не изменено. Скопируйте его в папку, куда можно писать, или попросите права на запись.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was changed. Free some space and try again.</source>
        <translation>Диск, на котором лежит %1, заполнен: ничего не изменено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 is busy in another window or program: nothing was changed. Try again in a moment.</source>
        <translation>%1 занят другим окном или программой: ничего не изменено. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (%2): check the disk or the network share and try again. Nothing was changed.</source>
        <translation>%1 не удалось прочитать или записать (%2): проверьте диск или сетевую папку и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 не удаётся открыть (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>%1; no backup was taken, the good copies are kept</source>
        <translation>%1; резервная копия не сделана, исправные копии сохранены</translation>
    </message>
    <message>
        <source>this backup fails the check</source>
        <translation>эта резервная копия не прошла проверку</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>это не файл SQLite</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <source>its size is not a whole number of pages: it was cut short</source>
        <translation>его размер не кратен размеру страницы: файл обрезан</translation>
    </message>
    <message>
        <source>it is empty</source>
        <extracomment>what the user should be told about the opening (a stray -wal set aside)</extracomment>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>A -wal file beside %1 belonged to another database; it was moved to %2 and not applied.</source>
        <translation>Файл -wal рядом с %1 относился к другой базе данных; он перемещён в %2 и не применён.</translation>
    </message>
    <message>
        <source>it holds another program&apos;s tables or mark</source>
        <translation>в нём таблицы или метка другой программы</translation>
    </message>
    <message>
        <source>%1 was written by an older version of dispatcher; open it in the window or import to upgrade it (a backup is taken first). It was not changed.</source>
        <translation>%1 записан старой версией dispatcher; откройте его в окне программы или выполните импорт, чтобы обновить (сначала делается резервная копия). Файл не изменён.</translation>
    </message>
    <message>
        <source>a copy cannot replace the file it is made of</source>
        <translation>копия не может заменить файл, с которого она сделана</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>водителя %1 нет</translation>
    </message>
    <message>
        <source>trip %1 does not exist</source>
        <translation>рейса %1 нет</translation>
    </message>
    <message>
        <source>%1: a -wal file beside it belongs to another database. Open the file in the window or import into it: the stray -wal is then moved into the backups folder. Nothing was changed.</source>
        <translation>%1: файл -wal рядом с ним относится к другой базе данных. Откройте файл в окне программы или выполните в него импорт: лишний -wal будет перемещён в папку резервных копий. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>Import: drivers, permits, trips (CSV or Excel), or one carrier workbook</source>
        <translation>Импорт: водители, разрешения, рейсы (CSV или Excel) либо одна книга перевозчика</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Файлы CSV и Excel (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Базы данных (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Import over the limit?</source>
        <translation>Импортировать с превышением лимита?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <source>Imported %1 drivers, %2 permits, %3 trips.</source>
        <translation>Импортировано: водителей — %1, разрешений — %2, рейсов — %3.</translation>
    </message>
    <message>
        <source>Name the files drivers, permits and trips (.csv, .xlsx, .xls or .ods), or choose one workbook with those sheets; not known: %1</source>
        <translation>Назовите файлы drivers, permits и trips (.csv, .xlsx, .xls или .ods) или выберите одну книгу с такими листами; неизвестные: %1</translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation>Экспорт CSV в папку</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Demo not loaded</source>
        <translation>Демо не загружено</translation>
    </message>
    <message>
        <source>The database was changed elsewhere; refreshed.</source>
        <translation>База данных изменена в другом месте; данные обновлены.</translation>
    </message>
</context>
<context>
    <name>FleetReadingText</name>
    <message>
        <source>The drivers&apos; trips could not be read</source>
        <translation>Не удалось загрузить рейсы водителей</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>Go over the limit?</source>
        <translation>Превысить лимит?</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Всё равно продолжить?</translation>
    </message>
    <message>
        <source>Why is this needed? The reason is kept in the history.</source>
        <translation>Зачем это нужно? Причина сохранится в истории.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stay limits for international drivers. No subcommand opens the window.</source>
        <translation>Лимиты пребывания водителей международных перевозок. Без команды открывается окно программы.</translation>
    </message>
    <message>
        <source>language of messages and human output: ru, kk or en (default: DISPATCHER_LANG, then the system&apos;s language); --json never changes</source>
        <translation>язык сообщений и вывода: ru, kk или en (по умолчанию DISPATCHER_LANG, затем язык системы); --json от языка не зависит</translation>
    </message>
    <message>
        <source>database file (default: %1)</source>
        <translation>файл базы данных (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>user rule folder (default: %1)</source>
        <translation>папка норм пользователя (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>ignore exemptions that are not law (announced or draft)</source>
        <translation>не учитывать исключения, которые ещё не закон (объявлено или проект)</translation>
    </message>
    <message>
        <source>import drivers, permits and trips from CSV files or workbooks</source>
        <translation>импорт водителей, документов и рейсов из CSV или книг Excel</translation>
    </message>
    <message>
        <source>CSV, .xlsx, .xls or .ods</source>
        <translation>CSV, .xlsx, .xls или .ods</translation>
    </message>
    <message>
        <source>a workbook with sheets drivers, permits, trips</source>
        <translation>книга с листами водители, документы, рейсы</translation>
    </message>
    <message>
        <source>write drivers, permits and trips as CSV or a workbook</source>
        <translation>выгрузить водителей, документы и рейсы в CSV или книгу Excel</translation>
    </message>
    <message>
        <source>write drivers.csv, permits.csv, trips.csv here</source>
        <translation>записать сюда drivers.csv, permits.csv, trips.csv</translation>
    </message>
    <message>
        <source>one Excel workbook, with the findings</source>
        <translation>одна книга Excel, вместе с нарушениями</translation>
    </message>
    <message>
        <source>findings as of (for --xlsx)</source>
        <translation>нарушения на дату (для --xlsx)</translation>
    </message>
    <message>
        <source>an empty workbook to fill in and import</source>
        <translation>пустая книга для заполнения и импорта</translation>
    </message>
    <message>
        <source>every finding of the fleet</source>
        <translation>все нарушения автопарка</translation>
    </message>
    <message>
        <source>days used and left for one driver</source>
        <translation>использовано и осталось дней у одного водителя</translation>
    </message>
    <message>
        <source>days every rule should keep left (fewer: tight)</source>
        <translation>сколько дней должно остаться по каждой норме (меньше — впритык)</translation>
    </message>
    <message>
        <source>would these legs push the driver over a limit?</source>
        <translation>выведут ли эти участки водителя за лимит?</translation>
    </message>
    <message>
        <source>drivers who can take a route</source>
        <translation>водители, которые могут взять маршрут</translation>
    </message>
    <message>
        <source>drivers for all open routes of a period</source>
        <translation>водители для всех маршрутов без водителя за период</translation>
    </message>
    <message>
        <source>assign every proposal at once</source>
        <translation>назначить все предложения сразу</translation>
    </message>
    <message>
        <source>check the file&apos;s pages and its change log</source>
        <translation>проверить страницы файла и журнал изменений</translation>
    </message>
    <message>
        <source>the rule sets and exemptions loaded</source>
        <translation>загруженные нормы и исключения</translation>
    </message>
    <message>
        <source>load the demo carrier into the database</source>
        <translation>загрузить демонстрационного перевозчика в базу</translation>
    </message>
    <message>
        <source>print a driver day report or the fleet day sheet</source>
        <translation>напечатать отчёт по дням водителя или сводку по автопарку</translation>
    </message>
    <message>
        <source>one driver&apos;s days for a period (default: the month)</source>
        <translation>дни одного водителя за период (по умолчанию — месяц)</translation>
    </message>
    <message>
        <source>report date (default: today)</source>
        <translation>дата отчёта (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <source>every driver on one date</source>
        <translation>все водители на одну дату</translation>
    </message>
    <message>
        <source>the date (default: today)</source>
        <translation>дата (по умолчанию — сегодня)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>planned route</source>
        <translation>планируемый маршрут</translation>
    </message>
    <message>
        <source>driver %1 → %2</source>
        <translation>водитель %1 → %2</translation>
    </message>
    <message>
        <source>note %1 → %2</source>
        <translation>примечание %1 → %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>permits</source>
        <translation>разрешения</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>водитель</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>водитель %1</translation>
    </message>
    <message>
        <source>trip %1</source>
        <translation>рейс %1</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>все записи</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Отменить это изменение</translation>
    </message>
    <message>
        <source>Undo change number %1 (every record it touched)?</source>
        <translation>Отменить изменение № %1 (все затронутые записи)?</translation>
    </message>
    <message>
        <source>Undo a change</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <source>Change %1 undone.</source>
        <translation>Изменение № %1 отменено.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, лист «%2»</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, столбец «%2»</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>размер %1 МБ; предел %2 МБ</translation>
    </message>
    <message>
        <source>is not text in UTF-8, UTF-16 or Windows-1251</source>
        <translation>не текст в UTF-8, UTF-16 или Windows-1251</translation>
    </message>
    <message>
        <source>is a binary file, not CSV text (it holds a NUL byte)</source>
        <translation>двоичный файл, а не текст CSV (в нём есть байт NUL)</translation>
    </message>
    <message>
        <source>is UTF-8 text with a damaged byte; save it again as CSV UTF-8</source>
        <translation>текст UTF-8 с повреждённым байтом; сохраните его заново как CSV UTF-8</translation>
    </message>
    <message>
        <source>cannot be read as CSV (%1); a quote may be left open on this line</source>
        <translation>не читается как CSV (%1); возможно, в этой строке не закрыта кавычка</translation>
    </message>
    <message>
        <source>is empty; expected a header row</source>
        <translation>пуст; ожидается строка заголовков</translation>
    </message>
    <message>
        <source>the column is in the header twice (as &apos;%1&apos; and &apos;%2&apos;); remove one so that no value is silently ignored</source>
        <translation>столбец указан в заголовке дважды (как «%1» и «%2»); удалите один, чтобы ни одно значение не пропало молча</translation>
    </message>
    <message>
        <source>column is missing; the header must have %1</source>
        <translation>столбца нет; в заголовке должно быть %1</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>в строке %1 ячеек, а в заголовке %2</translation>
    </message>
    <message>
        <source>has %1 cells; expected %2</source>
        <translation>в строке %1 ячеек; ожидается %2</translation>
    </message>
    <message>
        <source>the file is in Windows-1251, which has no Kazakh letters: Excel wrote &apos;?&apos; in their place. Save the file as CSV UTF-8 and import it again</source>
        <translation>файл в кодировке Windows-1251, в которой нет казахских букв: Excel записал вместо них «?». Сохраните файл как CSV UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <source>the cell holds a line break: a quote opened on this line is probably not closed, and the rows after it would be read into this cell</source>
        <translation>в ячейке перенос строки: вероятно, открытая в этой строке кавычка не закрыта, и следующие строки попали бы в эту ячейку</translation>
    </message>
    <message>
        <source>the cell holds a control character (U+%1)</source>
        <translation>в ячейке управляющий символ (U+%1)</translation>
    </message>
    <message>
        <source>the cell holds whole rows of the file: a quote opened on this line is probably not closed</source>
        <translation>в ячейке целые строки файла: вероятно, открытая в этой строке кавычка не закрыта</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... и ещё %n ошибка</numerusform>
            <numerusform>... и ещё %n ошибки</numerusform>
            <numerusform>... и ещё %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither an ISO 3166-1 alpha-2 country code nor a country name</source>
        <translation>%1 — не код страны ISO 3166-1 alpha-2 и не название страны</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>неизвестный водитель %1</translation>
    </message>
    <message>
        <source>driver id %1 is already on line %2</source>
        <translation>код водителя %1 уже есть в строке %2</translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation>%1 раньше даты valid_from %2</translation>
    </message>
    <message>
        <source>the same permit is already on line %1</source>
        <translation>тот же документ уже есть в строке %1</translation>
    </message>
    <message>
        <source>%1 is before entry %2</source>
        <translation>%1 раньше въезда %2</translation>
    </message>
    <message>
        <source>trip %1 belongs to %2 on line %3</source>
        <translation>рейс %1 принадлежит водителю %2 в строке %3</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>примечание длиннее %1 символов</translation>
    </message>
    <message>
        <source>trip %1 has a different note on line %2</source>
        <translation>у рейса %1 другое примечание в строке %2</translation>
    </message>
    <message>
        <source>this leg of trip %1 (%2 to %3) overlaps its leg on line %4 (%5 to %6); legs may share only a crossing day</source>
        <translation>этот участок рейса %1 (с %2 по %3) пересекается с его участком в строке %4 (с %5 по %6); участки могут совпадать только днём пересечения границы</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>в базе данных</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>trip %1 (%2 to %3) overlaps trip %4 (%5 to %6, %7) of driver %8; trips may share only a crossing day</source>
        <translation>рейс %1 (с %2 по %3) пересекается с рейсом %4 (с %5 по %6, %7) водителя %8; рейсы могут совпадать только днём пересечения границы</translation>
    </message>
    <message>
        <source>the workbook %1 has a %2 sheet too; give the %2 once</source>
        <translation>в книге %1 тоже есть лист %2; укажите %2 один раз</translation>
    </message>
    <message>
        <source>cannot be read as a workbook (%1)</source>
        <translation>не читается как книга Excel (%1)</translation>
    </message>
    <message>
        <source>has two sheets for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>в книге два листа для %1: «%2» и «%3»</translation>
    </message>
    <message>
        <source>has no sheet named drivers, permits or trips (or водители, документы, рейсы; жүргізушілер, рұқсаттар, рейстер)</source>
        <translation>нет листа drivers, permits или trips (или водители, документы, рейсы; жүргізушілер, рұқсаттар, рейстер)</translation>
    </message>
    <message>
        <source>has no sheets</source>
        <translation>нет ни одного листа</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>No built-in rule files in %1: this copy of dispatcher is incomplete and would report every driver clean. Reinstall it.</source>
        <translation>В %1 нет встроенных файлов норм: эта копия dispatcher неполная и показала бы всех водителей без нарушений. Переустановите её.</translation>
    </message>
    <message>
        <source>The rule files in %1 hold no rule: every driver would look clean. Reinstall dispatcher.</source>
        <translation>Файлы норм в %1 не содержат ни одной нормы: все водители выглядели бы без нарушений. Переустановите dispatcher.</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>MainWindowText</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Водители</translation>
    </message>
    <message>
        <source>Status card</source>
        <translation>Карточка водителя</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Planned routes</source>
        <translation>Планируемые маршруты</translation>
    </message>
    <message>
        <source>Strict rules</source>
        <translation>Строгий режим</translation>
    </message>
    <message>
        <source>Exemptions that are not law are ignored (Settings)</source>
        <translation>Исключения, которые ещё не закон, не учитываются (Настройки)</translation>
    </message>
    <message>
        <source>%1 drivers: counting the warnings…</source>
        <translation>Водителей: %1 · предупреждения подсчитываются…</translation>
    </message>
    <message>
        <source>%1 drivers: %2 over · %3 would go over · %4 at the limit · %5 approaching</source>
        <translation>Водителей: %1 · превышение: %2 · превысят: %3 · на пределе: %4 · близко к пределу: %5</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Load &amp;demo carrier</source>
        <translation>Загрузить &amp;демо-перевозчика</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>New &amp;driver…</source>
        <translation>Новый &amp;водитель…</translation>
    </message>
    <message>
        <source>&amp;Edit driver…</source>
        <translation>&amp;Изменить водителя…</translation>
    </message>
    <message>
        <source>De&amp;lete driver</source>
        <translation>&amp;Удалить водителя</translation>
    </message>
    <message>
        <source>New &amp;trip…</source>
        <translation>Новый &amp;рейс…</translation>
    </message>
    <message>
        <source>New &amp;planned route…</source>
        <translation>Новый &amp;планируемый маршрут…</translation>
    </message>
    <message>
        <source>&amp;Assign planned route…</source>
        <translation>&amp;Назначить планируемый маршрут…</translation>
    </message>
    <message>
        <source>&amp;History of the driver…</source>
        <translation>&amp;История водителя…</translation>
    </message>
    <message>
        <source>&amp;Find driver</source>
        <translation>&amp;Найти водителя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Следующая панель</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Предупреждения</translation>
    </message>
    <message>
        <source>&amp;Planned routes</source>
        <translation>Планируемые &amp;маршруты</translation>
    </message>
    <message>
        <source>Go to the as-of date</source>
        <translation>Перейти к расчётной дате</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Driver day report…</source>
        <translation>Отчёт по &amp;дням водителя…</translation>
    </message>
    <message>
        <source>&amp;Fleet day sheet…</source>
        <translation>&amp;Сводка по автопарку на дату…</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>П&amp;равила</translation>
    </message>
    <message>
        <source>Rules in &amp;force…</source>
        <translation>&amp;Действующие правила…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> На дату: </translation>
    </message>
    <message>
        <source>Every figure is computed as of this date</source>
        <translation>Все цифры считаются на эту дату</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%2) and their %n trip(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалить водителя %1 (%2) и его %n рейс? Это можно отменить клавишами Ctrl+Z.</numerusform>
            <numerusform>Удалить водителя %1 (%2) и его %n рейса? Это можно отменить клавишами Ctrl+Z.</numerusform>
            <numerusform>Удалить водителя %1 (%2) и его %n рейсов? Это можно отменить клавишами Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete driver</source>
        <translation>Удалить водителя</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>Водитель %1 удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Select a driver first.</source>
        <translation>Сначала выберите водителя.</translation>
    </message>
    <message>
        <source>Driver day report</source>
        <translation>Отчёт по дням водителя</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <source>--margin %1: expected a whole number of days, 0 or more</source>
        <translation>--margin %1: ожидается целое число дней, 0 или больше</translation>
    </message>
</context>
<context>
    <name>MenuText</name>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Экс&amp;порт в Excel…</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта…</translation>
    </message>
    <message>
        <source>P&amp;lanning</source>
        <translation>П&amp;ланирование</translation>
    </message>
    <message>
        <source>&amp;Assign routes…</source>
        <translation>&amp;Назначить маршруты…</translation>
    </message>
</context>
<context>
    <name>MonthText</name>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>As-of month</source>
        <translation>Месяц расчётной даты</translation>
    </message>
</context>
<context>
    <name>Permits</name>
    <message>
        <source>Driver %1: permit %2 for %3 ends on %4.</source>
        <translation>Водитель %1: документ «%2» (%3) действует до %4.</translation>
    </message>
    <message>
        <source>Trip %1: rule %2 counts from %3.</source>
        <translation>Рейс %1: норма %2 учитывается с %3.</translation>
    </message>
    <message>
        <source>Trip %1: rule %2 counts from %3 and goes over on %4.</source>
        <translation>Рейс %1: норма %2 учитывается с %3, превышение с %4.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>plan: --to %1 is before --from %2</source>
        <translation>plan: --to %1 раньше --from %2</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) between %1 and %2</source>
        <translation>
            <numerusform>%n маршрут с %1 по %2</numerusform>
            <numerusform>%n маршрута с %1 по %2</numerusform>
            <numerusform>%n маршрутов с %1 по %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>водитель</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>days left after</source>
        <translation>останется дней</translation>
    </message>
    <message>
        <source>%1: no driver. %2</source>
        <translation>%1: водителя нет. %2</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n route(s).</source>
        <translation>
            <numerusform>Назначен %n маршрут.</numerusform>
            <numerusform>Назначено %n маршрута.</numerusform>
            <numerusform>Назначено %n маршрутов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedText</name>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 – %3 · %n day(s)
%4</source>
        <translation>
            <numerusform>%1 · %2 – %3 · %n день
%4</numerusform>
            <numerusform>%1 · %2 – %3 · %n дня
%4</numerusform>
            <numerusform>%1 · %2 – %3 · %n дней
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Удалить маршрут</translation>
    </message>
    <message>
        <source>Delete planned route %1?</source>
        <translation>Удалить планируемый маршрут %1?</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>The route has no legs yet.</source>
        <translation>В маршруте ещё нет участков.</translation>
    </message>
    <message>
        <source>There are no drivers.</source>
        <translation>Водителей нет.</translation>
    </message>
    <message>
        <source>Every driver is on another trip on these days.</source>
        <translation>В эти дни все водители в других рейсах.</translation>
    </message>
    <message>
        <source>The drivers who could take it are needed for other routes of the plan.</source>
        <translation>Водители, которые могли бы его взять, нужны для других маршрутов плана.</translation>
    </message>
    <message numerus="yes">
        <source>Every driver who could take it would keep fewer than %n day(s) left.</source>
        <translation>
            <numerusform>У каждого водителя, который мог бы его взять, осталось бы меньше %n дня.</numerusform>
            <numerusform>У каждого водителя, который мог бы его взять, осталось бы меньше %n дней.</numerusform>
            <numerusform>У каждого водителя, который мог бы его взять, осталось бы меньше %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every driver would go over a stay limit.</source>
        <translation>Каждый водитель превысил бы лимит пребывания.</translation>
    </message>
</context>
<context>
    <name>PlanningText</name>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message>
        <source>no rule counts it</source>
        <translation>без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign routes</source>
        <translation>Назначить маршруты</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Propose only drivers who keep at least this many days left</source>
        <translation>Предлагать только водителей, у которых останется не меньше этого числа дней</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <source>Routes leaving from</source>
        <translation>Начало маршрутов: с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Запас дней</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Days left after</source>
        <translation>Останется дней</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>Why no driver</source>
        <translation>Почему нет водителя</translation>
    </message>
    <message>
        <source>Assign ticked routes</source>
        <translation>Назначить отмеченные маршруты</translation>
    </message>
    <message>
        <source>Proposed drivers</source>
        <translation>Предлагаемые водители</translation>
    </message>
    <message>
        <source>Routes without a driver</source>
        <translation>Маршруты без водителя</translation>
    </message>
    <message>
        <source>The period or margin changed: press Propose.</source>
        <translation>Период или запас дней изменились: нажмите «Предложить».</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) without a driver leave from %1 to %2.</source>
        <translation>
            <numerusform>С %1 по %2 начинается %n маршрут без водителя.</numerusform>
            <numerusform>С %1 по %2 начинаются %n маршрута без водителя.</numerusform>
            <numerusform>С %1 по %2 начинаются %n маршрутов без водителя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drivers found for %n of them.</source>
        <translation>
            <numerusform>Водители найдены для %n из них.</numerusform>
            <numerusform>Водители найдены для %n из них.</numerusform>
            <numerusform>Водители найдены для %n из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticked route(s)</source>
        <translation>
            <numerusform>Назначить %n отмеченный маршрут</numerusform>
            <numerusform>Назначить %n отмеченных маршрута</numerusform>
            <numerusform>Назначить %n отмеченных маршрутов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Проверка импорта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>После импорта</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Новые (%n)</numerusform>
            <numerusform>Новые (%n)</numerusform>
            <numerusform>Новые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Изменённые (%n)</numerusform>
            <numerusform>Изменённые (%n)</numerusform>
            <numerusform>Изменённые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Отклонённые (%n)</numerusform>
            <numerusform>Отклонённые (%n)</numerusform>
            <numerusform>Отклонённые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused. Nothing can be imported until the files are corrected: an import is all or nothing.</source>
        <translation>
            <numerusform>Отклонена %n строка. Пока файлы не исправлены, ничего не импортируется: импорт выполняется целиком или никак.</numerusform>
            <numerusform>Отклонены %n строки. Пока файлы не исправлены, ничего не импортируется: импорт выполняется целиком или никак.</numerusform>
            <numerusform>Отклонено %n строк. Пока файлы не исправлены, ничего не импортируется: импорт выполняется целиком или никак.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Import?</source>
        <translation>Новых: %1, изменённых: %2, без изменений: %3. Импортировать?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportDialogText</name>
    <message>
        <source>Driver day report — %1</source>
        <translation>Отчёт по дням водителя — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Fleet day sheet</source>
        <translation>Сводка по автопарку на дату</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n страница)</numerusform>
            <numerusform>%1 (%n страницы)</numerusform>
            <numerusform>%1 (%n страниц)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message numerus="yes">
        <source>a report covers at most one year (%n day(s))</source>
        <translation>
            <numerusform>отчёт охватывает не больше года (%n день)</numerusform>
            <numerusform>отчёт охватывает не больше года (%n дня)</numerusform>
            <numerusform>отчёт охватывает не больше года (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>Использовано на %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Shaded: a day counted under a rule. Red with ✕: a day over a limit.</source>
        <translation>Затенено: день, учитываемый по норме. Красный с ✕: день сверх лимита.</translation>
    </message>
    <message>
        <source>No legs in this period.</source>
        <translation>В этом периоде участков нет.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Days in period</source>
        <translation>Дней в периоде</translation>
    </message>
    <message>
        <source>No day over a limit in this period.</source>
        <translation>В этом периоде нет дней сверх лимита.</translation>
    </message>
    <message>
        <source>Changes made over a limit</source>
        <translation>Изменения, сделанные сверх лимита</translation>
    </message>
    <message>
        <source>No stay limit applies on this date.</source>
        <translation>На эту дату лимиты пребывания не применяются.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Макс. срок пребывания (дней)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Можно въехать</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Driver day report</source>
        <translation>Отчёт по дням водителя</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Период %1 – %2</translation>
    </message>
    <message>
        <source>citizenship: %1</source>
        <translation>гражданство: %1</translation>
    </message>
    <message>
        <source>Longest stay from %1</source>
        <translation>Максимальный срок пребывания с %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Days used and left</source>
        <translation>Использовано дней и осталось дней</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>Ни одна норма не применяется.</translation>
    </message>
    <message>
        <source>Days over a limit</source>
        <translation>Дни сверх лимита</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Участки (пребывание в стране)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>неизвестный водитель %1</translation>
    </message>
    <message>
        <source>driver day report %1 %2 – %3</source>
        <translation>отчёт по дням водителя %1 %2 – %3</translation>
    </message>
    <message>
        <source>fleet day sheet %1</source>
        <translation>сводка по автопарку на %1</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2</source>
        <translation>Сохранено: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 to %2 (%n page(s))</source>
        <translation>
            <numerusform>Сохранено: %1 → %2 (%n страница)</numerusform>
            <numerusform>Сохранено: %1 → %2 (%n страницы)</numerusform>
            <numerusform>Сохранено: %1 → %2 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>no entry fits</source>
        <translation>въезд невозможен</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message numerus="yes">
        <source>Permits ending (within %n day(s), or during a planned trip)</source>
        <translation>
            <numerusform>Документы, срок которых истекает (в течение %n дня или во время планируемого рейса)</numerusform>
            <numerusform>Документы, срок которых истекает (в течение %n дней или во время планируемого рейса)</numerusform>
            <numerusform>Документы, срок которых истекает (в течение %n дней или во время планируемого рейса)</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Cit.</source>
        <translation>Гр.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>(carrier name not set)</source>
        <translation>(название перевозчика не задано)</translation>
    </message>
    <message>
        <source>Fleet day sheet for %1</source>
        <translation>Сводка по автопарку на дату %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s); used / left under each rule</source>
        <translation>
            <numerusform>%n водитель; по каждой норме: использовано / осталось</numerusform>
            <numerusform>%n водителя; по каждой норме: использовано / осталось</numerusform>
            <numerusform>%n водителей; по каждой норме: использовано / осталось</numerusform>
        </translation>
    </message>
    <message>
        <source>A rule&apos;s column shows days used / days left on this date; — : does not apply.</source>
        <translation>В столбце нормы: использовано дней / осталось дней на эту дату; — : не применяется.</translation>
    </message>
    <message>
        <source>“from” a date: the first day the driver can enter the rule&apos;s countries again.</source>
        <translation>«с» даты: первый день, с которого водитель снова может въехать в страны нормы.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <source>from</source>
        <translation>Въезд с</translation>
    </message>
    <message>
        <source>The next day the driver may enter again under the rule with fewest days left</source>
        <translation>Ближайший день, с которого водитель снова может въехать, по норме с наименьшим остатком дней</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>%1: no entry fits while the rule applies</source>
        <translation>%1: пока норма действует, въезд невозможен</translation>
    </message>
    <message>
        <source>%1: may enter %2 from %3 with no limit</source>
        <translation>%1: %2 — можно въехать с %3 без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>%1: may enter %2 from %3 for up to %n day(s)</source>
        <translation>
            <numerusform>%1: %2 — можно въехать с %3 не более чем на %n день</numerusform>
            <numerusform>%1: %2 — можно въехать с %3 не более чем на %n дня</numerusform>
            <numerusform>%1: %2 — можно въехать с %3 не более чем на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражд.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Катег.</translation>
    </message>
    <message>
        <source>%1: days used / days left as of the as-of date</source>
        <translation>%1: использовано дней / осталось дней на расчётную дату</translation>
    </message>
    <message>
        <source>The driver&apos;s trips are being read; the days follow.</source>
        <translation>Рейсы водителя загружаются; дни появятся следом.</translation>
    </message>
    <message>
        <source>Being counted: the driver takes their place in this order once counted.</source>
        <translation>Дни водителя подсчитываются: он займёт своё место в этом порядке, когда подсчёт закончится.</translation>
    </message>
    <message>
        <source>%1 does not apply to this driver on this date</source>
        <translation>%1: не применяется к этому водителю на эту дату</translation>
    </message>
    <message>
        <source>%1: %2 of %3 days used, left: %4</source>
        <translation>%1: использовано дней — %2 из %3, осталось: %4</translation>
    </message>
    <message>
        <source>Search drivers (name, ID, citizenship)…</source>
        <translation>Поиск водителя (ФИО, код, гражданство)…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Day report…</source>
        <translation>Отчёт по дням…</translation>
    </message>
</context>
<context>
    <name>RuleFiles</name>
    <message>
        <source>rule #%1</source>
        <translation>норма №%1</translation>
    </message>
    <message>
        <source>exemption #%1</source>
        <translation>исключение №%1</translation>
    </message>
    <message>
        <source>%1: %2 must be a table</source>
        <translation>%1: %2 должно быть таблицей</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation>норма «%1»</translation>
    </message>
    <message>
        <source>exemption &apos;%1&apos;</source>
        <translation>исключение «%1»</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is not known (allowed: %4)</source>
        <translation>%1: %2: поле «%3» неизвестно (допустимы: %4)</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is missing</source>
        <translation>%1: %2: нет поля «%3»</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty text</source>
        <translation>%1: %2: поле «%3» должно быть непустым текстом</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4 characters; at most %5 are allowed</source>
        <translation>%1: %2: в поле «%3» %4 символов; допускается не больше %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; holds a line break or control character</source>
        <translation>%1: %2: в поле «%3» есть перевод строки или управляющий символ</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; an id is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1: %2: поле «%3» равно %4; код состоит из букв, цифр, «.», «_» и «-» и начинается с буквы или цифры</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a positive whole number, not %4</source>
        <translation>%1: %2: поле «%3» должно быть целым положительным числом, а не %4</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; at most %5 is allowed here</source>
        <translation>%1: %2: поле «%3» равно %4; здесь допускается не больше %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a date like 2025-01-01, not %4</source>
        <translation>%1: %2: поле «%3» должно быть датой вида 2025-01-01, а не %4</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; dates from %5 to %6 are accepted</source>
        <translation>%1: %2: поле «%3» равно %4; принимаются даты с %5 по %6</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty list of texts</source>
        <translation>%1: %2: поле «%3» должно быть непустым списком строк</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 codes; there are only %5</source>
        <translation>%1: %2: в поле «%3» указано кодов: %4; всего их только %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 twice</source>
        <translation>%1: %2: в поле «%3» %4 указан дважды</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4, which is not an ISO 3166-1 alpha-2 code</source>
        <translation>%1: %2: в поле «%3» указано %4 — это не код страны ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4; expected one of: %5</source>
        <translation>%1: %2: в поле «%3» указано %4; ожидается одно из: %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; expected one of: %5</source>
        <translation>%1: %2: поле «%3» равно %4; ожидается одно из: %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; makes no sense for a %4 window</source>
        <translation>%1: %2: поле «%3» не имеет смысла для окна %4</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4, but a window of %5 days can never hold more than %5: the rule would never fire (are limit and window_days swapped?)</source>
        <translation>%1: %2: поле «%3» равно %4, но в окне из %5 дней не может быть больше %5 дней: норма никогда не сработает (не перепутаны ли limit и window_days?)</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is before in_force_from</source>
        <translation>%1: %2: поле «%3» раньше in_force_from</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty list of rule ids (or [&quot;*&quot;] for all)</source>
        <translation>%1: %2: поле «%3» должно быть непустым списком кодов норм (или [&quot;*&quot;] для всех)</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 rules; a rule book holds at most %5</source>
        <translation>%1: %2: в поле «%3» указано норм: %4; в наборе норм их не больше %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4, which is not a rule id</source>
        <translation>%1: %2: в поле «%3» указано %4 — это не код нормы</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is before from</source>
        <translation>%1: %2: поле «%3» раньше from</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; or &apos;categories&apos; or &apos;permit_kinds&apos; must say who is exempt</source>
        <translation>%1: %2: поле «%3», «categories» или «permit_kinds» должно указывать, кто освобождён</translation>
    </message>
    <message>
        <source>%1: the file has %2 bytes; a rule file may have at most %3</source>
        <translation>%1: размер файла %2 байт; файл норм может быть не больше %3</translation>
    </message>
    <message>
        <source>%1: %2 rules; all rule files together may hold at most %3</source>
        <translation>%1: норм — %2; во всех файлах норм вместе их может быть не больше %3</translation>
    </message>
    <message>
        <source>%1: %2 exemptions; all rule files together may hold at most %3</source>
        <translation>%1: исключений — %2; во всех файлах норм вместе их может быть не больше %3</translation>
    </message>
    <message>
        <source>%1: %2 rule files; at most %3 are read from one folder</source>
        <translation>%1: файлов норм — %2; из одной папки читается не больше %3</translation>
    </message>
</context>
<context>
    <name>RulesList</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>id</source>
        <translation>код</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>лимит</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>exemption</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>нормы</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>user rule files: %1</source>
        <translation>файлы норм пользователя: %1</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message numerus="yes">
        <source>any %n day(s)</source>
        <translation>
            <numerusform>любые %n день</numerusform>
            <numerusform>любые %n дня</numerusform>
            <numerusform>любые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>календарный год</translation>
    </message>
    <message>
        <source>one continuous stay</source>
        <translation>непрерывное пребывание</translation>
    </message>
    <message>
        <source>on</source>
        <translation>да</translation>
    </message>
    <message>
        <source>off</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Limit / window</source>
        <translation>Лимит / период</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Strict: exemptions that are not law are ignored.</source>
        <translation>Строгий режим: исключения, которые ещё не закон, не учитываются.</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Наборы правил</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <source>Your own rule files (TOML) go in:</source>
        <translation>Собственные файлы правил (TOML) кладите в папку:</translation>
    </message>
    <message>
        <source>They are read after the built-in ones; a file with a built-in id replaces it.</source>
        <translation>Они читаются после встроенных; файл с кодом встроенного правила заменяет его.</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Действующие правила</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> days left</source>
        <translation> дн. осталось</translation>
    </message>
    <message>
        <source>A route that leaves fewer days than this under any rule is shown as tight (it breaks nothing); 0: no margin.</source>
        <translation>Маршрут, после которого хотя бы по одной норме останется меньше дней, показывается как «впритык» (он ничего не нарушает); 0 — без запаса.</translation>
    </message>
    <message>
        <source>Ignore exemptions that are not law (announced, draft)</source>
        <translation>Не учитывать исключения, которые ещё не закон (объявлено, проект)</translation>
    </message>
    <message>
        <source>Carrier name (on reports)</source>
        <translation>Название перевозчика (в отчётах)</translation>
    </message>
    <message>
        <source>Warn when a driver has at most</source>
        <translation>Предупреждать, когда у водителя не больше</translation>
    </message>
    <message>
        <source>Safety margin when assigning and planning</source>
        <translation>Запас дней при назначении и планировании</translation>
    </message>
    <message>
        <source>Strict rules</source>
        <translation>Строгий режим</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>Новый язык появится после перезапуска.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>used</source>
        <translation>использовано</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>лимит</translation>
    </message>
    <message>
        <source>left</source>
        <translation>осталось</translation>
    </message>
    <message>
        <source>max stay</source>
        <translation>макс. срок</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <source>next entry</source>
        <translation>можно въехать с</translation>
    </message>
    <message>
        <source>stay from then</source>
        <translation>срок с этой даты</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) на дату %3</translation>
    </message>
    <message>
        <source>no stay limit applies on this day</source>
        <translation>в этот день лимиты пребывания не применяются</translation>
    </message>
</context>
<context>
    <name>StatusCardText</name>
    <message>
        <source>Select a driver</source>
        <translation>Выберите водителя</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Макс. срок</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Можно въехать</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Day report…</source>
        <translation>Отчёт по дням…</translation>
    </message>
    <message>
        <source>Next entry for a stay of</source>
        <translation>Можно въехать на срок</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4) on %5</source>
        <translation>%1 (%2, %3, %4) на дату %5</translation>
    </message>
    <message>
        <source>No stay limit applies on this date</source>
        <translation>На эту дату лимит пребывания не действует</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Reading the drivers&apos; trips…</source>
        <translation>Загрузка рейсов водителей…</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message numerus="yes">
        <source>Trip %1: %2 %3 – %4 (%n day(s))</source>
        <translation>
            <numerusform>Рейс %1: %2 %3 – %4 (%n день)</numerusform>
            <numerusform>Рейс %1: %2 %3 – %4 (%n дня)</numerusform>
            <numerusform>Рейс %1: %2 %3 – %4 (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move trip %1</source>
        <translation>Нельзя перенести рейс %1</translation>
    </message>
</context>
<context>
    <name>TripCheck</name>
    <message>
        <source>a trip needs at least one leg</source>
        <translation>в рейсе должен быть хотя бы один участок</translation>
    </message>
    <message>
        <source>leg %1: %2 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>участок %1: %2 — не код страны ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>leg %1: exit %2 is before entry %3</source>
        <translation>участок %1: выезд %2 раньше въезда %3</translation>
    </message>
    <message>
        <source>leg %1: %2 from %3 overlaps leg %4 (%5 to %6); legs may share only a crossing day</source>
        <translation>участок %1: %2 с %3 пересекается с участком %4 (с %5 по %6); участки могут совпадать только днём пересечения границы</translation>
    </message>
    <message>
        <source>overlaps trip %1 (%2 to %3) of this driver</source>
        <translation>пересекается с рейсом %1 (с %2 по %3) этого водителя</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>водителя %1 нет</translation>
    </message>
</context>
<context>
    <name>TripEditorText</name>
    <message>
        <source>Edit trip %1</source>
        <translation>Изменение рейса %1</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Новый рейс</translation>
    </message>
    <message>
        <source>— planned route, no driver yet —</source>
        <translation>— планируемый маршрут, водитель не назначен —</translation>
    </message>
    <message>
        <source>Cargo, client, truck…</source>
        <translation>Груз, клиент, машина…</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Добавить участок</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Удалить участок</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Planned route: use Assign… to see who can take it.</source>
        <translation>Планируемый маршрут: нажмите «Назначить…», чтобы увидеть, кто может его взять.</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Load the trip as it is now? Your edits are lost.</source>
        <translation>Загрузить рейс в текущем виде? Ваши правки будут потеряны.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 — не дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD or dd.MM.yyyy</source>
        <translation>%1 — не дата в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>driver id</source>
        <translation>код водителя</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>trip id</source>
        <translation>код рейса</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: пусто</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 — не код страны ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2</source>
        <translation>категория %1 не из списка: %2</translation>
    </message>
    <message>
        <source>permit kind %1 is not one of: %2</source>
        <translation>вид документа %1 не из списка: %2</translation>
    </message>
    <message>
        <source>permit valid_to %1 is before valid_from %2</source>
        <translation>у документа valid_to %1 раньше valid_from %2</translation>
    </message>
    <message>
        <source>permit %1 for %2 from %3 is listed twice</source>
        <translation>документ %1 для %2 с %3 указан дважды</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date</source>
        <translation>%1 — несуществующая дата</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>%1 %2 is in the tables but not in the change log</source>
        <translation>%1 %2 есть в таблицах, но нет в журнале изменений</translation>
    </message>
    <message>
        <source>%1 %2 is in the change log but missing from the tables</source>
        <translation>%1 %2 есть в журнале изменений, но нет в таблицах</translation>
    </message>
    <message>
        <source>%1 %2 differs: the tables hold %3, the change log says %4</source>
        <translation>%1 %2 расходится: в таблицах %3, в журнале изменений %4</translation>
    </message>
    <message>
        <source>%1: all well: integrity_check ok; the %2 logged changes replay to exactly the tables</source>
        <translation>%1: всё в порядке: integrity_check ok; %2 изменений из журнала дают в точности таблицы</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 повреждён:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s)</source>
        <translation>
            <numerusform>… и ещё %n запись</numerusform>
            <numerusform>… и ещё %n записи</numerusform>
            <numerusform>… и ещё %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>the change log cannot be read: %1</source>
        <translation>журнал изменений не читается: %1</translation>
    </message>
</context>
<context>
    <name>WarningsText</name>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Counting the warnings…</source>
        <translation>Предупреждения подсчитываются…</translation>
    </message>
</context>
<context>
    <name>WindowErrors</name>
    <message>
        <source>Nothing was changed.</source>
        <extracomment>What a write path catches and hands to ``describe`` / ``report``.</extracomment>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>residence permit</source>
        <translation>вид на жительство (ВНЖ)</translation>
    </message>
    <message>
        <source>temporary residence permit</source>
        <translation>разрешение на временное проживание (РВП)</translation>
    </message>
    <message>
        <source>work permit / patent</source>
        <translation>разрешение на работу / патент</translation>
    </message>
    <message>
        <source>visa</source>
        <translation>виза</translation>
    </message>
    <message>
        <source>international transport notice</source>
        <translation>уведомление о международной перевозке</translation>
    </message>
    <message>
        <source>freight</source>
        <translation>грузовые перевозки</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>автобус</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочее</translation>
    </message>
    <message>
        <source>law</source>
        <translation>закон</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>объявлено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message numerus="yes">
        <source>any %n day(s)</source>
        <translation>
            <numerusform>любой %n день</numerusform>
            <numerusform>любые %n дня</numerusform>
            <numerusform>любые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>календарный год</translation>
    </message>
    <message>
        <source>one continuous stay</source>
        <translation>непрерывное пребывание</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>превышен</translation>
    </message>
    <message>
        <source>would exceed</source>
        <translation>превысит</translation>
    </message>
    <message>
        <source>approaching</source>
        <translation>близко к пределу</translation>
    </message>
    <message>
        <source>at the limit</source>
        <translation>на пределе</translation>
    </message>
    <message>
        <source>would go over</source>
        <translation>превысит</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>ПРЕВЫШЕН</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в норме</translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>превышение на %n день</numerusform>
            <numerusform>превышение на %n дня</numerusform>
            <numerusform>превышение на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — over since %4 by %n day(s), trip %5</source>
        <translation>
            <numerusform>%1 (%2): %3 — превышение с %4 на %n день, рейс %5</numerusform>
            <numerusform>%1 (%2): %3 — превышение с %4 на %n дня, рейс %5</numerusform>
            <numerusform>%1 (%2): %3 — превышение с %4 на %n дней, рейс %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — would go over on %4 by %n day(s), trip %5</source>
        <translation>
            <numerusform>%1 (%2): %3 — превысит %4 на %n день, рейс %5</numerusform>
            <numerusform>%1 (%2): %3 — превысит %4 на %n дня, рейс %5</numerusform>
            <numerusform>%1 (%2): %3 — превысит %4 на %n дней, рейс %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — trip %6</source>
        <translation>
            <numerusform>%1: превышение с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n день — рейс %6</numerusform>
            <numerusform>%1: превышение с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n дня — рейс %6</numerusform>
            <numerusform>%1: превышение с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n дней — рейс %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would go over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — planned trip %6</source>
        <translation>
            <numerusform>%1: превысит с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n день — планируемый рейс %6</numerusform>
            <numerusform>%1: превысит с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n дня — планируемый рейс %6</numerusform>
            <numerusform>%1: превысит с %2 по %3 (дней: %4), учтено дней: %5, сверх лимита %n дней — планируемый рейс %6</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 — at the limit, no day left</source>
        <translation>%1 (%2): %3 — на пределе, дней не осталось</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — %n day(s) left</source>
        <translation>
            <numerusform>%1 (%2): %3 — остался %n день</numerusform>
            <numerusform>%1 (%2): %3 — осталось %n дня</numerusform>
            <numerusform>%1 (%2): %3 — осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would push trip %5 over «%2» from %3: %4 days counted, %n day(s) over the limit.</source>
        <translation>
            <numerusform>Из-за %1 рейс %5 превысит «%2» с %3: учтено дней: %4, сверх лимита %n день.</numerusform>
            <numerusform>Из-за %1 рейс %5 превысит «%2» с %3: учтено дней: %4, сверх лимита %n дня.</numerusform>
            <numerusform>Из-за %1 рейс %5 превысит «%2» с %3: учтено дней: %4, сверх лимита %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would go over «%2» from %3 on trip %5: %4 days counted, %n day(s) over the limit.</source>
        <translation>
            <numerusform>%1 превысит «%2» с %3 в рейсе %5: учтено дней: %4, сверх лимита %n день.</numerusform>
            <numerusform>%1 превысит «%2» с %3 в рейсе %5: учтено дней: %4, сверх лимита %n дня.</numerusform>
            <numerusform>%1 превысит «%2» с %3 в рейсе %5: учтено дней: %4, сверх лимита %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>An overstay means a fine, expulsion and a ban on entry; the truck loses its route.</source>
        <translation>Превышение срока пребывания — это штраф, выдворение и запрет въезда; машина теряет маршрут.</translation>
    </message>
    <message>
        <source>%1 is already on trip %2 on these days.</source>
        <translation>%1 в эти дни уже в рейсе %2.</translation>
    </message>
    <message>
        <source>overlaps trip %1</source>
        <translation>пересекается с рейсом %1</translation>
    </message>
    <message numerus="yes">
        <source>goes over %1 on %2 by %n day(s) on this route</source>
        <translation>
            <numerusform>на этом маршруте превышение %1 с %2 на %n день</numerusform>
            <numerusform>на этом маршруте превышение %1 с %2 на %n дня</numerusform>
            <numerusform>на этом маршруте превышение %1 с %2 на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pushes planned trip %3 over %1 on %2 by %n day(s)</source>
        <translation>
            <numerusform>планируемый рейс %3 превысит %1 с %2 на %n день</numerusform>
            <numerusform>планируемый рейс %3 превысит %1 с %2 на %n дня</numerusform>
            <numerusform>планируемый рейс %3 превысит %1 с %2 на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tight — %n day(s) left, fewer than the margin</source>
        <translation>
            <numerusform>впритык — остался %n день, меньше запаса</numerusform>
            <numerusform>впритык — осталось %n дня, меньше запаса</numerusform>
            <numerusform>впритык — осталось %n дней, меньше запаса</numerusform>
        </translation>
    </message>
    <message>
        <source>ok — no limit counts this route</source>
        <translation>можно — этот маршрут не учитывается ни одним лимитом</translation>
    </message>
    <message numerus="yes">
        <source>ok — %n day(s) left after (%1)</source>
        <translation>
            <numerusform>можно — после останется %n день (%1)</numerusform>
            <numerusform>можно — после останется %n дня (%1)</numerusform>
            <numerusform>можно — после останется %n дней (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>assigned over the limit on %1 by %2: %3</source>
        <translation>назначено сверх лимита %1, кто: %2, причина: %3</translation>
    </message>
    <message numerus="yes">
        <source>as of %1: %n finding(s)</source>
        <translation>
            <numerusform>на дату %1: %n нарушение</numerusform>
            <numerusform>на дату %1: %n нарушения</numerusform>
            <numerusform>на дату %1: %n нарушений</numerusform>
        </translation>
    </message>
    <message>
        <source>would go over on %1</source>
        <translation>превысит %1</translation>
    </message>
    <message numerus="yes">
        <source>a stay of %n day(s) never fits while the rule applies</source>
        <translation>
            <numerusform>пока норма действует, пребывание на %n день невозможно</numerusform>
            <numerusform>пока норма действует, пребывание на %n дня невозможно</numerusform>
            <numerusform>пока норма действует, пребывание на %n дней невозможно</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1, no limit from then</source>
        <translation>с %1, далее без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>from %1, up to %n day(s)</source>
        <translation>
            <numerusform>с %1, не более %n дня</numerusform>
            <numerusform>с %1, не более %n дней</numerusform>
            <numerusform>с %1, не более %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>can enter %1 again from %2 with no limit</source>
        <translation>%1 — снова можно въехать с %2 без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>can enter %1 again from %2 for up to %n day(s)</source>
        <translation>
            <numerusform>%1 — снова можно въехать с %2 не более чем на %n день</numerusform>
            <numerusform>%1 — снова можно въехать с %2 не более чем на %n дня</numerusform>
            <numerusform>%1 — снова можно въехать с %2 не более чем на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot enter</source>
        <translation>въезд невозможен</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), until the rule stops applying</source>
        <translation>
            <numerusform>%n день, до окончания действия нормы</numerusform>
            <numerusform>%n дня, до окончания действия нормы</numerusform>
            <numerusform>%n дней, до окончания действия нормы</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message numerus="yes">
        <source>tight — breaks nothing, but leaves %n day(s), fewer than the margin of %1</source>
        <translation>
            <numerusform>впритык — ничего не нарушает, но останется %n день, меньше запаса дней (%1)</numerusform>
            <numerusform>впритык — ничего не нарушает, но останется %n дня, меньше запаса дней (%1)</numerusform>
            <numerusform>впритык — ничего не нарушает, но останется %n дней, меньше запаса дней (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): the %3 for %4 ends on %5; from %6 %7 counts again.</source>
        <translation>%1 (%2): срок действия документа «%3» (%4) истекает %5; с %6 снова учитывается: %7.</translation>
    </message>
    <message>
        <source>%1 (%2): the %3 for %4 ends on %5.</source>
        <translation>%1 (%2): срок действия документа «%3» (%4) истекает %5.</translation>
    </message>
    <message>
        <source>%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip keeps within it.</source>
        <translation>%1 (%2), рейс %3: срок действия документа «%4» истекает %5; с %6 действует «%7», и рейс укладывается в лимит.</translation>
    </message>
    <message>
        <source>%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip goes over on %8.</source>
        <translation>%1 (%2), рейс %3: срок действия документа «%4» истекает %5; с %6 действует «%7», и рейс превысит лимит %8.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>findings</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>водитель</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>first day over</source>
        <translation>первый день превышения</translation>
    </message>
    <message>
        <source>days used</source>
        <translation>использовано дней</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>превышение, дней</translation>
    </message>
    <message>
        <source>last day over</source>
        <translation>последний день превышения</translation>
    </message>
    <message>
        <source>days over</source>
        <translation>дней сверх лимита</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>на дату</translation>
    </message>
</context>
</TS>
