<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n driver(s)</source>
            <translation>
                <numerusform>%n driver</numerusform>
                <numerusform>%n drivers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n permit(s)</source>
            <translation>
                <numerusform>%n permit</numerusform>
                <numerusform>%n permits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s)</source>
            <translation>
                <numerusform>%n trip</numerusform>
                <numerusform>%n trips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n leg(s))</source>
            <translation>
                <numerusform>(%n leg)</numerusform>
                <numerusform>(%n legs)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n driver(s) can take the route</source>
            <translation>
                <numerusform>%n driver can take the route</numerusform>
                <numerusform>%n drivers can take the route</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>... and %n more problem(s)</source>
            <translation>
                <numerusform>... and %n more problem</numerusform>
                <numerusform>... and %n more problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanCommand</name>
        <message numerus="yes">
            <source>%n route(s) between %1 and %2</source>
            <translation>
                <numerusform>%n route between %1 and %2</numerusform>
                <numerusform>%n routes between %1 and %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assigned %n route(s).</source>
            <translation>
                <numerusform>Assigned %n route.</numerusform>
                <numerusform>Assigned %n routes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message numerus="yes">
            <source>Every driver who could take it would keep fewer than %n day(s) left.</source>
            <translation>
                <numerusform>Every driver who could take it would keep fewer than %n day left.</numerusform>
                <numerusform>Every driver who could take it would keep fewer than %n days left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>Wrote the %1 to %2 (%n page(s))</source>
            <translation>
                <numerusform>Wrote the %1 to %2 (%n page)</numerusform>
                <numerusform>Wrote the %1 to %2 (%n pages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n driver(s); used / left under each rule</source>
            <translation>
                <numerusform>%n driver; used / left under each rule</numerusform>
                <numerusform>%n drivers; used / left under each rule</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a report covers at most one year (%n day(s))</source>
            <translation>
                <numerusform>a report covers at most one year (%n day)</numerusform>
                <numerusform>a report covers at most one year (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RulesList</name>
        <message numerus="yes">
            <source>%n state(s)</source>
            <translation>
                <numerusform>%n state</numerusform>
                <numerusform>%n states</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message numerus="yes">
            <source>… and %n more record(s)</source>
            <translation>
                <numerusform>… and %n more record</numerusform>
                <numerusform>… and %n more records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>any %n day(s)</source>
            <translation>
                <numerusform>any %n day</numerusform>
                <numerusform>any %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over by %n day(s)</source>
            <translation>
                <numerusform>over by %n day</numerusform>
                <numerusform>over by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %3 — over since %4 by %n day(s), trip %5</source>
            <translation>
                <numerusform>%1 (%2): %3 — over since %4 by %n day, trip %5</numerusform>
                <numerusform>%1 (%2): %3 — over since %4 by %n days, trip %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %3 — would go over on %4 by %n day(s), trip %5</source>
            <translation>
                <numerusform>%1 (%2): %3 — would go over on %4 by %n day, trip %5</numerusform>
                <numerusform>%1 (%2): %3 — would go over on %4 by %n days, trip %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — trip %6</source>
            <translation>
                <numerusform>%1: over from %2 to %3 (%4 days), %5 days counted, %n day over the limit — trip %6</numerusform>
                <numerusform>%1: over from %2 to %3 (%4 days), %5 days counted, %n days over the limit — trip %6</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: would go over from %2 to %3 (%4 days), %5 days counted, %n day(s) over the limit — planned trip %6</source>
            <translation>
                <numerusform>%1: would go over from %2 to %3 (%4 days), %5 days counted, %n day over the limit — planned trip %6</numerusform>
                <numerusform>%1: would go over from %2 to %3 (%4 days), %5 days counted, %n days over the limit — planned trip %6</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %3 — %n day(s) left</source>
            <translation>
                <numerusform>%1 (%2): %3 — %n day left</numerusform>
                <numerusform>%1 (%2): %3 — %n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 would push trip %5 over «%2» from %3: %4 days counted, %n day(s) over the limit.</source>
            <translation>
                <numerusform>%1 would push trip %5 over «%2» from %3: %4 days counted, %n day over the limit.</numerusform>
                <numerusform>%1 would push trip %5 over «%2» from %3: %4 days counted, %n days over the limit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 would go over «%2» from %3 on trip %5: %4 days counted, %n day(s) over the limit.</source>
            <translation>
                <numerusform>%1 would go over «%2» from %3 on trip %5: %4 days counted, %n day over the limit.</numerusform>
                <numerusform>%1 would go over «%2» from %3 on trip %5: %4 days counted, %n days over the limit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>goes over %1 on %2 by %n day(s) on this route</source>
            <translation>
                <numerusform>goes over %1 on %2 by %n day on this route</numerusform>
                <numerusform>goes over %1 on %2 by %n days on this route</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>pushes planned trip %3 over %1 on %2 by %n day(s)</source>
            <translation>
                <numerusform>pushes planned trip %3 over %1 on %2 by %n day</numerusform>
                <numerusform>pushes planned trip %3 over %1 on %2 by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>tight — %n day(s) left, fewer than the margin</source>
            <translation>
                <numerusform>tight — %n day left, fewer than the margin</numerusform>
                <numerusform>tight — %n days left, fewer than the margin</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ok — %n day(s) left after (%1)</source>
            <translation>
                <numerusform>ok — %n day left after (%1)</numerusform>
                <numerusform>ok — %n days left after (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>as of %1: %n finding(s)</source>
            <translation>
                <numerusform>as of %1: %n finding</numerusform>
                <numerusform>as of %1: %n findings</numerusform>
            </translation>
        </message>
    </context>
</TS>
