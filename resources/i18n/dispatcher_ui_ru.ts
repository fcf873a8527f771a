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
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>#</source>
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
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
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
    <name>RosterText</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 в год</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>%1 подряд</translation>
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
    <name>StatusCardText</name>
    <message>
        <source>Select a driver</source>
        <translation>Выберите водителя</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
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
        <source>Earliest start</source>
        <translation>Можно въехать с</translation>
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
        <source>Earliest start of a stay of</source>
        <translation>Ближайший въезд для пребывания длиной</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4) on %5</source>
        <translation>%1 (%2, %3, %4) на дату %5</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>not within 3 years</source>
        <translation>не в ближайшие 3 года</translation>
    </message>
    <message>
        <source>No stay limit applies on this date</source>
        <translation>На эту дату лимит пребывания не действует</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
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
    <name>WarningsText</name>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
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
</TS>
