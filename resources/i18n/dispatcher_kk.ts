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
    <message>
        <source>dispatcher cannot start</source>
        <translation>dispatcher іске қосыла алмайды</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>командалар</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсету және шығу</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>міндетті аргументтер жетіспейді: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>белгісіз аргументтер: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір мән күтіледі</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (мыналардан таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>жарамсыз %(type)s мәні: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>екіұшты параметр: %(option)s мыналарды білдіруі мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r мәні мұнда қабылданбайды</translation>
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
        <source>Route %1: %2. As of %3: checking %4 drivers…</source>
        <translation>%1 бағыты: %2. %3 күнге: жүргізушілер тексерілуде (%4)…</translation>
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
    <name>Cli</name>
    <message>
        <source>--leg %1: expected CC:YYYY-MM-DD:YYYY-MM-DD</source>
        <translation>--leg %1: күтілетін пішім CC:ЖЖЖЖ-АА-КК:ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>--leg %1: %2 is not a country code</source>
        <translation>--leg %1: %2 — ел коды емес</translation>
    </message>
    <message>
        <source>--leg %1: %2</source>
        <translation>--leg %1: %2</translation>
    </message>
    <message>
        <source>--leg %1: exit is before entry</source>
        <translation>--leg %1: шығу кіруден бұрын</translation>
    </message>
    <message>
        <source>dispatcher: %1</source>
        <translation>dispatcher: %1</translation>
    </message>
    <message>
        <source>import needs at least one of --drivers, --permits, --trips, --workbook</source>
        <translation>импорт үшін --drivers, --permits, --trips, --workbook параметрлерінің кемінде біреуі керек</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>%1 ішіне импортталды:</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s)</source>
        <translation>
            <numerusform>%n жүргізуші</numerusform>
            <numerusform>%n жүргізуші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n рұқсат</numerusform>
            <numerusform>%n рұқсат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n рейс</numerusform>
            <numerusform>%n рейс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n leg(s))</source>
        <translation>
            <numerusform>(%n бөлік)</numerusform>
            <numerusform>(%n бөлік)</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --dir, --xlsx, --template or at least one of --drivers, --permits, --trips</source>
        <translation>экспорт үшін --dir, --xlsx, --template немесе --drivers, --permits, --trips параметрлерінің кемінде біреуі керек</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>dispatcher: error: %1</source>
        <translation>dispatcher: қате: %1</translation>
    </message>
    <message>
        <source>this route</source>
        <translation>бұл бағыт</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгей</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>жүргізуші</translation>
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
        <translation>асудың бірінші күні</translation>
    </message>
    <message>
        <source>days used</source>
        <translation>пайдаланылған күн</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>асу, күн</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>белгісіз жүргізуші %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s) can take the route</source>
        <translation>
            <numerusform>бағытты %n жүргізуші ала алады</numerusform>
            <numerusform>бағытты %n жүргізуші ала алады</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>days left after</source>
        <translation>кейін қалатын күн</translation>
    </message>
    <message>
        <source>Loaded the demo carrier into %1</source>
        <translation>Демо тасымалдаушы %1 ішіне жүктелді</translation>
    </message>
    <message>
        <source>import refused, nothing was changed:</source>
        <extracomment>commands that read, answer and end</extracomment>
        <translation>импорт қабылданбады, ештеңе өзгертілмеді:</translation>
    </message>
    <message>
        <source>dispatcher: internal error: %1 (set DISPATCHER_DEBUG=1 for details)</source>
        <translation>dispatcher: ішкі қате: %1 (толығырақ: DISPATCHER_DEBUG=1 орнатыңыз)</translation>
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
    <message numerus="yes">
        <source>Assign %n route(s)</source>
        <translation>
            <numerusform>%n бағытты тағайындау</numerusform>
            <numerusform>%n бағытты тағайындау</numerusform>
        </translation>
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
    <name>ExcelFiles</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>Импорт үлгісін сақтау</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Үлгі сақталмады</translation>
    </message>
    <message>
        <source>Import template saved to %1</source>
        <translation>Импорт үлгісі сақталды: %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>To go back to a backup, start the window (it offers the newest good copy) or use File → Restore backup…; the copies are in %1.</source>
        <translation>Сақтық көшірмеге оралу үшін бағдарлама терезесін ашыңыз (ол ең жаңа жарамды көшірмені ұсынады) немесе Файл → Сақтық көшірмені қалпына келтіру… таңдаңыз; көшірмелер %1 ішінде.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed.</source>
        <translation>%1 зақымдалған (%2). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 holds %4</source>
        <translation>%1 кестесі, %2-жол, %3 бағаны: %4</translation>
    </message>
    <message>
        <source>%1 is not a dispatcher database (%2); it was not changed.</source>
        <translation>%1 — dispatcher дерекқоры емес (%2); файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: no such database file. Create it with an import, or in the window.</source>
        <translation>%1: мұндай дерекқор файлы жоқ. Оны импортпен немесе бағдарлама терезесінде жасаңыз.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is): nothing was changed. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>%1 тек оқуға арналған (немесе оның қалтасы): ештеңе өзгертілмеді. Оны жазуға болатын қалтаға көшіріңіз немесе жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was changed. Free some space and try again.</source>
        <translation>%1 тұрған диск толы: ештеңе өзгертілмеді. Орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>%1 is busy in another window or program: nothing was changed. Try again in a moment.</source>
        <translation>%1 басқа терезеде немесе бағдарламада бос емес: ештеңе өзгертілмеді. Сәлден соң қайта көріңіз.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (%2): check the disk or the network share and try again. Nothing was changed.</source>
        <translation>%1 оқылмады немесе жазылмады (%2): дискіні немесе желілік қалтаны тексеріп, қайта көріңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 ашылмайды (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 пайдалануға болмайды: %2</translation>
    </message>
    <message>
        <source>%1; no backup was taken, the good copies are kept</source>
        <translation>%1; сақтық көшірме жасалмады, жарамды көшірмелер сақталды</translation>
    </message>
    <message>
        <source>this backup fails the check</source>
        <translation>бұл сақтық көшірме тексеруден өтпеді</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>бұл SQLite файлы емес</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>файл қысқартылған</translation>
    </message>
    <message>
        <source>its size is not a whole number of pages: it was cut short</source>
        <translation>оның өлшемі беттердің бүтін санына тең емес: файл қысқартылған</translation>
    </message>
    <message>
        <source>it is empty</source>
        <extracomment>what the user should be told about the opening (a stray -wal set aside)</extracomment>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>A -wal file beside %1 belonged to another database; it was moved to %2 and not applied.</source>
        <translation>%1 жанындағы -wal файлы басқа дерекқорға тиесілі еді; ол %2 ішіне жылжытылды және қолданылмады.</translation>
    </message>
    <message>
        <source>it holds another program&apos;s tables or mark</source>
        <translation>онда басқа бағдарламаның кестелері немесе белгісі бар</translation>
    </message>
    <message>
        <source>%1 was written by an older version of dispatcher; open it in the window or import to upgrade it (a backup is taken first). It was not changed.</source>
        <translation>%1 dispatcher-дің ескі нұсқасымен жазылған; жаңарту үшін оны бағдарлама терезесінде ашыңыз немесе импорттаңыз (алдымен сақтық көшірме жасалады). Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>a copy cannot replace the file it is made of</source>
        <translation>көшірме өзі жасалған файлды алмастыра алмайды</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>%1 жүргізушісі жоқ</translation>
    </message>
    <message>
        <source>trip %1 does not exist</source>
        <translation>%1 рейсі жоқ</translation>
    </message>
    <message>
        <source>%1: a -wal file beside it belongs to another database. Open the file in the window or import into it: the stray -wal is then moved into the backups folder. Nothing was changed.</source>
        <translation>%1: оның жанындағы -wal файлы басқа дерекқорға тиесілі. Файлды бағдарлама терезесінде ашыңыз немесе оған импорттаңыз: артық -wal сақтық көшірмелер қалтасына жылжытылады. Ештеңе өзгертілмеді.</translation>
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
    <name>FleetReadingText</name>
    <message>
        <source>The drivers&apos; trips could not be read</source>
        <translation>Жүргізушілердің рейстерін жүктеу мүмкін болмады</translation>
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
    <name>Help</name>
    <message>
        <source>Stay limits for international drivers. No subcommand opens the window.</source>
        <translation>Халықаралық тасымал жүргізушілерінің болу мерзімінің шектері. Командасыз бағдарлама терезесі ашылады.</translation>
    </message>
    <message>
        <source>language of messages and human output: ru, kk or en (default: DISPATCHER_LANG, then the system&apos;s language); --json never changes</source>
        <translation>хабарламалар мен шығыс тілі: ru, kk немесе en (әдепкі бойынша DISPATCHER_LANG, одан кейін жүйе тілі); --json тілге тәуелді емес</translation>
    </message>
    <message>
        <source>database file (default: %1)</source>
        <translation>дерекқор файлы (әдепкі бойынша: %1)</translation>
    </message>
    <message>
        <source>user rule folder (default: %1)</source>
        <translation>пайдаланушы нормаларының қалтасы (әдепкі бойынша: %1)</translation>
    </message>
    <message>
        <source>ignore exemptions that are not law (announced or draft)</source>
        <translation>әлі заң болмаған ерекшеліктерді ескермеу (жарияланды немесе жоба)</translation>
    </message>
    <message>
        <source>import drivers, permits and trips from CSV files or workbooks</source>
        <translation>жүргізушілерді, құжаттарды және рейстерді CSV немесе Excel кітаптарынан импорттау</translation>
    </message>
    <message>
        <source>CSV, .xlsx, .xls or .ods</source>
        <translation>CSV, .xlsx, .xls немесе .ods</translation>
    </message>
    <message>
        <source>a workbook with sheets drivers, permits, trips</source>
        <translation>жүргізушілер, құжаттар, рейстер парақтары бар кітап</translation>
    </message>
    <message>
        <source>write drivers, permits and trips as CSV or a workbook</source>
        <translation>жүргізушілерді, құжаттарды және рейстерді CSV немесе Excel кітабына шығару</translation>
    </message>
    <message>
        <source>write drivers.csv, permits.csv, trips.csv here</source>
        <translation>drivers.csv, permits.csv, trips.csv файлдарын осында жазу</translation>
    </message>
    <message>
        <source>one Excel workbook, with the findings</source>
        <translation>бұзушылықтарымен бірге бір Excel кітабы</translation>
    </message>
    <message>
        <source>findings as of (for --xlsx)</source>
        <translation>күнге бұзушылықтар (--xlsx үшін)</translation>
    </message>
    <message>
        <source>an empty workbook to fill in and import</source>
        <translation>толтыруға және импорттауға арналған бос кітап</translation>
    </message>
    <message>
        <source>every finding of the fleet</source>
        <translation>автопарктің барлық бұзушылықтары</translation>
    </message>
    <message>
        <source>days used and left for one driver</source>
        <translation>бір жүргізушінің пайдаланылған және қалған күндері</translation>
    </message>
    <message>
        <source>days every rule should keep left (fewer: tight)</source>
        <translation>әр норма бойынша қалуы тиіс күндер (аз болса — тығыз)</translation>
    </message>
    <message>
        <source>would these legs push the driver over a limit?</source>
        <translation>бұл бөліктер жүргізушіні шектен асыра ма?</translation>
    </message>
    <message>
        <source>drivers who can take a route</source>
        <translation>бағытты ала алатын жүргізушілер</translation>
    </message>
    <message>
        <source>drivers for all open routes of a period</source>
        <translation>кезеңдегі жүргізушісіз барлық бағыттарға жүргізушілер</translation>
    </message>
    <message>
        <source>assign every proposal at once</source>
        <translation>барлық ұсыныстарды бірден тағайындау</translation>
    </message>
    <message>
        <source>check the file&apos;s pages and its change log</source>
        <translation>файл беттерін және өзгерістер журналын тексеру</translation>
    </message>
    <message>
        <source>the rule sets and exemptions loaded</source>
        <translation>жүктелген нормалар мен ерекшеліктер</translation>
    </message>
    <message>
        <source>load the demo carrier into the database</source>
        <translation>демо тасымалдаушыны дерекқорға жүктеу</translation>
    </message>
    <message>
        <source>print a driver day report or the fleet day sheet</source>
        <translation>жүргізушінің күндер бойынша есебін немесе автопарк жиынтығын басып шығару</translation>
    </message>
    <message>
        <source>one driver&apos;s days for a period (default: the month)</source>
        <translation>бір жүргізушінің кезеңдегі күндері (әдепкі бойынша — ай)</translation>
    </message>
    <message>
        <source>report date (default: today)</source>
        <translation>есеп күні (әдепкі бойынша — бүгін)</translation>
    </message>
    <message>
        <source>every driver on one date</source>
        <translation>бір күндегі барлық жүргізушілер</translation>
    </message>
    <message>
        <source>the date (default: today)</source>
        <translation>күні (әдепкі бойынша — бүгін)</translation>
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
    <name>Import</name>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, «%2» парағы</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, «%2» бағаны</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;</source>
        <translation>%1, «%2» өрісі</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>оқылмайды (%1)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>өлшемі %1 МБ; шегі %2 МБ</translation>
    </message>
    <message>
        <source>is not text in UTF-8, UTF-16 or Windows-1251</source>
        <translation>UTF-8, UTF-16 немесе Windows-1251 мәтіні емес</translation>
    </message>
    <message>
        <source>is a binary file, not CSV text (it holds a NUL byte)</source>
        <translation>CSV мәтіні емес, екілік файл (онда NUL байты бар)</translation>
    </message>
    <message>
        <source>is UTF-8 text with a damaged byte; save it again as CSV UTF-8</source>
        <translation>зақымдалған байты бар UTF-8 мәтіні; оны CSV UTF-8 ретінде қайта сақтаңыз</translation>
    </message>
    <message>
        <source>cannot be read as CSV (%1); a quote may be left open on this line</source>
        <translation>CSV ретінде оқылмайды (%1); бұл жолда тырнақша жабылмаған болуы мүмкін</translation>
    </message>
    <message>
        <source>is empty; expected a header row</source>
        <translation>бос; тақырып жолы күтілді</translation>
    </message>
    <message>
        <source>the column is in the header twice (as &apos;%1&apos; and &apos;%2&apos;); remove one so that no value is silently ignored</source>
        <translation>баған тақырыпта екі рет бар («%1» және «%2»); ешбір мән үнсіз еленбей қалмауы үшін біреуін алып тастаңыз</translation>
    </message>
    <message>
        <source>column is missing; the header must have %1</source>
        <translation>баған жоқ; тақырыпта %1 болуы керек</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>жолда %1 ұяшық, ал тақырыпта %2</translation>
    </message>
    <message>
        <source>has %1 cells; expected %2</source>
        <translation>жолда %1 ұяшық; %2 күтілді</translation>
    </message>
    <message>
        <source>the file is in Windows-1251, which has no Kazakh letters: Excel wrote &apos;?&apos; in their place. Save the file as CSV UTF-8 and import it again</source>
        <translation>файл Windows-1251 кодтауында, онда қазақ әріптері жоқ: Excel олардың орнына «?» жазды. Файлды CSV UTF-8 ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>the cell holds a line break: a quote opened on this line is probably not closed, and the rows after it would be read into this cell</source>
        <translation>ұяшықта жол ауысуы бар: бұл жолда ашылған тырнақша жабылмаған болуы мүмкін, сонда келесі жолдар осы ұяшыққа оқылар еді</translation>
    </message>
    <message>
        <source>the cell holds a control character (U+%1)</source>
        <translation>ұяшықта басқару таңбасы бар (U+%1)</translation>
    </message>
    <message>
        <source>the cell holds whole rows of the file: a quote opened on this line is probably not closed</source>
        <translation>ұяшықта файлдың тұтас жолдары бар: бұл жолда ашылған тырнақша жабылмаған болуы мүмкін</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... тағы %n қате</numerusform>
            <numerusform>... тағы %n қате</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither an ISO 3166-1 alpha-2 country code nor a country name</source>
        <translation>%1 — ISO 3166-1 alpha-2 ел коды да, ел атауы да емес</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>белгісіз жүргізуші %1</translation>
    </message>
    <message>
        <source>driver id %1 is already on line %2</source>
        <translation>%1 жүргізуші коды %2-жолда бар</translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation>%1 valid_from %2 күнінен бұрын</translation>
    </message>
    <message>
        <source>the same permit is already on line %1</source>
        <translation>дәл сол рұқсат %1-жолда бар</translation>
    </message>
    <message>
        <source>%1 is before entry %2</source>
        <translation>%1 кіру күнінен (%2) бұрын</translation>
    </message>
    <message>
        <source>trip %1 belongs to %2 on line %3</source>
        <translation>%1 рейсі %3-жолда %2 жүргізушісіне тиесілі</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>ескертпе %1 таңбадан ұзын</translation>
    </message>
    <message>
        <source>trip %1 has a different note on line %2</source>
        <translation>%1 рейсінің %2-жолда басқа ескертпесі бар</translation>
    </message>
    <message>
        <source>this leg of trip %1 (%2 to %3) overlaps its leg on line %4 (%5 to %6); legs may share only a crossing day</source>
        <translation>%1 рейсінің бұл бөлігі (%2 – %3) оның %4-жолдағы бөлігімен (%5 – %6) қабаттасады; бөліктер тек шекарадан өту күнімен ғана сәйкес келе алады</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>дерекқорда</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>trip %1 (%2 to %3) overlaps trip %4 (%5 to %6, %7) of driver %8; trips may share only a crossing day</source>
        <translation>%1 рейсі (%2 – %3) %8 жүргізушісінің %4 рейсімен (%5 – %6, %7) қабаттасады; рейстер тек шекарадан өту күнімен ғана сәйкес келе алады</translation>
    </message>
    <message>
        <source>the workbook %1 has a %2 sheet too; give the %2 once</source>
        <translation>%1 кітабында да %2 парағы бар; %2 бір рет беріңіз</translation>
    </message>
    <message>
        <source>cannot be read as a workbook (%1)</source>
        <translation>жұмыс кітабы ретінде оқылмайды (%1)</translation>
    </message>
    <message>
        <source>has two sheets for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>кітапта %1 үшін екі парақ бар: «%2» және «%3»</translation>
    </message>
    <message>
        <source>has no sheet named drivers, permits or trips (or водители, документы, рейсы; жүргізушілер, рұқсаттар, рейстер)</source>
        <translation>drivers, permits немесе trips парағы жоқ (немесе водители, документы, рейсы; жүргізушілер, рұқсаттар, рейстер)</translation>
    </message>
    <message>
        <source>has no sheets</source>
        <translation>бірде-бір парақ жоқ</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>No built-in rule files in %1: this copy of dispatcher is incomplete and would report every driver clean. Reinstall it.</source>
        <translation>%1 ішінде кірістірілген нормалар файлдары жоқ: dispatcher-дің бұл көшірмесі толық емес және барлық жүргізушіні бұзушылықсыз деп көрсетер еді. Оны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The rule files in %1 hold no rule: every driver would look clean. Reinstall dispatcher.</source>
        <translation>%1 ішіндегі нормалар файлдарында бірде-бір норма жоқ: барлық жүргізуші бұзушылықсыз болып көрінер еді. dispatcher-ді қайта орнатыңыз.</translation>
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
        <source>%1 drivers: counting the warnings…</source>
        <translation>Жүргізушілер: %1 · ескертулер саналуда…</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
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
    <name>Margin</name>
    <message>
        <source>--margin %1: expected a whole number of days, 0 or more</source>
        <translation>--margin %1: 0 немесе одан көп бүтін күн саны күтіледі</translation>
    </message>
</context>
<context>
    <name>MenuText</name>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Excel-ге экс&amp;порттау…</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Импорт &amp;үлгісін сақтау…</translation>
    </message>
    <message>
        <source>P&amp;lanning</source>
        <translation>&amp;Жоспарлау</translation>
    </message>
    <message>
        <source>&amp;Assign routes…</source>
        <translation>Бағыттарды &amp;тағайындау…</translation>
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
    <name>Permits</name>
    <message>
        <source>Driver %1: permit %2 for %3 ends on %4.</source>
        <translation>%1 жүргізушісі: «%2» құжаты (%3) %4 дейін жарамды.</translation>
    </message>
    <message>
        <source>Trip %1: rule %2 counts from %3.</source>
        <translation>%1 рейсі: %2 нормасы %3 бастап есептеледі.</translation>
    </message>
    <message>
        <source>Trip %1: rule %2 counts from %3 and goes over on %4.</source>
        <translation>%1 рейсі: %2 нормасы %3 бастап есептеледі, %4 шектен асады.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>plan: --to %1 is before --from %2</source>
        <translation>plan: --to %1 --from %2 күнінен бұрын</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) between %1 and %2</source>
        <translation>
            <numerusform>%1 – %2 аралығында %n бағыт</numerusform>
            <numerusform>%1 – %2 аралығында %n бағыт</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>route</source>
        <translation>бағыт</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>жүргізуші</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>days left after</source>
        <translation>кейін қалатын күн</translation>
    </message>
    <message>
        <source>%1: no driver. %2</source>
        <translation>%1: жүргізуші жоқ. %2</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n route(s).</source>
        <translation>
            <numerusform>%n бағыт тағайындалды.</numerusform>
            <numerusform>%n бағыт тағайындалды.</numerusform>
        </translation>
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
    <name>Planning</name>
    <message>
        <source>The route has no legs yet.</source>
        <translation>Бағытта әлі бөліктер жоқ.</translation>
    </message>
    <message>
        <source>There are no drivers.</source>
        <translation>Жүргізушілер жоқ.</translation>
    </message>
    <message>
        <source>Every driver is on another trip on these days.</source>
        <translation>Бұл күндері барлық жүргізушілер басқа рейстерде.</translation>
    </message>
    <message>
        <source>The drivers who could take it are needed for other routes of the plan.</source>
        <translation>Оны ала алатын жүргізушілер жоспардың басқа бағыттарына керек.</translation>
    </message>
    <message numerus="yes">
        <source>Every driver who could take it would keep fewer than %n day(s) left.</source>
        <translation>
            <numerusform>Оны ала алатын әр жүргізушіде %n күннен аз қалар еді.</numerusform>
            <numerusform>Оны ала алатын әр жүргізушіде %n күннен аз қалар еді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every driver would go over a stay limit.</source>
        <translation>Әр жүргізуші болу мерзімінің шегінен асып кетер еді.</translation>
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
        <translation>шектеусіз</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign routes</source>
        <translation>Бағыттарды тағайындау</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Propose only drivers who keep at least this many days left</source>
        <translation>Кейін кемінде осынша күн қалатын жүргізушілерді ғана ұсыну</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>Routes leaving from</source>
        <translation>Бағыттардың басталу күні:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Күн қоры</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Қашан және қайда</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Days left after</source>
        <translation>Кейін қалатын күн</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Белгілерді алып тастау</translation>
    </message>
    <message>
        <source>Why no driver</source>
        <translation>Неге жүргізуші жоқ</translation>
    </message>
    <message>
        <source>Assign ticked routes</source>
        <translation>Белгіленген бағыттарды тағайындау</translation>
    </message>
    <message>
        <source>Proposed drivers</source>
        <translation>Ұсынылған жүргізушілер</translation>
    </message>
    <message>
        <source>Routes without a driver</source>
        <translation>Жүргізушісіз бағыттар</translation>
    </message>
    <message>
        <source>The period or margin changed: press Propose.</source>
        <translation>Кезең немесе күн қоры өзгерді: «Ұсыну» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Кезең (%1) басталуынан (%2) бұрын аяқталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) without a driver leave from %1 to %2.</source>
        <translation>
            <numerusform>%1 – %2 аралығында жүргізушісіз %n бағыт басталады.</numerusform>
            <numerusform>%1 – %2 аралығында жүргізушісіз %n бағыт басталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drivers found for %n of them.</source>
        <translation>
            <numerusform>Олардың %n бағытына жүргізуші табылды.</numerusform>
            <numerusform>Олардың %n бағытына жүргізуші табылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticked route(s)</source>
        <translation>
            <numerusform>Белгіленген %n бағытты тағайындау</numerusform>
            <numerusform>Белгіленген %n бағытты тағайындау</numerusform>
        </translation>
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
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Жарамды бастап</translation>
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
    <name>Reports</name>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>кезең (%1) басталуынан (%2) бұрын аяқталады</translation>
    </message>
    <message numerus="yes">
        <source>a report covers at most one year (%n day(s))</source>
        <translation>
            <numerusform>есеп ең көбі бір жылды қамтиды (%n күн)</numerusform>
            <numerusform>есеп ең көбі бір жылды қамтиды (%n күн)</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>%1 күнге пайдаланылды</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Shaded: a day counted under a rule. Red with ✕: a day over a limit.</source>
        <translation>Көлеңкеленген: норма бойынша есептелетін күн. Қызыл ✕: шектен тыс күн.</translation>
    </message>
    <message>
        <source>No legs in this period.</source>
        <translation>Бұл кезеңде бөліктер жоқ.</translation>
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
        <source>Days in period</source>
        <translation>Кезеңдегі күн</translation>
    </message>
    <message>
        <source>No day over a limit in this period.</source>
        <translation>Бұл кезеңде шектен тыс күн жоқ.</translation>
    </message>
    <message>
        <source>Changes made over a limit</source>
        <translation>Шектен тыс жасалған өзгерістер</translation>
    </message>
    <message>
        <source>No stay limit applies on this date.</source>
        <translation>Бұл күнге болу мерзімінің шегі қолданылмайды.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Ең ұзақ болу мерзімі (күн)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Кіруге болады</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <source>Driver day report</source>
        <translation>Жүргізушінің күндер бойынша есебі</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Кезең %1 – %2</translation>
    </message>
    <message>
        <source>citizenship: %1</source>
        <translation>азаматтығы: %1</translation>
    </message>
    <message>
        <source>Longest stay from %1</source>
        <translation>%1 бастап ең ұзақ болу мерзімі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Жарамды басы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамды соңы</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <source>Days used and left</source>
        <translation>Пайдаланылған және қалған күндер</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>Ешбір норма қолданылмайды.</translation>
    </message>
    <message>
        <source>Days over a limit</source>
        <translation>Шектен тыс күндер</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Бөліктер (елде болу)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>unknown driver %1</source>
        <translation>белгісіз жүргізуші %1</translation>
    </message>
    <message>
        <source>driver day report %1 %2 – %3</source>
        <translation>%1 жүргізушінің күндер бойынша есебі %2 – %3</translation>
    </message>
    <message>
        <source>fleet day sheet %1</source>
        <translation>%1 автопарк бойынша күндік жиынтық</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2</source>
        <translation>Сақталды: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 to %2 (%n page(s))</source>
        <translation>
            <numerusform>Сақталды: %1 → %2 (%n бет)</numerusform>
            <numerusform>Сақталды: %1 → %2 (%n бет)</numerusform>
        </translation>
    </message>
    <message>
        <source>no entry fits</source>
        <translation>кіру мүмкін емес</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message numerus="yes">
        <source>Permits ending (within %n day(s), or during a planned trip)</source>
        <translation>
            <numerusform>Мерзімі аяқталатын құжаттар (%n күн ішінде немесе жоспарланған рейс кезінде)</numerusform>
            <numerusform>Мерзімі аяқталатын құжаттар (%n күн ішінде немесе жоспарланған рейс кезінде)</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Cit.</source>
        <translation>Аз.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>(carrier name not set)</source>
        <translation>(тасымалдаушы атауы берілмеген)</translation>
    </message>
    <message>
        <source>Fleet day sheet for %1</source>
        <translation>%1 күнгі автопарк бойынша күндік жиынтық</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Басылды %1</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s); used / left under each rule</source>
        <translation>
            <numerusform>%n жүргізуші; әр норма бойынша: пайдаланылды / қалды</numerusform>
            <numerusform>%n жүргізуші; әр норма бойынша: пайдаланылды / қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>A rule&apos;s column shows days used / days left on this date; — : does not apply.</source>
        <translation>Норма бағанында: осы күнге пайдаланылған күн / қалған күн; — : қолданылмайды.</translation>
    </message>
    <message>
        <source>“from” a date: the first day the driver can enter the rule&apos;s countries again.</source>
        <translation>«… бастап»: жүргізуші норма елдеріне қайта кіре алатын алғашқы күн.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Қаңтар</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Ақпан</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Наурыз</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Сәуір</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Мамыр</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Шілде</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Тамыз</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Қыркүйек</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Қазан</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Қараша</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Желтоқсан</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Дс</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Сс</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Бс</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Жм</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Сн</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Жс</translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <source>from</source>
        <translation>Кіру күні</translation>
    </message>
    <message>
        <source>The next day the driver may enter again under the rule with fewest days left</source>
        <translation>Ең аз күн қалған норма бойынша жүргізуші қайта кіре алатын келесі күн</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <source>%1: no entry fits while the rule applies</source>
        <translation>%1: норма қолданылып тұрғанда кіру мүмкін емес</translation>
    </message>
    <message>
        <source>%1: may enter %2 from %3 with no limit</source>
        <translation>%1: %2 — %3 бастап шектеусіз кіруге болады</translation>
    </message>
    <message numerus="yes">
        <source>%1: may enter %2 from %3 for up to %n day(s)</source>
        <translation>
            <numerusform>%1: %2 — %3 бастап %n күнге дейін кіруге болады</numerusform>
            <numerusform>%1: %2 — %3 бастап %n күнге дейін кіруге болады</numerusform>
        </translation>
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
        <source>The driver&apos;s trips are being read; the days follow.</source>
        <translation>Жүргізушінің рейстері жүктелуде; күндері кейін көрсетіледі.</translation>
    </message>
    <message>
        <source>Being counted: the driver takes their place in this order once counted.</source>
        <translation>Жүргізушінің күндері есептелуде: есеп біткенде ол осы ретте өз орнына тұрады.</translation>
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
    <name>RuleFiles</name>
    <message>
        <source>rule #%1</source>
        <translation>№%1 норма</translation>
    </message>
    <message>
        <source>exemption #%1</source>
        <translation>№%1 ерекшелік</translation>
    </message>
    <message>
        <source>%1: %2 must be a table</source>
        <translation>%1: %2 кесте болуы керек</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation>«%1» нормасы</translation>
    </message>
    <message>
        <source>exemption &apos;%1&apos;</source>
        <translation>«%1» ерекшелігі</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is not known (allowed: %4)</source>
        <translation>%1: %2: «%3» өрісі белгісіз (рұқсат етілгендер: %4)</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is missing</source>
        <translation>%1: %2: «%3» өрісі жоқ</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty text</source>
        <translation>%1: %2: «%3» өрісі бос емес мәтін болуы керек</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4 characters; at most %5 are allowed</source>
        <translation>%1: %2: «%3» өрісінде %4 таңба бар; ең көбі %5 рұқсат етіледі</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; holds a line break or control character</source>
        <translation>%1: %2: «%3» өрісінде жол ауыстыру немесе басқару таңбасы бар</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; an id is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1: %2: «%3» өрісі %4; код әріптерден, сандардан, «.», «_» және «-» таңбаларынан тұрады және әріппен немесе санмен басталады</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a positive whole number, not %4</source>
        <translation>%1: %2: «%3» өрісі %4 емес, оң бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; at most %5 is allowed here</source>
        <translation>%1: %2: «%3» өрісі %4; мұнда ең көбі %5 рұқсат етіледі</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a date like 2025-01-01, not %4</source>
        <translation>%1: %2: «%3» өрісі %4 емес, 2025-01-01 түріндегі күн болуы керек</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; dates from %5 to %6 are accepted</source>
        <translation>%1: %2: «%3» өрісі %4; %5 мен %6 аралығындағы күндер қабылданады</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty list of texts</source>
        <translation>%1: %2: «%3» өрісі жолдардың бос емес тізімі болуы керек</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 codes; there are only %5</source>
        <translation>%1: %2: «%3» өрісінде %4 код көрсетілген; барлығы тек %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 twice</source>
        <translation>%1: %2: «%3» өрісінде %4 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4, which is not an ISO 3166-1 alpha-2 code</source>
        <translation>%1: %2: «%3» өрісінде %4 бар, бұл ISO 3166-1 alpha-2 ел коды емес</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4; expected one of: %5</source>
        <translation>%1: %2: «%3» өрісінде %4 бар; мыналардың бірі күтіледі: %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4; expected one of: %5</source>
        <translation>%1: %2: «%3» өрісі %4; мыналардың бірі күтіледі: %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; makes no sense for a %4 window</source>
        <translation>%1: %2: «%3» өрісінің %4 терезесі үшін мәні жоқ</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is %4, but a window of %5 days can never hold more than %5: the rule would never fire (are limit and window_days swapped?)</source>
        <translation>%1: %2: «%3» өрісі %4, бірақ %5 күндік терезеде %5 күннен артық болмайды: норма ешқашан іске аспайды (limit пен window_days ауысып кетпеді ме?)</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is before in_force_from</source>
        <translation>%1: %2: «%3» өрісі in_force_from-нан бұрын</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; must be a non-empty list of rule ids (or [&quot;*&quot;] for all)</source>
        <translation>%1: %2: «%3» өрісі нормалар кодтарының бос емес тізімі болуы керек (немесе барлығы үшін [&quot;*&quot;])</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; lists %4 rules; a rule book holds at most %5</source>
        <translation>%1: %2: «%3» өрісінде %4 норма көрсетілген; нормалар жинағында ең көбі %5</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; has %4, which is not a rule id</source>
        <translation>%1: %2: «%3» өрісінде %4 бар, бұл норма коды емес</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; is before from</source>
        <translation>%1: %2: «%3» өрісі from-нан бұрын</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos; or &apos;categories&apos; or &apos;permit_kinds&apos; must say who is exempt</source>
        <translation>%1: %2: «%3», «categories» немесе «permit_kinds» өрісі кім босатылатынын көрсетуі керек</translation>
    </message>
    <message>
        <source>%1: the file has %2 bytes; a rule file may have at most %3</source>
        <translation>%1: файл көлемі %2 байт; нормалар файлы ең көбі %3 болуы мүмкін</translation>
    </message>
    <message>
        <source>%1: %2 rules; all rule files together may hold at most %3</source>
        <translation>%1: %2 норма; барлық нормалар файлдарында бірге ең көбі %3 болуы мүмкін</translation>
    </message>
    <message>
        <source>%1: %2 exemptions; all rule files together may hold at most %3</source>
        <translation>%1: %2 ерекшелік; барлық нормалар файлдарында бірге ең көбі %3 болуы мүмкін</translation>
    </message>
    <message>
        <source>%1: %2 rule files; at most %3 are read from one folder</source>
        <translation>%1: %2 нормалар файлы; бір қалтадан ең көбі %3 оқылады</translation>
    </message>
