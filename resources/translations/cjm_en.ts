<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChannelsDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n map(s) will be deleted for good.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1  (%n rows, no match)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
