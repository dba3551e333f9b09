<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessToken</name>
    <message>
        <source>The answer (HTTP %1) held no access_token.</source>
        <translation>Die Antwort (HTTP %1) enthielt kein access_token.</translation>
    </message>
</context>
<context>
    <name>AccessTokenCache</name>
    <message>
        <source>The profile has no usable token address (%1).</source>
        <translation>Das Profil hat keine verwendbare Token-Adresse (%1).</translation>
    </message>
    <message>
        <source>Could not get an access token from %1: %2</source>
        <translation>Von %1 konnte kein Zugriffstoken abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>AddressRules</name>
    <message>
        <source>&quot;%1&quot; contains a space or a control character; write a space as %20.</source>
        <translation>&quot;%1&quot; enthält ein Leerzeichen oder ein Steuerzeichen; schreiben Sie ein Leerzeichen als %20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address (%2).</source>
        <translation>&quot;%1&quot; ist keine gültige Adresse (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with http:// or https://.</source>
        <translation>&quot;%1&quot; beginnt nicht mit http:// oder https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses %2://; Hoist uploads over http:// and https:// only.</source>
        <translation>&quot;%1&quot; verwendet %2://; Hoist lädt nur über http:// und https:// hoch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host.</source>
        <translation>&quot;%1&quot; enthält keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>BaseAddress</name>
    <message>
        <source>Removed the final &quot;/&quot;: Hoist adds the rest of the address itself.</source>
        <translation>Das abschließende &quot;/&quot; wurde entfernt: Hoist ergänzt den Rest der Adresse selbst.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;: Hoist adds it itself.</source>
        <translation>&quot;%1&quot; wurde entfernt: Hoist ergänzt es selbst.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;hoist %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;hoist %1 --help&apos;.</translation>
    </message>
    <message>
        <source>hoist %1: unknown action &quot;%2&quot;.</source>
        <translation>hoist %1: unbekannte Aktion &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>hoist %1: %2</source>
        <translation>hoist %1: %2</translation>
    </message>
    <message>
        <source>hoist: unknown command &quot;%1&quot;.</source>
        <translation>hoist: unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: hoist [COMMAND] [OPTIONS]
       hoist [--profile NAME] [--add PATH]… [--start]

Hoist uploads files to web media libraries through multipart/form-data APIs.
Without a command it opens the desktop app.

Commands:
  upload       upload files with a profile or to a URL (hoist upload --help)
  credentials  list, set or delete credentials in the keychain (hoist credentials --help)
  presets      list the built-in service presets and the values each needs
  profiles     add a profile from a preset, list, show or remove profiles
  history      list past uploads, by profile, status, date or name (hoist history --help)
  library      list, search or delete what a service holds, list its folders (hoist library --help)

Options:
  -h, --help  show this help
  --version   show the version

Desktop app options:
  --profile NAME  choose the profile NAME
  --add PATH      add a file, or the files of a folder, to the queue (repeatable)
  --start         start the queue
Qt&apos;s own options work too, such as -style NAME or -reverse.
</source>
        <translation>Aufruf: hoist [COMMAND] [OPTIONS]
        hoist [--profile NAME] [--add PATH]… [--start]

Hoist lädt Dateien über multipart/form-data-APIs in Medienbibliotheken im Web hoch.
Ohne Befehl öffnet es die Desktop-App.

Befehle:
  upload       Dateien mit einem Profil oder an eine URL hochladen (hoist upload --help)
  credentials  Zugangsdaten im Schlüsselbund auflisten, festlegen oder löschen (hoist credentials --help)
  presets      die eingebauten Dienstvorlagen und die jeweils benötigten Werte auflisten
  profiles     ein Profil aus einer Vorlage anlegen; Profile auflisten, anzeigen oder entfernen
  history      frühere Uploads auflisten, nach Profil, Status, Datum oder Name (hoist history --help)
  library      auflisten, durchsuchen oder löschen, was ein Dienst enthält; seine Ordner auflisten (hoist library --help)

Optionen:
  -h, --help  diese Hilfe anzeigen
  --version   die Version anzeigen

Optionen der Desktop-App:
  --profile NAME  das Profil NAME wählen
  --add PATH      eine Datei oder die Dateien eines Ordners in die Warteschlange aufnehmen (wiederholbar)
  --start         die Warteschlange starten
Auch Qts eigene Optionen wirken, etwa -style NAME oder -reverse.
</translation>
    </message>
    <message>
        <source>Print only the names, one a line.</source>
        <translation>Nur die Namen ausgeben, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Give --json or --names, not both.</source>
        <translation>Geben Sie --json oder --names an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>  ✓ %1</source>
        <translation>  ✓ %1</translation>
    </message>
    <message>
        <source>  ✗ %1: %2</source>
        <translation>  ✗ %1: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files  %3%  %4/s</source>
        <translation>%1 von %2 Dateien  %3%  %4/s</translation>
    </message>
    <message>
        <source>outcome unknown: %1</source>
        <translation>Ergebnis unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed, %3 not sent (%4 s)</source>
        <translation>%1 hochgeladen, %2 fehlgeschlagen, %3 nicht gesendet (%4 s)</translation>
    </message>
    <message numerus="yes">
        <source>; %n with an unknown outcome: check the library before sending them again</source>
        <translation>
            <numerusform>; %n mit unbekanntem Ergebnis: Prüfen Sie die Bibliothek, bevor Sie die Datei erneut senden</numerusform>
            <numerusform>; %n mit unbekanntem Ergebnis: Prüfen Sie die Bibliothek, bevor Sie die Dateien erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: sent on %1 with an unknown outcome; check the library, or give --resend-unknown</source>
        <translation>nicht gesendet: am %1 mit unbekanntem Ausgang gesendet; in der Mediathek nachsehen oder --resend-unknown angeben</translation>
    </message>
    <message>
        <source>skipped: uploaded on %1</source>
        <translation>übersprungen: hochgeladen am %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (uploaded before)</source>
        <translation>
            <numerusform>; %n übersprungen (schon hochgeladen)</numerusform>
            <numerusform>; %n übersprungen (schon hochgeladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: already in the library as #%1 (%2)</source>
        <translation>übersprungen: bereits in der Bibliothek als #%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (already in the library)</source>
        <translation>
            <numerusform>; %n übersprungen (bereits in der Bibliothek)</numerusform>
            <numerusform>; %n übersprungen (bereits in der Bibliothek)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>The whole file went out, then Hoist stopped before an answer came: the server may have stored it. Look in the library before sending it again.</source>
        <translation>Die ganze Datei wurde gesendet, dann wurde Hoist beendet, bevor eine Antwort kam: Der Server hat sie vielleicht gespeichert. Sehen Sie in der Mediathek nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API-Schlüssel oder Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>A credential name has 1 to 64 letters, digits, dots, dashes or underscores, and starts with a letter or digit.</source>
        <translation>Der Name von Zugangsdaten besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>API key / token</source>
        <translation>API-Schlüssel / Token</translation>
    </message>
    <message>
        <source>User name + password</source>
        <translation>Benutzername + Passwort</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>Wrong secret: %1</source>
        <translation>Falsches Geheimnis: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s address is incomplete (%1), so there is nothing to test against.</source>
        <translation>Die Adresse des Profils ist unvollständig (%1), daher gibt es nichts, womit getestet werden könnte.</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation>TLS-Problem: %1</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>OK: the server accepted the credential (HTTP %1).</source>
        <translation>OK: Der Server hat die Zugangsdaten akzeptiert (HTTP %1).</translation>
    </message>
    <message>
        <source>Wrong secret: the server refused the credential (HTTP %1).</source>
        <translation>Falsches Geheimnis: Der Server hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source> It said: %1</source>
        <translation> Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to a GET of %2, so the credential could not be confirmed. Give the profile a check URL that needs signing in.</source>
        <translation>Der Server hat auf ein GET von %2 mit HTTP %1 geantwortet, daher konnten die Zugangsdaten nicht bestätigt werden. Geben Sie dem Profil eine Prüf-URL, die eine Anmeldung erfordert.</translation>
    </message>
</context>
<context>
    <name>CredentialEditor</name>
    <message>
        <source>Edit Credential</source>
        <translation>Zugangsdaten bearbeiten</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>e.g. xibo-production</source>
        <translation>z. B. xibo-production</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the secret while typing</source>
        <translation>Das Geheimnis bei der Eingabe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>The secret is kept in your system keychain, never in Hoist&apos;s files. Profiles refer to the credential by its name.</source>
        <translation>Das Geheimnis wird im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von Hoist. Profile verweisen über den Namen auf die Zugangsdaten.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>There is already a credential named &quot;%1&quot;; edit it instead.</source>
        <translation>Es gibt bereits Zugangsdaten namens &quot;%1&quot;; bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Reading the stored secret…</source>
        <translation>Gespeichertes Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <source>Enter the secret again to replace it.</source>
        <translation>Geben Sie das Geheimnis erneut ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Hoist can keep this secret in memory until it quits, without writing it anywhere. You will be asked for it again next time.</source>
        <translation>Hoist kann dieses Geheimnis bis zum Beenden im Arbeitsspeicher behalten, ohne es irgendwo zu speichern. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Bitte „%1“ ausfüllen.</translation>
    </message>
    <message>
        <source>Discard changes to this credential?</source>
        <translation>Änderungen an diesen Zugangsdaten verwerfen?</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain has no secret for &quot;%1&quot;. If your keyring is locked, unlock it and try again; otherwise set the secret again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für &quot;%1&quot;. Falls Ihr Schlüsselbund gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut; andernfalls legen Sie das Geheimnis erneut fest.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (for example in Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Anmelde-Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain service is running, but your login keyring is locked or missing and could not be unlocked here. Unlock it (for example in Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund-Dienst läuft, aber Ihr Anmelde-Schlüsselbund ist gesperrt oder fehlt und konnte hier nicht entsperrt werden. Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error%1.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet%1.</translation>
    </message>
    <message>
        <source>No keychain is available: Hoist found no Secret Service (such as GNOME Keyring or KWallet) on the session bus. Start or install one.</source>
        <translation>Kein Schlüsselbund verfügbar: Hoist hat auf dem Sitzungsbus keinen Secret Service (wie GNOME Keyring oder KWallet) gefunden. Starten oder installieren Sie einen.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for a password prompt, or its service is stuck.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Möglicherweise wartet er auf eine Passwortabfrage, oder sein Dienst hängt.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Möglicherweise wartet er auf eine Passwortabfrage, oder sein Dienst hängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no credential named &quot;%1&quot;. Add it under Credentials, or with: hoist credentials set %1 --kind KIND</source>
        <translation>Es gibt keine Zugangsdaten namens &quot;%1&quot;. Legen Sie sie unter Zugangsdaten an oder mit: hoist credentials set %1 --kind KIND</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>hoist credentials: %1</source>
        <translation>hoist credentials: %1</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>&quot;list&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>VERWENDET VON</translation>
    </message>
    <message>
        <source>No credentials yet. Add one with: hoist credentials set ID --kind KIND
</source>
        <translation>Noch keine Zugangsdaten. Legen Sie welche an mit: hoist credentials set ID --kind KIND
</translation>
    </message>
    <message>
        <source>token, password or oauth-client (default token).</source>
        <translation>token, password oder oauth-client (Standard: token).</translation>
    </message>
    <message>
        <source>The user name (password) or client ID (oauth-client).</source>
        <translation>Der Benutzername (password) bzw. die Client-ID (oauth-client).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Words to recognise it by.</source>
        <translation>Ein Text, an dem Sie sie wiedererkennen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The name profiles use for this credential.</source>
        <translation>Der Name, unter dem Profile diese Zugangsdaten verwenden.</translation>
    </message>
    <message>
        <source>&quot;set&quot; takes one ID. The secret is read from standard input, never from the command line.</source>
        <translation>&quot;set&quot; erwartet genau eine ID. Das Geheimnis wird von der Standardeingabe gelesen, niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>&quot;set&quot; needs an ID.</source>
        <translation>&quot;set&quot; benötigt eine ID.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Art &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>A %1 credential needs --user with the %2.</source>
        <translation>Zugangsdaten der Art %1 benötigen --user mit: %2.</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%1 für %2: </translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing was stored.</source>
        <translation>Auf der Standardeingabe wurde kein Geheimnis übergeben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was stored. For one upload, pass the secret with hoist upload --secret-stdin or --secret-env instead.</source>
        <translation>Es wurde nichts gespeichert. Für einen einzelnen Upload übergeben Sie das Geheimnis stattdessen mit hoist upload --secret-stdin oder --secret-env.</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.
</source>
        <translation>&quot;%1&quot; im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>The credential to delete.</source>
        <translation>Die zu löschenden Zugangsdaten.</translation>
    </message>
    <message>
        <source>&quot;delete&quot; takes one ID.</source>
        <translation>&quot;delete&quot; erwartet genau eine ID.</translation>
    </message>
    <message>
        <source>There is no credential named &quot;%1&quot;.</source>
        <translation>Es gibt keine Zugangsdaten namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.
</source>
        <translation>&quot;%1&quot; gelöscht.
</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n profile(s) still refer to it and will ask for a secret: %1
</source>
        <translation>
            <numerusform>Hinweis: %n Profil verweist noch darauf und wird nach einem Geheimnis fragen: %1
</numerusform>
            <numerusform>Hinweis: %n Profile verweisen noch darauf und werden nach einem Geheimnis fragen: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: hoist credentials list [--json | --names]
       hoist credentials set ID [--kind KIND] [--user NAME] [--label TEXT]
       hoist credentials delete ID

Credentials live in the operating system&apos;s keychain; profiles refer to them by ID.
&quot;set&quot; reads the secret from standard input (without echo on a terminal), never from
the command line. KIND is one of: %1 (default token).

Exit codes: 0 done; 1 the keychain could not be used; 2 usage error.
</source>
        <translation>Aufruf: hoist credentials list [--json | --names]
        hoist credentials set ID [--kind KIND] [--user NAME] [--label TEXT]
        hoist credentials delete ID

Zugangsdaten liegen im Schlüsselbund des Betriebssystems; Profile verweisen über ihre ID darauf.
&quot;set&quot; liest das Geheimnis von der Standardeingabe (ohne Echo auf einem Terminal), niemals von
der Befehlszeile. KIND ist eines von: %1 (Standard: token).

Exit-Codes: 0 erledigt; 1 der Schlüsselbund konnte nicht verwendet werden; 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User / client ID</source>
        <translation>Benutzer / Client-ID</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Profile to test with</source>
        <translation>Profil zum Testen</translation>
    </message>
    <message>
        <source>Test with &amp;profile:</source>
        <translation>Testen mit &amp;Profil:</translation>
    </message>
    <message>
        <source>Make one harmless signed-in request to the profile&apos;s server</source>
        <translation>Eine harmlose angemeldete Anfrage an den Server des Profils senden</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>Delete the credential &quot;%1&quot; and its secret from the keychain?</source>
        <translation>Die Zugangsdaten &quot;%1&quot; und ihr Geheimnis aus dem Schlüsselbund löschen?</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n profile(s): %1. They cannot sign in until you give them another credential.</source>
        <translation>
            <numerusform>Sie werden von %n Profil verwendet: %1. Es kann sich erst wieder anmelden, wenn Sie ihm andere Zugangsdaten zuweisen.</numerusform>
            <numerusform>Sie werden von %n Profilen verwendet: %1. Diese können sich erst wieder anmelden, wenn Sie ihnen andere Zugangsdaten zuweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Credential</source>
        <translation>Zugangsdaten löschen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>DeliveryCheck</name>
    <message>
        <source>The server stored %1 bytes; the file has %2. What arrived is not the file.</source>
        <translation>Der Server hat %1 Bytes gespeichert; die Datei hat %2. Was angekommen ist, ist nicht die Datei.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 is %2; the file&apos;s is %3. What arrived is not the file.</source>
        <translation>Der Server meldet als %1 %2, die Datei hat %3. Was angekommen ist, ist nicht die Datei.</translation>
    </message>
    <message>
        <source>Verified: the server&apos;s size and %1 match the file.</source>
        <translation>Geprüft: Größe und %1 laut Server stimmen mit der Datei überein.</translation>
    </message>
    <message>
        <source>Verified: the server&apos;s %1 matches the file.</source>
        <translation>Geprüft: %1 laut Server stimmt mit der Datei überein.</translation>
    </message>
    <message>
        <source>Verified: the server&apos;s size matches the file (%1 bytes).</source>
        <translation>Geprüft: Die Größe laut Server stimmt mit der Datei überein (%1 Bytes).</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Another Hoist is running on this account and keeps the queue: this window&apos;s queue is not kept when it closes. Its uploads still go to the history.</source>
        <translation>Ein anderes Hoist läuft unter diesem Konto und führt die Warteschlange: Die Warteschlange dieses Fensters wird beim Schließen nicht aufbewahrt. Seine Uploads kommen trotzdem in den Verlauf.</translation>
    </message>
</context>
<context>
    <name>DestinationArguments</name>
    <message>
        <source>Use the saved profile NAME (or a profile .json file).</source>
        <translation>Das gespeicherte Profil NAME verwenden (oder eine .json-Profildatei).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Set a profile template variable (repeatable).</source>
        <translation>Eine Vorlagenvariable des Profils setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Read the secret from environment variable VAR (default HOIST_SECRET).</source>
        <translation>Das Geheimnis aus der Umgebungsvariablen VAR lesen (Standard: HOIST_SECRET).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the secret from the first line of standard input.</source>
        <translation>Das Geheimnis aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in FILE (PEM) for this run; checks stay on.</source>
        <translation>Für diesen Aufruf zusätzlich den Zertifikaten in FILE (PEM) vertrauen; die Prüfungen bleiben aktiv.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>hoist %1: warning: %2</source>
        <translation>hoist %1: Warnung: %2</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Geheimnis: </translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>hoist %1: credential &quot;%2&quot;: %3</source>
        <translation>hoist %1: Zugangsdaten &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Give --profile NAME.</source>
        <translation>Geben Sie --profile NAME an.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 benötigt %2.</translation>
    </message>
    <message>
        <source>%1 needs a secret: give --secret-env VAR or --secret-stdin.</source>
        <translation>%1 benötigt ein Geheimnis: Geben Sie --secret-env VAR oder --secret-stdin an.</translation>
    </message>
    <message>
        <source>%1 needs the secret of the credential &quot;%2&quot;: store it with &quot;hoist credentials set %2&quot;, or give --secret-env VAR or --secret-stdin.</source>
        <translation>%1 benötigt das Geheimnis der Zugangsdaten &quot;%2&quot;: Speichern Sie es mit &quot;hoist credentials set %2&quot;, oder geben Sie --secret-env VAR oder --secret-stdin an.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExistingItemPolicy</name>
    <message>
        <source>%1 is already in the library as #%2 (%3). [u]pload anyway, [r]eplace that item, [s]kip? </source>
        <translation>%1 ist bereits in der Bibliothek als #%2 (%3). Trotzdem hochladen [u], diesen Eintrag ersetzen [r], überspringen [s]? </translation>
    </message>
</context>
<context>
    <name>FileBodyDevice</name>
    <message>
        <source>The file body is read-only.</source>
        <translation>Der Dateiinhalt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot read the file&apos;s details.</source>
        <translation>Die Dateiinformationen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it got shorter</source>
        <translation>sie ist kürzer geworden</translation>
    </message>
    <message>
        <source>it was replaced by another file</source>
        <translation>sie wurde durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>it grew</source>
        <translation>sie ist größer geworden</translation>
    </message>
    <message>
        <source>it was written to</source>
        <translation>in sie wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent (%2); nothing was stored as a success. Send it again once it is complete.</source>
        <translation>%1 hat sich während des Sendens geändert (%2); nichts wurde als Erfolg verbucht. Senden Sie die Datei erneut, sobald sie vollständig ist.</translation>
    </message>
</context>
<context>
    <name>FileIntake</name>
    <message>
        <source>Reading folders…</source>
        <translation>Ordner werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the queue were not added again.</source>
        <translation>
            <numerusform>%n Datei war bereits in der Warteschlange und wurde nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n Dateien waren bereits in der Warteschlange und wurden nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue</source>
        <translation>
            <numerusform>%n bereits in der Warteschlange</numerusform>
            <numerusform>%n bereits in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n versteckte</numerusform>
            <numerusform>%n versteckte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching %1</source>
        <translation>
            <numerusform>%n passt nicht zu %1</numerusform>
            <numerusform>%n passen nicht zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n Ordner konnte nicht gelesen werden</numerusform>
            <numerusform>%n Ordner konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from folders added.</source>
        <translation>
            <numerusform>%n Datei aus Ordnern hinzugefügt.</numerusform>
            <numerusform>%n Dateien aus Ordnern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Left out: %2.</source>
        <translation>%1 Ausgelassen: %2.</translation>
    </message>
</context>
<context>
    <name>FinishedNotice</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with an unknown outcome</source>
        <translation>
            <numerusform>, %n mit unbekanntem Ergebnis</numerusform>
            <numerusform>, %n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist: the queue is done</source>
        <translation>Hoist: Die Warteschlange ist abgearbeitet</translation>
    </message>
</context>
<context>
    <name>FollowUpRunner</name>
    <message>
        <source>Uploaded, but a follow-up step failed. %1</source>
        <translation>Hochgeladen, aber ein Folgeschritt ist fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>HeaderRules</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>contains a control character (%1), which would start another header</source>
        <translation>enthält ein Steuerzeichen (%1), das einen weiteren Header beginnen würde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has characters a header name cannot have; use only letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>&quot;%1&quot; enthält Zeichen, die in einem Header-Namen nicht erlaubt sind; verwenden Sie nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>contains a control character (%1); a header value must be a single line</source>
        <translation>enthält ein Steuerzeichen (%1); ein Header-Wert muss aus einer einzigen Zeile bestehen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Hoist could not write to its history: %1</source>
        <translation>Hoist konnte nicht in seinen Verlauf schreiben: %1</translation>
    </message>
    <message>
        <source>Hoist could not remove old entries from its history: %1</source>
        <translation>Hoist konnte alte Einträge nicht aus seinem Verlauf entfernen: %1</translation>
    </message>
    <message>
        <source>Hoist could not read its history: %1</source>
        <translation>Hoist konnte seinen Verlauf nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>hoist history: %1</source>
        <translation>hoist history: %1</translation>
    </message>
    <message>
        <source>No uploads to show.
</source>
        <translation>Keine Uploads anzuzeigen.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>List the uploads Hoist remembers, newest first: when, with which profile, how each ended and what the server answered.

Exit codes: 0 listed (also when nothing matched); 1 the history could not be read; 2 usage error.</source>
        <translation>Die Uploads auflisten, die Hoist sich merkt, die neuesten zuerst: wann, mit welchem Profil, wie jeder ausging und was der Server geantwortet hat.

Exit-Codes: 0 aufgelistet (auch wenn nichts passte); 1 der Verlauf konnte nicht gelesen werden; 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Print one JSON array of the uploads instead of text.</source>
        <translation>Statt Text ein JSON-Array der Uploads ausgeben.</translation>
    </message>
    <message>
        <source>Only uploads with the profile NAME.</source>
        <translation>Nur Uploads mit dem Profil NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only uploads that ended so: %1 (repeatable, or separated by commas).</source>
        <translation>Nur Uploads, die so ausgingen: %1 (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only uploads since DATE: a day (2026-12-01), a day and time (2026-12-01T14:30, local time unless it has an offset) or a span back from now (7d, 24h).</source>
        <translation>Nur Uploads seit DATE: ein Tag (2026-12-01), ein Tag mit Uhrzeit (2026-12-01T14:30, Ortszeit, sofern kein Versatz angegeben ist) oder eine Zeitspanne zurück ab jetzt (7d, 24h).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only files whose name contains TEXT (case does not matter).</source>
        <translation>Nur Dateien, deren Name TEXT enthält (Groß- und Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most the newest N uploads (default %1).</source>
        <translation>Höchstens die neuesten N Uploads anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to look for a file name, use --search TEXT.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; um nach einem Dateinamen zu suchen, verwenden Sie --search TEXT.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Status &quot;%1&quot;; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>--since needs a day (2026-12-01), a day and time (2026-12-01T14:30) or a span back from now (7d, 24h), not &quot;%1&quot;.</source>
        <translation>--since braucht einen Tag (2026-12-01), einen Tag mit Uhrzeit (2026-12-01T14:30) oder eine Zeitspanne zurück ab jetzt (7d, 24h), nicht &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n upload(s); --limit N shows more.
</source>
        <translation>
            <numerusform>Nur der neueste Upload wird angezeigt; --limit N zeigt mehr.
</numerusform>
            <numerusform>Nur die neuesten %n Uploads werden angezeigt; --limit N zeigt mehr.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The HTTP status the server answered with</source>
        <translation>Der HTTP-Status, mit dem der Server geantwortet hat</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Upload History</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation>Dateinamen durchsuchen…</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Only uploads made with this profile</source>
        <translation>Nur Uploads mit diesem Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only uploads that ended this way</source>
        <translation>Nur Uploads, die so ausgegangen sind</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Only uploads made in this time</source>
        <translation>Nur Uploads aus diesem Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>Show &amp;Answer</source>
        <translation>&amp;Antwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy URLs</source>
        <translation>URLs &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Upload Again</source>
        <translation>&amp;Erneut hochladen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected uploads, or all shown, to a CSV file (%1)</source>
        <translation>Die ausgewählten Uploads oder alle angezeigten in eine CSV-Datei schreiben (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the history again (%1)</source>
        <translation>Den Verlauf neu einlesen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n uploads that match; narrow the search to find older ones.</source>
        <translation>
            <numerusform>Angezeigt wird nur der neueste passende Upload; schränken Sie die Suche ein, um ältere zu finden.</numerusform>
            <numerusform>Angezeigt werden die %n neuesten passenden Uploads; schränken Sie die Suche ein, um ältere zu finden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s)</source>
        <translation>
            <numerusform>%n Upload</numerusform>
            <numerusform>%n Uploads</numerusform>
        </translation>
    </message>
    <message>
        <source>No upload matches these filters</source>
        <translation>Kein Upload passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>No uploads recorded yet</source>
        <translation>Noch keine Uploads aufgezeichnet</translation>
    </message>
    <message>
        <source>Select an upload to see what the server answered.</source>
        <translation>Wählen Sie einen Upload aus, um zu sehen, was der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>Nothing was sent for this file.</source>
        <translation>Für diese Datei wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server sent no answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>This upload is no longer in the history.</source>
        <translation>Dieser Upload ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Export the Shown Uploads</source>
        <translation>Angezeigte Uploads exportieren</translation>
    </message>
    <message>
        <source>Export the Selected Uploads</source>
        <translation>Ausgewählte Uploads exportieren</translation>
    </message>
    <message>
        <source>upload-history-%1.csv</source>
        <translation>upload-verlauf-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) written to %1.</source>
        <translation>
            <numerusform>%n Upload nach %1 geschrieben.</numerusform>
            <numerusform>%n Uploads nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep History…</source>
        <translation>&amp;Verlauf aufbewahren…</translation>
    </message>
    <message>
        <source>How long the history keeps its records: set in the Preferences</source>
        <translation>Wie lange der Verlauf seine Einträge aufbewahrt: in den Einstellungen festlegen</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Replaces item:</source>
        <translation>Ersetzt &amp;Eintrag:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Dokument&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Use exactly these values for the current file</source>
        <translation>Genau diese Werte für die aktuelle Datei verwenden</translation>
    </message>
    <message>
        <source>Set the filled-in values on every selected file; empty fields keep each file&apos;s own value</source>
        <translation>Die ausgefüllten Werte für alle ausgewählten Dateien setzen; leere Felder behalten den eigenen Wert jeder Datei</translation>
    </message>
    <message>
        <source>the id of the item this file replaces; empty: a new item</source>
        <translation>die ID des Eintrags, den diese Datei ersetzt; leer: ein neuer Eintrag</translation>
    </message>
    <message>
        <source>type id=value; type id=value</source>
        <translation>Typ-ID=Wert; Typ-ID=Wert</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Selected</source>
        <translation>
            <numerusform>Auf %n ausgewählte Datei anwenden</numerusform>
            <numerusform>Auf %n ausgewählte Dateien anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile takes no values per file.</source>
        <translation>Dieses Profil hat keine Werte pro Datei.</translation>
    </message>
    <message>
        <source>Select a file to set its values.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Werte festzulegen.</translation>
    </message>
    <message>
        <source>This file has been sent; its values can no longer change.</source>
        <translation>Diese Datei wurde bereits gesendet; ihre Werte lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Values are checked again at once; problems show in the file&apos;s row.</source>
        <translation>Die Werte werden sofort erneut geprüft; Probleme erscheinen in der Zeile der Datei.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Pick the item to replace</source>
        <translation>Den zu ersetzenden Eintrag auswählen</translation>
    </message>
    <message>
        <source>Pick the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose the item this file replaces from the library</source>
        <translation>Den Eintrag, den diese Datei ersetzt, aus der Bibliothek auswählen</translation>
    </message>
    <message>
        <source>Choose the folder from the library&apos;s folders</source>
        <translation>Den Ordner aus den Ordnern der Bibliothek auswählen</translation>
    </message>
    <message>
        <source>This profile has no way to list its library</source>
        <translation>Dieses Profil kann seine Bibliothek nicht auflisten</translation>
    </message>
    <message>
        <source>This profile has no way to list its folders</source>
        <translation>Dieses Profil kann seine Ordner nicht auflisten</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>Dateit&amp;yp:</translation>
    </message>
    <message>
        <source>as found in the file</source>
        <translation>wie in der Datei erkannt</translation>
    </message>
    <message>
        <source>The file&apos;s type as the server is told it, such as image/png; empty: the type found in the file</source>
        <translation>Der Dateityp, der dem Server mitgeteilt wird, etwa image/png; leer: der in der Datei erkannte Typ</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>(unterschiedliche Werte)</translation>
    </message>
    <message numerus="yes">
        <source>What you type goes to the %n selected file(s) that can still take values; empty fields keep each file&apos;s own.</source>
        <translation>
            <numerusform>Ihre Eingaben gelten für %n ausgewählte Datei, die noch Werte annehmen kann; leere Felder behalten ihren eigenen Wert.</numerusform>
            <numerusform>Ihre Eingaben gelten für die %n ausgewählten Dateien, die noch Werte annehmen können; leere Felder behalten den eigenen Wert jeder Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the values, then press Retry (%1) to send the file again with them.</source>
        <translation>Korrigieren Sie die Werte, und drücken Sie dann „Wiederholen“ (%1), um die Datei damit erneut zu senden.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Hoist could not write its queue journal: %1</source>
        <translation>Hoist konnte sein Warteschlangen-Journal nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Hoist could not read its queue journal: %1</source>
        <translation>Hoist konnte sein Warteschlangen-Journal nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>LibraryApi</name>
    <message>
        <source>A library list needs to know where each item&apos;s ID and name are: fill in &quot;ID at&quot; and &quot;Name at&quot; (item.id and item.name).</source>
        <translation>Eine Bibliotheksliste muss wissen, wo ID und Name jedes Eintrags stehen: „ID bei“ und „Name bei“ ausfüllen (item.id und item.name).</translation>
    </message>
    <message>
        <source>The delete address needs {id} where the item&apos;s ID goes.</source>
        <translation>Die Adresse zum Löschen braucht {id} an der Stelle der ID des Eintrags.</translation>
    </message>
    <message>
        <source>Paging by offset and limit needs {offset} in the list address.</source>
        <translation>Seiten nach Versatz und Anzahl brauchen {offset} in der Adresse der Liste.</translation>
    </message>
    <message>
        <source>Paging by page number needs {page} in the list address.</source>
        <translation>Seiten nach Seitennummer brauchen {page} in der Adresse der Liste.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>Bibliothek durchsuchen…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Read the library again (%1)</source>
        <translation>Die Bibliothek neu einlesen (%1)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Einträge der Bibliothek</translation>
    </message>
    <message>
        <source>Waiting for the secret of the credential &quot;%1&quot; from the keychain. If this stays, the main window says what is missing.</source>
        <translation>Warte auf das Geheimnis der Zugangsdaten &quot;%1&quot; aus dem Schlüsselbund. Wenn diese Meldung bleibt, zeigt das Hauptfenster, was fehlt.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Bibliothek wird gelesen…</translation>
    </message>
    <message>
        <source>The library could not be read.
%1

Refresh (F5) tries again.</source>
        <translation>Die Bibliothek konnte nicht gelesen werden.
%1

Aktualisieren (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>Nothing in the library matches &quot;%1&quot;.</source>
        <translation>Nichts in der Bibliothek passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <source>Hoist has not uploaded anything here yet.</source>
        <translation>Hoist hat hierher noch nichts hochgeladen.</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>Die Bibliothek ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown; the next page could not be read: %1</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; die nächste Seite konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Einträge angezeigt; die nächste Seite konnte nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) so far; scroll down for more</source>
        <translation>
            <numerusform>Bisher %n Eintrag; für weitere nach unten scrollen</numerusform>
            <numerusform>Bisher %n Einträge; für weitere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — reading more…</source>
        <translation>%1 — weitere werden gelesen…</translation>
    </message>
</context>
<context>
    <name>LibraryClient</name>
    <message>
        <source>The profile &quot;%1&quot; has no way to list this library.</source>
        <translation>Das Profil &quot;%1&quot; kann diese Bibliothek nicht auflisten.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no way to look an item up.</source>
        <translation>Das Profil &quot;%1&quot; kann keinen Eintrag nachschlagen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no way to delete items.</source>
        <translation>Das Profil &quot;%1&quot; kann keine Einträge löschen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no folders.</source>
        <translation>Das Profil &quot;%1&quot; hat keine Ordner.</translation>
    </message>
    <message>
        <source>The image address is not valid: %1</source>
        <translation>Die Bildadresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>The library&apos;s address is not valid: %1</source>
        <translation>Die Adresse der Bibliothek ist ungültig: %1</translation>
    </message>
    <message>
        <source>The library&apos;s address needs a value for %1.</source>
        <translation>Die Adresse der Bibliothek benötigt einen Wert für %1.</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Kein Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Exit codes:
  0  done
  1  the server refused or could not be reached, the history could not be read, a deletion
     failed, or Ctrl+C cancelled
  2  usage error, also a profile that cannot do this, a missing value or a missing secret
  3  (delete) the service kept an item because it is in use (--force deletes it anyway), and
     nothing else failed</source>
        <translation>Exit-Codes:
  0  erledigt
  1  der Server hat abgelehnt oder war nicht erreichbar, der Verlauf konnte nicht gelesen werden,
     eine Löschung ist fehlgeschlagen, oder Ctrl+C hat abgebrochen
  2  Aufruffehler, auch ein Profil, das dies nicht kann, ein fehlender Wert oder ein fehlendes Geheimnis
  3  (delete) der Dienst hat einen Eintrag behalten, weil er verwendet wird (--force löscht ihn trotzdem),
     und sonst ist nichts fehlgeschlagen</translation>
    </message>
    <message>
        <source>NAME is a saved profile, a built-in preset or a profile .json file; its secret comes from the
keychain (see hoist credentials), --secret-stdin or --secret-env VAR, and --var NAME=VALUE and
--cacert FILE work as with hoist upload.</source>
        <translation>NAME ist ein gespeichertes Profil, eine eingebaute Vorlage oder eine .json-Profildatei; das Geheimnis
kommt aus dem Schlüsselbund (siehe hoist credentials), von --secret-stdin oder --secret-env VAR, und
--var NAME=VALUE und --cacert FILE funktionieren wie bei hoist upload.</translation>
    </message>
    <message>
        <source>hoist library: %1</source>
        <translation>hoist library: %1</translation>
    </message>
    <message>
        <source>No items to show.
</source>
        <translation>Keine Einträge anzuzeigen.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the first %n item(s); --limit N shows more, --limit 0 all.
</source>
        <translation>
            <numerusform>Nur %n Eintrag wird angezeigt; --limit N zeigt mehr, --limit 0 alle.
</numerusform>
            <numerusform>Nur die ersten %n Einträge werden angezeigt; --limit N zeigt mehr, --limit 0 alle.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: hoist library list --profile NAME [--search TEXT] [--folder FOLDER] [--limit N] [--json]
       hoist library delete --profile NAME [--force] ID…
       hoist library folders --profile NAME [--json]

What the service of a profile holds: list it, delete items by id, list its folders. A
service that cannot list its library (Qualtrics) shows what Hoist uploaded there.

</source>
        <translation>Aufruf: hoist library list --profile NAME [--search TEXT] [--folder FOLDER] [--limit N] [--json]
        hoist library delete --profile NAME [--force] ID…
        hoist library folders --profile NAME [--json]

Was der Dienst eines Profils enthält: auflisten, Einträge nach ID löschen, Ordner auflisten. Ein
Dienst, der seine Bibliothek nicht auflisten kann (Qualtrics), zeigt, was Hoist dorthin hochgeladen hat.

</translation>
    </message>
    <message>
        <source>List what the library of a profile&apos;s service holds, a page at a time as the service pages it. A service that cannot list its library (Qualtrics) shows the files Hoist uploaded there.</source>
        <translation>Auflisten, was die Bibliothek des Dienstes eines Profils enthält, Seite für Seite, so wie der Dienst sie aufteilt. Ein Dienst, der seine Bibliothek nicht auflisten kann (Qualtrics), zeigt die Dateien, die Hoist dorthin hochgeladen hat.</translation>
    </message>
    <message>
        <source>Only items whose name matches TEXT, as the service searches.</source>
        <translation>Nur Einträge, deren Name zu TEXT passt, so wie der Dienst sucht.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only items in this folder (an id, see hoist library folders).</source>
        <translation>Nur Einträge in diesem Ordner (eine ID, siehe hoist library folders).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Show at most N items (default %1; 0: all).</source>
        <translation>Höchstens N Einträge anzeigen (Standard: %1; 0: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON array of the items instead of text.</source>
        <translation>Statt Text ein JSON-Array der Einträge ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to look for a name, use --search TEXT.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; um nach einem Namen zu suchen, verwenden Sie --search TEXT.</translation>
    </message>
    <message>
        <source>%1 cannot search its library.</source>
        <translation>%1 kann seine Bibliothek nicht durchsuchen.</translation>
    </message>
    <message>
        <source>%1 cannot list one folder of its library.</source>
        <translation>%1 kann keinen einzelnen Ordner seiner Bibliothek auflisten.</translation>
    </message>
    <message>
        <source>%1 cannot list its library, so neither one of its folders.</source>
        <translation>%1 kann seine Bibliothek nicht auflisten, also auch keinen ihrer Ordner.</translation>
    </message>
    <message>
        <source>%1 has no way to list its library, and its answers to uploads give no id that Hoist&apos;s history could list them by.</source>
        <translation>%1 kann seine Bibliothek nicht auflisten, und seine Antworten auf Uploads enthalten keine ID, anhand derer der Verlauf von Hoist sie auflisten könnte.</translation>
    </message>
    <message>
        <source>%1 has no way to list its library: these are only the files Hoist uploaded there and has not deleted since.</source>
        <translation>%1 kann seine Bibliothek nicht auflisten: Dies sind nur die Dateien, die Hoist dorthin hochgeladen und seitdem nicht gelöscht hat.</translation>
    </message>
    <message>
        <source>Delete items from the library of a profile&apos;s service, by id.</source>
        <translation>Einträge nach ID aus der Bibliothek des Dienstes eines Profils löschen.</translation>
    </message>
    <message>
        <source>Delete items even when something uses them (where the service allows it).</source>
        <translation>Einträge auch dann löschen, wenn sie verwendet werden (sofern der Dienst das erlaubt).</translation>
    </message>
    <message>
        <source>The items to delete (hoist library list shows their ids).</source>
        <translation>Die zu löschenden Einträge (hoist library list zeigt ihre IDs).</translation>
    </message>
    <message>
        <source>ID…</source>
        <translation>ID…</translation>
    </message>
    <message>
        <source>Give the id of at least one item to delete.</source>
        <translation>Geben Sie die ID mindestens eines zu löschenden Eintrags an.</translation>
    </message>
    <message>
        <source>%1 has no way to delete items.</source>
        <translation>%1 kann keine Einträge löschen.</translation>
    </message>
    <message>
        <source>--force: %1 has no way to delete an item that is in use.</source>
        <translation>--force: %1 kann keinen Eintrag löschen, der verwendet wird.</translation>
    </message>
    <message>
        <source>- %1 not deleted: cancelled before it was asked for
</source>
        <translation>- %1 nicht gelöscht: abgebrochen, bevor die Löschung angefragt wurde
</translation>
    </message>
    <message>
        <source>- %1 moved to the trash
</source>
        <translation>- %1 in den Papierkorb verschoben
</translation>
    </message>
    <message>
        <source>- %1 deleted
</source>
        <translation>- %1 gelöscht
</translation>
    </message>
    <message>
        <source>%1 is deleted, but Hoist could not note it, so hoist library list still shows it: %2</source>
        <translation>%1 ist gelöscht, aber Hoist konnte das nicht vermerken, daher zeigt hoist library list den Eintrag weiterhin an: %2</translation>
    </message>
    <message>
        <source>- %1 not deleted because it is in use; --force deletes it anyway. %2
</source>
        <translation>- %1 nicht gelöscht, weil der Eintrag verwendet wird; --force löscht ihn trotzdem. %2
</translation>
    </message>
    <message>
        <source>- %1: cancelled while the server was asked; it may be deleted already
</source>
        <translation>- %1: abgebrochen, während der Server angefragt wurde; der Eintrag ist möglicherweise bereits gelöscht
</translation>
    </message>
    <message>
        <source>- %1 not deleted: %2
</source>
        <translation>- %1 nicht gelöscht: %2
</translation>
    </message>
    <message>
        <source>List the folders of a profile&apos;s service: id, name and the id of the folder above.</source>
        <translation>Die Ordner des Dienstes eines Profils auflisten: ID, Name und die ID des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>Print one JSON array of the folders instead of text.</source>
        <translation>Statt Text ein JSON-Array der Ordner ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no folders.</source>
        <translation>%1 hat keine Ordner.</translation>
    </message>
    <message>
        <source>No folders.
</source>
        <translation>Keine Ordner.
</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>ÜBERGEORDNET</translation>
    </message>
    <message>
        <source>Showing only the first %1 folders.</source>
        <translation>Nur die ersten %1 Ordner werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>LibraryDeletions</name>
    <message>
        <source>Hoist could not note a deletion: %1</source>
        <translation>Hoist konnte eine Löschung nicht vermerken: %1</translation>
    </message>
    <message>
        <source>Hoist could not read its deletions: %1</source>
        <translation>Hoist konnte seine vermerkten Löschungen nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>LibraryEndpointsEditor</name>
    <message>
        <source>Li&amp;brary (list and delete)…</source>
        <translation>&amp;Bibliothek (auflisten und löschen)…</translation>
    </message>
    <message>
        <source>Where the service lists the items it holds and deletes one, for the Library window and for replacing an item</source>
        <translation>Wo der Dienst seine Einträge auflistet und einen löscht – für das Bibliotheksfenster und zum Ersetzen eines Eintrags</translation>
    </message>
    <message>
        <source>Where the service lists its items. Each request fills in {search} (what is searched for), {offset} (where the page starts, from 0), {limit} (how many items a page holds) and {page} (the page number, from 1); the profile&apos;s values work too, {+name} inserted as written.</source>
        <translation>Wo der Dienst seine Einträge auflistet. Jede Anfrage setzt {search} (der Suchbegriff), {offset} (wo die Seite beginnt, ab 0), {limit} (wie viele Einträge eine Seite hat) und {page} (die Seitennummer, ab 1) ein; die Werte des Profils gehen auch, {+name} wird unverändert eingefügt.</translation>
    </message>
    <message>
        <source>Also sent with the query %1</source>
        <translation>Außerdem mit der Abfrage %1 gesendet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Versatz und Anzahl</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>How the service splits a long list: by {offset} and {limit}, or by {page} and {limit}; None: one answer holds everything.</source>
        <translation>Wie der Dienst eine lange Liste aufteilt: nach {offset} und {limit} oder nach {page} und {limit}; Keine: eine Antwort enthält alles.</translation>
    </message>
    <message>
        <source>The JSON pointer to the list of items in the answer, such as /results; empty when the answer is the list itself.</source>
        <translation>Der JSON-Pointer auf die Liste der Einträge in der Antwort, etwa /results; leer, wenn die Antwort selbst die Liste ist.</translation>
    </message>
    <message>
        <source>Where an item is deleted; {id} is the item&apos;s ID. Empty: Hoist does not delete here.</source>
        <translation>Wo ein Eintrag gelöscht wird; {id} ist die ID des Eintrags. Leer: Hoist löscht hier nichts.</translation>
    </message>
    <message>
        <source>List add&amp;ress:</source>
        <translation>Adresse der &amp;Liste:</translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation>Seitenau&amp;fteilung:</translation>
    </message>
    <message>
        <source>Item&amp;s per page:</source>
        <translation>Einträge &amp;je Seite:</translation>
    </message>
    <message>
        <source>&amp;Items at:</source>
        <translation>&amp;Einträge bei:</translation>
    </message>
    <message>
        <source>I&amp;D at:</source>
        <translation>&amp;ID bei:</translation>
    </message>
    <message>
        <source>Nam&amp;e at:</source>
        <translation>N&amp;ame bei:</translation>
    </message>
    <message>
        <source>Si&amp;ze at:</source>
        <translation>&amp;Größe bei:</translation>
    </message>
    <message>
        <source>T&amp;ype at:</source>
        <translation>T&amp;yp bei:</translation>
    </message>
    <message>
        <source>Modi&amp;fied at:</source>
        <translation>Ände&amp;rungszeit bei:</translation>
    </message>
    <message>
        <source>&amp;Web address at:</source>
        <translation>Webadre&amp;sse bei:</translation>
    </message>
    <message>
        <source>De&amp;lete address:</source>
        <translation>Adresse zum Lös&amp;chen:</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>Meth&amp;ode:</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Methode zum Löschen</translation>
    </message>
    <message>
        <source>A JSON pointer into one item of the list, such as /id; empty when the service does not say.</source>
        <translation>Ein JSON-Pointer in einen Eintrag der Liste, etwa /id; leer, wenn der Dienst es nicht angibt.</translation>
    </message>
</context>
<context>
    <name>LibraryFolderModel</name>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Folder id %1</source>
        <translation>Ordner-ID %1</translation>
    </message>
    <message>
        <source>The folders could not be read</source>
        <translation>Die Ordner konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>LibraryLookup</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Choose a profile in the main window: this shows its library.</source>
        <translation>Wählen Sie im Hauptfenster ein Profil aus: Hier wird dann seine Bibliothek angezeigt.</translation>
    </message>
    <message>
        <source>Hoist could not open its database, so it has no record of what it uploaded.</source>
        <translation>Hoist konnte seine Datenbank nicht öffnen und hat daher keine Aufzeichnung darüber, was es hochgeladen hat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Pick the Item to Replace</source>
        <translation>Zu ersetzenden Eintrag auswählen</translation>
    </message>
    <message>
        <source>Pick a Folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>LibraryReader</name>
    <message>
        <source>The server answered with a web page (%1) instead of JSON.</source>
        <translation>Der Server hat mit einer Webseite (%1) statt mit JSON geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON.</source>
        <translation>Die Antwort des Servers ist kein JSON.</translation>
    </message>
    <message>
        <source>The answer has no list of items at %1.</source>
        <translation>Die Antwort enthält unter %1 keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>Diesen Eintrag gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the file &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; hat jetzt die Datei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not replaced: %2</source>
        <translation>&quot;%1&quot; wurde nicht ersetzt: %2</translation>
    </message>
    <message>
        <source>&amp;Replace with File…</source>
        <translation>Durch Datei &amp;ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show &amp;Answer</source>
        <translation>&amp;Antwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Library — %1</source>
        <translation>Bibliothek — %1</translation>
    </message>
    <message>
        <source>%1 has no way to list what it holds: these are the items Hoist uploaded there.</source>
        <translation>%1 kann nicht auflisten, was es enthält: Dies sind die Einträge, die Hoist dorthin hochgeladen hat.</translation>
    </message>
    <message>
        <source>Select an item to see what the library says about it.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, was die Bibliothek darüber meldet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; as the library listed it.</source>
        <translation>&quot;%1&quot;, wie die Bibliothek den Eintrag aufgelistet hat.</translation>
    </message>
    <message>
        <source>Hoist has no listing of this item: the History window has the answer to its upload.</source>
        <translation>Hoist hat keine Auflistung dieses Eintrags: Das Verlaufsfenster enthält die Antwort auf seinen Upload.</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with a File</source>
        <translation>&quot;%1&quot; durch eine Datei ersetzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the queue already: remove it there to queue it again as a replacement.</source>
        <translation>&quot;%1&quot; ist bereits in der Warteschlange: Entfernen Sie die Datei dort, um sie erneut als Ersatz einzureihen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is queued to replace &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ist eingereiht, um &quot;%2&quot; zu ersetzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is queued to replace &quot;%2&quot;: Start in the main window sends it.</source>
        <translation>&quot;%1&quot; ist eingereiht, um &quot;%2&quot; zu ersetzen: „Starten“ im Hauptfenster sendet die Datei.</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (id %2) from the library?</source>
        <translation>&quot;%1&quot; (ID %2) aus der Bibliothek löschen?</translation>
    </message>
    <message>
        <source>It moves to the service&apos;s trash, where it can be restored from.</source>
        <translation>Der Eintrag wird in den Papierkorb des Dienstes verschoben und kann dort wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; wird gelöscht…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash.</source>
        <translation>&quot;%1&quot; ist im Papierkorb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted.</source>
        <translation>&quot;%1&quot; ist gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>&quot;%1&quot; wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>This item is used in layouts, playlists or backgrounds.</source>
        <translation>Dieser Eintrag wird in Layouts, Playlists oder Hintergründen verwendet.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; anyway takes it out of every layout that shows it.</source>
        <translation>Wenn Sie &quot;%1&quot; trotzdem löschen, wird der Eintrag aus jedem Layout entfernt, das ihn anzeigt.</translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>This service has no way to replace an item: upload the file as a new one</source>
        <translation>Dieser Dienst kann keinen Eintrag ersetzen: Laden Sie die Datei als neuen Eintrag hoch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
    <message>
        <source>Select a file to see the request that uploads it.</source>
        <translation>Wählen Sie eine Datei aus, um die Anfrage zu sehen, mit der sie hochgeladen wird.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>File Values</source>
        <translation>Dateiwerte</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to the queue</source>
        <translation>Dateien zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add every file in a folder and its subfolders</source>
        <translation>Alle Dateien eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>Dateien &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the files whose paths or file:// addresses are on the clipboard</source>
        <translation>Die Dateien hinzufügen, deren Pfade oder file://-Adressen in der Zwischenablage stehen</translation>
    </message>
    <message>
        <source>Folder F&amp;ilter…</source>
        <translation>Ordner&amp;filter…</translation>
    </message>
    <message>
        <source>Which files of a dropped or picked folder are added</source>
        <translation>Welche Dateien eines abgelegten oder ausgewählten Ordners hinzugefügt werden</translation>
    </message>
    <message>
        <source>Include &amp;Hidden Files</source>
        <translation>&amp;Versteckte Dateien einbeziehen</translation>
    </message>
    <message>
        <source>Also add hidden files and the files of hidden folders</source>
        <translation>Auch versteckte Dateien und die Dateien versteckter Ordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Hoist</source>
        <translation>Hoist schließen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Upload the queued files</source>
        <translation>Die Dateien in der Warteschlange hochladen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>Send nothing new; files on their way finish</source>
        <translation>Nichts Neues senden; bereits laufende Dateien werden fertig übertragen</translation>
    </message>
    <message>
        <source>&amp;Cancel All</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
    <message>
        <source>Stop every upload</source>
        <translation>Alle Uploads abbrechen</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>E&amp;rledigte entfernen</translation>
    </message>
    <message>
        <source>Remove the uploaded and cancelled files from the list; failures stay</source>
        <translation>Hochgeladene und abgebrochene Dateien aus der Liste entfernen; fehlgeschlagene bleiben</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Make a profile for Xibo, Squidex, Qualtrics, Mayan, a Django REST endpoint or any form API</source>
        <translation>Ein Profil für Xibo, Squidex, Qualtrics, Mayan, einen Django-REST-Endpunkt oder eine beliebige Formular-API anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Change where the profile uploads and how it signs in</source>
        <translation>Ändern, wohin das Profil hochlädt und wie es sich anmeldet</translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>API keys, passwords and OAuth clients in your keychain</source>
        <translation>API-Schlüssel, Passwörter und OAuth-Clients in Ihrem Schlüsselbund</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in, but no credential is chosen for it.</source>
        <translation>Das Profil &quot;%1&quot; erfordert eine Anmeldung, aber es sind keine Zugangsdaten dafür ausgewählt.</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Cannot sign in with the credential &quot;%1&quot;: %2</source>
        <translation>Anmeldung mit den Zugangsdaten &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in with the credential &quot;%2&quot;, which is not set up yet. Its secret goes to your system keychain.</source>
        <translation>Das Profil &quot;%1&quot; meldet sich mit den Zugangsdaten &quot;%2&quot; an, die noch nicht eingerichtet sind. Das Geheimnis wird im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>Enter Secret…</source>
        <translation>Geheimnis eingeben…</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Folder Filter</source>
        <translation>Ordnerfilter</translation>
    </message>
    <message>
        <source>
Not sent: %1</source>
        <translation>
Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation>
Hinweis: %1</translation>
    </message>
    <message>
        <source>Add only the files of a folder that match (for example *.png;*.jpg) and none that match a pattern with ! (for example !*.tmp);
leave empty to add every file:</source>
        <translation>Nur die Dateien eines Ordners hinzufügen, die passen (zum Beispiel *.png;*.jpg), und keine, die zu einem Muster mit ! passen (zum Beispiel !*.tmp);
leer lassen, um jede Datei hinzuzufügen:</translation>
    </message>
    <message>
        <source>Upload Files as Soon as They Are &amp;Added</source>
        <translation>Dateien sofort beim &amp;Hinzufügen hochladen</translation>
    </message>
    <message>
        <source>Off: files added after a run has ended wait for Start, so a folder added again is not sent twice</source>
        <translation>Aus: Dateien, die nach dem Ende eines Durchlaufs hinzugefügt werden, warten auf „Starten“, sodass ein erneut hinzugefügter Ordner nicht zweimal gesendet wird</translation>
    </message>
    <message>
        <source>Quit Hoist</source>
        <translation>Hoist beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are being sent. Quit anyway?</source>
        <translation>
            <numerusform>%n Datei wird gerade gesendet. Trotzdem beenden?</numerusform>
            <numerusform>%n Dateien werden gerade gesendet. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their uploads stop. A file whose content has already gone out completely may be stored by the server without Hoist learning of it: check the library before sending it again.</source>
        <translation>Die Uploads dieser Dateien werden abgebrochen. Eine Datei, deren Inhalt bereits vollständig übertragen wurde, wird möglicherweise vom Server gespeichert, ohne dass Hoist davon erfährt: Prüfen Sie die Bibliothek, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every upload so far: its answer, its address, upload it again</source>
        <translation>Alle bisherigen Uploads: ihre Antwort, ihre Adresse, erneut hochladen</translation>
    </message>
    <message>
        <source>Hoist could not open its database: no upload is recorded this session</source>
        <translation>Hoist konnte seine Datenbank nicht öffnen: In dieser Sitzung werden keine Uploads aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>Not queued again: the profile %1 no longer exists.</source>
        <translation>
            <numerusform>Nicht erneut eingereiht: Das Profil %1 gibt es nicht mehr.</numerusform>
            <numerusform>Nicht erneut eingereiht: Die Profile %1 gibt es nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the &amp;Library Before Uploading</source>
        <translation>Vor dem Hochladen in der Bib&amp;liothek nachsehen</translation>
    </message>
    <message>
        <source>A file the library already holds (same hash, or same name and size) waits for your word: upload anyway, replace that item, or skip it</source>
        <translation>Eine Datei, die die Bibliothek bereits enthält (gleicher Hash oder gleicher Name und gleiche Größe), wartet auf Ihre Entscheidung: trotzdem hochladen, diesen Eintrag ersetzen oder überspringen</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>What the chosen profile&apos;s service holds: search it, replace or delete items</source>
        <translation>Was der Dienst des gewählten Profils enthält: durchsuchen, Einträge ersetzen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Files at once, retries, timeouts, history and language</source>
        <translation>Gleichzeitige Dateien, Wiederholungen, Zeitlimits, Verlauf und Sprache</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the profile to change</source>
        <translation>Eine Kopie des Profils zum Ändern anlegen</translation>
    </message>
    <message>
        <source>Rena&amp;me Profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the profile another name</source>
        <translation>Dem Profil einen anderen Namen geben</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the profile; its credential stays in the keychain</source>
        <translation>Das Profil löschen; seine Zugangsdaten bleiben im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a profile from a JSON file</source>
        <translation>Ein Profil aus einer JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the profile as a JSON file to share; it holds no secret</source>
        <translation>Das Profil zum Weitergeben als JSON-Datei speichern; sie enthält kein Geheimnis</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>The answer, the request and the file&apos;s values under the queue</source>
        <translation>Die Antwort, die Anfrage und die Werte der Datei unter der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;About Hoist</source>
        <translation>Ü&amp;ber Hoist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Uploads files to web media libraries through multipart/form-data APIs, shows what each request sends and what the server answered, and keeps secrets in your keychain.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;QtKeychain %3&lt;/p&gt;&lt;p&gt;Licence: proprietary. No licence to copy or change Hoist is granted.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Documentation (README)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Lädt Dateien über multipart/form-data-APIs in Web-Medienbibliotheken hoch, zeigt, was jede Anfrage sendet und was der Server geantwortet hat, und bewahrt Geheimnisse in Ihrem Schlüsselbund auf.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;QtKeychain %3&lt;/p&gt;&lt;p&gt;Lizenz: proprietär. Es wird keine Lizenz zum Kopieren oder Ändern von Hoist gewährt.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Dokumentation (README)&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hoist</source>
        <translation>Über Hoist</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copied. Set %1 to the secret before you run it.</source>
        <translation>Kopiert. Setzen Sie %1 auf das Geheimnis, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>MultipartRequest</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>%1 refused the connection: is the server running, and is the port right?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft der Server, und stimmt der Port?</translation>
    </message>
    <message>
        <source>The server name %1 could not be found: check the address.</source>
        <translation>Der Servername %1 wurde nicht gefunden: Überprüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The network went away while talking to %1.</source>
        <translation>Die Netzwerkverbindung ging während der Kommunikation mit %1 verloren.</translation>
    </message>
    <message>
        <source>The proxy between you and %1 refused or dropped the request.</source>
        <translation>Der Proxy zwischen Ihnen und %1 hat die Anfrage abgelehnt oder verworfen.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; Hoist does not follow that.</source>
        <translation>%1 hat von https auf unverschlüsseltes http umgeleitet; Hoist folgt dem nicht.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The request to %1 failed before an answer arrived.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole request was sent. This is often a size limit (a proxy&apos;s 413) or the server restarting.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Anfrage gesendet war. Das ist oft eine Größenbeschränkung (413 eines Proxys) oder ein Neustart des Servers.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole request was sent.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor die ganze Anfrage gesendet war.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NumberArgument</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 benötigt eine ganze Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>PairArgument</name>
    <message>
        <source>--%1 needs %2, not &quot;%3&quot;.</source>
        <translation>--%1 benötigt %2, nicht &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>File part name</source>
        <translation>Name des Dateiteils</translation>
    </message>
    <message>
        <source>The form field the service reads the file from: &quot;file&quot;, &quot;files&quot;, &quot;f&quot; …</source>
        <translation>Das Formularfeld, aus dem der Dienst die Datei liest: &quot;file&quot;, &quot;files&quot;, &quot;f&quot; …</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Per-file value</source>
        <translation>Wert pro Datei</translation>
    </message>
    <message>
        <source>Text parts</source>
        <translation>Textteile</translation>
    </message>
    <message>
        <source>Value may use {file.name}, {file.stem} and the profile&apos;s values; a per-file value (name, description, folder …) replaces it when the file has one.</source>
        <translation>Der Wert kann {file.name}, {file.stem} und die Werte des Profils verwenden; ein Wert pro Datei (Name, Beschreibung, Ordner …) ersetzt ihn, wenn die Datei einen hat.</translation>
    </message>
    <message>
        <source>Add Part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Teil entfernen</translation>
    </message>
    <message>
        <source>File &amp;part:</source>
        <translation>&amp;Dateiteil:</translation>
    </message>
    <message>
        <source>Enter the name of the file part.</source>
        <translation>Geben Sie den Namen des Dateiteils ein.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Only where the server cannot have stored the file: the connection failed before the whole file went out, or it answered 408, 429 or 5xx</source>
        <translation>Nur wenn der Server die Datei nicht gespeichert haben kann: Die Verbindung ist abgebrochen, bevor die ganze Datei gesendet war, oder er hat mit 408, 429 oder 5xx geantwortet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A profile with its own answer timeout uses that one. When no complete answer came in time, the outcome is unknown and the file is not sent again</source>
        <translation>Ein Profil mit eigenem Zeitlimit für die Antwort verwendet dieses. Kommt nicht rechtzeitig eine vollständige Antwort, ist das Ergebnis unbekannt, und die Datei wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Limit the upload &amp;speed to:</source>
        <translation>Upload-&amp;Geschwindigkeit begrenzen auf:</translation>
    </message>
    <message>
        <source>For all uploads together, so that they leave room for others on the line</source>
        <translation>Für alle Uploads zusammen, damit auf der Leitung Platz für andere bleibt</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Upload files as soon as they are &amp;added</source>
        <translation>Dateien sofort beim &amp;Hinzufügen hochladen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>&amp;Files at once:</source>
        <translation>&amp;Dateien gleichzeitig:</translation>
    </message>
    <message>
        <source>Automatic &amp;retries:</source>
        <translation>Automatische &amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Give up when nothing moves for:</source>
        <translation>&amp;Versuch aufgeben nach Stillstand von:</translation>
    </message>
    <message>
        <source>Wait for the a&amp;nswer at most:</source>
        <translation>Auf die A&amp;ntwort höchstens warten:</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> uploads</source>
        <translation> Uploads</translation>
    </message>
    <message>
        <source>Older uploads are removed from the history when Hoist starts and when you save here. The files on the server stay where they are.</source>
        <translation>Ältere Uploads werden beim Start von Hoist und beim Speichern hier aus dem Verlauf entfernt. Die Dateien auf dem Server bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep &amp;uploads for:</source>
        <translation>&amp;Uploads aufbewahren für:</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Maximal aufbewahren:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Hoist starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Hoist.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The profile needs a value for %1; set it in the profile or with --var NAME=VALUE.</source>
        <translation>Das Profil benötigt einen Wert für %1; legen Sie ihn im Profil oder mit --var NAME=VALUE fest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The profile signs in with %1, but no secret was given.</source>
        <translation>Das Profil meldet sich mit %1 an, aber es wurde kein Geheimnis angegeben.</translation>
    </message>
    <message>
        <source>The request sets its own Content-Type header (&quot;%1&quot;). Remove it: a multipart upload needs the Content-Type with the boundary that Hoist generates, and a hand-written one makes servers answer 400 or 415.</source>
        <translation>Die Anfrage setzt einen eigenen Content-Type-Header (&quot;%1&quot;). Entfernen Sie ihn: Ein Multipart-Upload benötigt den Content-Type mit der von Hoist erzeugten boundary, und auf einen von Hand geschriebenen antworten Server mit 400 oder 415.</translation>
    </message>
    <message>
        <source>This service&apos;s addresses end in a slash: use %1/ (without it the server redirects, and a redirected upload loses its file).</source>
        <translation>Die Adressen dieses Dienstes enden mit einem Schrägstrich: Verwenden Sie %1/ (ohne ihn leitet der Server um, und ein umgeleiteter Upload verliert seine Datei).</translation>
    </message>
    <message>
        <source>This service&apos;s addresses end without a slash: %1 answers 404. Remove the final slash.</source>
        <translation>Die Adressen dieses Dienstes enden ohne Schrägstrich: %1 antwortet mit 404. Entfernen Sie den abschließenden Schrägstrich.</translation>
    </message>
    <message>
        <source>deleteOldRevisions=1 only takes effect together with updateInLayouts=1; as set, Xibo keeps the old revision.</source>
        <translation>deleteOldRevisions=1 wirkt nur zusammen mit updateInLayouts=1; mit dieser Einstellung behält Xibo die alte Revision.</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?).</source>
        <translation>%1 existiert nicht (verschoben oder gelöscht?).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Services reject empty uploads (&quot;File is too small&quot;, &quot;The submitted file is empty.&quot;); check that the file was saved completely.</source>
        <translation>%1 ist leer (0 Bytes). Dienste lehnen leere Uploads ab (&quot;File is too small&quot;, &quot;The submitted file is empty.&quot;); prüfen Sie, ob die Datei vollständig gespeichert wurde.</translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; has no Content-Type. Services such as Squidex and Qualtrics refuse file parts without one (&quot;Missing Content-Type for file part&quot;).</source>
        <translation>Der Dateiteil &quot;%1&quot; hat keinen Content-Type. Dienste wie Squidex und Qualtrics lehnen Dateiteile ohne Content-Type ab (&quot;Missing Content-Type for file part&quot;).</translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; has no file name; servers then treat it as a text field.</source>
        <translation>Der Dateiteil &quot;%1&quot; hat keinen Dateinamen; Server behandeln ihn dann als Textfeld.</translation>
    </message>
    <message>
        <source>%1 is %2; the service accepts at most %3.</source>
        <translation>%1 ist %2 groß; der Dienst akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <source>%1 is %2; this service accepts %3 unless its administrator raised the limit.</source>
        <translation>%1 ist %2 groß; dieser Dienst akzeptiert %3, sofern sein Administrator die Grenze nicht angehoben hat.</translation>
    </message>
    <message>
        <source>%1 is %2; the service only accepts %3.</source>
        <translation>%1 hat den Typ %2; der Dienst akzeptiert nur %3.</translation>
    </message>
    <message>
        <source>The address contains a user name or password; Hoist does not send credentials in URLs. Sign in with Basic and a stored credential instead.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort; Hoist sendet keine Zugangsdaten in URLs. Melden Sie sich stattdessen mit Basic und gespeicherten Zugangsdaten an.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be sent: its name is not a valid header name, or its value contains a line break or another control character.</source>
        <translation>Der Header &quot;%1&quot; kann nicht gesendet werden: Sein Name ist kein gültiger Header-Name, oder sein Wert enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type such as image/png or application/pdf.</source>
        <translation>&quot;%1&quot; ist kein Dateityp wie image/png oder application/pdf.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Uploads into the media library of a website built with Django REST framework, signed in with a token.</source>
        <translation>Lädt in die Medienbibliothek einer mit Django REST framework erstellten Website hoch, angemeldet mit einem Token.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse der Website</translation>
    </message>
    <message>
        <source>The address the site opens at in a web browser.</source>
        <translation>Die Adresse, unter der sich die Website im Webbrowser öffnet.</translation>
    </message>
    <message>
        <source>Uploads to any web address that takes files the way a web form sends them; you set the address, the form and the sign-in yourself.</source>
        <translation>Lädt an eine beliebige Webadresse hoch, die Dateien so annimmt, wie ein Webformular sie sendet; Adresse, Formular und Anmeldung legen Sie selbst fest.</translation>
    </message>
    <message>
        <source>Upload address</source>
        <translation>Upload-Adresse</translation>
    </message>
    <message>
        <source>The full address the files are sent to.</source>
        <translation>Die vollständige Adresse, an die die Dateien gesendet werden.</translation>
    </message>
    <message>
        <source>Stores documents in Mayan EDMS 4.x, signed in with a user name and password; it can also give an existing document a new file and fill in its metadata.</source>
        <translation>Speichert Dokumente in Mayan EDMS 4.x, angemeldet mit Benutzername und Passwort; kann außerdem einem vorhandenen Dokument eine neue Datei geben und seine Metadaten ausfüllen.</translation>
    </message>
    <message>
        <source>Every Mayan API address ends in a slash.</source>
        <translation>Jede Adresse der Mayan-API endet mit einem Schrägstrich.</translation>
    </message>
    <message>
        <source>Metadata goes by metadata type ID (a number), one follow-up request per value, e.g. --metadata 3=000510.</source>
        <translation>Metadaten werden über die Metadatentyp-ID (eine Zahl) angegeben, eine Folgeanfrage pro Wert, z. B. --metadata 3=000510.</translation>
    </message>
    <message>
        <source>A new file for an existing document answers 202 with an empty body: that is success; Mayan processes the file afterwards.</source>
        <translation>Auf eine neue Datei für ein vorhandenes Dokument kommt die Antwort 202 mit leerem Inhalt: Das ist ein Erfolg; Mayan verarbeitet die Datei anschließend.</translation>
    </message>
    <message>
        <source>Mayan address</source>
        <translation>Mayan-Adresse</translation>
    </message>
    <message>
        <source>The address Mayan opens at in a web browser.</source>
        <translation>Die Adresse, unter der sich Mayan im Webbrowser öffnet.</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>The number of the document type new documents get; the address …/api/v4/document_types/ lists them.</source>
        <translation>Die Nummer des Dokumenttyps, den neue Dokumente erhalten; die Adresse …/api/v4/document_types/ listet sie auf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the documents&apos; text, in three letters: eng, deu, fra …</source>
        <translation>Die Sprache des Dokumenttexts, mit drei Buchstaben: eng, deu, fra …</translation>
    </message>
    <message>
        <source>Puts images into a Qualtrics library, your own or a group&apos;s, signed in with an API token.</source>
        <translation>Legt Bilder in einer Qualtrics-Bibliothek ab, Ihrer eigenen oder der einer Gruppe, angemeldet mit einem API-Token.</translation>
    </message>
    <message>
        <source>Only JPEG, PNG and GIF images are accepted.</source>
        <translation>Nur JPEG-, PNG- und GIF-Bilder werden akzeptiert.</translation>
    </message>
    <message>
        <source>The folder is the library folder&apos;s name; without one the image lands in &quot;Uncategorized&quot;.</source>
        <translation>Der Ordner ist der Name des Bibliotheksordners; ohne Ordner landet das Bild in &quot;Uncategorized&quot;.</translation>
    </message>
    <message>
        <source>Graphics are reachable by anyone with their URL: do not upload confidential images.</source>
        <translation>Grafiken sind für jeden mit ihrer URL erreichbar: Laden Sie keine vertraulichen Bilder hoch.</translation>
    </message>
    <message>
        <source>To sign in with OAuth instead of an API token, choose OAuth2 client credentials: the token comes from {base}/oauth2/token.</source>
        <translation>Um sich mit OAuth statt mit einem API-Token anzumelden, wählen Sie OAuth2 (Client Credentials): Das Token kommt von {base}/oauth2/token.</translation>
    </message>
    <message>
        <source>Data center address</source>
        <translation>Adresse des Rechenzentrums</translation>
    </message>
    <message>
        <source>https://, your data center ID, then .qualtrics.com; the ID is under Account Settings → Qualtrics IDs.</source>
        <translation>https://, Ihre Rechenzentrums-ID, dann .qualtrics.com; die ID steht unter Account Settings → Qualtrics IDs.</translation>
    </message>
    <message>
        <source>Library ID</source>
        <translation>Bibliotheks-ID</translation>
    </message>
    <message>
        <source>It starts with UR_ for your own library and with GR_ for a group library.</source>
        <translation>Sie beginnt mit UR_ für Ihre eigene Bibliothek und mit GR_ für eine Gruppenbibliothek.</translation>
    </message>
    <message>
        <source>The local test media library that scripts/run-sandbox.sh starts; its token is hoist-sandbox-token.</source>
        <translation>Die lokale Test-Medienbibliothek, die scripts/run-sandbox.sh startet; ihr Token ist hoist-sandbox-token.</translation>
    </message>
    <message>
        <source>Stores files as assets of a Squidex app, signed in with one of the app&apos;s clients.</source>
        <translation>Speichert Dateien als Assets einer Squidex-App, angemeldet mit einem der Clients der App.</translation>
    </message>
    <message>
        <source>The client ID is &quot;app:client&quot; (Settings → Clients in the app).</source>
        <translation>Die Client-ID lautet &quot;app:client&quot; (Settings → Clients in der App).</translation>
    </message>
    <message>
        <source>The folder is the folder&apos;s id (a GUID); it is sent as ?parentId=… because Squidex ignores it in the body.</source>
        <translation>Der Ordner ist die ID des Ordners (eine GUID); sie wird als ?parentId=… gesendet, weil Squidex sie im Anfrageinhalt ignoriert.</translation>
    </message>
    <message>
        <source>An identical file already in the app is not stored again: the answer then says duplicate=true.</source>
        <translation>Eine identische Datei, die bereits in der App ist, wird nicht erneut gespeichert: Die Antwort enthält dann duplicate=true.</translation>
    </message>
    <message>
        <source>Squidex address</source>
        <translation>Squidex-Adresse</translation>
    </message>
    <message>
        <source>The address Squidex opens at; https://cloud.squidex.io for Squidex Cloud.</source>
        <translation>Die Adresse, unter der sich Squidex öffnet; https://cloud.squidex.io für Squidex Cloud.</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>The name of the app the files go to.</source>
        <translation>Der Name der App, in die die Dateien kommen.</translation>
    </message>
    <message>
        <source>Uploads into the media library of a Xibo CMS (1.8 to 4.x), signed in with an API application&apos;s client id and secret.</source>
        <translation>Lädt in die Medienbibliothek eines Xibo-CMS (1.8 bis 4.x) hoch, angemeldet mit Client-ID und Client-Geheimnis einer API-Anwendung.</translation>
    </message>
    <message>
        <source>In the CMS, add an application (Applications → Add) that may use client credentials, and store its client id and secret as an OAuth client credential.</source>
        <translation>Legen Sie im CMS eine Anwendung an (Applications → Add), die Client Credentials verwenden darf, und speichern Sie deren Client-ID und Client-Geheimnis als OAuth-Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Folders exist from CMS 3.0 on; a folder is given by its number.</source>
        <translation>Ordner gibt es ab CMS 3.0; ein Ordner wird über seine Nummer angegeben.</translation>
    </message>
    <message>
        <source>CMS address</source>
        <translation>CMS-Adresse</translation>
    </message>
    <message>
        <source>The address the CMS opens at in a web browser.</source>
        <translation>Die Adresse, unter der sich das CMS im Webbrowser öffnet.</translation>
    </message>
    <message>
        <source>Replace the file in layouts</source>
        <translation>Datei in Layouts ersetzen</translation>
    </message>
    <message>
        <source>A new version of a file takes the old one&apos;s place in every layout, playlist and background that used it.</source>
        <translation>Eine neue Version einer Datei tritt in jedem Layout, jeder Playlist und jedem Hintergrund, die die alte verwendet haben, an deren Stelle.</translation>
    </message>
    <message>
        <source>Delete the old version</source>
        <translation>Alte Version löschen</translation>
    </message>
    <message>
        <source>A new version of a file deletes the old one; this works only together with replacing the file in layouts.</source>
        <translation>Eine neue Version einer Datei löscht die alte; das funktioniert nur zusammen mit dem Ersetzen der Datei in Layouts.</translation>
    </message>
</context>
<context>
    <name>PresetInputField</name>
    <message>
        <source>Address note</source>
        <translation>Hinweis zur Adresse</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, z. B. %1</translation>
    </message>
    <message>
        <source>    --var %1=…  %2%3
</source>
        <translation>    --var %1=…  %2%3
</translation>
    </message>
    <message>
        <source>    --var %1=…  %2%3 (optional)
</source>
        <translation>    --var %1=…  %2%3 (optional)
</translation>
    </message>
    <message>
        <source>, one of %1</source>
        <translation>, einer von: %1</translation>
    </message>
    <message>
        <source>Usage: hoist presets list [--json | --names]

The services Hoist knows, with the values each needs. Make a profile from one with
hoist profiles add NAME --preset ID --var KEY=VALUE…
</source>
        <translation>Aufruf: hoist presets list [--json | --names]

Die Dienste, die Hoist kennt, mit den jeweils benötigten Werten. Ein Profil daraus erstellen Sie mit
hoist profiles add NAME --preset ID --var KEY=VALUE…
</translation>
    </message>
</context>
<context>
    <name>ProbeUpload</name>
    <message>
        <source>Could not write the test file: %1</source>
        <translation>Die Testdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 (HTTP %2): %3. It is a real item: delete it on the service if you do not want it.</source>
        <translation>%1 hochgeladen (HTTP %2): %3. Es ist ein echter Eintrag: Löschen Sie ihn beim Dienst, wenn Sie ihn nicht behalten möchten.</translation>
    </message>
    <message>
        <source>The test upload failed: %1</source>
        <translation>Der Test-Upload ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for the profile &quot;%1&quot;:</source>
        <translation>Neuer Name für das Profil &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Its credential stays in the keychain.</source>
        <translation>Seine Zugangsdaten bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
</context>
<context>
    <name>ProfileCodec</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>Enter the upload URL.</source>
        <translation>Geben Sie die Upload-URL ein.</translation>
    </message>
    <message>
        <source>Enter the name of the header or parameter that carries the key.</source>
        <translation>Geben Sie den Namen des Headers oder Parameters ein, der den Schlüssel trägt.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation>API-Schlüssel in einem Header</translation>
    </message>
    <message>
        <source>API key in the URL query</source>
        <translation>API-Schlüssel als URL-Query-Parameter</translation>
    </message>
    <message>
        <source>Token (Django REST framework)</source>
        <translation>Token (Django REST framework)</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2 (Client Credentials)</translation>
    </message>
    <message>
        <source>User name and password, exchanged for a token</source>
        <translation>Benutzername und Passwort, gegen ein Token getauscht</translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>New %1 Profile</source>
        <translation>Neues %1-Profil</translation>
    </message>
    <message>
        <source>{name} is filled from the profile&apos;s variables, {file.name} from each file.</source>
        <translation>{name} wird aus den Variablen des Profils gefüllt, {file.name} aus jeder Datei.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>The service&apos;s API documentation</source>
        <translation>Die API-Dokumentation des Dienstes</translation>
    </message>
    <message>
        <source>Upload &amp;URL:</source>
        <translation>Upload-&amp;URL:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Test upload result</source>
        <translation>Ergebnis des Test-Uploads</translation>
    </message>
    <message>
        <source>&amp;Test Upload</source>
        <translation>&amp;Test-Upload</translation>
    </message>
    <message>
        <source>Upload a tiny generated image with these settings (saved or not) and show what happened</source>
        <translation>Ein kleines erzeugtes Bild mit diesen Einstellungen hochladen (gespeichert oder nicht) und zeigen, was passiert ist</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>New credential…</source>
        <translation>Neue Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;Parameter name:</source>
        <translation>&amp;Parametername:</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>&amp;Header-Name:</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Es gibt bereits ein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pick the credential to sign in with, or create one.</source>
        <translation>Wählen Sie die Zugangsdaten für die Anmeldung aus, oder legen Sie neue an.</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Uploading a test image…</source>
        <translation>Ein Testbild wird hochgeladen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 s (default)</source>
        <translation>%1 s (Standard)</translation>
    </message>
    <message>
        <source>After the whole file is sent, how long the server may take to answer. Then the outcome is unknown and the file is not sent again on its own. Raise it for services that process a file before they answer.</source>
        <translation>Wie lange sich der Server nach dem Senden der ganzen Datei mit der Antwort Zeit lassen darf. Danach ist das Ergebnis unbekannt, und die Datei wird nicht von selbst erneut gesendet. Erhöhen Sie den Wert für Dienste, die eine Datei verarbeiten, bevor sie antworten.</translation>
    </message>
    <message>
        <source>Wait for the &amp;answer:</source>
        <translation>Auf die Antwort &amp;warten:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced (address, form and headers)…</source>
        <translation>&amp;Erweitert (Adresse, Formular und Header)…</translation>
    </message>
    <message>
        <source>Upload address</source>
        <translation>Upload-Adresse</translation>
    </message>
    <message>
        <source>Uploads to:</source>
        <translation>Upload-Ziel:</translation>
    </message>
    <message>
        <source>Headers sent:</source>
        <translation>Gesendete Header:</translation>
    </message>
    <message>
        <source>Fill in %1 to see the address.</source>
        <translation>Füllen Sie %1 aus, um die Adresse zu sehen.</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; does not exist. Save anyway?</source>
        <translation>Die Zugangsdaten &quot;%1&quot; gibt es nicht. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>The profile cannot sign in until a credential of that name is added under Credentials.</source>
        <translation>Das Profil kann sich erst anmelden, wenn unter „Zugangsdaten“ Zugangsdaten mit diesem Namen hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Discard changes to this profile?</source>
        <translation>Änderungen an diesem Profil verwerfen?</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the profile &quot;%1&quot;: %2</source>
        <translation>Das Profil &quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;: %2</source>
        <translation>Das Profil &quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the profile &quot;%1&quot;: %2</source>
        <translation>Das Profil &quot;%1&quot; kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Das Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not valid: %2</source>
        <translation>Das Profil &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Es gibt bereits ein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (ignoriert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (a word such as POST or PUT)</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode (ein Wort wie POST oder PUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer; pointers start with &quot;/&quot;, for example &quot;/id&quot;</source>
        <translation>&quot;%1&quot; ist kein JSON-Pointer; Pointer beginnen mit &quot;/&quot;, zum Beispiel &quot;/id&quot;</translation>
    </message>
    <message>
        <source>expected a list of two status codes, such as [200, 299]</source>
        <translation>eine Liste mit zwei Statuscodes erwartet, etwa [200, 299]</translation>
    </message>
    <message>
        <source>expected a whole number from 100 to 599</source>
        <translation>eine ganze Zahl von 100 bis 599 erwartet</translation>
    </message>
    <message>
        <source>the first status code is above the second</source>
        <translation>der erste Statuscode ist größer als der zweite</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0</source>
        <translation>eine ganze Zahl ≥ 0 erwartet</translation>
    </message>
    <message>
        <source>missing; a step needs an address</source>
        <translation>fehlt; ein Schritt benötigt eine Adresse</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation>eine ganze Zahl ≥ 1 erwartet</translation>
    </message>
    <message>
        <source>This profile was written by a newer Hoist (format %1); some settings may be ignored.</source>
        <translation>Dieses Profil wurde von einer neueren Hoist-Version geschrieben (Format %1); manche Einstellungen werden möglicherweise ignoriert.</translation>
    </message>
    <message>
        <source>missing; a profile needs the address to upload to</source>
        <translation>fehlt; ein Profil benötigt die Adresse, an die hochgeladen wird</translation>
    </message>
    <message>
        <source>is empty; a profile needs the address to upload to</source>
        <translation>ist leer; ein Profil benötigt die Adresse, an die hochgeladen wird</translation>
    </message>
    <message>
        <source>expected a whole number of seconds from 1 to %1</source>
        <translation>eine ganze Sekundenzahl von 1 bis %1 erwartet</translation>
    </message>
    <message>
        <source>missing; a request needs an address</source>
        <translation>fehlt; eine Anfrage benötigt eine Adresse</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>eine ganze Zahl von 1 bis %1 erwartet</translation>
    </message>
    <message>
        <source>is empty; leave it out to keep the upload&apos;s</source>
        <translation>ist leer; weglassen, um die des Uploads zu behalten</translation>
    </message>
    <message>
        <source>does not apply to an input of this type</source>
        <translation>gilt nicht für eine Eingabe dieses Typs</translation>
    </message>
    <message>
        <source>is the same as on; a check box sends two values</source>
        <translation>ist derselbe Wert wie on; ein Kontrollkästchen sendet zwei verschiedene Werte</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>is less than the minimum</source>
        <translation>ist kleiner als das Minimum</translation>
    </message>
    <message>
        <source>missing; a choice needs its choices</source>
        <translation>fehlt; eine Auswahl benötigt ihre Optionen</translation>
    </message>
    <message>
        <source>missing; a choice sends its value</source>
        <translation>fehlt; eine Option sendet ihren Wert</translation>
    </message>
    <message>
        <source>is empty; a choice needs its choices</source>
        <translation>ist leer; eine Auswahl benötigt ihre Optionen</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>hoist profiles: %1</source>
        <translation>hoist profiles: %1</translation>
    </message>
    <message>
        <source>Give one profile NAME.</source>
        <translation>Geben Sie genau einen Profil-NAME an.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; hoist profiles list shows them.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;; hoist profiles list zeigt alle an.</translation>
    </message>
    <message>
        <source>The preset to start from (hoist presets list).</source>
        <translation>Die Vorlage, von der ausgegangen wird (hoist presets list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A value the preset needs (repeatable).</source>
        <translation>Ein Wert, den die Vorlage benötigt (wiederholbar).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>The credential to sign in with (default: the preset&apos;s).</source>
        <translation>Die Zugangsdaten für die Anmeldung (Standard: die der Vorlage).</translation>
    </message>
    <message>
        <source>Sign in another way: %1.</source>
        <translation>Auf andere Weise anmelden: %1.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; remove it first or choose another name.</source>
        <translation>Es gibt bereits ein Profil namens &quot;%1&quot;; entfernen Sie es zuerst, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs --preset ID (hoist presets list).</source>
        <translation>&quot;add&quot; benötigt --preset ID (hoist presets list).</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Vorlage &quot;%1&quot;; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--var needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--var benötigt KEY=VALUE, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 takes no value &quot;%2&quot;.</source>
        <translation>%1 akzeptiert keinen Wert &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 benötigt %2.</translation>
    </message>
    <message>
        <source>Unknown sign-in scheme &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Anmeldeverfahren &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>%1 has no token address for %2.</source>
        <translation>%1 hat keine Token-Adresse für %2.</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2).
</source>
        <translation>Profil &quot;%1&quot; gespeichert (%2).
</translation>
    </message>
    <message>
        <source>It signs in with the credential &quot;%1&quot;, which is not set yet:
  hoist credentials set %1 --kind %2%3
</source>
        <translation>Es meldet sich mit den Zugangsdaten &quot;%1&quot; an, die noch nicht festgelegt sind:
  hoist credentials set %1 --kind %2%3
</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>ZUGANGSDATEN</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: hoist profiles add NAME --preset ID
</source>
        <translation>Noch keine Profile. Legen Sie eines an mit: hoist profiles add NAME --preset ID
</translation>
    </message>
    <message>
        <source>Print the profile as JSON (it holds no secrets).</source>
        <translation>Das Profil als JSON ausgeben (es enthält keine Geheimnisse).</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Uploads to:</source>
        <translation>Upload nach:</translation>
    </message>
    <message>
        <source>Signs in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source> with credential &quot;%1&quot;</source>
        <translation> mit den Zugangsdaten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Can:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation>Das Profil konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;. Its credential stays in the keychain.
</source>
        <translation>Profil &quot;%1&quot; entfernt. Seine Zugangsdaten bleiben im Schlüsselbund.
</translation>
    </message>
    <message>
        <source>hoist profiles: warning: %1</source>
        <translation>hoist profiles: Warnung: %1</translation>
    </message>
    <message>
        <source>The header or query parameter that carries the key (--auth header or query).</source>
        <translation>Der Header oder Abfrageparameter, der den Schlüssel trägt (--auth header oder query).</translation>
    </message>
    <message>
        <source>The profile would not work: %1</source>
        <translation>Das Profil würde nicht funktionieren: %1</translation>
    </message>
    <message>
        <source>Usage: hoist profiles add NAME --preset ID [--var KEY=VALUE]… [--credential ID] [--auth SCHEME]
                         [--key-name NAME]
       hoist profiles list [--json | --names]
       hoist profiles show NAME [--json]
       hoist profiles remove NAME

A profile is a preset (hoist presets list) with your values: the service&apos;s address, app or
library, and the ID of the credential it signs in with (hoist credentials set ID).

Exit codes: 0 done; 1 the profile could not be written; 2 usage error.
</source>
        <translation>Aufruf: hoist profiles add NAME --preset ID [--var KEY=VALUE]… [--credential ID] [--auth SCHEME]
                          [--key-name NAME]
        hoist profiles list [--json | --names]
        hoist profiles show NAME [--json]
        hoist profiles remove NAME

Ein Profil ist eine Vorlage (hoist presets list) mit Ihren Werten: der Adresse des Dienstes, der App
oder Bibliothek und der ID der Zugangsdaten, mit denen es sich anmeldet (hoist credentials set ID).

Exit-Codes: 0 erledigt; 1 das Profil konnte nicht geschrieben werden; 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused: it goes when you press Start.</source>
        <translation>Pausiert: Die Datei wird gesendet, wenn Sie „Starten“ drücken.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for its turn: %n file(s) at a time.</source>
        <translation>
            <numerusform>Wartet, bis sie an der Reihe ist: %n Datei gleichzeitig.</numerusform>
            <numerusform>Wartet, bis sie an der Reihe ist: %n Dateien gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes when you press Start.</source>
        <translation>Wird gesendet, wenn Sie „Starten“ drücken.</translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <source>Queue summary</source>
        <translation>Übersicht der Warteschlange</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press %1 to add files.</source>
        <translation>Legen Sie Dateien oder Ordner hier ab, oder drücken Sie %1, um Dateien hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 failed or not sent</source>
        <translation>%1 fehlgeschlagen oder nicht gesendet</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 with an unknown outcome</source>
        <translation>%1 mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 von %2 angekommen</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Filter by name, status or result…</source>
        <translation>Nach Name, Status oder Ergebnis filtern…</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>Warteschlange filtern</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Upload-Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Re&amp;move from Queue</source>
        <translation>Aus der Warteschlange &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Inspect Answer</source>
        <translation>Antwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>Edit File &amp;Values</source>
        <translation>&amp;Dateiwerte bearbeiten</translation>
    </message>
    <message>
        <source>Copy Result &amp;URL</source>
        <translation>Ergebnis-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Im Datei&amp;manager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Send These First</source>
        <translation>Diese &amp;zuerst senden</translation>
    </message>
    <message>
        <source>Upload &amp;Anyway</source>
        <translation>&amp;Trotzdem hochladen</translation>
    </message>
    <message>
        <source>Replace the &amp;Uploaded Item</source>
        <translation>Hochgeladenes Element &amp;ersetzen</translation>
    </message>
    <message>
        <source>No matching files</source>
        <translation>Keine passenden Dateien</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>No file matches &quot;%1&quot;.</source>
        <translation>Keine Datei passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace Item</source>
        <translation>Eintrag ersetzen</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; (id %2) with the file &quot;%3&quot; (%4)?</source>
        <translation>&quot;%1&quot; (ID %2) durch die Datei &quot;%3&quot; (%4) ersetzen?</translation>
    </message>
    <message>
        <source>The file joins the queue of the main window as a new version of this item, and goes when the queue runs.</source>
        <translation>Die Datei wird als neue Version dieses Eintrags in die Warteschlange des Hauptfensters eingereiht und gesendet, wenn die Warteschlange läuft.</translation>
    </message>
    <message>
        <source>&amp;Update in layouts</source>
        <translation>&amp;In Layouts aktualisieren</translation>
    </message>
    <message>
        <source>Put the new file in every layout, playlist and background that used the old one</source>
        <translation>Die neue Datei in jedes Layout, jede Playlist und jeden Hintergrund einsetzen, die die alte verwendet haben</translation>
    </message>
    <message>
        <source>&amp;Delete old revisions</source>
        <translation>Alte Revisionen &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the old file and its earlier revisions from the library; only together with updating the layouts</source>
        <translation>Die alte Datei und ihre früheren Revisionen aus der Bibliothek entfernen; nur zusammen mit dem Aktualisieren der Layouts</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>  part &quot;%1&quot;: file &quot;%2&quot;, %3, %4 (from %5)
</source>
        <translation>  Teil &quot;%1&quot;: Datei &quot;%2&quot;, %3, %4 (aus %5)
</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>  part &quot;%1&quot;: &quot;%2&quot;
</source>
        <translation>  Teil &quot;%1&quot;: &quot;%2&quot;
</translation>
    </message>
</context>
<context>
    <name>RequestPlanner</name>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>delete the replaced item %1</source>
        <translation>den ersetzten Eintrag %1 löschen</translation>
    </message>
</context>
<context>
    <name>ResponseExplainer</name>
    <message>
        <source>Xibo received the file part empty (0 bytes). The file on disk is empty, or the request carried no bytes in the &quot;files&quot; part (a stream already read, or the file sent as a text field).</source>
        <translation>Xibo hat den Dateiteil leer erhalten (0 Bytes). Die Datei auf dem Datenträger ist leer, oder die Anfrage enthielt im Teil &quot;files&quot; keine Bytes (ein bereits gelesener Datenstrom oder die Datei als Textfeld gesendet).</translation>
    </message>
    <message>
        <source>Xibo does not accept this file type: its extension must belong to a module that is enabled in the CMS (Administration → Modules).</source>
        <translation>Xibo akzeptiert diesen Dateityp nicht: Seine Endung muss zu einem Modul gehören, das im CMS aktiviert ist (Administration → Modules).</translation>
    </message>
    <message>
        <source>A replacement must be of the same kind as the media it replaces (an image for an image, a video for a video).</source>
        <translation>Ein Ersatz muss von derselben Art sein wie das Medium, das er ersetzt (ein Bild für ein Bild, ein Video für ein Video).</translation>
    </message>
    <message>
        <source>The file is larger than the server&apos;s PHP upload limit (upload_max_filesize); the administrator has to raise it.</source>
        <translation>Die Datei ist größer als das PHP-Upload-Limit des Servers (upload_max_filesize); der Administrator muss es anheben.</translation>
    </message>
    <message>
        <source>The request is larger than the server&apos;s PHP limit (post_max_size); the administrator has to raise it.</source>
        <translation>Die Anfrage ist größer als das PHP-Limit des Servers (post_max_size); der Administrator muss es anheben.</translation>
    </message>
    <message>
        <source>The media library is full: delete old media or raise the limit.</source>
        <translation>Die Medienbibliothek ist voll: Löschen Sie alte Medien, oder heben Sie die Grenze an.</translation>
    </message>
    <message>
        <source>The server has no such route. Xibo&apos;s API addresses end without a slash (…/api/library, not …/api/library/).</source>
        <translation>Der Server kennt diese Route nicht. Die API-Adressen von Xibo enden ohne Schrägstrich (…/api/library, nicht …/api/library/).</translation>
    </message>
    <message>
        <source>The request did not say it was multipart/form-data: a hand-set Content-Type header (such as application/json) replaced the multipart one. Remove that header; the multipart type and its boundary are set for you.</source>
        <translation>Die Anfrage war nicht als multipart/form-data gekennzeichnet: Ein von Hand gesetzter Content-Type-Header (etwa application/json) hat den Multipart-Header ersetzt. Entfernen Sie diesen Header; der Multipart-Typ und seine boundary werden automatisch gesetzt.</translation>
    </message>
    <message>
        <source>The file part had no Content-Type of its own (such as image/png); the service needs one on the part itself.</source>
        <translation>Der Dateiteil hatte keinen eigenen Content-Type (etwa image/png); der Dienst benötigt ihn direkt am Teil.</translation>
    </message>
    <message>
        <source>The file part had no filename; the service needs one in its Content-Disposition.</source>
        <translation>Der Dateiteil hatte keinen Dateinamen; der Dienst benötigt einen in seiner Content-Disposition.</translation>
    </message>
    <message>
        <source>The service takes exactly one file part, named &quot;file&quot;, per request.</source>
        <translation>Der Dienst akzeptiert pro Anfrage genau einen Dateiteil namens &quot;file&quot;.</translation>
    </message>
    <message>
        <source>The body could not be read as multipart: a hand-set &quot;Content-Type: multipart/form-data&quot; header without its boundary. Remove that header.</source>
        <translation>Der Anfrageinhalt konnte nicht als Multipart gelesen werden: Ein von Hand gesetzter Header &quot;Content-Type: multipart/form-data&quot; hat keine boundary. Entfernen Sie diesen Header.</translation>
    </message>
    <message>
        <source>The folder does not exist: give the id of an existing asset folder.</source>
        <translation>Der Ordner existiert nicht: Geben Sie die ID eines vorhandenen Asset-Ordners an.</translation>
    </message>
    <message>
        <source>The file part had no Content-Type of its own; Qualtrics needs image/jpeg, image/png or image/gif on the part itself.</source>
        <translation>Der Dateiteil hatte keinen eigenen Content-Type; Qualtrics benötigt image/jpeg, image/png oder image/gif direkt am Teil.</translation>
    </message>
    <message>
        <source>The server found no credentials it understands. Django REST endpoints want &quot;Authorization: Token &lt;key&gt;&quot; (not Bearer); check the profile&apos;s sign-in method.</source>
        <translation>Der Server hat keine Zugangsdaten gefunden, die er versteht. Django-REST-Endpunkte erwarten &quot;Authorization: Token &lt;key&gt;&quot; (nicht Bearer); prüfen Sie das Anmeldeverfahren des Profils.</translation>
    </message>
    <message>
        <source>The Authorization header was malformed: it must be the scheme word, one space and the key.</source>
        <translation>Der Authorization-Header war fehlerhaft: Er muss aus dem Namen des Verfahrens, einem Leerzeichen und dem Schlüssel bestehen.</translation>
    </message>
    <message>
        <source>The server does not know this token: it is mistyped or was revoked. Enter the current one in Credentials.</source>
        <translation>Der Server kennt dieses Token nicht: Es ist falsch eingegeben oder wurde widerrufen. Geben Sie das aktuelle unter Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The body could not be read as multipart: a hand-set Content-Type header without the boundary. Remove that header.</source>
        <translation>Der Anfrageinhalt konnte nicht als Multipart gelesen werden: Ein von Hand gesetzter Content-Type-Header hat keine boundary. Entfernen Sie diesen Header.</translation>
    </message>
    <message>
        <source>The request carried no Authorization header: choose a credential.</source>
        <translation>Die Anfrage enthielt keinen Authorization-Header: Wählen Sie Zugangsdaten aus.</translation>
    </message>
    <message>
        <source>No file arrived in a part named &quot;%1&quot;: the service expects the file part to be named &quot;%1&quot;.</source>
        <translation>In einem Teil namens &quot;%1&quot; ist keine Datei angekommen: Der Dienst erwartet, dass der Dateiteil &quot;%1&quot; heißt.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; arrived as a text field, not a file: a file part needs a filename.</source>
        <translation>Der Teil &quot;%1&quot; ist als Textfeld angekommen, nicht als Datei: Ein Dateiteil braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>The file sent in &quot;%1&quot; was empty (0 bytes).</source>
        <translation>Die in &quot;%1&quot; gesendete Datei war leer (0 Bytes).</translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; had an empty filename.</source>
        <translation>Der Dateiteil &quot;%1&quot; hatte einen leeren Dateinamen.</translation>
    </message>
    <message>
        <source>The service needs a value for &quot;%1&quot;.</source>
        <translation>Der Dienst benötigt einen Wert für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not one the service offers.</source>
        <translation>Der Wert von &quot;%1&quot; gehört nicht zu denen, die der Dienst anbietet.</translation>
    </message>
    <message>
        <source>No object with the id given in &quot;%1&quot; exists on the server.</source>
        <translation>Auf dem Server existiert kein Objekt mit der in &quot;%1&quot; angegebenen ID.</translation>
    </message>
    <message>
        <source>This service wants a trailing slash: the address must end in &quot;%1/&quot;. The redirect was not followed because it would drop the file.</source>
        <translation>Dieser Dienst erwartet einen abschließenden Schrägstrich: Die Adresse muss auf &quot;%1/&quot; enden. Der Umleitung wurde nicht gefolgt, weil dabei die Datei verloren ginge.</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>the client ID or secret is wrong (or the client was deleted).</source>
        <translation>die Client-ID oder das Client-Geheimnis ist falsch (oder der Client wurde gelöscht).</translation>
    </message>
    <message>
        <source>the scope asked for is not allowed for this client.</source>
        <translation>der angeforderte Scope ist für diesen Client nicht erlaubt.</translation>
    </message>
    <message>
        <source>this client may not use the client-credentials grant; enable it for the application.</source>
        <translation>dieser Client darf den Client-Credentials-Grant nicht verwenden; aktivieren Sie ihn für die Anwendung.</translation>
    </message>
    <message>
        <source>the user name or password is wrong.</source>
        <translation>der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server redirected the upload (%1) to %2. Uploads are not re-sent to a moved address because the file would be dropped; point the profile at the new address.</source>
        <translation>Der Server hat den Upload (%1) nach %2 umgeleitet. Uploads werden nicht erneut an eine verschobene Adresse gesendet, weil dabei die Datei verloren ginge; tragen Sie die neue Adresse im Profil ein.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed (400).</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt (400).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (401): check the key or token and the auth scheme (Token, Bearer, Basic or API-key header).</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert (401): Prüfen Sie den Schlüssel bzw. das Token und das Anmeldeverfahren (Token, Bearer, Basic oder API-Schlüssel-Header).</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to do this (403): check the account&apos;s permissions.</source>
        <translation>Angemeldet, aber dafür nicht berechtigt (403): Prüfen Sie die Berechtigungen des Kontos.</translation>
    </message>
    <message>
        <source>Nothing at %1 (404). This service may not want a trailing slash.</source>
        <translation>Unter %1 gibt es nichts (404). Dieser Dienst möchte womöglich keinen abschließenden Schrägstrich.</translation>
    </message>
    <message>
        <source>The server does not accept this method at this address (405).</source>
        <translation>Der Server akzeptiert diese Methode an dieser Adresse nicht (405).</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (413).</source>
        <translation>Die Datei ist größer, als der Server akzeptiert (413).</translation>
    </message>
    <message>
        <source>The server does not accept this kind of request body (415); it expects a multipart form.</source>
        <translation>Der Server akzeptiert diese Art von Anfrageinhalt nicht (415); er erwartet ein Multipart-Formular.</translation>
    </message>
    <message>
        <source>The server understood the request but rejected a value (422).</source>
        <translation>Der Server hat die Anfrage verstanden, aber einen Wert abgelehnt (422).</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down (429).</source>
        <translation>Zu viele Anfragen: Der Server bittet darum, es langsamer angehen zu lassen (429).</translation>
    </message>
    <message>
        <source>The server failed while handling the upload (%1).</source>
        <translation>Beim Verarbeiten des Uploads ist auf dem Server ein Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of JSON; the address may point at a login page or a proxy.</source>
        <translation>Der Server hat mit einer Webseite statt mit JSON geantwortet; die Adresse zeigt möglicherweise auf eine Anmeldeseite oder einen Proxy.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page, not an API answer: probably a sign-in or error page. Check the address, and whether a proxy in front of the service wants you to sign in.</source>
        <translation>Der Server hat mit %1 geantwortet, aber mit einer Webseite statt einer API-Antwort: wahrscheinlich eine Anmelde- oder Fehlerseite. Prüfen Sie die Adresse und ob ein Proxy vor dem Dienst eine Anmeldung von Ihnen verlangt.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page, &quot;%2&quot;, not an API answer: probably a sign-in or error page. Check the address, and whether a proxy in front of the service wants you to sign in.</source>
        <translation>Der Server hat mit %1 geantwortet, aber mit einer Webseite, &quot;%2&quot;, statt einer API-Antwort: wahrscheinlich eine Anmelde- oder Fehlerseite. Prüfen Sie die Adresse und ob ein Proxy vor dem Dienst eine Anmeldung von Ihnen verlangt.</translation>
    </message>
    <message>
        <source>Nothing at %1 (404). &quot;%2&quot; is in the address twice: the base address probably includes a path Hoist adds itself. Remove it from the base address.</source>
        <translation>Unter %1 gibt es nichts (404). &quot;%2&quot; kommt in der Adresse doppelt vor: Die Basisadresse enthält wahrscheinlich einen Pfad, den Hoist selbst ergänzt. Entfernen Sie ihn aus der Basisadresse.</translation>
    </message>
    <message>
        <source>Nothing at %1 (404). This service wants a trailing slash: the address must end in &quot;/&quot;.</source>
        <translation>Unter %1 gibt es nichts (404). Dieser Dienst erwartet einen abschließenden Schrägstrich: Die Adresse muss auf &quot;/&quot; enden.</translation>
    </message>
    <message>
        <source>Nothing at %1 (404). Check the address.</source>
        <translation>Unter %1 gibt es nichts (404). Prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>ResponseInspector</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Status and timings</source>
        <translation>Status und Zeiten</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Schlüssel und Werte durchsuchen…</translation>
    </message>
    <message>
        <source>Search the answer</source>
        <translation>Antwort durchsuchen</translation>
    </message>
    <message>
        <source>Answer as a tree</source>
        <translation>Antwort als Baum</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON &amp;Pointer</source>
        <translation>JSON-&amp;Pointer kopieren</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Answer as text</source>
        <translation>Antwort als Text</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <source>R&amp;aw</source>
        <translation>&amp;Rohdaten</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>Select a file to see what the server answered.</source>
        <translation>Wählen Sie eine Datei aus, um zu sehen, was der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 — first byte after %3 ms, %4 ms in all</source>
        <translation>HTTP %1 von %2 — erstes Byte nach %3 ms, insgesamt %4 ms</translation>
    </message>
    <message numerus="yes">
        <source>The answer was %n byte(s); only the first part is kept and shown.</source>
        <translation>
            <numerusform>Die Antwort war %n Byte groß; nur der erste Teil wird aufbewahrt und angezeigt.</numerusform>
            <numerusform>Die Antwort war %n Bytes groß; nur der erste Teil wird aufbewahrt und angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is not JSON (%1); it is shown as text.</source>
        <translation>Die Antwort ist kein JSON (%1); sie wird als Text angezeigt.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>Die Antwort hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Nothing was sent for this file; the Request tab shows what would be sent.</source>
        <translation>Für diese Datei wurde nichts gesendet; die Registerkarte „Anfrage“ zeigt, was gesendet würde.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Taken from the answer: %1</source>
        <translation>Aus der Antwort übernommen: %1</translation>
    </message>
</context>
<context>
    <name>StorageDatabase</name>
    <message>
        <source>Hoist could not open its history database %1 (%2). The queue and the history are not kept until Hoist is started again.</source>
        <translation>Hoist konnte seine Verlaufsdatenbank %1 nicht öffnen (%2). Warteschlange und Verlauf werden erst nach einem Neustart von Hoist wieder aufbewahrt.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file cannot be read and could not be moved aside: %1</source>
        <translation>die Datei kann nicht gelesen werden und konnte nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <source>Hoist&apos;s history database was written by a newer version of Hoist; it was moved to %1 and a new one was started.</source>
        <translation>Die Verlaufsdatenbank von Hoist wurde von einer neueren Hoist-Version geschrieben; sie wurde nach %1 verschoben und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>Hoist&apos;s history database was damaged; it was moved to %1 and a new one was started.</source>
        <translation>Die Verlaufsdatenbank von Hoist war beschädigt; sie wurde nach %1 verschoben und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>Hoist&apos;s history database could not be opened when Hoist started; nothing is kept until Hoist is started again.</source>
        <translation>Die Verlaufsdatenbank von Hoist konnte beim Start nicht geöffnet werden; bis zu einem Neustart von Hoist wird nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>Hoist could not open its history database: %1</source>
        <translation>Hoist konnte seine Verlaufsdatenbank nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>SuccessRule</name>
    <message>
        <source>No answer arrived from the server.</source>
        <translation>Vom Server ist keine Antwort eingetroffen.</translation>
    </message>
    <message>
        <source>The server answered %1, not a status between %2 and %3.</source>
        <translation>Der Server hat mit %1 geantwortet, nicht mit einem Status zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>The answer was too large to check for success.</source>
        <translation>Die Antwort war zu groß, um sie auf Erfolg zu prüfen.</translation>
    </message>
    <message>
        <source>The answer is not JSON, so the success conditions cannot be checked.</source>
        <translation>Die Antwort ist kein JSON, daher können die Erfolgsbedingungen nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation>Die Antwort enthält kein %1.</translation>
    </message>
    <message>
        <source>The answer&apos;s %1 is &quot;%2&quot;.</source>
        <translation>In der Antwort hat %1 den Wert &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page, not an API answer.</source>
        <translation>Der Server hat mit %1 geantwortet, aber mit einer Webseite statt einer API-Antwort.</translation>
    </message>
</context>
<context>
    <name>TlsDiagnosis</name>
    <message>
        <source>The secure connection to %1 failed before any certificate was checked: check that this address and port serve HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, bevor ein Zertifikat geprüft wurde: Prüfen Sie, ob diese Adresse und dieser Port HTTPS anbieten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed before any certificate was checked (%2): check that this address and port serve HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, bevor ein Zertifikat geprüft wurde (%2): Prüfen Sie, ob diese Adresse und dieser Port HTTPS anbieten.</translation>
    </message>
    <message>
        <source>The certificate of %1 names no server at all: ask the server&apos;s administrator for a certificate made for %1.</source>
        <translation>Das Zertifikat von %1 nennt überhaupt keinen Server: Bitten Sie den Administrator des Servers um ein Zertifikat, das für %1 ausgestellt ist.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for other names (%2), not for %1: use one of those names in the address, or ask the server&apos;s administrator for a certificate made for %1.</source>
        <translation>Das Zertifikat von %1 gilt für andere Namen (%2), nicht für %1: Verwenden Sie einen dieser Namen in der Adresse, oder bitten Sie den Administrator des Servers um ein Zertifikat, das für %1 ausgestellt ist.</translation>
    </message>
    <message>
        <source>The certificate of %1, the authority behind the certificate of %2, expired on %3: the server&apos;s administrator needs to renew the chain (if that date looks wrong, check this computer&apos;s clock).</source>
        <translation>Das Zertifikat von %1, der Zertifizierungsstelle hinter dem Zertifikat von %2, ist am %3 abgelaufen: Der Administrator des Servers muss die Kette erneuern (falls dieses Datum falsch erscheint, prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: the server&apos;s administrator needs to renew it (if that date looks wrong, check this computer&apos;s clock).</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen: Der Administrator des Servers muss es erneuern (falls dieses Datum falsch erscheint, prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2: check this computer&apos;s date and clock, or ask the server&apos;s administrator for a certificate that is valid now.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig: Prüfen Sie Datum und Uhrzeit dieses Computers, oder bitten Sie den Administrator des Servers um ein Zertifikat, das jetzt gültig ist.</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed: if this is your own server, trust exactly that certificate with --cacert (or in the profile), rather than turning checks off.</source>
        <translation>Das Zertifikat von %1 ist selbstsigniert: Wenn dies Ihr eigener Server ist, vertrauen Sie genau diesem Zertifikat mit --cacert (oder im Profil), statt die Prüfungen abzuschalten.</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust: if you trust that authority, give its certificate with --cacert (or in the profile), rather than turning checks off.</source>
        <translation>Das Zertifikat von %1 wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut: Wenn Sie dieser Stelle vertrauen, geben Sie ihr Zertifikat mit --cacert (oder im Profil) an, statt die Prüfungen abzuschalten.</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust (%2): if you trust that authority, give its certificate with --cacert (or in the profile), rather than turning checks off.</source>
        <translation>Das Zertifikat von %1 wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut (%2): Wenn Sie dieser Stelle vertrauen, geben Sie ihr Zertifikat mit --cacert (oder im Profil) an, statt die Prüfungen abzuschalten.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked by the authority that issued it: send nothing there until the server&apos;s administrator replaces it.</source>
        <translation>Das Zertifikat von %1 wurde von der Zertifizierungsstelle, die es ausgestellt hat, widerrufen: Senden Sie nichts dorthin, bis der Administrator des Servers es ersetzt.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused (%2): ask the server&apos;s administrator to fix it, rather than turning checks off.</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt (%2): Bitten Sie den Administrator des Servers, es zu korrigieren, statt die Prüfungen abzuschalten.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1:%2 speaks TLS: use https:// instead of http://.</source>
        <translation>%1:%2 spricht TLS: Verwenden Sie https:// statt http://.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled after the whole file was sent to %1: it may have stored it. Check the library before sending it again.</source>
        <translation>Abgebrochen, nachdem die ganze Datei an %1 gesendet war: Der Server hat sie möglicherweise gespeichert. Prüfen Sie die Bibliothek, bevor Sie sie erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing moved for %n second(s) while sending to %1; the server or the network stalled.</source>
        <translation>
            <numerusform>%n Sekunde lang wurde beim Senden an %1 nichts übertragen; der Server oder das Netzwerk hängt.</numerusform>
            <numerusform>%n Sekunden lang wurde beim Senden an %1 nichts übertragen; der Server oder das Netzwerk hängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 took the whole file but gave no complete answer within %n second(s): it may have stored it. Check the library before sending it again.</source>
        <translation>
            <numerusform>%1 hat die ganze Datei angenommen, aber innerhalb von %n Sekunde keine vollständige Antwort gegeben: Der Server hat sie möglicherweise gespeichert. Prüfen Sie die Bibliothek, bevor Sie sie erneut senden.</numerusform>
            <numerusform>%1 hat die ganze Datei angenommen, aber innerhalb von %n Sekunden keine vollständige Antwort gegeben: Der Server hat sie möglicherweise gespeichert. Prüfen Sie die Bibliothek, bevor Sie sie erneut senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no complete answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat innerhalb von %n Sekunde keine vollständige Antwort gegeben.</numerusform>
            <numerusform>%1 hat innerhalb von %n Sekunden keine vollständige Antwort gegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection after the whole file was sent, without answering: it may have stored it. Check the library before sending it again.</source>
        <translation>%1 hat die Verbindung geschlossen, nachdem die ganze Datei gesendet war, ohne zu antworten: Der Server hat sie möglicherweise gespeichert. Prüfen Sie die Bibliothek, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>%1 redirected the upload to another address, %2. Hoist sent neither the file nor the sign-in there; if that address is right, put it in the profile.</source>
        <translation>%1 hat den Upload an eine andere Adresse umgeleitet: %2. Hoist hat dorthin weder die Datei noch die Anmeldung gesendet; wenn diese Adresse richtig ist, tragen Sie sie im Profil ein.</translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects: %1 redirected the upload more than %n time(s), so it was not sent again.</source>
        <translation>
            <numerusform>Zu viele Umleitungen: %1 hat den Upload mehr als %n Mal umgeleitet, daher wurde er nicht erneut gesendet.</numerusform>
            <numerusform>Zu viele Umleitungen: %1 hat den Upload mehr als %n Mal umgeleitet, daher wurde er nicht erneut gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Upload to URL with a generic profile.</source>
        <translation>Mit einem generischen Profil an URL hochladen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name of the file part (default: the profile&apos;s, else &quot;file&quot;).</source>
        <translation>Name des Dateiteils (Standard: der des Profils, sonst &quot;file&quot;).</translation>
    </message>
    <message>
        <source>Add a text part NAME with VALUE (repeatable).</source>
        <translation>Einen Textteil NAME mit VALUE hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Add a query parameter (repeatable).</source>
        <translation>Einen Query-Parameter hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Add a request header (repeatable).</source>
        <translation>Einen Anfrage-Header hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>Name: value</translation>
    </message>
    <message>
        <source>HTTP method (default: the profile&apos;s, else POST).</source>
        <translation>HTTP-Methode (Standard: die des Profils, sonst POST).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Auth scheme: %1.</source>
        <translation>Anmeldeverfahren: %1.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>Header or query parameter name for the key, or the Basic user name.</source>
        <translation>Header- oder Query-Parametername für den Schlüssel, oder der Basic-Benutzername.</translation>
    </message>
    <message>
        <source>Print what would be sent (secrets masked) and send nothing.</source>
        <translation>Ausgeben, was gesendet würde (Geheimnisse maskiert), und nichts senden.</translation>
    </message>
    <message>
        <source>Print one JSON object per file instead of text.</source>
        <translation>Pro Datei ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Put the files in this folder (an id or name, as the service wants it).</source>
        <translation>Die Dateien in diesen Ordner legen (eine ID oder ein Name, wie es der Dienst erwartet).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Upload the file as a new version of the item with this id.</source>
        <translation>Die Datei als neue Version des Eintrags mit dieser ID hochladen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Set per-file metadata KEY (name, description, tags …) for every file (repeatable).</source>
        <translation>Den Wert KEY pro Datei (name, description, tags …) für jede Datei setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Add metadata by type id after the upload (Mayan; repeatable).</source>
        <translation>Nach dem Upload Metadaten nach Typ-ID hinzufügen (Mayan; wiederholbar).</translation>
    </message>
    <message>
        <source>TYPE=VALUE</source>
        <translation>TYPE=VALUE</translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation>Hochzuladende Dateien.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <source>No files given.</source>
        <translation>Keine Dateien angegeben.</translation>
    </message>
    <message>
        <source>Give either --profile NAME or --url URL.</source>
        <translation>Geben Sie entweder --profile NAME oder --url URL an.</translation>
    </message>
    <message>
        <source>hoist upload: %1</source>
        <translation>hoist upload: %1</translation>
    </message>
    <message>
        <source>Unknown auth scheme &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Anmeldeverfahren &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>--auth %1 needs --auth-name with the header or parameter name.</source>
        <translation>--auth %1 benötigt --auth-name mit dem Header- oder Parameternamen.</translation>
    </message>
    <message>
        <source>%1 has no folders to put files in.</source>
        <translation>%1 hat keine Ordner, in die Dateien gelegt werden können.</translation>
    </message>
    <message>
        <source>%1 has no way to replace an existing item.</source>
        <translation>%1 bietet keine Möglichkeit, einen vorhandenen Eintrag zu ersetzen.</translation>
    </message>
    <message>
        <source>--replace takes exactly one file.</source>
        <translation>--replace akzeptiert genau eine Datei.</translation>
    </message>
    <message>
        <source>%1 has no follow-up step that sends metadata.</source>
        <translation>%1 hat keinen Folgeschritt, der Metadaten sendet.</translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  Warnung: %1
</translation>
    </message>
    <message>
        <source>hoist upload: %1 is given twice; it is uploaded once.</source>
        <translation>hoist upload: %1 ist doppelt angegeben; es wird nur einmal hochgeladen.</translation>
    </message>
    <message>
        <source>Upload files to a multipart/form-data API, with the request built right by construction.

Exit codes: 0 all uploads succeeded; 1 an upload failed or was cancelled; 2 usage error; 3 preflight refused an item (nothing was sent for it) and none failed; 4 every upload succeeded but a follow-up step (such as metadata) failed; 5 the outcome of an upload is unknown: the whole file went out and no answer came, so the server may have stored it (check before sending it again; Hoist never re-sends it on its own).

Secrets are never taken from the command line. A profile&apos;s credential comes from the keychain (see hoist credentials); --secret-stdin or --secret-env VAR override it; without a credential, HOIST_SECRET is read.</source>
        <translation>Dateien an eine multipart/form-data-API hochladen, mit einer Anfrage, die von vornherein richtig aufgebaut ist.

Exit-Codes: 0 alle Uploads erfolgreich; 1 ein Upload ist fehlgeschlagen oder wurde abgebrochen; 2 Aufruffehler; 3 die Vorabprüfung hat ein Element abgelehnt (dafür wurde nichts gesendet) und keines ist fehlgeschlagen; 4 alle Uploads erfolgreich, aber ein Folgeschritt (etwa Metadaten) ist fehlgeschlagen; 5 das Ergebnis eines Uploads ist unbekannt: Die ganze Datei wurde gesendet und es kam keine Antwort, daher hat der Server sie möglicherweise gespeichert (prüfen Sie das, bevor Sie sie erneut senden; Hoist sendet sie nie von sich aus erneut).

Geheimnisse werden nie von der Befehlszeile übernommen. Die Zugangsdaten eines Profils kommen aus dem Schlüsselbund (siehe hoist credentials); --secret-stdin oder --secret-env VAR haben Vorrang; ohne Zugangsdaten wird HOIST_SECRET gelesen.</translation>
    </message>
    <message>
        <source>hoist upload: warning: %1</source>
        <translation>hoist upload: Warnung: %1</translation>
    </message>
    <message>
        <source>Skip files the history shows as uploaded to the same address with the same content (size and modification time); files sent earlier with an unknown outcome are listed and not sent.</source>
        <translation>Dateien überspringen, die laut Verlauf mit demselben Inhalt (Größe und Änderungszeit) an dieselbe Adresse hochgeladen wurden; früher mit unbekanntem Ausgang gesendete Dateien werden aufgeführt und nicht gesendet.</translation>
    </message>
    <message>
        <source>With --skip-uploaded: send the files whose earlier outcome is unknown again.</source>
        <translation>Mit --skip-uploaded: Dateien, deren früherer Ausgang unbekannt ist, erneut senden.</translation>
    </message>
    <message>
        <source>--resend-unknown goes with --skip-uploaded.</source>
        <translation>--resend-unknown gehört zu --skip-uploaded.</translation>
    </message>
    <message>
        <source>When the library already holds a file (same content hash where the service reports one, else same name and size): ask, skip it, replace that item with it, or upload it anyway (default: upload).</source>
        <translation>Wenn die Bibliothek eine Datei bereits enthält (gleicher Inhalts-Hash, sofern der Dienst einen meldet, sonst gleicher Name und gleiche Größe): nachfragen, die Datei überspringen, den vorhandenen Eintrag durch sie ersetzen oder sie trotzdem hochladen (Standard: upload).</translation>
    </message>
    <message>
        <source>ask|skip|replace|upload</source>
        <translation>ask|skip|replace|upload</translation>
    </message>
    <message>
        <source>--if-exists takes one of %1.</source>
        <translation>--if-exists akzeptiert einen der Werte: %1.</translation>
    </message>
    <message>
        <source>--if-exists ask needs a terminal to answer on; give skip, replace or upload.</source>
        <translation>--if-exists ask benötigt ein Terminal für die Antwort; geben Sie skip, replace oder upload an.</translation>
    </message>
    <message>
        <source>--if-exists %1: the profile &quot;%2&quot; has no way to list its library.</source>
        <translation>--if-exists %1: Das Profil &quot;%2&quot; kann seine Bibliothek nicht auflisten.</translation>
    </message>
    <message>
        <source>--if-exists replace: the profile &quot;%1&quot; has no way to replace an item.</source>
        <translation>--if-exists replace: Das Profil &quot;%1&quot; kann keinen Eintrag ersetzen.</translation>
    </message>
    <message>
        <source>Upload up to N files at once (default: the preferences, else %1).</source>
        <translation>Bis zu N Dateien gleichzeitig hochladen (Standard: laut Einstellungen, sonst %1).</translation>
    </message>
    <message>
        <source>Attempts per file on connection errors, 408, 429 and 5xx (default: the preferences, else 4).</source>
        <translation>Versuche pro Datei bei Verbindungsfehlern, 408, 429 und 5xx (Standard: laut Einstellungen, sonst 4).</translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS without progress (default: the preferences, else 60).</source>
        <translation>Einen Versuch nach SECONDS ohne Fortschritt aufgeben (Standard: laut Einstellungen, sonst 60).</translation>
    </message>
    <message>
        <source>After the whole file is sent, wait at most SECONDS for the complete answer; then the outcome is unknown and the file is not sent again (default: the profile&apos;s, else the preferences&apos;, else 300).</source>
        <translation>Nach dem Senden der ganzen Datei höchstens SECONDS auf die vollständige Antwort warten; danach ist das Ergebnis unbekannt, und die Datei wird nicht erneut gesendet (Standard: der Wert des Profils, sonst der Einstellungen, sonst 300).</translation>
    </message>
    <message>
        <source>Send at most KIB kibibytes per second, all files together (at least %1; 0: no limit; default: the preferences, else no limit).</source>
        <translation>Höchstens KIB Kibibyte pro Sekunde senden, alle Dateien zusammen (mindestens %1; 0: keine Begrenzung; Standard: laut Einstellungen, sonst keine Begrenzung).</translation>
    </message>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
</context>
<context>
    <name>UploadInputCheck</name>
    <message>
        <source>the name of &quot;%1&quot; is not valid UTF-8, so Hoist cannot open it by name; rename it (for example with convmv).</source>
        <translation>der Name von &quot;%1&quot; ist kein gültiges UTF-8, daher kann Hoist die Datei nicht über ihren Namen öffnen; benennen Sie sie um (zum Beispiel mit convmv).</translation>
    </message>
    <message>
        <source>--header: the header name %1.</source>
        <translation>--header: Der Header-Name %1.</translation>
    </message>
    <message>
        <source>--header %1: the value %2.</source>
        <translation>--header %1: Der Wert %2.</translation>
    </message>
    <message>
        <source>--method &quot;%1&quot; is not an HTTP method (a word such as POST or PUT).</source>
        <translation>--method &quot;%1&quot; ist keine HTTP-Methode (ein Wort wie POST oder PUT).</translation>
    </message>
    <message>
        <source>--auth-name: the header name %1.</source>
        <translation>--auth-name: Der Header-Name %1.</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>the address contains a user name or password; Hoist does not send credentials in URLs. Use --auth basic with --auth-name USER and --secret-env/--secret-stdin or the keychain.</source>
        <translation>die Adresse enthält einen Benutzernamen oder ein Passwort; Hoist sendet keine Zugangsdaten in URLs. Verwenden Sie --auth basic mit --auth-name USER und --secret-env/--secret-stdin oder den Schlüsselbund.</translation>
    </message>
    <message>
        <source>--%1 %2 puts a secret on the command line, where other users can read it in the process list; use --secret-env VAR or the keychain (hoist credentials set) instead.</source>
        <translation>--%1 %2 schreibt ein Geheimnis in die Befehlszeile, wo andere Benutzer es in der Prozessliste lesen können; verwenden Sie stattdessen --secret-env VAR oder den Schlüsselbund (hoist credentials set).</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>%1 has no way to replace an existing item; upload it as a new one.</source>
        <translation>%1 bietet keine Möglichkeit, einen vorhandenen Eintrag zu ersetzen; laden Sie die Datei als neuen Eintrag hoch.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The access token was refused; getting a new one.</source>
        <translation>Das Zugriffstoken wurde abgelehnt; ein neues wird abgerufen.</translation>
    </message>
    <message>
        <source>Already uploaded on %1. Upload it anyway, or skip it.</source>
        <translation>Schon am %1 hochgeladen. Trotzdem hochladen oder überspringen.</translation>
    </message>
    <message>
        <source>Already uploaded on %1, id %2. Upload it anyway, replace that item, or skip it.</source>
        <translation>Schon am %1 hochgeladen, ID %2. Trotzdem hochladen, dieses Element ersetzen oder überspringen.</translation>
    </message>
    <message>
        <source>Looking for it in the library…</source>
        <translation>Wird in der Bibliothek gesucht…</translation>
    </message>
    <message>
        <source>Already in the library as #%1 (%2). Upload it anyway, replace that item, or skip it.</source>
        <translation>Bereits in der Bibliothek als #%1 (%2). Trotzdem hochladen, diesen Eintrag ersetzen oder überspringen.</translation>
    </message>
    <message>
        <source>No answer came, but the library holds the file as #%1 (looked on %2): it arrived.</source>
        <translation>Es kam keine Antwort, aber die Bibliothek enthält die Datei als #%1 (nachgesehen am %2): Sie ist angekommen.</translation>
    </message>
    <message>
        <source>%1 The library has an item named %2 (#%3) but does not say what it holds: check it before sending the file again.</source>
        <translation>%1 Die Bibliothek hat einen Eintrag namens %2 (#%3), gibt aber nicht an, was er enthält: Prüfen Sie ihn, bevor Sie die Datei erneut senden.</translation>
    </message>
    <message>
        <source>%1 The library could not be asked: %2</source>
        <translation>%1 Die Bibliothek konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>No answer came, and the library does not hold the file (looked on %1): it did not arrive. Retry sends it again.</source>
        <translation>Es kam keine Antwort, und die Bibliothek enthält die Datei nicht (nachgesehen am %1): Sie ist nicht angekommen. „Wiederholen“ sendet sie erneut.</translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting for server</source>
        <translation>Warte auf Server</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Retrying soon</source>
        <translation>Gleich neuer Versuch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded; running the follow-up steps…</source>
        <translation>Hochgeladen; Folgeschritte laufen…</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Uploaded before</source>
        <translation>Schon hochgeladen</translation>
    </message>
    <message>
        <source>Next try in %1 s</source>
        <translation>Nächster Versuch in %1 s</translation>
    </message>
</context>
</TS>
