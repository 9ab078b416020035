<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
    <context>
        <name>AccessibilityActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>&amp;Metric targets…</source>
            <translation>Țin&amp;te pentru metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Type a target for each metric</source>
            <translation>Introduceți o țintă pentru fiecare metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Outline</source>
            <translation>Structură</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Out&amp;line</source>
            <translation>&amp;Structură</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>The map as a tree that screen readers can read</source>
            <translation>Harta ca arbore, pe care cititoarele de ecran o pot citi</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane</source>
            <translation>Ce a spus sala? Enter adaugă, Esc închide, ↑/↓ schimbă rândul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it</source>
            <translation>Ce a spus sala? Enter adaugă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say?</source>
            <translation>Ce a spus sala?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Into %s:</source>
            <translation>În %s:</translation>
        </message>
    </context>
    <context>
        <name>ChangedOnDiskBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Reîncarcă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Păstrează versiunea mea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program.</source>
            <translation>„%s” a fost modificat de alt program.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading discards your unsaved changes.</source>
            <translation>Reîncărcarea renunță la modificările nesalvate.</translation>
        </message>
    </context>
    <context>
        <name>ChannelActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>&amp;Channels…</source>
            <translation>Ca&amp;nale…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>Name the channels of this map, their icons and defaults</source>
            <translation>Denumiți canalele acestei hărți și alegeți-le pictogramele și valorile implicite</translation>
        </message>
    </context>
    <context>
        <name>ChannelsDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Remove channel</source>
            <translation>Elimină canalul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Channels of this map</source>
            <translation>Canalele acestei hărți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Add channel</source>
            <translation>&amp;Adaugă un canal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Elimină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;up</source>
            <translation>Mută în &amp;sus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;down</source>
            <translation>Mută în &amp;jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Touchpoint cards and personas pick their channels from this list.</source>
            <translation>Cardurile punctelor de contact și personele își aleg canalele din această listă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>New channel</source>
            <translation>Canal nou</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation>
                <numerusform>%1 este folosit de %n card sau persona, care va rămâne fără canal. Îl eliminați?</numerusform>
                <numerusform>%1 este folosit de %n carduri sau persone, care vor rămâne fără canal. Îl eliminați?</numerusform>
                <numerusform>%1 este folosit de %n de carduri sau persone, care vor rămâne fără canal. Îl eliminați?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Icon</source>
            <translation>Pictogramă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Default</source>
            <translation>Implicit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Used by</source>
            <translation>Folosit de</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>removed</source>
            <translation>eliminat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>new</source>
            <translation>nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>moved from %1</source>
            <translation>mutat din %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>changed</source>
            <translation>modificat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Changes between the two versions</source>
            <translation>Modificările dintre cele două versiuni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The chosen change, before and after</source>
            <translation>Modificarea aleasă, înainte și după</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Choose a change to see it before and after</source>
            <translation>Alegeți o modificare pentru a o vedea înainte și după</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Previous</source>
            <translation>&amp;Anterioara</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Next</source>
            <translation>&amp;Următoarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;End compare</source>
            <translation>Înc&amp;heie compararea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Moved to another cell.</source>
            <translation>Mutat în altă celulă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>New since “%1”.</source>
            <translation>Nou față de „%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Compared with “%1”:</source>
            <translation>Comparat cu „%1”:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map compared with “%1”: %n changes</source>
            <translation>
                <numerusform>Harta comparată cu „%1”: %n modificare</numerusform>
                <numerusform>Harta comparată cu „%1”: %n modificări</numerusform>
                <numerusform>Harta comparată cu „%1”: %n de modificări</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map is the same as “%1”.</source>
            <translation>Harta este la fel ca „%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 before: %2</source>
            <translation>%1 înainte: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 after: %2</source>
            <translation>%1 după: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1: before “%2”, after “%3”</source>
            <translation>%1: înainte „%2”, după „%3”</translation>
        </message>
    </context>
    <context>
        <name>CompareActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Changes</source>
            <translation>Modificări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map &amp;file…</source>
            <translation>Compară cu un &amp;fișier de hartă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Show what differs between this map and another version of it</source>
            <translation>Arată diferențele dintre această hartă și o altă versiune a ei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>&amp;End compare</source>
            <translation>Înc&amp;heie compararea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map</source>
            <translation>Compară cu o hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Journey maps (*.cjm)</source>
            <translation>Hărți ale călătoriei clientului (*.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Could not compare with the map</source>
            <translation>Comparația cu harta nu a putut fi făcută</translation>
        </message>
    </context>
    <context>
        <name>DiskMerge</name>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>&amp;Merge</source>
            <translation>Îm&amp;bină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Keep both the changes on disk and your unsaved edits</source>
            <translation>Păstrează atât modificările de pe disc, cât și editările dvs. nesalvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge changes from disk</source>
            <translation>Îmbină modificările de pe disc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Could not merge the map</source>
            <translation>Harta nu a putut fi îmbinată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge map content</source>
            <translation>Îmbină conținutul hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1</source>
            <translation>Au fost îmbinate modificările din %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1; %n conflicts are notes in the map</source>
            <translation>
                <numerusform>Au fost îmbinate modificările din %1; %n conflict este notă în hartă</numerusform>
                <numerusform>Au fost îmbinate modificările din %1; %n conflicte sunt note în hartă</numerusform>
                <numerusform>Au fost îmbinate modificările din %1; %n de conflicte sunt note în hartă</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge snapshots</source>
            <translation>Îmbină instantaneele</translation>
        </message>
    </context>
    <context>
        <name>DockTab</name>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>History</source>
            <translation>Istoric</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Impact × effort</source>
            <translation>Impact × efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Dot voting</source>
            <translation>Vot cu buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics grid</source>
            <translation>Grila metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Changes</source>
            <translation>Modificări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Outline</source>
            <translation>Structură</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Touchpoints</source>
            <translation>&amp;Puncte de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Customer &amp;actions</source>
            <translation>&amp;Acțiunile clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>T&amp;houghts</source>
            <translation>&amp;Gânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Goals &amp;&amp; expectations</source>
            <translation>&amp;Obiective și așteptări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Emotions</source>
            <translation>&amp;Emoții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Pain points</source>
            <translation>P&amp;uncte de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Opportunities</source>
            <translation>Opo&amp;rtunități</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Moments of truth</source>
            <translation>&amp;Momente ale adevărului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Quotes</source>
            <translation>&amp;Citate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Calls to action</source>
            <translation>În&amp;demnuri la acțiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Met&amp;rics</source>
            <translation>Me&amp;trici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Backstage</source>
            <translation>Cu&amp;lise</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Storyboard</source>
            <translation>&amp;Storyboard</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Notes</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Dup&amp;licate</source>
            <translation>D&amp;uplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Select &amp;all cards</source>
            <translation>Selectează t&amp;oate cardurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Edit text</source>
            <translation>&amp;Editează textul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;card</source>
            <translation>&amp;Card nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;stage</source>
            <translation>Etapă &amp;nouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;lane</source>
            <translation>&amp;Rând nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cut</source>
            <translation>Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste</source>
            <translation>Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Rename</source>
            <translation>Redenumește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage before</source>
            <translation>Inserează o etapă înainte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage after</source>
            <translation>Inserează o etapă după</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move left</source>
            <translation>Mută la stânga</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move right</source>
            <translation>Mută la dreapta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Nothing was pasted: %s.</source>
            <translation>Nu s-a lipit nimic: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</source>
            <translation>
                <numerusform>Ștergeți etapele și rândurile selectate împreună cu %n card al lor? (Anularea le readuce.)</numerusform>
                <numerusform>Ștergeți etapele și rândurile selectate împreună cu cele %n carduri ale lor? (Anularea le readuce.)</numerusform>
                <numerusform>Ștergeți etapele și rândurile selectate împreună cu cele %n de carduri ale lor? (Anularea le readuce.)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move up</source>
            <translation>Mută în sus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move down</source>
            <translation>Mută în jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New card here</source>
            <translation>Card nou aici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste here</source>
            <translation>Lipește aici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Anulează acțiunea „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Refă acțiunea „%1”</translation>
        </message>
    </context>
    <context>
        <name>EmptyHints</name>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>This map is empty. Double-click here to add a stage, or use Insert ▸ New stage and Insert ▸ New lane.</source>
            <translation>Această hartă este goală. Faceți dublu clic aici pentru a adăuga o etapă sau folosiți Inserare ▸ Etapă nouă și Inserare ▸ Rând nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a stage: double-click here, or use Insert ▸ New stage.</source>
            <translation>Adăugați o etapă: faceți dublu clic aici sau folosiți Inserare ▸ Etapă nouă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a lane: double-click here, or pick a kind under Insert ▸ New lane.</source>
            <translation>Adăugați un rând: faceți dublu clic aici sau alegeți un tip din Inserare ▸ Rând nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Double-click an empty cell (or select it and press Ctrl+Return) to add a card.</source>
            <translation>Faceți dublu clic pe o celulă goală (sau selectați-o și apăsați Ctrl+Return) pentru a adăuga un card.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Not set</source>
            <translation>Nesetat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Assumption</source>
            <translation>Ipoteză</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Anecdotal</source>
            <translation>Anecdotic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Backed by data</source>
            <translation>Susținut de date</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>File</source>
            <translation>Fișier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Web address</source>
            <translation>Adresă web</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Reference</source>
            <translation>Referință</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence</source>
            <translation>Dovezi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Kind</source>
            <translation>Tip</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Where</source>
            <translation>Locație</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Răsfoiește…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Label (optional)</source>
            <translation>Etichetă (opțional)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>research/interview-12.txt</source>
            <translation>cercetare/interviu-12.txt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>interview 12, 03:14</source>
            <translation>interviul 12, 03:14</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Choose a file</source>
            <translation>Alegeți un fișier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence items</source>
            <translation>Lista dovezilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Add…</source>
            <translation>Adaugă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Edit…</source>
            <translation>Editează…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Up</source>
            <translation>Sus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Down</source>
            <translation>Jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>A reference is a note; there is nothing to open.</source>
            <translation>O referință este o notă; nu există nimic de deschis.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>This evidence item is empty.</source>
            <translation>Acest element de dovadă este gol.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web page or a file. Your system will decide what opens it. Open it anyway?</source>
            <translation>%1 nu este o pagină web sau un fișier. Sistemul va decide ce îl deschide. Îl deschideți totuși?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Cannot open the evidence</source>
            <translation>Dovada nu poate fi deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Open the evidence?</source>
            <translation>Deschideți dovada?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>The file %1 does not exist. It may have been moved or renamed.</source>
            <translation>Fișierul %1 nu există. Poate a fost mutat sau redenumit.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is relative to the map's folder. Save the map first.</source>
            <translation>%1 este relativ la dosarul hărții. Salvați mai întâi harta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web address. Web addresses start with https://.</source>
            <translation>%1 nu este o adresă web. Adresele web încep cu https://.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is a program or script. Opening it may run it on your computer. Open it anyway?</source>
            <translation>%1 este un program sau un script. Deschiderea lui îl poate rula pe computer. Îl deschideți totuși?</translation>
        </message>
    </context>
    <context>
        <name>EvidenceActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Not set</source>
            <translation>&amp;Nesetat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Assumption</source>
            <translation>&amp;Ipoteză</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Anec&amp;dotal</source>
            <translation>&amp;Anecdotic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Backed by data</source>
            <translation>&amp;Susținut de date</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Level &amp;of evidence</source>
            <translation>&amp;Nivel de dovadă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Set the evidence level of the selected cards</source>
            <translation>Setează nivelul de dovadă al cardurilor selectate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Show a&amp;ssumptions only</source>
            <translation>Arată doar &amp;ipotezele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Fade every card that is not marked as an assumption</source>
            <translation>Estompează fiecare card care nu este marcat ca ipoteză</translation>
        </message>
    </context>
    <context>
        <name>EvidenceAppendix</name>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>Evidence appendix</source>
            <translation>Anexa dovezilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>Evidence level: %1</source>
            <translation>Nivel de dovadă: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>No card has evidence or an evidence level.</source>
            <translation>Niciun card nu are dovezi sau un nivel de dovadă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy &amp;map as image</source>
            <translation>Copiază &amp;harta ca imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy selection as &amp;image</source>
            <translation>Copiază selecția ca &amp;imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Select cards or stages to copy them as an image</source>
            <translation>Selectați carduri sau etape pentru a le copia ca imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Exported %s</source>
            <translation>Exportat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copied an image of %1 × %2 pixels</source>
            <translation>A fost copiată o imagine de %1 × %2 pixeli</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%Ln pages</source>
            <translation>
                <numerusform>%Ln pagină</numerusform>
                <numerusform>%Ln pagini</numerusform>
                <numerusform>%Ln de pagini</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export map</source>
            <translation>Exportă harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;What:</source>
            <translation>&amp;Ce:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>e.g. 2-4 or 1,3</source>
            <translation>de ex. 2-4 sau 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>S&amp;tages:</source>
            <translation>&amp;Etape:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Add a title b&amp;lock (title, date, personas)</source>
            <translation>Adaugă un &amp;bloc de titlu (titlu, dată, persone)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Image</source>
            <translation>Imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Scale</source>
            <translation>&amp;Scară</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;DPI</source>
            <translation>D&amp;PI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scale</source>
            <translation>Scară</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Size:</source>
            <translation>Dimensiune:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>White</source>
            <translation>Alb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Transparent</source>
            <translation>Transparent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Background:</source>
            <translation>Fun&amp;dal:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Pages</source>
            <translation>Pagini</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Page &amp;size:</source>
            <translation>Dimensiunea &amp;paginii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Peisaj</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Portret</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Margins:</source>
            <translation>&amp;Margini:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Aranjare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster size:</source>
            <translation>Dimensiunea posterului:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>O&amp;verlap:</source>
            <translation>Suprapu&amp;nere:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Crop marks</source>
            <translation>Semne de tăiere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix (each card's level and sources)</source>
            <translation>Anexa dovezilor (nivelul și sursele fiecărui card)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Vector image</source>
            <translation>Imagine vectorială</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Text as outlines (looks the same without the fonts)</source>
            <translation>Text ca contururi (arată la fel fără fonturi)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>Imagini PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documente PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG images (*.svg)</source>
            <translation>Imagini SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>Prezentări PowerPoint (*.pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Se exportă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>Imagine PNG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG vector image</source>
            <translation>Imagine vectorială SVG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint slides (editable)</source>
            <translation>Diapozitive PowerPoint (editabile)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Whole map</source>
            <translation>Toată harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Selected stages</source>
            <translation>Etapele selectate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Current view</source>
            <translation>Vederea curentă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Persona profiles</source>
            <translation>Profilurile personelor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Tabloid</source>
            <translation>Tabloid</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Slide 16:9</source>
            <translation>Diapozitiv 16:9</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Fit to content</source>
            <translation>Potrivit conținutului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>The map has no personas</source>
            <translation>Harta nu are persone</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix: %Ln pages at the end</source>
            <translation>
                <numerusform>Anexa dovezilor: %Ln pagină la final</numerusform>
                <numerusform>Anexa dovezilor: %Ln pagini la final</numerusform>
                <numerusform>Anexa dovezilor: %Ln de pagini la final</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page, fitted</source>
            <translation>O singură pagină, potrivită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster tiled across pages</source>
            <translation>Poster pe mai multe pagini</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page per stage (slides)</source>
            <translation>O pagină pe etapă (diapozitive)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Title, overview and %n stage slides with editable text</source>
            <translation>
                <numerusform>Titlu, privire de ansamblu și %n diapozitiv de etapă cu text editabil</numerusform>
                <numerusform>Titlu, privire de ansamblu și %n diapozitive de etapă cu text editabil</numerusform>
                <numerusform>Titlu, privire de ansamblu și %n de diapozitive de etapă cu text editabil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scalable vector image</source>
            <translation>Imagine vectorială scalabilă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export failed</source>
            <translation>Exportul a eșuat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>(first %1 shown)</source>
            <translation>(sunt afișate primele %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixeli</translation>
        </message>
    </context>
    <context>
        <name>FindActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Găsește…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find &amp;next</source>
            <translation>Găsește ur&amp;mătorul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find pre&amp;vious</source>
            <translation>Găsește &amp;precedentul</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find text</source>
            <translation>Text de căutat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find on the map</source>
            <translation>Caută pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Rezultatul anterior (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Next match (Enter, F3)</source>
            <translation>Rezultatul următor (Enter, F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Close (Esc)</source>
            <translation>Închide (Esc)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Match in persona “%s”</source>
            <translation>Găsit în persona „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>No matches</source>
            <translation>Niciun rezultat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>emotion note at “%s”</source>
            <translation>notă de emoție la „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1 din %2</translation>
        </message>
    </context>
    <context>
        <name>FunnelPanel</name>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The count metric the funnel follows from stage to stage</source>
            <translation>Metrica de numărare pe care pâlnia o urmărește din etapă în etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Everyone</source>
            <translation>Toți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Count</source>
            <translation>Număr</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Continue</source>
            <translation>Continuă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Drop-off</source>
            <translation>Pierdere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Funnel counts:</source>
            <translation>Numerele pâlniei:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The biggest drop-off of the funnel</source>
            <translation>Cea mai mare pierdere din pâlnie</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Ghidul utilizatorului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Comenzi rapide de la tastatură</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>User guide</source>
            <translation>Ghidul utilizatorului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>About cjm-desktop</source>
            <translation>Despre cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>An offline editor for customer journey maps.</source>
            <translation>Un editor offline pentru hărți ale călătoriei clientului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>Free software under the MIT licence. It uses the components below.</source>
            <translation>Software liber sub licența MIT. Folosește componentele de mai jos.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The user guide could not be read: %s</source>
            <translation>Ghidul utilizatorului nu a putut fi citit: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The help page could not be read: %s</source>
            <translation>Pagina de ajutor nu a putut fi citită: %s</translation>
        </message>
    </context>
    <context>
        <name>Image</name>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is empty.</source>
            <translation>fișierul este gol.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>it is not an image this editor can read (PNG, JPEG, WebP or BMP), or it is damaged.</source>
            <translation>nu este o imagine pe care acest editor o poate citi (PNG, JPEG, WebP sau BMP) sau este deteriorată.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is empty.</source>
            <translation>imaginea este goală.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image has no pixels (it is damaged).</source>
            <translation>imaginea nu are pixeli (este deteriorată).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file does not exist.</source>
            <translation>fișierul nu există.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>that is a folder, not an image.</source>
            <translation>acesta este un dosar, nu o imagine.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is too large for a picture in a map (%d MB).</source>
            <translation>fișierul este prea mare pentru o imagine într-o hartă (%d MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>%s images are not supported; use PNG, JPEG, WebP or BMP.</source>
            <translation>Imaginile %s nu sunt acceptate; folosiți PNG, JPEG, WebP sau BMP.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely.</source>
            <translation>imaginea este prea mare pentru a fi deschisă în siguranță.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is damaged and could not be read (%s).</source>
            <translation>imaginea este deteriorată și nu a putut fi citită (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely (%s × %s pixels; the limit is %d megapixels). It may be damaged or crafted to exhaust memory.</source>
            <translation>imaginea este prea mare pentru a fi deschisă în siguranță (%s × %s pixeli; limita este de %d megapixeli). Poate fi deteriorată sau construită pentru a epuiza memoria.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file could not be read (%s).</source>
            <translation>fișierul nu a putut fi citit (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>“%1”: %2</source>
            <translation>„%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>ImageEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Choose picture…</source>
            <translation>Alege o imagine…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Remove picture</source>
            <translation>Elimină imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No picture</source>
            <translation>Fără imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>The picture is damaged</source>
            <translation>Imaginea este deteriorată</translation>
        </message>
    </context>
    <context>
        <name>ImportSpec</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/aggregate.py" />
            <source>unknown aggregate '%1'.</source>
            <translation>funcție de agregare necunoscută „%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the stage column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana de etape %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana de metrică %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric name column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana cu numele metricilor %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the value column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana de valori %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the date column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana de date calendaristice %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the touchpoint column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana punctelor de contact %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the persona column %1 is beyond the sheet's %2 columns.</source>
            <translation>coloana de persone %1 depășește cele %2 coloane ale foii.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no stage column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană de etape numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană de metrică numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric name column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană cu numele metricilor numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no value column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană de valori numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no date column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană de date calendaristice numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no touchpoint column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană a punctelor de contact numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no persona column named '%1'. Its columns are: %2.</source>
            <translation>foaia nu are nicio coloană de persone numită „%1”. Coloanele ei sunt: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet is empty: it has no columns.</source>
            <translation>foaia este goală: nu are coloane.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the column that holds the stage names.</source>
            <translation>alegeți coloana care conține numele etapelor.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the stage, metric name and value columns.</source>
            <translation>alegeți coloanele pentru etapă, numele metricii și valoare.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>the name '%1' looks garbled, as if the file was read in the wrong encoding; nothing was imported. Name the file's encoding (for example --encoding cp1250 or cp1253, or the Encoding list of the import wizard).</source>
            <translation>numele „%1” pare deformat, ca și cum fișierul ar fi fost citit cu o codificare greșită; nu s-a importat nimic. Indicați codificarea fișierului (de exemplu --encoding cp1250 sau cp1253, ori lista Codificare din asistentul de import).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown layout '%1' (use one of: %2).</source>
            <translation>aranjament necunoscut „%1” (folosiți unul dintre: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown aggregate '%1' for '%2' (use one of: %3).</source>
            <translation>funcție de agregare necunoscută „%1” pentru „%2” (folosiți una dintre: %3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</source>
            <translation>
                <numerusform>celula %1 numește punctul de contact „%2”, dar %n card din acea etapă are acest text. Redenumiți unul dintre ele, astfel încât fiecare punct de contact să aibă propriul nume.</numerusform>
                <numerusform>celula %1 numește punctul de contact „%2”, dar %n carduri din acea etapă au acest text. Redenumiți unul dintre ele, astfel încât fiecare punct de contact să aibă propriul nume.</numerusform>
                <numerusform>celula %1 numește punctul de contact „%2”, dar %n de carduri din acea etapă au acest text. Redenumiți unul dintre ele, astfel încât fiecare punct de contact să aibă propriul nume.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names '%2', which %n personas share. Use a persona's own name.</source>
            <translation>
                <numerusform>celula %1 numește „%2”, nume comun pentru %n persona. Folosiți numele propriu al unei persone.</numerusform>
                <numerusform>celula %1 numește „%2”, nume comun pentru %n persone. Folosiți numele propriu al unei persone.</numerusform>
                <numerusform>celula %1 numește „%2”, nume comun pentru %n de persone. Folosiți numele propriu al unei persone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>number</source>
            <translation>număr</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>percent</source>
            <translation>procent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>currency</source>
            <translation>monedă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>duration</source>
            <translation>durată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>the numbers of column '%s' read two ways and nothing in the file settles which: '%s' is %s with a decimal point, or %s with a decimal comma. Choose with --decimal dot or --decimal comma (or set the map's number locale).</source>
            <translation>numerele din coloana „%s” se pot citi în două feluri și nimic din fișier nu decide care: „%s” este %s cu punct zecimal sau %s cu virgulă zecimală. Alegeți cu --decimal dot sau --decimal comma (sau setați formatul numerelor al hărții).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>numbers stored as numbers</source>
            <translation>numere stocate ca numere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>point</source>
            <translation>punct</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>comma</source>
            <translation>virgulă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from this column</source>
            <translation>din această coloană</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>settled by other columns of the file</source>
            <translation>stabilit de alte coloane ale fișierului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>as chosen</source>
            <translation>conform alegerii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from the map's number locale</source>
            <translation>din formatul numerelor al hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none needed (whole numbers)</source>
            <translation>nu este necesar (numere întregi)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none</source>
            <translation>niciunul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>space</source>
            <translation>spațiu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>no-break space</source>
            <translation>spațiu neîntrerupt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>narrow no-break space</source>
            <translation>spațiu îngust neîntrerupt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>thin space</source>
            <translation>spațiu subțire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>apostrophe</source>
            <translation>apostrof</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>Read %s, sheet '%s'</source>
            <translation>Citit %s, foaia „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  rows used: %s</source>
            <translation>  rânduri folosite: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  encoding: %s</source>
            <translation>  codificare: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  %s: %s%s; decimal mark: %s; thousands: %s</source>
            <translation>  %s: %s%s; separator zecimal: %s; mii: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1 (first: %2)</source>
            <translation>  omise: %1 (primele: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1</source>
            <translation>  omise: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no stage name</source>
            <translation>
                <numerusform>%n rând fără numele etapei</numerusform>
                <numerusform>%n rânduri fără numele etapei</numerusform>
                <numerusform>%n de rânduri fără numele etapei</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows for stages you chose to skip</source>
            <translation>
                <numerusform>%n rând pentru etape pe care ați ales să le omiteți</numerusform>
                <numerusform>%n rânduri pentru etape pe care ați ales să le omiteți</numerusform>
                <numerusform>%n de rânduri pentru etape pe care ați ales să le omiteți</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n cells that are not numbers</source>
            <translation>
                <numerusform>%n celulă care nu este număr</numerusform>
                <numerusform>%n celule care nu sunt numere</numerusform>
                <numerusform>%n de celule care nu sunt numere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with a missing or unreadable date</source>
            <translation>
                <numerusform>%n rând cu dată lipsă sau ilizibilă</numerusform>
                <numerusform>%n rânduri cu dată lipsă sau ilizibilă</numerusform>
                <numerusform>%n de rânduri cu dată lipsă sau ilizibilă</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no metric name</source>
            <translation>
                <numerusform>%n rând fără numele metricii</numerusform>
                <numerusform>%n rânduri fără numele metricii</numerusform>
                <numerusform>%n de rânduri fără numele metricii</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n columns without any numbers</source>
            <translation>
                <numerusform>%n coloană fără niciun număr</numerusform>
                <numerusform>%n coloane fără niciun număr</numerusform>
                <numerusform>%n de coloane fără niciun număr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose touchpoint matches no card of their stage</source>
            <translation>
                <numerusform>%n rând al cărui punct de contact nu corespunde niciunui card din etapa sa</numerusform>
                <numerusform>%n rânduri al căror punct de contact nu corespunde niciunui card din etapa lor</numerusform>
                <numerusform>%n de rânduri al căror punct de contact nu corespunde niciunui card din etapa lor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose persona matches no persona or segment</source>
            <translation>
                <numerusform>%n rând a cărui persona nu corespunde niciunei persone sau niciunui segment</numerusform>
                <numerusform>%n rânduri a căror persona nu corespunde niciunei persone sau niciunui segment</numerusform>
                <numerusform>%n de rânduri a căror persona nu corespunde niciunei persone sau niciunui segment</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>touchpoints that match no card of their stage: %1</source>
            <translation>puncte de contact care nu corespund niciunui card din etapa lor: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>personas that match no persona or segment: %1</source>
            <translation>persone care nu corespund niciunei persone sau niciunui segment: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>'%1' (%n rows)</source>
            <translation>
                <numerusform>„%1” (%n rând)</numerusform>
                <numerusform>„%1” (%n rânduri)</numerusform>
                <numerusform>„%1” (%n de rânduri)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>row %s</source>
            <translation>rândul %s</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Reading was cancelled.</source>
            <translation>Citirea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The metrics could not be imported; the map is unchanged.

%s</source>
            <translation>Metricile nu au putut fi importate; harta nu s-a schimbat.

%s</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_level_box.py" />
            <source>Mixed</source>
            <translation>Diferite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>1 low</source>
            <translation>1 scăzut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>2 medium</source>
            <translation>2 mediu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>3 high</source>
            <translation>3 ridicat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>System: %s</source>
            <translation>Sistem: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>For personas</source>
            <translation>Pentru persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Linked personas</source>
            <translation>Persone asociate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Description</source>
            <translation>Descriere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Title</source>
            <translation>Titlu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Tip</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Goals and scope</source>
            <translation>Obiective și domeniu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Numbers</source>
            <translation>Numere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Tags (comma separated)</source>
            <translation>Etichete (separate prin virgulă)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence level</source>
            <translation>Nivel de dovadă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence</source>
            <translation>Dovezi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Label</source>
            <translation>Etichetă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Map</source>
            <translation>Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a colour</source>
            <translation>Alegeți o culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Set picture</source>
            <translation>Setează imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online / offline</source>
            <translation>Online / offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Moment of truth</source>
            <translation>Moment al adevărului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Severity</source>
            <translation>Gravitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Effort</source>
            <translation>Efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Responsabil</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addresses pain points</source>
            <translation>Rezolvă punctele de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Who said it</source>
            <translation>Cine a spus-o</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Source</source>
            <translation>Sursă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Date</source>
            <translation>Dată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Picture</source>
            <translation>Imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Route</source>
            <translation>Traseu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Lane</source>
            <translation>Rând</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n element selectat</numerusform>
                <numerusform>%n elemente selectate</numerusform>
                <numerusform>%n de elemente selectate</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addressed by</source>
            <translation>Rezolvat de</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Edit %s</source>
            <translation>Editează câmpul «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Change colour</source>
            <translation>Schimbă culoarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a picture</source>
            <translation>Alegeți o imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Imagini (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Remove picture</source>
            <translation>Elimină imaginea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Everyone (neutral)</source>
            <translation>Toți (neutru)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Card · %s</source>
            <translation>Card · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Could not use the picture</source>
            <translation>Imaginea nu a putut fi folosită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Default</source>
            <translation>Implicit</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <location filename="../../cjm_desktop/model/journey.py" />
            <source>Untitled journey</source>
            <translation>Călătorie fără titlu</translation>
        </message>
    </context>
    <context>
        <name>JourneyDocument</name>
        <message>
            <location filename="../../cjm_desktop/document/document.py" />
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>Untitled</source>
            <translation>Fără titlu</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Edit card text</source>
            <translation>Editează textul cardului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename stage</source>
            <translation>Redenumește etapa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename lane</source>
            <translation>Redenumește rândul</translation>
        </message>
    </context>
    <context>
        <name>KindsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>New from &amp;template…</source>
            <translation>Hartă nouă din &amp;șablon…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Start a map from a ready-made journey with lanes, content and a persona</source>
            <translation>Începeți o hartă dintr-o călătorie a clientului gata făcută, cu rânduri, conținut și o persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Draw &amp;route</source>
            <translation>&amp;Desenează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Connect touchpoints with arrows to show a persona's route across channels</source>
            <translation>Legați punctele de contact cu săgeți pentru a arăta traseul unei persone prin canale</translation>
        </message>
    </context>
    <context>
        <name>LayoutPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Layout</source>
            <translation>Aranjare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Check the header row and how the sheet is laid out. The bold row is the header.</source>
            <translation>Verificați rândul de antet și cum este aranjată foaia. Rândul îngroșat este antetul.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No header row</source>
            <translation>Fără rând de antet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Per metric (sum for counts, mean otherwise)</source>
            <translation>Pe metrică (sumă pentru numărători, altfel medie)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet preview</source>
            <translation>Previzualizarea foii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Header row:</source>
            <translation>&amp;Rând de antet:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Layout:</source>
            <translation>&amp;Aranjare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Stage column:</source>
            <translation>Coloana &amp;etapei:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Metric name column:</source>
            <translation>Coloana cu nu&amp;mele metricii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Value column:</source>
            <translation>Coloana &amp;valorii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Date column:</source>
            <translation>Coloana &amp;datei:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Touchpoint column:</source>
            <translation>Coloana punctului de &amp;contact:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Persona or segment column:</source>
            <translation>Coloana personei sau &amp;segmentului:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Several &amp;rows per stage:</source>
            <translation>Mai m&amp;ulte rânduri pe etapă:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One row per stage</source>
            <translation>Un rând pe etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One column per stage</source>
            <translation>O coloană pe etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage, metric, value rows</source>
            <translation>Rânduri etapă, metrică, valoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No column with numbers was found: check the header row and the layout.</source>
            <translation>Nu s-a găsit nicio coloană cu numere: verificați rândul de antet și aranjarea.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>(none)</source>
            <translation>(niciuna)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Hărți ale călătoriei clientului (*.cjm);;Toate fișierele (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Opened map</source>
            <translation>Harta deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Undo history</source>
            <translation>Istoricul anulărilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>History</source>
            <translation>Istoric</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fișier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;New map…</source>
            <translation>Hartă &amp;nouă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New from sa&amp;mple map</source>
            <translation>Hartă nouă din &amp;exemplu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New &amp;window</source>
            <translation>Fereastră no&amp;uă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Deschide…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Deschide &amp;recente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save &amp;as…</source>
            <translation>Salvează c&amp;a…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Close window</source>
            <translation>În&amp;chide fereastra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Ieșire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Insert</source>
            <translation>&amp;Inserare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Vizualizare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom o&amp;ut</source>
            <translation>Mi&amp;cșorează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom to &amp;fit</source>
            <translation>&amp;Potrivește în fereastră</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Actual size</source>
            <translation>Mărime re&amp;ală</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Map</source>
            <translation>&amp;Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Ajutor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;About cjm-desktop</source>
            <translation>&amp;Despre cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Main</source>
            <translation>Principală</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>Modificări nesalvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open journey map</source>
            <translation>Deschide harta călătoriei clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save journey map</source>
            <translation>Salvează harta călătoriei clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save the changes to “%s” before closing?</source>
            <translation>Salvați modificările din „%s” înainte de închidere?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Saved %s</source>
            <translation>Salvat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>Mă&amp;rește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the sample map</source>
            <translation>Harta exemplu nu a putut fi deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the map</source>
            <translation>Harta nu a putut fi deschisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not save the map</source>
            <translation>Harta nu a putut fi salvată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>(none)</source>
            <translation>(niciunul)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>“%1”: %2</source>
            <translation>„%1”: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Could not open the template</source>
            <translation>Șablonul nu a putut fi deschis</translation>
        </message>
    </context>
    <context>
        <name>MapFile</name>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the disk is full. Free some space or save to another drive.</source>
            <translation>discul este plin. Eliberați spațiu sau salvați pe altă unitate.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>this location is read-only or you have no permission to write here. Save to another folder.</source>
            <translation>această locație este doar în citire sau nu aveți permisiunea de a scrie aici. Salvați în alt dosar.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the folder does not exist.</source>
            <translation>dosarul nu există.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>that is a folder, not a file.</source>
            <translation>acesta este un dosar, nu un fișier.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the file name is too long.</source>
            <translation>numele fișierului este prea lung.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>could not save: %1</source>
            <translation>nu s-a putut salva: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds %s, which is not a number a journey map can hold</source>
            <translation>conține %s, care nu este un număr pe care o hartă a călătoriei clientului îl poate avea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map.</source>
            <translation>fișierul este prea mare pentru a fi o hartă a călătoriei clientului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is empty.</source>
            <translation>fișierul este gol.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s…)</source>
            <translation>conține un număr prea mare pentru o hartă a călătoriei clientului (%s…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s)</source>
            <translation>conține un număr prea mare pentru o hartă a călătoriei clientului (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a journey map (the file is not UTF-8 text).</source>
            <translation>nu este o hartă a călătoriei clientului (fișierul nu este text UTF-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its JSON is nested too deeply to be a journey map).</source>
            <translation>este deteriorat (JSON-ul său este imbricat prea adânc pentru o hartă a călătoriei clientului).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>it does not contain a journey map (the top level is not a JSON object)</source>
            <translation>nu conține o hartă a călătoriei clientului (nivelul de sus nu este un obiect JSON)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested too deeply).</source>
            <translation>este deteriorat (datele sale sunt imbricate prea adânc).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>that is a folder, not a map file.</source>
            <translation>acesta este un dosar, nu un fișier de hartă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a regular file.</source>
            <translation>nu este un fișier obișnuit.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file does not exist (it may have been moved or deleted).</source>
            <translation>fișierul nu există (poate a fost mutat sau șters).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged or not a journey map (invalid JSON at line %d, column %d).</source>
            <translation>este deteriorat sau nu este o hartă a călătoriei clientului (JSON invalid la rândul %d, coloana %d).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested more than %d levels deep)</source>
            <translation>este deteriorat (datele sale sunt imbricate pe mai mult de %d niveluri)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map (%s MB).</source>
            <translation>fișierul este prea mare pentru a fi o hartă a călătoriei clientului (%s MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it could not be read: %s</source>
            <translation>nu a putut fi citit: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds text that is not valid Unicode (a broken character)</source>
            <translation>conține text care nu este Unicode valid (un caracter stricat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two stages share the id '%1'</source>
            <translation>două etape au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two lanes share the id '%1'</source>
            <translation>două rânduri au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two cards share the id '%1'</source>
            <translation>două carduri au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two personas share the id '%1'</source>
            <translation>două persone au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two routes share the id '%1'</source>
            <translation>două trasee au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two metrics share the id '%1'</source>
            <translation>două metrici au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two snapshots share the id '%1'</source>
            <translation>două instantanee au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two channels share the id '%1'</source>
            <translation>două canale au același identificator „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in stage '%2', which does not exist</source>
            <translation>cardul „%1” se află în etapa „%2”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is linked to persona '%2', which does not exist</source>
            <translation>cardul „%1” este legat de persona „%2”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>opportunity card '%1' addresses pain point '%2', which does not exist</source>
            <translation>cardul de oportunitate „%1” rezolvă punctul de durere „%2”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>an emotion score refers to persona '%1' and stage '%2'; one of them does not exist</source>
            <translation>un scor de emoție se referă la persona „%1” și etapa „%2”; una dintre ele nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>persona '%1' has two emotion scores at stage '%2'</source>
            <translation>persona „%1” are două scoruri de emoție în etapa „%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' belongs to persona '%2', which does not exist</source>
            <translation>traseul „%1” aparține personei „%2”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value refers to metric '%1' at stage '%2'; one of them does not exist</source>
            <translation>o valoare de metrică se referă la metrica „%1” în etapa „%2”; una dintre ele nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value is on card '%1', which does not exist</source>
            <translation>o valoare de metrică se află pe cardul „%1”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value belongs to persona '%1', which does not exist</source>
            <translation>o valoare de metrică aparține personei „%1”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>%1 should be an object</source>
            <translation>%1 ar trebui să fie un obiect</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in lane '%2', which does not exist</source>
            <translation>cardul „%1” se află în rândul „%2”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' connects a card that does not exist</source>
            <translation>traseul „%1” leagă un card care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>voting refers to lane '%1', which does not exist</source>
            <translation>votarea se referă la rândul „%1”, care nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the clipboard does not hold cards</source>
            <translation>clipboardul nu conține carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the cards were copied from a newer cjm-desktop</source>
            <translation>cardurile au fost copiate dintr-o versiune mai nouă a cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>it was saved by a newer cjm-desktop (file format version %1; this version reads up to %2). Update cjm-desktop to open it.</source>
            <translation>a fost salvat de o versiune mai nouă a cjm-desktop (versiunea formatului de fișier %1; această versiune citește până la %2). Actualizați cjm-desktop pentru a-l deschide.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>format_version is missing or not a whole number</source>
            <translation>format_version lipsește sau nu este un număr întreg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>file format version %1 is not supported</source>
            <translation>versiunea %1 a formatului de fișier nu este acceptată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>it is not a recovery copy.</source>
            <translation>nu este o copie de recuperare.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>could not create the recovery folder: %1</source>
            <translation>dosarul de recuperare nu a putut fi creat: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>the recovery copy could not be read: %1</source>
            <translation>copia de recuperare nu a putut fi citită: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>the document</source>
            <translation>documentul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/snapshots.py" />
            <source>snapshot “%1”: %2</source>
            <translation>instantaneul „%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>MapLocking</name>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Map in use</source>
            <translation>Hartă în uz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open it read-only to look and present, open a copy to edit separately, or open it anyway (whoever saves last overwrites the other's changes).</source>
            <translation>Deschideți-o doar pentru citire, ca s-o vedeți și s-o prezentați, deschideți o copie pe care s-o editați separat sau deschideți-o oricum (cine salvează ultimul suprascrie modificările celuilalt).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;read-only</source>
            <translation>Deschide doar pentru ci&amp;tire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open a &amp;copy</source>
            <translation>Deschide o &amp;copie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;anyway</source>
            <translation>Deschide &amp;oricum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open journey map read-only</source>
            <translation>Deschide harta călătoriei clientului doar pentru citire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open rea&amp;d-only…</source>
            <translation>Deschide doar pentru ci&amp;tire…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Opened a copy of %s</source>
            <translation>A fost deschisă o copie a %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map was opened read-only.</source>
            <translation>harta a fost deschisă doar pentru citire.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the file is read-only (write-protected).</source>
            <translation>fișierul este doar pentru citire (protejat la scriere).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Read-only map</source>
            <translation>Hartă doar pentru citire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor: %2.</source>
            <translation>„%1” este deschisă în alt editor: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map is open in another editor (%s).</source>
            <translation>harta este deschisă în alt editor (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>%1 on %2 since %3</source>
            <translation>%1 pe %2 din %3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is read-only: %2 Use Save As to keep your version.</source>
            <translation>„%1” este doar pentru citire: %2 Folosiți Salvează ca pentru a vă păstra versiunea.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor (%2). Save under another name.</source>
            <translation>„%1” este deschisă în alt editor (%2). Salvați-o sub alt nume.</translation>
        </message>
    </context>
    <context>
        <name>MetricTargets</name>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Metric targets</source>
            <translation>Ținte pentru metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Type a target for each metric (percentages as numbers, 5 for 5 %); empty: none.</source>
            <translation>Introduceți o țintă pentru fiecare metrică (procentele ca numere, 5 pentru 5 %); gol: fără țintă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Set metric target</source>
            <translation>Setează ținta metricii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>higher is better</source>
            <translation>mai mare e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>lower is better</source>
            <translation>mai mic e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>%s (%s):</source>
            <translation>%s (%s):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Target for %s</source>
            <translation>Ținta pentru %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>The map has no metrics yet (Map ▸ Import metrics…).</source>
            <translation>Harta nu are încă metrici (Hartă ▸ Importă metrici…).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>“%s” is not a number: the target of %s is unchanged.</source>
            <translation>„%s” nu este un număr: ținta pentru %s rămâne neschimbată.</translation>
        </message>
    </context>
    <context>
        <name>MetricsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Import metrics…</source>
            <translation>&amp;Importă metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Refresh metrics</source>
            <translation>&amp;Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>E&amp;xport metrics workbook…</source>
            <translation>E&amp;xportă registrul de metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Lay numbers from a spreadsheet over the stages</source>
            <translation>Așezați numerele dintr-o foaie de calcul peste etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Re-read the spreadsheet the metrics came from</source>
            <translation>Recitiți foaia de calcul din care provin metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Metrics dock</source>
            <translation>Panoul de &amp;metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Export metrics workbook</source>
            <translation>Exportă registrul de metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Registru Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics imported: %d. Ctrl+Z undoes the import.</source>
            <translation>Metrici importate: %d. Ctrl+Z anulează importul.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Exported %s</source>
            <translation>Exportat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
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
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>No metrics yet: Map ▸ Import metrics…</source>
            <translation>Încă nu există metrici: Hartă ▸ Importă metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>Metric:</source>
            <translation>Metrică:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>%s over time</source>
            <translation>%s în timp</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric definitions</source>
            <translation>Definițiile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric values</source>
            <translation>Valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>%1
(%2)</source>
            <translation>%1
(%2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Clear metric values</source>
            <translation>Golește valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Add metric</source>
            <translation>&amp;Adaugă o metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Delete metric</source>
            <translation>Ș&amp;terge metrica</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values of</source>
            <translation>Valori pentru</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Values of:</source>
            <translation>&amp;Valori pentru:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values in italics were typed by hand; Refresh keeps them.</source>
            <translation>Valorile cursive au fost introduse manual; Reîmprospătarea le păstrează.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics grid</source>
            <translation>Grila metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics &amp;grid…</source>
            <translation>&amp;Grila metricilor…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Type metric definitions and values by hand</source>
            <translation>Introduceți manual definițiile și valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Unit</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Better</source>
            <translation>Mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Target</source>
            <translation>Țintă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Source note</source>
            <translation>Notă despre sursă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Paste metric values</source>
            <translation>Lipește valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Stages</source>
            <translation>Etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Touchpoints</source>
            <translation>Puncte de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>New metric</source>
            <translation>Metrică nouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Persona: %1</source>
            <translation>Persona: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Higher</source>
            <translation>Mai mare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Lower</source>
            <translation>Mai mic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Typed by hand: Refresh keeps it</source>
            <translation>Introdusă manual: Reîmprospătarea o păstrează</translation>
        </message>
    </context>
    <context>
        <name>MetricsPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>number</source>
            <translation>număr</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>percent</source>
            <translation>procent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>currency</source>
            <translation>monedă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>duration</source>
            <translation>durată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>higher</source>
            <translation>mai mare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>lower</source>
            <translation>mai mic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>sum</source>
            <translation>sumă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>mean</source>
            <translation>medie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>median</source>
            <translation>mediană</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>min</source>
            <translation>minim</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>max</source>
            <translation>maxim</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>last</source>
            <translation>ultima</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>count</source>
            <translation>număr de valori</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metric</source>
            <translation>Metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Unit</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Better when</source>
            <translation>Mai bine când</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Target</source>
            <translation>Țintă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Aggregate</source>
            <translation>Agregare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Guessed from the column names and cell formats. Untick a metric to leave it out. Targets are typed as shown (40 for 40 %, seconds for durations).</source>
            <translation>Deduse din numele coloanelor și formatele celulelor. Debifați o metrică pentru a o omite. Țintele se scriu așa cum sunt afișate (40 pentru 40 %, secunde pentru durate).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics to import</source>
            <translation>Metrici de importat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tick at least one metric to import.</source>
            <translation>Bifați cel puțin o metrică de importat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The target of %s is not a number.</source>
            <translation>Ținta pentru %s nu este un număr.</translation>
        </message>
    </context>
    <context>
        <name>MetricsWorkbook</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>number</source>
            <translation>număr</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>percent</source>
            <translation>procent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>currency</source>
            <translation>monedă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>duration</source>
            <translation>durată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>higher</source>
            <translation>mai mare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>lower</source>
            <translation>mai mic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>sum</source>
            <translation>sumă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>mean</source>
            <translation>medie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>median</source>
            <translation>mediană</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>min</source>
            <translation>minim</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>max</source>
            <translation>maxim</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>last</source>
            <translation>ultima</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>count</source>
            <translation>număr de valori</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Sheet</source>
            <translation>Foaie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Date</source>
            <translation>Dată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric</source>
            <translation>Metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Value</source>
            <translation>Valoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoint</source>
            <translation>Punct de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Unit</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Better when</source>
            <translation>Mai bine când</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Target</source>
            <translation>Țintă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Aggregate</source>
            <translation>Agregare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Source note</source>
            <translation>Notă despre sursă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunity</source>
            <translation>Oportunitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Pain points addressed</source>
            <translation>Puncte de durere rezolvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Owner</source>
            <translation>Responsabil</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Effort</source>
            <translation>Efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric details</source>
            <translation>Detalii metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Cards</source>
            <translation>Carduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Series</source>
            <translation>Serii de timp</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoints and personas</source>
            <translation>Puncte de contact și persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunities</source>
            <translation>Oportunități</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Lane</source>
            <translation>Rând</translation>
        </message>
    </context>
    <context>
        <name>OpportunityLinks</name>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show on map</source>
            <translation>Arată pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show the chosen card on the map</source>
            <translation>Arată cardul ales pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Pain points this opportunity addresses</source>
            <translation>Punctele de durere pe care le rezolvă această oportunitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Opportunities addressing this pain point</source>
            <translation>Oportunități care rezolvă acest punct de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No pain points on the map yet</source>
            <translation>Harta nu are încă puncte de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No opportunity addresses it yet</source>
            <translation>Nicio oportunitate nu îl rezolvă încă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>OpportunityMatrix</name>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Impact × effort matrix</source>
            <translation>Matricea impact × efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>low</source>
            <translation>scăzut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>medium</source>
            <translation>mediu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>high</source>
            <translation>ridicat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Effort →</source>
            <translation>Efort →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>No rated opportunities</source>
            <translation>Nicio oportunitate evaluată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Not rated (impact or effort unset):</source>
            <translation>Neevaluate (lipsește impactul sau efortul):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Opportunities not rated</source>
            <translation>Oportunități neevaluate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>+%1 more</source>
            <translation>+încă %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>%1; status %2; impact %3, effort %4</source>
            <translation>%1; stare %2; impact %3, efort %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort</source>
            <translation>Impact × efort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort matri&amp;x</source>
            <translation>Matricea impact × e&amp;fort</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Place the opportunities by impact and effort</source>
            <translation>Așază oportunitățile după impact și efort</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Lane, %n cards in this stage</source>
            <translation>
                <numerusform>Rând, %n card în această etapă</numerusform>
                <numerusform>Rând, %n carduri în această etapă</numerusform>
                <numerusform>Rând, %n de carduri în această etapă</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stage %d of %d</source>
            <translation>Etapa %d din %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>(empty card)</source>
            <translation>(card gol)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Map outline</source>
            <translation>Structura hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages with their lanes and cards, then personas and metrics. F2 edits a name or text.</source>
            <translation>Etapele cu rândurile și cardurile lor, apoi personele și metricile. F2 editează un nume sau un text.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename persona</source>
            <translation>Redenumește persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Card in %s</source>
            <translation>Card în %s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n dovadă</numerusform>
                <numerusform>%n dovezi</numerusform>
                <numerusform>%n de dovezi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages</source>
            <translation>Etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>severity %s</source>
            <translation>gravitate %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>status: %s</source>
            <translation>stare: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>pain points addressed: %d</source>
            <translation>puncte de durere rezolvate: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>votes: %d</source>
            <translation>voturi: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>evidence level: %s</source>
            <translation>nivel de dovadă: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>&amp;Personas…</source>
            <translation>&amp;Persone…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Create and edit the personas of this map</source>
            <translation>Creați și editați personele acestei hărți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Add &amp;persona</source>
            <translation>Adaugă &amp;persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Persona &amp;curves</source>
            <translation>C&amp;urbele personelor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona</source>
            <translation>Evidențiază persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Fade out what belongs to other personas</source>
            <translation>Estompează ce ține de alte persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona: </source>
            <translation>Evidențiază persona: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>All</source>
            <translation>Toate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Emotion note</source>
            <translation>Notă de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Why does %s feel this way at “%s”?</source>
            <translation>De ce se simte %s așa la „%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>(no personas)</source>
            <translation>(nicio persona)</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No personas yet (Map ▸ Personas…)</source>
            <translation>Încă nu există persone (Hartă ▸ Persone…)</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Imagini (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Role / occupation</source>
            <translation>Rol / ocupație</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Age</source>
            <translation>Vârstă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Location</source>
            <translation>Localitate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Background</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Goals</source>
            <translation>Obiective</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Motivations</source>
            <translation>Motivații</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Frustrations</source>
            <translation>Frustrări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Behaviours</source>
            <translation>Comportamente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Characteristic quote</source>
            <translation>Citat caracteristic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Bifați o persona pentru a-i afișa curba emoțiilor pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Add</source>
            <translation>Adaugă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Duplicate</source>
            <translation>Duplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move up</source>
            <translation>Mută în sus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move down</source>
            <translation>Mută în jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona up the list (Alt+Up)</source>
            <translation>Mută persona mai sus în listă (Alt+Sus)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona down the list (Alt+Down)</source>
            <translation>Mută persona mai jos în listă (Alt+Jos)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>From file…</source>
            <translation>Din fișier…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Paste</source>
            <translation>Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Photo</source>
            <translation>Fotografie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Colour</source>
            <translation>Culoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Preferred channels</source>
            <translation>Canale preferate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Persona colour</source>
            <translation>Culoarea personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Choose a photo</source>
            <translation>Alegeți o fotografie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The photo was not added. %s</source>
            <translation>Fotografia nu a fost adăugată. %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>pasted image</source>
            <translation>imagine lipită</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The clipboard holds no image. Copy a picture first.</source>
            <translation>Clipboardul nu conține nicio imagine. Copiați mai întâi o imagine.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preference&amp;s…</source>
            <translation>Pre&amp;ferințe…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preferences</source>
            <translation>Preferințe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>System default</source>
            <translation>Limba sistemului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Limbă:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>A new language applies the next time the editor starts.</source>
            <translation>O limbă nouă se aplică la următoarea pornire a editorului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Theme:</source>
            <translation>&amp;Temă:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>How long after your last edit a recovery copy is written</source>
            <translation>La cât timp după ultima editare se scrie o copie de recuperare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Autosave after:</source>
            <translation>Salvare &amp;automată după:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default export &amp;format:</source>
            <translation>&amp;Format implicit de export:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default PDF &amp;page size:</source>
            <translation>Dimensiunea implicită a &amp;paginii PDF:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default image &amp;resolution:</source>
            <translation>&amp;Rezoluția implicită a imaginii:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Same as the system</source>
            <translation>Ca sistemul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Light</source>
            <translation>Luminoasă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Dark</source>
            <translation>Întunecată</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Presentation — %s</source>
            <translation>Prezentare — %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Workshop controls</source>
            <translation>Comenzi pentru atelier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Overview</source>
            <translation>Privire de ansamblu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Look in:</source>
            <translation>&amp;Caută în:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>File &amp;name:</source>
            <translation>&amp;Nume fișier:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Files of &amp;type:</source>
            <translation>&amp;Tip fișiere:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Parent Directory</source>
            <translation>Dosarul părinte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Create New Folder</source>
            <translation>Creează un dosar nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>List View</source>
            <translation>Vizualizare listă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Detail View</source>
            <translation>Vizualizare detaliată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Open</source>
            <translation>&amp;Deschide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Choose</source>
            <translation>&amp;Alege</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save As</source>
            <translation>Salvează ca</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>All Files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>New Folder</source>
            <translation>Dosar nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;New Folder</source>
            <translation>&amp;Dosar nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Redenumește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Delete</source>
            <translation>Ș&amp;terge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show &amp;hidden files</source>
            <translation>Arată fișierele &amp;ascunse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Recent Places</source>
            <translation>Locuri recente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Directory:</source>
            <translation>Dosar:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Sigur doriți să ștergeți „%1”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fișierul nu a fost găsit.
Verificați dacă ați dat numele corect al fișierului.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Size</source>
            <translation>Dimensiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Date Modified</source>
            <translation>Data modificării</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show Details...</source>
            <translation>Arată detaliile...</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Hide Details...</source>
            <translation>Ascunde detaliile...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save</source>
            <translation>Salvează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save All</source>
            <translation>Salvează tot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Yes to &amp;All</source>
            <translation>Da la &amp;toate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;No</source>
            <translation>&amp;Nu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>N&amp;o to All</source>
            <translation>N&amp;u la toate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Abort</source>
            <translation>Abandonează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Retry</source>
            <translation>Reîncearcă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Ignore</source>
            <translation>Ignoră</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Discard</source>
            <translation>Renunță</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Apply</source>
            <translation>Aplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Reset</source>
            <translation>Resetează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Restore Defaults</source>
            <translation>Restabilește valorile implicite</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;gol&gt;</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; Îna&amp;poi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Next &gt;</source>
            <translation>Înai&amp;nte &gt;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Termină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Help</source>
            <translation>&amp;Ajutor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Commit</source>
            <translation>Confirmă</translation>
        </message>
    </context>
    <context>
        <name>Quotes</name>
        <message>
            <location filename="../../cjm_desktop/i18n.py" />
            <source>“%1”</source>
            <translation>„%1”</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Save &amp;as…</source>
            <translation>Salvează c&amp;a…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Read-only: %s Save a copy to edit it.</source>
            <translation>Doar pentru citire: %s Salvați o copie pentru a o edita.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source> (read-only)</source>
            <translation> (doar pentru citire)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Not changed: %s</source>
            <translation>Nu s-a modificat: %s</translation>
        </message>
    </context>
    <context>
        <name>ReadingOptions</name>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Automatic (from the file, then the map)</source>
            <translation>Automat (din fișier, apoi din hartă)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Point: 1,234.5</source>
            <translation>Punct: 1,234.5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Comma: 1.234,5 or 1 234,5</source>
            <translation>Virgulă: 1.234,5 sau 1 234,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Codificare:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Decimal mark:</source>
            <translation>Separator &amp;zecimal:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>These numbers read two ways; choose the decimal mark above:</source>
            <translation>Aceste numere se pot citi în două feluri; alegeți separatorul zecimal de mai sus:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>“%s”: %s is %s with a decimal point, or %s with a decimal comma.</source>
            <translation>„%s”: %s este %s cu punct zecimal sau %s cu virgulă zecimală.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>%s (detected)</source>
            <translation>%s (detectat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Text as read: %s</source>
            <translation>Textul așa cum a fost citit: %s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Recover unsaved maps</source>
            <translation>Recuperează hărțile nesalvate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>cjm-desktop did not close properly last time. These maps had changes that were not saved:</source>
            <translation>cjm-desktop nu s-a închis corect data trecută. Aceste hărți aveau modificări nesalvate:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Restored maps open with their changes unsaved; save them to keep them.</source>
            <translation>Hărțile restaurate se deschid cu modificările nesalvate; salvați-le pentru a le păstra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Discard</source>
            <translation>Re&amp;nunță</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Later</source>
            <translation>Mai &amp;târziu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Discard recovered work?</source>
            <translation>Renunțați la munca recuperată?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n maps will be deleted for good.</source>
            <translation>
                <numerusform>Modificările nesalvate ale unei hărți (%n) vor fi șterse definitiv.</numerusform>
                <numerusform>Modificările nesalvate din %n hărți vor fi șterse definitiv.</numerusform>
                <numerusform>Modificările nesalvate din %n de hărți vor fi șterse definitiv.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Map</source>
            <translation>Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Original file</source>
            <translation>Fișierul original</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Last autosaved</source>
            <translation>Ultima salvare automată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>(never saved)</source>
            <translation>(niciodată salvată)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Could not restore the map</source>
            <translation>Harta nu a putut fi restaurată</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>File changed on disk</source>
            <translation>Fișierul s-a schimbat pe disc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not write the recovery copy: %s</source>
            <translation>Copia de recuperare nu a putut fi scrisă: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reload the map?</source>
            <translation>Reîncărcați harta?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloaded %s</source>
            <translation>Reîncărcat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program since you opened or saved it.
Overwrite it with your version? The other version is kept as a .bak file.</source>
            <translation>„%s” a fost modificat de alt program de când l-ați deschis sau salvat.
Îl suprascrieți cu versiunea dvs.? Cealaltă versiune se păstrează ca fișier .bak.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading “%s” discards your unsaved changes, and they cannot be undone.</source>
            <translation>Reîncărcarea „%s” renunță la modificările nesalvate, iar acest lucru nu poate fi anulat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not reload the map</source>
            <translation>Harta nu a putut fi reîncărcată</translation>
        </message>
    </context>
    <context>
        <name>RefreshDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Refresh metrics</source>
            <translation>Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Choose a sheet…</source>
            <translation>Alegeți o foaie…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Foaie:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Apply</source>
            <translation>&amp;Aplică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Locate…</source>
            <translation>&amp;Localizează…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Locate the metrics source</source>
            <translation>Localizați sursa metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 was not found in
%2

It may have been renamed, or the workbook exported in another language. Choose the sheet to refresh from:</source>
            <translation>Foaia %1 nu a fost găsită în
%2

Este posibil să fi fost redenumită sau registrul să fi fost exportat în altă limbă. Alegeți foaia din care se reîmprospătează:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>added</source>
            <translation>adăugată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>removed</source>
            <translation>eliminată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>changed</source>
            <translation>modificată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Stage</source>
            <translation>Etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Metric</source>
            <translation>Metrică</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Before</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>After</source>
            <translation>După</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Change</source>
            <translation>Schimbare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>This map has no metrics source yet. Use Map ▸ Import metrics… first.</source>
            <translation>Această hartă nu are încă o sursă de metrici. Folosiți mai întâi Hartă ▸ Importă metrici….</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Reading %s…</source>
            <translation>Se citește %s…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source could not be read: %s
%s</source>
            <translation>Sursa nu a putut fi citită: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source file was not found:
%s

It may have been moved, renamed or deleted. Locate it to refresh from its new place.</source>
            <translation>Fișierul sursă nu a fost găsit:
%s

Este posibil să fi fost mutat, redenumit sau șters. Localizați-l pentru a reîmprospăta din noul loc.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 does not fit this map's import: %2
Choose another sheet.</source>
            <translation>Foaia %1 nu se potrivește cu importul acestei hărți: %2
Alegeți altă foaie.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source now has stages that match no stage of the map: %s.
Use Map ▸ Import metrics… to assign them.</source>
            <translation>Sursa are acum etape care nu corespund niciunei etape a hărții: %s.
Folosiți Hartă ▸ Importă metrici… pentru a le atribui.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Values to update from %s: %d.</source>
            <translation>Valori de actualizat din %s: %d.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics are up to date: nothing changed in %s.</source>
            <translation>Metricile sunt la zi: nimic nu s-a schimbat în %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>New metrics: %s.</source>
            <translation>Metrici noi: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>%1 has no sheet %2 any more: read from %3, which Apply remembers.</source>
            <translation>%1 nu mai are foaia %2: s-a citit din %3, pe care Aplică o va reține.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Left out: %s.</source>
            <translation>Omise: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source has changed and no longer fits the import: %s
%s</source>
            <translation>Sursa s-a schimbat și nu se mai potrivește cu importul: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics could not be refreshed; the map is unchanged.
%s</source>
            <translation>Metricile nu au putut fi reîmprospătate; harta nu s-a schimbat.
%s</translation>
        </message>
    </context>
    <context>
        <name>RouteMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>The text written on the arrow</source>
            <translation>Textul scris pe săgeată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Everyone (no persona)</source>
            <translation>Toți (nicio persona)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Reverse direction</source>
            <translation>Inversează direcția</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Delete route</source>
            <translation>Șterge traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Route label</source>
            <translation>Eticheta traseului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Text on the arrow:</source>
            <translation>Textul de pe săgeată:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Label…</source>
            <translation>Etichetă…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
    </context>
    <context>
        <name>RouteTool</name>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Draw route: click a touchpoint card, then the next one. Esc to finish.</source>
            <translation>Desenează traseul: faceți clic pe un card de punct de contact, apoi pe următorul. Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route kept; the next arrow was not started. Click a touchpoint card to draw another route, Esc to finish.</source>
            <translation>Traseul a fost păstrat; săgeata următoare nu a fost începută. Faceți clic pe un card de punct de contact pentru a desena alt traseu, Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: choose a card in a touchpoints lane.</source>
            <translation>Traseele leagă carduri de puncte de contact: alegeți un card dintr-un rând de puncte de contact.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Arrows leaving this touchpoint deleted (Ctrl+Z brings them back).</source>
            <translation>Săgețile care pleacă din acest punct de contact au fost șterse (Ctrl+Z le readuce).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Now click the touchpoint the customer goes to next.</source>
            <translation>Acum faceți clic pe punctul de contact la care ajunge clientul în continuare.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>These two touchpoints are already connected.</source>
            <translation>Aceste două puncte de contact sunt deja legate.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route drawn. Click the next touchpoint to continue, Esc to finish.</source>
            <translation>Traseu desenat. Faceți clic pe următorul punct de contact pentru a continua, Esc pentru a termina.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: click a card in a touchpoints lane.</source>
            <translation>Traseele leagă carduri de puncte de contact: faceți clic pe un card dintr-un rând de puncte de contact.</translation>
        </message>
    </context>
    <context>
        <name>SheetReading</name>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)</source>
            <translation>Registre Excel (*.xlsx *.xlsm *.xlsb *.xls)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>LibreOffice (*.ods)</source>
            <translation>LibreOffice (*.ods)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Text tables (*.csv *.tsv *.txt)</source>
            <translation>Tabele text (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Spreadsheets (%s)</source>
            <translation>Foi de calcul (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading spreadsheet</source>
            <translation>Se citește foaia de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading %s…</source>
            <translation>Se citește %s…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Moving around the map</source>
            <translation>Deplasarea pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Emotion scores</source>
            <translation>Scoruri de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Routes (Insert ▸ Draw route, R)</source>
            <translation>Trasee (Inserare ▸ Desenează traseul, R)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Personas and metrics</source>
            <translation>Persone și metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keyboard shortcuts</source>
            <translation>Comenzi rapide de la tastatură</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keys</source>
            <translation>Taste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>What they do</source>
            <translation>Ce fac</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu commands</source>
            <translation>Comenzi din meniu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Arrow keys</source>
            <translation>Tastele săgeți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select the next card, stage or lane</source>
            <translation>Selectează cardul, etapa sau rândul următor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+arrow keys</source>
            <translation>Alt+tastele săgeți</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Move the selected card, stage or lane</source>
            <translation>Mută cardul, etapa sau rândul selectat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or F2</source>
            <translation>Enter sau F2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Edit the selected item's text</source>
            <translation>Editează textul elementului selectat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the selection</source>
            <translation>Anulează selecția</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu key</source>
            <translation>Tasta Meniu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The context menu</source>
            <translation>Meniul contextual</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Right on the Emotions lane</source>
            <translation>Dreapta pe rândul Emoții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Put the focus ring on the first persona's first point</source>
            <translation>Pune focalizarea pe primul punct al primei persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Up / Down</source>
            <translation>Sus / Jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Raise or lower the score (one undo step each)</source>
            <translation>Crește sau scade scorul (câte un pas de anulare)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Left / Right</source>
            <translation>Stânga / Dreapta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next stage</source>
            <translation>Etapa anterioară sau următoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next persona</source>
            <translation>Persona anterioară sau următoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Score an unscored stage (0)</source>
            <translation>Notează o etapă fără scor (0)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the score</source>
            <translation>Golește scorul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Back to the lane</source>
            <translation>Înapoi la rând</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select a touchpoint card</source>
            <translation>Selectează un card de punct de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or Space</source>
            <translation>Enter sau Spațiu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Start the route here, or draw the next arrow</source>
            <translation>Începe traseul aici sau desenează săgeata următoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete the arrows leaving the selected card</source>
            <translation>Șterge săgețile care pleacă din cardul selectat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc, Esc</source>
            <translation>Esc, Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Stop the pending arrow, then leave the tool</source>
            <translation>Oprește săgeata începută, apoi părăsește instrumentul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Sus / Alt+Jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>In the persona editor's list: move the persona</source>
            <translation>În lista editorului de persone: mută persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Map ▸ Metric targets…</source>
            <translation>Hartă ▸ Ținte pentru metrici…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Type each metric's target; Tab applies it</source>
            <translation>Introduceți ținta fiecărei metrici; Tab o aplică</translation>
        </message>
    </context>
    <context>
        <name>SnapshotActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots</source>
            <translation>In&amp;stantanee</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Creează un instantaneu…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Keep a named, dated copy of the map inside it</source>
            <translation>Păstrează în hartă o copie a ei, cu nume și dată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots…</source>
            <translation>&amp;Instantanee…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Edit the to-be curves…</source>
            <translation>&amp;Editează curbele dorite…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Cop&amp;y the emotion curves to the to-be curves</source>
            <translation>Copiază curbele emoțiilor în curbele &amp;dorite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Clear the to-be curves</source>
            <translation>&amp;Golește curbele dorite</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Snapshot</source>
            <translation>Instantaneu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Take snapshot</source>
            <translation>Creează un instantaneu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Delete snapshot</source>
            <translation>Șterge instantaneul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Mark snapshot</source>
            <translation>Marchează instantaneul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Restore snapshot “%1”</source>
            <translation>Restaurează instantaneul «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Set the to-be curves</source>
            <translation>Setează curbele dorite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Clear the to-be curves</source>
            <translation>Golește curbele dorite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Edit the to-be curves</source>
            <translation>Editează curbele dorite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Why this version matters (optional)</source>
            <translation>De ce contează această versiune (opțional)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nume:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>N&amp;ote:</source>
            <translation>N&amp;otă:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Mark as:</source>
            <translation>&amp;Marchează ca:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshots</source>
            <translation>Instantanee</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Creează un instantaneu…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Compare with the map</source>
            <translation>Com&amp;pară cu harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark &amp;as-is</source>
            <translation>Marchează ca &amp;actual</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark t&amp;o-be</source>
            <translation>Marchează ca d&amp;orit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Use its curves as &amp;to-be</source>
            <translation>Folosește-i curbele ca dori&amp;te</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Delete</source>
            <translation>Ș&amp;terge</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>as-is</source>
            <translation>actual</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>to-be</source>
            <translation>dorit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Taken</source>
            <translation>Creat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Note</source>
            <translation>Notă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshot %1</source>
            <translation>Instantaneul %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Damaged snapshot</source>
            <translation>Instantaneu deteriorat</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 × %2 read from “%3”.</source>
            <translation>Citit din „%3”: %1 × %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n rând</numerusform>
                <numerusform>%n rânduri</numerusform>
                <numerusform>%n de rânduri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n coloană</numerusform>
                <numerusform>%n coloane</numerusform>
                <numerusform>%n de coloane</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Space</source>
            <translation>spațiu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet</source>
            <translation>Foaie de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.</source>
            <translation>Alegeți un fișier Excel, LibreOffice sau CSV exportat din instrumente de analiză, CRM sau sondaje.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet file</source>
            <translation>Fișierul foii de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Path to a .xlsx, .xls, .ods, .csv … file</source>
            <translation>Calea către un fișier .xlsx, .xls, .ods, .csv …</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Bro&amp;wse…</source>
            <translation>&amp;Răsfoiește…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>F&amp;ile:</source>
            <translation>&amp;Fișier:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Sheet:</source>
            <translation>F&amp;oaie:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Text file: encoding %s, delimiter “%s”.</source>
            <translation>Fișier text: codificare %s, separator „%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Could not read this file.</source>
            <translation>Acest fișier nu a putut fi citit.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it needs more than the %1 GB of memory the reader may use, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>citirea lui necesită mai mult decât cei %1 GB de memorie permiși cititorului, așa că a fost oprită. Harta dvs. nu s-a schimbat. Copiați datele de care aveți nevoie într-un fișier mai mic sau exportați-le ca CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it took longer than %1 s, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>citirea lui a durat mai mult de %1 s, așa că a fost oprită. Harta dvs. nu s-a schimbat. Copiați datele de care aveți nevoie într-un fișier mai mic sau exportați-le ca CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the spreadsheet reader stopped unexpectedly (%1) while reading it; the file is probably damaged or hostile. Your map is unchanged. Try opening it in Excel or LibreOffice and saving it again.</source>
            <translation>cititorul de foi de calcul s-a oprit neașteptat (%1) în timpul citirii; fișierul este probabil deteriorat sau ostil. Harta dvs. nu s-a schimbat. Încercați să îl deschideți în Excel sau LibreOffice și să îl salvați din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the reader could not be started (%1).</source>
            <translation>cititorul nu a putut fi pornit (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_errors.py" />
            <source>reading was cancelled.</source>
            <translation>citirea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>a sheet spans %1 rows x %2 columns, more than the %3 cells that can be imported safely. Copy the data you need into a new file, or export it as CSV.</source>
            <translation>o foaie se întinde pe %1 rânduri x %2 coloane, mai mult decât cele %3 celule care pot fi importate în siguranță. Copiați datele de care aveți nevoie într-un fișier nou sau exportați-le ca CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is %1 MB; files over %2 MB cannot be imported. Save only the sheet you need, or export it as CSV.</source>
            <translation>fișierul are %1 MB; fișierele de peste %2 MB nu pot fi importate. Salvați doar foaia de care aveți nevoie sau exportați-o ca CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file holds %1 parts, far more than any real spreadsheet; it was refused.</source>
            <translation>fișierul conține %1 părți, mult mai multe decât orice foaie de calcul reală; a fost refuzat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file would expand to %1 MB once unpacked; the limit is %2 MB. Save only the sheet you need, or export it as CSV.</source>
            <translation>fișierul ar ajunge la %1 MB după dezarhivare; limita este de %2 MB. Salvați doar foaia de care aveți nevoie sau exportați-o ca CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is empty (0 bytes).</source>
            <translation>fișierul este gol (0 octeți).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is password-protected (encrypted). Remove the password and try again.</source>
            <translation>fișierul este protejat prin parolă (criptat). Eliminați parola și încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' would expand %2 times (to %3 MB): this looks like a zip bomb and was refused.</source>
            <translation>partea „%1” s-ar extinde de %2 ori (la %3 MB): pare o bombă zip și a fost refuzată.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation>registrul de lucru este protejat prin parolă. Deschideți-l în Excel sau LibreOffice, eliminați parola (Fișier &gt; Informații &gt; Protejare registru de lucru), salvați și încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the spreadsheet is password-protected. Open it in LibreOffice, remove the password (File &gt; Properties &gt; Security), save, and try again.</source>
            <translation>foaia de calcul este protejată prin parolă. Deschideți-o în LibreOffice, eliminați parola (Fișier &gt; Proprietăți &gt; Securitate), salvați și încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' declares XML entities (a DOCTYPE), which spreadsheets never need and XML bombs use; the file was refused.</source>
            <translation>partea „%1” declară entități XML (un DOCTYPE), de care foile de calcul nu au nevoie niciodată, dar pe care le folosesc bombele XML; fișierul a fost refuzat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' does not start like XML; it is damaged or unsafe.</source>
            <translation>partea „%1” nu începe ca un XML; este deteriorată sau nesigură.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' holds a single XML tag over %2 MB; the file is damaged or unsafe.</source>
            <translation>partea „%1” conține o singură etichetă XML de peste %2 MB; fișierul este deteriorat sau nesigur.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is a plain text file, not a table: no commas, semicolons or tabs divide it into columns. Choose a spreadsheet or a .csv / .tsv file.</source>
            <translation>acesta este un fișier text simplu, nu un tabel: nicio virgulă, punct și virgulă sau tabulator nu îl împarte în coloane. Alegeți o foaie de calcul sau un fișier .csv / .tsv.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line is longer than %1 MB, so it is not a table of rows (is it really a CSV file?).</source>
            <translation>primul său rând depășește %1 MB, deci nu este un tabel cu rânduri (este într-adevăr un fișier CSV?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line has %1 columns; spreadsheets hold at most %2, so this is not a table that can be imported.</source>
            <translation>primul său rând are %1 coloane; foile de calcul au cel mult %2, deci acesta nu este un tabel care poate fi importat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has no data in it.</source>
            <translation>fișierul nu conține date.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file is not valid CSV near line %1 (%2).</source>
            <translation>fișierul nu este un CSV valid în jurul rândului %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: it holds binary data, not text. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>acesta nu este un fișier text (CSV): conține date binare, nu text. Alegeți un .csv exportat din instrumentul dvs. sau registrul de lucru original (ori indicați codificarea cu --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: its bytes do not read as text in any usual encoding. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>acesta nu este un fișier text (CSV): octeții săi nu se citesc ca text în nicio codificare obișnuită. Alegeți un .csv exportat din instrumentul dvs. sau registrul de lucru original (ori indicați codificarea cu --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>'%1' is not an encoding this program knows (try cp1250, cp1253, utf-8).</source>
            <translation>„%1” nu este o codificare cunoscută de acest program (încercați cp1250, cp1253, utf-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has more than %1 cells, too many to import.</source>
            <translation>fișierul are mai mult de %1 celule, prea multe pentru import.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is not really a %1 workbook: it is damaged, or another kind of file was given this name.</source>
            <translation>fișierul nu este de fapt un registru de lucru %1: este deteriorat sau un alt tip de fișier a primit acest nume.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is damaged or is not a valid spreadsheet, so it cannot be read. Try opening it in Excel or LibreOffice and saving it again. (Details: %1)</source>
            <translation>fișierul este deteriorat sau nu este o foaie de calcul validă, deci nu poate fi citit. Încercați să îl deschideți în Excel sau LibreOffice și să îl salvați din nou. (Detalii: %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is not a spreadsheet file. Choose an .xlsx, .xlsm, .xlsb, .xls, .ods, .csv or .tsv file.</source>
            <translation>acesta nu este un fișier de foaie de calcul. Alegeți un fișier .xlsx, .xlsm, .xlsb, .xls, .ods, .csv sau .tsv.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password, save, and try again.</source>
            <translation>registrul de lucru este protejat prin parolă. Deschideți-l în Excel sau LibreOffice, eliminați parola, salvați și încercați din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is too large to import safely (%1).</source>
            <translation>fișierul este prea mare pentru a fi importat în siguranță (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file uses a compression method that cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
            <translation>fișierul folosește o metodă de compresie care nu poate fi citită (%1). Deschideți-l în Excel sau LibreOffice și salvați-l din nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file does not exist (was it moved or renamed?).</source>
            <translation>fișierul nu există (a fost mutat sau redenumit?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is a folder, not a spreadsheet file.</source>
            <translation>acesta este un dosar, nu un fișier de foaie de calcul.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file cannot be opened (%1).</source>
            <translation>fișierul nu poate fi deschis (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook has no worksheets (only charts or macros).</source>
            <translation>registrul de lucru nu are foi de lucru (doar diagrame sau macrocomenzi).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>there is no sheet named '%1' (its sheets: %2).</source>
            <translation>nu există nicio foaie numită „%1” (foile lui: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet cannot be found (%1).</source>
            <translation>foaia nu poate fi găsită (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet '%1' has %2 rows x %3 columns, too many to import.</source>
            <translation>foaia „%1” are %2 rânduri x %3 coloane, prea multe pentru import.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/xlsb_guard.py" />
            <source>the part '%1' is damaged (a broken record).</source>
            <translation>partea „%1” este deteriorată (o înregistrare defectă).</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stages</source>
            <translation>Etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage names were matched ignoring case, accents and spacing. Decide what happens to the ones that match no stage of the map.</source>
            <translation>Numele etapelor au fost potrivite ignorând majusculele, diacriticele și spațiile. Decideți ce se întâmplă cu cele care nu corespund niciunei etape a hărții.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet stages and map stages</source>
            <translation>Etapele din foaie și etapele hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>In the spreadsheet</source>
            <translation>În foaia de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>On the map</source>
            <translation>Pe hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Skip these rows</source>
            <translation>Omite aceste rânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Every sheet stage has a place on the map.</source>
            <translation>Fiecare etapă din foaie are un loc pe hartă.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 (%n rows, no match)</source>
            <translation>
                <numerusform>%1 (%n rând, fără corespondență)</numerusform>
                <numerusform>%1 (%n rânduri, fără corespondență)</numerusform>
                <numerusform>%1 (%n de rânduri, fără corespondență)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>— choose —</source>
            <translation>— alegeți —</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Create new stage “%s”</source>
            <translation>Creează etapa nouă „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&lt;b&gt;Still to decide:&lt;/b&gt; %s</source>
            <translation>&lt;b&gt;Rămâne de decis:&lt;/b&gt; %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Matched nothing: %s</source>
            <translation>Fără potrivire: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start — cjm-desktop</source>
            <translation>Start — cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Customer journey maps</source>
            <translation>Hărți ale călătoriei clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start from a template, open a map, or pick up where you left off.</source>
            <translation>Porniți de la un șablon, deschideți o hartă sau continuați de unde ați rămas.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Deschide…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Open the &amp;sample map</source>
            <translation>Deschide harta &amp;exemplu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>No recent maps yet: maps you open or save appear here.</source>
            <translation>Încă nu există hărți recente: hărțile pe care le deschideți sau le salvați apar aici.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>New map from a &amp;template</source>
            <translation>Hartă nouă din ș&amp;ablon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Recent maps</source>
            <translation>Hărți &amp;recente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>This file was moved or deleted.</source>
            <translation>Acest fișier a fost mutat sau șters.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>%1 (missing)
%2</source>
            <translation>%1 (lipsă)
%2</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n stages</source>
            <translation>
                <numerusform>%n etapă</numerusform>
                <numerusform>%n etape</numerusform>
                <numerusform>%n de etape</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n lanes</source>
            <translation>
                <numerusform>%n rând</numerusform>
                <numerusform>%n rânduri</numerusform>
                <numerusform>%n de rânduri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n carduri</numerusform>
                <numerusform>%n de carduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>New from template</source>
            <translation>Hartă nouă din șablon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Templates</source>
            <translation>Șabloane</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>This template cannot be read.</source>
            <translation>Acest șablon nu poate fi citit.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Persona: %s</source>
            <translation>Persona: %s</translation>
        </message>
    </context>
    <context>
        <name>TimerLabel</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Workshop timer: T starts and stops it</source>
            <translation>Cronometrul atelierului: T îl pornește și îl oprește</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Time's up · %s</source>
            <translation>Timpul a expirat · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Last minute · %s</source>
            <translation>Ultimul minut · %s</translation>
        </message>
    </context>
    <context>
        <name>ToBeDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>To-be curves</source>
            <translation>Curbe dorite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>The score each persona should reach; drawn dashed on the map (— for none).</source>
            <translation>Scorul pe care ar trebui să-l atingă fiecare persona; desenat punctat pe hartă (— pentru niciunul).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>Score the as-is curve at this stage first</source>
            <translation>Notați mai întâi curba actuală la această etapă</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Undo</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Redo</source>
            <translation>Refă</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflicts</source>
            <translation>Conflicte de îmbinare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflict in %1, field “%2”: kept ours “%3”; theirs was “%4”.</source>
            <translation>Conflict de îmbinare în %1, câmpul „%2”: s-a păstrat valoarea noastră „%3”; cealaltă era „%4”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>cjm-desktop diff: give OLD.cjm NEW.cjm</source>
            <translation>cjm-desktop diff: indicați VECHI.cjm NOU.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the voting settings</source>
            <translation>setările votului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the map</source>
            <translation>harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the metrics source</source>
            <translation>sursa metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”, persona “%4”</source>
            <translation>metrica „%1” la %2, punctul de contact „%3”, persona „%4”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”</source>
            <translation>metrica „%1” la %2, punctul de contact „%3”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>stage “%1”</source>
            <translation>etapa „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>lane “%1”</source>
            <translation>rândul „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>persona “%1”</source>
            <translation>persona „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>channel “%1”</source>
            <translation>canalul „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1”</source>
            <translation>metrica „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>snapshot “%1”</source>
            <translation>instantaneul „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, persona “%3”</source>
            <translation>metrica „%1” la %2, persona „%3”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2</source>
            <translation>metrica „%1” la %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>emotion of %1 at %2</source>
            <translation>emoția personei %1 la %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>route “%1” → “%2”</source>
            <translation>traseul „%1” → „%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>card “%1” (%2 / %3)</source>
            <translation>cardul „%1” (%2 / %3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>%1: the merge could not make a valid map: %2</source>
            <translation>%1: îmbinarea nu a putut produce o hartă validă: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, edited on the other.</source>
            <translation>S-a păstrat %1: șters pe o parte, editat pe cealaltă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, still used on the other.</source>
            <translation>S-a păstrat %1: șters pe o parte, încă folosit pe cealaltă.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved to a new position</source>
            <translation>mutat într-o poziție nouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Changes: %1</source>
            <translation>Modificări: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved from %1 to %2</source>
            <translation>mutat din %1 în %2</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>&amp;Reset layout</source>
            <translation>Restabilește aran&amp;jarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>I&amp;nspector</source>
            <translation>I&amp;nspector</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>His&amp;tory</source>
            <translation>Is&amp;toric</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>P&amp;ersonas</source>
            <translation>Pers&amp;one</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>&amp;Dot voting</source>
            <translation>&amp;Vot cu buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics &amp;grid</source>
            <translation>&amp;Grila metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>C&amp;hanges</source>
            <translation>Mo&amp;dificări</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant</source>
            <translation>Buline per participant</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant:</source>
            <translation>Buline per participant:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on</source>
            <translation>Rânduri pe care se poate vota</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Next participant</source>
            <translation>Participantul următor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.</source>
            <translation>Faceți clic pe un card pentru a adăuga o bulină; clic dreapta, Shift- sau Alt-clic retrage una dintre bulinele dvs.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards</source>
            <translation>Cardurile cu cele mai multe voturi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Reset votes</source>
            <translation>Resetează voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on:</source>
            <translation>Rânduri pe care se poate vota:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards:</source>
            <translation>Cardurile cu cele mai multe voturi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>At least one lane must stay open to votes.</source>
            <translation>Cel puțin un rând trebuie să rămână deschis votului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Stop voting</source>
            <translation>Oprește votul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Start voting</source>
            <translation>Pornește votul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>(empty card)</source>
            <translation>(card gol)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Present</source>
            <translation>Pre&amp;zintă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Show the map full screen for a workshop (Esc leaves)</source>
            <translation>Afișează harta pe tot ecranul pentru un atelier (Esc iese)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Present &amp;on</source>
            <translation>Prezintă p&amp;e</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Dot voting</source>
            <translation>Vot cu buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Dot voting…</source>
            <translation>Vot cu &amp;buline…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Reset &amp;votes</source>
            <translation>Resetează &amp;voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Workshop &amp;timer</source>
            <translation>&amp;Cronometru atelier</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Start / stop (T while presenting)</source>
            <translation>&amp;Pornește / oprește (T în prezentare)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>%d min</source>
            <translation>%d min</translation>
        </message>
    </context>
    <context>
        <name>WorkshopControls</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>← → stages · Home/End · O overview · ↑ ↓ scroll · + − zoom · H hide empty lanes · L one lane · 1–9 capture into a lane · B blank · T timer (Shift+T: 1/3/5/10 min) · V voting · N next participant · Ctrl+Z undo · F1 keys · Esc back / leave</source>
            <translation>← → etape · Home/End · O privire de ansamblu · ↑ ↓ derulare · + − zoom · H ascunde rândurile goale · L un singur rând · 1–9 notează într-un rând · B ecran negru · T cronometru (Shift+T: 1/3/5/10 min) · V vot · N participantul următor · Ctrl+Z anulează · F1 taste · Esc înapoi / ieșire</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>End presentation</source>
            <translation>Încheie prezentarea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Start / stop (T)</source>
            <translation>Pornește / oprește (T)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Voting on/off (V)</source>
            <translation>Vot pornit/oprit (V)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Next participant (N)</source>
            <translation>Participantul următor (N)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>%d min</source>
            <translation>%d min</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>afișează versiunea programului și ieși</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>utilizare: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>argumente poziționale</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>options</source>
            <translation>opțiuni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>afișează acest ajutor și ieși</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumentul %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>are nevoie de o valoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>are nevoie de cel puțin o valoare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>alegere nevalidă: %(value)r (alegeți dintre %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valoare %(type)s nevalidă: %(value)r</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>nu este permis împreună cu argumentul %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>unul dintre argumentele %s este obligatoriu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opțiune ambiguă: %(option)s se potrivește cu %(matches)s</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>Addressed by %n</source>
            <translation>
                <numerusform>Rezolvat de %n</numerusform>
                <numerusform>Rezolvat de %n</numerusform>
                <numerusform>Rezolvat de %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ 1 pain point</source>
            <translation>→ 1 punct de durere</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ %n pain points</source>
            <translation>
                <numerusform>→ %n punct de durere</numerusform>
                <numerusform>→ %n puncte de durere</numerusform>
                <numerusform>→ %n de puncte de durere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Interview</source>
            <translation>Interviu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Survey</source>
            <translation>Sondaj</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Support ticket</source>
            <translation>Tichet de suport</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Review</source>
            <translation>Recenzie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Other</source>
            <translation>Altele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Moderate</source>
            <translation>Moderat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Severe</source>
            <translation>Grav</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>MOMENT OF TRUTH</source>
            <translation>MOMENTUL ADEVĂRULUI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Picture cannot be shown</source>
            <translation>Imaginea nu poate fi afișată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>No picture yet</source>
            <translation>Încă nu există imagine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Quick win</source>
            <translation>Câștig rapid</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Impact %d/3</source>
            <translation>Impact %d/3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Effort %d/3</source>
            <translation>Efort %d/3</translation>
        </message>
    </context>
    <context>
        <name>channel</name>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Mobile app</source>
            <translation>Aplicație mobilă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Phone / call centre</source>
            <translation>Telefon / call center</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Store</source>
            <translation>Magazin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Social network</source>
            <translation>Rețea socială</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Messaging / chat</source>
            <translation>Mesagerie / chat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Courier / delivery</source>
            <translation>Curier / livrare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Partner</source>
            <translation>Partener</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Other</source>
            <translation>Altele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Search engine</source>
            <translation>Motor de căutare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Ads / retargeting</source>
            <translation>Reclame / retargeting</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Push notification</source>
            <translation>Notificare push</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Review site</source>
            <translation>Site de recenzii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Product configurator</source>
            <translation>Configurator de produs</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Call-back request</source>
            <translation>Cerere de apel înapoi</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>An offline editor for customer journey maps. With no file, shows the start page.</source>
            <translation>Un editor offline pentru hărți ale călătoriei clientului. Fără fișier, afișează pagina de start.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>maps to open</source>
            <translation>hărțile de deschis</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>language of the user interface (default: the Preferences setting, else the system's)</source>
            <translation>limba interfeței (implicit: setarea din Preferințe, altfel cea a sistemului)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>start with an empty map instead of the start page</source>
            <translation>pornește cu o hartă goală în locul paginii de start</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>theme for this run (default: the Preferences setting); the map follows it on screen</source>
            <translation>tema pentru această rulare (implicit: setarea din Preferințe); harta o urmează pe ecran</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>Headless commands (run 'cjm-desktop COMMAND --help'): %1</source>
            <translation>Comenzi fără fereastră (ajutor: 'cjm-desktop COMANDĂ --help'): %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>export maps as PNG, PDF or SVG</source>
            <translation>exportă hărți ca PNG, PDF sau SVG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>import metrics per stage from a spreadsheet</source>
            <translation>importă metrici pe etape dintr-o foaie de calcul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>check that maps open</source>
            <translation>verifică dacă hărțile se deschid</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>create a new map file</source>
            <translation>creează un fișier de hartă nou</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>list what changed between two maps (git's diff driver)</source>
            <translation>listează ce s-a schimbat între două hărți (driverul diff al git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>three-way merge of two edited copies of a map (git's merge driver)</source>
            <translation>îmbinare în trei a două copii editate ale unei hărți (driverul merge al git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>unrecognized arguments: %1</source>
            <translation>argumente necunoscute: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>the following arguments are required: %1</source>
            <translation>următoarele argumente sunt obligatorii: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cjm-desktop: '%s' is neither a sub-command nor an existing file.</source>
            <translation>cjm-desktop: „%s” nu este nici o subcomandă, nici un fișier existent.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cancelled</source>
            <translation>anulat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Did you mean '%s'?</source>
            <translation>Ați vrut să spuneți „%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Sub-commands (run 'cjm-desktop COMMAND --help' for their options):</source>
            <translation>Subcomenzi (rulați „cjm-desktop COMANDĂ --help” pentru opțiunile lor):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>%1: error: %2</source>
            <translation>%1: eroare: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: these sheet stages match no stage of %2: %3.
Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.
The map's stages are: %4.</source>
            <translation>%1: aceste etape din foaie nu corespund niciunei etape din %2: %3.
Asociați-le cu --map-stage 'FOAIE=ETAPĂ' sau folosiți --create-stages ori --skip-unmatched.
Etapele hărții sunt: %4.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: no metric columns with numbers were found (check --layout and --header-row; text numbers such as '1 234,50 €' are read, but other text is not). %2</source>
            <translation>%1: nu s-au găsit coloane de metrici cu numere (verificați --layout și --header-row; numerele scrise ca text, precum „1 234,50 €”, se citesc, dar alt text nu). %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>(blank)</source>
            <translation>(gol)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>Its first row reads: %1.</source>
            <translation>Primul său rând conține: %1.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: left out %2</source>
            <translation>%1: omise %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1' should read SHEET=STAGE (or SHEET= to skip).</source>
            <translation>--map-stage „%1” ar trebui să aibă forma FOAIE=ETAPĂ (sau FOAIE= pentru a omite).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1': the map has no stage '%2'. Its stages are: %3.</source>
            <translation>--map-stage „%1”: harta nu are etapa „%2”. Etapele ei sunt: %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation>
                <numerusform>%1: %n metrică (%2); etape cu valori: %3</numerusform>
                <numerusform>%1: %n metrici (%2); etape cu valori: %3</numerusform>
                <numerusform>%1: %n de metrici (%2); etape cu valori: %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Import metrics per stage from a spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) into a map, headless. Layout, header row, stage and date columns, the encoding and the decimal mark are detected unless given.</source>
            <translation>Importă metrici pe etape dintr-o foaie de calcul (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) într-o hartă, fără fereastră. Aranjamentul, rândul de antet, coloanele de etape și de date, codificarea și separatorul zecimal sunt detectate dacă nu sunt date.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Sheet stages that match no stage of the map (ignoring case, accents and spacing) stop the import unless --map-stage, --create-stages or --skip-unmatched says what to do with them. Exit status is 1 on any failure; OUT.cjm is only written when the import succeeds.</source>
            <translation>Etapele din foaie care nu corespund niciunei etape a hărții (ignorând majusculele, diacriticele și spațiile) opresc importul, dacă --map-stage, --create-stages sau --skip-unmatched nu spun ce să se facă cu ele. Codul de ieșire este 1 la orice eșec; OUT.cjm se scrie doar când importul reușește.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the map that receives the metrics</source>
            <translation>harta care primește metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the spreadsheet or text file (.csv, .tsv) to read</source>
            <translation>foaia de calcul sau fișierul text (.csv, .tsv) de citit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>where to write the map</source>
            <translation>unde se scrie harta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>worksheet name (default: the first)</source>
            <translation>numele foii de lucru (implicit: prima)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>rows: a stage column and metric columns; columns: a column per stage; long: stage, metric and value columns (default: guessed)</source>
            <translation>rows: o coloană de etape și coloane de metrici; columns: o coloană pe etapă; long: coloane de etapă, metrică și valoare (implicit: ghicit)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>sheet row of the column names, counted from 1 (0 = no header; default: detected)</source>
            <translation>rândul din foaie cu numele coloanelor, numărat de la 1 (0 = fără antet; implicit: detectat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with the stage names (header text)</source>
            <translation>coloana cu numele etapelor (textul antetului)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with dates: values also form a time series</source>
            <translation>coloana cu date calendaristice: valorile formează și o serie de timp</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>ignore any date column</source>
            <translation>ignoră orice coloană de date calendaristice</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a touchpoint card of the row's stage: its values go onto that card</source>
            <translation>coloana care numește un card de punct de contact al etapei rândului: valorile ajung pe acel card</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a persona (or a segment): values per persona</source>
            <translation>coloana care numește o persona (sau un segment): valori pe persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long/columns layouts: column with the metric names</source>
            <translation>aranjamentele long/columns: coloana cu numele metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long layout: column with the values</source>
            <translation>aranjamentul long: coloana cu valorile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how rows landing on one stage combine, for every metric (default: per metric, sum for counts and mean otherwise)</source>
            <translation>cum se combină rândurile care ajung pe aceeași etapă, pentru fiecare metrică (implicit: pe metrică, sumă pentru numărători și medie în rest)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>send a sheet stage to a map stage (by name); 'SHEET=' skips it; repeatable</source>
            <translation>trimite o etapă din foaie la o etapă a hărții (după nume); 'SHEET=' o omite; se poate repeta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>create a new stage per unmatched name</source>
            <translation>creează o etapă nouă pentru fiecare nume fără corespondent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>leave the rows of unmatched names out</source>
            <translation>omite rândurile cu nume fără corespondent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how text numbers write decimals: dot (12.5, 1,234.5), comma (12,5, 1.234,5 or 1 234,5), or auto: decided per column from the file, then the map's number locale; a column that still reads two ways (12.500) stops the import (default: auto)</source>
            <translation>cum scriu numerele din text zecimalele: dot (12.5, 1,234.5), comma (12,5, 1.234,5 sau 1 234,5) ori auto: decis pe coloană din fișier, apoi din formatul numeric al hărții; o coloană care se citește tot în două feluri (12.500) oprește importul (implicit: auto)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>text files: their encoding (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; default: detected)</source>
            <translation>fișiere text: codificarea lor (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; implicit: detectată)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>print what would be imported and write nothing</source>
            <translation>afișează ce s-ar importa și nu scrie nimic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>overwrite OUT.cjm if it exists</source>
            <translation>suprascrie OUT.cjm dacă există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>import-metrics: -o OUT.cjm is required (or use --dry-run)</source>
            <translation>import-metrics: -o OUT.cjm este obligatoriu (sau folosiți --dry-run)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: already exists (use --force to overwrite)</source>
            <translation>%1: există deja (folosiți --force pentru a suprascrie)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: dry run, nothing was written</source>
            <translation>%1: rulare de probă, nu s-a scris nimic</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>  new stages: %1</source>
            <translation>  etape noi: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: is a folder; give the new map's file name, e.g. %2</source>
            <translation>%1: este un dosar; dați numele fișierului noii hărți, de ex. %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: no template called '%1' (choose from %2)</source>
            <translation>cjm-desktop new: nu există niciun șablon numit „%1” (alegeți dintre %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>Create a new map file.</source>
            <translation>Creează un fișier de hartă nou.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the new map file (.cjm)</source>
            <translation>noul fișier de hartă (.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the map's title</source>
            <translation>titlul hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from the bundled sample map</source>
            <translation>pornește de la harta-exemplu inclusă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>overwrite an existing file</source>
            <translation>suprascrie un fișier existent</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: choose --sample or --template, not both</source>
            <translation>cjm-desktop new: alegeți --sample sau --template, nu pe amândouă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from a bundled template: %1</source>
            <translation>pornește de la un șablon inclus: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: a map's file name ends in .cjm, e.g. %2.cjm</source>
            <translation>%1: numele fișierului unei hărți se termină în .cjm, de ex. %2.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>Check that maps open; report problems.</source>
            <translation>Verifică dacă hărțile se deschid; raportează problemele.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>the maps to check</source>
            <translation>hărțile de verificat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>%1: ok (stages: %2, lanes: %3, cards: %4)</source>
            <translation>%1: ok (etape: %2, rânduri: %3, carduri: %4)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>Export maps as PNG, PDF or SVG images, headless (no display needed).</source>
            <translation>Exportă hărți ca imagini PNG, PDF sau SVG, fără fereastră (nu e nevoie de ecran).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>With several maps, -o is a folder or a pattern with {name} (the map's file name without .cjm), e.g. -o 'out/{name}.pdf'. Exit status is non-zero when any map fails.</source>
            <translation>Cu mai multe hărți, -o este un dosar sau un model cu {name} (numele fișierului hărții fără .cjm), de ex. -o 'out/{name}.pdf'. Codul de ieșire este nenul dacă vreo hartă eșuează.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>the maps to export</source>
            <translation>hărțile de exportat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>output file (.png, .pdf, .svg), folder, or {name} pattern</source>
            <translation>fișierul de ieșire (.png, .pdf, .svg), dosarul sau modelul cu {name}</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>format when -o is a folder (default png)</source>
            <translation>formatul când -o este un dosar (implicit png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG resolution in dots per inch (96 = 100 %%)</source>
            <translation>rezoluția PNG în puncte pe inch (96 = 100 %%)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG/SVG: no white background</source>
            <translation>PNG/SVG: fără fundal alb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>only these stages, counted from 1, e.g. 2-4 or 1,3</source>
            <translation>doar aceste etape, numărate de la 1, de ex. 2-4 sau 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>export the persona profiles instead of the map</source>
            <translation>exportă profilurile persona în locul hărții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>add the map title, date and personas on top</source>
            <translation>adaugă sus titlul hărții, data și personas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF paper (default A3; Fit = the map's size)</source>
            <translation>hârtia PDF (implicit A3; Fit = dimensiunea hărții)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: landscape pages (default)</source>
            <translation>PDF: pagini peisaj (implicit)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: portrait pages</source>
            <translation>PDF: pagini portret</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF page margin in mm (default 10)</source>
            <translation>marginea paginii PDF în mm (implicit 10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: a poster tiled over several pages with crop marks</source>
            <translation>PDF: un poster împărțit pe mai multe pagini, cu semne de tăiere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>one page (PDF) or one file (PNG/SVG) per stage</source>
            <translation>o pagină (PDF) sau un fișier (PNG/SVG) pe etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: print size, 1 = screen size (96 px per inch)</source>
            <translation>--tiles: dimensiunea tipăririi, 1 = dimensiunea de pe ecran (96 px pe inch)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: overlap between pages in mm</source>
            <translation>--tiles: suprapunerea dintre pagini în mm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: the author named in the document's properties</source>
            <translation>PDF: autorul menționat în proprietățile documentului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: add pages listing each card's evidence level and evidence, stage by stage</source>
            <translation>PDF: adaugă pagini cu nivelul dovezilor și dovezile fiecărui card, etapă cu etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>SVG: real text (default) or outlines that look identical without the fonts</source>
            <translation>SVG: text real (implicit) sau contururi care arată la fel fără fonturi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>print progress and timings</source>
            <translation>afișează progresul și duratele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG pixels per canvas pixel, %1-%2 (default 2)</source>
            <translation>pixeli PNG per pixel de pânză, %1-%2 (implicit 2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>List what changed between two maps: stages, lanes, cards, personas, emotion scores, metrics, routes; text changes word by word ([-removed-]{+added+}). Exit status: 0 same, 1 different, 2 error. Given git's seven external-diff arguments it prints the changes and exits 0, as git expects of a diff driver.</source>
            <translation>Listează ce s-a schimbat între două hărți: etape, rânduri, carduri, personas, scoruri emoționale, metrici, trasee; modificările de text cuvânt cu cuvânt ([-eliminat-]{+adăugat+}). Cod de ieșire: 0 la fel, 1 diferite, 2 eroare. Primind cele șapte argumente external-diff ale git, afișează modificările și iese cu 0, cum așteaptă git de la un driver diff.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>OLD.cjm NEW.cjm (or git's 7 arguments)</source>
            <translation>OLD.cjm NEW.cjm (sau cele 7 argumente ale git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>text for people, json for tools</source>
            <translation>text pentru oameni, json pentru unelte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>Combine the changes of two copies of a map edited from a common BASE. A field changed differently on both sides keeps OURS and becomes a conflict note card in the merged map. Exit status: 0 clean, 1 with conflicts, 2 on error (nothing written).</source>
            <translation>Combină modificările a două copii ale unei hărți editate pornind de la un BASE comun. Un câmp modificat diferit pe ambele părți păstrează OURS și devine un card-notă de conflict în harta îmbinată. Cod de ieșire: 0 curat, 1 cu conflicte, 2 eroare (nu se scrie nimic).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the common version both copies were edited from</source>
            <translation>versiunea comună de la care au pornit ambele copii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>our edited copy</source>
            <translation>copia noastră editată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>their edited copy</source>
            <translation>copia lor editată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the merged map (may be OURS)</source>
            <translation>harta îmbinată (poate fi OURS)</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit channel</source>
            <translation>Editează canalul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Add channel</source>
            <translation>Adaugă un canal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Move channel</source>
            <translation>Mută canalul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation>
                <numerusform>Elimină %n canal</numerusform>
                <numerusform>Elimină %n canale</numerusform>
                <numerusform>Elimină %n de canale</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove channel</source>
            <translation>Elimină canalul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit card</source>
            <translation>Editează cardul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit persona</source>
            <translation>Editează persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Touchpoints</source>
            <translation>Puncte de contact</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Customer actions</source>
            <translation>Acțiunile clientului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Thoughts</source>
            <translation>Gânduri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Goals &amp; expectations</source>
            <translation>Obiective și așteptări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Emotions</source>
            <translation>Emoții</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Pain points</source>
            <translation>Puncte de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Opportunities</source>
            <translation>Oportunități</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Moments of truth</source>
            <translation>Momente ale adevărului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Quotes</source>
            <translation>Citate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Calls to action</source>
            <translation>Îndemnuri la acțiune</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>Metrics</source>
            <translation>Metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Backstage</source>
            <translation>Culise</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move card</source>
            <translation>Mută cardul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation>
                <numerusform>Mută %n card</numerusform>
                <numerusform>Mută %n carduri</numerusform>
                <numerusform>Mută %n de carduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Edit %s</source>
            <translation>Editează câmpul «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add stage</source>
            <translation>Adaugă o etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add lane</source>
            <translation>Adaugă un rând</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add card</source>
            <translation>Adaugă un card</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete cards</source>
            <translation>Șterge cardurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate card</source>
            <translation>Duplică cardul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>Duplică %n card</numerusform>
                <numerusform>Duplică %n carduri</numerusform>
                <numerusform>Duplică %n de carduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move stage</source>
            <translation>Mută etapa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move lane</source>
            <translation>Mută rândul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete routes</source>
            <translation>Șterge traseele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete metric values</source>
            <translation>Șterge valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stage</source>
            <translation>Șterge etapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation>
                <numerusform>Șterge %n etapă</numerusform>
                <numerusform>Șterge %n etape</numerusform>
                <numerusform>Șterge %n de etape</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stages</source>
            <translation>Șterge etapele</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lane</source>
            <translation>Șterge rândul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation>
                <numerusform>Șterge %n rând</numerusform>
                <numerusform>Șterge %n rânduri</numerusform>
                <numerusform>Șterge %n de rânduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lanes</source>
            <translation>Șterge rândurile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metric values</source>
            <translation>Setează valorile metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste card</source>
            <translation>Lipește cardul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation>
                <numerusform>Lipește %n card</numerusform>
                <numerusform>Lipește %n carduri</numerusform>
                <numerusform>Lipește %n de carduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Stage %d</source>
            <translation>Etapa %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete card</source>
            <translation>Șterge cardul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation>
                <numerusform>Șterge %n card</numerusform>
                <numerusform>Șterge %n carduri</numerusform>
                <numerusform>Șterge %n de carduri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Unlink pain points</source>
            <translation>Elimină legăturile cu punctele de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete emotion scores</source>
            <translation>Șterge scorurile de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Update voting lanes</source>
            <translation>Actualizează rândurile de vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Add evidence</source>
            <translation>Adaugă dovadă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Edit evidence</source>
            <translation>Editează dovada</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Remove evidence</source>
            <translation>Elimină dovada</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Move evidence</source>
            <translation>Mută dovada</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Update evidence file paths</source>
            <translation>Actualizează căile fișierelor de dovadă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Set evidence level</source>
            <translation>Setează nivelul de dovadă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/funnel_edits.py" />
            <source>Choose funnel metric</source>
            <translation>Alege metrica pâlniei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Refresh metrics</source>
            <translation>Reîmprospătează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Import metrics</source>
            <translation>Importă metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metrics</source>
            <translation>Setează metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add stages</source>
            <translation>Adaugă etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Remember metrics source</source>
            <translation>Reține sursa metricilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Edit metric</source>
            <translation>Editează metrica</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Type metric value</source>
            <translation>Introdu valoarea metricii</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Add metric</source>
            <translation>Adaugă o metrică</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation>
                <numerusform>Șterge %n metrică</numerusform>
                <numerusform>Șterge %n metrici</numerusform>
                <numerusform>Șterge %n de metrici</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete metrics</source>
            <translation>Șterge metricile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set persona photo</source>
            <translation>Setează fotografia personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Remove persona photo</source>
            <translation>Elimină fotografia personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Show persona curve</source>
            <translation>Arată curba personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Hide persona curve</source>
            <translation>Ascunde curba personei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>%s (copy)</source>
            <translation>%s (copie)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete persona</source>
            <translation>Șterge persona</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation>
                <numerusform>Șterge %n persona</numerusform>
                <numerusform>Șterge %n persone</numerusform>
                <numerusform>Șterge %n de persone</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit emotion note</source>
            <translation>Editează nota de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Add persona</source>
            <translation>Adaugă o persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Duplicate persona</source>
            <translation>Duplică persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Clear emotion score</source>
            <translation>Golește scorul de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Move persona</source>
            <translation>Mută persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set emotion score</source>
            <translation>Setează scorul de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Persona %d</source>
            <translation>Persona %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Copy emotion curve</source>
            <translation>Copiază curba emoțiilor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Unlink persona</source>
            <translation>Dezleagă persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>These sheet stages match no stage of the map: %s</source>
            <translation>Aceste etape din foaie nu corespund niciunei etape a hărții: %s</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1 does not apply to %2 files and is ignored</source>
            <translation>cjm-desktop export: %1 nu se aplică fișierelor %2 și este ignorat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: with several maps, -o must be a folder or contain {name}</source>
            <translation>%1: cu mai multe hărți, -o trebuie să fie un dosar sau să conțină {name}</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: %2 in %3 s</source>
            <translation>%1: %2 în %3 s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1</source>
            <translation>cjm-desktop export: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>a PowerPoint export shows the whole map or some stages</source>
            <translation>un export PowerPoint arată întreaga hartă sau anumite etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>no stages chosen</source>
            <translation>nicio etapă aleasă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>%1: unknown file type '.%2' (use .png, .pdf, .svg or .pptx)</source>
            <translation>%1: tip de fișier necunoscut „.%2” (folosiți .png, .pdf, .svg sau .pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' names no stages</source>
            <translation>„%1” nu numește nicio etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown format '%1' (use png, pdf, svg or pptx)</source>
            <translation>format necunoscut „%1” (folosiți png, pdf, svg sau pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown region '%1'</source>
            <translation>regiune necunoscută „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>DPI %1 is out of range (10-2400)</source>
            <translation>DPI %1 este în afara intervalului (10-2400)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>scale %1 is out of range (%2-%3)</source>
            <translation>scara %1 este în afara intervalului (%2-%3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown page size '%1' (use %2)</source>
            <translation>dimensiune de pagină necunoscută „%1” (folosiți %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown PDF layout '%1'</source>
            <translation>aranjament PDF necunoscut „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>margin %1 mm is out of range (0-100)</source>
            <translation>marginea de %1 mm este în afara intervalului (0-100)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>poster scale %1 is out of range (0.05-10)</source>
            <translation>scara posterului %1 este în afara intervalului (0.05-10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown SVG text mode '%1' (use text or paths)</source>
            <translation>mod text SVG necunoscut „%1” (folosiți text sau paths)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation>
                <numerusform>etapele %1 sunt în afara intervalului: harta are %n etapă</numerusform>
                <numerusform>etapele %1 sunt în afara intervalului: harta are %n etape</numerusform>
                <numerusform>etapele %1 sunt în afara intervalului: harta are %n de etape</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' is not a stage list like 2-4 or 1,3,5</source>
            <translation>„%1” nu este o listă de etape precum 2-4 sau 1,3,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/output.py" />
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: dosarul %2 nu există</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the margins leave no room on the page</source>
            <translation>marginile nu lasă loc pe pagină</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the map has no stages</source>
            <translation>harta nu are etape</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Evidence</source>
            <translation>Dovezi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Map</source>
            <translation>Hartă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>%1: could not start the PDF</source>
            <translation>%1: PDF-ul nu a putut fi început</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1 of %2, column %3 of %4</source>
            <translation>Rândul %1 din %2, coloana %3 din %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1, column %2</source>
            <translation>Rândul %1, coloana %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf_outline.py" />
            <source>%1: could not finish the PDF (%2)</source>
            <translation>%1: PDF-ul nu a putut fi finalizat (%2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>not enough memory for a %1 x %2 image</source>
            <translation>memorie insuficientă pentru o imagine de %1 x %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1 x %2 pixels is too large; lower the scale or DPI</source>
            <translation>%1 x %2 pixeli este prea mare; micșorați scara sau DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1: could not write the image</source>
            <translation>%1: imaginea nu a putut fi scrisă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Overview</source>
            <translation>Privire de ansamblu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Emotions and metrics</source>
            <translation>Emoții și metrici</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>the overview picture could not be made</source>
            <translation>imaginea de ansamblu nu a putut fi creată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>No cards in this stage</source>
            <translation>Niciun card în această etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <location filename="../../cjm_desktop/export/render.py" />
            <source>Personas: %s</source>
            <translation>Persone: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the map has no personas</source>
            <translation>harta nu are persone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>no view rectangle given</source>
            <translation>nu a fost dat niciun dreptunghi de vizualizare</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the current view shows no part of the map</source>
            <translation>vederea curentă nu arată nicio parte a hărții</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation>
                <numerusform>%n diapozitiv</numerusform>
                <numerusform>%n diapozitive</numerusform>
                <numerusform>%n de diapozitive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n pagină</numerusform>
                <numerusform>%n pagini</numerusform>
                <numerusform>%n de pagini</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%1 x %2 pixels</source>
            <translation>%1 x %2 pixeli</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/subset.py" />
            <source>the map has no stage %s</source>
            <translation>harta nu are etapa %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/svg.py" />
            <source>%1: could not start the SVG</source>
            <translation>%1: SVG-ul nu a putut fi început</translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Personas</source>
            <translation>Persone</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n persone</numerusform>
                <numerusform>%n de persone</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>curve hidden</source>
            <translation>curbă ascunsă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>lowest</source>
            <translation>cel mai jos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add a persona (Map ▸ Personas…) to draw the experience curve</source>
            <translation>Adăugați o persona (Hartă ▸ Persone…) pentru a desena curba experienței</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Every persona's curve is hidden</source>
            <translation>Curbele tuturor personelor sunt ascunse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Click a stage column to score how a persona feels; drag a face to change it</source>
            <translation>Faceți clic pe coloana unei etape pentru a nota cum se simte o persona; trageți o față pentru a schimba nota</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add emotion score</source>
            <translation>Adaugă un scor de emoție</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Import metrics from a spreadsheet (Map ▸ Import metrics…)</source>
            <translation>Importați metrici dintr-o foaie de calcul (Hartă ▸ Importă metrici…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%s: no value at this stage</source>
            <translation>%s: nicio valoare la această etapă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>higher is better</source>
            <translation>mai mare e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>lower is better</source>
            <translation>mai mic e mai bine</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Biggest drop-off %s</source>
            <translation>Cea mai mare pierdere %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>→ %s continue</source>
            <translation>→ %s continuă</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Target %s (%s)</source>
            <translation>Țintă %s (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%d dates, %s to %s</source>
            <translation>%d date, de la %s la %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>funnel: %s</source>
            <translation>pâlnie: %s</translation>
        </message>
    </context>
    <context>
        <name>opportunity</name>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Link pain point</source>
            <translation>Leagă punctul de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set status</source>
            <translation>Setează starea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set owner</source>
            <translation>Setează responsabilul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set impact</source>
            <translation>Setează impactul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set effort</source>
            <translation>Setează efortul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Unlink pain point</source>
            <translation>Elimină legătura cu punctul de durere</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Change linked pain points</source>
            <translation>Schimbă punctele de durere legate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Planned</source>
            <translation>Planificată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>In test</source>
            <translation>În test</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Done</source>
            <translation>Realizată</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Not set</source>
            <translation>Nesetat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>(no text)</source>
            <translation>(fără text)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>persona</name>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>%s years</source>
            <translation>%s ani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Background</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Goals</source>
            <translation>Obiective</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Motivations</source>
            <translation>Motivații</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Frustrations</source>
            <translation>Frustrări</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Behaviours</source>
            <translation>Comportamente</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Preferred channels</source>
            <translation>Canale preferate</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Unnamed persona</source>
            <translation>Persona fără nume</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>No profile details yet.</source>
            <translation>Încă nu există detalii de profil.</translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Relabel route</source>
            <translation>Reetichetează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Change route persona</source>
            <translation>Schimbă persona traseului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Reverse route</source>
            <translation>Inversează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Draw route</source>
            <translation>Desenează traseul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete route</source>
            <translation>Șterge traseul</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation>
                <numerusform>Șterge %n traseu</numerusform>
                <numerusform>Șterge %n trasee</numerusform>
                <numerusform>Șterge %n de trasee</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Blank</source>
            <translation>Goală</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Four empty stages and the usual lanes, ready for your own journey.</source>
            <translation>Patru etape goale și rândurile obișnuite, gata pentru propria călătorie a clientului.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>E-commerce</source>
            <translation>Comerț electronic</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>The five stages from awareness to advocacy, with touchpoints, quotes, pain points and calls to action.</source>
            <translation>Cele cinci etape, de la conștientizare la recomandare, cu puncte de contact, citate, puncte de durere și îndemnuri la acțiune.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Order delivery</source>
            <translation>Livrarea comenzii</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>From placing the order to paperwork: status messages, GPS tracking, the courier, and what happens backstage.</source>
            <translation>De la plasarea comenzii la acte: mesaje de stare, urmărire GPS, curierul și ce se întâmplă în culise.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Omnichannel: research online, purchase offline</source>
            <translation>Omnichannel: documentare online, cumpărare în magazin</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Buying a kitchen across store, social networks, configurator, call centre and app, with the buyer's route.</source>
            <translation>Cumpărarea unei bucătării prin magazin, rețele sociale, configurator, call center și aplicație, cu traseul cumpărătorului.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>B2B purchase</source>
            <translation>Achiziție B2B</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A construction-steel buyer who cannot order online and asks sales for a personal quote.</source>
            <translation>Un cumpărător de oțel-beton care nu poate comanda online și cere vânzărilor o ofertă personalizată.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Service blueprint</source>
            <translation>Schița serviciului (service blueprint)</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A hotel stay with physical evidence, frontstage, backstage and support processes.</source>
            <translation>Un sejur la hotel, cu dovezi fizice, interacțiuni vizibile, culise și procese de suport.</translation>
        </message>
    </context>
    <context>
        <name>vote_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Add vote</source>
            <translation>Adaugă un vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Remove vote</source>
            <translation>Elimină un vot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Reset votes</source>
            <translation>Resetează voturile</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Dots per participant</source>
            <translation>Buline per participant</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Votable lanes</source>
            <translation>Rânduri votabile</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Voting is off</source>
            <translation>Votul este oprit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d · dots left: %d</source>
            <translation>Participantul %d · buline rămase: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>There are no cards to vote on in the lanes open to votes.</source>
            <translation>Nu există carduri de votat în rândurile deschise votului.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Cards in this lane are not being voted on</source>
            <translation>Cardurile din acest rând nu sunt supuse votului</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d has no dots left</source>
            <translation>Participantul %d nu mai are buline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Only your own dots can be taken back</source>
            <translation>Puteți retrage doar propriile buline</translation>
        </message>
    </context>
</TS>
