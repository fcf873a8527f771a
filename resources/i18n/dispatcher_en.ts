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
        <name>Commands</name>
        <message numerus="yes">
            <source>Assign %n route(s)</source>
            <translation>
                <numerusform>Assign %n route</numerusform>
                <numerusform>Assign %n routes</numerusform>
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
        <name>MainWindowText</name>
        <message numerus="yes">
            <source>Delete %1 (%2) and their %n trip(s)? You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Delete %1 (%2) and their %n trip? You can undo this with Ctrl+Z.</numerusform>
                <numerusform>Delete %1 (%2) and their %n trips? You can undo this with Ctrl+Z.</numerusform>
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
        <name>PlannedText</name>
        <message numerus="yes">
            <source>%1 · %2 – %3 · %n day(s)
%4</source>
            <translation>
                <numerusform>%1 · %2 – %3 · %n day
%4</numerusform>
                <numerusform>%1 · %2 – %3 · %n days
%4</numerusform>
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
        <name>PlanningText</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n route(s) without a driver leave from %1 to %2.</source>
            <translation>
                <numerusform>%n route without a driver leave from %1 to %2.</numerusform>
                <numerusform>%n routes without a driver leave from %1 to %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drivers found for %n of them.</source>
            <translation>
                <numerusform>Drivers found for %n of them.</numerusform>
                <numerusform>Drivers found for %n of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %n ticked route(s)</source>
            <translation>
                <numerusform>Assign %n ticked route</numerusform>
                <numerusform>Assign %n ticked routes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewText</name>
        <message numerus="yes">
            <source>Added (%n)</source>
            <translation>
                <numerusform>Added (%n)</numerusform>
                <numerusform>Added (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed (%n)</source>
            <translation>
                <numerusform>Changed (%n)</numerusform>
                <numerusform>Changed (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refused (%n)</source>
            <translation>
                <numerusform>Refused (%n)</numerusform>
                <numerusform>Refused (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are refused. Nothing can be imported until the files are corrected: an import is all or nothing.</source>
            <translation>
                <numerusform>%n row are refused. Nothing can be imported until the files are corrected: an import is all or nothing.</numerusform>
                <numerusform>%n rows are refused. Nothing can be imported until the files are corrected: an import is all or nothing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportDialogText</name>
        <message numerus="yes">
            <source>%1 (%n page(s))</source>
            <translation>
                <numerusform>%1 (%n page)</numerusform>
                <numerusform>%1 (%n pages)</numerusform>
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
            <source>Permits ending (within %n day(s), or during a planned trip)</source>
            <translation>
                <numerusform>Permits ending (within %n day, or during a planned trip)</numerusform>
                <numerusform>Permits ending (within %n days, or during a planned trip)</numerusform>
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
        <name>RosterText</name>
        <message numerus="yes">
            <source>%1: may enter %2 from %3 for up to %n day(s)</source>
            <translation>
                <numerusform>%1: may enter %2 from %3 for up to %n day</numerusform>
                <numerusform>%1: may enter %2 from %3 for up to %n days</numerusform>
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
        <name>RulesText</name>
        <message numerus="yes">
            <source>any %n day(s)</source>
            <translation>
                <numerusform>any %n day</numerusform>
                <numerusform>any %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n state(s)</source>
            <translation>
                <numerusform>%n state</numerusform>
                <numerusform>%n states</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineText</name>
        <message numerus="yes">
            <source>Trip %1: %2 %3 – %4 (%n day(s))</source>
            <translation>
                <numerusform>Trip %1: %2 %3 – %4 (%n day)</numerusform>
                <numerusform>Trip %1: %2 %3 – %4 (%n days)</numerusform>
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
        <message numerus="yes">
            <source>a stay of %n day(s) never fits while the rule applies</source>
            <translation>
                <numerusform>a stay of %n day never fits while the rule applies</numerusform>
                <numerusform>a stay of %n days never fits while the rule applies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %1, up to %n day(s)</source>
            <translation>
                <numerusform>from %1, up to %n day</numerusform>
                <numerusform>from %1, up to %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>can enter %1 again from %2 for up to %n day(s)</source>
            <translation>
                <numerusform>can enter %1 again from %2 for up to %n day</numerusform>
                <numerusform>can enter %1 again from %2 for up to %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), until the rule stops applying</source>
            <translation>
                <numerusform>%n day, until the rule stops applying</numerusform>
                <numerusform>%n days, until the rule stops applying</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>tight — breaks nothing, but leaves %n day(s), fewer than the margin of %1</source>
            <translation>
                <numerusform>tight — breaks nothing, but leaves %n day, fewer than the margin of %1</numerusform>
                <numerusform>tight — breaks nothing, but leaves %n days, fewer than the margin of %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
