<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AccessibilityActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>&amp;Metric targets…</source>
            <translation>Mittareiden tav&amp;oitteet…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Type a target for each metric</source>
            <translation>Kirjoita jokaiselle mittarille tavoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Outline</source>
            <translation>Jäsennys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Out&amp;line</source>
            <translation>&amp;Jäsennys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>The map as a tree that screen readers can read</source>
            <translation>Kartta puuna, jonka ruudunlukijat osaavat lukea</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane</source>
            <translation>Mitä ryhmä sanoi? Enter lisää, Esc sulkee, ↑/↓ vaihtaa riviä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it</source>
            <translation>Mitä ryhmä sanoi? Enter lisää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say?</source>
            <translation>Mitä ryhmä sanoi?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Into %s:</source>
            <translation>Vaiheeseen %s:</translation>
        </message>
    </context>
    <context>
        <name>ChangedOnDiskBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Lataa uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Pidä omani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program.</source>
            <translation>Toinen ohjelma muutti tiedostoa ”%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading discards your unsaved changes.</source>
            <translation>Uudelleenlataus hylkää tallentamattomat muutoksesi.</translation>
        </message>
    </context>
    <context>
        <name>ChannelActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>&amp;Channels…</source>
            <translation>&amp;Kanavat…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>Name the channels of this map, their icons and defaults</source>
            <translation>Nimeä tämän kartan kanavat, niiden kuvakkeet ja oletukset</translation>
        </message>
    </context>
    <context>
        <name>ChannelsDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Remove channel</source>
            <translation>Poista kanava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Channels of this map</source>
            <translation>Tämän kartan kanavat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Add channel</source>
            <translation>&amp;Lisää kanava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;up</source>
            <translation>Siirrä &amp;ylös</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;down</source>
            <translation>Siirrä &amp;alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Touchpoint cards and personas pick their channels from this list.</source>
            <translation>Kosketuspistekortit ja persoonat valitsevat kanavansa tästä luettelosta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>New channel</source>
            <translation>Uusi kanava</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation>
                <numerusform>%1 on käytössä %n kortissa tai persoonassa, joille ei jää kanavaa. Poistetaanko se?</numerusform>
                <numerusform>%1 on käytössä %n kortissa tai persoonassa, joille ei jää kanavaa. Poistetaanko se?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Icon</source>
            <translation>Kuvake</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Default</source>
            <translation>Oletus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Used by</source>
            <translation>Käytössä</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>removed</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>new</source>
            <translation>uusi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>moved from %1</source>
            <translation>siirretty kohdasta %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>changed</source>
            <translation>muutettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Changes between the two versions</source>
            <translation>Muutokset kahden version välillä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The chosen change, before and after</source>
            <translation>Valittu muutos ennen ja jälkeen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Choose a change to see it before and after</source>
            <translation>Valitse muutos nähdäksesi sen ennen ja jälkeen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Previous</source>
            <translation>&amp;Edellinen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Next</source>
            <translation>&amp;Seuraava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;End compare</source>
            <translation>&amp;Lopeta vertailu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Moved to another cell.</source>
            <translation>Siirretty toiseen soluun.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>New since “%1”.</source>
            <translation>Uusi verrattuna kohteeseen ”%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Compared with “%1”:</source>
            <translation>Verrattuna kohteeseen ”%1”:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map compared with “%1”: %n changes</source>
            <translation>
                <numerusform>Kartan vertailu kohteeseen ”%1”: %n muutos</numerusform>
                <numerusform>Kartan vertailu kohteeseen ”%1”: %n muutosta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map is the same as “%1”.</source>
            <translation>Kartta on sama kuin ”%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 before: %2</source>
            <translation>%1 ennen: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 after: %2</source>
            <translation>%1 jälkeen: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1: before “%2”, after “%3”</source>
            <translation>%1: ennen ”%2”, jälkeen ”%3”</translation>
        </message>
    </context>
    <context>
        <name>CompareActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Changes</source>
            <translation>Muutokset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map &amp;file…</source>
            <translation>Ve&amp;rtaa karttatiedostoon…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Show what differs between this map and another version of it</source>
            <translation>Näytä, mitä eroa on tämän kartan ja sen toisen version välillä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>&amp;End compare</source>
            <translation>&amp;Lopeta vertailu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map</source>
            <translation>Vertaa karttaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Journey maps (*.cjm)</source>
            <translation>Asiakaspolkukartat (*.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Could not compare with the map</source>
            <translation>Karttaan ei voitu verrata</translation>
        </message>
    </context>
    <context>
        <name>DiskMerge</name>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>&amp;Merge</source>
            <translation>&amp;Yhdistä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Keep both the changes on disk and your unsaved edits</source>
            <translation>Säilytä sekä levyllä olevat muutokset että tallentamattomat muokkauksesi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge changes from disk</source>
            <translation>Yhdistä muutokset levyltä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Could not merge the map</source>
            <translation>Karttaa ei voitu yhdistää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge map content</source>
            <translation>Yhdistä kartan sisältö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1</source>
            <translation>Yhdistettiin muutokset tiedostosta %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1; %n conflicts are notes in the map</source>
            <translation>
                <numerusform>Yhdistettiin muutokset tiedostosta %1; %n ristiriita on merkintänä kartassa</numerusform>
                <numerusform>Yhdistettiin muutokset tiedostosta %1; %n ristiriitaa on merkintöinä kartassa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge snapshots</source>
            <translation>Yhdistä tilannekuvat</translation>
        </message>
    </context>
    <context>
        <name>DockTab</name>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Inspector</source>
            <translation>Tarkastelija</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Impact × effort</source>
            <translation>Vaikutus/työmäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Dot voting</source>
            <translation>Pisteäänestys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics grid</source>
            <translation>Mittaritaulukko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Changes</source>
            <translation>Muutokset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Outline</source>
            <translation>Jäsennys</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Touchpoints</source>
            <translation>&amp;Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Customer &amp;actions</source>
            <translation>&amp;Asiakkaan toiminta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>T&amp;houghts</source>
            <translation>A&amp;jatukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Goals &amp;&amp; expectations</source>
            <translation>&amp;Tavoitteet ja odotukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Emotions</source>
            <translation>T&amp;unteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Pain points</source>
            <translation>Ki&amp;pupisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Opportunities</source>
            <translation>&amp;Mahdollisuudet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Moments of truth</source>
            <translation>T&amp;otuuden hetket</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Quotes</source>
            <translation>&amp;Sitaatit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Calls to action</source>
            <translation>To&amp;imintakehotteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Met&amp;rics</source>
            <translation>Mitta&amp;rit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Backstage</source>
            <translation>Ku&amp;lissien takana</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Storyboard</source>
            <translation>Ku&amp;vakäsikirjoitus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Notes</source>
            <translation>Muistii&amp;npanot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Paste</source>
            <translation>L&amp;iitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Dup&amp;licate</source>
            <translation>&amp;Monista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Select &amp;all cards</source>
            <translation>Valitse k&amp;aikki kortit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Edit text</source>
            <translation>Muokkaa t&amp;ekstiä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;card</source>
            <translation>Uusi &amp;kortti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;stage</source>
            <translation>Uusi &amp;vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;lane</source>
            <translation>Uusi &amp;rivi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cut</source>
            <translation>Leikkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste</source>
            <translation>Liitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage before</source>
            <translation>Lisää vaihe eteen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage after</source>
            <translation>Lisää vaihe perään</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move left</source>
            <translation>Siirrä vasemmalle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move right</source>
            <translation>Siirrä oikealle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Nothing was pasted: %s.</source>
            <translation>Mitään ei liitetty: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</source>
            <translation>
                <numerusform>Poistetaanko valitut vaiheet ja rivit sekä niiden %n kortti? (Kumoa palauttaa ne.)</numerusform>
                <numerusform>Poistetaanko valitut vaiheet ja rivit sekä niiden %n korttia? (Kumoa palauttaa ne.)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New card here</source>
            <translation>Uusi kortti tähän</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste here</source>
            <translation>Liitä tähän</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Kumoa toiminto ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Tee uudelleen toiminto ”%1”</translation>
        </message>
    </context>
    <context>
        <name>EmptyHints</name>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>This map is empty. Double-click here to add a stage, or use Insert ▸ New stage and Insert ▸ New lane.</source>
            <translation>Tämä kartta on tyhjä. Lisää vaihe kaksoisnapsauttamalla tästä tai valitse Lisää ▸ Uusi vaihe ja Lisää ▸ Uusi rivi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a stage: double-click here, or use Insert ▸ New stage.</source>
            <translation>Lisää vaihe: kaksoisnapsauta tästä tai valitse Lisää ▸ Uusi vaihe.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a lane: double-click here, or pick a kind under Insert ▸ New lane.</source>
            <translation>Lisää rivi: kaksoisnapsauta tästä tai valitse rivin laji kohdasta Lisää ▸ Uusi rivi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Double-click an empty cell (or select it and press Ctrl+Return) to add a card.</source>
            <translation>Lisää kortti kaksoisnapsauttamalla tyhjää solua (tai valitse se ja paina Ctrl+Return).</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Not set</source>
            <translation>Ei asetettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Assumption</source>
            <translation>Oletus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Anecdotal</source>
            <translation>Yksittäishavainto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Backed by data</source>
            <translation>Datalla tuettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Web address</source>
            <translation>Verkko-osoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Reference</source>
            <translation>Viite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Where</source>
            <translation>Sijainti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Label (optional)</source>
            <translation>Nimi (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>research/interview-12.txt</source>
            <translation>tutkimus/haastattelu-12.txt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>interview 12, 03:14</source>
            <translation>haastattelu 12, 03:14</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Choose a file</source>
            <translation>Valitse tiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence items</source>
            <translation>Näytön lähteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Add…</source>
            <translation>Lisää…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Up</source>
            <translation>Ylös</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Down</source>
            <translation>Alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>A reference is a note; there is nothing to open.</source>
            <translation>Viite on muistiinpano; avattavaa ei ole.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>This evidence item is empty.</source>
            <translation>Tämä lähde on tyhjä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web page or a file. Your system will decide what opens it. Open it anyway?</source>
            <translation>%1 ei ole verkkosivu eikä tiedosto. Järjestelmä päättää, millä se avataan. Avataanko silti?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Cannot open the evidence</source>
            <translation>Lähdettä ei voi avata</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Open the evidence?</source>
            <translation>Avataanko lähde?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>The file %1 does not exist. It may have been moved or renamed.</source>
            <translation>Tiedostoa %1 ei ole. Se on ehkä siirretty tai nimetty uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is relative to the map's folder. Save the map first.</source>
            <translation>%1 on suhteessa kartan kansioon. Tallenna kartta ensin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web address. Web addresses start with https://.</source>
            <translation>%1 ei ole verkko-osoite. Verkko-osoitteet alkavat https://.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is a program or script. Opening it may run it on your computer. Open it anyway?</source>
            <translation>%1 on ohjelma tai skripti. Sen avaaminen voi suorittaa sen tietokoneellasi. Avataanko silti?</translation>
        </message>
    </context>
    <context>
        <name>EvidenceActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Not set</source>
            <translation>&amp;Ei asetettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Assumption</source>
            <translation>&amp;Oletus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Anec&amp;dotal</source>
            <translation>&amp;Yksittäishavainto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Backed by data</source>
            <translation>&amp;Datalla tuettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Level &amp;of evidence</source>
            <translation>&amp;Näytön taso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Set the evidence level of the selected cards</source>
            <translation>Aseta valittujen korttien näytön taso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Show a&amp;ssumptions only</source>
            <translation>Näytä &amp;vain oletukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Fade every card that is not marked as an assumption</source>
            <translation>Himmennä kortit, joita ei ole merkitty oletukseksi</translation>
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
            <translation>Näyttöliite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>Evidence level: %1</source>
            <translation>Näytön taso: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>No card has evidence or an evidence level.</source>
            <translation>Yhdelläkään kortilla ei ole näyttöä eikä näytön tasoa.</translation>
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
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy &amp;map as image</source>
            <translation>Kopioi kartta k&amp;uvana</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy selection as &amp;image</source>
            <translation>Kopioi valinta ku&amp;vana</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Select cards or stages to copy them as an image</source>
            <translation>Valitse kortteja tai vaiheita kopioidaksesi ne kuvana</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Exported %s</source>
            <translation>Viety: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copied an image of %1 × %2 pixels</source>
            <translation>Kopioitiin kuva, %1 × %2 pikseliä</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%Ln pages</source>
            <translation>
                <numerusform>%Ln sivu</numerusform>
                <numerusform>%Ln sivua</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export map</source>
            <translation>Vie kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Format:</source>
            <translation>&amp;Muoto:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;What:</source>
            <translation>Mi&amp;tä:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>e.g. 2-4 or 1,3</source>
            <translation>esim. 2-4 tai 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>S&amp;tages:</source>
            <translation>&amp;Vaiheet:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Add a title b&amp;lock (title, date, personas)</source>
            <translation>Lisää otsikko&amp;lohko (otsikko, päivämäärä, persoonat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Image</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Scale</source>
            <translation>Mitta&amp;kaava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;DPI</source>
            <translation>&amp;DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scale</source>
            <translation>Mittakaava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Size:</source>
            <translation>Koko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>White</source>
            <translation>Valkoinen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Transparent</source>
            <translation>Läpinäkyvä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Background:</source>
            <translation>T&amp;austa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Pages</source>
            <translation>Sivut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Page &amp;size:</source>
            <translation>&amp;Sivukoko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Vaaka</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Pysty</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Orientation:</source>
            <translation>Su&amp;unta:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Margins:</source>
            <translation>&amp;Reunukset:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Asettelu:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster size:</source>
            <translation>Julisteen koko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>O&amp;verlap:</source>
            <translation>&amp;Limitys:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Crop marks</source>
            <translation>Leikkuumerkit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix (each card's level and sources)</source>
            <translation>Näyttöliite (korttien näytön taso ja lähteet)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Vector image</source>
            <translation>Vektorikuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Text as outlines (looks the same without the fonts)</source>
            <translation>Teksti ääriviivoina (näyttää samalta ilman fontteja)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>Vi&amp;e…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>PNG-kuvat (*.png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG images (*.svg)</source>
            <translation>SVG-kuvat (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>PowerPoint-esitykset (*.pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Viedään…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>PNG-kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF document</source>
            <translation>PDF-asiakirja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG vector image</source>
            <translation>SVG-vektorikuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint slides (editable)</source>
            <translation>PowerPoint-diat (muokattavat)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Whole map</source>
            <translation>Koko kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Selected stages</source>
            <translation>Valitut vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Current view</source>
            <translation>Nykyinen näkymä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Persona profiles</source>
            <translation>Persoonaprofiilit</translation>
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
            <translation>Sisällön mukaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>The map has no personas</source>
            <translation>Kartalla ei ole persoonia</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix: %Ln pages at the end</source>
            <translation>
                <numerusform>Näyttöliite: %Ln sivu lopussa</numerusform>
                <numerusform>Näyttöliite: %Ln sivua lopussa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page, fitted</source>
            <translation>Yksi sivu, sovitettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster tiled across pages</source>
            <translation>Juliste usealle sivulle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page per stage (slides)</source>
            <translation>Sivu vaihetta kohden (diat)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Title, overview and %n stage slides with editable text</source>
            <translation>
                <numerusform>Otsikko, yleiskuva ja %n vaihedia muokattavalla tekstillä</numerusform>
                <numerusform>Otsikko, yleiskuva ja %n vaihediaa muokattavalla tekstillä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scalable vector image</source>
            <translation>Skaalautuva vektorikuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>(first %1 shown)</source>
            <translation>(näytetään ensimmäiset %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pikseliä</translation>
        </message>
    </context>
    <context>
        <name>FindActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>&amp;Find…</source>
            <translation>Et&amp;si…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find &amp;next</source>
            <translation>Etsi seu&amp;raava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find pre&amp;vious</source>
            <translation>Etsi e&amp;dellinen</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find text</source>
            <translation>Etsi tekstiä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find on the map</source>
            <translation>Etsi kartalta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Edellinen osuma (Vaihto+Enter, Vaihto+F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Next match (Enter, F3)</source>
            <translation>Seuraava osuma (Enter, F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Close (Esc)</source>
            <translation>Sulje (Esc)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Match in persona “%s”</source>
            <translation>Osuma persoonassa ”%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>No matches</source>
            <translation>Ei osumia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>emotion note at “%s”</source>
            <translation>tunnemerkintä kohdassa ”%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
    </context>
    <context>
        <name>FunnelPanel</name>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The count metric the funnel follows from stage to stage</source>
            <translation>Määrämittari, jota suppilo seuraa vaiheesta toiseen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Everyone</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Count</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Continue</source>
            <translation>Jatkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Drop-off</source>
            <translation>Pudotus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Funnel counts:</source>
            <translation>Suppilon määrät:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The biggest drop-off of the funnel</source>
            <translation>Suppilon suurin pudotus</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Käyttöopas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Pikanäppäimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>User guide</source>
            <translation>Käyttöopas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>About cjm-desktop</source>
            <translation>Tietoja cjm-desktopista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>An offline editor for customer journey maps.</source>
            <translation>Offline-editori asiakaspolkukartoille.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>Free software under the MIT licence. It uses the components below.</source>
            <translation>Vapaa ohjelmisto MIT-lisenssillä. Se käyttää alla lueteltuja komponentteja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The user guide could not be read: %s</source>
            <translation>Käyttöopasta ei voitu lukea: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The help page could not be read: %s</source>
            <translation>Ohjesivua ei voitu lukea: %s</translation>
        </message>
    </context>
    <context>
        <name>Image</name>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is empty.</source>
            <translation>tiedosto on tyhjä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>it is not an image this editor can read (PNG, JPEG, WebP or BMP), or it is damaged.</source>
            <translation>se ei ole kuva, jonka tämä editori osaa lukea (PNG, JPEG, WebP tai BMP), tai se on vioittunut.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is empty.</source>
            <translation>kuva on tyhjä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image has no pixels (it is damaged).</source>
            <translation>kuvassa ei ole pikseleitä (se on vioittunut).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file does not exist.</source>
            <translation>tiedostoa ei ole.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>that is a folder, not an image.</source>
            <translation>se on kansio, ei kuva.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is too large for a picture in a map (%d MB).</source>
            <translation>tiedosto on liian suuri kartan kuvaksi (%d Mt).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>%s images are not supported; use PNG, JPEG, WebP or BMP.</source>
            <translation>%s-kuvia ei tueta; käytä PNG-, JPEG-, WebP- tai BMP-kuvaa.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely.</source>
            <translation>kuva on liian suuri avattavaksi turvallisesti.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is damaged and could not be read (%s).</source>
            <translation>kuva on vioittunut, eikä sitä voitu lukea (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely (%s × %s pixels; the limit is %d megapixels). It may be damaged or crafted to exhaust memory.</source>
            <translation>kuva on liian suuri avattavaksi turvallisesti (%s × %s pikseliä; raja on %d megapikseliä). Se voi olla vioittunut tai tehty kuluttamaan muisti loppuun.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file could not be read (%s).</source>
            <translation>tiedostoa ei voitu lukea (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>“%1”: %2</source>
            <translation>”%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>ImageEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Choose picture…</source>
            <translation>Valitse kuva…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Remove picture</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No picture</source>
            <translation>Ei kuvaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>The picture is damaged</source>
            <translation>Kuva on vioittunut</translation>
        </message>
    </context>
    <context>
        <name>ImportSpec</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/aggregate.py" />
            <source>unknown aggregate '%1'.</source>
            <translation>tuntematon koostefunktio ”%1”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the stage column %1 is beyond the sheet's %2 columns.</source>
            <translation>vaihesarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric column %1 is beyond the sheet's %2 columns.</source>
            <translation>mittarisarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric name column %1 is beyond the sheet's %2 columns.</source>
            <translation>mittarin nimen sarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the value column %1 is beyond the sheet's %2 columns.</source>
            <translation>arvosarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the date column %1 is beyond the sheet's %2 columns.</source>
            <translation>päivämääräsarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the touchpoint column %1 is beyond the sheet's %2 columns.</source>
            <translation>kosketuspistesarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the persona column %1 is beyond the sheet's %2 columns.</source>
            <translation>persoonasarake %1 on taulukon %2 sarakkeen ulkopuolella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no stage column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole vaihesaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole mittarisaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric name column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole mittarin nimen saraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no value column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole arvosaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no date column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole päivämääräsaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no touchpoint column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole kosketuspistesaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no persona column named '%1'. Its columns are: %2.</source>
            <translation>taulukossa ei ole persoonasaraketta nimeltä ”%1”. Sen sarakkeet: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet is empty: it has no columns.</source>
            <translation>taulukko on tyhjä: siinä ei ole sarakkeita.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the column that holds the stage names.</source>
            <translation>valitse sarake, jossa vaiheiden nimet ovat.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the stage, metric name and value columns.</source>
            <translation>valitse vaiheen, mittarin nimen ja arvon sarakkeet.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>the name '%1' looks garbled, as if the file was read in the wrong encoding; nothing was imported. Name the file's encoding (for example --encoding cp1250 or cp1253, or the Encoding list of the import wizard).</source>
            <translation>nimi ”%1” näyttää sotkeutuneelta, kuin tiedosto olisi luettu väärällä merkistöllä; mitään ei tuotu. Kerro tiedoston merkistö (esimerkiksi --encoding cp1250 tai cp1253, tai ohjatun tuonnin Merkistö-luettelosta).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown layout '%1' (use one of: %2).</source>
            <translation>tuntematon asettelu ”%1” (käytä jotakin näistä: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown aggregate '%1' for '%2' (use one of: %3).</source>
            <translation>tuntematon koostefunktio ”%1” mittarille ”%2” (käytä jotakin näistä: %3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</source>
            <translation>
                <numerusform>solu %1 nimeää kosketuspisteen ”%2”, mutta tämän vaiheen %n kortissa on sama teksti. Nimeä yksi niistä uudelleen, jotta jokaisella kosketuspisteellä on oma nimensä.</numerusform>
                <numerusform>solu %1 nimeää kosketuspisteen ”%2”, mutta tämän vaiheen %n kortissa on sama teksti. Nimeä yksi niistä uudelleen, jotta jokaisella kosketuspisteellä on oma nimensä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names '%2', which %n personas share. Use a persona's own name.</source>
            <translation>
                <numerusform>solu %1 nimeää ”%2”, joka on %n persoonan yhteinen nimi. Käytä persoonan omaa nimeä.</numerusform>
                <numerusform>solu %1 nimeää ”%2”, joka on %n persoonan yhteinen nimi. Käytä persoonan omaa nimeä.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>number</source>
            <translation>luku</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>percent</source>
            <translation>prosentti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>currency</source>
            <translation>valuutta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>duration</source>
            <translation>kesto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>the numbers of column '%s' read two ways and nothing in the file settles which: '%s' is %s with a decimal point, or %s with a decimal comma. Choose with --decimal dot or --decimal comma (or set the map's number locale).</source>
            <translation>sarakkeen ”%s” luvut voi lukea kahdella tavalla, eikä mikään tiedostossa ratkaise kumpi on oikein: ”%s” on %s desimaalipisteellä tai %s desimaalipilkulla. Valitse --decimal dot tai --decimal comma (tai aseta kartan lukujen maa-asetus).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>numbers stored as numbers</source>
            <translation>luvut tallennettu lukuina</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>point</source>
            <translation>piste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>comma</source>
            <translation>pilkku</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from this column</source>
            <translation>tästä sarakkeesta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>settled by other columns of the file</source>
            <translation>ratkaistu tiedoston muiden sarakkeiden perusteella</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>as chosen</source>
            <translation>valinnan mukaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from the map's number locale</source>
            <translation>kartan lukujen maa-asetuksesta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none needed (whole numbers)</source>
            <translation>ei tarvita (kokonaislukuja)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none</source>
            <translation>ei ryhmittelyä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>space</source>
            <translation>välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>no-break space</source>
            <translation>sitova välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>narrow no-break space</source>
            <translation>kapea sitova välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>thin space</source>
            <translation>ohut välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>apostrophe</source>
            <translation>heittomerkki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>Read %s, sheet '%s'</source>
            <translation>Luettu %s, taulukko ”%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  rows used: %s</source>
            <translation>  käytetyt rivit: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  encoding: %s</source>
            <translation>  merkistö: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  %s: %s%s; decimal mark: %s; thousands: %s</source>
            <translation>  %s: %s%s; desimaalierotin: %s; tuhaterotin: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1 (first: %2)</source>
            <translation>  jätetty pois: %1 (ensimmäiset: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1</source>
            <translation>  jätetty pois: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no stage name</source>
            <translation>
                <numerusform>%n rivi ilman vaiheen nimeä</numerusform>
                <numerusform>%n riviä ilman vaiheen nimeä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows for stages you chose to skip</source>
            <translation>
                <numerusform>%n rivi ohitettavaksi valituille vaiheille</numerusform>
                <numerusform>%n riviä ohitettavaksi valituille vaiheille</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n cells that are not numbers</source>
            <translation>
                <numerusform>%n solu, joka ei ole luku</numerusform>
                <numerusform>%n solua, jotka eivät ole lukuja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with a missing or unreadable date</source>
            <translation>
                <numerusform>%n rivi, jonka päivämäärä puuttuu tai on lukukelvoton</numerusform>
                <numerusform>%n riviä, joiden päivämäärä puuttuu tai on lukukelvoton</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no metric name</source>
            <translation>
                <numerusform>%n rivi ilman mittarin nimeä</numerusform>
                <numerusform>%n riviä ilman mittarin nimeä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n columns without any numbers</source>
            <translation>
                <numerusform>%n sarake ilman yhtään lukua</numerusform>
                <numerusform>%n saraketta ilman yhtään lukua</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose touchpoint matches no card of their stage</source>
            <translation>
                <numerusform>%n rivi, jonka kosketuspiste ei vastaa mitään vaiheensa korttia</numerusform>
                <numerusform>%n riviä, joiden kosketuspiste ei vastaa mitään vaiheensa korttia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose persona matches no persona or segment</source>
            <translation>
                <numerusform>%n rivi, jonka persoona ei vastaa mitään persoonaa tai segmenttiä</numerusform>
                <numerusform>%n riviä, joiden persoona ei vastaa mitään persoonaa tai segmenttiä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>touchpoints that match no card of their stage: %1</source>
            <translation>kosketuspisteet, jotka eivät vastaa mitään vaiheensa korttia: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>personas that match no persona or segment: %1</source>
            <translation>persoonat, jotka eivät vastaa mitään persoonaa tai segmenttiä: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>'%1' (%n rows)</source>
            <translation>
                <numerusform>”%1” (%n rivi)</numerusform>
                <numerusform>”%1” (%n riviä)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>row %s</source>
            <translation>rivi %s</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Tuo mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Reading was cancelled.</source>
            <translation>Lukeminen peruttiin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The metrics could not be imported; the map is unchanged.

%s</source>
            <translation>Mittareita ei voitu tuoda; kartta on ennallaan.

%s</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_level_box.py" />
            <source>Mixed</source>
            <translation>Vaihteleva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>1 low</source>
            <translation>1 matala</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>2 medium</source>
            <translation>2 keskitaso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>3 high</source>
            <translation>3 korkea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>System: %s</source>
            <translation>Järjestelmä: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>For personas</source>
            <translation>Persoonille</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Linked personas</source>
            <translation>Linkitetyt persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Goals and scope</source>
            <translation>Tavoitteet ja rajaus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Numbers</source>
            <translation>Luvut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Tags (comma separated)</source>
            <translation>Tunnisteet (pilkuin eroteltuina)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence level</source>
            <translation>Näytön taso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Label</source>
            <translation>Nimiö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a colour</source>
            <translation>Valitse väri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Set picture</source>
            <translation>Aseta kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online / offline</source>
            <translation>Verkossa / muualla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Moment of truth</source>
            <translation>Totuuden hetki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Severity</source>
            <translation>Vakavuus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addresses pain points</source>
            <translation>Ratkaisee kipupisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Who said it</source>
            <translation>Kuka sanoi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Picture</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Route</source>
            <translation>Reitti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Lane</source>
            <translation>Rivi</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n kohde valittu</numerusform>
                <numerusform>%n kohdetta valittu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addressed by</source>
            <translation>Ratkaisevat mahdollisuudet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Edit %s</source>
            <translation>Muokkaa kenttää ’%s’</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Change colour</source>
            <translation>Vaihda väri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a picture</source>
            <translation>Valitse kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Kuvat (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Remove picture</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Everyone (neutral)</source>
            <translation>Kaikki (neutraali)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Card · %s</source>
            <translation>Kortti · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Could not use the picture</source>
            <translation>Kuvaa ei voitu käyttää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online</source>
            <translation>Verkossa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Offline</source>
            <translation>Muualla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Default</source>
            <translation>Oletus</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <location filename="../../cjm_desktop/model/journey.py" />
            <source>Untitled journey</source>
            <translation>Nimetön asiakaspolku</translation>
        </message>
    </context>
    <context>
        <name>JourneyDocument</name>
        <message>
            <location filename="../../cjm_desktop/document/document.py" />
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Edit card text</source>
            <translation>Muokkaa kortin tekstiä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename stage</source>
            <translation>Nimeä vaihe uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename lane</source>
            <translation>Nimeä rivi uudelleen</translation>
        </message>
    </context>
    <context>
        <name>KindsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>New from &amp;template…</source>
            <translation>Uusi &amp;mallipohjasta…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Start a map from a ready-made journey with lanes, content and a persona</source>
            <translation>Aloita kartta valmiista asiakaspolusta, jossa on rivit, sisältö ja persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Draw &amp;route</source>
            <translation>&amp;Piirrä reitti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Connect touchpoints with arrows to show a persona's route across channels</source>
            <translation>Yhdistä kosketuspisteet nuolilla ja näytä persoonan reitti kanavien välillä</translation>
        </message>
    </context>
    <context>
        <name>LayoutPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Layout</source>
            <translation>Asettelu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Check the header row and how the sheet is laid out. The bold row is the header.</source>
            <translation>Tarkista otsikkorivi ja taulukon asettelu. Lihavoitu rivi on otsikkorivi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No header row</source>
            <translation>Ei otsikkoriviä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Per metric (sum for counts, mean otherwise)</source>
            <translation>Mittarin mukaan (määrille summa, muuten keskiarvo)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet preview</source>
            <translation>Taulukon esikatselu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Header row:</source>
            <translation>&amp;Otsikkorivi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Layout:</source>
            <translation>&amp;Asettelu:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Stage column:</source>
            <translation>&amp;Vaihesarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Metric name column:</source>
            <translation>&amp;Mittarin nimen sarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Value column:</source>
            <translation>A&amp;rvosarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Date column:</source>
            <translation>&amp;Päivämääräsarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Touchpoint column:</source>
            <translation>&amp;Kosketuspistesarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Persona or segment column:</source>
            <translation>P&amp;ersoona- tai segmenttisarake:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Several &amp;rows per stage:</source>
            <translation>&amp;Useita rivejä vaihetta kohden:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One row per stage</source>
            <translation>Rivi vaihetta kohden</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One column per stage</source>
            <translation>Sarake vaihetta kohden</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage, metric, value rows</source>
            <translation>Rivit: vaihe, mittari, arvo</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No column with numbers was found: check the header row and the layout.</source>
            <translation>Numeroita sisältävää saraketta ei löytynyt: tarkista otsikkorivi ja asettelu.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Asiakaspolkukartat (*.cjm);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Tarkastelija</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Opened map</source>
            <translation>Avattu kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Undo history</source>
            <translation>Kumoamishistoria</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;New map…</source>
            <translation>&amp;Uusi kartta…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New from sa&amp;mple map</source>
            <translation>Uusi &amp;esimerkkikartasta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New &amp;window</source>
            <translation>Uusi i&amp;kkuna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Avaa &amp;äskettäinen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save &amp;as…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Close window</source>
            <translation>&amp;Sulje ikkuna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom o&amp;ut</source>
            <translation>L&amp;oitonna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom to &amp;fit</source>
            <translation>&amp;Sovita näkymään</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Actual size</source>
            <translation>&amp;Todellinen koko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Map</source>
            <translation>&amp;Kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;About cjm-desktop</source>
            <translation>&amp;Tietoja cjm-desktopista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Main</source>
            <translation>Päätyökalurivi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open journey map</source>
            <translation>Avaa asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save journey map</source>
            <translation>Tallenna asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save the changes to “%s” before closing?</source>
            <translation>Tallennetaanko muutokset tiedostoon ”%s” ennen sulkemista?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Saved %s</source>
            <translation>Tallennettu: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the sample map</source>
            <translation>Esimerkkikarttaa ei voitu avata</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the map</source>
            <translation>Karttaa ei voitu avata</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not save the map</source>
            <translation>Karttaa ei voitu tallentaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>“%1”: %2</source>
            <translation>”%1”: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Could not open the template</source>
            <translation>Mallipohjaa ei voitu avata</translation>
        </message>
    </context>
    <context>
        <name>MapFile</name>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the disk is full. Free some space or save to another drive.</source>
            <translation>levy on täynnä. Vapauta tilaa tai tallenna toiselle asemalle.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>this location is read-only or you have no permission to write here. Save to another folder.</source>
            <translation>tämä sijainti on vain luku -tilassa tai sinulla ei ole oikeutta kirjoittaa siihen. Tallenna toiseen kansioon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the folder does not exist.</source>
            <translation>kansiota ei ole.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>that is a folder, not a file.</source>
            <translation>se on kansio, ei tiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the file name is too long.</source>
            <translation>tiedoston nimi on liian pitkä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>could not save: %1</source>
            <translation>tallennus epäonnistui: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds %s, which is not a number a journey map can hold</source>
            <translation>siinä on %s, joka ei ole luku, jonka asiakaspolkukartta voi sisältää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map.</source>
            <translation>tiedosto on liian suuri ollakseen asiakaspolkukartta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is empty.</source>
            <translation>tiedosto on tyhjä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s…)</source>
            <translation>siinä on liian suuri luku asiakaspolkukartalle (%s…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s)</source>
            <translation>siinä on liian suuri luku asiakaspolkukartalle (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a journey map (the file is not UTF-8 text).</source>
            <translation>se ei ole asiakaspolkukartta (tiedosto ei ole UTF-8-tekstiä).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its JSON is nested too deeply to be a journey map).</source>
            <translation>se on vioittunut (sen JSON on sisäkkäin liian monella tasolla ollakseen asiakaspolkukartta).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>it does not contain a journey map (the top level is not a JSON object)</source>
            <translation>se ei sisällä asiakaspolkukarttaa (ylin taso ei ole JSON-objekti)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested too deeply).</source>
            <translation>se on vioittunut (sen tiedot ovat sisäkkäin liian monella tasolla).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>that is a folder, not a map file.</source>
            <translation>se on kansio, ei karttatiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a regular file.</source>
            <translation>se ei ole tavallinen tiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file does not exist (it may have been moved or deleted).</source>
            <translation>tiedostoa ei ole (se on ehkä siirretty tai poistettu).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged or not a journey map (invalid JSON at line %d, column %d).</source>
            <translation>se on vioittunut tai ei ole asiakaspolkukartta (virheellinen JSON rivillä %d, sarakkeessa %d).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested more than %d levels deep)</source>
            <translation>se on vioittunut (sen tiedot ovat sisäkkäin yli %d tasolla)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map (%s MB).</source>
            <translation>tiedosto on liian suuri ollakseen asiakaspolkukartta (%s Mt).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it could not be read: %s</source>
            <translation>sitä ei voitu lukea: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds text that is not valid Unicode (a broken character)</source>
            <translation>siinä on tekstiä, joka ei ole kelvollista Unicodea (rikkinäinen merkki)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two stages share the id '%1'</source>
            <translation>kahdella vaiheella on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two lanes share the id '%1'</source>
            <translation>kahdella rivillä on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two cards share the id '%1'</source>
            <translation>kahdella kortilla on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two personas share the id '%1'</source>
            <translation>kahdella persoonalla on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two routes share the id '%1'</source>
            <translation>kahdella reitillä on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two metrics share the id '%1'</source>
            <translation>kahdella mittarilla on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two snapshots share the id '%1'</source>
            <translation>kahdella tilannekuvalla on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two channels share the id '%1'</source>
            <translation>kahdella kanavalla on sama tunniste ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in stage '%2', which does not exist</source>
            <translation>kortti ”%1” on vaiheessa ”%2”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is linked to persona '%2', which does not exist</source>
            <translation>kortti ”%1” on liitetty persoonaan ”%2”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>opportunity card '%1' addresses pain point '%2', which does not exist</source>
            <translation>mahdollisuuskortti ”%1” ratkaisee kipupisteen ”%2”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>an emotion score refers to persona '%1' and stage '%2'; one of them does not exist</source>
            <translation>tunnearvio viittaa persoonaan ”%1” ja vaiheeseen ”%2”; toista niistä ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>persona '%1' has two emotion scores at stage '%2'</source>
            <translation>persoonalla ”%1” on kaksi tunnearviota vaiheessa ”%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' belongs to persona '%2', which does not exist</source>
            <translation>reitti ”%1” kuuluu persoonalle ”%2”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value refers to metric '%1' at stage '%2'; one of them does not exist</source>
            <translation>mittariarvo viittaa mittariin ”%1” vaiheessa ”%2”; toista niistä ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value is on card '%1', which does not exist</source>
            <translation>mittariarvo on kortilla ”%1”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value belongs to persona '%1', which does not exist</source>
            <translation>mittariarvo kuuluu persoonalle ”%1”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>%1 should be an object</source>
            <translation>kohdan %1 pitäisi olla objekti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in lane '%2', which does not exist</source>
            <translation>kortti ”%1” on rivillä ”%2”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' connects a card that does not exist</source>
            <translation>reitti ”%1” yhdistää kortin, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>voting refers to lane '%1', which does not exist</source>
            <translation>äänestys viittaa riviin ”%1”, jota ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the clipboard does not hold cards</source>
            <translation>leikepöydällä ei ole kortteja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the cards were copied from a newer cjm-desktop</source>
            <translation>kortit kopioitiin uudemmasta cjm-desktopista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>it was saved by a newer cjm-desktop (file format version %1; this version reads up to %2). Update cjm-desktop to open it.</source>
            <translation>se on tallennettu uudemmalla cjm-desktopilla (tiedostomuodon versio %1; tämä versio lukee versioon %2 asti). Päivitä cjm-desktop avataksesi sen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>format_version is missing or not a whole number</source>
            <translation>format_version puuttuu tai ei ole kokonaisluku</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>file format version %1 is not supported</source>
            <translation>tiedostomuodon versiota %1 ei tueta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>it is not a recovery copy.</source>
            <translation>se ei ole palautuskopio.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>could not create the recovery folder: %1</source>
            <translation>palautuskansiota ei voitu luoda: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>the recovery copy could not be read: %1</source>
            <translation>palautuskopiota ei voitu lukea: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>the document</source>
            <translation>asiakirja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/snapshots.py" />
            <source>snapshot “%1”: %2</source>
            <translation>tilannekuva ”%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>MapLocking</name>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Map in use</source>
            <translation>Kartta on käytössä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open it read-only to look and present, open a copy to edit separately, or open it anyway (whoever saves last overwrites the other's changes).</source>
            <translation>Avaa se vain luku -tilassa katselua ja esittämistä varten, avaa kopio erikseen muokattavaksi tai avaa se silti (viimeksi tallentava korvaa toisen muutokset).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;read-only</source>
            <translation>Avaa &amp;vain luku -tilassa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open a &amp;copy</source>
            <translation>Avaa &amp;kopio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;anyway</source>
            <translation>Avaa &amp;silti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open journey map read-only</source>
            <translation>Avaa asiakaspolkukartta vain luku -tilassa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open rea&amp;d-only…</source>
            <translation>Avaa va&amp;in luku -tilassa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Opened a copy of %s</source>
            <translation>Avattiin kopio tiedostosta %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map was opened read-only.</source>
            <translation>kartta avattiin vain luku -tilassa.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the file is read-only (write-protected).</source>
            <translation>tiedosto on vain luku -tiedosto (kirjoitussuojattu).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Read-only map</source>
            <translation>Vain luku -kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor: %2.</source>
            <translation>”%1” on auki toisessa editorissa: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map is open in another editor (%s).</source>
            <translation>kartta on auki toisessa editorissa (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>%1 on %2 since %3</source>
            <translation>%1 koneella %2 %3 alkaen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is read-only: %2 Use Save As to keep your version.</source>
            <translation>”%1” on vain luku -tilassa: %2 Säilytä oma versiosi valitsemalla Tallenna nimellä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor (%2). Save under another name.</source>
            <translation>”%1” on auki toisessa editorissa (%2). Tallenna toisella nimellä.</translation>
        </message>
    </context>
    <context>
        <name>MetricTargets</name>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Metric targets</source>
            <translation>Mittareiden tavoitteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Type a target for each metric (percentages as numbers, 5 for 5 %); empty: none.</source>
            <translation>Kirjoita jokaiselle mittarille tavoite (prosentit lukuina, 5 tarkoittaa 5 %); tyhjä: ei tavoitetta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Set metric target</source>
            <translation>Aseta mittarin tavoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>higher is better</source>
            <translation>suurempi on parempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>lower is better</source>
            <translation>pienempi on parempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>%s (%s):</source>
            <translation>%s (%s):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Target for %s</source>
            <translation>Tavoite: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>The map has no metrics yet (Map ▸ Import metrics…).</source>
            <translation>Kartalla ei ole vielä mittareita (Kartta ▸ Tuo mittarit…).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>“%s” is not a number: the target of %s is unchanged.</source>
            <translation>”%s” ei ole luku: mittarin %s tavoite on ennallaan.</translation>
        </message>
    </context>
    <context>
        <name>MetricsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Import metrics…</source>
            <translation>&amp;Tuo mittarit…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Refresh metrics</source>
            <translation>Päivitä &amp;mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>E&amp;xport metrics workbook…</source>
            <translation>&amp;Vie mittarit työkirjaan…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Lay numbers from a spreadsheet over the stages</source>
            <translation>Tuo taulukon luvut vaiheiden päälle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Re-read the spreadsheet the metrics came from</source>
            <translation>Lue uudelleen taulukko, josta mittarit tuotiin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Metrics dock</source>
            <translation>&amp;Mittarit-paneeli</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Export metrics workbook</source>
            <translation>Vie mittarit työkirjaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-työkirja (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics imported: %d. Ctrl+Z undoes the import.</source>
            <translation>Mittareita tuotiin: %d. Ctrl+Z kumoaa tuonnin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Exported %s</source>
            <translation>Viety: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>The workbook could not be written:
%s

%s</source>
            <translation>Työkirjaa ei voitu kirjoittaa:
%s

%s</translation>
        </message>
    </context>
    <context>
        <name>MetricsChart</name>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>No metrics yet: Map ▸ Import metrics…</source>
            <translation>Ei vielä mittareita: Kartta ▸ Tuo mittarit…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>Metric:</source>
            <translation>Mittari:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>%s over time</source>
            <translation>%s ajan mittaan</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric definitions</source>
            <translation>Mittareiden määritelmät</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric values</source>
            <translation>Mittareiden arvot</translation>
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
            <translation>Tyhjennä mittariarvot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Add metric</source>
            <translation>&amp;Lisää mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Delete metric</source>
            <translation>&amp;Poista mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values of</source>
            <translation>Arvot kohteelle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Values of:</source>
            <translation>&amp;Arvot:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values in italics were typed by hand; Refresh keeps them.</source>
            <translation>Kursivoidut arvot on kirjoitettu käsin; päivitys säilyttää ne.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics grid</source>
            <translation>Mittaritaulukko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics &amp;grid…</source>
            <translation>M&amp;ittaritaulukko…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Type metric definitions and values by hand</source>
            <translation>Kirjoita mittareiden määritelmät ja arvot käsin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Unit</source>
            <translation>Yksikkö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Format</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Better</source>
            <translation>Parempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Source note</source>
            <translation>Lähdehuomautus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Paste metric values</source>
            <translation>Liitä mittariarvot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>New metric</source>
            <translation>Uusi mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Persona: %1</source>
            <translation>Persoona: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Higher</source>
            <translation>Suurempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Lower</source>
            <translation>Pienempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Typed by hand: Refresh keeps it</source>
            <translation>Kirjoitettu käsin: päivitys säilyttää sen</translation>
        </message>
    </context>
    <context>
        <name>MetricsPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>number</source>
            <translation>luku</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>percent</source>
            <translation>prosentti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>currency</source>
            <translation>valuutta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>duration</source>
            <translation>kesto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>higher</source>
            <translation>suurempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>lower</source>
            <translation>pienempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>sum</source>
            <translation>summa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>mean</source>
            <translation>keskiarvo</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>median</source>
            <translation>mediaani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>min</source>
            <translation>pienin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>max</source>
            <translation>suurin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>last</source>
            <translation>viimeisin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>count</source>
            <translation>lukumäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metric</source>
            <translation>Mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Unit</source>
            <translation>Yksikkö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Format</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Better when</source>
            <translation>Parempi, kun</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Aggregate</source>
            <translation>Yhdistäminen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Guessed from the column names and cell formats. Untick a metric to leave it out. Targets are typed as shown (40 for 40 %, seconds for durations).</source>
            <translation>Arvattu sarakkeiden nimistä ja solujen muotoilusta. Poista rasti mittarista, jota et halua tuoda. Tavoitteet kirjoitetaan näytetyssä muodossa (40, kun tavoite on 40 %; kestot sekunteina).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics to import</source>
            <translation>Tuotavat mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Tuo mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tick at least one metric to import.</source>
            <translation>Valitse vähintään yksi tuotava mittari.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The target of %s is not a number.</source>
            <translation>Mittarin %s tavoite ei ole luku.</translation>
        </message>
    </context>
    <context>
        <name>MetricsWorkbook</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>number</source>
            <translation>luku</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>percent</source>
            <translation>prosentti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>currency</source>
            <translation>valuutta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>duration</source>
            <translation>kesto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>higher</source>
            <translation>suurempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>lower</source>
            <translation>pienempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>sum</source>
            <translation>summa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>mean</source>
            <translation>keskiarvo</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>median</source>
            <translation>mediaani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>min</source>
            <translation>pienin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>max</source>
            <translation>suurin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>last</source>
            <translation>viimeisin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>count</source>
            <translation>lukumäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Sheet</source>
            <translation>Taulukko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric</source>
            <translation>Mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoint</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Unit</source>
            <translation>Yksikkö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Format</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Better when</source>
            <translation>Parempi, kun</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Aggregate</source>
            <translation>Yhdistäminen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Source note</source>
            <translation>Lähdehuomautus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunity</source>
            <translation>Mahdollisuus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Pain points addressed</source>
            <translation>Ratkaistavat kipupisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric details</source>
            <translation>Mittarien tiedot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Cards</source>
            <translation>Kortit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Series</source>
            <translation>Aikasarjat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoints and personas</source>
            <translation>Kosketuspisteet ja persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Lane</source>
            <translation>Rivi</translation>
        </message>
    </context>
    <context>
        <name>OpportunityLinks</name>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show on map</source>
            <translation>Näytä kartalla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show the chosen card on the map</source>
            <translation>Näytä valittu kortti kartalla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Pain points this opportunity addresses</source>
            <translation>Kipupisteet, jotka tämä mahdollisuus ratkaisee</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Opportunities addressing this pain point</source>
            <translation>Mahdollisuudet, jotka ratkaisevat tämän kipupisteen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No pain points on the map yet</source>
            <translation>Kartalla ei ole vielä kipupisteitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No opportunity addresses it yet</source>
            <translation>Mikään mahdollisuus ei vielä ratkaise tätä</translation>
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
            <translation>Vaikutus × työmäärä -matriisi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>low</source>
            <translation>matala</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>medium</source>
            <translation>keskitaso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>high</source>
            <translation>korkea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Effort →</source>
            <translation>Työmäärä →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Impact →</source>
            <translation>Vaikutus →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>No rated opportunities</source>
            <translation>Ei arvioituja mahdollisuuksia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Not rated (impact or effort unset):</source>
            <translation>Arvioimatta (vaikutus tai työmäärä puuttuu):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Opportunities not rated</source>
            <translation>Arvioimattomat mahdollisuudet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>+%1 more</source>
            <translation>+%1 lisää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>%1; status %2; impact %3, effort %4</source>
            <translation>%1; tila %2; vaikutus %3, työmäärä %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort</source>
            <translation>Vaikutus × työmäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort matri&amp;x</source>
            <translation>Vaikutus × työmäärä -mat&amp;riisi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Place the opportunities by impact and effort</source>
            <translation>Sijoita mahdollisuudet vaikutuksen ja työmäärän mukaan</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Lane, %n cards in this stage</source>
            <translation>
                <numerusform>Rivi, %n kortti tässä vaiheessa</numerusform>
                <numerusform>Rivi, %n korttia tässä vaiheessa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stage %d of %d</source>
            <translation>Vaihe %d/%d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>(empty card)</source>
            <translation>(tyhjä kortti)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Map outline</source>
            <translation>Kartan jäsennys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages with their lanes and cards, then personas and metrics. F2 edits a name or text.</source>
            <translation>Vaiheet riveineen ja kortteineen, sitten persoonat ja mittarit. F2 muokkaa nimeä tai tekstiä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename persona</source>
            <translation>Nimeä persoona uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Card in %s</source>
            <translation>Kortti: %s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n lähde</numerusform>
                <numerusform>%n lähdettä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>severity %s</source>
            <translation>vakavuus %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>status: %s</source>
            <translation>tila: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>pain points addressed: %d</source>
            <translation>ratkaistuja kipupisteitä: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>votes: %d</source>
            <translation>ääniä: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>evidence level: %s</source>
            <translation>näytön taso: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>&amp;Personas…</source>
            <translation>&amp;Persoonat…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Create and edit the personas of this map</source>
            <translation>Luo ja muokkaa tämän kartan persoonia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Add &amp;persona</source>
            <translation>Lisää p&amp;ersoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Persona &amp;curves</source>
            <translation>Persoonien käyr&amp;ät</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona</source>
            <translation>Korosta persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Fade out what belongs to other personas</source>
            <translation>Himmennä muille persoonille kuuluva sisältö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona: </source>
            <translation>Korosta persoona: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Emotion note</source>
            <translation>Tunnemerkintä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Why does %s feel this way at “%s”?</source>
            <translation>Miksi %s tuntee näin kohdassa ”%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Unnamed persona</source>
            <translation>Nimetön persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>(no personas)</source>
            <translation>(ei persoonia)</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No personas yet (Map ▸ Personas…)</source>
            <translation>Ei vielä persoonia (Kartta ▸ Persoonat…)</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Kuvat (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Role / occupation</source>
            <translation>Rooli / ammatti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Age</source>
            <translation>Ikä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Location</source>
            <translation>Sijainti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Background</source>
            <translation>Tausta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Motivations</source>
            <translation>Motiivit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Behaviours</source>
            <translation>Käyttäytyminen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Characteristic quote</source>
            <translation>Tyypillinen lausahdus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Rastita persoona, niin sen tunnekäyrä näkyy kartalla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Duplicate</source>
            <translation>Monista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona up the list (Alt+Up)</source>
            <translation>Siirrä persoonaa ylemmäs luettelossa (Alt+Ylös)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona down the list (Alt+Down)</source>
            <translation>Siirrä persoonaa alemmas luettelossa (Alt+Alas)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>From file…</source>
            <translation>Tiedostosta…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Paste</source>
            <translation>Liitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Photo</source>
            <translation>Valokuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Segment</source>
            <translation>Segmentti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Preferred channels</source>
            <translation>Ensisijaiset kanavat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Persona colour</source>
            <translation>Persoonan väri</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Choose a photo</source>
            <translation>Valitse valokuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Unnamed persona</source>
            <translation>Nimetön persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The photo was not added. %s</source>
            <translation>Valokuvaa ei lisätty. %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>pasted image</source>
            <translation>liitetty kuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The clipboard holds no image. Copy a picture first.</source>
            <translation>Leikepöydällä ei ole kuvaa. Kopioi ensin kuva.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preference&amp;s…</source>
            <translation>O&amp;hjelman asetukset…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preferences</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>System default</source>
            <translation>Järjestelmän oletus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>A new language applies the next time the editor starts.</source>
            <translation>Uusi kieli otetaan käyttöön, kun editori käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Theme:</source>
            <translation>&amp;Teema:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>How long after your last edit a recovery copy is written</source>
            <translation>Kuinka pian viimeisen muokkauksen jälkeen palautuskopio kirjoitetaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Autosave after:</source>
            <translation>&amp;Automaattitallennus:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default export &amp;format:</source>
            <translation>Oletusarvoinen vienti&amp;muoto:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default PDF &amp;page size:</source>
            <translation>PDF:n oletus&amp;sivukoko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default image &amp;resolution:</source>
            <translation>Kuvan &amp;oletustarkkuus:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Same as the system</source>
            <translation>Sama kuin järjestelmässä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Light</source>
            <translation>Vaalea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Dark</source>
            <translation>Tumma</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Presentation — %s</source>
            <translation>Esitys — %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Workshop controls</source>
            <translation>Työpajan ohjaimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Overview</source>
            <translation>Yleiskuva</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Look in:</source>
            <translation>&amp;Lähde:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>File &amp;name:</source>
            <translation>Tiedosto&amp;nimi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Files of &amp;type:</source>
            <translation>Tiedostot&amp;yyppi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Forward</source>
            <translation>Eteenpäin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Parent Directory</source>
            <translation>Yläkansio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Create New Folder</source>
            <translation>Uusi kansio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>List View</source>
            <translation>Listanäkymä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Detail View</source>
            <translation>Yksityiskohtainen näkymä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Open</source>
            <translation>&amp;Avaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Choose</source>
            <translation>&amp;Valitse</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save As</source>
            <translation>Tallenna nimellä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>All Files (*)</source>
            <translation>Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 on jo olemassa.
Korvataanko se?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>New Folder</source>
            <translation>Uusi kansio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;New Folder</source>
            <translation>&amp;Uusi kansio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Muuta nimeä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show &amp;hidden files</source>
            <translation>&amp;Näytä piilotiedostot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Recent Places</source>
            <translation>Viimeaikaiset sijainnit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Directory:</source>
            <translation>Kansio:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Haluatko varmasti poistaa kohteen ”%1”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Tiedostoa ei löydy.
Varmista oikea tiedoston nimi.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Size</source>
            <translation>Koko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Date Modified</source>
            <translation>Muutosaika</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Computer</source>
            <translation>Tietokone</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>L&amp;eikkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Liitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Valitse kaikki</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show Details...</source>
            <translation>Näytä yksityiskohdat…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Hide Details...</source>
            <translation>Piilota yksityiskohdat…</translation>
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
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save All</source>
            <translation>Tallenna kaikki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Yes</source>
            <translation>&amp;Kyllä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Yes to &amp;All</source>
            <translation>Kyllä k&amp;aikkiin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;No</source>
            <translation>&amp;Ei</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>N&amp;o to All</source>
            <translation>E&amp;i kaikkiin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Abort</source>
            <translation>Keskeytä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Retry</source>
            <translation>Yritä uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Ignore</source>
            <translation>Ohita</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Peru</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Discard</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Help</source>
            <translation>Ohje</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Apply</source>
            <translation>Käytä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Reset</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Restore Defaults</source>
            <translation>Palauta oletukset</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;tyhjä&gt;</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>Tee uu&amp;delleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>L&amp;eikkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Liitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Valitse kaikki</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; E&amp;dellinen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Seuraava &gt;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Finish</source>
            <translation>Valm&amp;is</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Peru</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Help</source>
            <translation>O&amp;hje</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Commit</source>
            <translation>Vahvista</translation>
        </message>
    </context>
    <context>
        <name>Quotes</name>
        <message>
            <location filename="../../cjm_desktop/i18n.py" />
            <source>“%1”</source>
            <translation>”%1”</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Save &amp;as…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Read-only: %s Save a copy to edit it.</source>
            <translation>Vain luku: %s Tallenna kopio, jos haluat muokata sitä.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source> (read-only)</source>
            <translation> (vain luku)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Not changed: %s</source>
            <translation>Ei muutettu: %s</translation>
        </message>
    </context>
    <context>
        <name>ReadingOptions</name>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Automatic (from the file, then the map)</source>
            <translation>Automaattinen (tiedostosta, sitten kartasta)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Point: 1,234.5</source>
            <translation>Piste: 1,234.5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Comma: 1.234,5 or 1 234,5</source>
            <translation>Pilkku: 1.234,5 tai 1 234,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Merkistö:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Decimal mark:</source>
            <translation>D&amp;esimaalierotin:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>These numbers read two ways; choose the decimal mark above:</source>
            <translation>Nämä luvut voi lukea kahdella tavalla; valitse desimaalierotin yllä:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>“%s”: %s is %s with a decimal point, or %s with a decimal comma.</source>
            <translation>”%s”: %s on %s desimaalipisteellä tai %s desimaalipilkulla.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>%s (detected)</source>
            <translation>%s (tunnistettu)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Text as read: %s</source>
            <translation>Teksti luettuna: %s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Recover unsaved maps</source>
            <translation>Palauta tallentamattomat kartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>cjm-desktop did not close properly last time. These maps had changes that were not saved:</source>
            <translation>cjm-desktop ei sulkeutunut viime kerralla kunnolla. Näissä kartoissa oli tallentamattomia muutoksia:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Restored maps open with their changes unsaved; save them to keep them.</source>
            <translation>Palautetut kartat avautuvat tallentamattomine muutoksineen; tallenna ne, jotta ne säilyvät.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Palauta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Discard</source>
            <translation>&amp;Hylkää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Later</source>
            <translation>&amp;Myöhemmin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Discard recovered work?</source>
            <translation>Hylätäänkö palautettu työ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n maps will be deleted for good.</source>
            <translation>
                <numerusform>%n kartan tallentamattomat muutokset poistetaan lopullisesti.</numerusform>
                <numerusform>%n kartan tallentamattomat muutokset poistetaan lopullisesti.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Original file</source>
            <translation>Alkuperäinen tiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Last autosaved</source>
            <translation>Viimeksi tallennettu automaattisesti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>(never saved)</source>
            <translation>(ei koskaan tallennettu)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Could not restore the map</source>
            <translation>Karttaa ei voitu palauttaa</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>File changed on disk</source>
            <translation>Tiedosto muuttui levyllä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not write the recovery copy: %s</source>
            <translation>Palautuskopiota ei voitu kirjoittaa: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reload the map?</source>
            <translation>Ladataanko kartta uudelleen?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloaded %s</source>
            <translation>Ladattu uudelleen: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program since you opened or saved it.
Overwrite it with your version? The other version is kept as a .bak file.</source>
            <translation>Toinen ohjelma on muuttanut tiedostoa ”%s” sen jälkeen, kun avasit tai tallensit sen.
Korvataanko se omalla versiollasi? Toinen versio säilyy .bak-tiedostona.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading “%s” discards your unsaved changes, and they cannot be undone.</source>
            <translation>Tiedoston ”%s” uudelleenlataus hylkää tallentamattomat muutoksesi, eikä sitä voi kumota.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not reload the map</source>
            <translation>Karttaa ei voitu ladata uudelleen</translation>
        </message>
    </context>
    <context>
        <name>RefreshDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Refresh metrics</source>
            <translation>Päivitä mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Choose a sheet…</source>
            <translation>Valitse taulukko…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Taulukko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Apply</source>
            <translation>&amp;Käytä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Locate…</source>
            <translation>&amp;Etsi…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Locate the metrics source</source>
            <translation>Etsi mittareiden lähdetiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 was not found in
%2

It may have been renamed, or the workbook exported in another language. Choose the sheet to refresh from:</source>
            <translation>Taulukkoa %1 ei löytynyt tiedostosta
%2

Se on ehkä nimetty uudelleen, tai työkirja on viety toisella kielellä. Valitse taulukko, josta päivitetään:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>added</source>
            <translation>lisätty</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>removed</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>changed</source>
            <translation>muuttunut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Metric</source>
            <translation>Mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Before</source>
            <translation>Ennen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>After</source>
            <translation>Jälkeen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>This map has no metrics source yet. Use Map ▸ Import metrics… first.</source>
            <translation>Tällä kartalla ei ole vielä mittareiden lähdettä. Käytä ensin Kartta ▸ Tuo mittarit….</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Reading %s…</source>
            <translation>Luetaan %s…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source could not be read: %s
%s</source>
            <translation>Lähdettä ei voitu lukea: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source file was not found:
%s

It may have been moved, renamed or deleted. Locate it to refresh from its new place.</source>
            <translation>Lähdetiedostoa ei löytynyt:
%s

Se on ehkä siirretty, nimetty uudelleen tai poistettu. Etsi se, niin päivitys tehdään sen uudesta paikasta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 does not fit this map's import: %2
Choose another sheet.</source>
            <translation>Taulukko %1 ei sovi tämän kartan tuontiin: %2
Valitse toinen taulukko.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source now has stages that match no stage of the map: %s.
Use Map ▸ Import metrics… to assign them.</source>
            <translation>Lähteessä on nyt vaiheita, jotka eivät vastaa mitään kartan vaihetta: %s.
Määritä ne valinnalla Kartta ▸ Tuo mittarit….</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Values to update from %s: %d.</source>
            <translation>Päivitettävät arvot tiedostosta %s: %d.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics are up to date: nothing changed in %s.</source>
            <translation>Mittarit ovat ajan tasalla: %s ei muuttunut.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>New metrics: %s.</source>
            <translation>Uudet mittarit: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>%1 has no sheet %2 any more: read from %3, which Apply remembers.</source>
            <translation>Tiedostossa %1 ei ole enää taulukkoa %2: arvot luettiin taulukosta %3, joka tallentuu, kun valitset Käytä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Left out: %s.</source>
            <translation>Jätetty pois: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source has changed and no longer fits the import: %s
%s</source>
            <translation>Lähde on muuttunut eikä enää sovi tuontiin: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics could not be refreshed; the map is unchanged.
%s</source>
            <translation>Mittareita ei voitu päivittää; kartta on ennallaan.
%s</translation>
        </message>
    </context>
    <context>
        <name>RouteMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>The text written on the arrow</source>
            <translation>Nuoleen kirjoitettu teksti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Everyone (no persona)</source>
            <translation>Kaikki (ei persoonaa)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Reverse direction</source>
            <translation>Käännä suunta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Delete route</source>
            <translation>Poista reitti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Route label</source>
            <translation>Reitin nimiö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Text on the arrow:</source>
            <translation>Teksti nuolessa:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Label…</source>
            <translation>Nimiö…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Unnamed persona</source>
            <translation>Nimetön persoona</translation>
        </message>
    </context>
    <context>
        <name>RouteTool</name>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Draw route: click a touchpoint card, then the next one. Esc to finish.</source>
            <translation>Piirrä reitti: napsauta kosketuspistekorttia ja sitten seuraavaa. Esc lopettaa.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route kept; the next arrow was not started. Click a touchpoint card to draw another route, Esc to finish.</source>
            <translation>Reitti säilytettiin; seuraavaa nuolta ei aloitettu. Piirrä uusi reitti napsauttamalla kosketuspistekorttia, Esc lopettaa.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: choose a card in a touchpoints lane.</source>
            <translation>Reitit yhdistävät kosketuspistekortteja: valitse kortti kosketuspisteiden riviltä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Arrows leaving this touchpoint deleted (Ctrl+Z brings them back).</source>
            <translation>Tästä kosketuspisteestä lähtevät nuolet poistettiin (Ctrl+Z palauttaa ne).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Now click the touchpoint the customer goes to next.</source>
            <translation>Napsauta nyt kosketuspistettä, johon asiakas siirtyy seuraavaksi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>These two touchpoints are already connected.</source>
            <translation>Nämä kaksi kosketuspistettä on jo yhdistetty.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route drawn. Click the next touchpoint to continue, Esc to finish.</source>
            <translation>Reitti piirretty. Jatka napsauttamalla seuraavaa kosketuspistettä, Esc lopettaa.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: click a card in a touchpoints lane.</source>
            <translation>Reitit yhdistävät kosketuspistekortteja: napsauta korttia kosketuspisteiden rivillä.</translation>
        </message>
    </context>
    <context>
        <name>SheetReading</name>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)</source>
            <translation>Excel-työkirjat (*.xlsx *.xlsm *.xlsb *.xls)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>LibreOffice (*.ods)</source>
            <translation>LibreOffice (*.ods)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Text tables (*.csv *.tsv *.txt)</source>
            <translation>Tekstitaulukot (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>All files (*)</source>
            <translation>Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Spreadsheets (%s)</source>
            <translation>Taulukot (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading spreadsheet</source>
            <translation>Luetaan taulukkoa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading %s…</source>
            <translation>Luetaan %s…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Moving around the map</source>
            <translation>Kartalla liikkuminen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Emotion scores</source>
            <translation>Tunnepisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Routes (Insert ▸ Draw route, R)</source>
            <translation>Reitit (Lisää ▸ Piirrä reitti, R)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Personas and metrics</source>
            <translation>Persoonat ja mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keyboard shortcuts</source>
            <translation>Pikanäppäimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keys</source>
            <translation>Näppäimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>What they do</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu commands</source>
            <translation>Valikkokomennot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Arrow keys</source>
            <translation>Nuolinäppäimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select the next card, stage or lane</source>
            <translation>Valitse seuraava kortti, vaihe tai rivi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+arrow keys</source>
            <translation>Alt+nuolinäppäimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Move the selected card, stage or lane</source>
            <translation>Siirrä valittua korttia, vaihetta tai riviä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or F2</source>
            <translation>Enter tai F2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Edit the selected item's text</source>
            <translation>Muokkaa valitun kohteen tekstiä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the selection</source>
            <translation>Tyhjennä valinta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu key</source>
            <translation>Valikkonäppäin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The context menu</source>
            <translation>Pikavalikko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Right on the Emotions lane</source>
            <translation>Oikea nuoli Tunteet-rivillä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Put the focus ring on the first persona's first point</source>
            <translation>Siirrä kohdistus ensimmäisen persoonan ensimmäiseen pisteeseen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Up / Down</source>
            <translation>Ylös / Alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Raise or lower the score (one undo step each)</source>
            <translation>Nosta tai laske pistettä (jokaisen painalluksen voi kumota erikseen)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Left / Right</source>
            <translation>Vasen / Oikea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next stage</source>
            <translation>Edellinen tai seuraava vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next persona</source>
            <translation>Edellinen tai seuraava persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Score an unscored stage (0)</source>
            <translation>Pisteytä pisteyttämätön vaihe (0)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the score</source>
            <translation>Tyhjennä piste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Back to the lane</source>
            <translation>Takaisin riville</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select a touchpoint card</source>
            <translation>Valitse kosketuspistekortti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or Space</source>
            <translation>Enter tai välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Start the route here, or draw the next arrow</source>
            <translation>Aloita reitti tästä tai piirrä seuraava nuoli</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete the arrows leaving the selected card</source>
            <translation>Poista valitusta kortista lähtevät nuolet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc, Esc</source>
            <translation>Esc, Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Stop the pending arrow, then leave the tool</source>
            <translation>Keskeytä aloitettu nuoli ja poistu sitten työkalusta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Ylös / Alt+Alas</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>In the persona editor's list: move the persona</source>
            <translation>Persoonaeditorin luettelossa: siirrä persoonaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Map ▸ Metric targets…</source>
            <translation>Kartta ▸ Mittareiden tavoitteet…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Type each metric's target; Tab applies it</source>
            <translation>Kirjoita kunkin mittarin tavoite; sarkain ottaa sen käyttöön</translation>
        </message>
    </context>
    <context>
        <name>SnapshotActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots</source>
            <translation>Tilannek&amp;uvat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Ota tilannekuva…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Keep a named, dated copy of the map inside it</source>
            <translation>Tallenna karttaan nimetty ja päivätty kopio kartasta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots…</source>
            <translation>&amp;Tilannekuvat…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Edit the to-be curves…</source>
            <translation>&amp;Muokkaa tavoitekäyriä…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Cop&amp;y the emotion curves to the to-be curves</source>
            <translation>Kopioi tunnekäyrät t&amp;avoitekäyriksi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Clear the to-be curves</source>
            <translation>T&amp;yhjennä tavoitekäyrät</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Snapshot</source>
            <translation>Tilannekuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Take snapshot</source>
            <translation>Ota tilannekuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Delete snapshot</source>
            <translation>Poista tilannekuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Mark snapshot</source>
            <translation>Merkitse tilannekuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Restore snapshot “%1”</source>
            <translation>Palauta tilannekuva ’%1’</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Set the to-be curves</source>
            <translation>Aseta tavoitekäyrät</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Clear the to-be curves</source>
            <translation>Tyhjennä tavoitekäyrät</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Edit the to-be curves</source>
            <translation>Muokkaa tavoitekäyriä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Why this version matters (optional)</source>
            <translation>Miksi tämä versio on tärkeä (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>N&amp;ote:</source>
            <translation>&amp;Huomautus:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Mark as:</source>
            <translation>&amp;Merkitse:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshots</source>
            <translation>Tilannekuvat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Ota tilannekuva…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Palauta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Compare with the map</source>
            <translation>&amp;Vertaa karttaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark &amp;as-is</source>
            <translation>Merkitse &amp;nykytilaksi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark t&amp;o-be</source>
            <translation>Merkitse t&amp;avoitetilaksi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Use its curves as &amp;to-be</source>
            <translation>Käytä sen käyriä &amp;tavoitekäyrinä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Delete</source>
            <translation>Poi&amp;sta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>as-is</source>
            <translation>nykytila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>to-be</source>
            <translation>tavoitetila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Taken</source>
            <translation>Otettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshot %1</source>
            <translation>Tilannekuva %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Damaged snapshot</source>
            <translation>Vioittunut tilannekuva</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 × %2 read from “%3”.</source>
            <translation>Luettu tiedostosta ”%3”: %1 × %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n rivi</numerusform>
                <numerusform>%n riviä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n sarake</numerusform>
                <numerusform>%n saraketta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tab</source>
            <translation>sarkain</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Space</source>
            <translation>välilyönti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet</source>
            <translation>Taulukko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.</source>
            <translation>Valitse Excel-, LibreOffice- tai CSV-tiedosto, joka on viety analytiikka-, CRM- tai kyselytyökalusta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet file</source>
            <translation>Taulukkotiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Path to a .xlsx, .xls, .ods, .csv … file</source>
            <translation>Polku .xlsx-, .xls-, .ods-, .csv- … tiedostoon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Bro&amp;wse…</source>
            <translation>Se&amp;laa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>F&amp;ile:</source>
            <translation>&amp;Tiedosto:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Sheet:</source>
            <translation>T&amp;aulukko:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Tuo mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Text file: encoding %s, delimiter “%s”.</source>
            <translation>Tekstitiedosto: merkistö %s, erotin ”%s”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Could not read this file.</source>
            <translation>Tiedostoa ei voitu lukea.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it needs more than the %1 GB of memory the reader may use, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>sen lukeminen vaatii enemmän kuin lukijalle sallitut %1 Gt muistia, joten se keskeytettiin. Karttasi on ennallaan. Kopioi tarvitsemasi tiedot pienempään tiedostoon tai vie ne CSV-muotoon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it took longer than %1 s, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>sen lukeminen kesti yli %1 s, joten se keskeytettiin. Karttasi on ennallaan. Kopioi tarvitsemasi tiedot pienempään tiedostoon tai vie ne CSV-muotoon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the spreadsheet reader stopped unexpectedly (%1) while reading it; the file is probably damaged or hostile. Your map is unchanged. Try opening it in Excel or LibreOffice and saving it again.</source>
            <translation>taulukkolukija pysähtyi odottamatta (%1) sitä lukiessaan; tiedosto on luultavasti vioittunut tai haitallinen. Karttasi on ennallaan. Kokeile avata se Excelissä tai LibreOfficessa ja tallentaa uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the reader could not be started (%1).</source>
            <translation>lukijaa ei voitu käynnistää (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_errors.py" />
            <source>reading was cancelled.</source>
            <translation>lukeminen peruttiin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>a sheet spans %1 rows x %2 columns, more than the %3 cells that can be imported safely. Copy the data you need into a new file, or export it as CSV.</source>
            <translation>taulukko kattaa %1 riviä x %2 saraketta, enemmän kuin turvallisesti tuotavat %3 solua. Kopioi tarvitsemasi tiedot uuteen tiedostoon tai vie ne CSV-muotoon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is %1 MB; files over %2 MB cannot be imported. Save only the sheet you need, or export it as CSV.</source>
            <translation>tiedosto on %1 Mt; yli %2 Mt:n tiedostoja ei voi tuoda. Tallenna vain tarvitsemasi taulukko tai vie se CSV-muotoon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file holds %1 parts, far more than any real spreadsheet; it was refused.</source>
            <translation>tiedostossa on %1 osaa, paljon enemmän kuin missään todellisessa taulukossa; se hylättiin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file would expand to %1 MB once unpacked; the limit is %2 MB. Save only the sheet you need, or export it as CSV.</source>
            <translation>tiedosto laajenisi purettuna %1 Mt:uun; raja on %2 Mt. Tallenna vain tarvitsemasi taulukko tai vie se CSV-muotoon.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is empty (0 bytes).</source>
            <translation>tiedosto on tyhjä (0 tavua).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is password-protected (encrypted). Remove the password and try again.</source>
            <translation>tiedosto on suojattu salasanalla (salattu). Poista salasana ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' would expand %2 times (to %3 MB): this looks like a zip bomb and was refused.</source>
            <translation>osa ”%1” laajenisi %2-kertaiseksi (%3 Mt): se näyttää zip-pommilta ja hylättiin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation>työkirja on suojattu salasanalla. Avaa se Excelissä tai LibreOfficessa, poista salasana (Tiedosto &gt; Tiedot &gt; Suojaa työkirja), tallenna ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the spreadsheet is password-protected. Open it in LibreOffice, remove the password (File &gt; Properties &gt; Security), save, and try again.</source>
            <translation>laskentataulukko on suojattu salasanalla. Avaa se LibreOfficessa, poista salasana (Tiedosto &gt; Ominaisuudet &gt; Suojaus), tallenna ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' declares XML entities (a DOCTYPE), which spreadsheets never need and XML bombs use; the file was refused.</source>
            <translation>osa ”%1” määrittelee XML-entiteettejä (DOCTYPE), joita taulukot eivät koskaan tarvitse mutta XML-pommit käyttävät; tiedosto hylättiin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' does not start like XML; it is damaged or unsafe.</source>
            <translation>osa ”%1” ei ala kuten XML; se on vioittunut tai vaarallinen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' holds a single XML tag over %2 MB; the file is damaged or unsafe.</source>
            <translation>osassa ”%1” on yksittäinen yli %2 Mt:n XML-tagi; tiedosto on vioittunut tai vaarallinen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is a plain text file, not a table: no commas, semicolons or tabs divide it into columns. Choose a spreadsheet or a .csv / .tsv file.</source>
            <translation>tämä on pelkkä tekstitiedosto, ei taulukko: mikään pilkku, puolipiste tai sarkain ei jaa sitä sarakkeisiin. Valitse laskentataulukko tai .csv- / .tsv-tiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line is longer than %1 MB, so it is not a table of rows (is it really a CSV file?).</source>
            <translation>sen ensimmäinen rivi on yli %1 Mt, joten se ei ole rivitaulukko (onko se varmasti CSV-tiedosto?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line has %1 columns; spreadsheets hold at most %2, so this is not a table that can be imported.</source>
            <translation>sen ensimmäisellä rivillä on %1 saraketta; laskentataulukoissa on enintään %2, joten tätä taulukkoa ei voi tuoda.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has no data in it.</source>
            <translation>tiedostossa ei ole tietoja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file is not valid CSV near line %1 (%2).</source>
            <translation>tiedosto ei ole kelvollista CSV:tä rivin %1 kohdalla (%2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: it holds binary data, not text. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>tämä ei ole teksti- (CSV-) tiedosto: siinä on binääridataa, ei tekstiä. Valitse työkalustasi viety .csv tai alkuperäinen työkirja (tai kerro merkistö valitsimella --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: its bytes do not read as text in any usual encoding. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>tämä ei ole teksti- (CSV-) tiedosto: sen tavut eivät lue tekstinä millään tavallisella merkistöllä. Valitse työkalustasi viety .csv tai alkuperäinen työkirja (tai kerro merkistö valitsimella --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>'%1' is not an encoding this program knows (try cp1250, cp1253, utf-8).</source>
            <translation>”%1” ei ole tämän ohjelman tuntema merkistö (kokeile cp1250, cp1253, utf-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has more than %1 cells, too many to import.</source>
            <translation>tiedostossa on yli %1 solua, liian monta tuotavaksi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is not really a %1 workbook: it is damaged, or another kind of file was given this name.</source>
            <translation>tiedosto ei oikeasti ole %1-työkirja: se on vioittunut, tai jokin muu tiedosto on nimetty näin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is damaged or is not a valid spreadsheet, so it cannot be read. Try opening it in Excel or LibreOffice and saving it again. (Details: %1)</source>
            <translation>tiedosto on vioittunut tai se ei ole kelvollinen laskentataulukko, joten sitä ei voi lukea. Kokeile avata se Excelissä tai LibreOfficessa ja tallentaa uudelleen. (Tiedot: %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is not a spreadsheet file. Choose an .xlsx, .xlsm, .xlsb, .xls, .ods, .csv or .tsv file.</source>
            <translation>tämä ei ole taulukkotiedosto. Valitse .xlsx-, .xlsm-, .xlsb-, .xls-, .ods-, .csv- tai .tsv-tiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password, save, and try again.</source>
            <translation>työkirja on suojattu salasanalla. Avaa se Excelissä tai LibreOfficessa, poista salasana, tallenna ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is too large to import safely (%1).</source>
            <translation>tiedosto on liian suuri tuotavaksi turvallisesti (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file uses a compression method that cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
            <translation>tiedosto käyttää pakkausmenetelmää, jota ei voi lukea (%1). Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file does not exist (was it moved or renamed?).</source>
            <translation>tiedostoa ei ole (onko se siirretty tai nimetty uudelleen?).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is a folder, not a spreadsheet file.</source>
            <translation>tämä on kansio, ei taulukkotiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file cannot be opened (%1).</source>
            <translation>tiedostoa ei voi avata (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook has no worksheets (only charts or macros).</source>
            <translation>työkirjassa ei ole laskentataulukoita (vain kaavioita tai makroja).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>there is no sheet named '%1' (its sheets: %2).</source>
            <translation>taulukkoa nimeltä ”%1” ei ole (sen taulukot: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet cannot be found (%1).</source>
            <translation>taulukkoa ei löydy (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet '%1' has %2 rows x %3 columns, too many to import.</source>
            <translation>taulukossa ”%1” on %2 riviä x %3 saraketta, liian monta tuotavaksi.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/xlsb_guard.py" />
            <source>the part '%1' is damaged (a broken record).</source>
            <translation>osa ”%1” on vioittunut (rikkinäinen tietue).</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage names were matched ignoring case, accents and spacing. Decide what happens to the ones that match no stage of the map.</source>
            <translation>Vaiheiden nimet yhdistettiin kirjainkoosta, aksenteista ja välilyönneistä välittämättä. Päätä, mitä tehdään niille, jotka eivät vastaa mitään kartan vaihetta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet stages and map stages</source>
            <translation>Taulukon vaiheet ja kartan vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>In the spreadsheet</source>
            <translation>Taulukossa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>On the map</source>
            <translation>Kartalla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Skip these rows</source>
            <translation>Ohita nämä rivit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Every sheet stage has a place on the map.</source>
            <translation>Jokaisella taulukon vaiheella on paikka kartalla.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 (%n rows, no match)</source>
            <translation>
                <numerusform>%1 (%n rivi, ei vastinetta)</numerusform>
                <numerusform>%1 (%n riviä, ei vastinetta)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>— choose —</source>
            <translation>— valitse —</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Create new stage “%s”</source>
            <translation>Luo uusi vaihe ”%s”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&lt;b&gt;Still to decide:&lt;/b&gt; %s</source>
            <translation>&lt;b&gt;Vielä päättämättä:&lt;/b&gt; %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Matched nothing: %s</source>
            <translation>Ei vastinetta: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start — cjm-desktop</source>
            <translation>Aloitus — cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Customer journey maps</source>
            <translation>Asiakaspolkukartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start from a template, open a map, or pick up where you left off.</source>
            <translation>Aloita mallipohjasta, avaa kartta tai jatka siitä, mihin jäit.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Open the &amp;sample map</source>
            <translation>Avaa &amp;esimerkkikartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>No recent maps yet: maps you open or save appear here.</source>
            <translation>Ei vielä viimeaikaisia karttoja: avaamasi ja tallentamasi kartat näkyvät tässä.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>New map from a &amp;template</source>
            <translation>Uusi kartta &amp;mallipohjasta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Recent maps</source>
            <translation>&amp;Viimeaikaiset kartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>This file was moved or deleted.</source>
            <translation>Tämä tiedosto on siirretty tai poistettu.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>%1 (missing)
%2</source>
            <translation>%1 (puuttuu)
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
                <numerusform>%n vaihe</numerusform>
                <numerusform>%n vaihetta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n lanes</source>
            <translation>
                <numerusform>%n rivi</numerusform>
                <numerusform>%n riviä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n kortti</numerusform>
                <numerusform>%n korttia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>New from template</source>
            <translation>Uusi mallipohjasta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Templates</source>
            <translation>Mallipohjat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>This template cannot be read.</source>
            <translation>Tätä mallipohjaa ei voi lukea.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Persona: %s</source>
            <translation>Persoona: %s</translation>
        </message>
    </context>
    <context>
        <name>TimerLabel</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Workshop timer: T starts and stops it</source>
            <translation>Työpajan ajastin: T käynnistää ja pysäyttää sen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Time's up · %s</source>
            <translation>Aika loppui · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Last minute · %s</source>
            <translation>Viimeinen minuutti · %s</translation>
        </message>
    </context>
    <context>
        <name>ToBeDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>To-be curves</source>
            <translation>Tavoitekäyrät</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>The score each persona should reach; drawn dashed on the map (— for none).</source>
            <translation>Pisteet, jotka kunkin persoonan pitäisi saavuttaa; piirretään kartalle katkoviivalla (— ei tavoitetta).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>Score the as-is curve at this stage first</source>
            <translation>Pisteytä ensin nykytilan käyrä tässä vaiheessa</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Redo</source>
            <translation>Tee uudelleen</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflicts</source>
            <translation>Yhdistämisristiriidat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflict in %1, field “%2”: kept ours “%3”; theirs was “%4”.</source>
            <translation>Yhdistämisristiriita: %1, kenttä ”%2”: säilytettiin oma arvo ”%3”; toisen arvo oli ”%4”.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>cjm-desktop diff: give OLD.cjm NEW.cjm</source>
            <translation>cjm-desktop diff: anna OLD.cjm NEW.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the voting settings</source>
            <translation>äänestysasetukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the map</source>
            <translation>kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the metrics source</source>
            <translation>mittareiden lähde</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”, persona “%4”</source>
            <translation>mittari ”%1” vaiheessa ”%2”, kosketuspiste ”%3”, persoona ”%4”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”</source>
            <translation>mittari ”%1” vaiheessa ”%2”, kosketuspiste ”%3”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>stage “%1”</source>
            <translation>vaihe ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>lane “%1”</source>
            <translation>rivi ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>persona “%1”</source>
            <translation>persoona ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>channel “%1”</source>
            <translation>kanava ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1”</source>
            <translation>mittari ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>snapshot “%1”</source>
            <translation>tilannekuva ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, persona “%3”</source>
            <translation>mittari ”%1” vaiheessa ”%2”, persoona ”%3”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2</source>
            <translation>mittari ”%1” vaiheessa ”%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>emotion of %1 at %2</source>
            <translation>persoonan ”%1” tunne vaiheessa ”%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>route “%1” → “%2”</source>
            <translation>reitti ”%1” → ”%2”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>card “%1” (%2 / %3)</source>
            <translation>kortti ”%1” (%2 / %3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>%1: the merge could not make a valid map: %2</source>
            <translation>%1: yhdistämisestä ei syntynyt kelvollista karttaa: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, edited on the other.</source>
            <translation>Säilytetty: %1 – poistettu toisella puolella, muokattu toisella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, still used on the other.</source>
            <translation>Säilytetty: %1 – poistettu toisella puolella, yhä käytössä toisella.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved to a new position</source>
            <translation>siirretty uuteen paikkaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Changes: %1</source>
            <translation>Muutokset: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved from %1 to %2</source>
            <translation>siirretty kohdasta %1 kohtaan %2</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Palauta asettelu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>I&amp;nspector</source>
            <translation>Tarkastel&amp;ija</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>His&amp;tory</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>P&amp;ersonas</source>
            <translation>Persoon&amp;at</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>&amp;Dot voting</source>
            <translation>Pisteäänest&amp;ys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics &amp;grid</source>
            <translation>Mittaritaulu&amp;kko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>C&amp;hanges</source>
            <translation>M&amp;uutokset</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant</source>
            <translation>Pisteitä osallistujaa kohden</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant:</source>
            <translation>Pisteitä osallistujaa kohden:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on</source>
            <translation>Rivit, joilla voi äänestää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Next participant</source>
            <translation>Seuraava osallistuja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.</source>
            <translation>Napsauta korttia lisätäksesi pisteen; oikea napsautus tai napsautus Vaihto- tai Alt-näppäimen kanssa ottaa pisteesi takaisin.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards</source>
            <translation>Eniten ääniä saaneet kortit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Reset votes</source>
            <translation>Nollaa äänet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on:</source>
            <translation>Rivit, joilla voi äänestää:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards:</source>
            <translation>Eniten ääniä saaneet kortit:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>At least one lane must stay open to votes.</source>
            <translation>Vähintään yhden rivin on oltava avoinna äänestykselle.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Stop voting</source>
            <translation>Lopeta äänestys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Start voting</source>
            <translation>Aloita äänestys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>(empty card)</source>
            <translation>(tyhjä kortti)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Present</source>
            <translation>&amp;Esitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Show the map full screen for a workshop (Esc leaves)</source>
            <translation>Näytä kartta koko näytöllä työpajaa varten (Esc poistuu)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Present &amp;on</source>
            <translation>Esitä &amp;näytöllä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Dot voting</source>
            <translation>Pisteäänestys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Dot voting…</source>
            <translation>Pisteää&amp;nestys…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Reset &amp;votes</source>
            <translation>Noll&amp;aa äänet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Workshop &amp;timer</source>
            <translation>Työpajan a&amp;jastin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Start / stop (T while presenting)</source>
            <translation>&amp;Käynnistä / pysäytä (T esityksen aikana)</translation>
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
            <translation>← → vaiheet · Home/End · O yleiskuva · ↑ ↓ vieritys · + − zoomaus · H piilota tyhjät rivit · L yksi rivi · 1–9 kirjaa riville · B musta ruutu · T ajastin (Vaihto+T: 1/3/5/10 min) · V äänestys · N seuraava osallistuja · Ctrl+Z kumoa · F1 näppäimet · Esc takaisin / poistu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>End presentation</source>
            <translation>Lopeta esitys</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Start / stop (T)</source>
            <translation>Käynnistä / pysäytä (T)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Voting on/off (V)</source>
            <translation>Äänestys päälle/pois (V)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Next participant (N)</source>
            <translation>Seuraava osallistuja (N)</translation>
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
            <translation>näytä ohjelman versio ja lopeta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>käyttö: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>sijaintiargumentit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>options</source>
            <translation>valitsimet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>näytä tämä ohje ja lopeta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumentti %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>tarvitsee arvon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>tarvitsee vähintään yhden arvon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>virheellinen valinta: %(value)r (vaihtoehdot: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>virheellinen %(type)s-arvo: %(value)r</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>jokin argumenteista %s on pakollinen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>moniselitteinen valitsin: %(option)s voi tarkoittaa valitsimia %(matches)s</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>Addressed by %n</source>
            <translation>
                <numerusform>%n ratkaisuehdotus</numerusform>
                <numerusform>%n ratkaisuehdotusta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ 1 pain point</source>
            <translation>→ 1 kipupiste</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ %n pain points</source>
            <translation>
                <numerusform>→ %n kipupiste</numerusform>
                <numerusform>→ %n kipupistettä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Interview</source>
            <translation>Haastattelu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Survey</source>
            <translation>Kysely</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Support ticket</source>
            <translation>Tukipyyntö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Review</source>
            <translation>Arvostelu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Minor</source>
            <translation>Lievä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Moderate</source>
            <translation>Kohtalainen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Severe</source>
            <translation>Vakava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>MOMENT OF TRUTH</source>
            <translation>TOTUUDEN HETKI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Picture cannot be shown</source>
            <translation>Kuvaa ei voi näyttää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>No picture yet</source>
            <translation>Ei vielä kuvaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Quick win</source>
            <translation>Nopea voitto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>online</source>
            <translation>verkossa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>offline</source>
            <translation>muualla</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Impact %d/3</source>
            <translation>Vaikutus %d/3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Effort %d/3</source>
            <translation>Työmäärä %d/3</translation>
        </message>
    </context>
    <context>
        <name>channel</name>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Web</source>
            <translation>Verkko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Mobile app</source>
            <translation>Mobiilisovellus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Phone / call centre</source>
            <translation>Puhelinpalvelu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Store</source>
            <translation>Myymälä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Social network</source>
            <translation>Sosiaalinen media</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Messaging / chat</source>
            <translation>Pikaviestit / chat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Courier / delivery</source>
            <translation>Kuriiri / toimitus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Partner</source>
            <translation>Kumppani</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Search engine</source>
            <translation>Hakukone</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Ads / retargeting</source>
            <translation>Mainos / retargeting</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Push notification</source>
            <translation>Push-ilmoitus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Review site</source>
            <translation>Arvostelusivusto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Product configurator</source>
            <translation>Tuotekonfiguraattori</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Call-back request</source>
            <translation>Soittopyyntö</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>An offline editor for customer journey maps. With no file, shows the start page.</source>
            <translation>Asiakaspolkukarttojen editori, joka toimii ilman verkkoyhteyttä. Ilman tiedostoa näyttää aloitussivun.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>maps to open</source>
            <translation>avattavat kartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>language of the user interface (default: the Preferences setting, else the system's)</source>
            <translation>käyttöliittymän kieli (oletus: Asetusten valinta, muuten järjestelmän kieli)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>start with an empty map instead of the start page</source>
            <translation>aloita tyhjällä kartalla aloitussivun sijaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>theme for this run (default: the Preferences setting); the map follows it on screen</source>
            <translation>tämän käynnistyksen teema (oletus: Asetusten valinta); kartta seuraa sitä näytöllä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>Headless commands (run 'cjm-desktop COMMAND --help'): %1</source>
            <translation>Komennot ilman ikkunaa (ohje: 'cjm-desktop KOMENTO --help'): %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>export maps as PNG, PDF or SVG</source>
            <translation>vie kartat PNG-, PDF- tai SVG-muotoon</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>import metrics per stage from a spreadsheet</source>
            <translation>tuo vaiheiden mittarit taulukosta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>check that maps open</source>
            <translation>tarkista, että kartat aukeavat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>create a new map file</source>
            <translation>luo uusi karttatiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>list what changed between two maps (git's diff driver)</source>
            <translation>luettele kahden kartan erot (gitin diff-ajuri)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>three-way merge of two edited copies of a map (git's merge driver)</source>
            <translation>yhdistä kartan kaksi muokattua kopiota kolmitiesti (gitin merge-ajuri)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>unrecognized arguments: %1</source>
            <translation>tuntemattomia argumentteja: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>the following arguments are required: %1</source>
            <translation>seuraavat argumentit ovat pakollisia: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cjm-desktop: '%s' is neither a sub-command nor an existing file.</source>
            <translation>cjm-desktop: ”%s” ei ole alikomento eikä olemassa oleva tiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cancelled</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Did you mean '%s'?</source>
            <translation>Tarkoititko ”%s”?</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Sub-commands (run 'cjm-desktop COMMAND --help' for their options):</source>
            <translation>Alikomennot (niiden valitsimet: 'cjm-desktop KOMENTO --help'):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>%1: error: %2</source>
            <translation>%1: virhe: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: these sheet stages match no stage of %2: %3.
Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.
The map's stages are: %4.</source>
            <translation>%1: nämä taulukon vaiheet eivät vastaa mitään kartan %2 vaihetta: %3.
Kohdista ne valitsimella --map-stage 'TAULUKKO=VAIHE' tai käytä valitsinta --create-stages tai --skip-unmatched.
Kartan vaiheet: %4.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: no metric columns with numbers were found (check --layout and --header-row; text numbers such as '1 234,50 €' are read, but other text is not). %2</source>
            <translation>%1: lukuja sisältäviä mittarisarakkeita ei löytynyt (tarkista --layout ja --header-row; tekstinä olevat luvut kuten '1 234,50 €' luetaan, muu teksti ei). %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>(blank)</source>
            <translation>(tyhjä)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>Its first row reads: %1.</source>
            <translation>Sen ensimmäinen rivi: %1.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: left out %2</source>
            <translation>%1: jätetty pois %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1' should read SHEET=STAGE (or SHEET= to skip).</source>
            <translation>--map-stage ”%1” pitäisi kirjoittaa muodossa TAULUKKO=VAIHE (tai TAULUKKO= ohittaaksesi).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1': the map has no stage '%2'. Its stages are: %3.</source>
            <translation>--map-stage ”%1”: kartalla ei ole vaihetta ”%2”. Sen vaiheet: %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation>
                <numerusform>%1: %n mittari (%2); vaiheita, joilla on arvoja: %3</numerusform>
                <numerusform>%1: %n mittaria (%2); vaiheita, joilla on arvoja: %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Import metrics per stage from a spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) into a map, headless. Layout, header row, stage and date columns, the encoding and the decimal mark are detected unless given.</source>
            <translation>Tuo vaiheiden mittarit taulukosta (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) karttaan ilman ikkunaa. Asettelu, otsikkorivi, vaihe- ja päivämääräsarakkeet, merkistö ja desimaalierotin tunnistetaan, ellei niitä anneta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Sheet stages that match no stage of the map (ignoring case, accents and spacing) stop the import unless --map-stage, --create-stages or --skip-unmatched says what to do with them. Exit status is 1 on any failure; OUT.cjm is only written when the import succeeds.</source>
            <translation>Taulukon vaiheet, jotka eivät vastaa mitään kartan vaihetta (kirjainkokoa, tarkkeita ja välejä huomioimatta), keskeyttävät tuonnin, ellei --map-stage, --create-stages tai --skip-unmatched kerro, mitä niille tehdään. Paluuarvo on 1 kaikissa virheissä; OUT.cjm kirjoitetaan vain, kun tuonti onnistuu.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the map that receives the metrics</source>
            <translation>kartta, johon mittarit tuodaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the spreadsheet or text file (.csv, .tsv) to read</source>
            <translation>luettava taulukko tai tekstitiedosto (.csv, .tsv)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>where to write the map</source>
            <translation>minne kartta kirjoitetaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>worksheet name (default: the first)</source>
            <translation>laskentataulukon nimi (oletus: ensimmäinen)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>rows: a stage column and metric columns; columns: a column per stage; long: stage, metric and value columns (default: guessed)</source>
            <translation>rows: vaihesarake ja mittarisarakkeet; columns: sarake kutakin vaihetta kohden; long: vaihe-, mittari- ja arvosarakkeet (oletus: arvataan)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>sheet row of the column names, counted from 1 (0 = no header; default: detected)</source>
            <translation>sarakenimien rivi taulukossa, 1:stä alkaen (0 = ei otsikkoa; oletus: tunnistetaan)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with the stage names (header text)</source>
            <translation>vaiheiden nimet sisältävä sarake (otsikon teksti)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with dates: values also form a time series</source>
            <translation>päivämääräsarake: arvoista muodostuu myös aikasarja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>ignore any date column</source>
            <translation>ohita päivämääräsarakkeet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a touchpoint card of the row's stage: its values go onto that card</source>
            <translation>sarake, joka nimeää rivin vaiheen kosketuspistekortin: arvot menevät tälle kortille</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a persona (or a segment): values per persona</source>
            <translation>persoonan (tai segmentin) nimeävä sarake: arvot persoonittain</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long/columns layouts: column with the metric names</source>
            <translation>long- ja columns-asettelu: mittarien nimet sisältävä sarake</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long layout: column with the values</source>
            <translation>long-asettelu: arvot sisältävä sarake</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how rows landing on one stage combine, for every metric (default: per metric, sum for counts and mean otherwise)</source>
            <translation>miten samaan vaiheeseen osuvat rivit yhdistetään, kaikille mittareille (oletus: mittarikohtaisesti, lukumäärille summa ja muuten keskiarvo)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>send a sheet stage to a map stage (by name); 'SHEET=' skips it; repeatable</source>
            <translation>ohjaa taulukon vaihe kartan vaiheeseen (nimellä); 'SHEET=' ohittaa sen; toistettava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>create a new stage per unmatched name</source>
            <translation>luo uusi vaihe kullekin vastineettomalle nimelle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>leave the rows of unmatched names out</source>
            <translation>jätä vastineettomien nimien rivit pois</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how text numbers write decimals: dot (12.5, 1,234.5), comma (12,5, 1.234,5 or 1 234,5), or auto: decided per column from the file, then the map's number locale; a column that still reads two ways (12.500) stops the import (default: auto)</source>
            <translation>miten tekstinä olevat luvut merkitsevät desimaalit: dot (12.5, 1,234.5), comma (12,5, 1.234,5 tai 1 234,5) tai auto: päätetään sarakkeittain tiedostosta, sitten kartan lukumuodosta; sarake, joka on yhä luettavissa kahdella tavalla (12.500), keskeyttää tuonnin (oletus: auto)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>text files: their encoding (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; default: detected)</source>
            <translation>tekstitiedostot: niiden merkistö (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; oletus: tunnistetaan)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>print what would be imported and write nothing</source>
            <translation>tulosta, mitä tuotaisiin, äläkä kirjoita mitään</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>overwrite OUT.cjm if it exists</source>
            <translation>korvaa OUT.cjm, jos se on olemassa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>import-metrics: -o OUT.cjm is required (or use --dry-run)</source>
            <translation>import-metrics: -o OUT.cjm on pakollinen (tai käytä valitsinta --dry-run)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: already exists (use --force to overwrite)</source>
            <translation>%1: on jo olemassa (korvaa valitsimella --force)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: dry run, nothing was written</source>
            <translation>%1: kuivaharjoitus, mitään ei kirjoitettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>  new stages: %1</source>
            <translation>  uudet vaiheet: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: is a folder; give the new map's file name, e.g. %2</source>
            <translation>%1: on kansio; anna uuden kartan tiedostonimi, esim. %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: no template called '%1' (choose from %2)</source>
            <translation>cjm-desktop new: pohjaa nimeltä ”%1” ei ole (valitse näistä: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>Create a new map file.</source>
            <translation>Luo uusi karttatiedosto.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the new map file (.cjm)</source>
            <translation>uusi karttatiedosto (.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the map's title</source>
            <translation>kartan otsikko</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from the bundled sample map</source>
            <translation>aloita mukana tulevasta esimerkkikartasta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>overwrite an existing file</source>
            <translation>korvaa olemassa oleva tiedosto</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: choose --sample or --template, not both</source>
            <translation>cjm-desktop new: valitse --sample tai --template, ei molempia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from a bundled template: %1</source>
            <translation>aloita mukana tulevasta mallista: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: a map's file name ends in .cjm, e.g. %2.cjm</source>
            <translation>%1: kartan tiedostonimen pääte on .cjm, esim. %2.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>Check that maps open; report problems.</source>
            <translation>Tarkista, että kartat aukeavat; kerro ongelmista.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>the maps to check</source>
            <translation>tarkistettavat kartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>%1: ok (stages: %2, lanes: %3, cards: %4)</source>
            <translation>%1: ok (vaiheita: %2, rivejä: %3, kortteja: %4)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>Export maps as PNG, PDF or SVG images, headless (no display needed).</source>
            <translation>Vie kartat PNG-, PDF- tai SVG-kuviksi ilman ikkunaa (näyttöä ei tarvita).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>With several maps, -o is a folder or a pattern with {name} (the map's file name without .cjm), e.g. -o 'out/{name}.pdf'. Exit status is non-zero when any map fails.</source>
            <translation>Useilla kartoilla -o on kansio tai malli, jossa on {name} (kartan tiedostonimi ilman .cjm-päätettä), esim. -o 'out/{name}.pdf'. Paluuarvo on nollasta poikkeava, jos jokin kartta epäonnistuu.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>the maps to export</source>
            <translation>vietävät kartat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>output file (.png, .pdf, .svg), folder, or {name} pattern</source>
            <translation>tulostiedosto (.png, .pdf, .svg), kansio tai {name}-malli</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>format when -o is a folder (default png)</source>
            <translation>muoto, kun -o on kansio (oletus png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG resolution in dots per inch (96 = 100 %%)</source>
            <translation>PNG-tarkkuus pisteinä tuumalle (96 = 100 %%)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG/SVG: no white background</source>
            <translation>PNG/SVG: ei valkoista taustaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>only these stages, counted from 1, e.g. 2-4 or 1,3</source>
            <translation>vain nämä vaiheet 1:stä laskien, esim. 2-4 tai 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>export the persona profiles instead of the map</source>
            <translation>vie persoonaprofiilit kartan sijaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>add the map title, date and personas on top</source>
            <translation>lisää ylös kartan otsikko, päivämäärä ja persoonat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF paper (default A3; Fit = the map's size)</source>
            <translation>PDF-paperi (oletus A3; Fit = kartan koko)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: landscape pages (default)</source>
            <translation>PDF: vaakasivut (oletus)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: portrait pages</source>
            <translation>PDF: pystysivut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF page margin in mm (default 10)</source>
            <translation>PDF-sivun marginaali millimetreinä (oletus 10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: a poster tiled over several pages with crop marks</source>
            <translation>PDF: juliste usealle sivulle paloiteltuna leikkuumerkein</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>one page (PDF) or one file (PNG/SVG) per stage</source>
            <translation>yksi sivu (PDF) tai tiedosto (PNG/SVG) vaihetta kohden</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: print size, 1 = screen size (96 px per inch)</source>
            <translation>--tiles: tulostekoko, 1 = näytön koko (96 px tuumalle)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: overlap between pages in mm</source>
            <translation>--tiles: sivujen limitys millimetreinä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: the author named in the document's properties</source>
            <translation>PDF: asiakirjan ominaisuuksissa mainittu tekijä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: add pages listing each card's evidence level and evidence, stage by stage</source>
            <translation>PDF: lisää sivut, joilla luetellaan vaiheittain kunkin kortin näytön taso ja näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>SVG: real text (default) or outlines that look identical without the fonts</source>
            <translation>SVG: oikea teksti (oletus) tai ääriviivat, jotka näyttävät samalta ilman fontteja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>print progress and timings</source>
            <translation>tulosta eteneminen ja ajoitukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG pixels per canvas pixel, %1-%2 (default 2)</source>
            <translation>PNG-pikseleitä piirtoalueen pikseliä kohden, %1–%2 (oletus 2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>List what changed between two maps: stages, lanes, cards, personas, emotion scores, metrics, routes; text changes word by word ([-removed-]{+added+}). Exit status: 0 same, 1 different, 2 error. Given git's seven external-diff arguments it prints the changes and exits 0, as git expects of a diff driver.</source>
            <translation>Luettele kahden kartan erot: vaiheet, rivit, kortit, persoonat, tunnepisteet, mittarit, reitit; tekstimuutokset sana sanalta ([-poistettu-]{+lisätty+}). Paluuarvo: 0 samat, 1 eri, 2 virhe. Kun saa gitin seitsemän external-diff-argumenttia, tulostaa muutokset ja palauttaa 0, kuten git odottaa diff-ajurilta.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>OLD.cjm NEW.cjm (or git's 7 arguments)</source>
            <translation>OLD.cjm NEW.cjm (tai gitin 7 argumenttia)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>text for people, json for tools</source>
            <translation>text ihmisille, json työkaluille</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>Combine the changes of two copies of a map edited from a common BASE. A field changed differently on both sides keeps OURS and becomes a conflict note card in the merged map. Exit status: 0 clean, 1 with conflicts, 2 on error (nothing written).</source>
            <translation>Yhdistä yhteisestä BASE-versiosta muokatun kartan kahden kopion muutokset. Kenttä, jota on muutettu eri tavoin molemmilla puolilla, saa OURS-arvon ja siitä tulee ristiriitamuistiinpanokortti yhdistettyyn karttaan. Paluuarvo: 0 puhdas, 1 ristiriitoja, 2 virhe (mitään ei kirjoiteta).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the common version both copies were edited from</source>
            <translation>yhteinen versio, josta molempia kopioita muokattiin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>our edited copy</source>
            <translation>oma muokattu kopiomme</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>their edited copy</source>
            <translation>toisen osapuolen muokattu kopio</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the merged map (may be OURS)</source>
            <translation>yhdistetty kartta (voi olla OURS)</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit channel</source>
            <translation>Muokkaa kanavaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Add channel</source>
            <translation>Lisää kanava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Move channel</source>
            <translation>Siirrä kanava</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation>
                <numerusform>Poista %n kanava</numerusform>
                <numerusform>Poista %n kanavaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove channel</source>
            <translation>Poista kanava</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit card</source>
            <translation>Muokkaa korttia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit persona</source>
            <translation>Muokkaa persoonaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Customer actions</source>
            <translation>Asiakkaan toiminta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Thoughts</source>
            <translation>Ajatukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Goals &amp; expectations</source>
            <translation>Tavoitteet ja odotukset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Emotions</source>
            <translation>Tunteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Opportunities</source>
            <translation>Mahdollisuudet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Moments of truth</source>
            <translation>Totuuden hetket</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Quotes</source>
            <translation>Sitaatit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Calls to action</source>
            <translation>Toimintakehotteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>Metrics</source>
            <translation>Mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Backstage</source>
            <translation>Kulissien takana</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Storyboard</source>
            <translation>Kuvakäsikirjoitus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move card</source>
            <translation>Siirrä kortti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation>
                <numerusform>Siirrä %n kortti</numerusform>
                <numerusform>Siirrä %n korttia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Edit %s</source>
            <translation>Muokkaa kenttää ’%s’</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add stage</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add lane</source>
            <translation>Lisää rivi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add card</source>
            <translation>Lisää kortti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete cards</source>
            <translation>Poista kortit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate card</source>
            <translation>Monista kortti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>Monista %n kortti</numerusform>
                <numerusform>Monista %n korttia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move stage</source>
            <translation>Siirrä vaihe</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move lane</source>
            <translation>Siirrä rivi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete routes</source>
            <translation>Poista reitit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete metric values</source>
            <translation>Poista mittariarvot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stage</source>
            <translation>Poista vaihe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation>
                <numerusform>Poista %n vaihe</numerusform>
                <numerusform>Poista %n vaihetta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stages</source>
            <translation>Poista vaiheet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lane</source>
            <translation>Poista rivi</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation>
                <numerusform>Poista %n rivi</numerusform>
                <numerusform>Poista %n riviä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lanes</source>
            <translation>Poista rivit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metric values</source>
            <translation>Aseta mittariarvot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste card</source>
            <translation>Liitä kortti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation>
                <numerusform>Liitä %n kortti</numerusform>
                <numerusform>Liitä %n korttia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Stage %d</source>
            <translation>Vaihe %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete card</source>
            <translation>Poista kortti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation>
                <numerusform>Poista %n kortti</numerusform>
                <numerusform>Poista %n korttia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Unlink pain points</source>
            <translation>Poista kipupisteiden linkit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete emotion scores</source>
            <translation>Poista tunnepisteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Update voting lanes</source>
            <translation>Päivitä äänestysrivit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Add evidence</source>
            <translation>Lisää näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Edit evidence</source>
            <translation>Muokkaa näyttöä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Remove evidence</source>
            <translation>Poista näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Move evidence</source>
            <translation>Siirrä näyttöä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Update evidence file paths</source>
            <translation>Päivitä näytön tiedostopolut</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Set evidence level</source>
            <translation>Aseta näytön taso</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/funnel_edits.py" />
            <source>Choose funnel metric</source>
            <translation>Valitse suppilon mittari</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Refresh metrics</source>
            <translation>Päivitä mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Import metrics</source>
            <translation>Tuo mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metrics</source>
            <translation>Aseta mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add stages</source>
            <translation>Lisää vaiheita</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Remember metrics source</source>
            <translation>Muista mittareiden lähde</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Edit metric</source>
            <translation>Muokkaa mittaria</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Type metric value</source>
            <translation>Kirjoita mittarin arvo</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Add metric</source>
            <translation>Lisää mittari</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation>
                <numerusform>Poista %n mittari</numerusform>
                <numerusform>Poista %n mittaria</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete metrics</source>
            <translation>Poista mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set persona photo</source>
            <translation>Aseta persoonan valokuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Remove persona photo</source>
            <translation>Poista persoonan valokuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Show persona curve</source>
            <translation>Näytä persoonan käyrä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Hide persona curve</source>
            <translation>Piilota persoonan käyrä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>%s (copy)</source>
            <translation>%s (kopio)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete persona</source>
            <translation>Poista persoona</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation>
                <numerusform>Poista %n persoona</numerusform>
                <numerusform>Poista %n persoonaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit emotion note</source>
            <translation>Muokkaa tunnemerkintää</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Add persona</source>
            <translation>Lisää persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Duplicate persona</source>
            <translation>Monista persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Clear emotion score</source>
            <translation>Tyhjennä tunnepiste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Move persona</source>
            <translation>Siirrä persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set emotion score</source>
            <translation>Aseta tunnepiste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Persona %d</source>
            <translation>Persoona %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Copy emotion curve</source>
            <translation>Kopioi tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Unlink persona</source>
            <translation>Irrota persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>These sheet stages match no stage of the map: %s</source>
            <translation>Nämä taulukon vaiheet eivät vastaa mitään kartan vaihetta: %s</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1 does not apply to %2 files and is ignored</source>
            <translation>cjm-desktop export: %1 ei koske %2-tiedostoja, ja se ohitetaan</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: with several maps, -o must be a folder or contain {name}</source>
            <translation>%1: useilla kartoilla -o:n on oltava kansio tai sisällettävä {name}</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: %2 in %3 s</source>
            <translation>%1: %2, %3 s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1</source>
            <translation>cjm-desktop export: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>a PowerPoint export shows the whole map or some stages</source>
            <translation>PowerPoint-vienti näyttää koko kartan tai joitakin vaiheita</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>no stages chosen</source>
            <translation>vaiheita ei ole valittu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>%1: unknown file type '.%2' (use .png, .pdf, .svg or .pptx)</source>
            <translation>%1: tuntematon tiedostotyyppi ”.%2” (käytä .png, .pdf, .svg tai .pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' names no stages</source>
            <translation>”%1” ei nimeä yhtään vaihetta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown format '%1' (use png, pdf, svg or pptx)</source>
            <translation>tuntematon muoto ”%1” (käytä png, pdf, svg tai pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown region '%1'</source>
            <translation>tuntematon alue ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>DPI %1 is out of range (10-2400)</source>
            <translation>DPI %1 on sallitun alueen ulkopuolella (10–2400)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>scale %1 is out of range (%2-%3)</source>
            <translation>mittakaava %1 on sallitun alueen ulkopuolella (%2–%3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown page size '%1' (use %2)</source>
            <translation>tuntematon sivukoko ”%1” (käytä: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown PDF layout '%1'</source>
            <translation>tuntematon PDF-asettelu ”%1”</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>margin %1 mm is out of range (0-100)</source>
            <translation>marginaali %1 mm on sallitun alueen ulkopuolella (0–100)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>poster scale %1 is out of range (0.05-10)</source>
            <translation>julisteen mittakaava %1 on sallitun alueen ulkopuolella (0.05–10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown SVG text mode '%1' (use text or paths)</source>
            <translation>tuntematon SVG-tekstitila ”%1” (käytä text tai paths)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation>
                <numerusform>vaiheet %1 ovat alueen ulkopuolella: kartassa on %n vaihe</numerusform>
                <numerusform>vaiheet %1 ovat alueen ulkopuolella: kartassa on %n vaihetta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' is not a stage list like 2-4 or 1,3,5</source>
            <translation>”%1” ei ole vaiheluettelo, kuten 2-4 tai 1,3,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/output.py" />
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: kansiota %2 ei ole</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the margins leave no room on the page</source>
            <translation>reunukset eivät jätä sivulle tilaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the map has no stages</source>
            <translation>kartalla ei ole vaiheita</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Evidence</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>%1: could not start the PDF</source>
            <translation>%1: PDF:n aloittaminen epäonnistui</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1 of %2, column %3 of %4</source>
            <translation>Rivi %1/%2, sarake %3/%4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1, column %2</source>
            <translation>Rivi %1, sarake %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf_outline.py" />
            <source>%1: could not finish the PDF (%2)</source>
            <translation>%1: PDF:n viimeistely epäonnistui (%2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>not enough memory for a %1 x %2 image</source>
            <translation>muisti ei riitä %1 x %2 -kuvalle</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1 x %2 pixels is too large; lower the scale or DPI</source>
            <translation>%1 x %2 pikseliä on liian suuri; pienennä mittakaavaa tai DPI:tä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1: could not write the image</source>
            <translation>%1: kuvan kirjoittaminen epäonnistui</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Overview</source>
            <translation>Yleiskuva</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Emotions and metrics</source>
            <translation>Tunteet ja mittarit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>the overview picture could not be made</source>
            <translation>yleiskuvaa ei voitu luoda</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>No cards in this stage</source>
            <translation>Tässä vaiheessa ei ole kortteja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <location filename="../../cjm_desktop/export/render.py" />
            <source>Personas: %s</source>
            <translation>Persoonat: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the map has no personas</source>
            <translation>kartalla ei ole persoonia</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>no view rectangle given</source>
            <translation>näkymän aluetta ei annettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the current view shows no part of the map</source>
            <translation>nykyinen näkymä ei näytä mitään osaa kartasta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n diaa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n sivu</numerusform>
                <numerusform>%n sivua</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%1 x %2 pixels</source>
            <translation>%1 x %2 pikseliä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/subset.py" />
            <source>the map has no stage %s</source>
            <translation>kartalla ei ole vaihetta %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/svg.py" />
            <source>%1: could not start the SVG</source>
            <translation>%1: SVG:n aloittaminen epäonnistui</translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n persoona</numerusform>
                <numerusform>%n persoonaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Unnamed persona</source>
            <translation>Nimetön persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>curve hidden</source>
            <translation>käyrä piilotettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>lowest</source>
            <translation>alin</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add a persona (Map ▸ Personas…) to draw the experience curve</source>
            <translation>Lisää persoona (Kartta ▸ Persoonat…), niin kokemuskäyrä piirretään</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Every persona's curve is hidden</source>
            <translation>Kaikkien persoonien käyrät on piilotettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Click a stage column to score how a persona feels; drag a face to change it</source>
            <translation>Napsauta vaiheen saraketta ja arvioi, miltä persoonasta tuntuu; vedä kasvoja muuttaaksesi arviota</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add emotion score</source>
            <translation>Lisää tunnepiste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Import metrics from a spreadsheet (Map ▸ Import metrics…)</source>
            <translation>Tuo mittarit taulukosta (Kartta ▸ Tuo mittarit…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%s: no value at this stage</source>
            <translation>%s: ei arvoa tässä vaiheessa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>higher is better</source>
            <translation>suurempi on parempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>lower is better</source>
            <translation>pienempi on parempi</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Biggest drop-off %s</source>
            <translation>Suurin pudotus %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>→ %s continue</source>
            <translation>→ %s jatkaa</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Target %s (%s)</source>
            <translation>Tavoite %s (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%d dates, %s to %s</source>
            <translation>%d päivämäärää, %s–%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>funnel: %s</source>
            <translation>suppilo: %s</translation>
        </message>
    </context>
    <context>
        <name>opportunity</name>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Link pain point</source>
            <translation>Linkitä kipupiste</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set status</source>
            <translation>Aseta tila</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set owner</source>
            <translation>Aseta omistaja</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set impact</source>
            <translation>Aseta vaikutus</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set effort</source>
            <translation>Aseta työmäärä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Unlink pain point</source>
            <translation>Poista kipupisteen linkki</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Change linked pain points</source>
            <translation>Muuta linkitettyjä kipupisteitä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>In test</source>
            <translation>Testissä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Not set</source>
            <translation>Ei asetettu</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>(no text)</source>
            <translation>(ei tekstiä)</translation>
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
            <translation>%s vuotta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Background</source>
            <translation>Tausta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Motivations</source>
            <translation>Motiivit</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Behaviours</source>
            <translation>Käyttäytyminen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Preferred channels</source>
            <translation>Ensisijaiset kanavat</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Unnamed persona</source>
            <translation>Nimetön persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>No profile details yet.</source>
            <translation>Profiilin tietoja ei vielä ole.</translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Relabel route</source>
            <translation>Nimeä reitti uudelleen</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Change route persona</source>
            <translation>Vaihda reitin persoona</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Reverse route</source>
            <translation>Käännä reitin suunta</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Draw route</source>
            <translation>Piirrä reitti</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete route</source>
            <translation>Poista reitti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation>
                <numerusform>Poista %n reitti</numerusform>
                <numerusform>Poista %n reittiä</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Blank</source>
            <translation>Tyhjä</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Four empty stages and the usual lanes, ready for your own journey.</source>
            <translation>Neljä tyhjää vaihetta ja tavalliset rivit valmiina omalle asiakaspolullesi.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>E-commerce</source>
            <translation>Verkkokauppa</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>The five stages from awareness to advocacy, with touchpoints, quotes, pain points and calls to action.</source>
            <translation>Viisi vaihetta tietoisuudesta suositteluun: kosketuspisteet, sitaatit, kipupisteet ja toimintakehotteet.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Order delivery</source>
            <translation>Tilauksen toimitus</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>From placing the order to paperwork: status messages, GPS tracking, the courier, and what happens backstage.</source>
            <translation>Tilauksen tekemisestä paperitöihin: tilaviestit, GPS-seuranta, kuriiri ja mitä kulissien takana tapahtuu.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Omnichannel: research online, purchase offline</source>
            <translation>Monikanavainen: tiedonhaku verkossa, osto myymälässä</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Buying a kitchen across store, social networks, configurator, call centre and app, with the buyer's route.</source>
            <translation>Keittiön hankinta myymälän, somen, keittiösuunnittelijan, asiakaspalvelun ja sovelluksen kautta, ostajan reitti mukana.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>B2B purchase</source>
            <translation>B2B-osto</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A construction-steel buyer who cannot order online and asks sales for a personal quote.</source>
            <translation>Rakennusteräksen ostaja, joka ei voi tilata verkossa ja pyytää myynniltä henkilökohtaisen tarjouksen.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Service blueprint</source>
            <translation>Palvelupiirustus</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A hotel stay with physical evidence, frontstage, backstage and support processes.</source>
            <translation>Hotelliyöpyminen: fyysiset todisteet, asiakkaalle näkyvä ja kulissien takainen toiminta sekä tukiprosessit.</translation>
        </message>
    </context>
    <context>
        <name>vote_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Add vote</source>
            <translation>Lisää ääni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Remove vote</source>
            <translation>Poista ääni</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Reset votes</source>
            <translation>Nollaa äänet</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Dots per participant</source>
            <translation>Pisteitä osallistujaa kohden</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Votable lanes</source>
            <translation>Äänestettävät rivit</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Voting is off</source>
            <translation>Äänestys ei ole käynnissä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d · dots left: %d</source>
            <translation>Osallistuja %d · pisteitä jäljellä: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>There are no cards to vote on in the lanes open to votes.</source>
            <translation>Äänestykselle avoimilla riveillä ei ole äänestettäviä kortteja.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Cards in this lane are not being voted on</source>
            <translation>Tämän rivin kortteja ei äänestetä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d has no dots left</source>
            <translation>Osallistujalla %d ei ole pisteitä jäljellä</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Only your own dots can be taken back</source>
            <translation>Vain omia pisteitä voi ottaa takaisin</translation>
        </message>
    </context>
</TS>
