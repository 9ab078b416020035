<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
    <context>
        <name>AccessibilityActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>&amp;Metric targets…</source>
            <translation>Στόχ&amp;οι μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Type a target for each metric</source>
            <translation>Πληκτρολογήστε έναν στόχο για κάθε μετρική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Outline</source>
            <translation>Διάρθρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>Out&amp;line</source>
            <translation>&amp;Διάρθρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/accessibility_actions.py" />
            <source>The map as a tree that screen readers can read</source>
            <translation>Ο χάρτης ως δέντρο που μπορούν να διαβάσουν οι αναγνώστες οθόνης</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it, Esc closes, ↑/↓ changes the lane</source>
            <translation>Τι είπε η ομάδα; Το Enter το προσθέτει, το Esc κλείνει, τα ↑/↓ αλλάζουν λωρίδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say? Enter adds it</source>
            <translation>Τι είπε η ομάδα; Το Enter το προσθέτει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>What did the room say?</source>
            <translation>Τι είπε η ομάδα;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Into %s:</source>
            <translation>Στο στάδιο %s:</translation>
        </message>
    </context>
    <context>
        <name>ChangedOnDiskBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Reload</source>
            <translation>Επανα&amp;φόρτωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Διατήρηση της δικής μου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program.</source>
            <translation>Ένα άλλο πρόγραμμα άλλαξε το «%s».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading discards your unsaved changes.</source>
            <translation>Η επαναφόρτωση απορρίπτει τις μη αποθηκευμένες αλλαγές σας.</translation>
        </message>
    </context>
    <context>
        <name>ChannelActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>&amp;Channels…</source>
            <translation>&amp;Κανάλια…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_actions.py" />
            <source>Name the channels of this map, their icons and defaults</source>
            <translation>Ονομάστε τα κανάλια αυτού του χάρτη, τα εικονίδιά τους και τις προεπιλογές</translation>
        </message>
    </context>
    <context>
        <name>ChannelsDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Remove channel</source>
            <translation>Αφαίρεση καναλιού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Channels of this map</source>
            <translation>Κανάλια αυτού του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Add channel</source>
            <translation>&amp;Προσθήκη καναλιού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Αφαίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;up</source>
            <translation>Μετακίνηση πά&amp;νω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Move &amp;down</source>
            <translation>Μετακίνηση &amp;κάτω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Touchpoint cards and personas pick their channels from this list.</source>
            <translation>Οι κάρτες σημείων επαφής και οι περσόνες επιλέγουν τα κανάλια τους από αυτή τη λίστα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>New channel</source>
            <translation>Νέο κανάλι</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>%1 is used by %n cards or personas; they will have no channel. Remove it?</source>
            <translation>
                <numerusform>Το %1 χρησιμοποιείται από %n κάρτα ή περσόνα· θα μείνει χωρίς κανάλι. Να αφαιρεθεί;</numerusform>
                <numerusform>Το %1 χρησιμοποιείται από %n κάρτες ή περσόνες· θα μείνουν χωρίς κανάλι. Να αφαιρεθεί;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Icon</source>
            <translation>Εικονίδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Default</source>
            <translation>Προεπιλογή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/channels_dialog.py" />
            <source>Used by</source>
            <translation>Χρήση από</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>removed</source>
            <translation>αφαιρέθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>new</source>
            <translation>νέο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>moved from %1</source>
            <translation>μετακινήθηκε από %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/compare_overlay.py" />
            <source>changed</source>
            <translation>άλλαξε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Changes between the two versions</source>
            <translation>Αλλαγές μεταξύ των δύο εκδόσεων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The chosen change, before and after</source>
            <translation>Η επιλεγμένη αλλαγή, πριν και μετά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Choose a change to see it before and after</source>
            <translation>Επιλέξτε μια αλλαγή για να τη δείτε πριν και μετά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Previous</source>
            <translation>&amp;Προηγούμενη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;Next</source>
            <translation>&amp;Επόμενη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>&amp;End compare</source>
            <translation>&amp;Τέλος σύγκρισης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Moved to another cell.</source>
            <translation>Μετακινήθηκε σε άλλο κελί.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>New since “%1”.</source>
            <translation>Νέο από το «%1».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>Compared with “%1”:</source>
            <translation>Σύγκριση με το «%1»:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map compared with “%1”: %n changes</source>
            <translation>
                <numerusform>Ο χάρτης σε σύγκριση με το «%1»: %n αλλαγή</numerusform>
                <numerusform>Ο χάρτης σε σύγκριση με το «%1»: %n αλλαγές</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>The map is the same as “%1”.</source>
            <translation>Ο χάρτης είναι ίδιος με το «%1».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 before: %2</source>
            <translation>%1 πριν: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1 after: %2</source>
            <translation>%1 μετά: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_dock.py" />
            <source>%1: before “%2”, after “%3”</source>
            <translation>%1: πριν «%2», μετά «%3»</translation>
        </message>
    </context>
    <context>
        <name>CompareActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Changes</source>
            <translation>Αλλαγές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map &amp;file…</source>
            <translation>&amp;Σύγκριση με αρχείο χάρτη…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Show what differs between this map and another version of it</source>
            <translation>Εμφάνιση των διαφορών ανάμεσα σε αυτόν τον χάρτη και μια άλλη έκδοσή του</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>&amp;End compare</source>
            <translation>Τέλος σύ&amp;γκρισης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Compare with a map</source>
            <translation>Σύγκριση με χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Journey maps (*.cjm)</source>
            <translation>Χάρτες διαδρομής πελάτη (*.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/compare_actions.py" />
            <source>Could not compare with the map</source>
            <translation>Δεν ήταν δυνατή η σύγκριση με τον χάρτη</translation>
        </message>
    </context>
    <context>
        <name>DiskMerge</name>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>&amp;Merge</source>
            <translation>&amp;Συγχώνευση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Keep both the changes on disk and your unsaved edits</source>
            <translation>Διατήρηση τόσο των αλλαγών στον δίσκο όσο και των μη αποθηκευμένων επεξεργασιών σας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge changes from disk</source>
            <translation>Συγχώνευση αλλαγών από τον δίσκο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Could not merge the map</source>
            <translation>Δεν ήταν δυνατή η συγχώνευση του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge map content</source>
            <translation>Συγχώνευση περιεχομένου χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1</source>
            <translation>Συγχωνεύτηκαν οι αλλαγές από το %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merged the changes from %1; %n conflicts are notes in the map</source>
            <translation>
                <numerusform>Συγχωνεύτηκαν οι αλλαγές από το %1· %n διένεξη έγινε σημείωση στον χάρτη</numerusform>
                <numerusform>Συγχωνεύτηκαν οι αλλαγές από το %1· %n διενέξεις έγιναν σημειώσεις στον χάρτη</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/disk_merge.py" />
            <source>Merge snapshots</source>
            <translation>Συγχώνευση στιγμιότυπων</translation>
        </message>
    </context>
    <context>
        <name>DockTab</name>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Inspector</source>
            <translation>Επιθεωρητής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>History</source>
            <translation>Ιστορικό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Impact × effort</source>
            <translation>Αντίκτυπος/κόπος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Dot voting</source>
            <translation>Ψηφοφορία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics grid</source>
            <translation>Πλέγμα μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Changes</source>
            <translation>Αλλαγές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Outline</source>
            <translation>Διάρθρωση</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Touchpoints</source>
            <translation>&amp;Σημεία επαφής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Customer &amp;actions</source>
            <translation>&amp;Ενέργειες πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>T&amp;houghts</source>
            <translation>Σ&amp;κέψεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Goals &amp;&amp; expectations</source>
            <translation>Σ&amp;τόχοι και προσδοκίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Emotions</source>
            <translation>Σ&amp;υναισθήματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Pain points</source>
            <translation>Σημεία τ&amp;ριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Opportunities</source>
            <translation>Ευκ&amp;αιρίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Moments of truth</source>
            <translation>Στ&amp;ιγμές της αλήθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Quotes</source>
            <translation>Α&amp;ποσπάσματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Calls to action</source>
            <translation>Προσκλήσεις για &amp;δράση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Met&amp;rics</source>
            <translation>&amp;Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Backstage</source>
            <translation>Παρασκή&amp;νιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Storyboard</source>
            <translation>&amp;Storyboard</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Notes</source>
            <translation>Σ&amp;ημειώσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Dup&amp;licate</source>
            <translation>&amp;Διπλασιασμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Delete</source>
            <translation>Διαγρα&amp;φή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Select &amp;all cards</source>
            <translation>Επιλογή ό&amp;λων των καρτών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>&amp;Edit text</source>
            <translation>Επεξεργασία κει&amp;μένου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;card</source>
            <translation>Νέα &amp;κάρτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;stage</source>
            <translation>Νέο &amp;στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New &amp;lane</source>
            <translation>Νέα &amp;λωρίδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Cut</source>
            <translation>Αποκοπή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste</source>
            <translation>Επικόλληση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Rename</source>
            <translation>Μετονομασία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage before</source>
            <translation>Εισαγωγή σταδίου πριν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Insert stage after</source>
            <translation>Εισαγωγή σταδίου μετά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move left</source>
            <translation>Μετακίνηση αριστερά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move right</source>
            <translation>Μετακίνηση δεξιά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Nothing was pasted: %s.</source>
            <translation>Δεν επικολλήθηκε τίποτα: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Delete the selected stages and lanes with their %n cards? (Undo brings them back.)</source>
            <translation>
                <numerusform>Να διαγραφούν τα επιλεγμένα στάδια και λωρίδες μαζί με την %n κάρτα τους; (Η αναίρεση τα επαναφέρει.)</numerusform>
                <numerusform>Να διαγραφούν τα επιλεγμένα στάδια και λωρίδες μαζί με τις %n κάρτες τους; (Η αναίρεση τα επαναφέρει.)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move up</source>
            <translation>Μετακίνηση πάνω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Move down</source>
            <translation>Μετακίνηση κάτω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>New card here</source>
            <translation>Νέα κάρτα εδώ</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/edit_actions.py" />
            <source>Paste here</source>
            <translation>Επικόλληση εδώ</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo</source>
            <translation>Ε&amp;πανάληψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Αναίρεση: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/undo_actions.py" />
            <source>&amp;Redo %1</source>
            <translation>Ε&amp;πανάληψη: %1</translation>
        </message>
    </context>
    <context>
        <name>EmptyHints</name>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>This map is empty. Double-click here to add a stage, or use Insert ▸ New stage and Insert ▸ New lane.</source>
            <translation>Αυτός ο χάρτης είναι κενός. Κάντε διπλό κλικ εδώ για να προσθέσετε στάδιο ή χρησιμοποιήστε Εισαγωγή ▸ Νέο στάδιο και Εισαγωγή ▸ Νέα λωρίδα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a stage: double-click here, or use Insert ▸ New stage.</source>
            <translation>Προσθήκη σταδίου: κάντε διπλό κλικ εδώ ή χρησιμοποιήστε Εισαγωγή ▸ Νέο στάδιο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Add a lane: double-click here, or pick a kind under Insert ▸ New lane.</source>
            <translation>Προσθήκη λωρίδας: κάντε διπλό κλικ εδώ ή επιλέξτε είδος στο Εισαγωγή ▸ Νέα λωρίδα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/empty_hints.py" />
            <source>Double-click an empty cell (or select it and press Ctrl+Return) to add a card.</source>
            <translation>Κάντε διπλό κλικ σε ένα κενό κελί (ή επιλέξτε το και πατήστε Ctrl+Return) για να προσθέσετε κάρτα.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Not set</source>
            <translation>Δεν ορίστηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Assumption</source>
            <translation>Υπόθεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Anecdotal</source>
            <translation>Ανεκδοτικό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Backed by data</source>
            <translation>Τεκμηριωμένο με δεδομένα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Web address</source>
            <translation>Διεύθυνση ιστού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/evidence.py" />
            <source>Reference</source>
            <translation>Αναφορά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence</source>
            <translation>Τεκμήρια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Where</source>
            <translation>Θέση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Αναζήτηση…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Label (optional)</source>
            <translation>Ετικέτα (προαιρετικά)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>research/interview-12.txt</source>
            <translation>έρευνα/συνέντευξη-12.txt</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>interview 12, 03:14</source>
            <translation>συνέντευξη 12, 03:14</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Choose a file</source>
            <translation>Επιλέξτε αρχείο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Evidence items</source>
            <translation>Λίστα τεκμηρίων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Add…</source>
            <translation>Προσθήκη…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Edit…</source>
            <translation>Επεξεργασία…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Up</source>
            <translation>Πάνω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_editor.py" />
            <source>Down</source>
            <translation>Κάτω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>A reference is a note; there is nothing to open.</source>
            <translation>Η αναφορά είναι σημείωση· δεν υπάρχει κάτι για άνοιγμα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>This evidence item is empty.</source>
            <translation>Αυτό το τεκμήριο είναι κενό.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web page or a file. Your system will decide what opens it. Open it anyway?</source>
            <translation>Το %1 δεν είναι ιστοσελίδα ούτε αρχείο. Το σύστημά σας θα αποφασίσει με τι θα ανοίξει. Να ανοίξει παρ' όλα αυτά;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Cannot open the evidence</source>
            <translation>Δεν είναι δυνατό να ανοίξει το τεκμήριο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>Open the evidence?</source>
            <translation>Άνοιγμα του τεκμηρίου;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>The file %1 does not exist. It may have been moved or renamed.</source>
            <translation>Το αρχείο %1 δεν υπάρχει. Ίσως μετακινήθηκε ή μετονομάστηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is relative to the map's folder. Save the map first.</source>
            <translation>Το %1 είναι σχετικό με τον φάκελο του χάρτη. Αποθηκεύστε πρώτα τον χάρτη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is not a web address. Web addresses start with https://.</source>
            <translation>Το %1 δεν είναι διεύθυνση ιστού. Οι διευθύνσεις ιστού ξεκινούν με https://.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_open.py" />
            <source>%1 is a program or script. Opening it may run it on your computer. Open it anyway?</source>
            <translation>Το %1 είναι πρόγραμμα ή σενάριο εντολών. Αν ανοίξει, μπορεί να εκτελεστεί στον υπολογιστή σας. Να ανοίξει παρ' όλα αυτά;</translation>
        </message>
    </context>
    <context>
        <name>EvidenceActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Not set</source>
            <translation>&amp;Δεν ορίστηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Assumption</source>
            <translation>&amp;Υπόθεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Anec&amp;dotal</source>
            <translation>&amp;Ανεκδοτικό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>&amp;Backed by data</source>
            <translation>&amp;Τεκμηριωμένο με δεδομένα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Level &amp;of evidence</source>
            <translation>Επίπεδο &amp;τεκμηρίωσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Set the evidence level of the selected cards</source>
            <translation>Ορισμός του επιπέδου τεκμηρίωσης των επιλεγμένων καρτών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Show a&amp;ssumptions only</source>
            <translation>Μόνο οι &amp;υποθέσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_actions.py" />
            <source>Fade every card that is not marked as an assumption</source>
            <translation>Ξεθωριάζει κάθε κάρτα που δεν έχει σημειωθεί ως υπόθεση</translation>
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
            <translation>Παράρτημα τεκμηρίωσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>Evidence level: %1</source>
            <translation>Επίπεδο τεκμηρίωσης: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/evidence_appendix.py" />
            <source>No card has evidence or an evidence level.</source>
            <translation>Καμία κάρτα δεν έχει τεκμήρια ή επίπεδο τεκμηρίωσης.</translation>
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
            <translation>&amp;Εξαγωγή…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy &amp;map as image</source>
            <translation>Αντιγραφή &amp;χάρτη ως εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copy selection as &amp;image</source>
            <translation>Αντιγραφή επιλογής ως ε&amp;ικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Select cards or stages to copy them as an image</source>
            <translation>Επιλέξτε κάρτες ή στάδια για να τα αντιγράψετε ως εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Exported %s</source>
            <translation>Εξήχθη: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_actions.py" />
            <source>Copied an image of %1 × %2 pixels</source>
            <translation>Αντιγράφηκε εικόνα %1 × %2 εικονοστοιχείων</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%Ln pages</source>
            <translation>
                <numerusform>%Ln σελίδα</numerusform>
                <numerusform>%Ln σελίδες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export map</source>
            <translation>Εξαγωγή χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Format:</source>
            <translation>&amp;Μορφή:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;What:</source>
            <translation>&amp;Τι:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>e.g. 2-4 or 1,3</source>
            <translation>π.χ. 2-4 ή 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>S&amp;tages:</source>
            <translation>&amp;Στάδια:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Add a title b&amp;lock (title, date, personas)</source>
            <translation>&amp;Προσθήκη πλαισίου τίτλου (τίτλος, ημερομηνία, περσόνες)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Image</source>
            <translation>Εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Scale</source>
            <translation>&amp;Κλίμακα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;DPI</source>
            <translation>&amp;DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scale</source>
            <translation>Κλίμακα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Size:</source>
            <translation>Μέγεθος:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>White</source>
            <translation>Λευκό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Transparent</source>
            <translation>Διαφανές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Background:</source>
            <translation>&amp;Φόντο:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Pages</source>
            <translation>Σελίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Page &amp;size:</source>
            <translation>Μέγε&amp;θος σελίδας:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Οριζόντιος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Κατακόρυφος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Orientation:</source>
            <translation>Προσαν&amp;ατολισμός:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Margins:</source>
            <translation>Πε&amp;ριθώρια:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Διάταξη:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster size:</source>
            <translation>Μέγεθος αφίσας:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>O&amp;verlap:</source>
            <translation>Ε&amp;πικάλυψη:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Crop marks</source>
            <translation>Σημάδια κοπής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix (each card's level and sources)</source>
            <translation>Παράρτημα τεκμηρίωσης (επίπεδο και πηγές κάθε κάρτας)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Vector image</source>
            <translation>Διανυσματική εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Text as outlines (looks the same without the fonts)</source>
            <translation>Κείμενο ως περιγράμματα (ίδια εμφάνιση χωρίς τις γραμματοσειρές)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Εξαγωγή…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>Εικόνες PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Έγγραφα PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG images (*.svg)</source>
            <translation>Εικόνες SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>Παρουσιάσεις PowerPoint (*.pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Εξαγωγή…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>Εικόνα PNG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PDF document</source>
            <translation>Έγγραφο PDF</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>SVG vector image</source>
            <translation>Διανυσματική εικόνα SVG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>PowerPoint slides (editable)</source>
            <translation>Διαφάνειες PowerPoint (επεξεργάσιμες)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Whole map</source>
            <translation>Ολόκληρος ο χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Selected stages</source>
            <translation>Επιλεγμένα στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Current view</source>
            <translation>Τρέχουσα προβολή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Persona profiles</source>
            <translation>Προφίλ περσόνων</translation>
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
            <translation>Διαφάνεια 16:9</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Fit to content</source>
            <translation>Προσαρμογή στο περιεχόμενο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>The map has no personas</source>
            <translation>Ο χάρτης δεν έχει περσόνες</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Evidence appendix: %Ln pages at the end</source>
            <translation>
                <numerusform>Παράρτημα τεκμηρίωσης: %Ln σελίδα στο τέλος</numerusform>
                <numerusform>Παράρτημα τεκμηρίωσης: %Ln σελίδες στο τέλος</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page, fitted</source>
            <translation>Μία σελίδα, προσαρμοσμένη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Poster tiled across pages</source>
            <translation>Αφίσα σε πολλές σελίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>One page per stage (slides)</source>
            <translation>Μία σελίδα ανά στάδιο (διαφάνειες)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Title, overview and %n stage slides with editable text</source>
            <translation>
                <numerusform>Τίτλος, επισκόπηση και %n διαφάνεια σταδίου με επεξεργάσιμο κείμενο</numerusform>
                <numerusform>Τίτλος, επισκόπηση και %n διαφάνειες σταδίων με επεξεργάσιμο κείμενο</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Scalable vector image</source>
            <translation>Κλιμακούμενη διανυσματική εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>(first %1 shown)</source>
            <translation>(εμφανίζονται οι πρώτες %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/export_dialog.py" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 εικονοστοιχεία</translation>
        </message>
    </context>
    <context>
        <name>FindActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>&amp;Find…</source>
            <translation>Εύ&amp;ρεση…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find &amp;next</source>
            <translation>Εύρεση επόμε&amp;νου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find pre&amp;vious</source>
            <translation>Εύρεση προ&amp;ηγούμενου</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find text</source>
            <translation>Εύρεση κειμένου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Find on the map</source>
            <translation>Εύρεση στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Προηγούμενο αποτέλεσμα (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Next match (Enter, F3)</source>
            <translation>Επόμενο αποτέλεσμα (Enter, F3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Close (Esc)</source>
            <translation>Κλείσιμο (Esc)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>Match in persona “%s”</source>
            <translation>Αποτέλεσμα στην περσόνα «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>No matches</source>
            <translation>Κανένα αποτέλεσμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>emotion note at “%s”</source>
            <translation>σημείωση συναισθήματος στο «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1 από %2</translation>
        </message>
    </context>
    <context>
        <name>FunnelPanel</name>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The count metric the funnel follows from stage to stage</source>
            <translation>Η μετρική πλήθους που ακολουθεί η χοάνη από στάδιο σε στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Everyone</source>
            <translation>Όλοι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Count</source>
            <translation>Πλήθος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Continue</source>
            <translation>Συνεχίζουν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Drop-off</source>
            <translation>Απώλεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>Funnel counts:</source>
            <translation>Πλήθη χοάνης:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/funnel_panel.py" />
            <source>The biggest drop-off of the funnel</source>
            <translation>Η μεγαλύτερη απώλεια της χοάνης</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Οδηγός χρήσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>User guide</source>
            <translation>Οδηγός χρήσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>About cjm-desktop</source>
            <translation>Σχετικά με το cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>An offline editor for customer journey maps.</source>
            <translation>Ένας επεξεργαστής χαρτών διαδρομής πελάτη χωρίς σύνδεση στο διαδίκτυο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>Free software under the MIT licence. It uses the components below.</source>
            <translation>Ελεύθερο λογισμικό με άδεια MIT. Χρησιμοποιεί τα παρακάτω στοιχεία.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The user guide could not be read: %s</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση του οδηγού χρήσης: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/help_menu.py" />
            <source>The help page could not be read: %s</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση της σελίδας βοήθειας: %s</translation>
        </message>
    </context>
    <context>
        <name>Image</name>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is empty.</source>
            <translation>το αρχείο είναι κενό.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>it is not an image this editor can read (PNG, JPEG, WebP or BMP), or it is damaged.</source>
            <translation>δεν είναι εικόνα που μπορεί να διαβάσει αυτός ο επεξεργαστής (PNG, JPEG, WebP ή BMP) ή είναι κατεστραμμένη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is empty.</source>
            <translation>η εικόνα είναι κενή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image has no pixels (it is damaged).</source>
            <translation>η εικόνα δεν έχει εικονοστοιχεία (είναι κατεστραμμένη).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file does not exist.</source>
            <translation>το αρχείο δεν υπάρχει.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>that is a folder, not an image.</source>
            <translation>είναι φάκελος, όχι εικόνα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file is too large for a picture in a map (%d MB).</source>
            <translation>το αρχείο είναι πολύ μεγάλο για εικόνα σε χάρτη (%d MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>%s images are not supported; use PNG, JPEG, WebP or BMP.</source>
            <translation>Οι εικόνες %s δεν υποστηρίζονται· χρησιμοποιήστε PNG, JPEG, WebP ή BMP.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely.</source>
            <translation>η εικόνα είναι πολύ μεγάλη για να ανοίξει με ασφάλεια.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is damaged and could not be read (%s).</source>
            <translation>η εικόνα είναι κατεστραμμένη και δεν ήταν δυνατή η ανάγνωσή της (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the image is too large to open safely (%s × %s pixels; the limit is %d megapixels). It may be damaged or crafted to exhaust memory.</source>
            <translation>η εικόνα είναι πολύ μεγάλη για να ανοίξει με ασφάλεια (%s × %s εικονοστοιχεία· το όριο είναι %d megapixel). Μπορεί να είναι κατεστραμμένη ή φτιαγμένη για να εξαντλήσει τη μνήμη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>the file could not be read (%s).</source>
            <translation>δεν ήταν δυνατή η ανάγνωση του αρχείου (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/image_codec.py" />
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>ImageEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Choose picture…</source>
            <translation>Επιλογή εικόνας…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>Remove picture</source>
            <translation>Αφαίρεση εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No picture</source>
            <translation>Χωρίς εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>The picture is damaged</source>
            <translation>Η εικόνα είναι κατεστραμμένη</translation>
        </message>
    </context>
    <context>
        <name>ImportSpec</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/aggregate.py" />
            <source>unknown aggregate '%1'.</source>
            <translation>άγνωστη συνάρτηση συγκέντρωσης «%1».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the stage column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη σταδίων %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη μετρικής %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the metric name column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη ονομάτων μετρικών %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the value column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη τιμών %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the date column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη ημερομηνιών %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the touchpoint column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη σημείων επαφής %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the persona column %1 is beyond the sheet's %2 columns.</source>
            <translation>η στήλη περσονών %1 είναι πέρα από τις %2 στήλες του φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no stage column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη σταδίων με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη μετρικής με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no metric name column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη ονομάτων μετρικών με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no value column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη τιμών με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no date column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη ημερομηνιών με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no touchpoint column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη σημείων επαφής με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet has no persona column named '%1'. Its columns are: %2.</source>
            <translation>το φύλλο δεν έχει στήλη περσονών με όνομα «%1». Οι στήλες του είναι: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/columns.py" />
            <source>the sheet is empty: it has no columns.</source>
            <translation>το φύλλο είναι κενό: δεν έχει στήλες.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the column that holds the stage names.</source>
            <translation>επιλέξτε τη στήλη με τα ονόματα των σταδίων.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/layouts.py" />
            <source>choose the stage, metric name and value columns.</source>
            <translation>επιλέξτε τις στήλες σταδίου, ονόματος μετρικής και τιμής.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>the name '%1' looks garbled, as if the file was read in the wrong encoding; nothing was imported. Name the file's encoding (for example --encoding cp1250 or cp1253, or the Encoding list of the import wizard).</source>
            <translation>το όνομα «%1» φαίνεται αλλοιωμένο, σαν να διαβάστηκε το αρχείο με λάθος κωδικοποίηση· δεν εισήχθη τίποτα. Ορίστε την κωδικοποίηση του αρχείου (για παράδειγμα --encoding cp1250 ή cp1253, ή τη λίστα Κωδικοποίηση του οδηγού εισαγωγής).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown layout '%1' (use one of: %2).</source>
            <translation>άγνωστη διάταξη «%1» (χρησιμοποιήστε μία από: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>unknown aggregate '%1' for '%2' (use one of: %3).</source>
            <translation>άγνωστη συνάρτηση συγκέντρωσης «%1» για το «%2» (χρησιμοποιήστε μία από: %3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names the touchpoint '%2', but %n cards of that stage have this text. Rename one of them so each touchpoint has its own name.</source>
            <translation>
                <numerusform>το κελί %1 ονομάζει το σημείο επαφής «%2», αλλά %n κάρτα αυτού του σταδίου έχει αυτό το κείμενο. Μετονομάστε μία από αυτές, ώστε κάθε σημείο επαφής να έχει δικό του όνομα.</numerusform>
                <numerusform>το κελί %1 ονομάζει το σημείο επαφής «%2», αλλά %n κάρτες αυτού του σταδίου έχουν αυτό το κείμενο. Μετονομάστε μία από αυτές, ώστε κάθε σημείο επαφής να έχει δικό του όνομα.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/metrics_targets.py" />
            <source>cell %1 names '%2', which %n personas share. Use a persona's own name.</source>
            <translation>
                <numerusform>το κελί %1 ονομάζει «%2», όνομα που έχει %n περσόνα. Χρησιμοποιήστε το δικό της όνομα μιας περσόνας.</numerusform>
                <numerusform>το κελί %1 ονομάζει «%2», όνομα που μοιράζονται %n περσόνες. Χρησιμοποιήστε το δικό της όνομα μιας περσόνας.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>number</source>
            <translation>αριθμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>percent</source>
            <translation>ποσοστό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>currency</source>
            <translation>νόμισμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>duration</source>
            <translation>διάρκεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>the numbers of column '%s' read two ways and nothing in the file settles which: '%s' is %s with a decimal point, or %s with a decimal comma. Choose with --decimal dot or --decimal comma (or set the map's number locale).</source>
            <translation>οι αριθμοί της στήλης «%s» διαβάζονται με δύο τρόπους και τίποτα στο αρχείο δεν ξεκαθαρίζει ποιος ισχύει: το «%s» είναι %s με υποδιαστολή τελεία ή %s με υποδιαστολή κόμμα. Επιλέξτε με --decimal dot ή --decimal comma (ή ορίστε τις τοπικές ρυθμίσεις αριθμών του χάρτη).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>numbers stored as numbers</source>
            <translation>αριθμοί αποθηκευμένοι ως αριθμοί</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>point</source>
            <translation>τελεία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>comma</source>
            <translation>κόμμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from this column</source>
            <translation>από αυτή τη στήλη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>settled by other columns of the file</source>
            <translation>από άλλες στήλες του αρχείου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>as chosen</source>
            <translation>όπως επιλέχθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>from the map's number locale</source>
            <translation>από τις τοπικές ρυθμίσεις αριθμών του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none needed (whole numbers)</source>
            <translation>δεν χρειάζεται (ακέραιοι αριθμοί)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>none</source>
            <translation>κανένα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>space</source>
            <translation>κενό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>no-break space</source>
            <translation>αδιάσπαστο κενό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>narrow no-break space</source>
            <translation>στενό αδιάσπαστο κενό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>thin space</source>
            <translation>λεπτό κενό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>apostrophe</source>
            <translation>απόστροφος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>Read %s, sheet '%s'</source>
            <translation>Διαβάστηκε το %s, φύλλο «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  rows used: %s</source>
            <translation>  γραμμές που χρησιμοποιήθηκαν: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  encoding: %s</source>
            <translation>  κωδικοποίηση: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  %s: %s%s; decimal mark: %s; thousands: %s</source>
            <translation>  %s: %s%s· υποδιαστολή: %s· χιλιάδες: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1 (first: %2)</source>
            <translation>  παραλείφθηκαν: %1 (πρώτα: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/import_summary.py" />
            <source>  left out: %1</source>
            <translation>  παραλείφθηκαν: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no stage name</source>
            <translation>
                <numerusform>%n γραμμή χωρίς όνομα σταδίου</numerusform>
                <numerusform>%n γραμμές χωρίς όνομα σταδίου</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows for stages you chose to skip</source>
            <translation>
                <numerusform>%n γραμμή για στάδια που επιλέξατε να παραλειφθούν</numerusform>
                <numerusform>%n γραμμές για στάδια που επιλέξατε να παραλειφθούν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n cells that are not numbers</source>
            <translation>
                <numerusform>%n κελί που δεν είναι αριθμός</numerusform>
                <numerusform>%n κελιά που δεν είναι αριθμοί</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with a missing or unreadable date</source>
            <translation>
                <numerusform>%n γραμμή με ημερομηνία που λείπει ή δεν διαβάζεται</numerusform>
                <numerusform>%n γραμμές με ημερομηνία που λείπει ή δεν διαβάζεται</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows with no metric name</source>
            <translation>
                <numerusform>%n γραμμή χωρίς όνομα μετρικής</numerusform>
                <numerusform>%n γραμμές χωρίς όνομα μετρικής</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n columns without any numbers</source>
            <translation>
                <numerusform>%n στήλη χωρίς κανέναν αριθμό</numerusform>
                <numerusform>%n στήλες χωρίς κανέναν αριθμό</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose touchpoint matches no card of their stage</source>
            <translation>
                <numerusform>%n γραμμή της οποίας το σημείο επαφής δεν αντιστοιχεί σε καμία κάρτα του σταδίου της</numerusform>
                <numerusform>%n γραμμές των οποίων το σημείο επαφής δεν αντιστοιχεί σε καμία κάρτα του σταδίου τους</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>%n rows whose persona matches no persona or segment</source>
            <translation>
                <numerusform>%n γραμμή της οποίας η περσόνα δεν αντιστοιχεί σε καμία περσόνα ή τμήμα πελατών</numerusform>
                <numerusform>%n γραμμές των οποίων η περσόνα δεν αντιστοιχεί σε καμία περσόνα ή τμήμα πελατών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>touchpoints that match no card of their stage: %1</source>
            <translation>σημεία επαφής που δεν αντιστοιχούν σε καμία κάρτα του σταδίου τους: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>personas that match no persona or segment: %1</source>
            <translation>περσόνες που δεν αντιστοιχούν σε καμία περσόνα ή τμήμα πελατών: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/io/metrics/left_out.py" />
            <source>'%1' (%n rows)</source>
            <translation>
                <numerusform>«%1» (%n γραμμή)</numerusform>
                <numerusform>«%1» (%n γραμμές)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_import.py" />
            <source>row %s</source>
            <translation>γραμμή %s</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Εισαγωγή μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Reading was cancelled.</source>
            <translation>Η ανάγνωση ακυρώθηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The metrics could not be imported; the map is unchanged.

%s</source>
            <translation>Δεν ήταν δυνατή η εισαγωγή των μετρικών· ο χάρτης δεν άλλαξε.

%s</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cjm_desktop/ui/evidence_level_box.py" />
            <source>Mixed</source>
            <translation>Ανάμεικτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>1 low</source>
            <translation>1 χαμηλή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>2 medium</source>
            <translation>2 μέτρια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>3 high</source>
            <translation>3 υψηλή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>System: %s</source>
            <translation>Σύστημα: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>For personas</source>
            <translation>Για περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Linked personas</source>
            <translation>Συνδεδεμένες περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Description</source>
            <translation>Περιγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Χρώμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Goals and scope</source>
            <translation>Στόχοι και εύρος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Numbers</source>
            <translation>Αριθμοί</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Text</source>
            <translation>Κείμενο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Tags (comma separated)</source>
            <translation>Ετικέτες (χωρισμένες με κόμμα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence level</source>
            <translation>Επίπεδο τεκμηρίωσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Evidence</source>
            <translation>Τεκμήρια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Label</source>
            <translation>Ετικέτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Persona</source>
            <translation>Περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Map</source>
            <translation>Χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a colour</source>
            <translation>Επιλογή χρώματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Set picture</source>
            <translation>Ορισμός εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Channel</source>
            <translation>Κανάλι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Online / offline</source>
            <translation>Online / offline</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Moment of truth</source>
            <translation>Στιγμή της αλήθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Severity</source>
            <translation>Σοβαρότητα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Impact</source>
            <translation>Αντίκτυπος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Effort</source>
            <translation>Προσπάθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addresses pain points</source>
            <translation>Αντιμετωπίζει σημεία τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Who said it</source>
            <translation>Ποιος το είπε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Source</source>
            <translation>Πηγή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Date</source>
            <translation>Ημερομηνία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Picture</source>
            <translation>Εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Route</source>
            <translation>Διαδρομή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Lane</source>
            <translation>Λωρίδα</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>%n items selected</source>
            <translation>
                <numerusform>%n στοιχείο επιλεγμένο</numerusform>
                <numerusform>%n στοιχεία επιλεγμένα</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Addressed by</source>
            <translation>Αντιμετωπίζεται από</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Edit %s</source>
            <translation>Επεξεργασία πεδίου «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Change colour</source>
            <translation>Αλλαγή χρώματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Choose a picture</source>
            <translation>Επιλογή εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Εικόνες (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Remove picture</source>
            <translation>Αφαίρεση εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Everyone (neutral)</source>
            <translation>Όλοι (ουδέτερη)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Card · %s</source>
            <translation>Κάρτα · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/inspector.py" />
            <source>Could not use the picture</source>
            <translation>Δεν ήταν δυνατή η χρήση της εικόνας</translation>
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
            <translation>Προεπιλογή</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <location filename="../../cjm_desktop/model/journey.py" />
            <source>Untitled journey</source>
            <translation>Διαδρομή πελάτη χωρίς τίτλο</translation>
        </message>
    </context>
    <context>
        <name>JourneyDocument</name>
        <message>
            <location filename="../../cjm_desktop/document/document.py" />
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>Untitled</source>
            <translation>Χωρίς τίτλο</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Edit card text</source>
            <translation>Επεξεργασία κειμένου κάρτας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename stage</source>
            <translation>Μετονομασία σταδίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/view.py" />
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename lane</source>
            <translation>Μετονομασία λωρίδας</translation>
        </message>
    </context>
    <context>
        <name>KindsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>New from &amp;template…</source>
            <translation>Νέος από &amp;πρότυπο…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Start a map from a ready-made journey with lanes, content and a persona</source>
            <translation>Ξεκινήστε έναν χάρτη από μια έτοιμη διαδρομή πελάτη με λωρίδες, περιεχόμενο και μια περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Draw &amp;route</source>
            <translation>Σχεδίαση &amp;διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/kinds_actions.py" />
            <source>Connect touchpoints with arrows to show a persona's route across channels</source>
            <translation>Συνδέστε σημεία επαφής με βέλη για να δείξετε τη διαδρομή μιας περσόνας στα κανάλια</translation>
        </message>
    </context>
    <context>
        <name>LayoutPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Layout</source>
            <translation>Διάταξη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Check the header row and how the sheet is laid out. The bold row is the header.</source>
            <translation>Ελέγξτε τη γραμμή κεφαλίδας και τη διάταξη του φύλλου. Η έντονη γραμμή είναι η κεφαλίδα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No header row</source>
            <translation>Χωρίς γραμμή κεφαλίδας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Per metric (sum for counts, mean otherwise)</source>
            <translation>Ανά μετρική (άθροισμα για πλήθη, αλλιώς μέσος όρος)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet preview</source>
            <translation>Προεπισκόπηση φύλλου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Header row:</source>
            <translation>&amp;Γραμμή κεφαλίδας:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Layout:</source>
            <translation>&amp;Διάταξη:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Stage column:</source>
            <translation>&amp;Στήλη σταδίου:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Metric name column:</source>
            <translation>Στήλη &amp;ονόματος μετρικής:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Value column:</source>
            <translation>Στήλη τι&amp;μής:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Date column:</source>
            <translation>Στήλη &amp;ημερομηνίας:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Touchpoint column:</source>
            <translation>Στήλη σημείου επα&amp;φής:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Persona or segment column:</source>
            <translation>Στήλη πε&amp;ρσόνας ή τμήματος πελατών:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Several &amp;rows per stage:</source>
            <translation>Πολ&amp;λές γραμμές ανά στάδιο:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One row per stage</source>
            <translation>Μία γραμμή ανά στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>One column per stage</source>
            <translation>Μία στήλη ανά στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage, metric, value rows</source>
            <translation>Γραμμές στάδιο, μετρική, τιμή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>No column with numbers was found: check the header row and the layout.</source>
            <translation>Δεν βρέθηκε στήλη με αριθμούς: ελέγξτε τη γραμμή κεφαλίδας και τη διάταξη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>(none)</source>
            <translation>(καμία)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Χάρτες διαδρομής πελάτη (*.cjm);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Επιθεωρητής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Opened map</source>
            <translation>Ανοίχτηκε ο χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Undo history</source>
            <translation>Ιστορικό αναίρεσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>History</source>
            <translation>Ιστορικό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Αρχείο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;New map…</source>
            <translation>&amp;Νέος χάρτης…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New from sa&amp;mple map</source>
            <translation>Νέος από χάρτη-&amp;δείγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>New &amp;window</source>
            <translation>Νέο πα&amp;ράθυρο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Άνοιγμα…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Πρόσ&amp;φατα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Save</source>
            <translation>Απο&amp;θήκευση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save &amp;as…</source>
            <translation>Αποθήκευση &amp;ως…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Close window</source>
            <translation>&amp;Κλείσιμο παραθύρου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Επεξεργασία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Insert</source>
            <translation>Ε&amp;ισαγωγή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Προβολή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom o&amp;ut</source>
            <translation>Σμί&amp;κρυνση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom to &amp;fit</source>
            <translation>&amp;Προσαρμογή στο παράθυρο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Actual size</source>
            <translation>Πραγματικό μέγε&amp;θος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Map</source>
            <translation>&amp;Χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>&amp;About cjm-desktop</source>
            <translation>&amp;Σχετικά με το cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Main</source>
            <translation>Κύρια εργαλεία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>Μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Open journey map</source>
            <translation>Άνοιγμα χάρτη διαδρομής πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save journey map</source>
            <translation>Αποθήκευση χάρτη διαδρομής πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Save the changes to “%s” before closing?</source>
            <translation>Να αποθηκευτούν οι αλλαγές στο «%s» πριν από το κλείσιμο;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Saved %s</source>
            <translation>Αποθηκεύτηκε: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Μεγέθυνση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the sample map</source>
            <translation>Δεν ήταν δυνατό το άνοιγμα του χάρτη-δείγματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not open the map</source>
            <translation>Δεν ήταν δυνατό το άνοιγμα του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>Could not save the map</source>
            <translation>Δεν ήταν δυνατή η αποθήκευση του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>(none)</source>
            <translation>(κανένα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/main_window.py" />
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Could not open the template</source>
            <translation>Δεν ήταν δυνατό το άνοιγμα του προτύπου</translation>
        </message>
    </context>
    <context>
        <name>MapFile</name>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the disk is full. Free some space or save to another drive.</source>
            <translation>ο δίσκος είναι γεμάτος. Ελευθερώστε χώρο ή αποθηκεύστε σε άλλη μονάδα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>this location is read-only or you have no permission to write here. Save to another folder.</source>
            <translation>αυτή η θέση είναι μόνο για ανάγνωση ή δεν έχετε δικαίωμα εγγραφής εδώ. Αποθηκεύστε σε άλλο φάκελο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the folder does not exist.</source>
            <translation>ο φάκελος δεν υπάρχει.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>that is a folder, not a file.</source>
            <translation>αυτό είναι φάκελος, όχι αρχείο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>the file name is too long.</source>
            <translation>το όνομα του αρχείου είναι πολύ μεγάλο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/atomic.py" />
            <source>could not save: %1</source>
            <translation>η αποθήκευση απέτυχε: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds %s, which is not a number a journey map can hold</source>
            <translation>περιέχει %s, που δεν είναι αριθμός που μπορεί να έχει ένας χάρτης διαδρομής πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map.</source>
            <translation>το αρχείο είναι πολύ μεγάλο για να είναι χάρτης διαδρομής πελάτη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is empty.</source>
            <translation>το αρχείο είναι κενό.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s…)</source>
            <translation>περιέχει αριθμό πολύ μεγάλο για χάρτη διαδρομής πελάτη (%s…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds a number too large for a journey map (%s)</source>
            <translation>περιέχει αριθμό πολύ μεγάλο για χάρτη διαδρομής πελάτη (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a journey map (the file is not UTF-8 text).</source>
            <translation>δεν είναι χάρτης διαδρομής πελάτη (το αρχείο δεν είναι κείμενο UTF-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its JSON is nested too deeply to be a journey map).</source>
            <translation>είναι κατεστραμμένο (το JSON του έχει πάρα πολλά εμφωλευμένα επίπεδα για χάρτη διαδρομής πελάτη).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>it does not contain a journey map (the top level is not a JSON object)</source>
            <translation>δεν περιέχει χάρτη διαδρομής πελάτη (το ανώτατο επίπεδο δεν είναι αντικείμενο JSON)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested too deeply).</source>
            <translation>είναι κατεστραμμένο (τα δεδομένα του έχουν πάρα πολλά εμφωλευμένα επίπεδα).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>that is a folder, not a map file.</source>
            <translation>είναι φάκελος, όχι αρχείο χάρτη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is not a regular file.</source>
            <translation>δεν είναι κανονικό αρχείο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file does not exist (it may have been moved or deleted).</source>
            <translation>το αρχείο δεν υπάρχει (μπορεί να μετακινήθηκε ή να διαγράφηκε).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged or not a journey map (invalid JSON at line %d, column %d).</source>
            <translation>είναι κατεστραμμένο ή δεν είναι χάρτης διαδρομής πελάτη (μη έγκυρο JSON στη γραμμή %d, στήλη %d).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it is damaged (its data is nested more than %d levels deep)</source>
            <translation>είναι κατεστραμμένο (τα δεδομένα του είναι εμφωλευμένα σε περισσότερα από %d επίπεδα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>the file is too large to be a journey map (%s MB).</source>
            <translation>το αρχείο είναι πολύ μεγάλο για να είναι χάρτης διαδρομής πελάτη (%s MB).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it could not be read: %s</source>
            <translation>δεν ήταν δυνατή η ανάγνωσή του: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_file.py" />
            <source>it holds text that is not valid Unicode (a broken character)</source>
            <translation>περιέχει κείμενο που δεν είναι έγκυρο Unicode (χαλασμένος χαρακτήρας)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two stages share the id '%1'</source>
            <translation>δύο στάδια έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two lanes share the id '%1'</source>
            <translation>δύο λωρίδες έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two cards share the id '%1'</source>
            <translation>δύο κάρτες έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two personas share the id '%1'</source>
            <translation>δύο περσόνες έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two routes share the id '%1'</source>
            <translation>δύο διαδρομές έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two metrics share the id '%1'</source>
            <translation>δύο μετρικές έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two snapshots share the id '%1'</source>
            <translation>δύο στιγμιότυπα έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>two channels share the id '%1'</source>
            <translation>δύο κανάλια έχουν το ίδιο αναγνωριστικό «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in stage '%2', which does not exist</source>
            <translation>η κάρτα «%1» βρίσκεται στο στάδιο «%2», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is linked to persona '%2', which does not exist</source>
            <translation>η κάρτα «%1» συνδέεται με την περσόνα «%2», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>opportunity card '%1' addresses pain point '%2', which does not exist</source>
            <translation>η κάρτα ευκαιρίας «%1» αντιμετωπίζει το σημείο τριβής «%2», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>an emotion score refers to persona '%1' and stage '%2'; one of them does not exist</source>
            <translation>μια βαθμολογία συναισθήματος αναφέρεται στην περσόνα «%1» και στο στάδιο «%2»· ένα από αυτά δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>persona '%1' has two emotion scores at stage '%2'</source>
            <translation>η περσόνα «%1» έχει δύο βαθμολογίες συναισθήματος στο στάδιο «%2»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' belongs to persona '%2', which does not exist</source>
            <translation>η διαδρομή «%1» ανήκει στην περσόνα «%2», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value refers to metric '%1' at stage '%2'; one of them does not exist</source>
            <translation>μια τιμή μετρικής αναφέρεται στη μετρική «%1» στο στάδιο «%2»· ένα από αυτά δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value is on card '%1', which does not exist</source>
            <translation>μια τιμή μετρικής βρίσκεται στην κάρτα «%1», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>a metric value belongs to persona '%1', which does not exist</source>
            <translation>μια τιμή μετρικής ανήκει στην περσόνα «%1», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>%1 should be an object</source>
            <translation>το %1 θα έπρεπε να είναι αντικείμενο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>card '%1' is in lane '%2', which does not exist</source>
            <translation>η κάρτα «%1» βρίσκεται στη λωρίδα «%2», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>route '%1' connects a card that does not exist</source>
            <translation>η διαδρομή «%1» συνδέει μια κάρτα που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/cjm_format.py" />
            <source>voting refers to lane '%1', which does not exist</source>
            <translation>η ψηφοφορία αναφέρεται στη λωρίδα «%1», που δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the clipboard does not hold cards</source>
            <translation>το πρόχειρο δεν περιέχει κάρτες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/clipboard_format.py" />
            <source>the cards were copied from a newer cjm-desktop</source>
            <translation>οι κάρτες αντιγράφηκαν από νεότερη έκδοση του cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>it was saved by a newer cjm-desktop (file format version %1; this version reads up to %2). Update cjm-desktop to open it.</source>
            <translation>αποθηκεύτηκε από νεότερη έκδοση του cjm-desktop (έκδοση μορφής αρχείου %1· αυτή η έκδοση διαβάζει έως την %2). Ενημερώστε το cjm-desktop για να το ανοίξετε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>format_version is missing or not a whole number</source>
            <translation>το format_version λείπει ή δεν είναι ακέραιος αριθμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/migrations.py" />
            <source>file format version %1 is not supported</source>
            <translation>η έκδοση μορφής αρχείου %1 δεν υποστηρίζεται</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>it is not a recovery copy.</source>
            <translation>δεν είναι αντίγραφο ανάκτησης.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>could not create the recovery folder: %1</source>
            <translation>δεν ήταν δυνατή η δημιουργία του φακέλου ανάκτησης: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/recovery.py" />
            <source>the recovery copy could not be read: %1</source>
            <translation>δεν ήταν δυνατή η ανάγνωση του αντιγράφου ανάκτησης: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/schema.py" />
            <source>the document</source>
            <translation>το έγγραφο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/mapfile/snapshots.py" />
            <source>snapshot “%1”: %2</source>
            <translation>στιγμιότυπο «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>MapLocking</name>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Map in use</source>
            <translation>Ο χάρτης χρησιμοποιείται</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open it read-only to look and present, open a copy to edit separately, or open it anyway (whoever saves last overwrites the other's changes).</source>
            <translation>Ανοίξτε τον μόνο για ανάγνωση για να τον δείτε και να τον παρουσιάσετε, ανοίξτε ένα αντίγραφο για να το επεξεργαστείτε χωριστά ή ανοίξτε τον παρ' όλα αυτά (όποιος αποθηκεύσει τελευταίος αντικαθιστά τις αλλαγές του άλλου).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;read-only</source>
            <translation>Άνοιγμα μόνο για &amp;ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open a &amp;copy</source>
            <translation>Άνοιγμα α&amp;ντιγράφου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open &amp;anyway</source>
            <translation>Άνοιγμα &amp;παρ' όλα αυτά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open journey map read-only</source>
            <translation>Άνοιγμα χάρτη διαδρομής πελάτη μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Open rea&amp;d-only…</source>
            <translation>Άνοιγμα μόνο για ανά&amp;γνωση…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Opened a copy of %s</source>
            <translation>Ανοίχτηκε αντίγραφο του %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map was opened read-only.</source>
            <translation>ο χάρτης ανοίχτηκε μόνο για ανάγνωση.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the file is read-only (write-protected).</source>
            <translation>το αρχείο είναι μόνο για ανάγνωση (προστατευμένο από εγγραφή).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>Read-only map</source>
            <translation>Χάρτης μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor: %2.</source>
            <translation>Το «%1» είναι ανοιχτό σε άλλον επεξεργαστή: %2.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>the map is open in another editor (%s).</source>
            <translation>ο χάρτης είναι ανοιχτός σε άλλον επεξεργαστή (%s).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>%1 on %2 since %3</source>
            <translation>%1 στο %2 από %3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is read-only: %2 Use Save As to keep your version.</source>
            <translation>Το «%1» είναι μόνο για ανάγνωση: %2 Χρησιμοποιήστε την Αποθήκευση ως για να κρατήσετε τη δική σας έκδοση.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/map_locking.py" />
            <source>“%1” is open in another editor (%2). Save under another name.</source>
            <translation>Το «%1» είναι ανοιχτό σε άλλον επεξεργαστή (%2). Αποθηκεύστε το με άλλο όνομα.</translation>
        </message>
    </context>
    <context>
        <name>MetricTargets</name>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Metric targets</source>
            <translation>Στόχοι μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Type a target for each metric (percentages as numbers, 5 for 5 %); empty: none.</source>
            <translation>Πληκτρολογήστε έναν στόχο για κάθε μετρική (ποσοστά ως αριθμούς, 5 για 5 %)· κενό: κανένας.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Set metric target</source>
            <translation>Ορισμός στόχου μετρικής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>higher is better</source>
            <translation>όσο υψηλότερο τόσο καλύτερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>lower is better</source>
            <translation>όσο χαμηλότερο τόσο καλύτερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>%s (%s):</source>
            <translation>%s (%s):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>Target for %s</source>
            <translation>Στόχος για %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>The map has no metrics yet (Map ▸ Import metrics…).</source>
            <translation>Ο χάρτης δεν έχει ακόμη μετρικές (Χάρτης ▸ Εισαγωγή μετρικών…).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metric_targets.py" />
            <source>“%s” is not a number: the target of %s is unchanged.</source>
            <translation>Το «%s» δεν είναι αριθμός: ο στόχος της μετρικής %s δεν άλλαξε.</translation>
        </message>
    </context>
    <context>
        <name>MetricsActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Import metrics…</source>
            <translation>Ε&amp;ισαγωγή μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Refresh metrics</source>
            <translation>Α&amp;νανέωση μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>E&amp;xport metrics workbook…</source>
            <translation>Ε&amp;ξαγωγή βιβλίου εργασίας μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Lay numbers from a spreadsheet over the stages</source>
            <translation>Τοποθετήστε αριθμούς από ένα υπολογιστικό φύλλο πάνω στα στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Re-read the spreadsheet the metrics came from</source>
            <translation>Ξαναδιαβάστε το υπολογιστικό φύλλο από το οποίο ήρθαν οι μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>&amp;Metrics dock</source>
            <translation>Πίνακας με&amp;τρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Export metrics workbook</source>
            <translation>Εξαγωγή βιβλίου εργασίας μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Βιβλίο εργασίας Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Metrics imported: %d. Ctrl+Z undoes the import.</source>
            <translation>Εισήχθησαν μετρικές: %d. Το Ctrl+Z αναιρεί την εισαγωγή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>Exported %s</source>
            <translation>Εξήχθη: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_actions.py" />
            <source>The workbook could not be written:
%s

%s</source>
            <translation>Δεν ήταν δυνατή η εγγραφή του βιβλίου εργασίας:
%s

%s</translation>
        </message>
    </context>
    <context>
        <name>MetricsChart</name>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>No metrics yet: Map ▸ Import metrics…</source>
            <translation>Δεν υπάρχουν ακόμη μετρικές: Χάρτης ▸ Εισαγωγή μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>Metric:</source>
            <translation>Μετρική:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/charts/metrics_dock.py" />
            <source>%s over time</source>
            <translation>%s στον χρόνο</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric definitions</source>
            <translation>Ορισμοί μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metric values</source>
            <translation>Τιμές μετρικών</translation>
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
            <translation>Καθαρισμός τιμών μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Add metric</source>
            <translation>&amp;Προσθήκη μετρικής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Delete metric</source>
            <translation>&amp;Διαγραφή μετρικής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values of</source>
            <translation>Τιμές για</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>&amp;Values of:</source>
            <translation>&amp;Τιμές για:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Values in italics were typed by hand; Refresh keeps them.</source>
            <translation>Οι τιμές με πλάγια γράμματα πληκτρολογήθηκαν με το χέρι· η Ανανέωση τις διατηρεί.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics grid</source>
            <translation>Πλέγμα μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Metrics &amp;grid…</source>
            <translation>Πλέγ&amp;μα μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Type metric definitions and values by hand</source>
            <translation>Πληκτρολογήστε με το χέρι ορισμούς και τιμές μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Unit</source>
            <translation>Μονάδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Format</source>
            <translation>Μορφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Better</source>
            <translation>Καλύτερα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Target</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Source note</source>
            <translation>Σημείωση πηγής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Paste metric values</source>
            <translation>Επικόλληση τιμών μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Stages</source>
            <translation>Στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Touchpoints</source>
            <translation>Σημεία επαφής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>New metric</source>
            <translation>Νέα μετρική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Persona: %1</source>
            <translation>Περσόνα: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Higher</source>
            <translation>Υψηλότερα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Lower</source>
            <translation>Χαμηλότερα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/metrics_grid.py" />
            <source>Typed by hand: Refresh keeps it</source>
            <translation>Πληκτρολογήθηκε με το χέρι: η Ανανέωση το διατηρεί</translation>
        </message>
    </context>
    <context>
        <name>MetricsPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>number</source>
            <translation>αριθμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>percent</source>
            <translation>ποσοστό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>currency</source>
            <translation>νόμισμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>duration</source>
            <translation>διάρκεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>higher</source>
            <translation>υψηλότερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>lower</source>
            <translation>χαμηλότερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>sum</source>
            <translation>άθροισμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>mean</source>
            <translation>μέσος όρος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>median</source>
            <translation>διάμεσος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>min</source>
            <translation>ελάχιστο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>max</source>
            <translation>μέγιστο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>last</source>
            <translation>τελευταίο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>count</source>
            <translation>πλήθος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metric</source>
            <translation>Μετρική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Unit</source>
            <translation>Μονάδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Format</source>
            <translation>Μορφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Better when</source>
            <translation>Καλύτερα όταν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Target</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Aggregate</source>
            <translation>Συγκέντρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Guessed from the column names and cell formats. Untick a metric to leave it out. Targets are typed as shown (40 for 40 %, seconds for durations).</source>
            <translation>Μαντεύτηκαν από τα ονόματα των στηλών και τις μορφές των κελιών. Αποεπιλέξτε μια μετρική για να την παραλείψετε. Οι στόχοι γράφονται όπως εμφανίζονται (40 για 40 %, δευτερόλεπτα για διάρκειες).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Metrics to import</source>
            <translation>Μετρικές για εισαγωγή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Εισαγωγή μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tick at least one metric to import.</source>
            <translation>Επιλέξτε τουλάχιστον μία μετρική για εισαγωγή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>The target of %s is not a number.</source>
            <translation>Ο στόχος της μετρικής %s δεν είναι αριθμός.</translation>
        </message>
    </context>
    <context>
        <name>MetricsWorkbook</name>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>number</source>
            <translation>αριθμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>percent</source>
            <translation>ποσοστό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>currency</source>
            <translation>νόμισμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>duration</source>
            <translation>διάρκεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>higher</source>
            <translation>υψηλότερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>lower</source>
            <translation>χαμηλότερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>sum</source>
            <translation>άθροισμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>mean</source>
            <translation>μέσος όρος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>median</source>
            <translation>διάμεσος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>min</source>
            <translation>ελάχιστο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>max</source>
            <translation>μέγιστο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>last</source>
            <translation>τελευταίο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>count</source>
            <translation>πλήθος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Sheet</source>
            <translation>Φύλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Date</source>
            <translation>Ημερομηνία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric</source>
            <translation>Μετρική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Value</source>
            <translation>Τιμή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoint</source>
            <translation>Σημείο επαφής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Persona</source>
            <translation>Περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Unit</source>
            <translation>Μονάδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Format</source>
            <translation>Μορφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Better when</source>
            <translation>Καλύτερα όταν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Target</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Aggregate</source>
            <translation>Συγκέντρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Source note</source>
            <translation>Σημείωση πηγής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunity</source>
            <translation>Ευκαιρία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Pain points addressed</source>
            <translation>Σημεία τριβής που αντιμετωπίζει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Impact</source>
            <translation>Αντίκτυπος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Effort</source>
            <translation>Προσπάθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Metric details</source>
            <translation>Στοιχεία μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Cards</source>
            <translation>Κάρτες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Series</source>
            <translation>Χρονοσειρές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Touchpoints and personas</source>
            <translation>Σημεία επαφής και περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Opportunities</source>
            <translation>Ευκαιρίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_export.py" />
            <source>Lane</source>
            <translation>Λωρίδα</translation>
        </message>
    </context>
    <context>
        <name>OpportunityLinks</name>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show on map</source>
            <translation>Εμφάνιση στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Show the chosen card on the map</source>
            <translation>Εμφάνιση της επιλεγμένης κάρτας στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Pain points this opportunity addresses</source>
            <translation>Σημεία τριβής που αντιμετωπίζει αυτή η ευκαιρία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>Opportunities addressing this pain point</source>
            <translation>Ευκαιρίες που αντιμετωπίζουν αυτό το σημείο τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No pain points on the map yet</source>
            <translation>Δεν υπάρχουν ακόμη σημεία τριβής στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_links.py" />
            <source>No opportunity addresses it yet</source>
            <translation>Καμία ευκαιρία δεν το αντιμετωπίζει ακόμη</translation>
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
            <translation>Πίνακας αντίκτυπου × προσπάθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>low</source>
            <translation>χαμηλή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>medium</source>
            <translation>μέτρια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>high</source>
            <translation>υψηλή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Effort →</source>
            <translation>Προσπάθεια →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Impact →</source>
            <translation>Αντίκτυπος →</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>No rated opportunities</source>
            <translation>Καμία αξιολογημένη ευκαιρία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Not rated (impact or effort unset):</source>
            <translation>Χωρίς αξιολόγηση (λείπει αντίκτυπος ή προσπάθεια):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>Opportunities not rated</source>
            <translation>Μη αξιολογημένες ευκαιρίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>+%1 more</source>
            <translation>+%1 ακόμη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix.py" />
            <source>%1; status %2; impact %3, effort %4</source>
            <translation>%1· κατάσταση %2· αντίκτυπος %3, προσπάθεια %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort</source>
            <translation>Αντίκτυπος × προσπάθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Impact × effort matri&amp;x</source>
            <translation>Πίνακας α&amp;ντίκτυπου × προσπάθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/opportunity_matrix_actions.py" />
            <source>Place the opportunities by impact and effort</source>
            <translation>Τοποθέτηση των ευκαιριών κατά αντίκτυπο και προσπάθεια</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Lane, %n cards in this stage</source>
            <translation>
                <numerusform>Λωρίδα, %n κάρτα σε αυτό το στάδιο</numerusform>
                <numerusform>Λωρίδα, %n κάρτες σε αυτό το στάδιο</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stage %d of %d</source>
            <translation>Στάδιο %d από %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>(empty card)</source>
            <translation>(κενή κάρτα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Map outline</source>
            <translation>Διάρθρωση χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages with their lanes and cards, then personas and metrics. F2 edits a name or text.</source>
            <translation>Τα στάδια με τις λωρίδες και τις κάρτες τους, μετά οι περσόνες και οι μετρικές. Το F2 επεξεργάζεται ένα όνομα ή κείμενο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Rename persona</source>
            <translation>Μετονομασία περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Card in %s</source>
            <translation>Κάρτα στο %s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n τεκμήριο</numerusform>
                <numerusform>%n τεκμήρια</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Stages</source>
            <translation>Στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>severity %s</source>
            <translation>σοβαρότητα %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>status: %s</source>
            <translation>κατάσταση: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>pain points addressed: %d</source>
            <translation>σημεία τριβής που αντιμετωπίζει: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>votes: %d</source>
            <translation>ψήφοι: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>evidence level: %s</source>
            <translation>επίπεδο τεκμηρίωσης: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/outline_dock.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>&amp;Personas…</source>
            <translation>&amp;Περσόνες…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Create and edit the personas of this map</source>
            <translation>Δημιουργία και επεξεργασία των περσονών αυτού του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Add &amp;persona</source>
            <translation>Προσθήκη &amp;περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Persona &amp;curves</source>
            <translation>Καμπύ&amp;λες περσονών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona</source>
            <translation>Επισήμανση περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Fade out what belongs to other personas</source>
            <translation>Σβήστε ό,τι ανήκει σε άλλες περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Highlight persona: </source>
            <translation>Επισήμανση περσόνας: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>All</source>
            <translation>Όλες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Emotion note</source>
            <translation>Σημείωση συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Why does %s feel this way at “%s”?</source>
            <translation>Γιατί ο/η %s νιώθει έτσι στο «%s»;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>Unnamed persona</source>
            <translation>Περσόνα χωρίς όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_actions.py" />
            <source>(no personas)</source>
            <translation>(καμία περσόνα)</translation>
        </message>
    </context>
    <context>
        <name>PersonaChecklist</name>
        <message>
            <location filename="../../cjm_desktop/ui/inspector_widgets.py" />
            <source>No personas yet (Map ▸ Personas…)</source>
            <translation>Δεν υπάρχουν ακόμη περσόνες (Χάρτης ▸ Περσόνες…)</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Εικόνες (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Role / occupation</source>
            <translation>Ρόλος / επάγγελμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Age</source>
            <translation>Ηλικία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Location</source>
            <translation>Τοποθεσία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Background</source>
            <translation>Υπόβαθρο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Goals</source>
            <translation>Στόχοι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Motivations</source>
            <translation>Κίνητρα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Frustrations</source>
            <translation>Απογοητεύσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Behaviours</source>
            <translation>Συμπεριφορές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Characteristic quote</source>
            <translation>Χαρακτηριστική φράση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Tick a persona to show its emotion curve on the map</source>
            <translation>Επιλέξτε μια περσόνα για να εμφανιστεί η καμπύλη συναισθημάτων της στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Add</source>
            <translation>Προσθήκη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Duplicate</source>
            <translation>Διπλασιασμός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move up</source>
            <translation>Μετακίνηση πάνω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move down</source>
            <translation>Μετακίνηση κάτω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona up the list (Alt+Up)</source>
            <translation>Μετακίνηση της περσόνας πιο πάνω στη λίστα (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Move the persona down the list (Alt+Down)</source>
            <translation>Μετακίνηση της περσόνας πιο κάτω στη λίστα (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>From file…</source>
            <translation>Από αρχείο…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Paste</source>
            <translation>Επικόλληση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Photo</source>
            <translation>Φωτογραφία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Segment</source>
            <translation>Τμήμα πελατών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Colour</source>
            <translation>Χρώμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Preferred channels</source>
            <translation>Προτιμώμενα κανάλια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Persona colour</source>
            <translation>Χρώμα περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Choose a photo</source>
            <translation>Επιλογή φωτογραφίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>Unnamed persona</source>
            <translation>Περσόνα χωρίς όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The photo was not added. %s</source>
            <translation>Η φωτογραφία δεν προστέθηκε. %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>pasted image</source>
            <translation>επικολλημένη εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/persona_editor.py" />
            <source>The clipboard holds no image. Copy a picture first.</source>
            <translation>Το πρόχειρο δεν περιέχει εικόνα. Αντιγράψτε πρώτα μια εικόνα.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preference&amp;s…</source>
            <translation>Προτιμή&amp;σεις…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Preferences</source>
            <translation>Προτιμήσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>System default</source>
            <translation>Προεπιλογή συστήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Γλώσσα:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>A new language applies the next time the editor starts.</source>
            <translation>Η νέα γλώσσα εφαρμόζεται την επόμενη φορά που θα ξεκινήσει ο επεξεργαστής.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Theme:</source>
            <translation>&amp;Θέμα:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> s</source>
            <translation> δευτ.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>How long after your last edit a recovery copy is written</source>
            <translation>Πόσο μετά την τελευταία σας επεξεργασία γράφεται αντίγραφο ανάκτησης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>&amp;Autosave after:</source>
            <translation>&amp;Αυτόματη αποθήκευση μετά από:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default export &amp;format:</source>
            <translation>Προεπιλεγμένη &amp;μορφή εξαγωγής:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default PDF &amp;page size:</source>
            <translation>Προεπιλεγμένο μέγεθος &amp;σελίδας PDF:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source> DPI</source>
            <translation> DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Default image &amp;resolution:</source>
            <translation>Προεπιλεγμένη ανάλυση ει&amp;κόνας:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Same as the system</source>
            <translation>Όπως το σύστημα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Light</source>
            <translation>Ανοιχτό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/preferences.py" />
            <source>Dark</source>
            <translation>Σκούρο</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Presentation — %s</source>
            <translation>Παρουσίαση — %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Workshop controls</source>
            <translation>Χειριστήρια εργαστηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/presentation.py" />
            <source>Overview</source>
            <translation>Επισκόπηση</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Look in:</source>
            <translation>Αναζήτηση &amp;σε:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>File &amp;name:</source>
            <translation>Όνομα &amp;αρχείου:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Files of &amp;type:</source>
            <translation>&amp;Τύπος αρχείων:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Back</source>
            <translation>Πίσω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Forward</source>
            <translation>Εμπρός</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Parent Directory</source>
            <translation>Γονικός φάκελος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Create New Folder</source>
            <translation>Δημιουργία νέου φακέλου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>List View</source>
            <translation>Προβολή λίστας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Detail View</source>
            <translation>Προβολή λεπτομερειών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Save</source>
            <translation>Αποθή&amp;κευση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Open</source>
            <translation>Ά&amp;νοιγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Choose</source>
            <translation>&amp;Επιλογή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save As</source>
            <translation>Αποθήκευση ως</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>All Files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Το %1 υπάρχει ήδη.
Θέλετε να αντικατασταθεί;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>New Folder</source>
            <translation>Νέος φάκελος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;New Folder</source>
            <translation>&amp;Νέος φάκελος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Μετονομασία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show &amp;hidden files</source>
            <translation>Εμφάνιση &amp;κρυφών αρχείων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Recent Places</source>
            <translation>Πρόσφατες τοποθεσίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Directory:</source>
            <translation>Φάκελος:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Θέλετε σίγουρα να διαγράψετε το «%1»;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Το αρχείο δεν βρέθηκε.
Ελέγξτε ότι δώσατε το σωστό όνομα αρχείου.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Type</source>
            <translation>Τύπος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Date Modified</source>
            <translation>Ημερομηνία τροποποίησης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Computer</source>
            <translation>Υπολογιστής</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>Ε&amp;πανάληψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Επιλογή όλων</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Show Details...</source>
            <translation>Εμφάνιση λεπτομερειών...</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Hide Details...</source>
            <translation>Απόκρυψη λεπτομερειών...</translation>
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
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Save All</source>
            <translation>Αποθήκευση όλων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Yes</source>
            <translation>&amp;Ναι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Yes to &amp;All</source>
            <translation>Ναι σε ό&amp;λα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;No</source>
            <translation>Ό&amp;χι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>N&amp;o to All</source>
            <translation>Όχι σε ό&amp;λα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Abort</source>
            <translation>Διακοπή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Ignore</source>
            <translation>Παράβλεψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Discard</source>
            <translation>Απόρριψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Help</source>
            <translation>Βοήθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Apply</source>
            <translation>Εφαρμογή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Reset</source>
            <translation>Επαναφορά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Restore Defaults</source>
            <translation>Επαναφορά προεπιλογών</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;κενό&gt;</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Redo</source>
            <translation>Ε&amp;πανάληψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Select All</source>
            <translation>Επιλογή όλων</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Πίσω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Επόμενο &gt;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Τέλος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/qt_strings.py" />
            <source>Commit</source>
            <translation>Υποβολή</translation>
        </message>
    </context>
    <context>
        <name>Quotes</name>
        <message>
            <location filename="../../cjm_desktop/i18n.py" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBar</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Save &amp;as…</source>
            <translation>Αποθήκευση &amp;ως…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Read-only: %s Save a copy to edit it.</source>
            <translation>Μόνο για ανάγνωση: %s Αποθηκεύστε ένα αντίγραφο για να το επεξεργαστείτε.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source> (read-only)</source>
            <translation> (μόνο για ανάγνωση)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/read_only.py" />
            <source>Not changed: %s</source>
            <translation>Δεν άλλαξε: %s</translation>
        </message>
    </context>
    <context>
        <name>ReadingOptions</name>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Automatic (from the file, then the map)</source>
            <translation>Αυτόματα (από το αρχείο, μετά από τον χάρτη)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Point: 1,234.5</source>
            <translation>Τελεία: 1,234.5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Comma: 1.234,5 or 1 234,5</source>
            <translation>Κόμμα: 1.234,5 ή 1 234,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Κωδικοποίηση:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>&amp;Decimal mark:</source>
            <translation>&amp;Υποδιαστολή:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>These numbers read two ways; choose the decimal mark above:</source>
            <translation>Αυτοί οι αριθμοί διαβάζονται με δύο τρόπους· επιλέξτε υποδιαστολή παραπάνω:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>“%s”: %s is %s with a decimal point, or %s with a decimal comma.</source>
            <translation>«%s»: το %s είναι %s με υποδιαστολή τελεία ή %s με υποδιαστολή κόμμα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>%s (detected)</source>
            <translation>%s (εντοπίστηκε)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/reading_options.py" />
            <source>Text as read: %s</source>
            <translation>Κείμενο όπως διαβάστηκε: %s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Recover unsaved maps</source>
            <translation>Ανάκτηση μη αποθηκευμένων χαρτών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>cjm-desktop did not close properly last time. These maps had changes that were not saved:</source>
            <translation>Το cjm-desktop δεν έκλεισε σωστά την τελευταία φορά. Αυτοί οι χάρτες είχαν αλλαγές που δεν αποθηκεύτηκαν:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Restored maps open with their changes unsaved; save them to keep them.</source>
            <translation>Οι χάρτες που ανακτώνται ανοίγουν με τις αλλαγές τους μη αποθηκευμένες· αποθηκεύστε τους για να τους κρατήσετε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Ανάκτηση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Discard</source>
            <translation>Α&amp;πόρριψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>&amp;Later</source>
            <translation>Α&amp;ργότερα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Discard recovered work?</source>
            <translation>Απόρριψη της ανακτημένης εργασίας;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>The unsaved changes of %n maps will be deleted for good.</source>
            <translation>
                <numerusform>Οι μη αποθηκευμένες αλλαγές %n χάρτη θα διαγραφούν οριστικά.</numerusform>
                <numerusform>Οι μη αποθηκευμένες αλλαγές %n χαρτών θα διαγραφούν οριστικά.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Map</source>
            <translation>Χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Original file</source>
            <translation>Αρχικό αρχείο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Last autosaved</source>
            <translation>Τελευταία αυτόματη αποθήκευση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>(never saved)</source>
            <translation>(δεν αποθηκεύτηκε ποτέ)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_dialog.py" />
            <source>Could not restore the map</source>
            <translation>Δεν ήταν δυνατή η ανάκτηση του χάρτη</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>File changed on disk</source>
            <translation>Το αρχείο άλλαξε στον δίσκο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not write the recovery copy: %s</source>
            <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου ανάκτησης: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reload the map?</source>
            <translation>Επαναφόρτωση του χάρτη;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloaded %s</source>
            <translation>Επαναφορτώθηκε: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>“%s” was changed by another program since you opened or saved it.
Overwrite it with your version? The other version is kept as a .bak file.</source>
            <translation>Το «%s» άλλαξε από άλλο πρόγραμμα αφότου το ανοίξατε ή το αποθηκεύσατε.
Να αντικατασταθεί με τη δική σας έκδοση; Η άλλη έκδοση διατηρείται ως αρχείο .bak.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Reloading “%s” discards your unsaved changes, and they cannot be undone.</source>
            <translation>Η επαναφόρτωση του «%s» απορρίπτει τις μη αποθηκευμένες αλλαγές σας, και αυτό δεν αναιρείται.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/recovery_actions.py" />
            <source>Could not reload the map</source>
            <translation>Δεν ήταν δυνατή η επαναφόρτωση του χάρτη</translation>
        </message>
    </context>
    <context>
        <name>RefreshDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Refresh metrics</source>
            <translation>Ανανέωση μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Choose a sheet…</source>
            <translation>Επιλέξτε φύλλο…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Sheet:</source>
            <translation>Φύλλ&amp;ο:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Apply</source>
            <translation>Ε&amp;φαρμογή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>&amp;Locate…</source>
            <translation>&amp;Εντοπισμός…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Locate the metrics source</source>
            <translation>Εντοπισμός της πηγής των μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 was not found in
%2

It may have been renamed, or the workbook exported in another language. Choose the sheet to refresh from:</source>
            <translation>Το φύλλο %1 δεν βρέθηκε στο
%2

Μπορεί να μετονομάστηκε ή το βιβλίο εργασίας να εξήχθη σε άλλη γλώσσα. Επιλέξτε το φύλλο από το οποίο θα γίνει η ανανέωση:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>added</source>
            <translation>προστέθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>removed</source>
            <translation>αφαιρέθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>changed</source>
            <translation>άλλαξε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Metric</source>
            <translation>Μετρική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Before</source>
            <translation>Πριν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>After</source>
            <translation>Μετά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Change</source>
            <translation>Αλλαγή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>This map has no metrics source yet. Use Map ▸ Import metrics… first.</source>
            <translation>Αυτός ο χάρτης δεν έχει ακόμη πηγή μετρικών. Χρησιμοποιήστε πρώτα Χάρτης ▸ Εισαγωγή μετρικών….</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Reading %s…</source>
            <translation>Ανάγνωση %s…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source could not be read: %s
%s</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση της πηγής: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source file was not found:
%s

It may have been moved, renamed or deleted. Locate it to refresh from its new place.</source>
            <translation>Το αρχείο πηγής δεν βρέθηκε:
%s

Μπορεί να μετακινήθηκε, να μετονομάστηκε ή να διαγράφηκε. Εντοπίστε το για ανανέωση από τη νέα του θέση.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The sheet %1 does not fit this map's import: %2
Choose another sheet.</source>
            <translation>Το φύλλο %1 δεν ταιριάζει στην εισαγωγή αυτού του χάρτη: %2
Επιλέξτε άλλο φύλλο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source now has stages that match no stage of the map: %s.
Use Map ▸ Import metrics… to assign them.</source>
            <translation>Η πηγή έχει πλέον στάδια που δεν αντιστοιχούν σε κανένα στάδιο του χάρτη: %s.
Χρησιμοποιήστε Χάρτης ▸ Εισαγωγή μετρικών… για να τα αντιστοιχίσετε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Values to update from %s: %d.</source>
            <translation>Τιμές προς ενημέρωση από %s: %d.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics are up to date: nothing changed in %s.</source>
            <translation>Οι μετρικές είναι ενημερωμένες: τίποτα δεν άλλαξε στο %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>New metrics: %s.</source>
            <translation>Νέες μετρικές: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>%1 has no sheet %2 any more: read from %3, which Apply remembers.</source>
            <translation>Το %1 δεν έχει πια φύλλο %2: έγινε ανάγνωση από το %3, που θα απομνημονευτεί με την Εφαρμογή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>Left out: %s.</source>
            <translation>Παραλείφθηκαν: %s.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The source has changed and no longer fits the import: %s
%s</source>
            <translation>Η πηγή άλλαξε και δεν ταιριάζει πια στην εισαγωγή: %s
%s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/refresh_dialog.py" />
            <source>The metrics could not be refreshed; the map is unchanged.
%s</source>
            <translation>Δεν ήταν δυνατή η ανανέωση των μετρικών· ο χάρτης δεν άλλαξε.
%s</translation>
        </message>
    </context>
    <context>
        <name>RouteMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>The text written on the arrow</source>
            <translation>Το κείμενο που γράφεται πάνω στο βέλος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Persona</source>
            <translation>Περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Everyone (no persona)</source>
            <translation>Όλοι (χωρίς περσόνα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Reverse direction</source>
            <translation>Αντιστροφή κατεύθυνσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Delete route</source>
            <translation>Διαγραφή διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Route label</source>
            <translation>Ετικέτα διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Text on the arrow:</source>
            <translation>Κείμενο στο βέλος:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Label…</source>
            <translation>Ετικέτα…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/route_menu.py" />
            <source>Unnamed persona</source>
            <translation>Περσόνα χωρίς όνομα</translation>
        </message>
    </context>
    <context>
        <name>RouteTool</name>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Draw route: click a touchpoint card, then the next one. Esc to finish.</source>
            <translation>Σχεδίαση διαδρομής: κάντε κλικ σε μια κάρτα σημείου επαφής και μετά στην επόμενη. Esc για τέλος.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route kept; the next arrow was not started. Click a touchpoint card to draw another route, Esc to finish.</source>
            <translation>Η διαδρομή διατηρήθηκε· το επόμενο βέλος δεν ξεκίνησε. Κάντε κλικ σε μια κάρτα σημείου επαφής για να σχεδιάσετε άλλη διαδρομή, Esc για τέλος.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: choose a card in a touchpoints lane.</source>
            <translation>Οι διαδρομές συνδέουν κάρτες σημείων επαφής: επιλέξτε μια κάρτα σε λωρίδα σημείων επαφής.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Arrows leaving this touchpoint deleted (Ctrl+Z brings them back).</source>
            <translation>Τα βέλη που ξεκινούν από αυτό το σημείο επαφής διαγράφηκαν (το Ctrl+Z τα επαναφέρει).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Now click the touchpoint the customer goes to next.</source>
            <translation>Τώρα κάντε κλικ στο σημείο επαφής όπου πηγαίνει μετά ο πελάτης.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>These two touchpoints are already connected.</source>
            <translation>Αυτά τα δύο σημεία επαφής είναι ήδη συνδεδεμένα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Route drawn. Click the next touchpoint to continue, Esc to finish.</source>
            <translation>Η διαδρομή σχεδιάστηκε. Κάντε κλικ στο επόμενο σημείο επαφής για συνέχεια, Esc για τέλος.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/route_tool.py" />
            <source>Routes connect touchpoint cards: click a card in a touchpoints lane.</source>
            <translation>Οι διαδρομές συνδέουν κάρτες σημείων επαφής: κάντε κλικ σε μια κάρτα μιας λωρίδας σημείων επαφής.</translation>
        </message>
    </context>
    <context>
        <name>SheetReading</name>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)</source>
            <translation>Βιβλία εργασίας Excel (*.xlsx *.xlsm *.xlsb *.xls)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>LibreOffice (*.ods)</source>
            <translation>LibreOffice (*.ods)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Text tables (*.csv *.tsv *.txt)</source>
            <translation>Πίνακες κειμένου (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>All files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_preview.py" />
            <source>Spreadsheets (%s)</source>
            <translation>Υπολογιστικά φύλλα (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading spreadsheet</source>
            <translation>Ανάγνωση υπολογιστικού φύλλου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/sheet_reading.py" />
            <source>Reading %s…</source>
            <translation>Ανάγνωση %s…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Moving around the map</source>
            <translation>Μετακίνηση στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Emotion scores</source>
            <translation>Βαθμολογίες συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Routes (Insert ▸ Draw route, R)</source>
            <translation>Διαδρομές (Εισαγωγή ▸ Σχεδίαση διαδρομής, R)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Personas and metrics</source>
            <translation>Περσόνες και μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keyboard shortcuts</source>
            <translation>Συντομεύσεις πληκτρολογίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Keys</source>
            <translation>Πλήκτρα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>What they do</source>
            <translation>Τι κάνουν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu commands</source>
            <translation>Εντολές μενού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Arrow keys</source>
            <translation>Πλήκτρα βέλους</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select the next card, stage or lane</source>
            <translation>Επιλογή της επόμενης κάρτας, σταδίου ή λωρίδας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+arrow keys</source>
            <translation>Alt+πλήκτρα βέλους</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Move the selected card, stage or lane</source>
            <translation>Μετακίνηση της επιλεγμένης κάρτας, σταδίου ή λωρίδας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or F2</source>
            <translation>Enter ή F2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Edit the selected item's text</source>
            <translation>Επεξεργασία του κειμένου του επιλεγμένου στοιχείου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the selection</source>
            <translation>Κατάργηση της επιλογής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Menu key</source>
            <translation>Πλήκτρο μενού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The context menu</source>
            <translation>Το μενού περιβάλλοντος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Right on the Emotions lane</source>
            <translation>Δεξί βέλος στη λωρίδα Συναισθήματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Put the focus ring on the first persona's first point</source>
            <translation>Μεταφορά της εστίασης στο πρώτο σημείο της πρώτης περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Up / Down</source>
            <translation>Πάνω / Κάτω</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Raise or lower the score (one undo step each)</source>
            <translation>Αύξηση ή μείωση της βαθμολογίας (ένα βήμα αναίρεσης η καθεμία)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Left / Right</source>
            <translation>Αριστερά / Δεξιά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next stage</source>
            <translation>Το προηγούμενο ή το επόμενο στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>The previous or next persona</source>
            <translation>Η προηγούμενη ή η επόμενη περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Score an unscored stage (0)</source>
            <translation>Βαθμολόγηση σταδίου χωρίς βαθμολογία (0)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Clear the score</source>
            <translation>Καθαρισμός της βαθμολογίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Back to the lane</source>
            <translation>Επιστροφή στη λωρίδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Select a touchpoint card</source>
            <translation>Επιλογή κάρτας σημείου επαφής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Enter or Space</source>
            <translation>Enter ή Space</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Start the route here, or draw the next arrow</source>
            <translation>Έναρξη της διαδρομής εδώ ή σχεδίαση του επόμενου βέλους</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Delete the arrows leaving the selected card</source>
            <translation>Διαγραφή των βελών που ξεκινούν από την επιλεγμένη κάρτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Esc, Esc</source>
            <translation>Esc, Esc</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Stop the pending arrow, then leave the tool</source>
            <translation>Διακοπή του εκκρεμούς βέλους, μετά έξοδος από το εργαλείο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Up / Alt+Down</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>In the persona editor's list: move the persona</source>
            <translation>Στη λίστα του επεξεργαστή περσονών: μετακίνηση της περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Map ▸ Metric targets…</source>
            <translation>Χάρτης ▸ Στόχοι μετρικών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/shortcut_sheet.py" />
            <source>Type each metric's target; Tab applies it</source>
            <translation>Πληκτρολόγηση του στόχου κάθε μετρικής· το Tab τον εφαρμόζει</translation>
        </message>
    </context>
    <context>
        <name>SnapshotActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots</source>
            <translation>Στιγμιό&amp;τυπα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Λήψη στιγμιότυπου…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Keep a named, dated copy of the map inside it</source>
            <translation>Διατήρηση ενός επώνυμου αντιγράφου του χάρτη με ημερομηνία μέσα στον ίδιο τον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Snapshots…</source>
            <translation>&amp;Στιγμιότυπα…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Edit the to-be curves…</source>
            <translation>&amp;Επεξεργασία επιθυμητών καμπυλών…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>Cop&amp;y the emotion curves to the to-be curves</source>
            <translation>Αντιγραφή των καμπυλών συναισθημάτων στις ε&amp;πιθυμητές καμπύλες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_actions.py" />
            <source>&amp;Clear the to-be curves</source>
            <translation>&amp;Καθαρισμός επιθυμητών καμπυλών</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Snapshot</source>
            <translation>Στιγμιότυπο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Take snapshot</source>
            <translation>Λήψη στιγμιότυπου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Delete snapshot</source>
            <translation>Διαγραφή στιγμιότυπου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Mark snapshot</source>
            <translation>Σήμανση στιγμιότυπου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Restore snapshot “%1”</source>
            <translation>Επαναφορά στιγμιότυπου «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Set the to-be curves</source>
            <translation>Ορισμός επιθυμητών καμπυλών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Clear the to-be curves</source>
            <translation>Καθαρισμός επιθυμητών καμπυλών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/snapshot_edits.py" />
            <source>Edit the to-be curves</source>
            <translation>Επεξεργασία επιθυμητών καμπυλών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Why this version matters (optional)</source>
            <translation>Γιατί έχει σημασία αυτή η έκδοση (προαιρετικό)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Name:</source>
            <translation>Ό&amp;νομα:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>N&amp;ote:</source>
            <translation>&amp;Σημείωση:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Mark as:</source>
            <translation>Σή&amp;μανση ως:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshots</source>
            <translation>Στιγμιότυπα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Take snapshot…</source>
            <translation>&amp;Λήψη στιγμιότυπου…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Επαναφορά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Compare with the map</source>
            <translation>Σύ&amp;γκριση με τον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark &amp;as-is</source>
            <translation>Σήμανση ως &amp;τρέχουσα κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Mark t&amp;o-be</source>
            <translation>Σήμανση ως επι&amp;θυμητή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Use its curves as &amp;to-be</source>
            <translation>Χρήση των καμπυλών του ως ε&amp;πιθυμητών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>as-is</source>
            <translation>τρέχουσα κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>to-be</source>
            <translation>επιθυμητή κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Taken</source>
            <translation>Λήψη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Note</source>
            <translation>Σημείωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Snapshot %1</source>
            <translation>Στιγμιότυπο %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/snapshot_dialog.py" />
            <source>Damaged snapshot</source>
            <translation>Κατεστραμμένο στιγμιότυπο</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 × %2 read from “%3”.</source>
            <translation>Ανάγνωση από το «%3»: %1 × %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n γραμμή</numerusform>
                <numerusform>%n γραμμές</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n στήλη</numerusform>
                <numerusform>%n στήλες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Tab</source>
            <translation>στηλοθέτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Space</source>
            <translation>κενό διάστημα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet</source>
            <translation>Υπολογιστικό φύλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.</source>
            <translation>Επιλέξτε ένα αρχείο Excel, LibreOffice ή CSV που εξήχθη από εργαλεία αναλυτικών, CRM ή ερευνών.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Spreadsheet file</source>
            <translation>Αρχείο υπολογιστικού φύλλου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Path to a .xlsx, .xls, .ods, .csv … file</source>
            <translation>Διαδρομή προς αρχείο .xlsx, .xls, .ods, .csv …</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Bro&amp;wse…</source>
            <translation>Ανα&amp;ζήτηση…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>F&amp;ile:</source>
            <translation>&amp;Αρχείο:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Φύλλο:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Import metrics</source>
            <translation>Εισαγωγή μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Text file: encoding %s, delimiter “%s”.</source>
            <translation>Αρχείο κειμένου: κωδικοποίηση %s, διαχωριστικό «%s».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Could not read this file.</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση αυτού του αρχείου.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it needs more than the %1 GB of memory the reader may use, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>η ανάγνωσή του χρειάζεται περισσότερη από τη μνήμη των %1 GB που επιτρέπεται στον αναγνώστη, γι' αυτό διακόπηκε. Ο χάρτης σας δεν άλλαξε. Αντιγράψτε τα δεδομένα που χρειάζεστε σε μικρότερο αρχείο ή εξαγάγετέ τα ως CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>reading it took longer than %1 s, so it was stopped. Your map is unchanged. Copy the data you need into a smaller file, or export it as CSV.</source>
            <translation>η ανάγνωσή του διήρκεσε περισσότερο από %1 δευτ., γι' αυτό διακόπηκε. Ο χάρτης σας δεν άλλαξε. Αντιγράψτε τα δεδομένα που χρειάζεστε σε μικρότερο αρχείο ή εξαγάγετέ τα ως CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the spreadsheet reader stopped unexpectedly (%1) while reading it; the file is probably damaged or hostile. Your map is unchanged. Try opening it in Excel or LibreOffice and saving it again.</source>
            <translation>ο αναγνώστης υπολογιστικών φύλλων σταμάτησε απρόσμενα (%1) κατά την ανάγνωση· το αρχείο πιθανότατα είναι κατεστραμμένο ή κακόβουλο. Ο χάρτης σας δεν άλλαξε. Δοκιμάστε να το ανοίξετε στο Excel ή στο LibreOffice και να το αποθηκεύσετε ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/guarded_read.py" />
            <source>the reader could not be started (%1).</source>
            <translation>δεν ήταν δυνατή η εκκίνηση του αναγνώστη (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_errors.py" />
            <source>reading was cancelled.</source>
            <translation>η ανάγνωση ακυρώθηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>a sheet spans %1 rows x %2 columns, more than the %3 cells that can be imported safely. Copy the data you need into a new file, or export it as CSV.</source>
            <translation>ένα φύλλο εκτείνεται σε %1 γραμμές x %2 στήλες, περισσότερα από τα %3 κελιά που μπορούν να εισαχθούν με ασφάλεια. Αντιγράψτε τα δεδομένα που χρειάζεστε σε νέο αρχείο ή εξαγάγετέ τα ως CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is %1 MB; files over %2 MB cannot be imported. Save only the sheet you need, or export it as CSV.</source>
            <translation>το αρχείο είναι %1 MB· αρχεία άνω των %2 MB δεν μπορούν να εισαχθούν. Αποθηκεύστε μόνο το φύλλο που χρειάζεστε ή εξαγάγετέ το ως CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file holds %1 parts, far more than any real spreadsheet; it was refused.</source>
            <translation>το αρχείο περιέχει %1 μέρη, πολύ περισσότερα από οποιοδήποτε πραγματικό υπολογιστικό φύλλο· απορρίφθηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file would expand to %1 MB once unpacked; the limit is %2 MB. Save only the sheet you need, or export it as CSV.</source>
            <translation>το αρχείο θα έφτανε τα %1 MB μετά την αποσυμπίεση· το όριο είναι %2 MB. Αποθηκεύστε μόνο το φύλλο που χρειάζεστε ή εξαγάγετέ το ως CSV.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is empty (0 bytes).</source>
            <translation>το αρχείο είναι κενό (0 byte).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the file is password-protected (encrypted). Remove the password and try again.</source>
            <translation>το αρχείο προστατεύεται με κωδικό πρόσβασης (κρυπτογραφημένο). Αφαιρέστε τον κωδικό και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' would expand %2 times (to %3 MB): this looks like a zip bomb and was refused.</source>
            <translation>το μέρος «%1» θα μεγάλωνε %2 φορές (σε %3 MB): μοιάζει με βόμβα zip και απορρίφθηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation>το βιβλίο εργασίας προστατεύεται με κωδικό πρόσβασης. Ανοίξτε το στο Excel ή στο LibreOffice, αφαιρέστε τον κωδικό (Αρχείο &gt; Πληροφορίες &gt; Προστασία βιβλίου εργασίας), αποθηκεύστε και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the spreadsheet is password-protected. Open it in LibreOffice, remove the password (File &gt; Properties &gt; Security), save, and try again.</source>
            <translation>το υπολογιστικό φύλλο προστατεύεται με κωδικό πρόσβασης. Ανοίξτε το στο LibreOffice, αφαιρέστε τον κωδικό (Αρχείο &gt; Ιδιότητες &gt; Ασφάλεια), αποθηκεύστε και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' declares XML entities (a DOCTYPE), which spreadsheets never need and XML bombs use; the file was refused.</source>
            <translation>το μέρος «%1» δηλώνει οντότητες XML (ένα DOCTYPE), που τα υπολογιστικά φύλλα δεν χρειάζονται ποτέ ενώ τις χρησιμοποιούν οι βόμβες XML· το αρχείο απορρίφθηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' does not start like XML; it is damaged or unsafe.</source>
            <translation>το μέρος «%1» δεν ξεκινά όπως ένα XML· είναι κατεστραμμένο ή μη ασφαλές.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_guard.py" />
            <source>the part '%1' holds a single XML tag over %2 MB; the file is damaged or unsafe.</source>
            <translation>το μέρος «%1» περιέχει μία μόνο ετικέτα XML άνω των %2 MB· το αρχείο είναι κατεστραμμένο ή μη ασφαλές.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is a plain text file, not a table: no commas, semicolons or tabs divide it into columns. Choose a spreadsheet or a .csv / .tsv file.</source>
            <translation>αυτό είναι απλό αρχείο κειμένου, όχι πίνακας: κανένα κόμμα, ερωτηματικό ή στηλοθέτης δεν το χωρίζει σε στήλες. Επιλέξτε υπολογιστικό φύλλο ή αρχείο .csv / .tsv.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line is longer than %1 MB, so it is not a table of rows (is it really a CSV file?).</source>
            <translation>η πρώτη του γραμμή ξεπερνά τα %1 MB, άρα δεν είναι πίνακας με γραμμές (είναι πράγματι αρχείο CSV;).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>its first line has %1 columns; spreadsheets hold at most %2, so this is not a table that can be imported.</source>
            <translation>η πρώτη του γραμμή έχει %1 στήλες· τα υπολογιστικά φύλλα έχουν το πολύ %2, άρα αυτός δεν είναι πίνακας που μπορεί να εισαχθεί.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has no data in it.</source>
            <translation>το αρχείο δεν περιέχει δεδομένα.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file is not valid CSV near line %1 (%2).</source>
            <translation>το αρχείο δεν είναι έγκυρο CSV κοντά στη γραμμή %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: it holds binary data, not text. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>αυτό δεν είναι αρχείο κειμένου (CSV): περιέχει δυαδικά δεδομένα, όχι κείμενο. Επιλέξτε ένα .csv που εξήχθη από το εργαλείο σας ή το αρχικό βιβλίο εργασίας (ή ορίστε την κωδικοποίηση με --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>this is not a text (CSV) file: its bytes do not read as text in any usual encoding. Choose a .csv exported from your tool, or the original workbook (or name the encoding with --encoding).</source>
            <translation>αυτό δεν είναι αρχείο κειμένου (CSV): τα byte του δεν διαβάζονται ως κείμενο σε καμία συνήθη κωδικοποίηση. Επιλέξτε ένα .csv που εξήχθη από το εργαλείο σας ή το αρχικό βιβλίο εργασίας (ή ορίστε την κωδικοποίηση με --encoding).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>'%1' is not an encoding this program knows (try cp1250, cp1253, utf-8).</source>
            <translation>το «%1» δεν είναι κωδικοποίηση που γνωρίζει αυτό το πρόγραμμα (δοκιμάστε cp1250, cp1253, utf-8).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/spreadsheet_text.py" />
            <source>the file has more than %1 cells, too many to import.</source>
            <translation>το αρχείο έχει περισσότερα από %1 κελιά, πάρα πολλά για εισαγωγή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is not really a %1 workbook: it is damaged, or another kind of file was given this name.</source>
            <translation>το αρχείο δεν είναι πραγματικά βιβλίο εργασίας %1: είναι κατεστραμμένο ή δόθηκε αυτό το όνομα σε άλλο είδος αρχείου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is damaged or is not a valid spreadsheet, so it cannot be read. Try opening it in Excel or LibreOffice and saving it again. (Details: %1)</source>
            <translation>το αρχείο είναι κατεστραμμένο ή δεν είναι έγκυρο υπολογιστικό φύλλο, οπότε δεν μπορεί να διαβαστεί. Δοκιμάστε να το ανοίξετε στο Excel ή στο LibreOffice και να το αποθηκεύσετε ξανά. (Λεπτομέρειες: %1)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is not a spreadsheet file. Choose an .xlsx, .xlsm, .xlsb, .xls, .ods, .csv or .tsv file.</source>
            <translation>αυτό δεν είναι αρχείο υπολογιστικού φύλλου. Επιλέξτε αρχείο .xlsx, .xlsm, .xlsb, .xls, .ods, .csv ή .tsv.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook is password-protected. Open it in Excel or LibreOffice, remove the password, save, and try again.</source>
            <translation>το βιβλίο εργασίας προστατεύεται με κωδικό πρόσβασης. Ανοίξτε το στο Excel ή στο LibreOffice, αφαιρέστε τον κωδικό, αποθηκεύστε και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file is too large to import safely (%1).</source>
            <translation>το αρχείο είναι πολύ μεγάλο για να εισαχθεί με ασφάλεια (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file uses a compression method that cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
            <translation>το αρχείο χρησιμοποιεί μέθοδο συμπίεσης που δεν μπορεί να διαβαστεί (%1). Ανοίξτε το στο Excel ή στο LibreOffice και αποθηκεύστε το ξανά.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file does not exist (was it moved or renamed?).</source>
            <translation>το αρχείο δεν υπάρχει (μήπως μετακινήθηκε ή μετονομάστηκε;).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>this is a folder, not a spreadsheet file.</source>
            <translation>αυτό είναι φάκελος, όχι αρχείο υπολογιστικού φύλλου.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the file cannot be opened (%1).</source>
            <translation>το αρχείο δεν μπορεί να ανοίξει (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the workbook has no worksheets (only charts or macros).</source>
            <translation>το βιβλίο εργασίας δεν έχει φύλλα εργασίας (μόνο γραφήματα ή μακροεντολές).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>there is no sheet named '%1' (its sheets: %2).</source>
            <translation>δεν υπάρχει φύλλο με όνομα «%1» (τα φύλλα του: %2).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet cannot be found (%1).</source>
            <translation>το φύλλο δεν βρέθηκε (%1).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/workbook_open.py" />
            <source>the sheet '%1' has %2 rows x %3 columns, too many to import.</source>
            <translation>το φύλλο «%1» έχει %2 γραμμές x %3 στήλες, πάρα πολλές για εισαγωγή.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/sheets/xlsb_guard.py" />
            <source>the part '%1' is damaged (a broken record).</source>
            <translation>το μέρος «%1» είναι κατεστραμμένο (χαλασμένη εγγραφή).</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stages</source>
            <translation>Στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Stage names were matched ignoring case, accents and spacing. Decide what happens to the ones that match no stage of the map.</source>
            <translation>Τα ονόματα σταδίων αντιστοιχίστηκαν αγνοώντας πεζά/κεφαλαία, τόνους και κενά. Αποφασίστε τι γίνεται με όσα δεν αντιστοιχούν σε κανένα στάδιο του χάρτη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Sheet stages and map stages</source>
            <translation>Στάδια φύλλου και στάδια χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>In the spreadsheet</source>
            <translation>Στο υπολογιστικό φύλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>On the map</source>
            <translation>Στον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Skip these rows</source>
            <translation>Παράλειψη αυτών των γραμμών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Every sheet stage has a place on the map.</source>
            <translation>Κάθε στάδιο του φύλλου έχει θέση στον χάρτη.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>%1 (%n rows, no match)</source>
            <translation>
                <numerusform>%1 (%n γραμμή, χωρίς αντιστοιχία)</numerusform>
                <numerusform>%1 (%n γραμμές, χωρίς αντιστοιχία)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>— choose —</source>
            <translation>— επιλέξτε —</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Create new stage “%s”</source>
            <translation>Δημιουργία νέου σταδίου «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>&lt;b&gt;Still to decide:&lt;/b&gt; %s</source>
            <translation>&lt;b&gt;Εκκρεμεί απόφαση:&lt;/b&gt; %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/import_wizard.py" />
            <source>Matched nothing: %s</source>
            <translation>Χωρίς αντιστοίχιση: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start — cjm-desktop</source>
            <translation>Έναρξη — cjm-desktop</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Customer journey maps</source>
            <translation>Χάρτες διαδρομής πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Start from a template, open a map, or pick up where you left off.</source>
            <translation>Ξεκινήστε από ένα πρότυπο, ανοίξτε έναν χάρτη ή συνεχίστε από εκεί που σταματήσατε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Open…</source>
            <translation>Ά&amp;νοιγμα…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>Open the &amp;sample map</source>
            <translation>Άνοιγμα του χάρτη-&amp;δείγματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>No recent maps yet: maps you open or save appear here.</source>
            <translation>Δεν υπάρχουν ακόμη πρόσφατοι χάρτες: οι χάρτες που ανοίγετε ή αποθηκεύετε εμφανίζονται εδώ.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>New map from a &amp;template</source>
            <translation>Νέος χάρτης από &amp;πρότυπο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>&amp;Recent maps</source>
            <translation>Πρόσ&amp;φατοι χάρτες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>This file was moved or deleted.</source>
            <translation>Αυτό το αρχείο μετακινήθηκε ή διαγράφηκε.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/start_page.py" />
            <source>%1 (missing)
%2</source>
            <translation>%1 (λείπει)
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
                <numerusform>%n στάδιο</numerusform>
                <numerusform>%n στάδια</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n lanes</source>
            <translation>
                <numerusform>%n λωρίδα</numerusform>
                <numerusform>%n λωρίδες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n κάρτα</numerusform>
                <numerusform>%n κάρτες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>New from template</source>
            <translation>Νέος από πρότυπο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Templates</source>
            <translation>Πρότυπα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>This template cannot be read.</source>
            <translation>Αυτό το πρότυπο δεν μπορεί να διαβαστεί.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/template_dialog.py" />
            <source>Persona: %s</source>
            <translation>Περσόνα: %s</translation>
        </message>
    </context>
    <context>
        <name>TimerLabel</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Workshop timer: T starts and stops it</source>
            <translation>Χρονόμετρο εργαστηρίου: το T το ξεκινά και το σταματά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Time's up · %s</source>
            <translation>Τέλος χρόνου · %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_timer.py" />
            <source>Last minute · %s</source>
            <translation>Τελευταίο λεπτό · %s</translation>
        </message>
    </context>
    <context>
        <name>ToBeDialog</name>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>To-be curves</source>
            <translation>Επιθυμητές καμπύλες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>The score each persona should reach; drawn dashed on the map (— for none).</source>
            <translation>Η βαθμολογία που πρέπει να φτάσει κάθε περσόνα· σχεδιάζεται με διακεκομμένη γραμμή στον χάρτη (— για καμία).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/to_be_dialog.py" />
            <source>Score the as-is curve at this stage first</source>
            <translation>Βαθμολογήστε πρώτα την τρέχουσα καμπύλη σε αυτό το στάδιο</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Undo</source>
            <translation>Αναίρεση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>Redo</source>
            <translation>Επανάληψη</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflicts</source>
            <translation>Διενέξεις συγχώνευσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/conflict_notes.py" />
            <source>Merge conflict in %1, field “%2”: kept ours “%3”; theirs was “%4”.</source>
            <translation>Διένεξη συγχώνευσης σε %1, πεδίο «%2»: κρατήθηκε το δικό μας «%3»· το άλλο ήταν «%4».</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>cjm-desktop diff: give OLD.cjm NEW.cjm</source>
            <translation>cjm-desktop diff: δώστε ΠΑΛΙΟ.cjm ΝΕΟ.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the voting settings</source>
            <translation>οι ρυθμίσεις ψηφοφορίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the map</source>
            <translation>ο χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>the metrics source</source>
            <translation>η πηγή των μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”, persona “%4”</source>
            <translation>μετρική «%1» στο %2, σημείο επαφής «%3», περσόνα «%4»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, touchpoint “%3”</source>
            <translation>μετρική «%1» στο %2, σημείο επαφής «%3»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>stage “%1”</source>
            <translation>στάδιο «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>lane “%1”</source>
            <translation>λωρίδα «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>persona “%1”</source>
            <translation>περσόνα «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>channel “%1”</source>
            <translation>κανάλι «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1”</source>
            <translation>μετρική «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>snapshot “%1”</source>
            <translation>στιγμιότυπο «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2, persona “%3”</source>
            <translation>μετρική «%1» στο %2, περσόνα «%3»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>metric “%1” at %2</source>
            <translation>μετρική «%1» στο %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>emotion of %1 at %2</source>
            <translation>συναίσθημα της περσόνας %1 στο %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>route “%1” → “%2”</source>
            <translation>διαδρομή «%1» → «%2»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/labels.py" />
            <source>card “%1” (%2 / %3)</source>
            <translation>κάρτα «%1» (%2 / %3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>%1: the merge could not make a valid map: %2</source>
            <translation>%1: η συγχώνευση δεν μπόρεσε να δημιουργήσει έγκυρο χάρτη: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, edited on the other.</source>
            <translation>Διατηρήθηκε: %1· διαγράφηκε στη μία πλευρά, τροποποιήθηκε στην άλλη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Kept %1: deleted on one side, still used on the other.</source>
            <translation>Διατηρήθηκε: %1· διαγράφηκε στη μία πλευρά, χρησιμοποιείται ακόμη στην άλλη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved to a new position</source>
            <translation>μετακινήθηκε σε νέα θέση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>Changes: %1</source>
            <translation>Αλλαγές: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/report.py" />
            <source>moved from %1 to %2</source>
            <translation>μετακινήθηκε από %1 σε %2</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../cjm_desktop/ui/action_icons.py" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Επαναφορά διάταξης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>I&amp;nspector</source>
            <translation>Επιθεωρ&amp;ητής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>His&amp;tory</source>
            <translation>Ιστ&amp;ορικό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>P&amp;ersonas</source>
            <translation>Πε&amp;ρσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>&amp;Dot voting</source>
            <translation>&amp;Ψηφοφορία με κουκκίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>Metrics &amp;grid</source>
            <translation>Πλέγμα μετρ&amp;ικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/dock_titles.py" />
            <source>C&amp;hanges</source>
            <translation>Αλλα&amp;γές</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant</source>
            <translation>Κουκκίδες ανά συμμετέχοντα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Dots per participant:</source>
            <translation>Κουκκίδες ανά συμμετέχοντα:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on</source>
            <translation>Λωρίδες όπου γίνεται ψηφοφορία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Next participant</source>
            <translation>Επόμενος συμμετέχων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Click a card to add a dot; right-click, Shift- or Alt-click takes one of your dots back.</source>
            <translation>Κάντε κλικ σε μια κάρτα για να προσθέσετε κουκκίδα· δεξί κλικ, Shift- ή Alt-κλικ παίρνει πίσω μία δική σας.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards</source>
            <translation>Κάρτες με τις περισσότερες ψήφους</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Reset votes</source>
            <translation>Μηδενισμός ψήφων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Lanes that can be voted on:</source>
            <translation>Λωρίδες όπου γίνεται ψηφοφορία:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Most-voted cards:</source>
            <translation>Κάρτες με τις περισσότερες ψήφους:</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>At least one lane must stay open to votes.</source>
            <translation>Τουλάχιστον μία λωρίδα πρέπει να μείνει ανοιχτή σε ψήφους.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Stop voting</source>
            <translation>Διακοπή ψηφοφορίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>Start voting</source>
            <translation>Έναρξη ψηφοφορίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/voting_panel.py" />
            <source>(empty card)</source>
            <translation>(κενή κάρτα)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopActions</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Present</source>
            <translation>Π&amp;αρουσίαση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Show the map full screen for a workshop (Esc leaves)</source>
            <translation>Εμφάνιση του χάρτη σε πλήρη οθόνη για εργαστήριο (Esc για έξοδο)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Present &amp;on</source>
            <translation>Παρουσίαση &amp;σε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Dot voting</source>
            <translation>Ψηφοφορία με κουκκίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Dot voting…</source>
            <translation>&amp;Ψηφοφορία με κουκκίδες…</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Reset &amp;votes</source>
            <translation>Μη&amp;δενισμός ψήφων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>Workshop &amp;timer</source>
            <translation>&amp;Χρονόμετρο εργαστηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>&amp;Start / stop (T while presenting)</source>
            <translation>&amp;Έναρξη / διακοπή (T στην παρουσίαση)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_actions.py" />
            <source>%d min</source>
            <translation>%d λεπ.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopControls</name>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>← → stages · Home/End · O overview · ↑ ↓ scroll · + − zoom · H hide empty lanes · L one lane · 1–9 capture into a lane · B blank · T timer (Shift+T: 1/3/5/10 min) · V voting · N next participant · Ctrl+Z undo · F1 keys · Esc back / leave</source>
            <translation>← → στάδια · Home/End · O επισκόπηση · ↑ ↓ κύλιση · + − ζουμ · H απόκρυψη κενών λωρίδων · L μία λωρίδα · 1–9 καταγραφή σε λωρίδα · B μαύρη οθόνη · T χρονόμετρο (Shift+T: 1/3/5/10 λεπ.) · V ψηφοφορία · N επόμενος συμμετέχων · Ctrl+Z αναίρεση · F1 πλήκτρα · Esc πίσω / έξοδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>End presentation</source>
            <translation>Τέλος παρουσίασης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Start / stop (T)</source>
            <translation>Έναρξη / διακοπή (T)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Voting on/off (V)</source>
            <translation>Ψηφοφορία ναι/όχι (V)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>Next participant (N)</source>
            <translation>Επόμενος συμμετέχων (N)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/ui/workshop_controls.py" />
            <source>%d min</source>
            <translation>%d λεπ.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>εμφάνιση της έκδοσης του προγράμματος και έξοδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>χρήση: </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>θεσιακά ορίσματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>options</source>
            <translation>επιλογές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>εμφάνιση αυτής της βοήθειας και έξοδος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>όρισμα %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>χρειάζεται μία τιμή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>χρειάζεται τουλάχιστον μία τιμή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>μη έγκυρη επιλογή: %(value)r (επιλέξτε από: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>μη έγκυρη τιμή %(type)s: %(value)r</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>δεν επιτρέπεται μαζί με το όρισμα %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>απαιτείται ένα από τα ορίσματα %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>αμφίσημη επιλογή: το %(option)s ταιριάζει με %(matches)s</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>Addressed by %n</source>
            <translation>
                <numerusform>Αντιμετωπίζεται από %n</numerusform>
                <numerusform>Αντιμετωπίζεται από %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ 1 pain point</source>
            <translation>→ 1 σημείο τριβής</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/card_links.py" />
            <source>→ %n pain points</source>
            <translation>
                <numerusform>→ %n σημείο τριβής</numerusform>
                <numerusform>→ %n σημεία τριβής</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Interview</source>
            <translation>Συνέντευξη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Survey</source>
            <translation>Έρευνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Support ticket</source>
            <translation>Αίτημα υποστήριξης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Review</source>
            <translation>Κριτική</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Other</source>
            <translation>Άλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Minor</source>
            <translation>Ήπιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Moderate</source>
            <translation>Μέτριο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Severe</source>
            <translation>Σοβαρό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>MOMENT OF TRUTH</source>
            <translation>ΣΤΙΓΜΗ ΤΗΣ ΑΛΗΘΕΙΑΣ</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Picture cannot be shown</source>
            <translation>Η εικόνα δεν μπορεί να εμφανιστεί</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>No picture yet</source>
            <translation>Δεν υπάρχει ακόμη εικόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Quick win</source>
            <translation>Γρήγορη νίκη</translation>
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
            <translation>Αντίκτυπος %d/3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/card_painter.py" />
            <source>Effort %d/3</source>
            <translation>Προσπάθεια %d/3</translation>
        </message>
    </context>
    <context>
        <name>channel</name>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Web</source>
            <translation>Ιστότοπος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Mobile app</source>
            <translation>Εφαρμογή κινητού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Phone / call centre</source>
            <translation>Τηλεφωνικό κέντρο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Store</source>
            <translation>Κατάστημα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Social network</source>
            <translation>Κοινωνικό δίκτυο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Messaging / chat</source>
            <translation>Μηνύματα / συνομιλία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Courier / delivery</source>
            <translation>Courier / παράδοση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Partner</source>
            <translation>Συνεργάτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Other</source>
            <translation>Άλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Search engine</source>
            <translation>Μηχανή αναζήτησης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Ads / retargeting</source>
            <translation>Διαφήμιση / retargeting</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Push notification</source>
            <translation>Ειδοποίηση push</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Review site</source>
            <translation>Ιστότοπος κριτικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Product configurator</source>
            <translation>Διαμορφωτής προϊόντος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/channel_names.py" />
            <source>Call-back request</source>
            <translation>Αίτημα επανάκλησης</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>An offline editor for customer journey maps. With no file, shows the start page.</source>
            <translation>Επεξεργαστής χαρτών διαδρομής πελάτη χωρίς σύνδεση. Χωρίς αρχείο εμφανίζει τη σελίδα έναρξης.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>maps to open</source>
            <translation>χάρτες για άνοιγμα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>language of the user interface (default: the Preferences setting, else the system's)</source>
            <translation>γλώσσα του περιβάλλοντος (προεπιλογή: η ρύθμιση των Προτιμήσεων, αλλιώς του συστήματος)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>start with an empty map instead of the start page</source>
            <translation>έναρξη με κενό χάρτη αντί για τη σελίδα έναρξης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>theme for this run (default: the Preferences setting); the map follows it on screen</source>
            <translation>θέμα για αυτή την εκτέλεση (προεπιλογή: η ρύθμιση των Προτιμήσεων)· ο χάρτης το ακολουθεί στην οθόνη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/app.py" />
            <source>Headless commands (run 'cjm-desktop COMMAND --help'): %1</source>
            <translation>Εντολές χωρίς παράθυρο (βοήθεια: 'cjm-desktop ΕΝΤΟΛΗ --help'): %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>export maps as PNG, PDF or SVG</source>
            <translation>εξαγωγή χαρτών ως PNG, PDF ή SVG</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>import metrics per stage from a spreadsheet</source>
            <translation>εισαγωγή μετρικών ανά στάδιο από υπολογιστικό φύλλο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>check that maps open</source>
            <translation>έλεγχος ότι οι χάρτες ανοίγουν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>create a new map file</source>
            <translation>δημιουργία νέου αρχείου χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>list what changed between two maps (git's diff driver)</source>
            <translation>λίστα αλλαγών μεταξύ δύο χαρτών (οδηγός diff του git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>three-way merge of two edited copies of a map (git's merge driver)</source>
            <translation>τριμερής συγχώνευση δύο επεξεργασμένων αντιγράφων χάρτη (οδηγός merge του git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>unrecognized arguments: %1</source>
            <translation>άγνωστα ορίσματα: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>the following arguments are required: %1</source>
            <translation>τα ακόλουθα ορίσματα είναι υποχρεωτικά: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cjm-desktop: '%s' is neither a sub-command nor an existing file.</source>
            <translation>cjm-desktop: το «%s» δεν είναι ούτε υποεντολή ούτε υπάρχον αρχείο.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>cancelled</source>
            <translation>ακυρώθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Did you mean '%s'?</source>
            <translation>Μήπως εννοούσατε «%s»;</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>Sub-commands (run 'cjm-desktop COMMAND --help' for their options):</source>
            <translation>Υποεντολές (εκτελέστε 'cjm-desktop COMMAND --help' για τις επιλογές τους):</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/commands.py" />
            <source>%1: error: %2</source>
            <translation>%1: σφάλμα: %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: these sheet stages match no stage of %2: %3.
Map them with --map-stage 'SHEET=STAGE', or use --create-stages or --skip-unmatched.
The map's stages are: %4.</source>
            <translation>%1: αυτά τα στάδια του φύλλου δεν αντιστοιχούν σε κανένα στάδιο του %2: %3.
Αντιστοιχίστε τα με --map-stage 'ΦΥΛΛΟ=ΣΤΑΔΙΟ' ή χρησιμοποιήστε --create-stages ή --skip-unmatched.
Τα στάδια του χάρτη είναι: %4.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: no metric columns with numbers were found (check --layout and --header-row; text numbers such as '1 234,50 €' are read, but other text is not). %2</source>
            <translation>%1: δεν βρέθηκαν στήλες μετρικών με αριθμούς (ελέγξτε τα --layout και --header-row· αριθμοί ως κείμενο όπως '1 234,50 €' διαβάζονται, άλλο κείμενο όχι). %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>(blank)</source>
            <translation>(κενό)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>Its first row reads: %1.</source>
            <translation>Η πρώτη του γραμμή γράφει: %1.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>%1: left out %2</source>
            <translation>%1: παραλείφθηκαν %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1' should read SHEET=STAGE (or SHEET= to skip).</source>
            <translation>το --map-stage «%1» πρέπει να έχει τη μορφή ΦΥΛΛΟ=ΣΤΑΔΙΟ (ή ΦΥΛΛΟ= για παράλειψη).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_job.py" />
            <source>--map-stage '%1': the map has no stage '%2'. Its stages are: %3.</source>
            <translation>--map-stage «%1»: ο χάρτης δεν έχει στάδιο «%2». Τα στάδιά του είναι: %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: %n metrics (%2); stages with values: %3</source>
            <translation>
                <numerusform>%1: %n μετρική (%2)· στάδια με τιμές: %3</numerusform>
                <numerusform>%1: %n μετρικές (%2)· στάδια με τιμές: %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Import metrics per stage from a spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) into a map, headless. Layout, header row, stage and date columns, the encoding and the decimal mark are detected unless given.</source>
            <translation>Εισαγωγή μετρικών ανά στάδιο από υπολογιστικό φύλλο (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv) σε χάρτη, χωρίς παράθυρο. Η διάταξη, η γραμμή κεφαλίδας, οι στήλες σταδίων και ημερομηνιών, η κωδικοποίηση και η υποδιαστολή εντοπίζονται αν δεν δοθούν.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>Sheet stages that match no stage of the map (ignoring case, accents and spacing) stop the import unless --map-stage, --create-stages or --skip-unmatched says what to do with them. Exit status is 1 on any failure; OUT.cjm is only written when the import succeeds.</source>
            <translation>Στάδια του φύλλου που δεν αντιστοιχούν σε κανένα στάδιο του χάρτη (αγνοώντας πεζά/κεφαλαία, τόνους και κενά) σταματούν την εισαγωγή, εκτός αν τα --map-stage, --create-stages ή --skip-unmatched ορίζουν τι θα γίνει με αυτά. Ο κωδικός εξόδου είναι 1 σε κάθε αποτυχία· το OUT.cjm γράφεται μόνο όταν η εισαγωγή πετύχει.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the map that receives the metrics</source>
            <translation>ο χάρτης που δέχεται τις μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>the spreadsheet or text file (.csv, .tsv) to read</source>
            <translation>το υπολογιστικό φύλλο ή αρχείο κειμένου (.csv, .tsv) προς ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>where to write the map</source>
            <translation>πού θα γραφτεί ο χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>worksheet name (default: the first)</source>
            <translation>όνομα φύλλου εργασίας (προεπιλογή: το πρώτο)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>rows: a stage column and metric columns; columns: a column per stage; long: stage, metric and value columns (default: guessed)</source>
            <translation>rows: στήλη σταδίων και στήλες μετρικών· columns: μία στήλη ανά στάδιο· long: στήλες σταδίου, μετρικής και τιμής (προεπιλογή: εκτιμάται)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>sheet row of the column names, counted from 1 (0 = no header; default: detected)</source>
            <translation>γραμμή του φύλλου με τα ονόματα στηλών, από το 1 (0 = χωρίς κεφαλίδα· προεπιλογή: εντοπίζεται)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with the stage names (header text)</source>
            <translation>στήλη με τα ονόματα σταδίων (κείμενο κεφαλίδας)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column with dates: values also form a time series</source>
            <translation>στήλη με ημερομηνίες: οι τιμές σχηματίζουν και χρονοσειρά</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>ignore any date column</source>
            <translation>αγνόηση κάθε στήλης ημερομηνιών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a touchpoint card of the row's stage: its values go onto that card</source>
            <translation>στήλη που ονομάζει μια κάρτα σημείου επαφής του σταδίου της γραμμής: οι τιμές της πηγαίνουν σε αυτή την κάρτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>column naming a persona (or a segment): values per persona</source>
            <translation>στήλη που ονομάζει μια περσόνα (ή ένα τμήμα): τιμές ανά περσόνα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long/columns layouts: column with the metric names</source>
            <translation>διατάξεις long/columns: στήλη με τα ονόματα των μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>long layout: column with the values</source>
            <translation>διάταξη long: στήλη με τις τιμές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how rows landing on one stage combine, for every metric (default: per metric, sum for counts and mean otherwise)</source>
            <translation>πώς συνδυάζονται οι γραμμές που πέφτουν στο ίδιο στάδιο, για κάθε μετρική (προεπιλογή: ανά μετρική, άθροισμα για πλήθη, αλλιώς μέσος όρος)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>send a sheet stage to a map stage (by name); 'SHEET=' skips it; repeatable</source>
            <translation>αντιστοίχιση σταδίου του φύλλου σε στάδιο του χάρτη (με όνομα)· το 'SHEET=' το παραλείπει· επαναλαμβανόμενο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>create a new stage per unmatched name</source>
            <translation>δημιουργία νέου σταδίου για κάθε όνομα χωρίς αντιστοίχιση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>leave the rows of unmatched names out</source>
            <translation>παράλειψη των γραμμών με ονόματα χωρίς αντιστοίχιση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>how text numbers write decimals: dot (12.5, 1,234.5), comma (12,5, 1.234,5 or 1 234,5), or auto: decided per column from the file, then the map's number locale; a column that still reads two ways (12.500) stops the import (default: auto)</source>
            <translation>πώς γράφουν τα δεκαδικά οι αριθμοί σε κείμενο: dot (12.5, 1,234.5), comma (12,5, 1.234,5 ή 1 234,5) ή auto: αποφασίζεται ανά στήλη από το αρχείο, μετά από τις τοπικές ρυθμίσεις αριθμών του χάρτη· στήλη που διαβάζεται ακόμη με δύο τρόπους (12.500) σταματά την εισαγωγή (προεπιλογή: auto)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>text files: their encoding (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...; default: detected)</source>
            <translation>αρχεία κειμένου: η κωδικοποίησή τους (cp1250, cp1253, cp1252, iso-8859-2, utf-8, ...· προεπιλογή: εντοπίζεται)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>print what would be imported and write nothing</source>
            <translation>εμφάνιση του τι θα εισαγόταν χωρίς εγγραφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>overwrite OUT.cjm if it exists</source>
            <translation>αντικατάσταση του OUT.cjm αν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>import-metrics: -o OUT.cjm is required (or use --dry-run)</source>
            <translation>import-metrics: απαιτείται το -o OUT.cjm (ή χρησιμοποιήστε --dry-run)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: already exists (use --force to overwrite)</source>
            <translation>%1: υπάρχει ήδη (χρησιμοποιήστε --force για αντικατάσταση)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>%1: dry run, nothing was written</source>
            <translation>%1: δοκιμαστική εκτέλεση, δεν γράφτηκε τίποτα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/import_metrics.py" />
            <source>  new stages: %1</source>
            <translation>  νέα στάδια: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: is a folder; give the new map's file name, e.g. %2</source>
            <translation>%1: είναι φάκελος· δώστε το όνομα αρχείου του νέου χάρτη, π.χ. %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: no template called '%1' (choose from %2)</source>
            <translation>cjm-desktop new: δεν υπάρχει πρότυπο με όνομα «%1» (επιλέξτε από: %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>Create a new map file.</source>
            <translation>Δημιουργία νέου αρχείου χάρτη.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the new map file (.cjm)</source>
            <translation>το νέο αρχείο χάρτη (.cjm)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>the map's title</source>
            <translation>ο τίτλος του χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from the bundled sample map</source>
            <translation>έναρξη από το συνοδευτικό δείγμα χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>overwrite an existing file</source>
            <translation>αντικατάσταση υπάρχοντος αρχείου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>cjm-desktop new: choose --sample or --template, not both</source>
            <translation>cjm-desktop new: επιλέξτε --sample ή --template, όχι και τα δύο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>start from a bundled template: %1</source>
            <translation>έναρξη από συνοδευτικό πρότυπο: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/new.py" />
            <source>%1: a map's file name ends in .cjm, e.g. %2.cjm</source>
            <translation>%1: το όνομα αρχείου ενός χάρτη τελειώνει σε .cjm, π.χ. %2.cjm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>Check that maps open; report problems.</source>
            <translation>Έλεγχος ότι οι χάρτες ανοίγουν· αναφορά προβλημάτων.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>the maps to check</source>
            <translation>οι χάρτες προς έλεγχο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/cli/validate.py" />
            <source>%1: ok (stages: %2, lanes: %3, cards: %4)</source>
            <translation>%1: εντάξει (στάδια: %2, λωρίδες: %3, κάρτες: %4)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>Export maps as PNG, PDF or SVG images, headless (no display needed).</source>
            <translation>Εξαγωγή χαρτών ως εικόνες PNG, PDF ή SVG, χωρίς παράθυρο (δεν χρειάζεται οθόνη).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>With several maps, -o is a folder or a pattern with {name} (the map's file name without .cjm), e.g. -o 'out/{name}.pdf'. Exit status is non-zero when any map fails.</source>
            <translation>Με πολλούς χάρτες, το -o είναι φάκελος ή μοτίβο με {name} (το όνομα αρχείου του χάρτη χωρίς .cjm), π.χ. -o 'out/{name}.pdf'. Ο κωδικός εξόδου είναι μη μηδενικός όταν αποτύχει κάποιος χάρτης.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>the maps to export</source>
            <translation>οι χάρτες προς εξαγωγή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>output file (.png, .pdf, .svg), folder, or {name} pattern</source>
            <translation>αρχείο εξόδου (.png, .pdf, .svg), φάκελος ή μοτίβο {name}</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>format when -o is a folder (default png)</source>
            <translation>μορφή όταν το -o είναι φάκελος (προεπιλογή png)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG resolution in dots per inch (96 = 100 %%)</source>
            <translation>ανάλυση PNG σε κουκκίδες ανά ίντσα (96 = 100 %%)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG/SVG: no white background</source>
            <translation>PNG/SVG: χωρίς λευκό φόντο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>only these stages, counted from 1, e.g. 2-4 or 1,3</source>
            <translation>μόνο αυτά τα στάδια, από το 1, π.χ. 2-4 ή 1,3</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>export the persona profiles instead of the map</source>
            <translation>εξαγωγή των προφίλ περσόνας αντί για τον χάρτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>add the map title, date and personas on top</source>
            <translation>προσθήκη τίτλου χάρτη, ημερομηνίας και περσόνων στην κορυφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF paper (default A3; Fit = the map's size)</source>
            <translation>χαρτί PDF (προεπιλογή A3· Fit = το μέγεθος του χάρτη)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: landscape pages (default)</source>
            <translation>PDF: οριζόντιες σελίδες (προεπιλογή)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: portrait pages</source>
            <translation>PDF: κατακόρυφες σελίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF page margin in mm (default 10)</source>
            <translation>περιθώριο σελίδας PDF σε mm (προεπιλογή 10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: a poster tiled over several pages with crop marks</source>
            <translation>PDF: αφίσα μοιρασμένη σε πολλές σελίδες με σημάδια κοπής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>one page (PDF) or one file (PNG/SVG) per stage</source>
            <translation>μία σελίδα (PDF) ή ένα αρχείο (PNG/SVG) ανά στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: print size, 1 = screen size (96 px per inch)</source>
            <translation>--tiles: μέγεθος εκτύπωσης, 1 = μέγεθος οθόνης (96 px ανά ίντσα)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>--tiles: overlap between pages in mm</source>
            <translation>--tiles: επικάλυψη μεταξύ σελίδων σε mm</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: the author named in the document's properties</source>
            <translation>PDF: ο συντάκτης στις ιδιότητες του εγγράφου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PDF: add pages listing each card's evidence level and evidence, stage by stage</source>
            <translation>PDF: προσθήκη σελίδων με το επίπεδο τεκμηρίωσης και τα τεκμήρια κάθε κάρτας, ανά στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>SVG: real text (default) or outlines that look identical without the fonts</source>
            <translation>SVG: πραγματικό κείμενο (προεπιλογή) ή περιγράμματα που φαίνονται ίδια χωρίς τις γραμματοσειρές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>print progress and timings</source>
            <translation>εμφάνιση προόδου και χρόνων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>PNG pixels per canvas pixel, %1-%2 (default 2)</source>
            <translation>pixel PNG ανά pixel καμβά, %1-%2 (προεπιλογή 2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>List what changed between two maps: stages, lanes, cards, personas, emotion scores, metrics, routes; text changes word by word ([-removed-]{+added+}). Exit status: 0 same, 1 different, 2 error. Given git's seven external-diff arguments it prints the changes and exits 0, as git expects of a diff driver.</source>
            <translation>Λίστα αλλαγών μεταξύ δύο χαρτών: στάδια, λωρίδες, κάρτες, περσόνες, βαθμοί συναισθήματος, μετρικές, διαδρομές· αλλαγές κειμένου λέξη προς λέξη ([-αφαιρέθηκε-]{+προστέθηκε+}). Κωδικός εξόδου: 0 ίδιοι, 1 διαφορετικοί, 2 σφάλμα. Με τα επτά ορίσματα external-diff του git εμφανίζει τις αλλαγές και επιστρέφει 0, όπως περιμένει το git από έναν οδηγό diff.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>OLD.cjm NEW.cjm (or git's 7 arguments)</source>
            <translation>OLD.cjm NEW.cjm (ή τα 7 ορίσματα του git)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/diff_cli.py" />
            <source>text for people, json for tools</source>
            <translation>text για ανθρώπους, json για εργαλεία</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>Combine the changes of two copies of a map edited from a common BASE. A field changed differently on both sides keeps OURS and becomes a conflict note card in the merged map. Exit status: 0 clean, 1 with conflicts, 2 on error (nothing written).</source>
            <translation>Συνδυασμός των αλλαγών δύο αντιγράφων χάρτη που επεξεργάστηκαν από κοινή βάση BASE. Ένα πεδίο που άλλαξε διαφορετικά και στις δύο πλευρές κρατά το OURS και γίνεται κάρτα σημείωσης σύγκρουσης στον συγχωνευμένο χάρτη. Κωδικός εξόδου: 0 καθαρή, 1 με συγκρούσεις, 2 σφάλμα (δεν γράφεται τίποτα).</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the common version both copies were edited from</source>
            <translation>η κοινή έκδοση από την οποία επεξεργάστηκαν και τα δύο αντίγραφα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>our edited copy</source>
            <translation>το δικό μας επεξεργασμένο αντίγραφο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>their edited copy</source>
            <translation>το δικό τους επεξεργασμένο αντίγραφο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/versions/merge_cli.py" />
            <source>the merged map (may be OURS)</source>
            <translation>ο συγχωνευμένος χάρτης (μπορεί να είναι το OURS)</translation>
        </message>
    </context>
    <context>
        <name>edits</name>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit channel</source>
            <translation>Επεξεργασία καναλιού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Add channel</source>
            <translation>Προσθήκη καναλιού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Move channel</source>
            <translation>Μετακίνηση καναλιού</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove %n channels</source>
            <translation>
                <numerusform>Αφαίρεση %n καναλιού</numerusform>
                <numerusform>Αφαίρεση %n καναλιών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Remove channel</source>
            <translation>Αφαίρεση καναλιού</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <source>Edit card</source>
            <translation>Επεξεργασία κάρτας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/channel_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit persona</source>
            <translation>Επεξεργασία περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Touchpoints</source>
            <translation>Σημεία επαφής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Customer actions</source>
            <translation>Ενέργειες πελάτη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Thoughts</source>
            <translation>Σκέψεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Goals &amp; expectations</source>
            <translation>Στόχοι και προσδοκίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Emotions</source>
            <translation>Συναισθήματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Pain points</source>
            <translation>Σημεία τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Opportunities</source>
            <translation>Ευκαιρίες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Moments of truth</source>
            <translation>Στιγμές της αλήθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Quotes</source>
            <translation>Αποσπάσματα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Calls to action</source>
            <translation>Προσκλήσεις για δράση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>Metrics</source>
            <translation>Μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Backstage</source>
            <translation>Παρασκήνιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Notes</source>
            <translation>Σημειώσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move card</source>
            <translation>Μετακίνηση κάρτας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move %n cards</source>
            <translation>
                <numerusform>Μετακίνηση %n κάρτας</numerusform>
                <numerusform>Μετακίνηση %n καρτών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Edit %s</source>
            <translation>Επεξεργασία πεδίου «%s»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add stage</source>
            <translation>Προσθήκη σταδίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add lane</source>
            <translation>Προσθήκη λωρίδας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Add card</source>
            <translation>Προσθήκη κάρτας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete cards</source>
            <translation>Διαγραφή καρτών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate card</source>
            <translation>Διπλασιασμός κάρτας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Duplicate %n cards</source>
            <translation>
                <numerusform>Διπλασιασμός %n κάρτας</numerusform>
                <numerusform>Διπλασιασμός %n καρτών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move stage</source>
            <translation>Μετακίνηση σταδίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Move lane</source>
            <translation>Μετακίνηση λωρίδας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete routes</source>
            <translation>Διαγραφή διαδρομών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete metric values</source>
            <translation>Διαγραφή τιμών μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stage</source>
            <translation>Διαγραφή σταδίου</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n stages</source>
            <translation>
                <numerusform>Διαγραφή %n σταδίου</numerusform>
                <numerusform>Διαγραφή %n σταδίων</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete stages</source>
            <translation>Διαγραφή σταδίων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lane</source>
            <translation>Διαγραφή λωρίδας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n lanes</source>
            <translation>
                <numerusform>Διαγραφή %n λωρίδας</numerusform>
                <numerusform>Διαγραφή %n λωρίδων</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete lanes</source>
            <translation>Διαγραφή λωρίδων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metric values</source>
            <translation>Ορισμός τιμών μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste card</source>
            <translation>Επικόλληση κάρτας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Paste %n cards</source>
            <translation>
                <numerusform>Επικόλληση %n κάρτας</numerusform>
                <numerusform>Επικόλληση %n καρτών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Stage %d</source>
            <translation>Στάδιο %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete card</source>
            <translation>Διαγραφή κάρτας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Delete %n cards</source>
            <translation>
                <numerusform>Διαγραφή %n κάρτας</numerusform>
                <numerusform>Διαγραφή %n καρτών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Unlink pain points</source>
            <translation>Αποσύνδεση σημείων τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete emotion scores</source>
            <translation>Διαγραφή βαθμολογιών συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/edits.py" />
            <source>Update voting lanes</source>
            <translation>Ενημέρωση λωρίδων ψηφοφορίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Add evidence</source>
            <translation>Προσθήκη τεκμηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Edit evidence</source>
            <translation>Επεξεργασία τεκμηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Remove evidence</source>
            <translation>Αφαίρεση τεκμηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Move evidence</source>
            <translation>Μετακίνηση τεκμηρίου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Update evidence file paths</source>
            <translation>Ενημέρωση διαδρομών αρχείων τεκμηρίων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/evidence_edits.py" />
            <source>Set evidence level</source>
            <translation>Ορισμός επιπέδου τεκμηρίωσης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/funnel_edits.py" />
            <source>Choose funnel metric</source>
            <translation>Επιλογή μετρικής χοάνης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Refresh metrics</source>
            <translation>Ανανέωση μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Import metrics</source>
            <translation>Εισαγωγή μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Set metrics</source>
            <translation>Ορισμός μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Add stages</source>
            <translation>Προσθήκη σταδίων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_edits.py" />
            <source>Remember metrics source</source>
            <translation>Απομνημόνευση πηγής μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Edit metric</source>
            <translation>Επεξεργασία μετρικής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Type metric value</source>
            <translation>Πληκτρολόγηση τιμής μετρικής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Add metric</source>
            <translation>Προσθήκη μετρικής</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete %n metrics</source>
            <translation>
                <numerusform>Διαγραφή %n μετρικής</numerusform>
                <numerusform>Διαγραφή %n μετρικών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/metric_grid_edits.py" />
            <source>Delete metrics</source>
            <translation>Διαγραφή μετρικών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set persona photo</source>
            <translation>Ορισμός φωτογραφίας περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Remove persona photo</source>
            <translation>Αφαίρεση φωτογραφίας περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Show persona curve</source>
            <translation>Εμφάνιση καμπύλης περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Hide persona curve</source>
            <translation>Απόκρυψη καμπύλης περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>%s (copy)</source>
            <translation>%s (αντίγραφο)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete persona</source>
            <translation>Διαγραφή περσόνας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Delete %n personas</source>
            <translation>
                <numerusform>Διαγραφή %n περσόνας</numerusform>
                <numerusform>Διαγραφή %n περσονών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Edit emotion note</source>
            <translation>Επεξεργασία σημείωσης συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Add persona</source>
            <translation>Προσθήκη περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Duplicate persona</source>
            <translation>Διπλασιασμός περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Clear emotion score</source>
            <translation>Καθαρισμός βαθμολογίας συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Move persona</source>
            <translation>Μετακίνηση περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Set emotion score</source>
            <translation>Ορισμός βαθμολογίας συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Persona %d</source>
            <translation>Περσόνα %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Copy emotion curve</source>
            <translation>Αντιγραφή καμπύλης συναισθημάτων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/persona_edits.py" />
            <source>Unlink persona</source>
            <translation>Αποσύνδεση περσόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/io/metrics/metrics_apply.py" />
            <source>These sheet stages match no stage of the map: %s</source>
            <translation>Αυτά τα στάδια του φύλλου δεν αντιστοιχούν σε κανένα στάδιο του χάρτη: %s</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1 does not apply to %2 files and is ignored</source>
            <translation>cjm-desktop export: το %1 δεν ισχύει για αρχεία %2 και αγνοείται</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: with several maps, -o must be a folder or contain {name}</source>
            <translation>%1: με πολλούς χάρτες, το -o πρέπει να είναι φάκελος ή να περιέχει {name}</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>%1: %2 in %3 s</source>
            <translation>%1: %2 σε %3 δευτ.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/cli.py" />
            <source>cjm-desktop export: %1</source>
            <translation>cjm-desktop export: %1</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>a PowerPoint export shows the whole map or some stages</source>
            <translation>μια εξαγωγή PowerPoint δείχνει ολόκληρο τον χάρτη ή ορισμένα στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>no stages chosen</source>
            <translation>δεν επιλέχθηκαν στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>%1: unknown file type '.%2' (use .png, .pdf, .svg or .pptx)</source>
            <translation>%1: άγνωστος τύπος αρχείου «.%2» (χρησιμοποιήστε .png, .pdf, .svg ή .pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' names no stages</source>
            <translation>το «%1» δεν ορίζει κανένα στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown format '%1' (use png, pdf, svg or pptx)</source>
            <translation>άγνωστη μορφή «%1» (χρησιμοποιήστε png, pdf, svg ή pptx)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown region '%1'</source>
            <translation>άγνωστη περιοχή «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>DPI %1 is out of range (10-2400)</source>
            <translation>η τιμή DPI %1 είναι εκτός ορίων (10-2400)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>scale %1 is out of range (%2-%3)</source>
            <translation>η κλίμακα %1 είναι εκτός ορίων (%2-%3)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown page size '%1' (use %2)</source>
            <translation>άγνωστο μέγεθος σελίδας «%1» (χρησιμοποιήστε %2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown PDF layout '%1'</source>
            <translation>άγνωστη διάταξη PDF «%1»</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>margin %1 mm is out of range (0-100)</source>
            <translation>το περιθώριο %1 mm είναι εκτός ορίων (0-100)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>poster scale %1 is out of range (0.05-10)</source>
            <translation>η κλίμακα αφίσας %1 είναι εκτός ορίων (0.05-10)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>unknown SVG text mode '%1' (use text or paths)</source>
            <translation>άγνωστη λειτουργία κειμένου SVG «%1» (χρησιμοποιήστε text ή paths)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/options.py" />
            <source>stages %1 out of range: the map has %n stages</source>
            <translation>
                <numerusform>τα στάδια %1 είναι εκτός ορίων: ο χάρτης έχει %n στάδιο</numerusform>
                <numerusform>τα στάδια %1 είναι εκτός ορίων: ο χάρτης έχει %n στάδια</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/options.py" />
            <source>'%1' is not a stage list like 2-4 or 1,3,5</source>
            <translation>το «%1» δεν είναι λίστα σταδίων όπως 2-4 ή 1,3,5</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/output.py" />
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: ο φάκελος %2 δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the margins leave no room on the page</source>
            <translation>τα περιθώρια δεν αφήνουν χώρο στη σελίδα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>the map has no stages</source>
            <translation>ο χάρτης δεν έχει στάδια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Evidence</source>
            <translation>Τεκμήρια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Map</source>
            <translation>Χάρτης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>%1: could not start the PDF</source>
            <translation>%1: δεν ήταν δυνατή η έναρξη του PDF</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1 of %2, column %3 of %4</source>
            <translation>Γραμμή %1 από %2, στήλη %3 από %4</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf.py" />
            <source>Row %1, column %2</source>
            <translation>Γραμμή %1, στήλη %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pdf_outline.py" />
            <source>%1: could not finish the PDF (%2)</source>
            <translation>%1: δεν ήταν δυνατή η ολοκλήρωση του PDF (%2)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>not enough memory for a %1 x %2 image</source>
            <translation>δεν υπάρχει αρκετή μνήμη για εικόνα %1 x %2</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1 x %2 pixels is too large; lower the scale or DPI</source>
            <translation>%1 x %2 pixel είναι πολύ μεγάλο· μειώστε την κλίμακα ή τα DPI</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/png.py" />
            <source>%1: could not write the image</source>
            <translation>%1: δεν ήταν δυνατή η εγγραφή της εικόνας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Overview</source>
            <translation>Επισκόπηση</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>Emotions and metrics</source>
            <translation>Συναισθήματα και μετρικές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>the overview picture could not be made</source>
            <translation>δεν ήταν δυνατή η δημιουργία της εικόνας επισκόπησης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <source>No cards in this stage</source>
            <translation>Καμία κάρτα σε αυτό το στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/pptx.py" />
            <location filename="../../cjm_desktop/export/render.py" />
            <source>Personas: %s</source>
            <translation>Περσόνες: %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the map has no personas</source>
            <translation>ο χάρτης δεν έχει περσόνες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>no view rectangle given</source>
            <translation>δεν δόθηκε ορθογώνιο προβολής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/render.py" />
            <source>the current view shows no part of the map</source>
            <translation>η τρέχουσα προβολή δεν δείχνει κανένα μέρος του χάρτη</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n slides</source>
            <translation>
                <numerusform>%n διαφάνεια</numerusform>
                <numerusform>%n διαφάνειες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n σελίδα</numerusform>
                <numerusform>%n σελίδες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/run.py" />
            <source>%1 x %2 pixels</source>
            <translation>%1 x %2 pixel</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/subset.py" />
            <source>the map has no stage %s</source>
            <translation>ο χάρτης δεν έχει στάδιο %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/export/svg.py" />
            <source>%1: could not start the SVG</source>
            <translation>%1: δεν ήταν δυνατή η έναρξη του SVG</translation>
        </message>
    </context>
    <context>
        <name>lanes</name>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>%n personas</source>
            <translation>
                <numerusform>%n περσόνα</numerusform>
                <numerusform>%n περσόνες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <location filename="../../cjm_desktop/canvas/far_persona_labels.py" />
            <source>Unnamed persona</source>
            <translation>Περσόνα χωρίς όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/bands.py" />
            <source>curve hidden</source>
            <translation>καμπύλη κρυφή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>lowest</source>
            <translation>χαμηλότερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add a persona (Map ▸ Personas…) to draw the experience curve</source>
            <translation>Προσθέστε μια περσόνα (Χάρτης ▸ Περσόνες…) για να σχεδιαστεί η καμπύλη εμπειρίας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Every persona's curve is hidden</source>
            <translation>Όλες οι καμπύλες περσονών είναι κρυφές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Click a stage column to score how a persona feels; drag a face to change it</source>
            <translation>Κάντε κλικ στη στήλη ενός σταδίου για να βαθμολογήσετε πώς νιώθει μια περσόνα· σύρετε ένα πρόσωπο για να το αλλάξετε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/emotion_row.py" />
            <source>Add emotion score</source>
            <translation>Προσθήκη βαθμολογίας συναισθήματος</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Import metrics from a spreadsheet (Map ▸ Import metrics…)</source>
            <translation>Εισαγωγή μετρικών από υπολογιστικό φύλλο (Χάρτης ▸ Εισαγωγή μετρικών…)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%s: no value at this stage</source>
            <translation>%s: καμία τιμή σε αυτό το στάδιο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>higher is better</source>
            <translation>όσο υψηλότερο τόσο καλύτερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>lower is better</source>
            <translation>όσο χαμηλότερο τόσο καλύτερο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Biggest drop-off %s</source>
            <translation>Μεγαλύτερη απώλεια %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>→ %s continue</source>
            <translation>→ %s συνεχίζουν</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>Target %s (%s)</source>
            <translation>Στόχος %s (%s)</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>%d dates, %s to %s</source>
            <translation>%d ημερομηνίες, %s έως %s</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/metrics_row.py" />
            <source>funnel: %s</source>
            <translation>χοάνη: %s</translation>
        </message>
    </context>
    <context>
        <name>opportunity</name>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Link pain point</source>
            <translation>Σύνδεση σημείου τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set status</source>
            <translation>Ορισμός κατάστασης</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set owner</source>
            <translation>Ορισμός υπευθύνου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set impact</source>
            <translation>Ορισμός αντίκτυπου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Set effort</source>
            <translation>Ορισμός προσπάθειας</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Unlink pain point</source>
            <translation>Αποσύνδεση σημείου τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/opportunity_edits.py" />
            <source>Change linked pain points</source>
            <translation>Αλλαγή συνδεδεμένων σημείων τριβής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Idea</source>
            <translation>Ιδέα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Planned</source>
            <translation>Προγραμματισμένη</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>In test</source>
            <translation>Σε δοκιμή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Done</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>Not set</source>
            <translation>Χωρίς ορισμό</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/model/opportunities.py" />
            <source>(no text)</source>
            <translation>(χωρίς κείμενο)</translation>
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
            <translation>%s ετών</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Background</source>
            <translation>Υπόβαθρο</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Goals</source>
            <translation>Στόχοι</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Motivations</source>
            <translation>Κίνητρα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Frustrations</source>
            <translation>Απογοητεύσεις</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Behaviours</source>
            <translation>Συμπεριφορές</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Preferred channels</source>
            <translation>Προτιμώμενα κανάλια</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>Unnamed persona</source>
            <translation>Περσόνα χωρίς όνομα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/persona_profile.py" />
            <source>No profile details yet.</source>
            <translation>Δεν υπάρχουν ακόμη στοιχεία προφίλ.</translation>
        </message>
    </context>
    <context>
        <name>route_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Relabel route</source>
            <translation>Μετονομασία διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Change route persona</source>
            <translation>Αλλαγή περσόνας διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Reverse route</source>
            <translation>Αντιστροφή διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Draw route</source>
            <translation>Σχεδίαση διαδρομής</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete route</source>
            <translation>Διαγραφή διαδρομής</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cjm_desktop/document/route_edits.py" />
            <source>Delete %n routes</source>
            <translation>
                <numerusform>Διαγραφή %n διαδρομής</numerusform>
                <numerusform>Διαγραφή %n διαδρομών</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Blank</source>
            <translation>Κενός</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Four empty stages and the usual lanes, ready for your own journey.</source>
            <translation>Τέσσερα κενά στάδια και οι συνήθεις λωρίδες, έτοιμα για τη δική σας διαδρομή πελάτη.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>E-commerce</source>
            <translation>Ηλεκτρονικό εμπόριο</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>The five stages from awareness to advocacy, with touchpoints, quotes, pain points and calls to action.</source>
            <translation>Τα πέντε στάδια από την αναγνωρισιμότητα ως τη σύσταση, με σημεία επαφής, αποσπάσματα, σημεία τριβής και προσκλήσεις για δράση.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Order delivery</source>
            <translation>Παράδοση παραγγελίας</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>From placing the order to paperwork: status messages, GPS tracking, the courier, and what happens backstage.</source>
            <translation>Από την υποβολή της παραγγελίας ως τα χαρτιά: μηνύματα κατάστασης, εντοπισμός GPS, ο courier και όσα γίνονται στο παρασκήνιο.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Omnichannel: research online, purchase offline</source>
            <translation>Πολυκαναλική: έρευνα online, αγορά στο κατάστημα</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Buying a kitchen across store, social networks, configurator, call centre and app, with the buyer's route.</source>
            <translation>Αγορά κουζίνας μέσα από κατάστημα, κοινωνικά δίκτυα, διαμορφωτή, τηλεφωνικό κέντρο και εφαρμογή, με τη διαδρομή του αγοραστή.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>B2B purchase</source>
            <translation>Αγορά B2B</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A construction-steel buyer who cannot order online and asks sales for a personal quote.</source>
            <translation>Ένας αγοραστής οικοδομικού χάλυβα που δεν μπορεί να παραγγείλει online και ζητά προσωπική προσφορά από τις πωλήσεις.</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>Service blueprint</source>
            <translation>Σχέδιο υπηρεσίας (service blueprint)</translation>
        </message>
        <message>
            <location filename="../../resources/templates/templates.json" />
            <source>A hotel stay with physical evidence, frontstage, backstage and support processes.</source>
            <translation>Μια διαμονή σε ξενοδοχείο με φυσικά τεκμήρια, μπροστινή σκηνή, παρασκήνιο και υποστηρικτικές διαδικασίες.</translation>
        </message>
    </context>
    <context>
        <name>vote_edits</name>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Add vote</source>
            <translation>Προσθήκη ψήφου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Remove vote</source>
            <translation>Αφαίρεση ψήφου</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Reset votes</source>
            <translation>Μηδενισμός ψήφων</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Dots per participant</source>
            <translation>Κουκκίδες ανά συμμετέχοντα</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/document/vote_edits.py" />
            <source>Votable lanes</source>
            <translation>Λωρίδες ψηφοφορίας</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Voting is off</source>
            <translation>Η ψηφοφορία είναι ανενεργή</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d · dots left: %d</source>
            <translation>Συμμετέχων %d · κουκκίδες που απομένουν: %d</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>There are no cards to vote on in the lanes open to votes.</source>
            <translation>Δεν υπάρχουν κάρτες για ψηφοφορία στις λωρίδες που είναι ανοιχτές σε ψήφους.</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Cards in this lane are not being voted on</source>
            <translation>Οι κάρτες αυτής της λωρίδας δεν ψηφίζονται</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Participant %d has no dots left</source>
            <translation>Ο συμμετέχων %d δεν έχει άλλες κουκκίδες</translation>
        </message>
        <message>
            <location filename="../../cjm_desktop/canvas/vote_tool.py" />
            <source>Only your own dots can be taken back</source>
            <translation>Μόνο τις δικές σας κουκκίδες μπορείτε να πάρετε πίσω</translation>
        </message>
    </context>
</TS>
