<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessToken</name>
    <message>
        <source>The answer (HTTP %1) held no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>The profile has no usable token address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an access token from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: hoist [COMMAND] [OPTIONS]

Hoist uploads files to web media libraries through multipart/form-data APIs.
Without a command it opens the desktop app.

Commands:
  upload       upload files with a profile or to a URL (hoist upload --help)
  credentials  list, set or delete credentials in the keychain (hoist credentials --help)
  presets      list the built-in service presets and the values each needs
  profiles     add a profile from a preset, list, show or remove profiles

Options:
  -h, --help  show this help
  --version   show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;hoist %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist %1: unknown action &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files  %3%  %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed, %3 not sent (%4 s)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential name has 1 to 64 letters, digits, dots, dashes or underscores, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key / token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name + password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>Wrong secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s address is incomplete (%1), so there is nothing to test against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the server accepted the credential (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong secret: the server refused the credential (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to a GET of %2, so the credential could not be confirmed. Give the profile a check URL that needs signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialEditor</name>
    <message>
        <source>Edit Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. xibo-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in your system keychain, never in Hoist&apos;s files. Profiles refer to the credential by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a credential named &quot;%1&quot;; edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoist can keep this secret in memory until it quits, without writing it anywhere. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain has no secret for &quot;%1&quot;. If your keyring is locked, unlock it and try again; otherwise set the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (for example in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain service is running, but your login keyring is locked or missing and could not be unlocked here. Unlock it (for example in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: Hoist found no Secret Service (such as GNOME Keyring or KWallet) on the session bus. Start or install one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for a password prompt, or its service is stuck.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no credential named &quot;%1&quot;. Add it under Credentials, or with: hoist credentials set %1 --kind KIND</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>hoist credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoist credentials list [--json]
       hoist credentials set ID [--kind KIND] [--user NAME] [--label TEXT]
       hoist credentials delete ID

Credentials live in the operating system&apos;s keychain; profiles refer to them by ID.
&quot;set&quot; reads the secret from standard input (without echo on a terminal), never from
the command line. KIND is one of: %1 (default token).

Exit codes: 0 done; 1 the keychain could not be used; 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials yet. Add one with: hoist credentials set ID --kind KIND
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token, password or oauth-client (default token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name (password) or client ID (oauth-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to recognise it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name profiles use for this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;set&quot; takes one ID. The secret is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;set&quot; needs an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 credential needs --user with the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. For one upload, pass the secret with hoist upload --secret-stdin or --secret-env instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;delete&quot; takes one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credential named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n profile(s) still refer to it and will ask for a secret: %1
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User / client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to test with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one harmless signed-in request to the profile&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the credential &quot;%1&quot; and its secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n profile(s): %1. They cannot sign in until you give them another credential.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replaces item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use exactly these values for the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the filled-in values on every selected file; empty fields keep each file&apos;s own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the item this file replaces; empty: a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type id=value; type id=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This profile takes no values per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to set its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has been sent; its values can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are checked again at once; problems show in the file&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hoist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see the request that uploads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files whose paths or file:// addresses are on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder F&amp;ilter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which files of a dropped or picked folder are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;Hidden Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add hidden files and the files of hidden folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Hoist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the queued files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing new; files on their way finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the uploaded and cancelled files from the list; failures stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a profile for Xibo, Squidex, Qualtrics, Mayan, a Django REST endpoint or any form API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the profile uploads and how it signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys, passwords and OAuth clients in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in, but no credential is chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in with the credential &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in with the credential &quot;%2&quot;, which is not set up yet. Its secret goes to your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the queue were not added again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from folders added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add only the files of a folder that match (for example *.png;*.jpg);
leave empty to add every file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here, or press %1 to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed or not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist: the queue is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipartRequest</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>%1 refused the connection: is the server running, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection while the file was being sent. This is often a size limit (a proxy&apos;s 413) or the server restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. If it is your own server, trust its certificate (--cacert) rather than turning checks off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network went away while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy between you and %1 refused or dropped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; Hoist does not follow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off (the file may have changed while it was being sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>File part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field the service reads the file from: &quot;file&quot;, &quot;files&quot;, &quot;f&quot; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-file value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value may use {file.name}, {file.stem} and the profile&apos;s values; a per-file value (name, description, folder …) replaces it when the file has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the file part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The profile needs a value for %1; set it in the profile or with --var NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile signs in with %1, but no secret was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request sets its own Content-Type header (&quot;%1&quot;). Remove it: a multipart upload needs the Content-Type with the boundary that Hoist generates, and a hand-written one makes servers answer 400 or 415.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service&apos;s addresses end in a slash: use %1/ (without it the server redirects, and a redirected upload loses its file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service&apos;s addresses end without a slash: %1 answers 404. Remove the final slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleteOldRevisions=1 only takes effect together with updateInLayouts=1; as set, Xibo keeps the old revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Services reject empty uploads (&quot;File is too small&quot;, &quot;The submitted file is empty.&quot;); check that the file was saved completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; has no Content-Type. Services such as Squidex and Qualtrics refuse file parts without one (&quot;Missing Content-Type for file part&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; has no file name; servers then treat it as a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the service accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; this service accepts %3 unless its administrator raised the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the service only accepts %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Usage: hoist presets list [--json]

The services Hoist knows, with the values each needs. Make a profile from one with
hoist profiles add NAME --preset ID --var KEY=VALUE…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    --var %1=…  %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    --var %1=…  %2%3 (optional)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeUpload</name>
    <message>
        <source>Could not write the test file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 (HTTP %2): %3. It is a real item: delete it on the service if you do not want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>This profile was written by a newer Hoist (format %1); some settings may be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in the URL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (Django REST framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password, exchanged for a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is filled from the profile&apos;s variables, {file.name} from each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s API documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test upload result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a tiny generated image with these settings (saved or not) and show what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameter name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the upload URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the header or parameter that carries the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the credential to sign in with, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading a test image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>hoist profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; hoist profiles list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoist profiles add NAME --preset ID [--var KEY=VALUE]… [--credential ID] [--auth SCHEME]
       hoist profiles list [--json]
       hoist profiles show NAME [--json]
       hoist profiles remove NAME

A profile is a preset (hoist presets list) with your values: the service&apos;s address, app or
library, and the ID of the credential it signs in with (hoist credentials set ID).

Exit codes: 0 done; 1 the profile could not be written; 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset to start from (hoist presets list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value the preset needs (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential to sign in with (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in another way: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; remove it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs --preset ID (hoist presets list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sign-in scheme &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no token address for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It signs in with the credential &quot;%1&quot;, which is not set yet:
  hoist credentials set %1 --kind %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: hoist profiles add NAME --preset ID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profile as JSON (it holds no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with credential &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;. Its credential stays in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Filter by name, status or result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit File &amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Result &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>  part &quot;%1&quot;: file &quot;%2&quot;, %3, %4 (from %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  part &quot;%1&quot;: &quot;%2&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPlanner</name>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseExplainer</name>
    <message>
        <source>Xibo received the file part empty (0 bytes). The file on disk is empty, or the request carried no bytes in the &quot;files&quot; part (a stream already read, or the file sent as a text field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibo does not accept this file type: its extension must belong to a module that is enabled in the CMS (Administration → Modules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement must be of the same kind as the media it replaces (an image for an image, a video for a video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server&apos;s PHP upload limit (upload_max_filesize); the administrator has to raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server&apos;s PHP limit (post_max_size); the administrator has to raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media library is full: delete old media or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such route. Xibo&apos;s API addresses end without a slash (…/api/library, not …/api/library/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not say it was multipart/form-data: a hand-set Content-Type header (such as application/json) replaced the multipart one. Remove that header; the multipart type and its boundary are set for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part had no Content-Type of its own (such as image/png); the service needs one on the part itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part had no filename; the service needs one in its Content-Disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service takes exactly one file part, named &quot;file&quot;, per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be read as multipart: a hand-set &quot;Content-Type: multipart/form-data&quot; header without its boundary. Remove that header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist: give the id of an existing asset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part had no Content-Type of its own; Qualtrics needs image/jpeg, image/png or image/gif on the part itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no credentials it understands. Django REST endpoints want &quot;Authorization: Token &lt;key&gt;&quot; (not Bearer); check the profile&apos;s sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header was malformed: it must be the scheme word, one space and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this token: it is mistyped or was revoked. Enter the current one in Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be read as multipart: a hand-set Content-Type header without the boundary. Remove that header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried no Authorization header: choose a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file arrived in a part named &quot;%1&quot;: the service expects the file part to be named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; arrived as a text field, not a file: a file part needs a filename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file sent in &quot;%1&quot; was empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file part &quot;%1&quot; had an empty filename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service needs a value for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not one the service offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object with the id given in &quot;%1&quot; exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service wants a trailing slash: the address must end in &quot;%1/&quot;. The redirect was not followed because it would drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID or secret is wrong (or the client was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope asked for is not allowed for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client may not use the client-credentials grant; enable it for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the upload (%1) to %2. Uploads are not re-sent to a moved address because the file would be dropped; point the profile at the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as malformed (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials (401): check the key or token and the auth scheme (Token, Bearer, Basic or API-key header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but not allowed to do this (403): check the account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing at %1 (404). This service may not want a trailing slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing at %1 (404). Check the address; some services need a trailing slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this method at this address (405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this kind of request body (415); it expects a multipart form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server understood the request but rejected a value (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the upload (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of JSON; the address may point at a login page or a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseInspector</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON &amp;Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see what the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2 — first byte after %3 ms, %4 ms in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer was %n byte(s); only the first part is kept and shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is not JSON (%1); it is shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessRule</name>
    <message>
        <source>No answer arrived from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1, not a status between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was too large to check for success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON, so the success conditions cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing moved for %n second(s); the server or the network stalled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload files to a multipart/form-data API, with the request built right by construction.

Exit codes: 0 all uploads succeeded; 1 an upload failed or was cancelled; 2 usage error; 3 preflight refused an item (nothing was sent for it) and none failed; 4 every upload succeeded but a follow-up step (such as metadata) failed.

Secrets are never taken from the command line. A profile&apos;s credential comes from the keychain (see hoist credentials); --secret-stdin or --secret-env VAR override it; without a credential, HOIST_SECRET is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile NAME (or a profile .json file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to URL with a generic profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the file part (default: the profile&apos;s, else &quot;file&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text part NAME with VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a query parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a profile template variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method (default: the profile&apos;s, else POST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth scheme: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header or query parameter name for the key, or the Basic user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from environment variable VAR (default HOIST_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in FILE (PEM) for this upload; checks stay on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be sent (secrets masked) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per file instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload up to N files at once (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per file on connection errors, 408, 429 and 5xx (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS without progress (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the files in this folder (an id or name, as the service wants it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the file as a new version of the item with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set per-file metadata KEY (name, description, tags …) for every file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metadata by type id after the upload (Mayan; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile NAME or --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown auth scheme &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 needs --auth-name with the header or parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no folders to put files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no way to replace an existing item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no follow-up step that sends metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist upload: credential &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist upload: %1 is given twice; it is uploaded once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>%1 has no way to replace an existing item; upload it as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused; getting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, but a follow-up step failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded; running the follow-up steps…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
