<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AppText</name>
    <message>
        <source>This database is empty. Load the demo carrier (16 drivers, a year and a half of trips) to see how dispatcher works? You can start a new database later from File → New.</source>
        <translation>Дерекқор бос. dispatcher қалай жұмыс істейтінін көру үшін демо тасымалдаушыны (16 жүргізуші, бір жарым жылғы рейстер) жүктейік пе? Жаңа дерекқорды кейін Файл → Жаңа дерекқор арқылы жасауға болады.</translation>
    </message>
    <message>
        <source>Welcome to dispatcher</source>
        <translation>dispatcher-ге қош келдіңіз</translation>
    </message>
    <message>
        <source>The database was opened</source>
        <translation>Дерекқор ашылды</translation>
    </message>
    <message>
        <source>There is no backup of it that passes the check.</source>
        <translation>Тексеруден өтетін сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор бүлінген</translation>
    </message>
    <message>
        <source>Put back the newest backup that passes the check, taken %1? The damaged file is kept in the backups folder.</source>
        <translation>Тексеруден өткен ең соңғы сақтық көшірмені (%1) қалпына келтірейік пе? Бүлінген файл сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The daily backup was not taken</source>
        <translation>Күнделікті сақтық көшірме жасалмады</translation>
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
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Қалады</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Assign route %1</source>
        <translation>%1 бағытын тағайындау</translation>
    </message>
    <message>
        <source>Filter drivers…</source>
        <translation>Жүргізушіні іздеу…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>The route %1 no longer exists.</source>
        <translation>%1 бағыты енді жоқ.</translation>
    </message>
    <message>
        <source>Route %1: %2. As of %3: %4 of %5 drivers can take it.</source>
        <translation>%1 бағыты: %2. %3 күнге: %5 жүргізушінің %4-і ала алады.</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Тағайындау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>BackupsText</name>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>жаңарту алдында</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the database with the copy of %1? The current data is saved as a backup first, so this can be undone the same way.</source>
        <translation>Дерекқорды %1 көшірмесімен алмастырайық па? Қазіргі деректер алдымен сақтық көшірмеге сақталады, сондықтан мұны осы жолмен болдырмауға болады.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Қалпына келтіру сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add driver %1</source>
        <translation>%1 жүргізушісін қосу</translation>
    </message>
    <message>
        <source>Edit driver %1</source>
        <translation>%1 жүргізушісін өзгерту</translation>
    </message>
    <message>
        <source>Delete driver %1</source>
        <translation>%1 жүргізушісін жою</translation>
    </message>
    <message>
        <source>Add trip %1</source>
        <translation>%1 рейсін қосу</translation>
    </message>
    <message>
        <source>Edit trip %1</source>
        <translation>%1 рейсін өзгерту</translation>
    </message>
    <message>
        <source>Delete trip %1</source>
        <translation>%1 рейсін жою</translation>
    </message>
