<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DutyMatrixDialog</name>
    <message numerus="yes">
        <source>{tier} (%n unit(s))</source>
        <translation>
            <numerusform>{tier} (%n unit)</numerusform>
            <numerusform>{tier} (%n units)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s) down</source>
        <translation>
            <numerusform>%n duty down</numerusform>
            <numerusform>%n duties down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) across</source>
        <translation>
            <numerusform>%n column across</numerusform>
            <numerusform>%n columns across</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyMatrixView</name>
    <message numerus="yes">
        <source>Filled %n cell(s).</source>
        <translation>
            <numerusform>Filled %n cell.</numerusform>
            <numerusform>Filled %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) as one step.</source>
        <translation>
            <numerusform>Pasted %n cell as one step.</numerusform>
            <numerusform>Pasted %n cells as one step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unknown code(s): {0}{1}. The legend has {2}.</source>
        <translation>
            <numerusform>Skipped %n unknown code: {0}{1}. The legend has {2}.</numerusform>
            <numerusform>Skipped %n unknown codes: {0}{1}. The legend has {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n tier</numerusform>
            <numerusform>%n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n tier</numerusform>
            <numerusform>%n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty(s)</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveUnitsDialog</name>
    <message numerus="yes">
        <source>Tier “%1” still has %n unit(s). Move them to another tier and remove the tier?</source>
        <translation>
            <numerusform>Tier “%1” still has %n unit. Move it to another tier and remove the tier?</numerusform>
            <numerusform>Tier “%1” still has %n units. Move them to another tier and remove the tier?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsWidget</name>
    <message numerus="yes">
        <source>%n pages wide</source>
        <translation>
            <numerusform>%n page wide</numerusform>
            <numerusform>%n pages wide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>The file was read, with %n problem(s). Every row that could be read is kept; the chart opens with these problems listed in the Problems panel, to fix there.</source>
        <translation>
            <numerusform>The file was read, with %n problem. Every row that could be read is kept; the chart opens with this problem listed in the Problems panel, to fix there.</numerusform>
            <numerusform>The file was read, with %n problems. Every row that could be read is kept; the chart opens with these problems listed in the Problems panel, to fix there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLegendDialog</name>
    <message numerus="yes">
        <source>Role %1 (%2) is given in %n assignment(s). Removing it clears them; Undo brings them back.</source>
        <translation>
            <numerusform>Role %1 (%2) is given in %n assignment. Removing it clears it; Undo brings it back.</numerusform>
            <numerusform>Role %1 (%2) is given in %n assignments. Removing it clears them; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierPage</name>
    <message numerus="yes">
        <source>%n unit(s) on this tier</source>
        <translation>
            <numerusform>%n unit on this tier</numerusform>
            <numerusform>%n units on this tier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TiersDock</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%n units selected</source>
        <translation>
            <numerusform>%n unit selected</numerusform>
            <numerusform>%n units selected</numerusform>
        </translation>
    </message>
</context>
</TS>
