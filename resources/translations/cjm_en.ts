<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChannelsDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation>
                <numerusform>%1 is used by %n card or persona; it will have no channel. Remove it?</numerusform>
                <numerusform>%1 is used by %n cards or personas; they will have no channel. Remove it?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map compared with “%1”: %n changes</source>
            <translation>
                <numerusform>The map compared with “%1”: %n change</numerusform>
                <numerusform>The map compared with “%1”: %n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiskMerge</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1; %n conflicts are notes in the map</source>
            <translation>
                <numerusform>Merged the changes from %1; %n conflict is a note in the map</numerusform>
                <numerusform>Merged the changes from %1; %n conflicts are notes in the map</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</source>
            <translation>
                <numerusform>Delete the selected stages and lanes with their %n card? (Undo brings them back.)</numerusform>
                <numerusform>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%Ln pages</source>
            <translation>
                <numerusform>%Ln page</numerusform>
                <numerusform>%Ln pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix: %Ln pages at the end</source>
            <translation>
                <numerusform>Evidence appendix: %Ln page at the end</numerusform>
                <numerusform>Evidence appendix: %Ln pages at the end</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Title, overview and %n stage slides with editable text</source>
            <translation>
                <numerusform>Title, overview and %n stage slide with editable text</numerusform>
                <numerusform>Title, overview and %n stage slides with editable text</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSpec</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</source>
            <translation>
                <numerusform>cell %1 names the touchpoint '%2', but %n card of that stage has this text. Rename one of them so each touchpoint has its own name.</numerusform>
                <numerusform>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names '%2', which %n personas share. Use a persona's own name.</source>
            <translation>
                <numerusform>cell %1 names '%2', which %n persona has. Use a persona's own name.</numerusform>
                <numerusform>cell %1 names '%2', which %n personas share. Use a persona's own name.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no stage name</source>
            <translation>
                <numerusform>%n row with no stage name</numerusform>
                <numerusform>%n rows with no stage name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows for stages you chose to skip</source>
            <translation>
                <numerusform>%n row for stages you chose to skip</numerusform>
                <numerusform>%n rows for stages you chose to skip</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n cells that are not numbers</source>
            <translation>
                <numerusform>%n cell that is not a number</numerusform>
                <numerusform>%n cells that are not numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with a missing or unreadable date</source>
            <translation>
                <numerusform>%n row with a missing or unreadable date</numerusform>
                <numerusform>%n rows with a missing or unreadable date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no metric name</source>
            <translation>
                <numerusform>%n row with no metric name</numerusform>
                <numerusform>%n rows with no metric name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n columns without any numbers</source>
            <translation>
                <numerusform>%n column without any numbers</numerusform>
                <numerusform>%n columns without any numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose touchpoint matches no card of their stage</source>
            <translation>
                <numerusform>%n row whose touchpoint matches no card of its stage</numerusform>
                <numerusform>%n rows whose touchpoint matches no card of their stage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose persona matches no persona or segment</source>
            <translation>
                <numerusform>%n row whose persona matches no persona or segment</numerusform>
                <numerusform>%n rows whose persona matches no persona or segment</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>'%1' (%n rows)</source>
            <translation>
                <numerusform>'%1' (%n row)</numerusform>
                <numerusform>'%1' (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n item selected</numerusform>
                <numerusform>%n items selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Lane, %n cards in this stage</source>
            <translation>
                <numerusform>Lane, %n card in this stage</numerusform>
                <numerusform>Lane, %n cards in this stage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n evidence item</numerusform>
                <numerusform>%n evidence items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n maps will be deleted for good.</source>
            <translation>
                <numerusform>The unsaved changes of %n map will be deleted for good.</numerusform>
                <numerusform>The unsaved changes of %n maps will be deleted for good.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 (%n rows, no match)</source>
            <translation>
                <numerusform>%1 (%n row, no match)</numerusform>
                <numerusform>%1 (%n rows, no match)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n stages</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n lanes</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>Addressed by %n</source>
            <translation>
                <numerusform>Addressed by %n</numerusform>
                <numerusform>Addressed by %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ %n pain points</source>
            <translation>
                <numerusform>→ %n pain point</numerusform>
                <numerusform>→ %n pain points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation>
                <numerusform>%1: %n metric (%2); stages with values: %3</numerusform>
                <numerusform>%1: %n metrics (%2); stages with values: %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation>
                <numerusform>Remove %n channel</numerusform>
                <numerusform>Remove %n channels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation>
                <numerusform>Move %n card</numerusform>
                <numerusform>Move %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>Duplicate %n card</numerusform>
                <numerusform>Duplicate %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation>
                <numerusform>Delete %n stage</numerusform>
                <numerusform>Delete %n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation>
                <numerusform>Delete %n lane</numerusform>
                <numerusform>Delete %n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation>
                <numerusform>Paste %n card</numerusform>
                <numerusform>Paste %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation>
                <numerusform>Delete %n card</numerusform>
                <numerusform>Delete %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation>
                <numerusform>Delete %n metric</numerusform>
                <numerusform>Delete %n metrics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation>
                <numerusform>Delete %n persona</numerusform>
                <numerusform>Delete %n personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation>
                <numerusform>stages %1 out of range: the map has %n stage</numerusform>
                <numerusform>stages %1 out of range: the map has %n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation>
                <numerusform>%n slide</numerusform>
                <numerusform>%n slides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation>
                <numerusform>Delete %n route</numerusform>
                <numerusform>Delete %n routes</numerusform>
            </translation>
        </message>
    </context>
</TS>
