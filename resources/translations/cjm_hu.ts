<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
    <context>
        <name>AccessibilityActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>&amp;Metric targets…</source>
            <translation>Mérőszámok cél&amp;értékei…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Type a target for each metric</source>
            <translation>Adjon meg célértéket minden mérőszámhoz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Outline</source>
            <translation>Vázlat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Out&amp;line</source>
            <translation>&amp;Vázlat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>The map as a tree that screen readers can read</source>
            <translation>A térkép faként, amelyet a képernyőolvasók fel tudnak olvasni</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane</source>
            <translation>Mit mondott a terem? Az Enter hozzáadja, az Esc bezár, a ↑/↓ sávot vált</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it</source>
            <translation>Mit mondott a terem? Az Enter hozzáadja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say?</source>
            <translation>Mit mondott a terem?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Into %s:</source>
            <translation>Ide: %s</translation>
        </message>
    </context>
    <context>
        <name>ChangedOnDiskBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Reload</source>
            <translation>Új&amp;ratöltés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Keep mine</source>
            <translation>Az enyém &amp;megtartása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program.</source>
            <translation>Egy másik program módosította ezt: „%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading discards your unsaved changes.</source>
            <translation>Az újratöltés elveti a nem mentett módosításokat.</translation>
        </message>
    </context>
    <context>
        <name>ChannelActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>&amp;Channels…</source>
            <translation>&amp;Csatornák…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>Name the channels of this map, their icons and defaults</source>
            <translation>A térkép csatornáinak, ikonjainak és alapértelmezéseinek megadása</translation>
        </message>
    </context>
    <context>
        <name>ChannelsDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Remove channel</source>
            <translation>Csatorna eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Channels of this map</source>
            <translation>A térkép csatornái</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Add channel</source>
            <translation>Csatorna &amp;hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Eltávolítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;up</source>
            <translation>Mozgatás &amp;fel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;down</source>
            <translation>Mozgatás &amp;le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Touchpoint cards and personas pick their channels from this list.</source>
            <translation>Az érintkezési pontok kártyái és a personák ebből a listából választják ki a csatornájukat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>New channel</source>
            <translation>Új csatorna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation>
                <numerusform>%1: %n kártya vagy persona használja; ezeknek nem lesz csatornájuk. Eltávolítja?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Icon</source>
            <translation>Ikon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Default</source>
            <translation>Alapértelmezett</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Used by</source>
            <translation>Használja</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>removed</source>
            <translation>eltávolítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>new</source>
            <translation>új</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>moved from %1</source>
            <translation>áthelyezve innen: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>changed</source>
            <translation>módosítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Changes between the two versions</source>
            <translation>A két változat közötti eltérések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The chosen change, before and after</source>
            <translation>A kiválasztott eltérés előtte és utána</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Choose a change to see it before and after</source>
            <translation>Válasszon ki egy eltérést, hogy lássa előtte és utána</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Previous</source>
            <translation>&amp;Előző</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Next</source>
            <translation>&amp;Következő</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;End compare</source>
            <translation>Összehasonlítás &amp;vége</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Moved to another cell.</source>
            <translation>Másik cellába került.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>New since “%1”.</source>
            <translation>Új „%1” óta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Compared with “%1”:</source>
            <translation>Összehasonlítva ezzel: „%1”:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map compared with “%1”: %n changes</source>
            <translation>
                <numerusform>A térkép összehasonlítva ezzel: „%1”: %n eltérés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map is the same as “%1”.</source>
            <translation>A térkép megegyezik ezzel: „%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 before: %2</source>
            <translation>%1 előtte: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 after: %2</source>
            <translation>%1 utána: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1: before “%2”, after “%3”</source>
            <translation>%1: előtte „%2”, utána „%3”</translation>
        </message>
    </context>
    <context>
        <name>CompareActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Changes</source>
            <translation>Eltérések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map &amp;file…</source>
            <translation>Össze&amp;hasonlítás térképfájllal…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Show what differs between this map and another version of it</source>
            <translation>Megmutatja, miben tér el ez a térkép egy másik változatától</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>&amp;End compare</source>
            <translation>Összehasonlítás &amp;vége</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map</source>
            <translation>Összehasonlítás egy térképpel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Journey maps (*.cjm)</source>
            <translation>Ügyfélút-térképek (*.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Could not compare with the map</source>
            <translation>A térképpel nem sikerült összehasonlítani</translation>
        </message>
    </context>
    <context>
        <name>DiskMerge</name>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>&amp;Merge</source>
            <translation>&amp;Egyesítés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Keep both the changes on disk and your unsaved edits</source>
            <translation>Megtartja a lemezen lévő módosításokat és a nem mentett szerkesztéseit is</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge changes from disk</source>
            <translation>Lemezen lévő módosítások egyesítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Could not merge the map</source>
            <translation>A térképet nem sikerült egyesíteni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge map content</source>
            <translation>Térképtartalom egyesítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1</source>
            <translation>Egyesítve a módosítások innen: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1; %n conflicts are notes in the map</source>
            <translation>
                <numerusform>Egyesítve a módosítások innen: %1; %n ütközés jegyzetként került a térképre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge snapshots</source>
            <translation>Pillanatképek egyesítése</translation>
        </message>
    </context>
    <context>
        <name>DockTab</name>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Inspector</source>
            <translation>Tulajdonságok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Personas</source>
            <translation>Personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Impact × effort</source>
            <translation>Hatás/munka</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Dot voting</source>
            <translation>Pontszavazás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics grid</source>
            <translation>Mérőszámtábla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Changes</source>
            <translation>Eltérések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Outline</source>
            <translation>Vázlat</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Touchpoints</source>
            <translation>É&amp;rintkezési pontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Customer &amp;actions</source>
            <translation>Ügyfél &amp;tevékenységei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>T&amp;houghts</source>
            <translation>&amp;Gondolatok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Goals &amp;&amp; expectations</source>
            <translation>&amp;Célok és elvárások</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Emotions</source>
            <translation>Ér&amp;zelmek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Pain points</source>
            <translation>&amp;Fájdalompontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Opportunities</source>
            <translation>&amp;Lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Moments of truth</source>
            <translation>&amp;Az igazság pillanatai</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Quotes</source>
            <translation>&amp;Idézetek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Calls to action</source>
            <translation>C&amp;selekvésre ösztönzések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Met&amp;rics</source>
            <translation>&amp;Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Backstage</source>
            <translation>&amp;Háttérfolyamatok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Storyboard</source>
            <translation>&amp;Képes forgatókönyv</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Notes</source>
            <translation>&amp;Jegyzetek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Kivágás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Copy</source>
            <translation>Más&amp;olás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Beillesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Dup&amp;licate</source>
            <translation>&amp;Duplikálás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Delete</source>
            <translation>T&amp;örlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Select &amp;all cards</source>
            <translation>Minden kártya ki&amp;jelölése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Edit text</source>
            <translation>Szöveg s&amp;zerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;card</source>
            <translation>Új &amp;kártya</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;stage</source>
            <translation>Új &amp;szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;lane</source>
            <translation>Új sá&amp;v</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cut</source>
            <translation>Kivágás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste</source>
            <translation>Beillesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Rename</source>
            <translation>Átnevezés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage before</source>
            <translation>Szakasz beszúrása elé</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage after</source>
            <translation>Szakasz beszúrása mögé</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move left</source>
            <translation>Mozgatás balra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move right</source>
            <translation>Mozgatás jobbra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Nothing was pasted: %s.</source>
            <translation>Semmi sem lett beillesztve: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</source>
            <translation>
                <numerusform>Törli a kijelölt szakaszokat és sávokat a bennük lévő %n kártyával együtt? (A visszavonás visszahozza őket.)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move up</source>
            <translation>Mozgatás fel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move down</source>
            <translation>Mozgatás le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New card here</source>
            <translation>Új kártya ide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste here</source>
            <translation>Beillesztés ide</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Visszavonás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Mégis</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Visszavonás: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Mégis: %1</translation>
        </message>
    </context>
    <context>
        <name>EmptyHints</name>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>This map is empty. Double-click here to add a stage, or use Insert ▸ New stage and Insert ▸ New lane.</source>
            <translation>Ez a térkép üres. Szakasz hozzáadásához kattintson ide duplán, vagy használja a Beszúrás ▸ Új szakasz és a Beszúrás ▸ Új sáv parancsot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a stage: double-click here, or use Insert ▸ New stage.</source>
            <translation>Szakasz hozzáadása: kattintson ide duplán, vagy használja a Beszúrás ▸ Új szakasz parancsot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a lane: double-click here, or pick a kind under Insert ▸ New lane.</source>
            <translation>Sáv hozzáadása: kattintson ide duplán, vagy válasszon típust a Beszúrás ▸ Új sáv menüben.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Double-click an empty cell (or select it and press Ctrl+Return) to add a card.</source>
            <translation>Kártya hozzáadásához kattintson duplán egy üres cellára (vagy jelölje ki, és nyomja meg a Ctrl+Return billentyűt).</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Not set</source>
            <translation>Nincs megadva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Assumption</source>
            <translation>Feltevés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Anecdotal</source>
            <translation>Anekdotikus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Backed by data</source>
            <translation>Adatokkal alátámasztott</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>File</source>
            <translation>Fájl</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Web address</source>
            <translation>Webcím</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Reference</source>
            <translation>Hivatkozás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence</source>
            <translation>Bizonyítékok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Kind</source>
            <translation>Típus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Where</source>
            <translation>Hely</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Tallózás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Label (optional)</source>
            <translation>Felirat (nem kötelező)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>research/interview-12.txt</source>
            <translation>kutatas/interju-12.txt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>interview 12, 03:14</source>
            <translation>12. interjú, 03:14</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Choose a file</source>
            <translation>Válasszon fájlt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence items</source>
            <translation>Bizonyítékok listája</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Add…</source>
            <translation>Hozzáadás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Edit…</source>
            <translation>Szerkesztés…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Up</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Down</source>
            <translation>Le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>A reference is a note; there is nothing to open.</source>
            <translation>A hivatkozás csak jegyzet; nincs mit megnyitni.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>This evidence item is empty.</source>
            <translation>Ez a bizonyíték üres.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web page or a file. Your system will decide what opens it. Open it anyway?</source>
            <translation>%1 nem weboldal és nem fájl. A rendszer dönti el, mi nyitja meg. Megnyitja mégis?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Cannot open the evidence</source>
            <translation>A bizonyíték nem nyitható meg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Open the evidence?</source>
            <translation>Megnyitja a bizonyítékot?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>The file %1 does not exist. It may have been moved or renamed.</source>
            <translation>A(z) %1 fájl nem létezik. Lehet, hogy áthelyezték vagy átnevezték.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is relative to the map's folder. Save the map first.</source>
            <translation>A(z) %1 a térkép mappájához viszonyított útvonal. Előbb mentse a térképet.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web address. Web addresses start with https://.</source>
            <translation>A(z) %1 nem webcím. A webcímek https:// kezdetűek.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is a program or script. Opening it may run it on your computer. Open it anyway?</source>
            <translation>A(z) %1 program vagy szkript. Megnyitáskor lefuthat a számítógépén. Megnyitja mégis?</translation>
        </message>
    </context>
    <context>
        <name>EvidenceActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Not set</source>
            <translation>&amp;Nincs megadva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Assumption</source>
            <translation>&amp;Feltevés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Anec&amp;dotal</source>
            <translation>&amp;Anekdotikus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Backed by data</source>
            <translation>A&amp;datokkal alátámasztott</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Level &amp;of evidence</source>
            <translation>B&amp;izonyítottság</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Set the evidence level of the selected cards</source>
            <translation>A kijelölt kártyák bizonyítottságának megadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Show a&amp;ssumptions only</source>
            <translation>Csak a &amp;feltevések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Fade every card that is not marked as an assumption</source>
            <translation>Elhalványít minden kártyát, amely nincs feltevésként megjelölve</translation>
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
            <translation>Bizonyítékok melléklete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>Evidence level: %1</source>
            <translation>Bizonyítottság: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>No card has evidence or an evidence level.</source>
            <translation>Egy kártyán sincs bizonyíték vagy bizonyítottsági szint.</translation>
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
            <translation>E&amp;xportálás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy &amp;map as image</source>
            <translation>&amp;Térkép másolása képként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy selection as &amp;image</source>
            <translation>Kijelölés másolása ké&amp;pként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Select cards or stages to copy them as an image</source>
            <translation>Jelöljön ki kártyákat vagy szakaszokat, hogy képként másolja őket</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Exported %s</source>
            <translation>Exportálva: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copied an image of %1 × %2 pixels</source>
            <translation>Egy %1 × %2 képpontos kép a vágólapra került</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%Ln pages</source>
            <translation>
                <numerusform>%Ln oldal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export map</source>
            <translation>Térkép exportálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Format:</source>
            <translation>&amp;Formátum:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;What:</source>
            <translation>&amp;Mit:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>e.g. 2-4 or 1,3</source>
            <translation>pl. 2-4 vagy 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>S&amp;tages:</source>
            <translation>&amp;Szakaszok:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Add a title b&amp;lock (title, date, personas)</source>
            <translation>&amp;Címblokk hozzáadása (cím, dátum, personák)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Image</source>
            <translation>Kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Scale</source>
            <translation>Méret&amp;arány</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;DPI</source>
            <translation>&amp;DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scale</source>
            <translation>Méretarány</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Size:</source>
            <translation>Méret:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>White</source>
            <translation>Fehér</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Transparent</source>
            <translation>Átlátszó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Background:</source>
            <translation>&amp;Háttér:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Pages</source>
            <translation>Oldalak</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Page &amp;size:</source>
            <translation>&amp;Oldalméret:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Fekvő</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Álló</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Orientation:</source>
            <translation>Tá&amp;jolás:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Margins:</source>
            <translation>Mar&amp;gók:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Elrendezés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster size:</source>
            <translation>Poszterméret:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>O&amp;verlap:</source>
            <translation>Át&amp;fedés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Crop marks</source>
            <translation>Vágójelek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix (each card's level and sources)</source>
            <translation>Bizonyítékok melléklete (kártyánként a szint és a források)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Vector image</source>
            <translation>Vektoros kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Text as outlines (looks the same without the fonts)</source>
            <translation>Szöveg körvonalként (betűtípusok nélkül is ugyanúgy néz ki)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportálás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>PNG-képek (*.png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG images (*.svg)</source>
            <translation>SVG-képek (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>PowerPoint-bemutatók (*.pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Exportálás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>PNG-kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF document</source>
            <translation>PDF-dokumentum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG vector image</source>
            <translation>SVG-vektorkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint slides (editable)</source>
            <translation>PowerPoint-diák (szerkeszthetők)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Whole map</source>
            <translation>A teljes térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Selected stages</source>
            <translation>Kijelölt szakaszok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Current view</source>
            <translation>Jelenlegi nézet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Persona profiles</source>
            <translation>Persona-profilok</translation>
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
            <translation>Dia 16:9</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Fit to content</source>
            <translation>Tartalomhoz igazítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>The map has no personas</source>
            <translation>A térképen nincs persona</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix: %Ln pages at the end</source>
            <translation>
                <numerusform>Bizonyítékok melléklete: %Ln oldal a végén</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page, fitted</source>
            <translation>Egy oldal, igazítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster tiled across pages</source>
            <translation>Poszter több oldalra bontva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page per stage (slides)</source>
            <translation>Szakaszonként egy oldal (diák)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Title, overview and %n stage slides with editable text</source>
            <translation>
                <numerusform>Cím, áttekintés és %n szakaszdia szerkeszthető szöveggel</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scalable vector image</source>
            <translation>Méretezhető vektorkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export failed</source>
            <translation>Az exportálás nem sikerült</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>(first %1 shown)</source>
            <translation>(az első %1 látható)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 képpont</translation>
        </message>
    </context>
    <context>
        <name>FindActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>&amp;Find…</source>
            <translation>Ke&amp;resés…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find &amp;next</source>
            <translation>Következő tal&amp;álat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find pre&amp;vious</source>
            <translation>&amp;Előző találat</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find text</source>
            <translation>Szöveg keresése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find on the map</source>
            <translation>Keresés a térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Előző találat (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Next match (Enter, F3)</source>
            <translation>Következő találat (Enter, F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Match in persona “%s”</source>
            <translation>Találat ebben a personában: „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>No matches</source>
            <translation>Nincs találat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>emotion note at “%s”</source>
            <translation>érzelmi megjegyzés itt: „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>FunnelPanel</name>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The count metric the funnel follows from stage to stage</source>
            <translation>A darabszám-mérőszám, amelyet a tölcsér szakaszról szakaszra követ</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Everyone</source>
            <translation>Mindenki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Stage</source>
            <translation>Szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Count</source>
            <translation>Darabszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Continue</source>
            <translation>Továbblép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Drop-off</source>
            <translation>Lemorzsolódás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Funnel counts:</source>
            <translation>A tölcsér darabszámai:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The biggest drop-off of the funnel</source>
            <translation>A tölcsér legnagyobb lemorzsolódása</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Felhasználói útmutató</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Billentyűparancsok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>User guide</source>
            <translation>Felhasználói útmutató</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>About cjm-desktop</source>
            <translation>A cjm-desktop névjegye</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>An offline editor for customer journey maps.</source>
            <translation>Offline szerkesztő ügyfélút-térképekhez.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>Free software under the MIT licence. It uses the components below.</source>
            <translation>Szabad szoftver MIT licenc alatt. Az alábbi összetevőket használja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The user guide could not be read: %s</source>
            <translation>A felhasználói útmutatót nem sikerült beolvasni: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The help page could not be read: %s</source>
            <translation>A súgóoldal nem olvasható: %s</translation>
        </message>
    </context>
    <context>
        <name>Image</name>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is empty.</source>
            <translation>a fájl üres.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>it is not an image this editor can read (PNG, JPEG, WebP or BMP), or it is damaged.</source>
            <translation>nem olyan kép, amelyet ez a szerkesztő be tud olvasni (PNG, JPEG, WebP vagy BMP), vagy sérült.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is empty.</source>
            <translation>a kép üres.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image has no pixels (it is damaged).</source>
            <translation>a képnek nincsenek képpontjai (sérült).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file does not exist.</source>
            <translation>a fájl nem létezik.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>that is a folder, not an image.</source>
            <translation>ez egy mappa, nem kép.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is too large for a picture in a map (%d MB).</source>
            <translation>a fájl túl nagy egy térképbe illesztett képhez (%d MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>%s images are not supported; use PNG, JPEG, WebP or BMP.</source>
            <translation>A(z) %s képek nem támogatottak; használjon PNG-, JPEG-, WebP- vagy BMP-képet.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely.</source>
            <translation>a kép túl nagy a biztonságos megnyitáshoz.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is damaged and could not be read (%s).</source>
            <translation>a kép sérült, nem sikerült beolvasni (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely (%s × %s pixels; the limit is %d megapixels). It may be damaged or crafted to exhaust memory.</source>
            <translation>a kép túl nagy a biztonságos megnyitáshoz (%s × %s képpont; a korlát %d megapixel). Lehet, hogy sérült, vagy szándékosan úgy készült, hogy kimerítse a memóriát.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file could not be read (%s).</source>
            <translation>a fájlt nem sikerült beolvasni (%s).</translation>
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
            <translation>Kép kiválasztása…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Remove picture</source>
            <translation>Kép eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No picture</source>
            <translation>Nincs kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>The picture is damaged</source>
            <translation>A kép sérült</translation>
        </message>
    </context>
    <context>
        <name>ImportSpec</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/aggregate.py" />
            <source>unknown aggregate '%1'.</source>
            <translation>ismeretlen összesítő függvény: „%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the stage column %1 is beyond the sheet's %2 columns.</source>
            <translation>a szakaszoszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric column %1 is beyond the sheet's %2 columns.</source>
            <translation>a mérőszámoszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric name column %1 is beyond the sheet's %2 columns.</source>
            <translation>a mérőszámnév-oszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the value column %1 is beyond the sheet's %2 columns.</source>
            <translation>az értékoszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the date column %1 is beyond the sheet's %2 columns.</source>
            <translation>a dátumoszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the touchpoint column %1 is beyond the sheet's %2 columns.</source>
            <translation>az érintkezésipont-oszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the persona column %1 is beyond the sheet's %2 columns.</source>
            <translation>a personaoszlop (%1.) kívül esik a munkalap %2 oszlopán.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no stage column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű szakaszoszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű mérőszámoszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric name column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű mérőszámnév-oszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no value column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű értékoszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no date column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű dátumoszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no touchpoint column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű érintkezésipont-oszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no persona column named '%1'. Its columns are: %2.</source>
            <translation>a munkalapon nincs „%1” nevű personaoszlop. Oszlopai: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet is empty: it has no columns.</source>
            <translation>a munkalap üres: nincsenek oszlopai.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the column that holds the stage names.</source>
            <translation>válassza ki a szakaszok nevét tartalmazó oszlopot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the stage, metric name and value columns.</source>
            <translation>válassza ki a szakasz, a mérőszámnév és az érték oszlopát.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>the name '%1' looks garbled, as if the file was read in the wrong encoding; nothing was imported. Name the file's encoding (for example --encoding cp1250 or cp1253, or the Encoding list of the import wizard).</source>
            <translation>a(z) „%1” név hibásan jelenik meg, mintha a fájlt rossz kódolással olvasták volna be; semmi sem lett importálva. Adja meg a fájl kódolását (például --encoding cp1250 vagy cp1253, vagy az importálási varázsló Kódolás listájában).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown layout '%1' (use one of: %2).</source>
            <translation>ismeretlen elrendezés: „%1” (ezek egyikét használja: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown aggregate '%1' for '%2' (use one of: %3).</source>
            <translation>ismeretlen összesítő függvény („%1”) ehhez: „%2” (ezek egyikét használja: %3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</source>
            <translation>
                <numerusform>a(z) %1 cella a(z) „%2” érintkezési pontot nevezi meg, de a szakasz %n kártyáján is ez a szöveg áll. Nevezze át valamelyiket, hogy minden érintkezési pontnak saját neve legyen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names '%2', which %n personas share. Use a persona's own name.</source>
            <translation>
                <numerusform>a(z) %1 cella a(z) „%2” nevet adja meg, amely %n personáé is. Egy persona saját nevét használja.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>number</source>
            <translation>szám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>percent</source>
            <translation>százalék</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>currency</source>
            <translation>pénznem</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>duration</source>
            <translation>időtartam</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>the numbers of column '%s' read two ways and nothing in the file settles which: '%s' is %s with a decimal point, or %s with a decimal comma. Choose with --decimal dot or --decimal comma (or set the map's number locale).</source>
            <translation>a(z) „%s” oszlop számai kétféleképpen olvashatók, és a fájlban semmi sem dönti el, melyik a helyes: „%s” tizedesponttal %s, tizedesvesszővel pedig %s. Válasszon a --decimal dot vagy a --decimal comma kapcsolóval (vagy állítsa be a térkép számformátumát).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>numbers stored as numbers</source>
            <translation>számként tárolt számok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>point</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>comma</source>
            <translation>vessző</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from this column</source>
            <translation>ebből az oszlopból</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>settled by other columns of the file</source>
            <translation>a fájl más oszlopai alapján eldöntve</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>as chosen</source>
            <translation>a választás szerint</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from the map's number locale</source>
            <translation>a térkép számformátumából</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none needed (whole numbers)</source>
            <translation>nem szükséges (egész számok)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none</source>
            <translation>nincs</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>space</source>
            <translation>szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>no-break space</source>
            <translation>nem törhető szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>narrow no-break space</source>
            <translation>keskeny nem törhető szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>thin space</source>
            <translation>vékony szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>apostrophe</source>
            <translation>aposztróf</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>Read %s, sheet '%s'</source>
            <translation>Beolvasva: %s, munkalap: „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  rows used: %s</source>
            <translation>  felhasznált sorok: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  encoding: %s</source>
            <translation>  kódolás: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  %s: %s%s; decimal mark: %s; thousands: %s</source>
            <translation>  %s: %s%s; tizedesjel: %s; ezreselválasztó: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1 (first: %2)</source>
            <translation>  kihagyva: %1 (az elsők: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1</source>
            <translation>  kihagyva: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no stage name</source>
            <translation>
                <numerusform>%n sor szakasznév nélkül</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows for stages you chose to skip</source>
            <translation>
                <numerusform>%n sor a kihagyásra választott szakaszokhoz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n cells that are not numbers</source>
            <translation>
                <numerusform>%n cella, amely nem szám</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with a missing or unreadable date</source>
            <translation>
                <numerusform>%n sor hiányzó vagy olvashatatlan dátummal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no metric name</source>
            <translation>
                <numerusform>%n sor mérőszámnév nélkül</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n columns without any numbers</source>
            <translation>
                <numerusform>%n oszlop egyetlen szám nélkül</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose touchpoint matches no card of their stage</source>
            <translation>
                <numerusform>%n sor, amelynek érintkezési pontja a szakasz egyik kártyájával sem egyezik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose persona matches no persona or segment</source>
            <translation>
                <numerusform>%n sor, amelynek personája egyetlen personával vagy szegmenssel sem egyezik</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>touchpoints that match no card of their stage: %1</source>
            <translation>érintkezési pontok, amelyek a szakaszuk egyik kártyájával sem egyeznek: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>personas that match no persona or segment: %1</source>
            <translation>personák, amelyek egyetlen personával vagy szegmenssel sem egyeznek: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>'%1' (%n rows)</source>
            <translation>
                <numerusform>„%1” (%n sor)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>row %s</source>
            <translation>%s. sor</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Mérőszámok importálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Reading was cancelled.</source>
            <translation>Az olvasás megszakadt.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The metrics could not be imported; the map is unchanged.

%s</source>
            <translation>A mérőszámokat nem sikerült importálni; a térkép nem változott.

%s</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_level_box.py" />
            <source>Mixed</source>
            <translation>Vegyes</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>1 low</source>
            <translation>1 alacsony</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>2 medium</source>
            <translation>2 közepes</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>3 high</source>
            <translation>3 magas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>System: %s</source>
            <translation>Rendszer: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>For personas</source>
            <translation>Personáknak</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Linked personas</source>
            <translation>Kapcsolt personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Description</source>
            <translation>Leírás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Szín</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Title</source>
            <translation>Cím</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Típus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Goals and scope</source>
            <translation>Célok és hatókör</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Numbers</source>
            <translation>Számok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Text</source>
            <translation>Szöveg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Tags (comma separated)</source>
            <translation>Címkék (vesszővel elválasztva)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence level</source>
            <translation>Bizonyítottság</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence</source>
            <translation>Bizonyítékok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Label</source>
            <translation>Felirat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Map</source>
            <translation>Térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a colour</source>
            <translation>Szín kiválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Set picture</source>
            <translation>Kép beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Channel</source>
            <translation>Csatorna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online / offline</source>
            <translation>Online / offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Moment of truth</source>
            <translation>Az igazság pillanata</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Severity</source>
            <translation>Súlyosság</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Impact</source>
            <translation>Hatás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Effort</source>
            <translation>Ráfordítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Felelős</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addresses pain points</source>
            <translation>Kezelt fájdalompontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Who said it</source>
            <translation>Ki mondta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Source</source>
            <translation>Forrás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Picture</source>
            <translation>Kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Route</source>
            <translation>Útvonal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Stage</source>
            <translation>Szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Lane</source>
            <translation>Sáv</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n elem kijelölve</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addressed by</source>
            <translation>Kezelő lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Edit %s</source>
            <translation>„%s” mező szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Change colour</source>
            <translation>Szín módosítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a picture</source>
            <translation>Kép kiválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Képek (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Remove picture</source>
            <translation>Kép eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Everyone (neutral)</source>
            <translation>Mindenki (semleges)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Card · %s</source>
            <translation>Kártya · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Could not use the picture</source>
            <translation>A képet nem sikerült felhasználni</translation>
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
            <translation>Alapértelmezett</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <location filename="../../cjm_desktop/model/journey.py" />
            <source>Untitled journey</source>
            <translation>Névtelen ügyfélút</translation>
        </message>
    </context>
    <context>
        <name>JourneyDocument</name>
        <message>
            <location filename="../../cjm_desktop/document/document.py" />
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>Untitled</source>
            <translation>Névtelen</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Edit card text</source>
            <translation>Kártya szövegének szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename stage</source>
            <translation>Szakasz átnevezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename lane</source>
            <translation>Sáv átnevezése</translation>
        </message>
    </context>
    <context>
        <name>KindsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>New from &amp;template…</source>
            <translation>Új &amp;sablonból…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Start a map from a ready-made journey with lanes, content and a persona</source>
            <translation>Térkép indítása egy kész ügyfélútból, sávokkal, tartalommal és egy personával</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Draw &amp;route</source>
            <translation>Útvonal &amp;rajzolása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Connect touchpoints with arrows to show a persona's route across channels</source>
            <translation>Kösse össze nyilakkal az érintkezési pontokat, hogy látszódjon egy persona útja a csatornák között</translation>
        </message>
    </context>
    <context>
        <name>LayoutPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Layout</source>
            <translation>Elrendezés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Check the header row and how the sheet is laid out. The bold row is the header.</source>
            <translation>Ellenőrizze a fejlécsort és a munkalap elrendezését. A félkövér sor a fejléc.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No header row</source>
            <translation>Nincs fejlécsor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Per metric (sum for counts, mean otherwise)</source>
            <translation>Mérőszámonként (darabszámnál összeg, egyébként átlag)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet preview</source>
            <translation>Munkalap előnézete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Header row:</source>
            <translation>&amp;Fejlécsor:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Layout:</source>
            <translation>&amp;Elrendezés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Stage column:</source>
            <translation>&amp;Szakasz oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Metric name column:</source>
            <translation>&amp;Mérőszám nevének oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Value column:</source>
            <translation>É&amp;rték oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Date column:</source>
            <translation>&amp;Dátum oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Touchpoint column:</source>
            <translation>Érintkezési &amp;pont oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Persona or segment column:</source>
            <translation>Persona vagy sze&amp;gmens oszlopa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Several &amp;rows per stage:</source>
            <translation>&amp;Több sor szakaszonként:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One row per stage</source>
            <translation>Szakaszonként egy sor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One column per stage</source>
            <translation>Szakaszonként egy oszlop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage, metric, value rows</source>
            <translation>Szakasz, mérőszám, érték sorok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No column with numbers was found: check the header row and the layout.</source>
            <translation>Nem található számokat tartalmazó oszlop: ellenőrizze a fejlécsort és az elrendezést.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>(none)</source>
            <translation>(nincs)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Ügyfélút-térképek (*.cjm);;Minden fájl (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Tulajdonságok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Opened map</source>
            <translation>Megnyitott térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Undo history</source>
            <translation>Visszavonási előzmények</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fájl</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;New map…</source>
            <translation>Ú&amp;j térkép…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New from sa&amp;mple map</source>
            <translation>Új a &amp;mintatérképből</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New &amp;window</source>
            <translation>Új &amp;ablak</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>Megn&amp;yitás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Leg&amp;utóbbiak megnyitása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Save</source>
            <translation>M&amp;entés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save &amp;as…</source>
            <translation>Mentés m&amp;ásként…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Close window</source>
            <translation>Ablak be&amp;zárása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>S&amp;zerkesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Insert</source>
            <translation>&amp;Beszúrás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Nézet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom o&amp;ut</source>
            <translation>&amp;Kicsinyítés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom to &amp;fit</source>
            <translation>&amp;Ablakhoz igazítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Actual size</source>
            <translation>&amp;Tényleges méret</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Map</source>
            <translation>&amp;Térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Súgó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;About cjm-desktop</source>
            <translation>&amp;A cjm-desktop névjegye</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Main</source>
            <translation>Fő eszköztár</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open journey map</source>
            <translation>Ügyfélút-térkép megnyitása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save journey map</source>
            <translation>Ügyfélút-térkép mentése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save the changes to “%s” before closing?</source>
            <translation>Menti a(z) „%s” módosításait bezárás előtt?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Saved %s</source>
            <translation>Mentve: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Nagyítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the sample map</source>
            <translation>A mintatérképet nem sikerült megnyitni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the map</source>
            <translation>A térképet nem sikerült megnyitni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not save the map</source>
            <translation>A térképet nem sikerült menteni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>(none)</source>
            <translation>(nincs)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>“%1”: %2</source>
            <translation>„%1”: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Could not open the template</source>
            <translation>A sablont nem sikerült megnyitni</translation>
        </message>
    </context>
    <context>
        <name>MapFile</name>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the disk is full. Free some space or save to another drive.</source>
            <translation>a lemez megtelt. Szabadítson fel helyet, vagy mentsen másik meghajtóra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>this location is read-only or you have no permission to write here. Save to another folder.</source>
            <translation>ez a hely csak olvasható, vagy nincs írási joga ide. Mentsen másik mappába.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the folder does not exist.</source>
            <translation>a mappa nem létezik.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>that is a folder, not a file.</source>
            <translation>ez egy mappa, nem fájl.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the file name is too long.</source>
            <translation>a fájlnév túl hosszú.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>could not save: %1</source>
            <translation>a mentés nem sikerült: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds %s, which is not a number a journey map can hold</source>
            <translation>%s szerepel benne, ami nem olyan szám, amelyet egy ügyfélút-térkép tartalmazhat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map.</source>
            <translation>a fájl túl nagy ahhoz, hogy ügyfélút-térkép legyen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is empty.</source>
            <translation>a fájl üres.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s…)</source>
            <translation>túl nagy számot tartalmaz egy ügyfélút-térképhez (%s…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s)</source>
            <translation>túl nagy számot tartalmaz egy ügyfélút-térképhez (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a journey map (the file is not UTF-8 text).</source>
            <translation>nem ügyfélút-térkép (a fájl nem UTF-8 szöveg).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its JSON is nested too deeply to be a journey map).</source>
            <translation>sérült (a JSON-ja túl mélyen egymásba ágyazott ahhoz, hogy ügyfélút-térkép legyen).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>it does not contain a journey map (the top level is not a JSON object)</source>
            <translation>nem tartalmaz ügyfélút-térképet (a legfelső szint nem JSON-objektum)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested too deeply).</source>
            <translation>sérült (az adatai túl mélyen egymásba ágyazottak).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>that is a folder, not a map file.</source>
            <translation>ez egy mappa, nem térképfájl.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a regular file.</source>
            <translation>nem szabályos fájl.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file does not exist (it may have been moved or deleted).</source>
            <translation>a fájl nem létezik (lehet, hogy áthelyezték vagy törölték).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged or not a journey map (invalid JSON at line %d, column %d).</source>
            <translation>sérült, vagy nem ügyfélút-térkép (érvénytelen JSON a(z) %d. sor %d. oszlopában).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested more than %d levels deep)</source>
            <translation>sérült (az adatai több mint %d szinten vannak egymásba ágyazva)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map (%s MB).</source>
            <translation>a fájl túl nagy ahhoz, hogy ügyfélút-térkép legyen (%s MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it could not be read: %s</source>
            <translation>nem sikerült beolvasni: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds text that is not valid Unicode (a broken character)</source>
            <translation>érvénytelen Unicode-szöveget tartalmaz (egy hibás karakter)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two stages share the id '%1'</source>
            <translation>két szakasz azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two lanes share the id '%1'</source>
            <translation>két sáv azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two cards share the id '%1'</source>
            <translation>két kártya azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two personas share the id '%1'</source>
            <translation>két persona azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two routes share the id '%1'</source>
            <translation>két útvonal azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two metrics share the id '%1'</source>
            <translation>két mérőszám azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two snapshots share the id '%1'</source>
            <translation>két pillanatkép azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two channels share the id '%1'</source>
            <translation>két csatorna azonosítója ugyanaz: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in stage '%2', which does not exist</source>
            <translation>a(z) „%1” kártya a(z) „%2” szakaszban van, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is linked to persona '%2', which does not exist</source>
            <translation>a(z) „%1” kártya a(z) „%2” personához kapcsolódik, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>opportunity card '%1' addresses pain point '%2', which does not exist</source>
            <translation>a(z) „%1” lehetőségkártya a(z) „%2” fájdalompontot kezeli, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>an emotion score refers to persona '%1' and stage '%2'; one of them does not exist</source>
            <translation>egy érzelmi pontszám a(z) „%1” personára és a(z) „%2” szakaszra hivatkozik; ezek egyike nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>persona '%1' has two emotion scores at stage '%2'</source>
            <translation>a(z) „%1” personának két érzelmi pontszáma van a(z) „%2” szakaszban</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' belongs to persona '%2', which does not exist</source>
            <translation>a(z) „%1” útvonal a(z) „%2” personához tartozik, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value refers to metric '%1' at stage '%2'; one of them does not exist</source>
            <translation>egy mérőszámérték a(z) „%1” mérőszámra hivatkozik a(z) „%2” szakaszban; ezek egyike nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value is on card '%1', which does not exist</source>
            <translation>egy mérőszámérték a(z) „%1” kártyán van, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value belongs to persona '%1', which does not exist</source>
            <translation>egy mérőszámérték a(z) „%1” personához tartozik, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>%1 should be an object</source>
            <translation>a(z) %1 elemnek objektumnak kellene lennie</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in lane '%2', which does not exist</source>
            <translation>a(z) „%1” kártya a(z) „%2” sávban van, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' connects a card that does not exist</source>
            <translation>a(z) „%1” útvonal egy nem létező kártyát köt össze</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>voting refers to lane '%1', which does not exist</source>
            <translation>a szavazás a(z) „%1” sávra hivatkozik, amely nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the clipboard does not hold cards</source>
            <translation>a vágólapon nincsenek kártyák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the cards were copied from a newer cjm-desktop</source>
            <translation>a kártyákat a cjm-desktop egy újabb verziójából másolták</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>it was saved by a newer cjm-desktop (file format version %1; this version reads up to %2). Update cjm-desktop to open it.</source>
            <translation>a cjm-desktop egy újabb verziójával mentették (fájlformátum-verzió: %1; ez a verzió legfeljebb a(z) %2. verziót olvassa). Frissítse a cjm-desktopot a megnyitásához.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>format_version is missing or not a whole number</source>
            <translation>a format_version hiányzik, vagy nem egész szám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>file format version %1 is not supported</source>
            <translation>a(z) %1. fájlformátum-verzió nem támogatott</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>it is not a recovery copy.</source>
            <translation>ez nem helyreállítási másolat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>could not create the recovery folder: %1</source>
            <translation>a helyreállítási mappát nem sikerült létrehozni: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>the recovery copy could not be read: %1</source>
            <translation>a helyreállítási másolatot nem sikerült beolvasni: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>the document</source>
            <translation>a dokumentum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/snapshots.py" />
            <source>snapshot “%1”: %2</source>
            <translation>„%1” pillanatkép: %2</translation>
        </message>
    </context>
    <context>
        <name>MapLocking</name>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Map in use</source>
            <translation>A térkép használatban van</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open it read-only to look and present, open a copy to edit separately, or open it anyway (whoever saves last overwrites the other's changes).</source>
            <translation>Nyissa meg csak olvasásra a megtekintéshez és bemutatáshoz, nyisson meg egy másolatot a külön szerkesztéshez, vagy nyissa meg mégis (aki utoljára ment, felülírja a másik módosításait).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;read-only</source>
            <translation>&amp;Csak olvasásra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open a &amp;copy</source>
            <translation>&amp;Másolat megnyitása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;anyway</source>
            <translation>Megnyitás m&amp;égis</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open journey map read-only</source>
            <translation>Ügyfélút-térkép megnyitása csak olvasásra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open rea&amp;d-only…</source>
            <translation>Megnyitás csak &amp;olvasásra…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Opened a copy of %s</source>
            <translation>Másolat megnyitva: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map was opened read-only.</source>
            <translation>a térkép csak olvasásra lett megnyitva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the file is read-only (write-protected).</source>
            <translation>a fájl csak olvasható (írásvédett).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Read-only map</source>
            <translation>Csak olvasható térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor: %2.</source>
            <translation>„%1” egy másik szerkesztőben meg van nyitva: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map is open in another editor (%s).</source>
            <translation>a térkép egy másik szerkesztőben meg van nyitva (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>%1 on %2 since %3</source>
            <translation>%1, gép: %2, %3 óta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is read-only: %2 Use Save As to keep your version.</source>
            <translation>„%1” csak olvasható: %2 A saját változata megőrzéséhez használja a Mentés másként parancsot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor (%2). Save under another name.</source>
            <translation>„%1” egy másik szerkesztőben meg van nyitva (%2). Mentse más néven.</translation>
        </message>
    </context>
    <context>
        <name>MetricTargets</name>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Metric targets</source>
            <translation>Mérőszámok célértékei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Type a target for each metric (percentages as numbers, 5 for 5 %); empty: none.</source>
            <translation>Adjon meg célértéket minden mérőszámhoz (a százalékot számként: 5 az 5 %-hoz); üres: nincs.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Set metric target</source>
            <translation>Mérőszám célértékének beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>higher is better</source>
            <translation>a magasabb a jobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>lower is better</source>
            <translation>az alacsonyabb a jobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>%s (%s):</source>
            <translation>%s (%s):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Target for %s</source>
            <translation>Célérték: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>The map has no metrics yet (Map ▸ Import metrics…).</source>
            <translation>A térképen még nincsenek mérőszámok (Térkép ▸ Mérőszámok importálása…).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>“%s” is not a number: the target of %s is unchanged.</source>
            <translation>„%s” nem szám: a célérték (%s) nem változott.</translation>
        </message>
    </context>
    <context>
        <name>MetricsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Import metrics…</source>
            <translation>Mérőszámok &amp;importálása…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Refresh metrics</source>
            <translation>Mérőszámok &amp;frissítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>E&amp;xport metrics workbook…</source>
            <translation>Mérőszám-munkafüzet e&amp;xportálása…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Lay numbers from a spreadsheet over the stages</source>
            <translation>Egy táblázat számainak elhelyezése a szakaszokon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Re-read the spreadsheet the metrics came from</source>
            <translation>A mérőszámok forrástáblázatának újraolvasása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Metrics dock</source>
            <translation>&amp;Mérőszámok panel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Export metrics workbook</source>
            <translation>Mérőszám-munkafüzet exportálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-munkafüzet (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics imported: %d. Ctrl+Z undoes the import.</source>
            <translation>Importált mérőszámok: %d. A Ctrl+Z visszavonja az importálást.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Exported %s</source>
            <translation>Exportálva: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>The workbook could not be written:
%s

%s</source>
            <translation>A munkafüzetet nem sikerült kiírni:
%s

%s</translation>
        </message>
    </context>
    <context>
        <name>MetricsChart</name>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>No metrics yet: Map ▸ Import metrics…</source>
            <translation>Még nincsenek mérőszámok: Térkép ▸ Mérőszámok importálása…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>Metric:</source>
            <translation>Mérőszám:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>%s over time</source>
            <translation>%s időbeli alakulása</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric definitions</source>
            <translation>Mérőszám-definíciók</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric values</source>
            <translation>Mérőszámértékek</translation>
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
            <translation>Mérőszámértékek törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Add metric</source>
            <translation>Mérőszám &amp;hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Delete metric</source>
            <translation>Mérőszám &amp;törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values of</source>
            <translation>Értékek ehhez</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Values of:</source>
            <translation>É&amp;rtékek:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values in italics were typed by hand; Refresh keeps them.</source>
            <translation>A dőlt értékeket kézzel írták be; a Frissítés megtartja őket.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics grid</source>
            <translation>Mérőszámtábla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics &amp;grid…</source>
            <translation>&amp;Mérőszámtábla…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Type metric definitions and values by hand</source>
            <translation>Mérőszám-definíciók és -értékek kézi beírása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Format</source>
            <translation>Formátum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Better</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Target</source>
            <translation>Célérték</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Source note</source>
            <translation>Forrásmegjegyzés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Paste metric values</source>
            <translation>Mérőszámértékek beillesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Stages</source>
            <translation>Szakaszok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Touchpoints</source>
            <translation>Érintkezési pontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>New metric</source>
            <translation>Új mérőszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Persona: %1</source>
            <translation>Persona: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Higher</source>
            <translation>Magasabb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Lower</source>
            <translation>Alacsonyabb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Typed by hand: Refresh keeps it</source>
            <translation>Kézzel beírva: a Frissítés megtartja</translation>
        </message>
    </context>
    <context>
        <name>MetricsPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>number</source>
            <translation>szám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>percent</source>
            <translation>százalék</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>currency</source>
            <translation>pénznem</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>duration</source>
            <translation>időtartam</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>higher</source>
            <translation>nagyobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>lower</source>
            <translation>kisebb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>sum</source>
            <translation>összeg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>mean</source>
            <translation>átlag</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>median</source>
            <translation>medián</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>min</source>
            <translation>minimum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>max</source>
            <translation>maximum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>last</source>
            <translation>utolsó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>count</source>
            <translation>darabszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metric</source>
            <translation>Mérőszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Format</source>
            <translation>Formátum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Better when</source>
            <translation>Jobb, ha</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Target</source>
            <translation>Célérték</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Aggregate</source>
            <translation>Összesítés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Guessed from the column names and cell formats. Untick a metric to leave it out. Targets are typed as shown (40 for 40 %, seconds for durations).</source>
            <translation>Az oszlopnevekből és a cellaformátumokból kikövetkeztetve. Vegye ki a pipát a kihagyandó mérőszám elől. A célértékeket a megjelenített formában adja meg (40 a 40 %-hoz, időtartamnál másodperc).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics to import</source>
            <translation>Importálandó mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Mérőszámok importálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tick at least one metric to import.</source>
            <translation>Jelöljön be legalább egy importálandó mérőszámot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The target of %s is not a number.</source>
            <translation>A(z) %s célértéke nem szám.</translation>
        </message>
    </context>
    <context>
        <name>MetricsWorkbook</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>number</source>
            <translation>szám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>percent</source>
            <translation>százalék</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>currency</source>
            <translation>pénznem</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>duration</source>
            <translation>időtartam</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>higher</source>
            <translation>nagyobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>lower</source>
            <translation>kisebb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>sum</source>
            <translation>összeg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>mean</source>
            <translation>átlag</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>median</source>
            <translation>medián</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>min</source>
            <translation>minimum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>max</source>
            <translation>maximum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>last</source>
            <translation>utolsó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>count</source>
            <translation>darabszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Sheet</source>
            <translation>Munkalap</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Stage</source>
            <translation>Szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric</source>
            <translation>Mérőszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Value</source>
            <translation>Érték</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoint</source>
            <translation>Érintkezési pont</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Format</source>
            <translation>Formátum</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Better when</source>
            <translation>Jobb, ha</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Target</source>
            <translation>Célérték</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Aggregate</source>
            <translation>Összesítés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Source note</source>
            <translation>Forrásmegjegyzés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunity</source>
            <translation>Lehetőség</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Pain points addressed</source>
            <translation>Kezelt fájdalompontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Owner</source>
            <translation>Felelős</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Impact</source>
            <translation>Hatás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Effort</source>
            <translation>Ráfordítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric details</source>
            <translation>Mérőszámok adatai</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Cards</source>
            <translation>Kártyák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Series</source>
            <translation>Idősorok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoints and personas</source>
            <translation>Érintkezési pontok, personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunities</source>
            <translation>Lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Lane</source>
            <translation>Sáv</translation>
        </message>
    </context>
    <context>
        <name>OpportunityLinks</name>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show on map</source>
            <translation>Megjelenítés a térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show the chosen card on the map</source>
            <translation>A kiválasztott kártya megjelenítése a térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Pain points this opportunity addresses</source>
            <translation>A lehetőség által kezelt fájdalompontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Opportunities addressing this pain point</source>
            <translation>Az ezt a fájdalompontot kezelő lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No pain points on the map yet</source>
            <translation>A térképen még nincs fájdalompont</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No opportunity addresses it yet</source>
            <translation>Még egy lehetőség sem kezeli</translation>
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
            <translation>Hatás × ráfordítás mátrix</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>low</source>
            <translation>alacsony</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>medium</source>
            <translation>közepes</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>high</source>
            <translation>magas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Effort →</source>
            <translation>Ráfordítás →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Impact →</source>
            <translation>Hatás →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>No rated opportunities</source>
            <translation>Nincs értékelt lehetőség</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Not rated (impact or effort unset):</source>
            <translation>Értékeletlen (hiányzik a hatás vagy a ráfordítás):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Opportunities not rated</source>
            <translation>Értékeletlen lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>+%1 more</source>
            <translation>+%1 további</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>%1; status %2; impact %3, effort %4</source>
            <translation>%1; állapot: %2; hatás: %3, ráfordítás: %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort</source>
            <translation>Hatás × ráfordítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort matri&amp;x</source>
            <translation>&amp;Hatás × ráfordítás mátrix</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Place the opportunities by impact and effort</source>
            <translation>A lehetőségek elhelyezése hatás és ráfordítás szerint</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Lane, %n cards in this stage</source>
            <translation>
                <numerusform>Sáv, %n kártya ebben a szakaszban</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stage %d of %d</source>
            <translation>%d. szakasz (összesen %d)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>(empty card)</source>
            <translation>(üres kártya)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Map outline</source>
            <translation>Térképvázlat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages with their lanes and cards, then personas and metrics. F2 edits a name or text.</source>
            <translation>Szakaszok a sávjaikkal és kártyáikkal, majd personák és mérőszámok. Az F2 a nevet vagy a szöveget szerkeszti.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename persona</source>
            <translation>Persona átnevezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Card in %s</source>
            <translation>Kártya itt: %s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n bizonyíték</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages</source>
            <translation>Szakaszok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>severity %s</source>
            <translation>súlyosság: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>status: %s</source>
            <translation>állapot: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>pain points addressed: %d</source>
            <translation>kezelt fájdalompontok: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>votes: %d</source>
            <translation>szavazatok: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>evidence level: %s</source>
            <translation>bizonyítottság: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Personas</source>
            <translation>Personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Personas</source>
            <translation>Personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>&amp;Personas…</source>
            <translation>&amp;Personák…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Create and edit the personas of this map</source>
            <translation>A térkép personáinak létrehozása és szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Add &amp;persona</source>
            <translation>&amp;Persona hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Persona &amp;curves</source>
            <translation>Persona&amp;görbék</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona</source>
            <translation>Persona kiemelése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Fade out what belongs to other personas</source>
            <translation>A más personákhoz tartozó elemek halványítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona: </source>
            <translation>Kiemelt persona: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>All</source>
            <translation>Mind</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Emotion note</source>
            <translation>Érzelmi megjegyzés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Why does %s feel this way at “%s”?</source>
            <translation>Miért érez így %s itt: „%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Unnamed persona</source>
            <translation>Névtelen persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>(no personas)</source>
            <translation>(nincs persona)</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No personas yet (Map ▸ Personas…)</source>
            <translation>Még nincsenek personák (Térkép ▸ Personák…)</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Képek (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Role / occupation</source>
            <translation>Szerep / foglalkozás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Age</source>
            <translation>Életkor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Location</source>
            <translation>Lakóhely</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Background</source>
            <translation>Háttér</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Goals</source>
            <translation>Célok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Motivations</source>
            <translation>Motivációk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Frustrations</source>
            <translation>Frusztrációk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Behaviours</source>
            <translation>Viselkedés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Characteristic quote</source>
            <translation>Jellemző idézet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Personas</source>
            <translation>Personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Jelöljön be egy personát, hogy az érzelmi görbéje megjelenjen a térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Add</source>
            <translation>Hozzáadás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Duplicate</source>
            <translation>Duplikálás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move up</source>
            <translation>Mozgatás fel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move down</source>
            <translation>Mozgatás le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona up the list (Alt+Up)</source>
            <translation>A persona mozgatása feljebb a listában (Alt+Fel)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona down the list (Alt+Down)</source>
            <translation>A persona mozgatása lejjebb a listában (Alt+Le)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>From file…</source>
            <translation>Fájlból…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Paste</source>
            <translation>Beillesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Photo</source>
            <translation>Fénykép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Segment</source>
            <translation>Szegmens</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Colour</source>
            <translation>Szín</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Preferred channels</source>
            <translation>Preferált csatornák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Persona colour</source>
            <translation>Persona színe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Choose a photo</source>
            <translation>Fénykép kiválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Unnamed persona</source>
            <translation>Névtelen persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The photo was not added. %s</source>
            <translation>A fénykép nem lett hozzáadva. %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>pasted image</source>
            <translation>beillesztett kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The clipboard holds no image. Copy a picture first.</source>
            <translation>A vágólapon nincs kép. Előbb másoljon egy képet.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preference&amp;s…</source>
            <translation>Beállítá&amp;sok…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preferences</source>
            <translation>Beállítások</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>System default</source>
            <translation>Rendszer alapértelmezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Nyelv:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>A new language applies the next time the editor starts.</source>
            <translation>Az új nyelv a szerkesztő következő indításakor lép életbe.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Theme:</source>
            <translation>&amp;Téma:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> s</source>
            <translation> mp</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>How long after your last edit a recovery copy is written</source>
            <translation>Mennyi idővel az utolsó szerkesztés után készüljön helyreállítási másolat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Autosave after:</source>
            <translation>&amp;Automatikus mentés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default export &amp;format:</source>
            <translation>Alapértelmezett exportálási &amp;formátum:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default PDF &amp;page size:</source>
            <translation>Alapértelmezett PDF-&amp;oldalméret:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default image &amp;resolution:</source>
            <translation>Alapértelmezett &amp;képfelbontás:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Same as the system</source>
            <translation>A rendszerrel megegyező</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Light</source>
            <translation>Világos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Dark</source>
            <translation>Sötét</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Presentation — %s</source>
            <translation>Bemutató — %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Workshop controls</source>
            <translation>Workshop-vezérlők</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Overview</source>
            <translation>Áttekintés</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Look in:</source>
            <translation>&amp;Keresés itt:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>File &amp;name:</source>
            <translation>Fájl&amp;név:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Files of &amp;type:</source>
            <translation>Fájlok &amp;típusa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Back</source>
            <translation>Vissza</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Forward</source>
            <translation>Előre</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Parent Directory</source>
            <translation>Szülőkönyvtár</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Create New Folder</source>
            <translation>Új mappa létrehozása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>List View</source>
            <translation>Listanézet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Detail View</source>
            <translation>Részletes nézet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Save</source>
            <translation>Menté&amp;s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Open</source>
            <translation>&amp;Megnyitás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Choose</source>
            <translation>&amp;Kiválasztás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save As</source>
            <translation>Mentés másként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>All Files (*)</source>
            <translation>Minden fájl (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 már létezik.
Szeretné lecserélni?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>New Folder</source>
            <translation>Új mappa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;New Folder</source>
            <translation>Ú&amp;j mappa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Rename</source>
            <translation>Át&amp;nevezés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show &amp;hidden files</source>
            <translation>&amp;Rejtett fájlok megjelenítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Recent Places</source>
            <translation>Legutóbbi helyek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Directory:</source>
            <translation>Könyvtár:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Biztosan törölni szeretné: „%1”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
A fájl nem található.
Ellenőrizze, hogy jól adta-e meg a fájl nevét.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Size</source>
            <translation>Méret</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Type</source>
            <translation>Típus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Date Modified</source>
            <translation>Módosítás dátuma</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Computer</source>
            <translation>Számítógép</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Visszavonás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>Új&amp;ra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Kivágás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Másolás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Beillesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Összes kijelölése</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show Details...</source>
            <translation>Részletek megjelenítése…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Hide Details...</source>
            <translation>Részletek elrejtése…</translation>
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
            <translation>Mentés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save All</source>
            <translation>Összes mentése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Yes</source>
            <translation>&amp;Igen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Yes to &amp;All</source>
            <translation>Igen, &amp;mindre</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;No</source>
            <translation>&amp;Nem</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>N&amp;o to All</source>
            <translation>Nem, min&amp;dre</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Abort</source>
            <translation>Megszakítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Retry</source>
            <translation>Újra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Ignore</source>
            <translation>Mellőzés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Discard</source>
            <translation>Eldobás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Help</source>
            <translation>Súgó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Apply</source>
            <translation>Alkalmaz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Reset</source>
            <translation>Visszaállítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Restore Defaults</source>
            <translation>Alapértelmezések visszaállítása</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;üres&gt;</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Visszavonás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>Új&amp;ra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Kivágás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Másolás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Beillesztés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Összes kijelölése</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Vissza</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Következő &gt;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Befejezés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Help</source>
            <translation>&amp;Súgó</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Commit</source>
            <translation>Véglegesítés</translation>
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
            <translation>Mentés m&amp;ásként…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Read-only: %s Save a copy to edit it.</source>
            <translation>Csak olvasható: %s A szerkesztéshez mentsen egy másolatot.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source> (read-only)</source>
            <translation> (csak olvasható)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Not changed: %s</source>
            <translation>Nem módosult: %s</translation>
        </message>
    </context>
    <context>
        <name>ReadingOptions</name>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Automatic (from the file, then the map)</source>
            <translation>Automatikus (a fájlból, majd a térképből)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Point: 1,234.5</source>
            <translation>Pont: 1,234.5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Comma: 1.234,5 or 1 234,5</source>
            <translation>Vessző: 1.234,5 vagy 1 234,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Encoding:</source>
            <translation>Kó&amp;dolás:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Decimal mark:</source>
            <translation>&amp;Tizedesjel:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>These numbers read two ways; choose the decimal mark above:</source>
            <translation>Ezek a számok kétféleképpen olvashatók; válassza ki fent a tizedesjelet:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>“%s”: %s is %s with a decimal point, or %s with a decimal comma.</source>
            <translation>„%s”: %s tizedesponttal %s, tizedesvesszővel pedig %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>%s (detected)</source>
            <translation>%s (észlelt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Text as read: %s</source>
            <translation>Beolvasott szöveg: %s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Recover unsaved maps</source>
            <translation>Nem mentett térképek helyreállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>cjm-desktop did not close properly last time. These maps had changes that were not saved:</source>
            <translation>A cjm-desktop legutóbb nem megfelelően záródott be. Ezekben a térképekben nem mentett módosítások voltak:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Restored maps open with their changes unsaved; save them to keep them.</source>
            <translation>A helyreállított térképek a nem mentett módosításaikkal nyílnak meg; mentse őket, hogy megmaradjanak.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Helyreállítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Discard</source>
            <translation>&amp;Elvetés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Later</source>
            <translation>&amp;Később</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Discard recovered work?</source>
            <translation>Elveti a helyreállított munkát?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n maps will be deleted for good.</source>
            <translation>
                <numerusform>%n térkép nem mentett módosításai véglegesen törlődnek.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Map</source>
            <translation>Térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Original file</source>
            <translation>Eredeti fájl</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Last autosaved</source>
            <translation>Utolsó automatikus mentés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>(never saved)</source>
            <translation>(soha nem mentve)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Could not restore the map</source>
            <translation>A térképet nem sikerült helyreállítani</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>File changed on disk</source>
            <translation>A fájl megváltozott a lemezen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not write the recovery copy: %s</source>
            <translation>A helyreállítási másolatot nem sikerült kiírni: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reload the map?</source>
            <translation>Újratölti a térképet?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloaded %s</source>
            <translation>Újratöltve: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program since you opened or saved it.
Overwrite it with your version? The other version is kept as a .bak file.</source>
            <translation>A(z) „%s” fájlt egy másik program módosította, mióta megnyitotta vagy mentette.
Felülírja a saját változatával? A másik változat .bak fájlként megmarad.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading “%s” discards your unsaved changes, and they cannot be undone.</source>
            <translation>„%s” újratöltése elveti a nem mentett módosításokat, és ez nem vonható vissza.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not reload the map</source>
            <translation>A térképet nem sikerült újratölteni</translation>
        </message>
    </context>
    <context>
        <name>RefreshDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Refresh metrics</source>
            <translation>Mérőszámok frissítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Choose a sheet…</source>
            <translation>Válasszon munkalapot…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Sheet:</source>
            <translation>Mun&amp;kalap:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Apply</source>
            <translation>&amp;Alkalmaz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Locate…</source>
            <translation>&amp;Megkeresés…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Locate the metrics source</source>
            <translation>A mérőszámok forrásának megkeresése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 was not found in
%2

It may have been renamed, or the workbook exported in another language. Choose the sheet to refresh from:</source>
            <translation>Nem található a(z) %1 munkalap ebben a fájlban:
%2

Lehet, hogy átnevezték, vagy a munkafüzetet más nyelven exportálták. Válassza ki, melyik munkalapról frissüljön:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>added</source>
            <translation>hozzáadva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>removed</source>
            <translation>eltávolítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>changed</source>
            <translation>módosult</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Stage</source>
            <translation>Szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Metric</source>
            <translation>Mérőszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Before</source>
            <translation>Előtte</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>After</source>
            <translation>Utána</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Change</source>
            <translation>Változás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>This map has no metrics source yet. Use Map ▸ Import metrics… first.</source>
            <translation>Ennek a térképnek még nincs mérőszámforrása. Előbb használja a Térkép ▸ Mérőszámok importálása… parancsot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Reading %s…</source>
            <translation>%s olvasása…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source could not be read: %s
%s</source>
            <translation>A forrást nem sikerült beolvasni: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source file was not found:
%s

It may have been moved, renamed or deleted. Locate it to refresh from its new place.</source>
            <translation>A forrásfájl nem található:
%s

Lehet, hogy áthelyezték, átnevezték vagy törölték. Keresse meg, hogy az új helyéről frissüljön.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 does not fit this map's import: %2
Choose another sheet.</source>
            <translation>A(z) %1 munkalap nem illik ennek a térképnek az importálásához: %2
Válasszon másik munkalapot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source now has stages that match no stage of the map: %s.
Use Map ▸ Import metrics… to assign them.</source>
            <translation>A forrásban most olyan szakaszok vannak, amelyek a térkép egyik szakaszának sem felelnek meg: %s.
A hozzárendeléshez használja a Térkép ▸ Mérőszámok importálása… parancsot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Values to update from %s: %d.</source>
            <translation>Frissítendő értékek (%s): %d.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics are up to date: nothing changed in %s.</source>
            <translation>A mérőszámok naprakészek: semmi sem változott itt: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>New metrics: %s.</source>
            <translation>Új mérőszámok: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>%1 has no sheet %2 any more: read from %3, which Apply remembers.</source>
            <translation>A(z) %1 fájlban már nincs %2 munkalap: az értékek a(z) %3 munkalapról származnak, ezt az Alkalmaz gomb megjegyzi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Left out: %s.</source>
            <translation>Kihagyva: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source has changed and no longer fits the import: %s
%s</source>
            <translation>A forrás megváltozott, és már nem illik az importáláshoz: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics could not be refreshed; the map is unchanged.
%s</source>
            <translation>A mérőszámokat nem sikerült frissíteni; a térkép nem változott.
%s</translation>
        </message>
    </context>
    <context>
        <name>RouteMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>The text written on the arrow</source>
            <translation>A nyílra írt szöveg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Everyone (no persona)</source>
            <translation>Mindenki (nincs persona)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Reverse direction</source>
            <translation>Irány megfordítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Delete route</source>
            <translation>Útvonal törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Route label</source>
            <translation>Útvonal felirata</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Text on the arrow:</source>
            <translation>Szöveg a nyílon:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Label…</source>
            <translation>Felirat…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Unnamed persona</source>
            <translation>Névtelen persona</translation>
        </message>
    </context>
    <context>
        <name>RouteTool</name>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Draw route: click a touchpoint card, then the next one. Esc to finish.</source>
            <translation>Útvonal rajzolása: kattintson egy érintkezési pont kártyájára, majd a következőre. Esc: befejezés.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route kept; the next arrow was not started. Click a touchpoint card to draw another route, Esc to finish.</source>
            <translation>Az útvonal megmaradt; a következő nyíl nem indult el. Újabb útvonalhoz kattintson egy érintkezési pont kártyájára, Esc: befejezés.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: choose a card in a touchpoints lane.</source>
            <translation>Az útvonalak érintkezési pontok kártyáit kötik össze: válasszon egy kártyát egy érintkezésipont-sávban.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Arrows leaving this touchpoint deleted (Ctrl+Z brings them back).</source>
            <translation>Az ebből az érintkezési pontból induló nyilak törölve (a Ctrl+Z visszahozza őket).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Now click the touchpoint the customer goes to next.</source>
            <translation>Most kattintson arra az érintkezési pontra, ahová az ügyfél ezután megy.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>These two touchpoints are already connected.</source>
            <translation>Ez a két érintkezési pont már össze van kötve.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route drawn. Click the next touchpoint to continue, Esc to finish.</source>
            <translation>Útvonal megrajzolva. A folytatáshoz kattintson a következő érintkezési pontra, Esc: befejezés.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: click a card in a touchpoints lane.</source>
            <translation>Az útvonalak érintkezési pontok kártyáit kötik össze: kattintson egy kártyára egy érintkezésipont-sávban.</translation>
        </message>
    </context>
    <context>
        <name>SheetReading</name>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)</source>
            <translation>Excel-munkafüzetek (*.xlsx *.xlsm *.xlsb *.xls)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>LibreOffice (*.ods)</source>
            <translation>LibreOffice (*.ods)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Text tables (*.csv *.tsv *.txt)</source>
            <translation>Szöveges táblázatok (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>All files (*)</source>
            <translation>Minden fájl (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Spreadsheets (%s)</source>
            <translation>Táblázatok (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading spreadsheet</source>
            <translation>Táblázat olvasása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading %s…</source>
            <translation>%s olvasása…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Moving around the map</source>
            <translation>Mozgás a térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Emotion scores</source>
            <translation>Érzelmi pontszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Routes (Insert ▸ Draw route, R)</source>
            <translation>Útvonalak (Beszúrás ▸ Útvonal rajzolása, R)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Personas and metrics</source>
            <translation>Personák és mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keyboard shortcuts</source>
            <translation>Billentyűparancsok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keys</source>
            <translation>Billentyűk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>What they do</source>
            <translation>Funkció</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu commands</source>
            <translation>Menüparancsok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Arrow keys</source>
            <translation>Nyílbillentyűk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select the next card, stage or lane</source>
            <translation>A következő kártya, szakasz vagy sáv kijelölése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+arrow keys</source>
            <translation>Alt+nyílbillentyűk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Move the selected card, stage or lane</source>
            <translation>A kijelölt kártya, szakasz vagy sáv mozgatása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or F2</source>
            <translation>Enter vagy F2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Edit the selected item's text</source>
            <translation>A kijelölt elem szövegének szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the selection</source>
            <translation>A kijelölés megszüntetése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu key</source>
            <translation>Helyi menü billentyű</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The context menu</source>
            <translation>A helyi menü</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Right on the Emotions lane</source>
            <translation>Jobbra nyíl az Érzelmek sávon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Put the focus ring on the first persona's first point</source>
            <translation>A fókuszkeret az első persona első pontjára kerül</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Up / Down</source>
            <translation>Fel / Le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Raise or lower the score (one undo step each)</source>
            <translation>A pontszám növelése vagy csökkentése (mindegyik egy visszavonási lépés)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Left / Right</source>
            <translation>Balra / Jobbra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next stage</source>
            <translation>Az előző vagy a következő szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next persona</source>
            <translation>Az előző vagy a következő persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Score an unscored stage (0)</source>
            <translation>Pontszám nélküli szakasz értékelése (0)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the score</source>
            <translation>A pontszám törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Back to the lane</source>
            <translation>Vissza a sávhoz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select a touchpoint card</source>
            <translation>Érintkezési pont kártyájának kijelölése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or Space</source>
            <translation>Enter vagy szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Start the route here, or draw the next arrow</source>
            <translation>Az útvonal indítása innen, vagy a következő nyíl rajzolása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete the arrows leaving the selected card</source>
            <translation>A kijelölt kártyából induló nyilak törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc, Esc</source>
            <translation>Esc, Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Stop the pending arrow, then leave the tool</source>
            <translation>A függőben lévő nyíl elvetése, majd kilépés az eszközből</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Fel / Alt+Le</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>In the persona editor's list: move the persona</source>
            <translation>A personaszerkesztő listájában: a persona mozgatása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Map ▸ Metric targets…</source>
            <translation>Térkép ▸ Mérőszámok célértékei…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Type each metric's target; Tab applies it</source>
            <translation>Minden mérőszám célértékének beírása; a Tab alkalmazza</translation>
        </message>
    </context>
    <context>
        <name>SnapshotActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots</source>
            <translation>Pillanat&amp;képek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Take snapshot…</source>
            <translation>Pillanatkép &amp;készítése…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Keep a named, dated copy of the map inside it</source>
            <translation>A térkép elnevezett, dátummal ellátott másolatának megőrzése a térképen belül</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots…</source>
            <translation>&amp;Pillanatképek…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Edit the to-be curves…</source>
            <translation>Célállapot-görbék &amp;szerkesztése…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Cop&amp;y the emotion curves to the to-be curves</source>
            <translation>Az érzelmi görbék másolása a célállapot-&amp;görbékbe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Clear the to-be curves</source>
            <translation>Célállapot-görbék &amp;törlése</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Snapshot</source>
            <translation>Pillanatkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Take snapshot</source>
            <translation>Pillanatkép készítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Delete snapshot</source>
            <translation>Pillanatkép törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Mark snapshot</source>
            <translation>Pillanatkép megjelölése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Restore snapshot “%1”</source>
            <translation>„%1” pillanatkép visszaállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Set the to-be curves</source>
            <translation>Célállapot-görbék beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Clear the to-be curves</source>
            <translation>Célállapot-görbék törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Edit the to-be curves</source>
            <translation>Célállapot-görbék szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Why this version matters (optional)</source>
            <translation>Miért fontos ez a változat (nem kötelező)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Név:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>N&amp;ote:</source>
            <translation>&amp;Megjegyzés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Mark as:</source>
            <translation>&amp;Jelölés:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshots</source>
            <translation>Pillanatképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Take snapshot…</source>
            <translation>Pillanatkép &amp;készítése…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Visszaállítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Compare with the map</source>
            <translation>Ö&amp;sszehasonlítás a térképpel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark &amp;as-is</source>
            <translation>Megjelölés &amp;jelenlegi állapotként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark t&amp;o-be</source>
            <translation>Jelölés: &amp;célállapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Use its curves as &amp;to-be</source>
            <translation>Görbéi &amp;használata célállapotként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Törlés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>as-is</source>
            <translation>jelenlegi állapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>to-be</source>
            <translation>célállapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Taken</source>
            <translation>Készült</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshot %1</source>
            <translation>Pillanatkép %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Damaged snapshot</source>
            <translation>Sérült pillanatkép</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 × %2 read from “%3”.</source>
            <translation>%1 × %2 beolvasva innen: „%3”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n sor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n oszlop</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tab</source>
            <translation>tabulátor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Space</source>
            <translation>szóköz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet</source>
            <translation>Táblázat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.</source>
            <translation>Válasszon egy analitikai, CRM- vagy kérdőíves eszközből exportált Excel-, LibreOffice- vagy CSV-fájlt.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet file</source>
            <translation>Táblázatfájl</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Path to a .xlsx, .xls, .ods, .csv … file</source>
            <translation>Egy .xlsx, .xls, .ods, .csv … fájl elérési útja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Bro&amp;wse…</source>
            <translation>T&amp;allózás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>F&amp;ile:</source>
            <translation>&amp;Fájl:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Munkalap:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Mérőszámok importálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Text file: encoding %s, delimiter “%s”.</source>
            <translation>Szövegfájl: %s kódolás, „%s” elválasztó.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Could not read this file.</source>
            <translation>Ezt a fájlt nem sikerült beolvasni.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it needs more than the %1 GB of memory the reader may use, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>a beolvasásához több memória kell, mint az olvasónak engedélyezett %1 GB, ezért leállt. A térkép nem változott. Másolja a szükséges adatokat egy kisebb fájlba, vagy exportálja CSV-be.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it took longer than %1 s, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>a beolvasása tovább tartott %1 másodpercnél, ezért leállt. A térkép nem változott. Másolja a szükséges adatokat egy kisebb fájlba, vagy exportálja CSV-be.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the spreadsheet reader stopped unexpectedly (%1) while reading it; the file is probably damaged or hostile. Your map is unchanged. Try opening it in Excel or LibreOffice and saving it again.</source>
            <translation>a táblázatolvasó váratlanul leállt (%1) olvasás közben; a fájl valószínűleg sérült vagy ártalmas. A térkép nem változott. Próbálja megnyitni Excelben vagy LibreOffice-ban, és mentse újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the reader could not be started (%1).</source>
            <translation>az olvasót nem sikerült elindítani (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_errors.py" />
            <source>reading was cancelled.</source>
            <translation>a beolvasás megszakítva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>a sheet spans %1 rows x %2 columns, more than the %3 cells that can be imported safely. Copy the data you need into a new file, or export it as CSV.</source>
            <translation>egy munkalap %1 sor x %2 oszlop méretű, több, mint a biztonságosan importálható %3 cella. Másolja a szükséges adatokat egy új fájlba, vagy exportálja CSV-be.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is %1 MB; files over %2 MB cannot be imported. Save only the sheet you need, or export it as CSV.</source>
            <translation>a fájl %1 MB; a %2 MB-nál nagyobb fájlok nem importálhatók. Csak a szükséges munkalapot mentse, vagy exportálja CSV-be.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file holds %1 parts, far more than any real spreadsheet; it was refused.</source>
            <translation>a fájl %1 részt tartalmaz, sokkal többet, mint bármely valódi táblázat; elutasítva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file would expand to %1 MB once unpacked; the limit is %2 MB. Save only the sheet you need, or export it as CSV.</source>
            <translation>a fájl kicsomagolva %1 MB lenne; a korlát %2 MB. Csak a szükséges munkalapot mentse, vagy exportálja CSV-be.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is empty (0 bytes).</source>
            <translation>a fájl üres (0 bájt).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is password-protected (encrypted). Remove the password and try again.</source>
            <translation>a fájl jelszóval védett (titkosított). Távolítsa el a jelszót, és próbálja újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' would expand %2 times (to %3 MB): this looks like a zip bomb and was refused.</source>
            <translation>a(z) „%1” rész %2-szorosára (%3 MB-ra) bővülne: ez zip-bombának tűnik, ezért elutasítva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation>a munkafüzet jelszóval védett. Nyissa meg Excelben vagy LibreOffice-ban, távolítsa el a jelszót (Fájl &gt; Információ &gt; Munkafüzet védelme), mentse, és próbálja újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the spreadsheet is password-protected. Open it in LibreOffice, remove the password (File &gt; Properties &gt; Security), save, and try again.</source>
            <translation>a táblázat jelszóval védett. Nyissa meg LibreOffice-ban, távolítsa el a jelszót (Fájl &gt; Tulajdonságok &gt; Biztonság), mentse, és próbálja újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' declares XML entities (a DOCTYPE), which spreadsheets never need and XML bombs use; the file was refused.</source>
            <translation>a(z) „%1” rész XML-entitásokat (DOCTYPE-ot) deklarál, amelyekre táblázatoknak sosem, XML-bombáknak viszont igen van szükségük; a fájl elutasítva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' does not start like XML; it is damaged or unsafe.</source>
            <translation>a(z) „%1” rész nem úgy kezdődik, mint egy XML; sérült vagy nem biztonságos.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' holds a single XML tag over %2 MB; the file is damaged or unsafe.</source>
            <translation>a(z) „%1” rész egyetlen, %2 MB-nál nagyobb XML-címkét tartalmaz; a fájl sérült vagy nem biztonságos.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is a plain text file, not a table: no commas, semicolons or tabs divide it into columns. Choose a spreadsheet or a .csv / .tsv file.</source>
            <translation>ez egyszerű szövegfájl, nem táblázat: semmilyen vessző, pontosvessző vagy tabulátor nem osztja oszlopokra. Válasszon táblázatot vagy .csv / .tsv fájlt.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line is longer than %1 MB, so it is not a table of rows (is it really a CSV file?).</source>
            <translation>az első sora hosszabb %1 MB-nál, így nem sorokból álló táblázat (biztosan CSV-fájl?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line has %1 columns; spreadsheets hold at most %2, so this is not a table that can be imported.</source>
            <translation>az első sorában %1 oszlop van; a táblázatokban legfeljebb %2 lehet, így ez nem importálható táblázat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has no data in it.</source>
            <translation>a fájlban nincsenek adatok.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file is not valid CSV near line %1 (%2).</source>
            <translation>a fájl nem érvényes CSV a(z) %1. sor környékén (%2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: it holds binary data, not text. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>ez nem szöveges (CSV-) fájl: bináris adatokat tartalmaz, nem szöveget. Válasszon az eszközéből exportált .csv fájlt vagy az eredeti munkafüzetet (vagy adja meg a kódolást a --encoding kapcsolóval).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: its bytes do not read as text in any usual encoding. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>ez nem szöveges (CSV-) fájl: bájtjai egyetlen szokásos kódolásban sem olvashatók szövegként. Válasszon az eszközéből exportált .csv fájlt vagy az eredeti munkafüzetet (vagy adja meg a kódolást a --encoding kapcsolóval).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>'%1' is not an encoding this program knows (try cp1250, cp1253, utf-8).</source>
            <translation>„%1” nem olyan kódolás, amelyet ez a program ismer (próbálja: cp1250, cp1253, utf-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has more than %1 cells, too many to import.</source>
            <translation>a fájl több mint %1 cellát tartalmaz, ez túl sok az importáláshoz.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is not really a %1 workbook: it is damaged, or another kind of file was given this name.</source>
            <translation>a fájl valójában nem %1-munkafüzet: sérült, vagy egy másfajta fájl kapta ezt a nevet.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is damaged or is not a valid spreadsheet, so it cannot be read. Try opening it in Excel or LibreOffice and saving it again. (Details: %1)</source>
            <translation>a fájl sérült, vagy nem érvényes táblázat, ezért nem olvasható be. Próbálja megnyitni Excelben vagy LibreOffice-ban, és mentse újra. (Részletek: %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is not a spreadsheet file. Choose an .xlsx, .xlsm, .xlsb, .xls, .ods, .csv or .tsv file.</source>
            <translation>ez nem táblázatfájl. Válasszon .xlsx, .xlsm, .xlsb, .xls, .ods, .csv vagy .tsv fájlt.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password, save, and try again.</source>
            <translation>a munkafüzet jelszóval védett. Nyissa meg Excelben vagy LibreOffice-ban, távolítsa el a jelszót, mentse, és próbálja újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is too large to import safely (%1).</source>
            <translation>a fájl túl nagy a biztonságos importáláshoz (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file uses a compression method that cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
            <translation>a fájl olyan tömörítési módszert használ, amely nem olvasható (%1). Nyissa meg Excelben vagy LibreOffice-ban, és mentse újra.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file does not exist (was it moved or renamed?).</source>
            <translation>a fájl nem létezik (áthelyezték vagy átnevezték?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is a folder, not a spreadsheet file.</source>
            <translation>ez egy mappa, nem táblázatfájl.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file cannot be opened (%1).</source>
            <translation>a fájl nem nyitható meg (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook has no worksheets (only charts or macros).</source>
            <translation>a munkafüzetben nincsenek munkalapok (csak diagramok vagy makrók).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>there is no sheet named '%1' (its sheets: %2).</source>
            <translation>nincs „%1” nevű munkalap (munkalapjai: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet cannot be found (%1).</source>
            <translation>a munkalap nem található (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet '%1' has %2 rows x %3 columns, too many to import.</source>
            <translation>a(z) „%1” munkalap %2 sor x %3 oszlop méretű, ez túl sok az importáláshoz.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/xlsb_guard.py" />
            <source>the part '%1' is damaged (a broken record).</source>
            <translation>a(z) „%1” rész sérült (hibás rekord).</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stages</source>
            <translation>Szakaszok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage names were matched ignoring case, accents and spacing. Decide what happens to the ones that match no stage of the map.</source>
            <translation>A szakaszneveket a kis- és nagybetűk, az ékezetek és a szóközök figyelmen kívül hagyásával párosítottuk. Döntse el, mi legyen azokkal, amelyek a térkép egyik szakaszának sem felelnek meg.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet stages and map stages</source>
            <translation>A munkalap szakaszai és a térkép szakaszai</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>In the spreadsheet</source>
            <translation>A táblázatban</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>On the map</source>
            <translation>A térképen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Skip these rows</source>
            <translation>Ezek a sorok kimaradnak</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Every sheet stage has a place on the map.</source>
            <translation>A munkalap minden szakaszának van helye a térképen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 (%n rows, no match)</source>
            <translation>
                <numerusform>%1 (%n sor, nincs egyezés)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>— choose —</source>
            <translation>— válasszon —</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Create new stage “%s”</source>
            <translation>Új szakasz létrehozása: „%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&lt;b&gt;Still to decide:&lt;/b&gt; %s</source>
            <translation>&lt;b&gt;Még eldöntendő:&lt;/b&gt; %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Matched nothing: %s</source>
            <translation>Nincs párja: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start — cjm-desktop</source>
            <translation>Kezdés — cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Customer journey maps</source>
            <translation>Ügyfélút-térképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start from a template, open a map, or pick up where you left off.</source>
            <translation>Induljon egy sablonból, nyisson meg egy térképet, vagy folytassa, ahol abbahagyta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Megnyitás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Open the &amp;sample map</source>
            <translation>&amp;A mintatérkép megnyitása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>No recent maps yet: maps you open or save appear here.</source>
            <translation>Még nincsenek legutóbbi térképek: a megnyitott vagy mentett térképek itt jelennek meg.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>New map from a &amp;template</source>
            <translation>Új térkép &amp;sablonból</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Recent maps</source>
            <translation>&amp;Legutóbbi térképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>This file was moved or deleted.</source>
            <translation>Ezt a fájlt áthelyezték vagy törölték.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>%1 (missing)
%2</source>
            <translation>%1 (hiányzik)
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
                <numerusform>%n szakasz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n lanes</source>
            <translation>
                <numerusform>%n sáv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n kártya</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>New from template</source>
            <translation>Új sablonból</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Templates</source>
            <translation>Sablonok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>This template cannot be read.</source>
            <translation>Ez a sablon nem olvasható.</translation>
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
            <translation>Workshop-időzítő: a T indítja és leállítja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Time's up · %s</source>
            <translation>Lejárt az idő · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Last minute · %s</source>
            <translation>Utolsó perc · %s</translation>
        </message>
    </context>
    <context>
        <name>ToBeDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>To-be curves</source>
            <translation>Célállapot-görbék</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>The score each persona should reach; drawn dashed on the map (— for none).</source>
            <translation>Az a pontszám, amelyet az egyes personáknak el kell érniük; szaggatott vonallal jelenik meg a térképen (— ha nincs).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>Score the as-is curve at this stage first</source>
            <translation>Előbb értékelje a jelenlegi görbét ebben a szakaszban</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Undo</source>
            <translation>Visszavonás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Redo</source>
            <translation>Mégis</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflicts</source>
            <translation>Egyesítési ütközések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflict in %1, field “%2”: kept ours “%3”; theirs was “%4”.</source>
            <translation>Egyesítési ütközés itt: %1, „%2” mező: a miénk maradt („%3”); az övék „%4” volt.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>cjm-desktop diff: give OLD.cjm NEW.cjm</source>
            <translation>cjm-desktop diff: adja meg a RÉGI.cjm és az ÚJ.cjm fájlt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the voting settings</source>
            <translation>a szavazási beállítások</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the map</source>
            <translation>a térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the metrics source</source>
            <translation>a mérőszámok forrása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”, persona “%4”</source>
            <translation>„%1” mérőszám itt: %2, „%3” érintkezési pont, „%4” persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”</source>
            <translation>„%1” mérőszám itt: %2, „%3” érintkezési pont</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>stage “%1”</source>
            <translation>„%1” szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>lane “%1”</source>
            <translation>„%1” sáv</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>persona “%1”</source>
            <translation>„%1” persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>channel “%1”</source>
            <translation>„%1” csatorna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1”</source>
            <translation>„%1” mérőszám</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>snapshot “%1”</source>
            <translation>„%1” pillanatkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, persona “%3”</source>
            <translation>„%1” mérőszám itt: %2, „%3” persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2</source>
            <translation>„%1” mérőszám itt: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>emotion of %1 at %2</source>
            <translation>%1 érzelme itt: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>route “%1” → “%2”</source>
            <translation>útvonal: „%1” → „%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>card “%1” (%2 / %3)</source>
            <translation>„%1” kártya (%2 / %3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>%1: the merge could not make a valid map: %2</source>
            <translation>%1: az egyesítésből nem jött létre érvényes térkép: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, edited on the other.</source>
            <translation>Megmaradt: %1 – az egyik oldalon törölték, a másikon szerkesztették.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, still used on the other.</source>
            <translation>Megmaradt: %1 – az egyik oldalon törölték, a másikon még használatban van.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved to a new position</source>
            <translation>új helyre került</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Changes: %1</source>
            <translation>Eltérések: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved from %1 to %2</source>
            <translation>áthelyezve: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Elrendezés visszaállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>I&amp;nspector</source>
            <translation>Tu&amp;lajdonságok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>His&amp;tory</source>
            <translation>Elő&amp;zmények</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>P&amp;ersonas</source>
            <translation>&amp;Personák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>&amp;Dot voting</source>
            <translation>P&amp;ontszavazás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics &amp;grid</source>
            <translation>Mé&amp;rőszámtábla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>C&amp;hanges</source>
            <translation>Eltéré&amp;sek</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant</source>
            <translation>Pontok résztvevőnként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant:</source>
            <translation>Pontok résztvevőnként:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on</source>
            <translation>Szavazható sávok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Next participant</source>
            <translation>Következő résztvevő</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.</source>
            <translation>Kattintson egy kártyára pont hozzáadásához; jobb kattintás, Shift- vagy Alt-kattintás visszavesz egy saját pontot.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards</source>
            <translation>Legtöbb szavazatot kapott kártyák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Reset votes</source>
            <translation>Szavazatok nullázása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on:</source>
            <translation>Sávok, amelyekre szavazni lehet:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards:</source>
            <translation>Legtöbb szavazatot kapott kártyák:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>At least one lane must stay open to votes.</source>
            <translation>Legalább egy sávnak nyitva kell maradnia a szavazáshoz.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Stop voting</source>
            <translation>Szavazás leállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Start voting</source>
            <translation>Szavazás indítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>(empty card)</source>
            <translation>(üres kártya)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Present</source>
            <translation>&amp;Bemutatás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Show the map full screen for a workshop (Esc leaves)</source>
            <translation>A térkép teljes képernyős megjelenítése workshophoz (Esc: kilépés)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Present &amp;on</source>
            <translation>Bemutatás &amp;itt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Dot voting</source>
            <translation>Pontszavazás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Dot voting…</source>
            <translation>Pont&amp;szavazás…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Reset &amp;votes</source>
            <translation>Szavazatok &amp;nullázása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Workshop &amp;timer</source>
            <translation>Workshop-időzí&amp;tő</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Start / stop (T while presenting)</source>
            <translation>&amp;Indítás / leállítás (T bemutatáskor)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>%d min</source>
            <translation>%d perc</translation>
        </message>
    </context>
    <context>
        <name>WorkshopControls</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>← → stages · Home/End · O overview · ↑ ↓ scroll · + − zoom · H hide empty lanes · L one lane · 1–9 capture into a lane · B blank · T timer (Shift+T: 1/3/5/10 min) · V voting · N next participant · Ctrl+Z undo · F1 keys · Esc back / leave</source>
            <translation>← → szakaszok · Home/End · O áttekintés · ↑ ↓ görgetés · + − nagyítás · H üres sávok elrejtése · L egyetlen sáv · 1–9 rögzítés sávba · B fekete kép · T időzítő (Shift+T: 1/3/5/10 perc) · V szavazás · N következő résztvevő · Ctrl+Z visszavonás · F1 billentyűk · Esc vissza / kilépés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>End presentation</source>
            <translation>Bemutató befejezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Start / stop (T)</source>
            <translation>Indítás / leállítás (T)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Voting on/off (V)</source>
            <translation>Szavazás be/ki (V)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Next participant (N)</source>
            <translation>Következő résztvevő (N)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>%d min</source>
            <translation>%d perc</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>megjeleníti a program verziószámát, majd kilép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>használat: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>pozicionális argumentumok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>options</source>
            <translation>kapcsolók</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>megjeleníti ezt a súgót, majd kilép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>%(argument_name)s argumentum: %(message)s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>értéket vár</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>legalább egy értéket vár</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>érvénytelen választás: %(value)r (lehetőségek: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>érvénytelen %(type)s érték: %(value)r</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>nem adható meg a(z) %s argumentummal együtt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>a(z) %s argumentumok egyike kötelező</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>nem egyértelmű kapcsoló: %(option)s jelentheti ezeket: %(matches)s</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>Addressed by %n</source>
            <translation>
                <numerusform>%n lehetőség kezeli</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ 1 pain point</source>
            <translation>→ 1 fájdalompont</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ %n pain points</source>
            <translation>
                <numerusform>→ %n fájdalompont</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Interview</source>
            <translation>Interjú</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Survey</source>
            <translation>Kérdőív</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Support ticket</source>
            <translation>Hibajegy</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Review</source>
            <translation>Értékelés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Other</source>
            <translation>Egyéb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Minor</source>
            <translation>Enyhe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Moderate</source>
            <translation>Közepes</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Severe</source>
            <translation>Súlyos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>MOMENT OF TRUTH</source>
            <translation>AZ IGAZSÁG PILLANATA</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Picture cannot be shown</source>
            <translation>A kép nem jeleníthető meg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>No picture yet</source>
            <translation>Még nincs kép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Quick win</source>
            <translation>Gyors győzelem</translation>
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
            <translation>Hatás %d/3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Effort %d/3</source>
            <translation>Ráfordítás %d/3</translation>
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
            <translation>Mobilalkalmazás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Phone / call centre</source>
            <translation>Telefon / ügyfélszolgálat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Store</source>
            <translation>Üzlet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Social network</source>
            <translation>Közösségi média</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Messaging / chat</source>
            <translation>Üzenetküldés / chat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Courier / delivery</source>
            <translation>Futár / kiszállítás</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Other</source>
            <translation>Egyéb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Search engine</source>
            <translation>Keresőmotor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Ads / retargeting</source>
            <translation>Hirdetés / remarketing</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Push notification</source>
            <translation>Push-értesítés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Review site</source>
            <translation>Értékelőoldal</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Product configurator</source>
            <translation>Termékkonfigurátor</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Call-back request</source>
            <translation>Visszahívás kérése</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>An offline editor for customer journey maps. With no file, shows the start page.</source>
            <translation>Offline szerkesztő ügyfélút-térképekhez. Fájl nélkül a kezdőlapot mutatja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>maps to open</source>
            <translation>a megnyitandó térképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>language of the user interface (default: the Preferences setting, else the system's)</source>
            <translation>a felhasználói felület nyelve (alapértelmezés: a Beállításokban megadott, különben a rendszeré)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>start with an empty map instead of the start page</source>
            <translation>üres térképpel indul a kezdőlap helyett</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>theme for this run (default: the Preferences setting); the map follows it on screen</source>
            <translation>téma erre a futásra (alapértelmezés: a Beállításokban megadott); a térkép a képernyőn követi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>Headless commands (run 'cjm-desktop COMMAND --help'): %1</source>
            <translation>Ablak nélküli parancsok (súgó: 'cjm-desktop PARANCS --help'): %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>export maps as PNG, PDF or SVG</source>
            <translation>térképek exportálása PNG, PDF vagy SVG formátumba</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>import metrics per stage from a spreadsheet</source>
            <translation>szakaszonkénti mérőszámok importálása táblázatból</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>check that maps open</source>
            <translation>ellenőrzi, hogy a térképek megnyílnak-e</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>create a new map file</source>
            <translation>új térképfájl létrehozása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>list what changed between two maps (git's diff driver)</source>
            <translation>két térkép közti változások listája (a git diff-meghajtója)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>three-way merge of two edited copies of a map (git's merge driver)</source>
            <translation>egy térkép két szerkesztett példányának háromutas egyesítése (a git merge-meghajtója)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>unrecognized arguments: %1</source>
            <translation>ismeretlen argumentumok: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>the following arguments are required: %1</source>
            <translation>a következő argumentumok kötelezők: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cjm-desktop: '%s' is neither a sub-command nor an existing file.</source>
            <translation>cjm-desktop: „%s” nem alparancs, és nem is létező fájl.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cancelled</source>
            <translation>megszakítva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Did you mean '%s'?</source>
            <translation>Erre gondolt: „%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Sub-commands (run 'cjm-desktop COMMAND --help' for their options):</source>
            <translation>Alparancsok (a kapcsolóikhoz futtassa: 'cjm-desktop PARANCS --help'):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>%1: error: %2</source>
            <translation>%1: hiba: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: these sheet stages match no stage of %2: %3.
Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.
The map's stages are: %4.</source>
            <translation>%1: a munkalap alábbi szakaszai nem egyeznek a(z) %2 egyik szakaszával sem: %3.
Rendelje hozzá őket a --map-stage 'MUNKALAP=SZAKASZ' kapcsolóval, vagy használja a --create-stages vagy a --skip-unmatched kapcsolót.
A térkép szakaszai: %4.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: no metric columns with numbers were found (check --layout and --header-row; text numbers such as '1 234,50 €' are read, but other text is not). %2</source>
            <translation>%1: nem található számokat tartalmazó mérőszámoszlop (ellenőrizze a --layout és a --header-row kapcsolót; a szövegként írt számok, például '1 234,50 €', beolvashatók, más szöveg nem). %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>(blank)</source>
            <translation>(üres)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>Its first row reads: %1.</source>
            <translation>Az első sora: %1.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: left out %2</source>
            <translation>%1: kihagyva: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1' should read SHEET=STAGE (or SHEET= to skip).</source>
            <translation>a --map-stage „%1” alakja MUNKALAP=SZAKASZ legyen (vagy MUNKALAP= a kihagyáshoz).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1': the map has no stage '%2'. Its stages are: %3.</source>
            <translation>--map-stage „%1”: a térképen nincs „%2” szakasz. Szakaszai: %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation>
                <numerusform>%1: %n mérőszám (%2); értékkel rendelkező szakaszok: %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Import metrics per stage from a spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) into a map, headless. Layout, header row, stage and date columns, the encoding and the decimal mark are detected unless given.</source>
            <translation>Szakaszonkénti mérőszámok importálása táblázatból (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) egy térképre, ablak nélkül. Az elrendezést, a fejlécsort, a szakasz- és dátumoszlopot, a kódolást és a tizedesjelet felismeri, ha nincsenek megadva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Sheet stages that match no stage of the map (ignoring case, accents and spacing) stop the import unless --map-stage, --create-stages or --skip-unmatched says what to do with them. Exit status is 1 on any failure; OUT.cjm is only written when the import succeeds.</source>
            <translation>A táblázat olyan szakaszai, amelyek a térkép egyik szakaszának sem felelnek meg (a kis- és nagybetűket, ékezeteket és szóközöket figyelmen kívül hagyva), leállítják az importálást, hacsak a --map-stage, a --create-stages vagy a --skip-unmatched meg nem mondja, mi legyen velük. Bármilyen hiba esetén a kilépési kód 1; az OUT.cjm csak sikeres importálás után íródik ki.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the map that receives the metrics</source>
            <translation>a térkép, amely a mérőszámokat kapja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the spreadsheet or text file (.csv, .tsv) to read</source>
            <translation>a beolvasandó táblázat vagy szövegfájl (.csv, .tsv)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>where to write the map</source>
            <translation>hová íródjon a térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>worksheet name (default: the first)</source>
            <translation>munkalap neve (alapértelmezés: az első)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>rows: a stage column and metric columns; columns: a column per stage; long: stage, metric and value columns (default: guessed)</source>
            <translation>rows: egy szakaszoszlop és mérőszám-oszlopok; columns: szakaszonként egy oszlop; long: szakasz-, mérőszám- és értékoszlop (alapértelmezés: kikövetkeztetve)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>sheet row of the column names, counted from 1 (0 = no header; default: detected)</source>
            <translation>az oszlopnevek sora a táblázatban, 1-től számolva (0 = nincs fejléc; alapértelmezés: felismert)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with the stage names (header text)</source>
            <translation>a szakasznevek oszlopa (fejlécszöveg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with dates: values also form a time series</source>
            <translation>dátumoszlop: az értékekből idősor is lesz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>ignore any date column</source>
            <translation>a dátumoszlopok figyelmen kívül hagyása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a touchpoint card of the row's stage: its values go onto that card</source>
            <translation>a sor szakaszának egy érintésipont-kártyáját megnevező oszlop: az értékek arra a kártyára kerülnek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a persona (or a segment): values per persona</source>
            <translation>personát (vagy szegmenst) megnevező oszlop: értékek personánként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long/columns layouts: column with the metric names</source>
            <translation>long/columns elrendezés: a mérőszámnevek oszlopa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long layout: column with the values</source>
            <translation>long elrendezés: az értékek oszlopa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how rows landing on one stage combine, for every metric (default: per metric, sum for counts and mean otherwise)</source>
            <translation>hogyan összesüljenek az egy szakaszra eső sorok, minden mérőszámnál (alapértelmezés: mérőszámonként, darabszámnál összeg, egyébként átlag)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>send a sheet stage to a map stage (by name); 'SHEET=' skips it; repeatable</source>
            <translation>a táblázat egy szakaszát a térkép egy szakaszához rendeli (név szerint); a 'SHEET=' kihagyja; ismételhető</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>create a new stage per unmatched name</source>
            <translation>új szakasz minden párosítatlan névhez</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>leave the rows of unmatched names out</source>
            <translation>a párosítatlan nevek sorainak kihagyása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how text numbers write decimals: dot (12.5, 1,234.5), comma (12,5, 1.234,5 or 1 234,5), or auto: decided per column from the file, then the map's number locale; a column that still reads two ways (12.500) stops the import (default: auto)</source>
            <translation>hogyan írják a szövegként tárolt számok a tizedeseket: dot (12.5, 1,234.5), comma (12,5, 1.234,5 vagy 1 234,5), vagy auto: oszloponként a fájlból, majd a térkép számformátumából dől el; ha egy oszlop így is kétféleképpen olvasható (12.500), az importálás leáll (alapértelmezés: auto)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>text files: their encoding (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; default: detected)</source>
            <translation>szövegfájlok: a kódolásuk (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; alapértelmezés: felismert)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>print what would be imported and write nothing</source>
            <translation>kiírja, mi kerülne importálásra, de nem ír semmit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>overwrite OUT.cjm if it exists</source>
            <translation>felülírja az OUT.cjm fájlt, ha létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>import-metrics: -o OUT.cjm is required (or use --dry-run)</source>
            <translation>import-metrics: az -o OUT.cjm kötelező (vagy használja a --dry-run kapcsolót)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: already exists (use --force to overwrite)</source>
            <translation>%1: már létezik (felülíráshoz használja a --force kapcsolót)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: dry run, nothing was written</source>
            <translation>%1: próbafuttatás, semmi sem lett kiírva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>  new stages: %1</source>
            <translation>  új szakaszok: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: is a folder; give the new map's file name, e.g. %2</source>
            <translation>%1: ez egy mappa; adja meg az új térkép fájlnevét, pl. %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: no template called '%1' (choose from %2)</source>
            <translation>cjm-desktop new: nincs „%1” nevű sablon (válasszon ezek közül: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>Create a new map file.</source>
            <translation>Új térképfájl létrehozása.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the new map file (.cjm)</source>
            <translation>az új térképfájl (.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the map's title</source>
            <translation>a térkép címe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from the bundled sample map</source>
            <translation>a mellékelt mintatérképből indul</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>overwrite an existing file</source>
            <translation>felülírja a létező fájlt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: choose --sample or --template, not both</source>
            <translation>cjm-desktop new: a --sample vagy a --template kapcsolót válassza, ne mindkettőt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from a bundled template: %1</source>
            <translation>egy mellékelt sablonból indul: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: a map's file name ends in .cjm, e.g. %2.cjm</source>
            <translation>%1: a térkép fájlneve .cjm végződésű, pl. %2.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>Check that maps open; report problems.</source>
            <translation>Ellenőrzi, hogy a térképek megnyílnak-e, és jelzi a hibákat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>the maps to check</source>
            <translation>az ellenőrizendő térképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>%1: ok (stages: %2, lanes: %3, cards: %4)</source>
            <translation>%1: rendben (szakaszok: %2, sávok: %3, kártyák: %4)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>Export maps as PNG, PDF or SVG images, headless (no display needed).</source>
            <translation>Térképek exportálása PNG-, PDF- vagy SVG-képként, ablak nélkül (nem kell kijelző).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>With several maps, -o is a folder or a pattern with {name} (the map's file name without .cjm), e.g. -o 'out/{name}.pdf'. Exit status is non-zero when any map fails.</source>
            <translation>Több térképnél a -o egy mappa vagy {name} helyőrzőt tartalmazó minta (a térkép fájlneve .cjm nélkül), pl. -o 'out/{name}.pdf'. A kilépési kód nem nulla, ha bármelyik térkép hibát ad.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>the maps to export</source>
            <translation>az exportálandó térképek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>output file (.png, .pdf, .svg), folder, or {name} pattern</source>
            <translation>kimeneti fájl (.png, .pdf, .svg), mappa vagy {name} minta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>format when -o is a folder (default png)</source>
            <translation>formátum, ha a -o mappa (alapértelmezés: png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG resolution in dots per inch (96 = 100 %%)</source>
            <translation>PNG-felbontás pont/hüvelykben (96 = 100 %%)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG/SVG: no white background</source>
            <translation>PNG/SVG: fehér háttér nélkül</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>only these stages, counted from 1, e.g. 2-4 or 1,3</source>
            <translation>csak ezek a szakaszok, 1-től számolva, pl. 2-4 vagy 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>export the persona profiles instead of the map</source>
            <translation>a persona-profilokat exportálja a térkép helyett</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>add the map title, date and personas on top</source>
            <translation>a térkép címe, a dátum és a personák felülre</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF paper (default A3; Fit = the map's size)</source>
            <translation>PDF-papír (alapértelmezés: A3; Fit = a térkép mérete)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: landscape pages (default)</source>
            <translation>PDF: fekvő oldalak (alapértelmezés)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: portrait pages</source>
            <translation>PDF: álló oldalak</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF page margin in mm (default 10)</source>
            <translation>PDF-oldalmargó mm-ben (alapértelmezés: 10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: a poster tiled over several pages with crop marks</source>
            <translation>PDF: több oldalra bontott poszter vágójelekkel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>one page (PDF) or one file (PNG/SVG) per stage</source>
            <translation>szakaszonként egy oldal (PDF) vagy egy fájl (PNG/SVG)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: print size, 1 = screen size (96 px per inch)</source>
            <translation>--tiles: nyomtatási méret, 1 = képernyőméret (96 px/hüvelyk)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: overlap between pages in mm</source>
            <translation>--tiles: az oldalak átfedése mm-ben</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: the author named in the document's properties</source>
            <translation>PDF: a dokumentum tulajdonságaiban megadott szerző</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: add pages listing each card's evidence level and evidence, stage by stage</source>
            <translation>PDF: oldalak hozzáadása minden kártya bizonyítottsági szintjével és bizonyítékaival, szakaszonként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>SVG: real text (default) or outlines that look identical without the fonts</source>
            <translation>SVG: valódi szöveg (alapértelmezés) vagy körvonalak, amelyek betűkészletek nélkül is ugyanígy néznek ki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>print progress and timings</source>
            <translation>kiírja a haladást és az időket</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG pixels per canvas pixel, %1-%2 (default 2)</source>
            <translation>PNG-képpont vászonképpontonként, %1-%2 (alapértelmezés: 2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>List what changed between two maps: stages, lanes, cards, personas, emotion scores, metrics, routes; text changes word by word ([-removed-]{+added+}). Exit status: 0 same, 1 different, 2 error. Given git's seven external-diff arguments it prints the changes and exits 0, as git expects of a diff driver.</source>
            <translation>Két térkép közti változások listája: szakaszok, sávok, kártyák, personák, érzelmi pontszámok, mérőszámok, útvonalak; a szövegváltozások szóról szóra ([-törölt-]{+hozzáadott+}). Kilépési kód: 0 azonos, 1 eltér, 2 hiba. A git hét external-diff argumentumát kapva kiírja a változásokat, és 0-val lép ki, ahogy a git egy diff-meghajtótól várja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>OLD.cjm NEW.cjm (or git's 7 arguments)</source>
            <translation>OLD.cjm NEW.cjm (vagy a git 7 argumentuma)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>text for people, json for tools</source>
            <translation>text embereknek, json eszközöknek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>Combine the changes of two copies of a map edited from a common BASE. A field changed differently on both sides keeps OURS and becomes a conflict note card in the merged map. Exit status: 0 clean, 1 with conflicts, 2 on error (nothing written).</source>
            <translation>Egy közös BASE változatból szerkesztett térkép két példányának változásait egyesíti. A mindkét oldalon eltérően módosított mező az OURS értékét kapja, és ütközési jegyzetkártya lesz belőle az egyesített térképen. Kilépési kód: 0 tiszta, 1 ütközésekkel, 2 hiba (nem ír semmit).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the common version both copies were edited from</source>
            <translation>a közös változat, amelyből mindkét példány készült</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>our edited copy</source>
            <translation>a mi szerkesztett példányunk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>their edited copy</source>
            <translation>az ő szerkesztett példányuk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the merged map (may be OURS)</source>
            <translation>az egyesített térkép (lehet az OURS is)</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit channel</source>
            <translation>Csatorna szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Add channel</source>
            <translation>Csatorna hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Move channel</source>
            <translation>Csatorna mozgatása</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation>
                <numerusform>%n csatorna eltávolítása</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove channel</source>
            <translation>Csatorna eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit card</source>
            <translation>Kártya szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit persona</source>
            <translation>Persona szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Touchpoints</source>
            <translation>Érintkezési pontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Customer actions</source>
            <translation>Ügyfél tevékenységei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Thoughts</source>
            <translation>Gondolatok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Goals &amp; expectations</source>
            <translation>Célok és elvárások</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Emotions</source>
            <translation>Érzelmek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Pain points</source>
            <translation>Fájdalompontok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Opportunities</source>
            <translation>Lehetőségek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Moments of truth</source>
            <translation>Az igazság pillanatai</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Quotes</source>
            <translation>Idézetek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Calls to action</source>
            <translation>Cselekvésre ösztönzések</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>Metrics</source>
            <translation>Mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Backstage</source>
            <translation>Háttérfolyamatok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Storyboard</source>
            <translation>Képes forgatókönyv</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Notes</source>
            <translation>Jegyzetek</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move card</source>
            <translation>Kártya mozgatása</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation>
                <numerusform>%n kártya mozgatása</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Edit %s</source>
            <translation>„%s” mező szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add stage</source>
            <translation>Szakasz hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add lane</source>
            <translation>Sáv hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add card</source>
            <translation>Kártya hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete cards</source>
            <translation>Kártyák törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate card</source>
            <translation>Kártya duplikálása</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>%n kártya duplikálása</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move stage</source>
            <translation>Szakasz mozgatása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move lane</source>
            <translation>Sáv mozgatása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete routes</source>
            <translation>Útvonalak törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete metric values</source>
            <translation>Mérőszámértékek törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stage</source>
            <translation>Szakasz törlése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation>
                <numerusform>%n szakasz törlése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stages</source>
            <translation>Szakaszok törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lane</source>
            <translation>Sáv törlése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation>
                <numerusform>%n sáv törlése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lanes</source>
            <translation>Sávok törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metric values</source>
            <translation>Mérőszámértékek beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste card</source>
            <translation>Kártya beillesztése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation>
                <numerusform>%n kártya beillesztése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Stage %d</source>
            <translation>%d. szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete card</source>
            <translation>Kártya törlése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation>
                <numerusform>%n kártya törlése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Unlink pain points</source>
            <translation>Fájdalompont-kapcsolatok törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete emotion scores</source>
            <translation>Érzelmi pontszámok törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Update voting lanes</source>
            <translation>Szavazósávok frissítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Add evidence</source>
            <translation>Bizonyíték hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Edit evidence</source>
            <translation>Bizonyíték szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Remove evidence</source>
            <translation>Bizonyíték eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Move evidence</source>
            <translation>Bizonyíték áthelyezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Update evidence file paths</source>
            <translation>Bizonyítékfájlok útvonalának frissítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Set evidence level</source>
            <translation>Bizonyítottság beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/funnel_edits.py" />
            <source>Choose funnel metric</source>
            <translation>Tölcsér mérőszámának kiválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Refresh metrics</source>
            <translation>Mérőszámok frissítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Import metrics</source>
            <translation>Mérőszámok importálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metrics</source>
            <translation>Mérőszámok beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add stages</source>
            <translation>Szakaszok hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Remember metrics source</source>
            <translation>Mérőszámforrás megjegyzése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Edit metric</source>
            <translation>Mérőszám szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Type metric value</source>
            <translation>Mérőszámérték beírása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Add metric</source>
            <translation>Mérőszám hozzáadása</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation>
                <numerusform>%n mérőszám törlése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete metrics</source>
            <translation>Mérőszámok törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set persona photo</source>
            <translation>Persona fényképének beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Remove persona photo</source>
            <translation>Persona fényképének eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Show persona curve</source>
            <translation>Personagörbe megjelenítése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Hide persona curve</source>
            <translation>Personagörbe elrejtése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>%s (copy)</source>
            <translation>%s (másolat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete persona</source>
            <translation>Persona törlése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation>
                <numerusform>%n persona törlése</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit emotion note</source>
            <translation>Érzelmi megjegyzés szerkesztése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Add persona</source>
            <translation>Persona hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Duplicate persona</source>
            <translation>Persona duplikálása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Clear emotion score</source>
            <translation>Érzelmi pontszám törlése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Move persona</source>
            <translation>Persona mozgatása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set emotion score</source>
            <translation>Érzelmi pontszám beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Persona %d</source>
            <translation>%d. persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Copy emotion curve</source>
            <translation>Érzelmi görbe másolása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Unlink persona</source>
            <translation>Persona leválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>These sheet stages match no stage of the map: %s</source>
            <translation>A munkalap ezen szakaszai a térkép egyik szakaszának sem felelnek meg: %s</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1 does not apply to %2 files and is ignored</source>
            <translation>cjm-desktop export: a(z) %1 nem vonatkozik a(z) %2-fájlokra, ezért figyelmen kívül marad</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: with several maps, -o must be a folder or contain {name}</source>
            <translation>%1: több térkép esetén az -o értéke mappa legyen, vagy tartalmazza a {name} részt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: %2 in %3 s</source>
            <translation>%1: %2, %3 mp alatt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1</source>
            <translation>cjm-desktop export: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>a PowerPoint export shows the whole map or some stages</source>
            <translation>a PowerPoint-export a teljes térképet vagy néhány szakaszt mutat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>no stages chosen</source>
            <translation>nincs kiválasztott szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>%1: unknown file type '.%2' (use .png, .pdf, .svg or .pptx)</source>
            <translation>%1: ismeretlen fájltípus: „.%2” (használja a .png, .pdf, .svg vagy .pptx formátumot)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' names no stages</source>
            <translation>„%1” egyetlen szakaszt sem jelöl meg</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown format '%1' (use png, pdf, svg or pptx)</source>
            <translation>ismeretlen formátum: „%1” (használja a png, pdf, svg vagy pptx formátumot)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown region '%1'</source>
            <translation>ismeretlen terület: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>DPI %1 is out of range (10-2400)</source>
            <translation>a(z) %1 DPI kívül esik a tartományon (10–2400)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>scale %1 is out of range (%2-%3)</source>
            <translation>a(z) %1 méretarány kívül esik a tartományon (%2–%3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown page size '%1' (use %2)</source>
            <translation>ismeretlen oldalméret: „%1” (használja ezeket: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown PDF layout '%1'</source>
            <translation>ismeretlen PDF-elrendezés: „%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>margin %1 mm is out of range (0-100)</source>
            <translation>a(z) %1 mm-es margó kívül esik a tartományon (0–100)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>poster scale %1 is out of range (0.05-10)</source>
            <translation>a(z) %1 plakát-méretarány kívül esik a tartományon (0.05–10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown SVG text mode '%1' (use text or paths)</source>
            <translation>ismeretlen SVG-szövegmód: „%1” (használja a text vagy a paths értéket)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation>
                <numerusform>a(z) %1 szakaszok kívül esnek a tartományon: a térképnek %n szakasza van</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' is not a stage list like 2-4 or 1,3,5</source>
            <translation>„%1” nem olyan szakaszlista, mint a 2-4 vagy az 1,3,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/output.py" />
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: a(z) %2 mappa nem létezik</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the margins leave no room on the page</source>
            <translation>a margók nem hagynak helyet az oldalon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the map has no stages</source>
            <translation>a térképen nincsenek szakaszok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Evidence</source>
            <translation>Bizonyítékok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Map</source>
            <translation>Térkép</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>%1: could not start the PDF</source>
            <translation>%1: a PDF-et nem sikerült elkezdeni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1 of %2, column %3 of %4</source>
            <translation>%1/%2. sor, %3/%4. oszlop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1, column %2</source>
            <translation>%1. sor, %2. oszlop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf_outline.py" />
            <source>%1: could not finish the PDF (%2)</source>
            <translation>%1: a PDF-et nem sikerült befejezni (%2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>not enough memory for a %1 x %2 image</source>
            <translation>nincs elég memória egy %1 x %2 méretű képhez</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1 x %2 pixels is too large; lower the scale or DPI</source>
            <translation>a(z) %1 x %2 képpont túl nagy; csökkentse a méretarányt vagy a DPI-t</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1: could not write the image</source>
            <translation>%1: a képet nem sikerült kiírni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Overview</source>
            <translation>Áttekintés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Emotions and metrics</source>
            <translation>Érzelmek és mérőszámok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>the overview picture could not be made</source>
            <translation>az áttekintő képet nem sikerült elkészíteni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>No cards in this stage</source>
            <translation>Ebben a szakaszban nincsenek kártyák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <location filename="../../cjm_desktop/export/render.py" />
            <source>Personas: %s</source>
            <translation>Personák: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the map has no personas</source>
            <translation>a térképen nincs persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>no view rectangle given</source>
            <translation>nincs megadva nézettéglalap</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the current view shows no part of the map</source>
            <translation>a jelenlegi nézet a térkép egyetlen részét sem mutatja</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation>
                <numerusform>%n dia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n oldal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%1 x %2 pixels</source>
            <translation>%1 x %2 képpont</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/subset.py" />
            <source>the map has no stage %s</source>
            <translation>a térképen nincs %s. szakasz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/svg.py" />
            <source>%1: could not start the SVG</source>
            <translation>%1: az SVG-t nem sikerült elkezdeni</translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Personas</source>
            <translation>Personák</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n persona</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Unnamed persona</source>
            <translation>Névtelen persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>curve hidden</source>
            <translation>görbe elrejtve</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>lowest</source>
            <translation>legalacsonyabb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add a persona (Map ▸ Personas…) to draw the experience curve</source>
            <translation>Adjon hozzá egy personát (Térkép ▸ Personák…) az élménygörbe megrajzolásához</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Every persona's curve is hidden</source>
            <translation>Minden persona görbéje el van rejtve</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Click a stage column to score how a persona feels; drag a face to change it</source>
            <translation>Kattintson egy szakasz oszlopára, és értékelje, hogyan érez a persona; húzza az arcot a módosításhoz</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add emotion score</source>
            <translation>Érzelmi pontszám hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Import metrics from a spreadsheet (Map ▸ Import metrics…)</source>
            <translation>Mérőszámok importálása táblázatból (Térkép ▸ Mérőszámok importálása…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%s: no value at this stage</source>
            <translation>%s: nincs érték ebben a szakaszban</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>higher is better</source>
            <translation>a nagyobb a jobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>lower is better</source>
            <translation>a kisebb a jobb</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Biggest drop-off %s</source>
            <translation>Legnagyobb lemorzsolódás %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>→ %s continue</source>
            <translation>→ %s továbbmegy</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Target %s (%s)</source>
            <translation>Cél: %s (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%d dates, %s to %s</source>
            <translation>%d dátum, %s – %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>funnel: %s</source>
            <translation>tölcsér: %s</translation>
        </message>
    </context>
    <context>
        <name>opportunity</name>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Link pain point</source>
            <translation>Fájdalompont kapcsolása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set status</source>
            <translation>Állapot beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set owner</source>
            <translation>Felelős beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set impact</source>
            <translation>Hatás beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set effort</source>
            <translation>Ráfordítás beállítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Unlink pain point</source>
            <translation>Fájdalompont leválasztása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Change linked pain points</source>
            <translation>Kapcsolt fájdalompontok módosítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Idea</source>
            <translation>Ötlet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Planned</source>
            <translation>Tervezett</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>In test</source>
            <translation>Tesztelés alatt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Done</source>
            <translation>Kész</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Not set</source>
            <translation>Nincs megadva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>(no text)</source>
            <translation>(nincs szöveg)</translation>
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
            <translation>%s éves</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Background</source>
            <translation>Háttér</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Goals</source>
            <translation>Célok</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Motivations</source>
            <translation>Motivációk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Frustrations</source>
            <translation>Frusztrációk</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Behaviours</source>
            <translation>Viselkedés</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Preferred channels</source>
            <translation>Preferált csatornák</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Unnamed persona</source>
            <translation>Névtelen persona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>No profile details yet.</source>
            <translation>Még nincsenek profiladatok.</translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Relabel route</source>
            <translation>Útvonal átnevezése</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Change route persona</source>
            <translation>Útvonal personájának módosítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Reverse route</source>
            <translation>Útvonal megfordítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Draw route</source>
            <translation>Útvonal rajzolása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete route</source>
            <translation>Útvonal törlése</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation>
                <numerusform>%n útvonal törlése</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Blank</source>
            <translation>Üres</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Four empty stages and the usual lanes, ready for your own journey.</source>
            <translation>Négy üres szakasz és a szokásos sávok, készen a saját ügyfélútjához.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>E-commerce</source>
            <translation>Webáruház</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>The five stages from awareness to advocacy, with touchpoints, quotes, pain points and calls to action.</source>
            <translation>Az öt szakasz a figyelemfelkeltéstől az ajánlásig, érintkezési pontokkal, idézetekkel, fájdalompontokkal és cselekvésre ösztönzésekkel.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Order delivery</source>
            <translation>Rendelés kiszállítása</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>From placing the order to paperwork: status messages, GPS tracking, the courier, and what happens backstage.</source>
            <translation>A rendelés leadásától a papírmunkáig: állapotüzenetek, GPS-követés, a futár, és ami a háttérben történik.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Omnichannel: research online, purchase offline</source>
            <translation>Többcsatornás: tájékozódás online, vásárlás az üzletben</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Buying a kitchen across store, social networks, configurator, call centre and app, with the buyer's route.</source>
            <translation>Konyhavásárlás üzleten, közösségi médián, konyhatervezőn, ügyfélszolgálaton és alkalmazáson át, a vásárló útvonalával.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>B2B purchase</source>
            <translation>B2B-beszerzés</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A construction-steel buyer who cannot order online and asks sales for a personal quote.</source>
            <translation>Egy betonacél-beszerző, aki nem tud online rendelni, és személyes árajánlatot kér az értékesítéstől.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Service blueprint</source>
            <translation>Szolgáltatási tervrajz</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A hotel stay with physical evidence, frontstage, backstage and support processes.</source>
            <translation>Egy szállodai tartózkodás fizikai bizonyítékokkal, látható és háttérfolyamatokkal, valamint támogató folyamatokkal.</translation>
        </message>
    </context>
    <context>
        <name>vote_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Add vote</source>
            <translation>Szavazat hozzáadása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Remove vote</source>
            <translation>Szavazat eltávolítása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Reset votes</source>
            <translation>Szavazatok nullázása</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Dots per participant</source>
            <translation>Pontok résztvevőnként</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Votable lanes</source>
            <translation>Szavazható sávok</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Voting is off</source>
            <translation>A szavazás ki van kapcsolva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d · dots left: %d</source>
            <translation>%d. résztvevő · hátralévő pontok: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>There are no cards to vote on in the lanes open to votes.</source>
            <translation>A szavazásra nyitott sávokban nincsenek kártyák, amelyekre szavazni lehetne.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Cards in this lane are not being voted on</source>
            <translation>Ebben a sávban nem szavaznak a kártyákra</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d has no dots left</source>
            <translation>A(z) %d. résztvevőnek nem maradt pontja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Only your own dots can be taken back</source>
            <translation>Csak a saját pontjait veheti vissza</translation>
        </message>
    </context>
</TS>