</context>
<context>
    <name>DriverDialogText</name>
    <message>
        <source>New driver</source>
        <translation>Жаңа жүргізуші</translation>
    </message>
    <message>
        <source>Edit driver</source>
        <translation>Жүргізушіні өзгерту</translation>
    </message>
    <message>
        <source>Full name as in the passport</source>
        <translation>Төлқұжаттағыдай толық аты-жөні</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Add permit</source>
        <translation>Рұқсат қосу</translation>
    </message>
    <message>
        <source>Remove permit</source>
        <translation>Рұқсатты жою</translation>
    </message>
    <message>
        <source>Permits: a residence or work permit exempts from that country&apos;s limit</source>
        <translation>Рұқсаттар: тұруға ықтиярхат немесе жұмысқа рұқсат сол елдің болу мерзімінің шегінен босатады</translation>
    </message>
    <message>
        <source>ID %1 is already used</source>
        <translation>%1 коды бос емес</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Undo</source>
        <extracomment>a driver&apos;s days changed (&quot;&quot; means anything may have changed: reload everything) the date everything is computed against a view wants a driver shown (roster selection, timeline row) a view wants a day shown (timeline and month view scroll to it) a planned route (a trip without a driver) was added, edited, assigned or deleted a different database file was opened</extracomment>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Reload the data as it is now? The undo steps are cleared, since they no longer match the file.</source>
        <translation>Деректерді қазіргі күйінде қайта жүктейік пе? Болдырмау қадамдары тазартылады, себебі олар енді файлға сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Басқа жерде өзгертілді</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>Import: drivers, permits, trips (CSV or Excel), or one carrier workbook</source>
        <translation>Импорт: жүргізушілер, рұқсаттар, рейстер (CSV немесе Excel) не тасымалдаушының бір кітабы</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.xlsx *.xls *.ods)</source>
        <translation>CSV және Excel файлдары (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Дерекқорлар (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Import over the limit?</source>
        <translation>Шектен асатын импорт жасалсын ба?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Импорт қабылданбады</translation>
    </message>
    <message>
        <source>Imported %1 drivers, %2 permits, %3 trips.</source>
        <translation>Импортталды: жүргізушілер — %1, рұқсаттар — %2, рейстер — %3.</translation>
    </message>
    <message>
        <source>Name the files drivers, permits and trips (.csv, .xlsx, .xls or .ods), or choose one workbook with those sheets; not known: %1</source>
        <translation>Файлдарды drivers, permits және trips деп атаңыз (.csv, .xlsx, .xls немесе .ods) не осындай парақтары бар бір кітапты таңдаңыз; белгісіз: %1</translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation>CSV-ді қалтаға экспорттау</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 қалтасына экспортталды</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Көшірме сақталмады</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>Demo not loaded</source>
        <translation>Демо жүктелмеді</translation>
    </message>
    <message>
        <source>The database was changed elsewhere; refreshed.</source>
        <translation>Дерекқор басқа жерде өзгертілді; деректер жаңартылды.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>Go over the limit?</source>
        <translation>Шектен асу керек пе?</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Бәрібір жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Why is this needed? The reason is kept in the history.</source>
        <translation>Бұл не үшін қажет? Себебі тарихта сақталады.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>planned route</source>
        <translation>жоспарланған бағыт</translation>
    </message>
    <message>
        <source>driver %1 → %2</source>
        <translation>жүргізуші %1 → %2</translation>
    </message>
    <message>
        <source>note %1 → %2</source>
        <translation>ескертпе %1 → %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>category</source>
        <translation>санаты</translation>
    </message>
    <message>
        <source>permits</source>
        <translation>рұқсаттар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>жүргізуші</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>баптау</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>жүргізуші %1</translation>
    </message>
    <message>
        <source>trip %1</source>
        <translation>рейс %1</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>барлық жазбалар</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Тарих: %1</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Бұл өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>Undo change number %1 (every record it touched)?</source>
        <translation>№ %1 өзгерісті болдырмау керек пе (ол қозғаған барлық жазбалар)?</translation>
    </message>
    <message>
        <source>Undo a change</source>
        <translation>Өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>Change %1 undone.</source>
        <translation>№ %1 өзгерістің күші жойылды.</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
</context>
<context>
    <name>MainWindowText</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Жүргізушілер</translation>
    </message>
    <message>
        <source>Status card</source>
        <translation>Жүргізуші картасы</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Planned routes</source>
        <translation>Жоспарланған бағыттар</translation>
    </message>
    <message>
        <source>Strict rules</source>
        <translation>Қатаң режим</translation>
    </message>
    <message>
        <source>Exemptions that are not law are ignored (Settings)</source>
        <translation>Әлі заң болмаған жеңілдіктер ескерілмейді (Баптаулар)</translation>
    </message>
    <message>
        <source>%1 drivers: %2 over · %3 would go over · %4 at the limit · %5 approaching</source>
        <translation>Жүргізушілер: %1 · шектен асқан: %2 · асып кетеді: %3 · шекте: %4 · шекке жақын: %5</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Load &amp;demo carrier</source>
        <translation>&amp;Демо тасымалдаушыны жүктеу</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;згерту</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>New &amp;driver…</source>
        <translation>Жаңа &amp;жүргізуші…</translation>
    </message>
    <message>
        <source>&amp;Edit driver…</source>
        <translation>Жүргізушіні ө&amp;згерту…</translation>
    </message>
    <message>
        <source>De&amp;lete driver</source>
        <translation>Жүргізушіні &amp;жою</translation>
    </message>
    <message>
        <source>New &amp;trip…</source>
        <translation>Жаңа &amp;рейс…</translation>
    </message>
    <message>
        <source>New &amp;planned route…</source>
        <translation>Жаңа жоспарланған &amp;бағыт…</translation>
    </message>
    <message>
        <source>&amp;Assign planned route…</source>
        <translation>Жоспарланған бағытты &amp;тағайындау…</translation>
    </message>
    <message>
        <source>&amp;History of the driver…</source>
        <translation>Жүргізуші &amp;тарихы…</translation>
    </message>
    <message>
        <source>&amp;Find driver</source>
        <translation>Жүргізушіні &amp;табу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Келесі панель</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Ескертулер</translation>
    </message>
    <message>
        <source>&amp;Planned routes</source>
        <translation>Жоспарланған &amp;бағыттар</translation>
    </message>
    <message>
        <source>Go to the as-of date</source>
        <translation>Есеп күніне өту</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>&amp;Driver day report…</source>
        <translation>Жүргізушінің &amp;күндер бойынша есебі…</translation>
    </message>
    <message>
        <source>&amp;Fleet day sheet…</source>
        <translation>&amp;Автопарк бойынша күндік жиынтық…</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>Е&amp;режелер</translation>
    </message>
    <message>
        <source>Rules in &amp;force…</source>
        <translation>&amp;Қолданыстағы ережелер…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> Күнге: </translation>
    </message>
    <message>
        <source>Every figure is computed as of this date</source>
        <translation>Барлық сандар осы күнге есептеледі</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%2) and their %n trip(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%1 (%2) жүргізушісін және оның %n рейсін жою керек пе? Мұны Ctrl+Z арқылы болдырмауға болады.</numerusform>
            <numerusform>%1 (%2) жүргізушісін және оның %n рейсін жою керек пе? Мұны Ctrl+Z арқылы болдырмауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete driver</source>
        <translation>Жүргізушіні жою</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>%1 жойылды. Ctrl+Z қайтарады.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Select a driver first.</source>
        <translation>Алдымен жүргізушіні таңдаңыз.</translation>
    </message>
    <message>
        <source>Driver day report</source>
        <translation>Жүргізушінің күндер бойынша есебі</translation>
    </message>
</context>
<context>
    <name>MonthText</name>
    <message>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <source>As-of month</source>
        <translation>Есеп күнінің айы</translation>
    </message>
</context>
<context>
    <name>PlannedText</name>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Тағайындау…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 – %3 · %n day(s)
%4</source>
        <translation>
            <numerusform>%1 · %2 – %3 · %n күн
%4</numerusform>
            <numerusform>%1 · %2 – %3 · %n күн
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Бағытты жою</translation>
    </message>
    <message>
        <source>Delete planned route %1?</source>
        <translation>%1 жоспарланған бағытын жою керек пе?</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Рұқсат</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Бөліктер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Мәндер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Импорттан кейін</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Жаңа (%n)</numerusform>
            <numerusform>Жаңа (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Өзгерген (%n)</numerusform>
            <numerusform>Өзгерген (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Қабылданбаған (%n)</numerusform>
            <numerusform>Қабылданбаған (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused. Nothing can be imported until the files are corrected: an import is all or nothing.</source>
        <translation>
            <numerusform>%n жол қабылданбады. Файлдар түзетілмейінше ештеңе импортталмайды: импорт не толық, не мүлде жасалмайды.</numerusform>
            <numerusform>%n жол қабылданбады. Файлдар түзетілмейінше ештеңе импортталмайды: импорт не толық, не мүлде жасалмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Import?</source>
        <translation>Жаңа: %1, өзгерген: %2, өзгеріссіз: %3. Импорттау керек пе?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReportDialogText</name>
    <message>
        <source>Driver day report — %1</source>
        <translation>Жүргізушінің күндер бойынша есебі — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Fleet day sheet</source>
        <translation>Автопарк бойынша күндік жиынтық</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n бет)</numerusform>
            <numerusform>%1 (%n бет)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінде %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>жылына %1</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>қатарынан %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Азам.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>%1: days used / days left as of the as-of date</source>
        <translation>%1: есеп күніне пайдаланылған күн / қалған күн</translation>
    </message>
    <message>
        <source>%1 does not apply to this driver on this date</source>
        <translation>%1: бұл күні осы жүргізушіге қолданылмайды</translation>
    </message>
    <message>
        <source>%1: %2 of %3 days used, left: %4</source>
        <translation>%1: %3 күннің %2 күні пайдаланылды, қалды: %4</translation>
    </message>
    <message>
        <source>Search drivers (name, ID, citizenship)…</source>
        <translation>Жүргізушіні іздеу (аты-жөні, коды, азаматтығы)…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Day report…</source>
        <translation>Күндер бойынша есеп…</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message numerus="yes">
        <source>any %n day(s)</source>
        <translation>
            <numerusform>кез келген %n күн</numerusform>
            <numerusform>кез келген %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>күнтізбелік жыл</translation>
    </message>
    <message>
        <source>one continuous stay</source>
        <translation>үздіксіз болу</translation>
    </message>
    <message>
        <source>on</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>off</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n мемлекет</numerusform>
            <numerusform>%n мемлекет</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Limit / window</source>
        <translation>Шек / кезең</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Strict: exemptions that are not law are ignored.</source>
        <translation>Қатаң режим: әлі заң болмаған жеңілдіктер ескерілмейді.</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Ереже жинақтары</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Жеңілдіктер</translation>
    </message>
    <message>
        <source>Your own rule files (TOML) go in:</source>
        <translation>Өз ереже файлдарыңызды (TOML) мына қалтаға салыңыз:</translation>
    </message>
    <message>
        <source>They are read after the built-in ones; a file with a built-in id replaces it.</source>
        <translation>Олар кірістірілген ережелерден кейін оқылады; кірістірілген ереже кодымен аталған файл оны алмастырады.</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Қолданыстағы ережелер</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source> days left</source>
        <translation> күн қалды</translation>
    </message>
    <message>
        <source>Ignore exemptions that are not law (announced, draft)</source>
        <translation>Әлі заң болмаған жеңілдіктерді ескермеу (жарияланды, жоба)</translation>
    </message>
    <message>
        <source>Carrier name (on reports)</source>
        <translation>Тасымалдаушы атауы (есептерде)</translation>
    </message>
    <message>
        <source>Warn when a driver has at most</source>
        <translation>Жүргізушіде ең көбі мынша қалғанда ескерту</translation>
    </message>
    <message>
        <source>Strict rules</source>
        <translation>Қатаң режим</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>Жаңа тіл қайта іске қосқаннан кейін көрсетіледі.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>StatusCardText</name>
    <message>
        <source>Select a driver</source>
        <translation>Жүргізушіні таңдаңыз</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Ең ұзақ мерзім</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Кіруге болады:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Day report…</source>
        <translation>Күндер бойынша есеп…</translation>
    </message>
    <message>
        <source>Earliest start of a stay of</source>
        <translation>Мына ұзақтықтағы болу үшін ең ерте кіру</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4) on %5</source>
        <translation>%1 (%2, %3, %4), %5 күнге</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шексіз</translation>
    </message>
    <message>
        <source>not within 3 years</source>
        <translation>3 жыл ішінде жоқ</translation>
    </message>
    <message>
        <source>No stay limit applies on this date</source>
        <translation>Бұл күні болу мерзімінің шегі қолданылмайды</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message numerus="yes">
        <source>Trip %1: %2 %3 – %4 (%n day(s))</source>
        <translation>
            <numerusform>%1 рейсі: %2 %3 – %4 (%n күн)</numerusform>
            <numerusform>%1 рейсі: %2 %3 – %4 (%n күн)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move trip %1</source>
        <translation>%1 рейсін жылжыту мүмкін емес</translation>
    </message>
</context>
<context>
    <name>TripEditorText</name>
    <message>
        <source>Edit trip %1</source>
        <translation>%1 рейсін өзгерту</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Жаңа рейс</translation>
    </message>
    <message>
        <source>— planned route, no driver yet —</source>
        <translation>— жоспарланған бағыт, жүргізуші әлі жоқ —</translation>
    </message>
    <message>
        <source>Cargo, client, truck…</source>
        <translation>Жүк, клиент, көлік…</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Бөлік қосу</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Бөлікті жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <source>Planned route: use Assign… to see who can take it.</source>
        <translation>Жоспарланған бағыт: оны кім ала алатынын көру үшін «Тағайындау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Load the trip as it is now? Your edits are lost.</source>
        <translation>Рейсті қазіргі күйінде жүктейік пе? Сіздің түзетулеріңіз жоғалады.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Басқа жерде өзгертілді</translation>
    </message>
</context>
<context>
    <name>WarningsText</name>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
</context>
<context>
    <name>WindowErrors</name>
    <message>
        <source>Nothing was changed.</source>
        <extracomment>What a write path catches and hands to ``describe`` / ``report``.</extracomment>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
</context>
</TS>
