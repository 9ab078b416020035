<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="71" />
            <source>What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane</source>
            <translation>Ce a spus sala? Enter adaugă, Esc închide, ↑/↓ schimbă rândul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="112" />
            <source>Into %s:</source>
            <translation>În %s:</translation>
        </message>
    </context>
    <context>
        <name>ChangedOnDiskBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="412" />
            <source>&amp;Reload</source>
            <translation>&amp;Reîncarcă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="413" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Păstrează versiunea mea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="429" />
            <source>“%s” was changed by another program.</source>
            <translation>„%s” a fost modificat de alt program.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="431" />
            <source>Reloading discards your unsaved changes.</source>
            <translation>Reîncărcarea renunță la modificările nesalvate.</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="28" />
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="30" />
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="32" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="34" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="37" />
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="40" />
            <source>Dup&amp;licate</source>
            <translation>D&amp;uplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="43" />
            <source>&amp;Delete</source>
            <translation>&amp;Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="47" />
            <source>Select &amp;all cards</source>
            <translation>Selectează t&amp;oate cardurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="49" />
            <source>&amp;Edit text</source>
            <translation>&amp;Editează textul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="51" />
            <source>New &amp;card</source>
            <translation>&amp;Card nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="55" />
            <source>New &amp;stage</source>
            <translation>Etapă &amp;nouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="57" />
            <source>New &amp;lane</source>
            <translation>&amp;Rând nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="97" />
            <source>Cut</source>
            <translation>Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="132" />
            <source>Paste</source>
            <translation>Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="169" />
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="159" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="240" />
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="256" />
            <source>Rename</source>
            <translation>Redenumește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="242" />
            <source>Insert stage before</source>
            <translation>Inserează o etapă înainte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="243" />
            <source>Insert stage after</source>
            <translation>Inserează o etapă după</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="246" />
            <source>Move left</source>
            <translation>Mută la stânga</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="249" />
            <source>Move right</source>
            <translation>Mută la dreapta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="132" />
            <source>Nothing was pasted: %s.</source>
            <translation>Nu s-a lipit nimic: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="259" />
            <source>Move up</source>
            <translation>Mută în sus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="262" />
            <source>Move down</source>
            <translation>Mută în jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="160" />
            <source>Delete the selected stages and lanes with their %d cards? (Undo brings them back.)</source>
            <translation>Ștergeți etapele și rândurile selectate împreună cu cele %d carduri ale lor? (Anularea le readuce.)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="273" />
            <source>New card here</source>
            <translation>Card nou aici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" line="274" />
            <source>Paste here</source>
            <translation>Lipește aici</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="23" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="28" />
            <source>Copy &amp;map as image</source>
            <translation>Copiază &amp;harta ca imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="30" />
            <source>Copy selection as &amp;image</source>
            <translation>Copiază selecția ca &amp;imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="102" />
            <source>Select cards or stages to copy them as an image</source>
            <translation>Selectați carduri sau etape pentru a le copia ca imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="55" />
            <source>Exported %s</source>
            <translation>Exportat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" line="107" />
            <source>Copied an image of %1 × %2 pixels</source>
            <translation>A fost copiată o imagine de %1 × %2 pixeli</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="56" />
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="358" />
            <source>Export map</source>
            <translation>Exportă harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="77" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="87" />
            <source>&amp;What:</source>
            <translation>&amp;Ce:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="89" />
            <source>e.g. 2-4 or 1,3</source>
            <translation>de ex. 2-4 sau 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="90" />
            <source>S&amp;tages:</source>
            <translation>&amp;Etape:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="91" />
            <source>Add a title block (title, date, personas)</source>
            <translation>Adaugă un bloc de titlu (titlu, dată, persone)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="94" />
            <source>Image</source>
            <translation>Imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="96" />
            <source>Scale</source>
            <translation>Scară</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="97" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="104" />
            <source>Size:</source>
            <translation>Dimensiune:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="106" />
            <source>White</source>
            <translation>Alb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="107" />
            <source>Transparent</source>
            <translation>Transparent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="108" />
            <source>&amp;Background:</source>
            <translation>Fun&amp;dal:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="110" />
            <source>Pages</source>
            <translation>Pagini</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="126" />
            <source>Page &amp;size:</source>
            <translation>Dimensiunea &amp;paginii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="128" />
            <source>Landscape</source>
            <translation>Peisaj</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="129" />
            <source>Portrait</source>
            <translation>Portret</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="130" />
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="132" />
            <source>&amp;Margins:</source>
            <translation>&amp;Margini:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="147" />
            <source>Layout:</source>
            <translation>Aranjare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="149" />
            <source>Poster size:</source>
            <translation>Dimensiunea posterului:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="151" />
            <source>O&amp;verlap:</source>
            <translation>Suprapu&amp;nere:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="152" />
            <source>Crop marks</source>
            <translation>Semne de tăiere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="176" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="334" />
            <source>1 page</source>
            <translation>1 pagină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="347" />
            <source>PNG images (*.png)</source>
            <translation>Imagini PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="348" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documente PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="349" />
            <source>SVG images (*.svg)</source>
            <translation>Imagini SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="377" />
            <source>Exporting…</source>
            <translation>Se exportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="377" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="72" />
            <source>PNG image</source>
            <translation>Imagine PNG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="73" />
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="74" />
            <source>SVG vector image</source>
            <translation>Imagine vectorială SVG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="80" />
            <source>Whole map</source>
            <translation>Toată harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="81" />
            <source>Selected stages</source>
            <translation>Etapele selectate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="82" />
            <source>Current view</source>
            <translation>Vederea curentă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="83" />
            <source>Persona profiles</source>
            <translation>Profilurile personelor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="119" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="120" />
            <source>Tabloid</source>
            <translation>Tabloid</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="121" />
            <source>Slide 16:9</source>
            <translation>Diapozitiv 16:9</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="122" />
            <source>Fit to content</source>
            <translation>Potrivit conținutului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="211" />
            <source>Persona profiles cannot be exported in this build</source>
            <translation>Profilurile personelor nu pot fi exportate în această versiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="305" />
            <source>Scalable vector image</source>
            <translation>Imagine vectorială scalabilă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="137" />
            <source>One page, fitted</source>
            <translation>O singură pagină, potrivită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="138" />
            <source>Poster tiled across pages</source>
            <translation>Poster pe mai multe pagini</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="139" />
            <source>One page per stage (slides)</source>
            <translation>O pagină pe etapă (diapozitive)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="214" />
            <source>The map has no personas</source>
            <translation>Harta nu are persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="336" />
            <source>%1 pages</source>
            <translation>%1 pagini</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="374" />
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="393" />
            <source>Export failed</source>
            <translation>Exportul a eșuat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="339" />
            <source>(first %1 shown)</source>
            <translation>(sunt afișate primele %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" line="300" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixeli</translation>
        </message>
    </context>
    <context>
        <name>FindActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="312" />
            <source>&amp;Find…</source>
            <translation>&amp;Găsește…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="315" />
            <source>Find &amp;next</source>
            <translation>Găsește ur&amp;mătorul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="318" />
            <source>Find pre&amp;vious</source>
            <translation>Găsește &amp;precedentul</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="117" />
            <source>Find on the map</source>
            <translation>Caută pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="123" />
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Rezultatul anterior (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="125" />
            <source>Next match (Enter, F3)</source>
            <translation>Rezultatul următor (Enter, F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="126" />
            <source>Close (Esc)</source>
            <translation>Închide (Esc)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="302" />
            <source>Match in persona “%s”</source>
            <translation>Găsit în persona „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="244" />
            <source>No matches</source>
            <translation>Niciun rezultat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="276" />
            <source>emotion note at “%s”</source>
            <translation>notă de emoție la „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" line="247" />
            <source>%1 of %2</source>
            <translation>%1 din %2</translation>
        </message>
    </context>
    <context>
        <name>ImageEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" line="94" />
            <source>Choose picture…</source>
            <translation>Alege o imagine…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" line="95" />
            <source>Remove picture</source>
            <translation>Elimină imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" line="115" />
            <source>No picture</source>
            <translation>Fără imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" line="122" />
            <source>The picture is damaged</source>
            <translation>Imaginea este deteriorată</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="461" />
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="529" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="494" />
            <source>Reading was cancelled.</source>
            <translation>Citirea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="530" />
            <source>The metrics could not be imported; the map is unchanged.

%s</source>
            <translation>Metricile nu au putut fi importate; harta nu s-a schimbat.

%s</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="47" />
            <source>1 low</source>
            <translation>1 scăzut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="48" />
            <source>2 medium</source>
            <translation>2 mediu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="49" />
            <source>3 high</source>
            <translation>3 ridicat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="95" />
            <source>For personas</source>
            <translation>Pentru persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="97" />
            <source>Linked personas</source>
            <translation>Persone asociate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="121" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="122" />
            <location filename="../../cjm_desktop/ui/inspector.py" line="132" />
            <source>Description</source>
            <translation>Descriere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="123" />
            <location filename="../../cjm_desktop/ui/inspector.py" line="102" />
            <source>Colour</source>
            <translation>Culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="126" />
            <location filename="../../cjm_desktop/ui/inspector.py" line="130" />
            <source>Title</source>
            <translation>Titlu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="127" />
            <source>Kind</source>
            <translation>Tip</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="131" />
            <source>Goals and scope</source>
            <translation>Obiective și domeniu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="55" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="101" />
            <source>Tags (comma separated)</source>
            <translation>Etichete (separate prin virgulă)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="110" />
            <source>Label</source>
            <translation>Etichetă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="113" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="192" />
            <source>Map</source>
            <translation>Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="321" />
            <source>Choose a colour</source>
            <translation>Alegeți o culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="354" />
            <source>Set picture</source>
            <translation>Setează imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="59" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="63" />
            <source>Online / offline</source>
            <translation>Online / offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="71" />
            <source>Moment of truth</source>
            <translation>Moment al adevărului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="74" />
            <source>Severity</source>
            <translation>Gravitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="77" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="78" />
            <source>Effort</source>
            <translation>Efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="82" />
            <source>Who said it</source>
            <translation>Cine a spus-o</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="85" />
            <source>Source</source>
            <translation>Sursă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="89" />
            <source>Date</source>
            <translation>Dată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="92" />
            <source>Picture</source>
            <translation>Imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="175" />
            <source>Route</source>
            <translation>Traseu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="186" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="188" />
            <source>Lane</source>
            <translation>Rând</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" line="191" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n element selectat</numerusform>
                <numerusform>%n elemente selectate</numerusform>
                <numerusform>%n de elemente selectate</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="315" />
            <source>Edit %s</source>
            <translation>Editează: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="325" />
            <source>Change colour</source>
            <translation>Schimbă culoarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="339" />
            <source>Choose a picture</source>
            <translation>Alegeți o imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="341" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Imagini (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="362" />
            <source>Remove picture</source>
            <translation>Elimină imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="115" />
            <source>Everyone (neutral)</source>
            <translation>Toți (neutru)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="183" />
            <source>Card · %s</source>
            <translation>Card · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="351" />
            <source>Could not use the picture</source>
            <translation>Imaginea nu a putut fi folosită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="67" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="68" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" line="286" />
            <source>Default</source>
            <translation>Implicit</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" line="172" />
            <source>Edit card text</source>
            <translation>Editează textul cardului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" line="173" />
            <source>Rename stage</source>
            <translation>Redenumește etapa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" line="174" />
            <source>Rename lane</source>
            <translation>Redenumește rândul</translation>
        </message>
    </context>
    <context>
        <name>KindsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" line="44" />
            <source>New from &amp;template…</source>
            <translation>Hartă nouă din &amp;șablon…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" line="47" />
            <source>Start a map from a ready-made journey with lanes, content and a persona</source>
            <translation>Începeți o hartă dintr-o călătorie a clientului gata făcută, cu rânduri, conținut și o persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" line="55" />
            <source>Draw &amp;route</source>
            <translation>&amp;Desenează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" line="61" />
            <source>Connect touchpoints with arrows to show a persona's route across channels</source>
            <translation>Legați punctele de contact cu săgeți pentru a arăta traseul unei persone prin canale</translation>
        </message>
    </context>
    <context>
        <name>LayoutPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="141" />
            <source>Layout</source>
            <translation>Aranjare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="143" />
            <source>Check the header row and how the sheet is laid out. The bold row is the header.</source>
            <translation>Verificați rândul de antet și cum este aranjată foaia. Rândul îngroșat este antetul.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="149" />
            <source>No header row</source>
            <translation>Fără rând de antet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="167" />
            <source>Per metric (sum for counts, mean otherwise)</source>
            <translation>Pe metrică (sumă pentru numărători, altfel medie)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="176" />
            <source>Header row:</source>
            <translation>Rând de antet:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="177" />
            <source>Layout:</source>
            <translation>Aranjare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="178" />
            <source>Stage column:</source>
            <translation>Coloana etapei:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="179" />
            <source>Metric name column:</source>
            <translation>Coloana cu numele metricii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="180" />
            <source>Value column:</source>
            <translation>Coloana valorii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="181" />
            <source>Date column:</source>
            <translation>Coloana datei:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="182" />
            <source>Several rows per stage:</source>
            <translation>Mai multe rânduri pe etapă:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="154" />
            <source>One row per stage</source>
            <translation>Un rând pe etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="155" />
            <source>One column per stage</source>
            <translation>O coloană pe etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="156" />
            <source>Stage, metric, value rows</source>
            <translation>Rânduri etapă, metrică, valoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="271" />
            <source>No column with numbers was found: check the header row and the layout.</source>
            <translation>Nu s-a găsit nicio coloană cu numere: verificați rândul de antet și aranjarea.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="242" />
            <source>(none)</source>
            <translation>(niciuna)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="34" />
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Hărți ale călătoriei clientului (*.cjm);;Toate fișierele (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="59" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="60" />
            <source>History</source>
            <translation>Istoric</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="86" />
            <source>&amp;File</source>
            <translation>&amp;Fișier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="88" />
            <source>&amp;New map</source>
            <translation>Hartă &amp;nouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="90" />
            <source>New from sa&amp;mple map</source>
            <translation>Hartă nouă din &amp;exemplu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="93" />
            <source>New &amp;window</source>
            <translation>Fereastră no&amp;uă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="97" />
            <source>&amp;Open…</source>
            <translation>&amp;Deschide…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="98" />
            <source>Open &amp;recent</source>
            <translation>Deschide &amp;recente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="101" />
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="102" />
            <source>Save &amp;as…</source>
            <translation>Salvează c&amp;a…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="106" />
            <source>&amp;Close window</source>
            <translation>În&amp;chide fereastra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="108" />
            <source>&amp;Quit</source>
            <translation>&amp;Ieșire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="112" />
            <source>&amp;Edit</source>
            <translation>&amp;Editare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="120" />
            <source>&amp;Insert</source>
            <translation>&amp;Inserare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="125" />
            <source>&amp;View</source>
            <translation>&amp;Vizualizare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="130" />
            <source>Zoom &amp;out</source>
            <translation>Mi&amp;cșorează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="132" />
            <source>Zoom to &amp;fit</source>
            <translation>&amp;Potrivește în fereastră</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="133" />
            <source>&amp;Actual size</source>
            <translation>Mărime re&amp;ală</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="138" />
            <source>&amp;Map</source>
            <translation>&amp;Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="140" />
            <source>&amp;Help</source>
            <translation>&amp;Ajutor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="141" />
            <source>&amp;About cjm-desktop</source>
            <translation>&amp;Despre cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="143" />
            <source>Main</source>
            <translation>Principală</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="195" />
            <source>Unsaved changes</source>
            <translation>Modificări nesalvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="245" />
            <source>Open journey map</source>
            <translation>Deschide harta călătoriei clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="283" />
            <source>Save journey map</source>
            <translation>Salvează harta călătoriei clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="328" />
            <source>About cjm-desktop</source>
            <translation>Despre cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="196" />
            <source>Save the changes to “%s” before closing?</source>
            <translation>Salvați modificările din „%s” înainte de închidere?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="305" />
            <source>Saved %s</source>
            <translation>Salvat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="329" />
            <source>cjm-desktop %s
An offline editor for customer journey maps.</source>
            <translation>cjm-desktop %s
Un editor offline pentru hărțile călătoriei clientului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="127" />
            <source>Zoom &amp;in</source>
            <translation>Mă&amp;rește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="235" />
            <source>Could not open the sample map</source>
            <translation>Harta exemplu nu a putut fi deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="261" />
            <source>Could not open the map</source>
            <translation>Harta nu a putut fi deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="300" />
            <source>Could not save the map</source>
            <translation>Harta nu a putut fi salvată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" line="322" />
            <source>(none)</source>
            <translation>(niciunul)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" line="219" />
            <source>Could not open the template</source>
            <translation>Șablonul nu a putut fi deschis</translation>
        </message>
    </context>
    <context>
        <name>MetricsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="32" />
            <source>&amp;Import metrics…</source>
            <translation>&amp;Importă metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="35" />
            <source>&amp;Refresh metrics</source>
            <translation>&amp;Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="38" />
            <source>E&amp;xport metrics workbook…</source>
            <translation>E&amp;xportă registrul de metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="41" />
            <source>Lay numbers from a spreadsheet over the stages</source>
            <translation>Așezați numerele dintr-o foaie de calcul peste etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="44" />
            <source>Re-read the spreadsheet the metrics came from</source>
            <translation>Recitiți foaia de calcul din care provin metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="47" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="58" />
            <source>&amp;Metrics dock</source>
            <translation>Panoul de &amp;metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="121" />
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="134" />
            <source>Export metrics workbook</source>
            <translation>Exportă registrul de metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="123" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Registru Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="98" />
            <source>Imported %d metrics. Ctrl+Z undoes the import.</source>
            <translation>Au fost importate %d metrici. Ctrl+Z anulează importul.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="139" />
            <source>Exported %s</source>
            <translation>Exportat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" line="135" />
            <source>The workbook could not be written:
%s

%s</source>
            <translation>Registrul nu a putut fi scris:
%s

%s</translation>
        </message>
    </context>
    <context>
        <name>MetricsChart</name>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" line="31" />
            <source>No metrics yet: Map ▸ Import metrics…</source>
            <translation>Încă nu există metrici: Hartă ▸ Importă metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" line="50" />
            <source>Metric:</source>
            <translation>Metrică:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" line="167" />
            <source>%s over time</source>
            <translation>%s în timp</translation>
        </message>
    </context>
    <context>
        <name>MetricsPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="288" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="290" />
            <source>Guessed from the column names and cell formats. Untick a metric to leave it out. Targets are typed as shown (40 for 40 %, seconds for durations).</source>
            <translation>Deduse din numele coloanelor și formatele celulelor. Debifați o metrică pentru a o omite. Țintele se scriu așa cum sunt afișate (40 pentru 40 %, secunde pentru durate).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="351" />
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="358" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="359" />
            <source>Tick at least one metric to import.</source>
            <translation>Bifați cel puțin o metrică de importat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="352" />
            <source>The target of %s is not a number.</source>
            <translation>Ținta pentru %s nu este un număr.</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="33" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="42" />
            <source>&amp;Personas…</source>
            <translation>&amp;Persone…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="44" />
            <source>Create and edit the personas of this map</source>
            <translation>Creați și editați personele acestei hărți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="46" />
            <source>Add &amp;persona</source>
            <translation>Adaugă &amp;persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="52" />
            <source>Persona &amp;curves</source>
            <translation>C&amp;urbele personelor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="60" />
            <source>Fade out what belongs to other personas</source>
            <translation>Estompează ce ține de alte persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="64" />
            <source>Highlight persona: </source>
            <translation>Evidențiază persona: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="121" />
            <source>All</source>
            <translation>Toate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="167" />
            <source>Emotion note</source>
            <translation>Notă de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="168" />
            <source>Why does %s feel this way at “%s”?</source>
            <translation>De ce se simte %s așa la „%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="125" />
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="145" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" line="141" />
            <source>(no personas)</source>
            <translation>(nicio persona)</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" line="57" />
            <source>No personas yet (Map ▸ Personas…)</source>
            <translation>Încă nu există persone (Hartă ▸ Persone…)</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="61" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Imagini (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="48" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="49" />
            <source>Role / occupation</source>
            <translation>Rol / ocupație</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="50" />
            <source>Age</source>
            <translation>Vârstă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="51" />
            <source>Location</source>
            <translation>Localitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="54" />
            <source>Background</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="55" />
            <source>Goals</source>
            <translation>Obiective</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="56" />
            <source>Motivations</source>
            <translation>Motivații</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="57" />
            <source>Frustrations</source>
            <translation>Frustrări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="58" />
            <source>Behaviours</source>
            <translation>Comportamente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="59" />
            <source>Characteristic quote</source>
            <translation>Citat caracteristic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="88" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Bifați o persona pentru a-i afișa curba emoțiilor pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="91" />
            <source>Add</source>
            <translation>Adaugă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="92" />
            <source>Duplicate</source>
            <translation>Duplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="93" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="130" />
            <source>From file…</source>
            <translation>Din fișier…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="131" />
            <source>Paste</source>
            <translation>Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="132" />
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="143" />
            <source>Photo</source>
            <translation>Fotografie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="160" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="163" />
            <source>Colour</source>
            <translation>Culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="184" />
            <source>Preferred channels</source>
            <translation>Canale preferate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="350" />
            <source>Persona colour</source>
            <translation>Culoarea personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="358" />
            <source>Choose a photo</source>
            <translation>Alegeți o fotografie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="216" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="403" />
            <source>The photo was not added. %s</source>
            <translation>Fotografia nu a fost adăugată. %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="380" />
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="385" />
            <source>pasted image</source>
            <translation>imagine lipită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" line="388" />
            <source>The clipboard holds no image. Copy a picture first.</source>
            <translation>Clipboardul nu conține nicio imagine. Copiați mai întâi o imagine.</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" line="72" />
            <source>Presentation — %s</source>
            <translation>Prezentare — %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" line="113" />
            <source>Workshop controls</source>
            <translation>Comenzi pentru atelier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" line="510" />
            <source>Overview</source>
            <translation>Privire de ansamblu</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="44" />
            <source>Recover unsaved maps</source>
            <translation>Recuperează hărțile nesalvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="47" />
            <source>cjm-desktop did not close properly last time. These maps had changes that were not saved:</source>
            <translation>cjm-desktop nu s-a închis corect data trecută. Aceste hărți aveau modificări nesalvate:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="74" />
            <source>Restored maps open with their changes unsaved; save them to keep them.</source>
            <translation>Hărțile restaurate se deschid cu modificările nesalvate; salvați-le pentru a le păstra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="81" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="84" />
            <source>&amp;Discard</source>
            <translation>Re&amp;nunță</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="87" />
            <source>&amp;Later</source>
            <translation>Mai &amp;târziu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="115" />
            <source>Discard recovered work?</source>
            <translation>Renunțați la munca recuperată?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="58" />
            <source>Map</source>
            <translation>Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="59" />
            <source>Original file</source>
            <translation>Fișierul original</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="60" />
            <source>Last autosaved</source>
            <translation>Ultima salvare automată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="65" />
            <source>(never saved)</source>
            <translation>(niciodată salvată)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="116" />
            <source>The unsaved changes of %d map(s) will be deleted for good.</source>
            <translation>Modificările nesalvate din %d hartă/hărți vor fi șterse definitiv.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" line="134" />
            <source>Could not restore the map</source>
            <translation>Harta nu a putut fi restaurată</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="373" />
            <source>File changed on disk</source>
            <translation>Fișierul s-a schimbat pe disc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="241" />
            <source>Could not write the recovery copy: %s</source>
            <translation>Copia de recuperare nu a putut fi scrisă: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="342" />
            <source>Reload the map?</source>
            <translation>Reîncărcați harta?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="359" />
            <source>Reloaded %s</source>
            <translation>Reîncărcat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="374" />
            <source>“%s” was changed by another program since you opened or saved it.
Overwrite it with your version? The other version is kept as a .bak file.</source>
            <translation>„%s” a fost modificat de alt program de când l-ați deschis sau salvat.
Îl suprascrieți cu versiunea dvs.? Cealaltă versiune se păstrează ca fișier .bak.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="343" />
            <source>Reloading “%s” discards your unsaved changes, and they cannot be undone.</source>
            <translation>Reîncărcarea „%s” renunță la modificările nesalvate, iar acest lucru nu poate fi anulat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" line="356" />
            <source>Could not reload the map</source>
            <translation>Harta nu a putut fi reîncărcată</translation>
        </message>
    </context>
    <context>
        <name>RefreshDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="54" />
            <source>Refresh metrics</source>
            <translation>Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="72" />
            <source>Apply</source>
            <translation>Aplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="75" />
            <source>Locate…</source>
            <translation>Localizează…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="117" />
            <source>Locate the metrics source</source>
            <translation>Localizați sursa metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="172" />
            <source>added</source>
            <translation>adăugată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="173" />
            <source>removed</source>
            <translation>eliminată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="174" />
            <source>changed</source>
            <translation>modificată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="61" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="62" />
            <source>Metric</source>
            <translation>Metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="63" />
            <source>Before</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="64" />
            <source>After</source>
            <translation>După</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="65" />
            <source>Change</source>
            <translation>Schimbare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="91" />
            <source>This map has no metrics source yet. Use Map ▸ Import metrics… first.</source>
            <translation>Această hartă nu are încă o sursă de metrici. Folosiți mai întâi Hartă ▸ Importă metrici….</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="106" />
            <source>Reading %s…</source>
            <translation>Se citește %s…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="134" />
            <source>The source could not be read: %s
%s</source>
            <translation>Sursa nu a putut fi citită: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="98" />
            <source>The source file was not found:
%s

It may have been moved, renamed or deleted. Locate it to refresh from its new place.</source>
            <translation>Fișierul sursă nu a fost găsit:
%s

Este posibil să fi fost mutat, redenumit sau șters. Localizați-l pentru a reîmprospăta din noul loc.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="151" />
            <source>The source now has stages that match no stage of the map: %s.
Use Map ▸ Import metrics… to assign them.</source>
            <translation>Sursa are acum etape care nu corespund niciunei etape a hărții: %s.
Folosiți Hartă ▸ Importă metrici… pentru a le atribui.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="191" />
            <source>%d values change in %s.</source>
            <translation>%d valori se schimbă în %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="193" />
            <source>The metrics are up to date: nothing changed in %s.</source>
            <translation>Metricile sunt la zi: nimic nu s-a schimbat în %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="197" />
            <source>New metrics: %s.</source>
            <translation>Metrici noi: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="200" />
            <source>Left out: %s.</source>
            <translation>Omise: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="145" />
            <source>The source has changed and no longer fits the import: %s
%s</source>
            <translation>Sursa s-a schimbat și nu se mai potrivește cu importul: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" line="217" />
            <source>The metrics could not be refreshed; the map is unchanged.
%s</source>
            <translation>Metricile nu au putut fi reîmprospătate; harta nu s-a schimbat.
%s</translation>
        </message>
    </context>
    <context>
        <name>RouteTool</name>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="65" />
            <source>Draw route: click a touchpoint card, then the next one. Esc to finish.</source>
            <translation>Desenează traseul: faceți clic pe un card de punct de contact, apoi pe următorul. Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="88" />
            <source>Route cancelled. Click a touchpoint card to start another, Esc to finish.</source>
            <translation>Traseu anulat. Faceți clic pe un card de punct de contact pentru altul, Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="157" />
            <source>Now click the touchpoint the customer goes to next.</source>
            <translation>Acum faceți clic pe punctul de contact la care ajunge clientul în continuare.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="163" />
            <source>These two touchpoints are already connected.</source>
            <translation>Aceste două puncte de contact sunt deja legate.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="166" />
            <source>Route drawn. Click the next touchpoint to continue, Esc to finish.</source>
            <translation>Traseu desenat. Faceți clic pe următorul punct de contact pentru a continua, Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" line="148" />
            <source>Routes connect touchpoint cards: click a card in a touchpoints lane.</source>
            <translation>Traseele leagă carduri de puncte de contact: faceți clic pe un card dintr-un rând de puncte de contact.</translation>
        </message>
    </context>
    <context>
        <name>SheetReading</name>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" line="21" />
            <source>Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)</source>
            <translation>Registre Excel (*.xlsx *.xlsm *.xlsb *.xls)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" line="22" />
            <source>LibreOffice (*.ods)</source>
            <translation>LibreOffice (*.ods)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" line="23" />
            <source>Text tables (*.csv *.tsv *.txt)</source>
            <translation>Tabele text (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" line="24" />
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" line="20" />
            <source>Spreadsheets (%s)</source>
            <translation>Foi de calcul (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" line="73" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" line="78" />
            <source>Reading spreadsheet</source>
            <translation>Se citește foaia de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" line="72" />
            <source>Reading %s…</source>
            <translation>Se citește %s…</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="68" />
            <source>Spreadsheet</source>
            <translation>Foaie de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="70" />
            <source>Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.</source>
            <translation>Alegeți un fișier Excel, LibreOffice sau CSV exportat din instrumente de analiză, CRM sau sondaje.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="76" />
            <source>Path to a .xlsx, .xls, .ods, .csv … file</source>
            <translation>Calea către un fișier .xlsx, .xls, .ods, .csv …</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="78" />
            <source>Browse…</source>
            <translation>Răsfoiește…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="90" />
            <source>File:</source>
            <translation>Fișier:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="91" />
            <source>Sheet:</source>
            <translation>Foaie:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="97" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="113" />
            <source>%d rows × %d columns read from “%s”.</source>
            <translation>Au fost citite %d rânduri × %d coloane din „%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="119" />
            <source>Text file: encoding %s, delimiter “%s”.</source>
            <translation>Fișier text: codificare %s, separator „%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="128" />
            <source>Could not read this file.</source>
            <translation>Acest fișier nu a putut fi citit.</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="371" />
            <source>Stages</source>
            <translation>Etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="373" />
            <source>Stage names were matched ignoring case, accents and spacing. Decide what happens to the ones that match no stage of the map.</source>
            <translation>Numele etapelor au fost potrivite ignorând majusculele, diacriticele și spațiile. Decideți ce se întâmplă cu cele care nu corespund niciunei etape a hărții.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="381" />
            <source>In the spreadsheet</source>
            <translation>În foaia de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="381" />
            <source>On the map</source>
            <translation>Pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="412" />
            <source>Skip these rows</source>
            <translation>Omite aceste rânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="437" />
            <source>Every sheet stage has a place on the map.</source>
            <translation>Fiecare etapă din foaie are un loc pe hartă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="400" />
            <source>%s  (%d rows, no match)</source>
            <translation>%s  (%d rânduri, nicio potrivire)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="408" />
            <source>— choose —</source>
            <translation>— alegeți —</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="411" />
            <source>Create new stage “%s”</source>
            <translation>Creează etapa nouă „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="430" />
            <source>&lt;b&gt;Still to decide:&lt;/b&gt; %s</source>
            <translation>&lt;b&gt;Rămâne de decis:&lt;/b&gt; %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" line="433" />
            <source>Left out: %s</source>
            <translation>Omise: %s</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" line="109" />
            <source>New from template</source>
            <translation>Hartă nouă din șablon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" line="199" />
            <source>This template cannot be read.</source>
            <translation>Acest șablon nu poate fi citit.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" line="203" />
            <source>%d stages · %d lanes · %d cards</source>
            <translation>%d etape · %d rânduri · %d carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" line="205" />
            <source>Persona: %s</source>
            <translation>Persona: %s</translation>
        </message>
    </context>
    <context>
        <name>TimerLabel</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" line="108" />
            <source>Workshop timer: T starts and stops it</source>
            <translation>Cronometrul atelierului: T îl pornește și îl oprește</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="40" />
            <source>Dots per participant</source>
            <translation>Buline per participant</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="41" />
            <source>Dots per participant:</source>
            <translation>Buline per participant:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="50" />
            <source>Next participant</source>
            <translation>Participantul următor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="58" />
            <source>Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.</source>
            <translation>Faceți clic pe un card pentru a adăuga o bulină; clic dreapta, Shift- sau Alt-clic retrage una dintre bulinele dvs.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="70" />
            <source>Reset votes</source>
            <translation>Resetează voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="43" />
            <source>Lanes that can be voted on:</source>
            <translation>Rânduri pe care se poate vota:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="66" />
            <source>Most-voted cards:</source>
            <translation>Cardurile cu cele mai multe voturi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="107" />
            <source>Stop voting</source>
            <translation>Oprește votul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="107" />
            <source>Start voting</source>
            <translation>Pornește votul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" line="113" />
            <source>(empty card)</source>
            <translation>(card gol)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="36" />
            <source>&amp;Present</source>
            <translation>Pre&amp;zintă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="39" />
            <source>Show the map full screen for a workshop (Esc leaves)</source>
            <translation>Afișează harta pe tot ecranul pentru un atelier (Esc iese)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="42" />
            <source>Present &amp;on</source>
            <translation>Prezintă p&amp;e</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="52" />
            <source>Dot voting</source>
            <translation>Vot cu buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="58" />
            <source>&amp;Dot voting…</source>
            <translation>Vot cu &amp;buline…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="60" />
            <source>Reset &amp;votes</source>
            <translation>Resetează &amp;voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="64" />
            <source>Workshop &amp;timer</source>
            <translation>&amp;Cronometru atelier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="76" />
            <source>&amp;Start / stop (T while presenting)</source>
            <translation>&amp;Pornește / oprește (T în prezentare)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" line="68" />
            <source>%d min</source>
            <translation>%d min</translation>
        </message>
    </context>
    <context>
        <name>WorkshopControls</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="40" />
            <source>← → stages · Home/End · O overview · ↑ ↓ scroll · + − zoom · H hide empty lanes · L one lane · 1–9 capture into a lane · B blank · T timer (Shift+T: 1/3/5/10 min) · V voting · N next participant · Ctrl+Z undo · F1 keys · Esc back / leave</source>
            <translation>← → etape · Home/End · O privire de ansamblu · ↑ ↓ derulare · + − zoom · H ascunde rândurile goale · L un singur rând · 1–9 notează într-un rând · B ecran negru · T cronometru (Shift+T: 1/3/5/10 min) · V vot · N participantul următor · Ctrl+Z anulează · F1 taste · Esc înapoi / ieșire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="194" />
            <source>End presentation</source>
            <translation>Încheie prezentarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="163" />
            <source>Start / stop (T)</source>
            <translation>Pornește / oprește (T)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="182" />
            <source>Voting on/off (V)</source>
            <translation>Vot pornit/oprit (V)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="185" />
            <source>Next participant (N)</source>
            <translation>Participantul următor (N)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" line="170" />
            <source>%d min</source>
            <translation>%d min</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="88" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="89" />
            <source>Mobile app</source>
            <translation>Aplicație mobilă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="90" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="91" />
            <source>Phone / call centre</source>
            <translation>Telefon / call center</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="92" />
            <source>Store</source>
            <translation>Magazin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="93" />
            <source>Social network</source>
            <translation>Rețea socială</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="94" />
            <source>Messaging / chat</source>
            <translation>Mesagerie / chat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="95" />
            <source>Courier / delivery</source>
            <translation>Curier / livrare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="96" />
            <source>Partner</source>
            <translation>Partener</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="97" />
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="104" />
            <source>Other</source>
            <translation>Altele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="100" />
            <source>Interview</source>
            <translation>Interviu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="101" />
            <source>Survey</source>
            <translation>Sondaj</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="102" />
            <source>Support ticket</source>
            <translation>Tichet de suport</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="103" />
            <source>Review</source>
            <translation>Recenzie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="49" />
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="50" />
            <source>Moderate</source>
            <translation>Moderat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="51" />
            <source>Severe</source>
            <translation>Grav</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="396" />
            <source>MOMENT OF TRUTH</source>
            <translation>MOMENTUL ADEVĂRULUI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="415" />
            <source>Picture cannot be shown</source>
            <translation>Imaginea nu poate fi afișată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="415" />
            <source>No picture yet</source>
            <translation>Încă nu există imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="164" />
            <source>Quick win</source>
            <translation>Câștig rapid</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="151" />
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="154" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="151" />
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="154" />
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="160" />
            <source>Impact %d/3</source>
            <translation>Impact %d/3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" line="162" />
            <source>Effort %d/3</source>
            <translation>Efort %d/3</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="67" />
            <source>Touchpoints</source>
            <translation>Puncte de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="68" />
            <source>Customer actions</source>
            <translation>Acțiunile clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="69" />
            <source>Thoughts</source>
            <translation>Gânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="70" />
            <source>Goals &amp; expectations</source>
            <translation>Obiective și așteptări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="71" />
            <source>Emotions</source>
            <translation>Emoții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="72" />
            <source>Pain points</source>
            <translation>Puncte de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="73" />
            <source>Opportunities</source>
            <translation>Oportunități</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="74" />
            <source>Moments of truth</source>
            <translation>Momente ale adevărului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="75" />
            <source>Quotes</source>
            <translation>Citate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="76" />
            <source>Calls to action</source>
            <translation>Îndemnuri la acțiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="77" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="78" />
            <source>Backstage</source>
            <translation>Culise</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="79" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="80" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="179" />
            <source>Move card</source>
            <translation>Mută cardul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="39" />
            <source>Edit %s</source>
            <translation>Editează: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="49" />
            <source>Add stage</source>
            <translation>Adaugă o etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="60" />
            <location filename="../../cjm_desktop/document/metric_edits.py" line="80" />
            <source>Add lane</source>
            <translation>Adaugă un rând</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="110" />
            <source>Add card</source>
            <translation>Adaugă un card</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="129" />
            <source>Delete cards</source>
            <translation>Șterge cardurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="179" />
            <source>Move %d cards</source>
            <translation>Mută %d carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="225" />
            <source>Duplicate card</source>
            <translation>Duplică cardul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="89" />
            <source>Move stage</source>
            <translation>Mută etapa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="96" />
            <source>Move lane</source>
            <translation>Mută rândul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="128" />
            <source>Delete routes</source>
            <translation>Șterge traseele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="139" />
            <source>Delete stage</source>
            <translation>Șterge etapa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="152" />
            <source>Delete stages</source>
            <translation>Șterge etapele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="162" />
            <source>Delete lane</source>
            <translation>Șterge rândul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="172" />
            <source>Delete lanes</source>
            <translation>Șterge rândurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="204" />
            <source>Paste card</source>
            <translation>Lipește cardul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="227" />
            <source>Duplicate %d cards</source>
            <translation>Duplică %d carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="48" />
            <source>Stage %d</source>
            <translation>Etapa %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="120" />
            <source>Delete card</source>
            <translation>Șterge cardul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="139" />
            <source>Delete %d stages</source>
            <translation>Șterge %d etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="146" />
            <location filename="../../cjm_desktop/document/persona_edits.py" line="115" />
            <source>Delete emotion scores</source>
            <translation>Șterge scorurile de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="150" />
            <source>Delete metric values</source>
            <translation>Șterge valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="162" />
            <source>Delete %d lanes</source>
            <translation>Șterge %d rânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="170" />
            <source>Update voting lanes</source>
            <translation>Actualizează rândurile de vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="204" />
            <source>Paste %d cards</source>
            <translation>Lipește %d carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" line="120" />
            <source>Delete %d cards</source>
            <translation>Șterge %d carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="91" />
            <source>Refresh metrics</source>
            <translation>Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="27" />
            <source>These sheet stages match no stage of the map: %s</source>
            <translation>Aceste etape din foaie nu corespund niciunei etape a hărții: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="57" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="68" />
            <source>Set metrics</source>
            <translation>Setează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="69" />
            <source>Set metric values</source>
            <translation>Setează valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="66" />
            <source>Add stages</source>
            <translation>Adaugă etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" line="73" />
            <source>Remember metrics source</source>
            <translation>Reține sursa metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="59" />
            <source>Edit persona</source>
            <translation>Editează persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="64" />
            <source>Set persona photo</source>
            <translation>Setează fotografia personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="64" />
            <source>Remove persona photo</source>
            <translation>Elimină fotografia personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="70" />
            <source>Show persona curve</source>
            <translation>Arată curba personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="70" />
            <source>Hide persona curve</source>
            <translation>Ascunde curba personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="89" />
            <source>%s (copy)</source>
            <translation>%s (copie)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="111" />
            <location filename="../../cjm_desktop/document/persona_edits.py" line="131" />
            <source>Delete persona</source>
            <translation>Șterge persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="170" />
            <source>Edit emotion note</source>
            <translation>Editează nota de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="51" />
            <source>Add persona</source>
            <translation>Adaugă o persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="94" />
            <location filename="../../cjm_desktop/document/persona_edits.py" line="95" />
            <source>Duplicate persona</source>
            <translation>Duplică persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="111" />
            <source>Delete %d personas</source>
            <translation>Șterge %d persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="179" />
            <source>Clear emotion score</source>
            <translation>Golește scorul de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="79" />
            <source>Move persona</source>
            <translation>Mută persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="162" />
            <source>Set emotion score</source>
            <translation>Setează scorul de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="49" />
            <source>Persona %d</source>
            <translation>Persona %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="99" />
            <source>Copy emotion curve</source>
            <translation>Copiază curba emoțiilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" line="121" />
            <location filename="../../cjm_desktop/document/persona_edits.py" line="128" />
            <source>Unlink persona</source>
            <translation>Dezleagă persona</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" line="105" />
            <location filename="../../cjm_desktop/export/pdf.py" line="118" />
            <source>the margins leave no room on the page</source>
            <translation>marginile nu lasă loc pe pagină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" line="85" />
            <source>the map has no stages</source>
            <translation>harta nu are etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" line="173" />
            <source>Row %1 of %2, column %3 of %4</source>
            <translation>Rândul %1 din %2, coloana %3 din %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="215" />
            <source>the map has no personas</source>
            <translation>harta nu are persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="112" />
            <source>the map has no stage %s</source>
            <translation>harta nu are etapa %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="207" />
            <source>persona profiles cannot be exported in this build</source>
            <translation>profilurile personelor nu pot fi exportate în această versiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="84" />
            <source>no view rectangle given</source>
            <translation>nu a fost dat niciun dreptunghi de vizualizare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="87" />
            <source>the current view shows no part of the map</source>
            <translation>vederea curentă nu arată nicio parte a hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" line="269" />
            <source>Personas: %s</source>
            <translation>Persone: %s</translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" line="114" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" line="122" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n persone</numerusform>
                <numerusform>%n de persone</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" line="171" />
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="207" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" line="193" />
            <source>curve hidden</source>
            <translation>curbă ascunsă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="244" />
            <source>lowest</source>
            <translation>cel mai jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="146" />
            <source>Add a persona (Map ▸ Personas…) to draw the experience curve</source>
            <translation>Adăugați o persona (Hartă ▸ Persone…) pentru a desena curba experienței</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="151" />
            <source>Every persona's curve is hidden</source>
            <translation>Curbele tuturor personelor sunt ascunse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="158" />
            <source>Click a stage column to score how a persona feels; drag a face to change it</source>
            <translation>Faceți clic pe coloana unei etape pentru a nota cum se simte o persona; trageți o față pentru a schimba nota</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" line="284" />
            <source>Add emotion score</source>
            <translation>Adaugă un scor de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="106" />
            <source>Import metrics from a spreadsheet (Map ▸ Import metrics…)</source>
            <translation>Importați metrici dintr-o foaie de calcul (Hartă ▸ Importă metrici…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="223" />
            <source>%s: no value at this stage</source>
            <translation>%s: nicio valoare la această etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="227" />
            <source>higher is better</source>
            <translation>mai mare e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="227" />
            <source>lower is better</source>
            <translation>mai mic e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="90" />
            <source>Biggest drop-off %s</source>
            <translation>Cea mai mare pierdere %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="92" />
            <source>→ %s continue</source>
            <translation>→ %s continuă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="229" />
            <source>Target %s (%s)</source>
            <translation>Țintă %s (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="232" />
            <source>%d dates, %s to %s</source>
            <translation>%d date, de la %s la %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" line="158" />
            <source>funnel: %s</source>
            <translation>pâlnie: %s</translation>
        </message>
    </context>
    <context>
        <name>persona</name>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="72" />
            <source>%s years</source>
            <translation>%s ani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="79" />
            <source>Background</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="80" />
            <source>Goals</source>
            <translation>Obiective</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="81" />
            <source>Motivations</source>
            <translation>Motivații</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="82" />
            <source>Frustrations</source>
            <translation>Frustrări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="83" />
            <source>Behaviours</source>
            <translation>Comportamente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="84" />
            <source>Preferred channels</source>
            <translation>Canale preferate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="171" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" line="219" />
            <source>No profile details yet.</source>
            <translation>Încă nu există detalii de profil.</translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="55" />
            <source>Relabel route</source>
            <translation>Reetichetează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="60" />
            <source>Change route persona</source>
            <translation>Schimbă persona traseului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="73" />
            <source>Reverse route</source>
            <translation>Inversează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="35" />
            <source>Draw route</source>
            <translation>Desenează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="46" />
            <source>Delete route</source>
            <translation>Șterge traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" line="48" />
            <source>Delete %d routes</source>
            <translation>Șterge %d trasee</translation>
        </message>
    </context>
    <context>
        <name>vote_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" line="38" />
            <source>Add vote</source>
            <translation>Adaugă un vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" line="47" />
            <source>Remove vote</source>
            <translation>Elimină un vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" line="56" />
            <location filename="../../cjm_desktop/document/vote_edits.py" line="59" />
            <source>Reset votes</source>
            <translation>Resetează voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" line="74" />
            <source>Dots per participant</source>
            <translation>Buline per participant</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" line="86" />
            <source>Votable lanes</source>
            <translation>Rânduri votabile</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" line="54" />
            <source>Voting is off</source>
            <translation>Votul este oprit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" line="55" />
            <source>Participant %d: %d dots left</source>
            <translation>Participantul %d: mai are %d buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" line="113" />
            <source>Cards in this lane are not being voted on</source>
            <translation>Cardurile din acest rând nu sunt supuse votului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" line="116" />
            <source>Participant %d has no dots left</source>
            <translation>Participantul %d nu mai are buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" line="127" />
            <source>Only your own dots can be taken back</source>
            <translation>Puteți retrage doar propriile buline</translation>
        </message>
    </context>
</TS>
