<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleReporter</name>
    <message numerus="yes">
        <source>; %n with an unknown outcome: check the library before sending them again</source>
        <translation>
            <numerusform>; %n with an unknown outcome: check the library before sending it again</numerusform>
            <numerusform>; %n with an unknown outcome: check the library before sending them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (uploaded before)</source>
        <translation>
            <numerusform>; %n skipped (uploaded before)</numerusform>
            <numerusform>; %n skipped (uploaded before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (already in the library)</source>
        <translation>
            <numerusform>; %n skipped (already in the library)</numerusform>
            <numerusform>; %n skipped (already in the library)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for a password prompt, or its service is stuck.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be waiting for a password prompt, or its service is stuck.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be waiting for a password prompt, or its service is stuck.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message numerus="yes">
        <source>Note: %n profile(s) still refer to it and will ask for a secret: %1
</source>
        <translation>
            <numerusform>Note: %n profile still refers to it and will ask for a secret: %1
</numerusform>
            <numerusform>Note: %n profiles still refer to it and will ask for a secret: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message numerus="yes">
        <source>It is used by %n profile(s): %1. They cannot sign in until you give them another credential.</source>
        <translation>
            <numerusform>It is used by %n profile: %1. It cannot sign in until you give it another credential.</numerusform>
            <numerusform>It is used by %n profiles: %1. They cannot sign in until you give them another credential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileIntake</name>
    <message numerus="yes">
        <source>%n file(s) already in the queue were not added again.</source>
        <translation>
            <numerusform>%n file already in the queue was not added again.</numerusform>
            <numerusform>%n files already in the queue were not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue</source>
        <translation>
            <numerusform>%n already in the queue</numerusform>
            <numerusform>%n already in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching %1</source>
        <translation>
            <numerusform>%n not matching %1</numerusform>
            <numerusform>%n not matching %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n folder could not be read</numerusform>
            <numerusform>%n folders could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from folders added.</source>
        <translation>
            <numerusform>%n file from folders added.</numerusform>
            <numerusform>%n files from folders added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishedNotice</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with an unknown outcome</source>
        <translation>
            <numerusform>, %n with an unknown outcome</numerusform>
            <numerusform>, %n with an unknown outcome</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>Showing only the newest %n upload(s); --limit N shows more.
</source>
        <translation>
            <numerusform>Showing only the newest %n upload; --limit N shows more.
</numerusform>
            <numerusform>Showing only the newest %n uploads; --limit N shows more.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>Showing the newest %n uploads that match; narrow the search to find older ones.</source>
        <translation>
            <numerusform>Showing only the newest upload that matches; narrow the search to find older ones.</numerusform>
            <numerusform>Showing the newest %n uploads that match; narrow the search to find older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s)</source>
        <translation>
            <numerusform>%n upload</numerusform>
            <numerusform>%n uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) written to %1.</source>
        <translation>
            <numerusform>%n upload written to %1.</numerusform>
            <numerusform>%n uploads written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message numerus="yes">
        <source>Apply to %n Selected</source>
        <translation>
            <numerusform>Apply to %n Selected</numerusform>
            <numerusform>Apply to %n Selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What you type goes to the %n selected file(s) that can still take values; empty fields keep each file&apos;s own.</source>
        <translation>
            <numerusform>What you type goes to the %n selected file that can still take values; empty fields keep the file&apos;s own.</numerusform>
            <numerusform>What you type goes to the %n selected files that can still take values; empty fields keep each file&apos;s own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message numerus="yes">
        <source>%n item(s) shown; the next page could not be read: %1</source>
        <translation>
            <numerusform>%n item shown; the next page could not be read: %1</numerusform>
            <numerusform>%n items shown; the next page could not be read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) so far; scroll down for more</source>
        <translation>
            <numerusform>%n item so far; scroll down for more</numerusform>
            <numerusform>%n items so far; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message numerus="yes">
        <source>Showing only the first %n item(s); --limit N shows more, --limit 0 all.
</source>
        <translation>
            <numerusform>Showing only the first %n item; --limit N shows more, --limit 0 all.
</numerusform>
            <numerusform>Showing only the first %n items; --limit N shows more, --limit 0 all.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) are being sent. Quit anyway?</source>
        <translation>
            <numerusform>%n file is being sent. Quit anyway?</numerusform>
            <numerusform>%n files are being sent. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued again: the profile %1 no longer exists.</source>
        <translation>
            <numerusform>Not queued again: the profile %1 no longer exists.</numerusform>
            <numerusform>Not queued again: the profiles %1 no longer exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>Waiting for its turn: %n file(s) at a time.</source>
        <translation>
            <numerusform>Waiting for its turn: %n file at a time.</numerusform>
            <numerusform>Waiting for its turn: %n files at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseInspector</name>
    <message numerus="yes">
        <source>The answer was %n byte(s); only the first part is kept and shown.</source>
        <translation>
            <numerusform>The answer was %n byte; only the first part is kept and shown.</numerusform>
            <numerusform>The answer was %n bytes; only the first part is kept and shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message numerus="yes">
        <source>Nothing moved for %n second(s) while sending to %1; the server or the network stalled.</source>
        <translation>
            <numerusform>Nothing moved for %n second while sending to %1; the server or the network stalled.</numerusform>
            <numerusform>Nothing moved for %n seconds while sending to %1; the server or the network stalled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 took the whole file but gave no complete answer within %n second(s): it may have stored it. Check the library before sending it again.</source>
        <translation>
            <numerusform>%1 took the whole file but gave no complete answer within %n second: it may have stored it. Check the library before sending it again.</numerusform>
            <numerusform>%1 took the whole file but gave no complete answer within %n seconds: it may have stored it. Check the library before sending it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no complete answer within %n second(s).</source>
        <translation>
            <numerusform>%1 gave no complete answer within %n second.</numerusform>
            <numerusform>%1 gave no complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects: %1 redirected the upload more than %n time(s), so it was not sent again.</source>
        <translation>
            <numerusform>Too many redirects: %1 redirected the upload more than %n time, so it was not sent again.</numerusform>
            <numerusform>Too many redirects: %1 redirected the upload more than %n times, so it was not sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