</context>
<context>
    <name>RulesList</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n мемлекет</numerusform>
            <numerusform>%n мемлекет</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>off</source>
        <translation>өшір.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>id</source>
        <translation>коды</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>елдер</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>шек</translation>
    </message>
    <message>
        <source>window</source>
        <translation>кезең</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <source>exemption</source>
        <translation>ерекшелік</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>нормалар</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>user rule files: %1</source>
        <translation>пайдаланушы нормаларының файлдары: %1</translation>
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
        <source>A route that leaves fewer days than this under any rule is shown as tight (it breaks nothing); 0: no margin.</source>
        <translation>Қандай да бір норма бойынша осыдан аз күн қалдыратын бағыт «тығыз» деп көрсетіледі (ештеңені бұзбайды); 0 — қорсыз.</translation>
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
        <source>Safety margin when assigning and planning</source>
        <translation>Тағайындау және жоспарлау кезіндегі күн қоры</translation>
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
    <name>Status</name>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>used</source>
        <translation>пайдаланылды</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>шек</translation>
    </message>
    <message>
        <source>left</source>
        <translation>қалды</translation>
    </message>
    <message>
        <source>max stay</source>
        <translation>ең ұзақ мерзім</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>соңғы күн</translation>
    </message>
    <message>
        <source>next entry</source>
        <translation>кіруге болады:</translation>
    </message>
    <message>
        <source>stay from then</source>
        <translation>сол күннен мерзім</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2), %3 күнге</translation>
    </message>
    <message>
        <source>no stay limit applies on this day</source>
        <translation>бұл күні болу мерзімінің шегі қолданылмайды</translation>
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
        <translation>Норма</translation>
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
        <source>Next entry</source>
        <translation>Кіруге болады</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Қолданылады</translation>
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
        <source>Next entry for a stay of</source>
        <translation>Кіру күні, болу мерзімі:</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4) on %5</source>
        <translation>%1 (%2, %3, %4), %5 күнге</translation>
    </message>
    <message>
        <source>No stay limit applies on this date</source>
        <translation>Бұл күні болу мерзімінің шегі қолданылмайды</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Reading the drivers&apos; trips…</source>
        <translation>Жүргізушілердің рейстері жүктелуде…</translation>
    </message>
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
    <name>TripCheck</name>
    <message>
        <source>a trip needs at least one leg</source>
        <translation>рейсте кемінде бір бөлік болуы керек</translation>
    </message>
    <message>
        <source>leg %1: %2 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1-бөлік: %2 — ISO 3166-1 alpha-2 ел коды емес</translation>
    </message>
    <message>
        <source>leg %1: exit %2 is before entry %3</source>
        <translation>%1-бөлік: шығу %2 кіруден %3 бұрын</translation>
    </message>
    <message>
        <source>leg %1: %2 from %3 overlaps leg %4 (%5 to %6); legs may share only a crossing day</source>
        <translation>%1-бөлік: %2, %3 бастап, %4-бөлікпен (%5 – %6) қабаттасады; бөліктер тек шекарадан өту күнімен ғана сәйкес келе алады</translation>
    </message>
    <message>
        <source>overlaps trip %1 (%2 to %3) of this driver</source>
        <translation>осы жүргізушінің %1 рейсімен (%2 – %3) қабаттасады</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>%1 жүргізушісі жоқ</translation>
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
    <name>Validate</name>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 — ЖЖЖЖ-АА-КК түріндегі күн емес</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD or dd.MM.yyyy</source>
        <translation>%1 — ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түріндегі күн емес</translation>
    </message>
    <message>
        <source>driver id</source>
        <translation>жүргізуші коды</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>trip id</source>
        <translation>рейс коды</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: бос</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 %2 таңбадан ұзын</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 — ISO 3166-1 alpha-2 ел коды емес</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2</source>
        <translation>%1 санаты тізімде жоқ: %2</translation>
    </message>
    <message>
        <source>permit kind %1 is not one of: %2</source>
        <translation>%1 құжат түрі тізімде жоқ: %2</translation>
    </message>
    <message>
        <source>permit valid_to %1 is before valid_from %2</source>
        <translation>құжаттың valid_to %1 күні valid_from %2 күнінен бұрын</translation>
    </message>
    <message>
        <source>permit %1 for %2 from %3 is listed twice</source>
        <translation>%2 үшін %3 бастап %1 құжаты екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date</source>
        <translation>%1 — күнтізбеде жоқ күн</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>%1 %2 is in the tables but not in the change log</source>
        <translation>%1 %2 кестелерде бар, бірақ өзгерістер журналында жоқ</translation>
    </message>
    <message>
        <source>%1 %2 is in the change log but missing from the tables</source>
        <translation>%1 %2 өзгерістер журналында бар, бірақ кестелерде жоқ</translation>
    </message>
    <message>
        <source>%1 %2 differs: the tables hold %3, the change log says %4</source>
        <translation>%1 %2 сәйкес емес: кестелерде %3, өзгерістер журналында %4</translation>
    </message>
    <message>
        <source>%1: all well: integrity_check ok; the %2 logged changes replay to exactly the tables</source>
        <translation>%1: бәрі дұрыс: integrity_check ok; журналдағы %2 өзгеріс кестелерді дәл қайталайды</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 зақымдалған:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s)</source>
        <translation>
            <numerusform>… тағы %n жазба</numerusform>
            <numerusform>… тағы %n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>the change log cannot be read: %1</source>
        <translation>өзгерістер журналы оқылмайды: %1</translation>
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
    <message>
        <source>Counting the warnings…</source>
        <translation>Ескертулер саналуда…</translation>
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
<context>
    <name>Wording</name>
    <message>
        <source>residence permit</source>
        <translation>тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>temporary residence permit</source>
        <translation>уақытша тұруға рұқсат</translation>
    </message>
    <message>
        <source>work permit / patent</source>
        <translation>жұмысқа рұқсат / патент</translation>
    </message>
    <message>
        <source>visa</source>
        <translation>виза</translation>
    </message>
    <message>
        <source>international transport notice</source>
        <translation>халықаралық тасымал туралы хабарлама</translation>
    </message>
    <message>
        <source>freight</source>
        <translation>жүк тасымалы</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>автобус</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>law</source>
        <translation>заң</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>жарияланды</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
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
        <source>exceeded</source>
        <translation>асып кетті</translation>
    </message>
    <message>
        <source>would exceed</source>
        <translation>асып кетеді</translation>
    </message>
    <message>
        <source>approaching</source>
        <translation>шекке жақын</translation>
    </message>
    <message>
        <source>at the limit</source>
        <translation>шекте</translation>
    </message>
    <message>
        <source>would go over</source>
        <translation>асып кетеді</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>АСЫП КЕТТІ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>қалыпты</translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>%n күнге асып кетті</numerusform>
            <numerusform>%n күнге асып кетті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — over since %4 by %n day(s), trip %5</source>
        <translation>
            <numerusform>%1 (%2): %3 — %4 бастап %n күнге асып кетті, %5 рейсі</numerusform>
            <numerusform>%1 (%2): %3 — %4 бастап %n күнге асып кетті, %5 рейсі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — would go over on %4 by %n day(s), trip %5</source>
        <translation>
            <numerusform>%1 (%2): %3 — %4 күні %n күнге асып кетеді, %5 рейсі</numerusform>
            <numerusform>%1 (%2): %3 — %4 күні %n күнге асып кетеді, %5 рейсі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — trip %6</source>
        <translation>
            <numerusform>%1: %2 – %3 аралығында шектен асу (%4 күн), %5 күн есептелді, шектен %n күн артық — %6 рейсі</numerusform>
            <numerusform>%1: %2 – %3 аралығында шектен асу (%4 күн), %5 күн есептелді, шектен %n күн артық — %6 рейсі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would go over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — planned trip %6</source>
        <translation>
            <numerusform>%1: %2 – %3 аралығында шектен асып кетеді (%4 күн), %5 күн есептелді, шектен %n күн артық — жоспарланған %6 рейсі</numerusform>
            <numerusform>%1: %2 – %3 аралығында шектен асып кетеді (%4 күн), %5 күн есептелді, шектен %n күн артық — жоспарланған %6 рейсі</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 — at the limit, no day left</source>
        <translation>%1 (%2): %3 — шекте, бірде-бір күн қалмады</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 — %n day(s) left</source>
        <translation>
            <numerusform>%1 (%2): %3 — %n күн қалды</numerusform>
            <numerusform>%1 (%2): %3 — %n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would push trip %5 over «%2» from %3: %4 days counted, %n day(s) over the limit.</source>
        <translation>
            <numerusform>%1 салдарынан %5 рейсі %3 бастап «%2» шегінен асады: %4 күн есептелді, шектен %n күн артық.</numerusform>
            <numerusform>%1 салдарынан %5 рейсі %3 бастап «%2» шегінен асады: %4 күн есептелді, шектен %n күн артық.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would go over «%2» from %3 on trip %5: %4 days counted, %n day(s) over the limit.</source>
        <translation>
            <numerusform>%1 %5 рейсінде %3 бастап «%2» шегінен асып кетеді: %4 күн есептелді, шектен %n күн артық.</numerusform>
            <numerusform>%1 %5 рейсінде %3 бастап «%2» шегінен асып кетеді: %4 күн есептелді, шектен %n күн артық.</numerusform>
        </translation>
    </message>
    <message>
        <source>An overstay means a fine, expulsion and a ban on entry; the truck loses its route.</source>
        <translation>Болу мерзімінен асу — айыппұл, елден шығарып жіберу және кіруге тыйым; көлік бағытынан айырылады.</translation>
    </message>
    <message>
        <source>%1 is already on trip %2 on these days.</source>
        <translation>%1 бұл күндері %2 рейсінде.</translation>
    </message>
    <message>
        <source>overlaps trip %1</source>
        <translation>%1 рейсімен қабаттасады</translation>
    </message>
    <message numerus="yes">
        <source>goes over %1 on %2 by %n day(s) on this route</source>
        <translation>
            <numerusform>бұл бағытта %2 бастап %1 шегінен %n күнге асады</numerusform>
            <numerusform>бұл бағытта %2 бастап %1 шегінен %n күнге асады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pushes planned trip %3 over %1 on %2 by %n day(s)</source>
        <translation>
            <numerusform>жоспарланған %3 рейсі %2 бастап %1 шегінен %n күнге асады</numerusform>
            <numerusform>жоспарланған %3 рейсі %2 бастап %1 шегінен %n күнге асады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tight — %n day(s) left, fewer than the margin</source>
        <translation>
            <numerusform>тығыз — %n күн қалды, күн қорынан аз</numerusform>
            <numerusform>тығыз — %n күн қалды, күн қорынан аз</numerusform>
        </translation>
    </message>
    <message>
        <source>ok — no limit counts this route</source>
        <translation>болады — бұл бағыт ешбір шекке есептелмейді</translation>
    </message>
    <message numerus="yes">
        <source>ok — %n day(s) left after (%1)</source>
        <translation>
            <numerusform>болады — кейін %n күн қалады (%1)</numerusform>
            <numerusform>болады — кейін %n күн қалады (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>assigned over the limit on %1 by %2: %3</source>
        <translation>%1 күні шектен тыс тағайындалды, кім: %2, себебі: %3</translation>
    </message>
    <message numerus="yes">
        <source>as of %1: %n finding(s)</source>
        <translation>
            <numerusform>%1 күнге: %n бұзушылық</numerusform>
            <numerusform>%1 күнге: %n бұзушылық</numerusform>
        </translation>
    </message>
    <message>
        <source>would go over on %1</source>
        <translation>%1 күні асып кетеді</translation>
    </message>
    <message numerus="yes">
        <source>a stay of %n day(s) never fits while the rule applies</source>
        <translation>
            <numerusform>норма қолданылып тұрғанда %n күн болу мүмкін емес</numerusform>
            <numerusform>норма қолданылып тұрғанда %n күн болу мүмкін емес</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1, no limit from then</source>
        <translation>%1 бастап, одан әрі шектеусіз</translation>
    </message>
    <message numerus="yes">
        <source>from %1, up to %n day(s)</source>
        <translation>
            <numerusform>%1 бастап, %n күнге дейін</numerusform>
            <numerusform>%1 бастап, %n күнге дейін</numerusform>
        </translation>
    </message>
    <message>
        <source>can enter %1 again from %2 with no limit</source>
        <translation>%1 — %2 бастап шектеусіз қайта кіруге болады</translation>
    </message>
    <message numerus="yes">
        <source>can enter %1 again from %2 for up to %n day(s)</source>
        <translation>
            <numerusform>%1 — %2 бастап %n күнге дейін қайта кіруге болады</numerusform>
            <numerusform>%1 — %2 бастап %n күнге дейін қайта кіруге болады</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot enter</source>
        <translation>кіру мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), until the rule stops applying</source>
        <translation>
            <numerusform>%n күн, норма қолданылуы аяқталғанша</numerusform>
            <numerusform>%n күн, норма қолданылуы аяқталғанша</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message numerus="yes">
        <source>tight — breaks nothing, but leaves %n day(s), fewer than the margin of %1</source>
        <translation>
            <numerusform>тығыз — ештеңені бұзбайды, бірақ %n күн қалады, күн қорынан (%1) аз</numerusform>
            <numerusform>тығыз — ештеңені бұзбайды, бірақ %n күн қалады, күн қорынан (%1) аз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): the %3 for %4 ends on %5; from %6 %7 counts again.</source>
        <translation>%1 (%2): %4 үшін «%3» құжатының мерзімі %5 күні аяқталады; %6 бастап қайта есептеледі: %7.</translation>
    </message>
    <message>
        <source>%1 (%2): the %3 for %4 ends on %5.</source>
        <translation>%1 (%2): %4 үшін «%3» құжатының мерзімі %5 күні аяқталады.</translation>
    </message>
    <message>
        <source>%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip keeps within it.</source>
        <translation>%1 (%2), %3 рейсі: «%4» құжатының мерзімі %5 күні аяқталады; %6 бастап «%7» қолданылады, рейс шектен аспайды.</translation>
    </message>
    <message>
        <source>%1 (%2), trip %3: the %4 ends on %5; from %6 «%7» applies and the trip goes over on %8.</source>
        <translation>%1 (%2), %3 рейсі: «%4» құжатының мерзімі %5 күні аяқталады; %6 бастап «%7» қолданылады, рейс %8 күні шектен асып кетеді.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>findings</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгей</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>жүргізуші</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты-жөні</translation>
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
        <translation>асудың бірінші күні</translation>
    </message>
    <message>
        <source>days used</source>
        <translation>пайдаланылған күн</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>асу, күн</translation>
    </message>
    <message>
        <source>last day over</source>
        <translation>асудың соңғы күні</translation>
    </message>
    <message>
        <source>days over</source>
        <translation>шектен тыс күндер</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>күнге</translation>
    </message>
</context>
</TS>
