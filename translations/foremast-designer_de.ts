<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n stage(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%2, %n Stage).</numerusform>
            <numerusform>%1 geschrieben (%2, %n Stages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the merged settings of a runway as JSON, in the shape Foremast writes to raw.properties.json.</source>
        <translation>Gibt die zusammengeführten Einstellungen einer Runway als JSON aus, in der Form, die Foremast in raw.properties.json schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>%n Argument erwartet.</numerusform>
            <numerusform>%n Argumente erwartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the merged settings of a runway as JSON</source>
        <translation>Die zusammengeführten Einstellungen einer Runway als JSON ausgeben</translation>
    </message>
    <message>
        <source>Write the pipelines of a runway, one JSON file per region</source>
        <translation>Die Pipelines einer Runway schreiben, eine JSON-Datei je Region</translation>
    </message>
    <message>
        <source>Check a runway and its pipelines (or a pipeline file)</source>
        <translation>Eine Runway und ihre Pipelines (oder eine Pipeline-Datei) prüfen</translation>
    </message>
    <message>
        <source>Draw a pipeline&apos;s stage graph as PNG or SVG, or its layout as JSON</source>
        <translation>Den Stage-Graphen einer Pipeline als PNG oder SVG zeichnen oder sein Layout als JSON schreiben</translation>
    </message>
    <message>
        <source>Publish a runway&apos;s pipelines to Spinnaker through Gate</source>
        <translation>Die Pipelines einer Runway über Gate in Spinnaker veröffentlichen</translation>
    </message>
    <message>
        <source>Folder to write the pipelines into.</source>
        <translation>Ordner, in den die Pipelines geschrieben werden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>generate needs --out DIR.</source>
        <translation>generate braucht --out ORDNER.</translation>
    </message>
    <message>
        <source>Nothing written: fix the errors above first.</source>
        <translation>Nichts geschrieben: Beheben Sie zuerst die obigen Fehler.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Flow template: a built-in name (%1) or a flow file. Default: the runway&apos;s choice, else foremast-v5.</source>
        <translation>Flow-Vorlage: ein eingebauter Name (%1) oder eine Flow-Datei. Vorgabe: die Wahl der Runway, sonst foremast-v5.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|DATEI</translation>
    </message>
    <message>
        <source>Overrides a setting of the flow, e.g. qeJob=qa-{{ env }} (repeatable; JSON values allowed).</source>
        <translation>Überschreibt eine Einstellung des Flows, z. B. qeJob=qa-{{ env }} (wiederholbar; JSON-Werte erlaubt).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Availability zones: &quot;offline&quot; (&lt;region&gt;a/b/c for every env) or a JSON file (Gate&apos;s /subnets/aws answer or {account: {region: [zone, ...]}}).</source>
        <translation>Availability Zones: „offline“ (&lt;region&gt;a/b/c für jede Umgebung) oder eine JSON-Datei (die Antwort von Gates /subnets/aws oder {account: {region: [zone, ...]}}).</translation>
    </message>
    <message>
        <source>offline|FILE</source>
        <translation>offline|DATEI</translation>
    </message>
    <message>
        <source>The app&apos;s existing pipelines (Gate&apos;s pipelineConfigs answer, a JSON list): a pipeline with exactly the same name lends its id.</source>
        <translation>Die vorhandenen Pipelines der Anwendung (Gates Antwort auf pipelineConfigs, eine JSON-Liste): Eine Pipeline mit genau demselben Namen leiht ihre ID.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--flow-setting expects NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--flow-setting erwartet NAME=WERT, erhielt „%1“.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Gate&apos;s URL. Default: foremast.cfg&apos;s gate_api_url, else ~/.spin/config.</source>
        <translation>URL von Gate. Vorgabe: gate_api_url aus foremast.cfg, sonst ~/.spin/config.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign-in: none, basic, ldap (or form), oauth2, iap (or bearer), x509.</source>
        <translation>Anmeldung: none, basic, ldap (oder form), oauth2, iap (oder bearer), x509.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>User name for basic and ldap sign-in.</source>
        <translation>Benutzername für die Anmeldung mit basic und ldap.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input.</source>
        <translation>Das Passwort oder Token aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the OAuth2 or IAP bearer token from FILE.</source>
        <translation>Das OAuth2- oder IAP-Bearer-Token aus DATEI lesen.</translation>
    </message>
    <message>
        <source>Take the password or token from the system keychain, where the designer&apos;s publish dialog remembers it.</source>
        <translation>Das Passwort oder Token aus dem System-Schlüsselbund nehmen, in dem der Veröffentlichen-Dialog des Designers es speichert.</translation>
    </message>
    <message>
        <source>x509: client certificate (PEM; may also hold the key).</source>
        <translation>x509: Client-Zertifikat (PEM; darf auch den Schlüssel enthalten).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>x509: client key (PEM).</source>
        <translation>x509: Client-Schlüssel (PEM).</translation>
    </message>
    <message>
        <source>CA certificates (PEM) to trust for Gate, besides the system ones.</source>
        <translation>CA-Zertifikate (PEM), denen für Gate zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>Do not check Gate&apos;s TLS certificate (you are warned every time).</source>
        <translation>Das TLS-Zertifikat von Gate nicht prüfen (Sie werden jedes Mal gewarnt).</translation>
    </message>
    <message>
        <source>spin&apos;s configuration file. Default: ~/.spin/config.</source>
        <translation>Konfigurationsdatei von spin. Vorgabe: ~/.spin/config.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer from Gate. Default: 30.</source>
        <translation>Sekunden, die auf jede Antwort von Gate gewartet wird. Vorgabe: 30.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Regions published at once. Default: 6.</source>
        <translation>Gleichzeitig veröffentlichte Regionen. Vorgabe: 6.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Sign in, compare and print the diffs; write nothing.</source>
        <translation>Anmelden, vergleichen und die Unterschiede ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>Create the application if it is missing, and delete the pipelines of regions no longer in the runway.</source>
        <translation>Die Anwendung anlegen, falls sie fehlt, und die Pipelines von Regionen löschen, die nicht mehr in der Runway stehen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Unknown --auth &quot;%1&quot;.</source>
        <translation>Unbekanntes --auth „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>new pipeline, %n line(s)</source>
        <translation>
            <numerusform>neue Pipeline, %n Zeile</numerusform>
            <numerusform>neue Pipeline, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>update of %1 (last changed by %2): +%3 -%4 lines</source>
        <translation>Aktualisierung von %1 (zuletzt geändert von %2): +%3 -%4 Zeilen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Gate %1 (from %2), signed in as %3.</source>
        <translation>Gate %1 (aus %2), angemeldet als %3.</translation>
    </message>
    <message>
        <source>Application %1 exists.</source>
        <translation>Die Anwendung %1 existiert.</translation>
    </message>
    <message>
        <source>Application %1 does not exist; it will be created.</source>
        <translation>Die Anwendung %1 existiert nicht; sie wird angelegt.</translation>
    </message>
    <message>
        <source>Application %1 does not exist; --yes creates it.</source>
        <translation>Die Anwendung %1 existiert nicht; --yes legt sie an.</translation>
    </message>
    <message>
        <source>[%1] %2 (id %3): its region is no longer in the runway; it will be deleted.</source>
        <translation>[%1] %2 (ID %3): Ihre Region steht nicht mehr in der Runway; sie wird gelöscht.</translation>
    </message>
    <message>
        <source>[%1] %2 (id %3): its region is no longer in the runway; --yes deletes it.</source>
        <translation>[%1] %2 (ID %3): Ihre Region steht nicht mehr in der Runway; --yes löscht sie.</translation>
    </message>
    <message>
        <source> (id %1)</source>
        <translation> (ID %1)</translation>
    </message>
    <message>
        <source>Generates the runway&apos;s pipelines and publishes them to Spinnaker through Gate: signs in, checks the application, shows what changes, saves each region&apos;s pipeline (with Spinnaker&apos;s stale check) and reads it back. Passwords and tokens: --password-stdin, --token-file, --keychain, or FD_GATE_PASSWORD / FD_GATE_TOKEN.
Exit codes: 0 published, 1 validation errors, 2 unusable input, 3 sign-in failed or access denied, 4 some regions failed, 5 nothing published.</source>
        <translation>Erzeugt die Pipelines der Runway und veröffentlicht sie über Gate in Spinnaker: meldet sich an, prüft die Anwendung, zeigt die Änderungen, speichert die Pipeline jeder Region (mit Spinnakers Prüfung auf veraltete Stände) und liest sie zurück. Passwörter und Tokens: --password-stdin, --token-file, --keychain oder FD_GATE_PASSWORD / FD_GATE_TOKEN.
Exit-Codes: 0 veröffentlicht, 1 Validierungsfehler, 2 unbrauchbare Eingabe, 3 Anmeldung fehlgeschlagen oder Zugriff verweigert, 4 einige Regionen fehlgeschlagen, 5 nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing published: fix the errors above first.</source>
        <translation>Nichts veröffentlicht: Beheben Sie zuerst die obigen Fehler.</translation>
    </message>
    <message>
        <source>Give the password or token with --password-stdin, --token-file, --keychain, FD_GATE_PASSWORD or FD_GATE_TOKEN.</source>
        <translation>Geben Sie das Passwort oder Token mit --password-stdin, --token-file, --keychain, FD_GATE_PASSWORD oder FD_GATE_TOKEN an.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing to publish: Spinnaker is up to date.</source>
        <translation>Nichts zu veröffentlichen: Spinnaker ist auf dem neuesten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) or deletion(s) did not succeed; see above.</source>
        <translation>
            <numerusform>%n Region oder Löschung ist nicht gelungen; siehe oben.</numerusform>
            <numerusform>%n Regionen oder Löschungen sind nicht gelungen; siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The input holds several pipelines (%1): choose one with --region.</source>
        <translation>Die Eingabe enthält mehrere Pipelines (%1): Wählen Sie eine mit --region.</translation>
    </message>
    <message>
        <source>No pipeline for region &quot;%1&quot;; the input has: %2.</source>
        <translation>Keine Pipeline für die Region „%1“; die Eingabe enthält: %2.</translation>
    </message>
    <message>
        <source>Draws the stage graph of a pipeline as PNG or SVG, or writes its layout as JSON. INPUT is a pipeline JSON file or a runway folder.</source>
        <translation>Zeichnet den Stage-Graphen einer Pipeline als PNG oder SVG oder schreibt sein Layout als JSON. INPUT ist eine Pipeline-JSON-Datei oder ein Runway-Ordner.</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .json.</source>
        <translation>Ausgabedatei: .png, .svg oder .json.</translation>
    </message>
    <message>
        <source>The region (pipeline) to draw when the input has several.</source>
        <translation>Die Region (Pipeline), die gezeichnet wird, wenn die Eingabe mehrere enthält.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Emphasise this environment&apos;s stages and fade the rest.</source>
        <translation>Die Stages dieser Umgebung hervorheben und die übrigen abblenden.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>U</translation>
    </message>
    <message>
        <source>PNG scale factor (default 1).</source>
        <translation>Skalierungsfaktor für PNG (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Node drawn as selected: &quot;configuration&quot; (default), &quot;none&quot; or a refId.</source>
        <translation>Als ausgewählt gezeichneter Knoten: „configuration“ (Vorgabe), „none“ oder eine refId.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>render needs --out FILE ending in .png, .svg or .json.</source>
        <translation>render braucht --out DATEI mit der Endung .png, .svg oder .json.</translation>
    </message>
    <message>
        <source>--scale expects a number between 0 and 16.</source>
        <translation>--scale erwartet eine Zahl zwischen 0 und 16.</translation>
    </message>
    <message>
        <source>No stage has refId &quot;%1&quot;.</source>
        <translation>Keine Stage hat die refId „%1“.</translation>
    </message>
    <message>
        <source>The pipeline has no environment &quot;%1&quot;; it has: %2.</source>
        <translation>Die Pipeline hat keine Umgebung „%1“; sie hat: %2.</translation>
    </message>
    <message>
        <source>The graph is %1 × %2 px: drawn at scale %3 to stay within 32,000 px and 100 megapixels (SVG has no such limit).</source>
        <translation>Der Graph ist %1 × %2 px groß: gezeichnet mit Maßstab %3, um unter 32.000 px und 100 Megapixeln zu bleiben (SVG hat diese Grenze nicht).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Git project (group) of the service; detected when omitted.</source>
        <translation>Git-Projekt (Gruppe) des Dienstes; wird erkannt, wenn es fehlt.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Git repository of the service; detected when omitted.</source>
        <translation>Git-Repository des Dienstes; wird erkannt, wenn es fehlt.</translation>
    </message>
    <message>
        <source>Foremast configuration file, read after the standard ones.</source>
        <translation>Foremast-Konfigurationsdatei, gelesen nach den Standarddateien.</translation>
    </message>
    <message>
        <source>FOREMAST_CFG</source>
        <translation>FOREMAST_CFG</translation>
    </message>
    <message>
        <source>Checks a runway and the pipelines it generates (or a pipeline JSON file) and prints the findings. Exit code 0: no errors, 1: errors, 2: the input cannot be used.</source>
        <translation>Prüft eine Runway und die daraus erzeugten Pipelines (oder eine Pipeline-JSON-Datei) und gibt die Befunde aus. Exit-Code 0: keine Fehler, 1: Fehler, 2: die Eingabe ist unbrauchbar.</translation>
    </message>
    <message>
        <source>Generates the runway&apos;s pipelines and writes one pipeline-&lt;region&gt;.json per region into DIR (pipeline-&lt;region&gt;-onetime-&lt;env&gt;.json with --onetime, pipeline-manual-&lt;n&gt;.json for manual types): the JSON that publishing would send to Spinnaker.</source>
        <translation>Erzeugt die Pipelines der Runway und schreibt je Region eine pipeline-&lt;region&gt;.json in ORDNER (pipeline-&lt;region&gt;-onetime-&lt;env&gt;.json mit --onetime, pipeline-manual-&lt;n&gt;.json für manuelle Typen): das JSON, das beim Veröffentlichen an Spinnaker ginge.</translation>
    </message>
    <message>
        <source>Foremast&apos;s templates_path: Jinja templates that override Foremast&apos;s own and that rolling pipelines and templates:// pipeline files need. Default: foremast.cfg&apos;s.</source>
        <translation>templates_path von Foremast: Jinja-Vorlagen, die die von Foremast überschreiben und die rolling-Pipelines und templates://-Pipeline-Dateien brauchen. Vorgabe: der Wert aus foremast.cfg.</translation>
    </message>
    <message>
        <source>Generates the one-time pipeline of ENV (foremast-pipeline-onetime) instead of the regular ones.</source>
        <translation>Erzeugt statt der regulären Pipelines die einmalige Pipeline von UMGEBUNG (foremast-pipeline-onetime).</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>--templates-path: %1 is not a folder.</source>
        <translation>--templates-path: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The other envs are merged, as Foremast does.</source>
        <translation>Die übrigen Umgebungen werden wie bei Foremast zusammengeführt.</translation>
    </message>
    <message>
        <source>The pipeline has %1 stages and %2 dependencies; render draws at most %3 stages and %4 dependencies.</source>
        <translation>Die Pipeline hat %1 Stages und %2 Abhängigkeiten; render zeichnet höchstens %3 Stages und %4 Abhängigkeiten.</translation>
    </message>
    <message>
        <source>--out %1 would overwrite the input; choose another file.</source>
        <translation>--out %1 würde die Eingabe überschreiben; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Writes what the designer window would show for RUNWAY into DIR: each region&apos;s pipeline JSON (as generate does) and its stage graph as PNG and SVG (as render does). Needs no display.</source>
        <translation>Schreibt, was das Designer-Fenster für RUNWAY zeigen würde, nach ORDNER: das Pipeline-JSON jeder Region (wie generate) und ihren Stage-Graphen als PNG und SVG (wie render). Braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>Folder to write into (created when missing). Required.</source>
        <translation>Ordner, in den geschrieben wird (wird angelegt, wenn er fehlt). Pflichtangabe.</translation>
    </message>
    <message>
        <source>Usage: foremast-designer demo [RUNWAY] --out DIR</source>
        <translation>Aufruf: foremast-designer demo [RUNWAY] --out ORDNER</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pipeline(s) and their graphs to %1</source>
        <translation>
            <numerusform>%n Pipeline und ihren Graphen nach %1 geschrieben</numerusform>
            <numerusform>%n Pipelines und ihre Graphen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %1 (%2, %n stage(s)).</source>
        <translation>
            <numerusform>Aktuell: %1 (%2, %n Stage).</numerusform>
            <numerusform>Aktuell: %1 (%2, %n Stages).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot replace the file (Windows error %1)</source>
        <translation>die Datei kann nicht ersetzt werden (Windows-Fehler %1)</translation>
    </message>
    <message>
        <source>%1 is missing beside %2: the installation is incomplete.</source>
        <translation>%1 fehlt neben %2: Die Installation ist unvollständig.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Nothing printed: fix the errors above first.</source>
        <translation>Nichts ausgegeben: Beheben Sie zuerst die obigen Fehler.</translation>
    </message>
    <message>
        <source>This program cannot reach the system keychain; run foremast-designer publish --keychain.</source>
        <translation>Dieses Programm erreicht den System-Schlüsselbund nicht; führen Sie foremast-designer publish --keychain aus.</translation>
    </message>
    <message>
        <source>A runway folder (its pipelines are generated first; --project, --repo, --config and the generation options apply), or a pipeline JSON file: one pipeline or a list, as Gate returns them.</source>
        <translation>Ein Runway-Ordner (seine Pipelines werden zuerst erzeugt; --project, --repo, --config und die Erzeugungsoptionen gelten) oder eine Pipeline-JSON-Datei: eine Pipeline oder eine Liste, wie Gate sie liefert.</translation>
    </message>
    <message>
        <source>Exit codes (the same for every command):
  0  done
  1  the runway or a pipeline has errors (printed); nothing was written or published
  2  the command line or the input cannot be used: unknown command or option, missing folder,
     no pipeline.json, unreadable file, no display for the window
  3  publish: sign-in failed or access denied
  4  publish: some regions failed
  5  publish: nothing published (Gate unreachable, TLS, application missing, all regions failed)
</source>
        <translation>Exit-Codes (für jeden Befehl gleich):
  0  erledigt
  1  die Runway oder eine Pipeline hat Fehler (ausgegeben); nichts wurde geschrieben oder veröffentlicht
  2  die Befehlszeile oder die Eingabe ist unbrauchbar: unbekannter Befehl oder unbekannte Option,
     fehlender Ordner, keine pipeline.json, unlesbare Datei, keine Anzeige für das Fenster
  3  publish: Anmeldung fehlgeschlagen oder Zugriff verweigert
  4  publish: einige Regionen fehlgeschlagen
  5  publish: nichts veröffentlicht (Gate nicht erreichbar, TLS, Anwendung fehlt, alle Regionen fehlgeschlagen)
</translation>
    </message>
    <message>
        <source>The runway folder: pipeline.json and one application-master-ENV.json per environment.</source>
        <translation>Der Runway-Ordner: pipeline.json und je Umgebung eine application-master-ENV.json.</translation>
    </message>
    <message>
        <source>Run %1 --help for its options.</source>
        <translation>Führen Sie %1 --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>A runway folder, or a pipeline JSON file (one pipeline or a list, e.g. exported from Spinnaker), checked on its own.</source>
        <translation>Ein Runway-Ordner oder eine Pipeline-JSON-Datei (eine Pipeline oder eine Liste, z. B. aus Spinnaker exportiert), für sich geprüft.</translation>
    </message>
    <message>
        <source>Without a window: write a runway&apos;s pipelines and graphs into a folder</source>
        <translation>Ohne Fenster: die Pipelines und Graphen einer Runway in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Commands (foremast-designer COMMAND --help for each):</source>
        <translation>Befehle (foremast-designer BEFEHL --help für jeden):</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (and no such runway folder).</source>
        <translation>Unbekannter Befehl „%1“ (und kein solcher Runway-Ordner).</translation>
    </message>
    <message>
        <source>The runway folder. Default: the bundled example runway.</source>
        <translation>Der Runway-Ordner. Vorgabe: die mitgelieferte Beispiel-Runway.</translation>
    </message>
    <message>
        <source>Not in foremast.cfg&apos;s %1 (%2): left out, as Foremast reads only the envs listed there.</source>
        <translation>Nicht in %1 von foremast.cfg (%2): weggelassen, da Foremast nur die dort aufgeführten Umgebungen liest.</translation>
    </message>
    <message>
        <source>Expected one runway folder at most, not %1.</source>
        <translation>Höchstens ein Runway-Ordner erwartet, nicht %1.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset or empty), so the designer window cannot open.
Without a window, write a runway&apos;s pipelines and graphs into a folder of your choice:
  foremast-designer demo [RUNWAY] --out DIR
or use a command:</source>
        <translation>Keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt oder leer), daher kann sich das Designer-Fenster nicht öffnen.
Ohne Fenster schreiben Sie die Pipelines und Graphen einer Runway in einen Ordner Ihrer Wahl:
  foremast-designer demo [RUNWAY] --out ORDNER
oder verwenden Sie einen Befehl:</translation>
    </message>
</context>
<context>
    <name>EditScope</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>from env</source>
        <translation>aus Umgebung</translation>
    </message>
    <message>
        <source>set in env</source>
        <translation>in Umgebung gesetzt</translation>
    </message>
    <message>
        <source>region override</source>
        <translation>Regions-Überschreibung</translation>
    </message>
    <message>
        <source>Not set anywhere; Foremast applies its built-in behaviour.</source>
        <translation>Nirgends gesetzt; Foremast wendet sein eingebautes Verhalten an.</translation>
    </message>
    <message>
        <source>Foremast&apos;s default; pipeline.json does not set it.</source>
        <translation>Vorgabe von Foremast; pipeline.json setzt es nicht.</translation>
    </message>
    <message>
        <source>Foremast&apos;s default; application-master-%1.json does not set it.</source>
        <translation>Vorgabe von Foremast; application-master-%1.json setzt es nicht.</translation>
    </message>
    <message>
        <source>Set in pipeline.json. Inherit removes it so Foremast&apos;s default applies.</source>
        <translation>In pipeline.json gesetzt. „Erben“ entfernt es, sodass die Vorgabe von Foremast gilt.</translation>
    </message>
    <message>
        <source>Inherited from the %1 environment (application-master-%1.json); changing it here overrides it for %2 only.</source>
        <translation>Von der Umgebung %1 geerbt (application-master-%1.json); eine Änderung hier überschreibt es nur für %2.</translation>
    </message>
    <message>
        <source>Set in application-master-%1.json. Inherit removes it so Foremast&apos;s default applies.</source>
        <translation>In application-master-%1.json gesetzt. „Erben“ entfernt es, sodass die Vorgabe von Foremast gilt.</translation>
    </message>
    <message>
        <source>Overridden for region %2 in application-master-%1.json. Inherit removes the override so the environment&apos;s value applies.</source>
        <translation>Für die Region %2 in application-master-%1.json überschrieben. „Erben“ entfernt die Überschreibung, sodass der Wert der Umgebung gilt.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>EnvNames</name>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>“%1” contains a space.</source>
        <translation>„%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; only letters a–z, digits, “-” and “_” can be used in a file name and a Spinnaker account.</source>
        <translation>„%1“ enthält „%2“; in einem Dateinamen und einem Spinnaker-Konto können nur die Buchstaben a–z, Ziffern, „-“ und „_“ stehen.</translation>
    </message>
    <message>
        <source>“%1” starts with “%2”; it must start with a letter or a digit.</source>
        <translation>„%1“ beginnt mit „%2“; der Name muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>An environment named “%1” already exists.</source>
        <translation>Es gibt bereits eine Umgebung namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” differs only in case from %2; their files would clash on macOS and Windows.</source>
        <translation>„%1“ unterscheidet sich von %2 nur in Groß-/Kleinschreibung; ihre Dateien würden unter macOS und Windows kollidieren.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; (%2)</source>
        <translation>Stage „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>ExistingPipelines</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a list of pipelines (Gate&apos;s pipelineConfigs answer).</source>
        <translation>Eine Liste von Pipelines erwartet (Gates Antwort auf pipelineConfigs).</translation>
    </message>
</context>
<context>
    <name>Fd::ApplicationCreator</name>
    <message>
        <source>Creating the application %1…</source>
        <translation>Die Anwendung %1 wird angelegt …</translation>
    </message>
    <message>
        <source>Canceled before the application was requested.</source>
        <translation>Abgebrochen, bevor die Anwendung angefordert wurde.</translation>
    </message>
    <message>
        <source>Publishing was canceled after the request to create the application was sent; Spinnaker may still create it.</source>
        <translation>Das Veröffentlichen wurde abgebrochen, nachdem die Anfrage zum Anlegen der Anwendung gesendet war; Spinnaker legt sie womöglich trotzdem an.</translation>
    </message>
    <message>
        <source>Publishing was canceled while Spinnaker was creating the application (task %1); it may still be created.</source>
        <translation>Das Veröffentlichen wurde abgebrochen, während Spinnaker die Anwendung anlegte (Task %1); sie wird womöglich trotzdem angelegt.</translation>
    </message>
    <message>
        <source>Gate accepted the request to create the application but named no task.</source>
        <translation>Gate hat die Anfrage zum Anlegen der Anwendung angenommen, aber keinen Task genannt.</translation>
    </message>
    <message numerus="yes">
        <source>Spinnaker did not finish creating the application within %n second(s) (task %1); it may still be created. Check in Spinnaker, then publish again.</source>
        <translation>
            <numerusform>Spinnaker hat das Anlegen der Anwendung nicht innerhalb von %n Sekunde abgeschlossen (Task %1); sie wird womöglich noch angelegt. Prüfen Sie in Spinnaker und veröffentlichen Sie dann erneut.</numerusform>
            <numerusform>Spinnaker hat das Anlegen der Anwendung nicht innerhalb von %n Sekunden abgeschlossen (Task %1); sie wird womöglich noch angelegt. Prüfen Sie in Spinnaker und veröffentlichen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spinnaker is creating the application %1 (%2)…</source>
        <translation>Spinnaker legt die Anwendung %1 an (%2) …</translation>
    </message>
    <message>
        <source>Spinnaker could not create the application %1 (task %2 ended %3).</source>
        <translation>Spinnaker konnte die Anwendung %1 nicht anlegen (Task %2 endete mit %3).</translation>
    </message>
    <message>
        <source>Spinnaker reported the application %1 as created, but Gate cannot find it.</source>
        <translation>Spinnaker hat die Anwendung %1 als angelegt gemeldet, aber Gate findet sie nicht.</translation>
    </message>
</context>
<context>
    <name>Fd::CheckedSpinBox</name>
    <message>
        <source>%1 is below the smallest allowed value, %2; the value stays %3.</source>
        <translation>%1 liegt unter dem kleinsten erlaubten Wert %2; der Wert bleibt %3.</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value, %2; the value stays %3.</source>
        <translation>%1 liegt über dem größten erlaubten Wert %2; der Wert bleibt %3.</translation>
    </message>
</context>
<context>
    <name>Fd::ComboField</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Fd::DurationField</name>
    <message>
        <source>No timeout</source>
        <translation>Kein Zeitlimit</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>Einheit von %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No timeout: the checkpoint waits for a decision</source>
        <translation>Kein Zeitlimit: Der Checkpoint wartet auf eine Entscheidung</translation>
    </message>
</context>
<context>
    <name>Fd::EnvListModel</name>
    <message>
        <source>%1 is in the pipeline but %2 is missing.</source>
        <translation>%1 steht in der Pipeline, aber %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 has a file but is not in the pipeline; its file is not used.</source>
        <translation>%1 hat eine Datei, steht aber nicht in der Pipeline; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Environment %1 — %2</source>
        <translation>Umgebung %1 – %2</translation>
    </message>
</context>
<context>
    <name>Fd::EnvOrderField</name>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move environment up</source>
        <translation>Umgebung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move environment down</source>
        <translation>Umgebung nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>Fd::EnvPanel</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Regions of the selected environment</source>
        <translation>Regionen der ausgewählten Umgebung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add an empty environment</source>
        <translation>Eine leere Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Add an environment with a copy of the selected one&apos;s settings</source>
        <translation>Eine Umgebung mit einer Kopie der Einstellungen der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected environment (F2)</source>
        <translation>Die ausgewählte Umgebung umbenennen (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected environment from the pipeline</source>
        <translation>Die ausgewählte Umgebung aus der Pipeline entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the environment earlier in the pipeline</source>
        <translation>Die Umgebung in der Pipeline nach vorn verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the environment later in the pipeline</source>
        <translation>Die Umgebung in der Pipeline nach hinten verschieben</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Neue Region</translation>
    </message>
    <message>
        <source>Deploy the selected environment to another region</source>
        <translation>Die ausgewählte Umgebung in eine weitere Region deployen</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Region entfernen</translation>
    </message>
    <message>
        <source>Stop deploying the selected environment to this region</source>
        <translation>Die ausgewählte Umgebung nicht mehr in diese Region deployen</translation>
    </message>
    <message>
        <source>&amp;Environments (pipeline order)</source>
        <translation>&amp;Umgebungen (Pipeline-Reihenfolge)</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Re&amp;gionen</translation>
    </message>
    <message>
        <source>All regions (env settings)</source>
        <translation>Alle Regionen (Umgebungseinstellungen)</translation>
    </message>
    <message>
        <source>Settings of %1 that apply in every region</source>
        <translation>Einstellungen von %1, die in jeder Region gelten</translation>
    </message>
    <message>
        <source>Overrides of %1 in %2</source>
        <translation>Überschreibungen von %1 in %2</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Clone Environment</source>
        <translation>Umgebung klonen</translation>
    </message>
    <message>
        <source>e.g. qa</source>
        <translation>z. B. qa</translation>
    </message>
    <message>
        <source>(empty: Foremast&apos;s defaults)</source>
        <translation>(leer: Vorgaben von Foremast)</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>&amp;Einstellungen:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Rename Environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (its file is renamed on save):</source>
        <translation>Neuer Name für %1 (die Datei wird beim Speichern umbenannt):</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the pipeline?</source>
        <translation>%1 aus der Pipeline entfernen?</translation>
    </message>
    <message>
        <source>Keeping the file leaves %1 on disk, unused. Undo brings the environment back either way.</source>
        <translation>Beim Behalten bleibt %1 ungenutzt auf der Festplatte. „Rückgängig“ holt die Umgebung in beiden Fällen zurück.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep File</source>
        <translation>Entfernen, Datei &amp;behalten</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete File</source>
        <translation>Entfernen und Datei &amp;löschen</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Deploy %1 to region:</source>
        <translation>%1 in Region deployen:</translation>
    </message>
    <message>
        <source>%1 was not renamed. %2</source>
        <translation>%1 wurde nicht umbenannt. %2</translation>
    </message>
</context>
<context>
    <name>Fd::EnvSettingsEditor</name>
    <message>
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>Choose an environment or a region to edit its settings.</source>
        <translation>Wählen Sie eine Umgebung oder eine Region, um ihre Einstellungen zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 has no application-master-%1.json; add the environment again to create it.</source>
        <translation>%1 hat keine application-master-%1.json; fügen Sie die Umgebung erneut hinzu, um sie anzulegen.</translation>
    </message>
    <message>
        <source>%1 does not deploy to %2.</source>
        <translation>%1 wird nicht in %2 deployt.</translation>
    </message>
    <message>
        <source>Values set here override %1&apos;s settings in %2 only. Inherited values show where they come from.</source>
        <translation>Hier gesetzte Werte überschreiben die Einstellungen von %1 nur in %2. Geerbte Werte zeigen, woher sie stammen.</translation>
    </message>
    <message>
        <source>Values set here apply to every region of %1 unless a region overrides them.</source>
        <translation>Hier gesetzte Werte gelten für jede Region von %1, sofern eine Region sie nicht überschreibt.</translation>
    </message>
    <message>
        <source>%1 is not in pipeline.json&apos;s env list, so no pipeline deploys it.</source>
        <translation>%1 steht nicht in der env-Liste von pipeline.json, daher deployt keine Pipeline sie.</translation>
    </message>
    <message>
        <source>Eureka is on: Foremast deploys with the EC2 health check whatever is set here.</source>
        <translation>Eureka ist eingeschaltet: Foremast deployt mit dem EC2-Health-Check, egal was hier gesetzt ist.</translation>
    </message>
    <message>
        <source>Foremast always uses the EC2 health check in the dev environment.</source>
        <translation>Foremast verwendet in der Umgebung dev immer den EC2-Health-Check.</translation>
    </message>
    <message>
        <source>Instances get %1 s before health checks count.</source>
        <translation>Instanzen bekommen %1 s, bevor Health-Checks zählen.</translation>
    </message>
    <message>
        <source>Change ASG size</source>
        <translation>ASG-Größe ändern</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>&amp;Instanztyp:</translation>
    </message>
    <message>
        <source>ASG mi&amp;nimum:</source>
        <translation>ASG-Mi&amp;nimum:</translation>
    </message>
    <message>
        <source>ASG ma&amp;ximum:</source>
        <translation>ASG-Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>The deploy&apos;s desired capacity equals the minimum.</source>
        <translation>Die gewünschte Kapazität des Deploys entspricht dem Minimum.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Deplo&amp;y strategy:</source>
        <translation>Deplo&amp;y-Strategie:</translation>
    </message>
    <message>
        <source>Destroy the old server groups once the new one is healthy</source>
        <translation>Die alten Servergruppen zerstören, sobald die neue gesund ist</translation>
    </message>
    <message>
        <source>Disable the old server groups, keep them for rollback</source>
        <translation>Die alten Servergruppen deaktivieren und für ein Rollback behalten</translation>
    </message>
    <message>
        <source>Red/black in steps of a percentage</source>
        <translation>Red/Black in prozentualen Schritten</translation>
    </message>
    <message>
        <source>A custom strategy pipeline</source>
        <translation>Eine eigene Strategie-Pipeline</translation>
    </message>
    <message>
        <source>Su&amp;bnet purpose:</source>
        <translation>Su&amp;bnetz-Zweck:</translation>
    </message>
    <message>
        <source>Private subnets</source>
        <translation>Private Subnetze</translation>
    </message>
    <message>
        <source>Public subnets</source>
        <translation>Öffentliche Subnetze</translation>
    </message>
    <message>
        <source>Eu&amp;reka:</source>
        <translation>Eu&amp;reka:</translation>
    </message>
    <message>
        <source>Register with Eureka (no load balancer, EC2 health check)</source>
        <translation>Bei Eureka registrieren (kein Load Balancer, EC2-Health-Check)</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>Scaling policy</source>
        <translation>Skalierungsrichtlinie</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Extra security gro&amp;ups:</source>
        <translation>Zusätzliche Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>Added to the instances&apos; security groups after the defaults and the app&apos;s own group.</source>
        <translation>Werden den Sicherheitsgruppen der Instanzen nach den Vorgaben und der eigenen Gruppe der Anwendung hinzugefügt.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Skip appr&amp;oval:</source>
        <translation>Freigabe übers&amp;pringen:</translation>
    </message>
    <message>
        <source>No checkpoint before deploying to this environment</source>
        <translation>Kein Checkpoint vor dem Deploy in diese Umgebung</translation>
    </message>
    <message>
        <source>Foremast honours it only when foremast.cfg&apos;s env_configs enables approval skip for this environment.</source>
        <translation>Foremast beachtet dies nur, wenn env_configs in foremast.cfg das Überspringen der Freigabe für diese Umgebung erlaubt.</translation>
    </message>
    <message>
        <source>Approval ti&amp;meout:</source>
        <translation>Freigabe-Zeitli&amp;mit:</translation>
    </message>
    <message>
        <source>Completion webhooks</source>
        <translation>Webhooks nach Abschluss</translation>
    </message>
    <message>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhooks:</translation>
    </message>
    <message>
        <source>Foremast adds webhook stages after the deploy of non-production environments only.</source>
        <translation>Foremast fügt Webhook-Stages nur nach dem Deploy von Nicht-Produktionsumgebungen hinzu.</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Eigene Tags</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Health check &amp;type:</source>
        <translation>Health-Check-&amp;Typ:</translation>
    </message>
    <message>
        <source>The load balancer&apos;s health check</source>
        <translation>Der Health-Check des Load Balancers</translation>
    </message>
    <message>
        <source>EC2 instance status only</source>
        <translation>Nur der EC2-Instanzstatus</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Karenzzeit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>App grace period:</source>
        <translation>Karenzzeit der Anwendung:</translation>
    </message>
    <message>
        <source>Added to the grace period.</source>
        <translation>Wird zur Karenzzeit addiert.</translation>
    </message>
    <message>
        <source>Sca&amp;ling:</source>
        <translation>Ska&amp;lierung:</translation>
    </message>
    <message>
        <source>Attach a scaling policy after each deploy</source>
        <translation>Nach jedem Deploy eine Skalierungsrichtlinie anhängen</translation>
    </message>
    <message>
        <source>When not set, Foremast uses %1.</source>
        <translation>Wenn nicht gesetzt, verwendet Foremast %1.</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Statistic:</source>
        <translation>Statistik:</translation>
    </message>
    <message>
        <source>Instance warm-up:</source>
        <translation>Aufwärmzeit der Instanz:</translation>
    </message>
    <message>
        <source>Scale down:</source>
        <translation>Herunterskalieren:</translation>
    </message>
    <message>
        <source>Also add a scale-down policy</source>
        <translation>Auch eine Richtlinie zum Herunterskalieren hinzufügen</translation>
    </message>
    <message>
        <source>Scale-up step:</source>
        <translation>Schritt beim Hochskalieren:</translation>
    </message>
    <message>
        <source>Scale-down step:</source>
        <translation>Schritt beim Herunterskalieren:</translation>
    </message>
    <message>
        <source>Memory (MB):</source>
        <translation>Arbeitsspeicher (MB):</translation>
    </message>
    <message>
        <source>Timeout (s):</source>
        <translation>Zeitlimit (s):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>IAM role of the function; empty: Foremast&apos;s generated role.</source>
        <translation>IAM-Rolle der Funktion; leer: die von Foremast erzeugte Rolle.</translation>
    </message>
    <message>
        <source>Subnet purpose:</source>
        <translation>Subnetz-Zweck:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Trigger:</translation>
    </message>
    <message>
        <source>Deploy strategy:</source>
        <translation>Deploy-Strategie:</translation>
    </message>
    <message>
        <source>Deploy S3 only</source>
        <translation>nur Deploy S3</translation>
    </message>
    <message>
        <source>adds Pre-Promote Checkpoint and Promote S3</source>
        <translation>fügt Pre-Promote Checkpoint und Promote S3 hinzu</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Shared bucket:</source>
        <translation>Gemeinsamer Bucket:</translation>
    </message>
    <message>
        <source>This app owns the shared bucket</source>
        <translation>Diese Anwendung besitzt den gemeinsamen Bucket</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Content metadata:</source>
        <translation>Inhalts-Metadaten:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Activate on deploy</source>
        <translation>Beim Deploy aktivieren</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>State machine type:</source>
        <translation>Typ der State Machine:</translation>
    </message>
    <message>
        <source>Tracing:</source>
        <translation>Ablaufverfolgung:</translation>
    </message>
    <message>
        <source>X-Ray tracing</source>
        <translation>X-Ray-Ablaufverfolgung</translation>
    </message>
    <message>
        <source>Max instances:</source>
        <translation>Max. Instanzen:</translation>
    </message>
    <message>
        <source>VPC connector:</source>
        <translation>VPC-Connector:</translation>
    </message>
    <message>
        <source>The minimum (%1) would be larger than the maximum (%2), so nothing was changed. Lower the minimum or raise the maximum.</source>
        <translation>Das Minimum (%1) wäre größer als das Maximum (%2), daher wurde nichts geändert. Senken Sie das Minimum oder erhöhen Sie das Maximum.</translation>
    </message>
    <message>
        <source>Extra tags on the auto scaling group, the Lambda function, the S3 bucket or the step function.</source>
        <translation>Zusätzliche Tags an der Auto Scaling Group, der Lambda-Funktion, dem S3-Bucket oder der Step Function.</translation>
    </message>
    <message>
        <source>VPC security groups:</source>
        <translation>VPC-Sicherheitsgruppen:</translation>
    </message>
    <message>
        <source>A manual pipeline reads only what its pipeline files use, so this form has no settings for it. Every key of the environment is under All keys.</source>
        <translation>Eine manuelle Pipeline liest nur, was ihre Pipeline-Dateien verwenden; dieses Formular hat daher keine Einstellungen dafür. Alle Schlüssel der Umgebung stehen unter „Alle Schlüssel“.</translation>
    </message>
    <message>
        <source>Only the settings Foremast reads for a %1 pipeline are shown. Every other key is under All keys.</source>
        <translation>Nur die Einstellungen, die Foremast für eine %1-Pipeline liest, werden gezeigt. Alle anderen Schlüssel stehen unter „Alle Schlüssel“.</translation>
    </message>
    <message>
        <source>Foremast reads it in %1.</source>
        <translation>Foremast liest ihn in %1.</translation>
    </message>
    <message>
        <source>Data pipeline</source>
        <translation>Data Pipeline</translation>
    </message>
    <message>
        <source>Step function</source>
        <translation>Step Function</translation>
    </message>
    <message>
        <source>Cloud function</source>
        <translation>Cloud Function</translation>
    </message>
    <message>
        <source>Foremast 5.15.4 lists this key in its defaults but never reads it: the connector comes from app.cloudfunction_vpc (cloudfunction/cloud_functions_client.py:285), under All keys.</source>
        <translation>Foremast 5.15.4 führt diesen Schlüssel in seinen Vorgaben, liest ihn aber nie: Der Connector kommt aus app.cloudfunction_vpc (cloudfunction/cloud_functions_client.py:285), unter Alle Schlüssel.</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda-Funktion</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The function&apos;s MemorySize; Foremast&apos;s default is &quot;128&quot;.</source>
        <translation>MemorySize der Funktion; Foremasts Vorgabe ist „128“.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Lambda stops the function after this long.</source>
        <translation>Nach dieser Zeit beendet Lambda die Funktion.</translation>
    </message>
    <message>
        <source>The function&apos;s Environment as Lambda takes it: {&quot;Variables&quot;: {&quot;NAME&quot;: &quot;text&quot;}}.</source>
        <translation>Environment der Funktion, wie Lambda es annimmt: {&quot;Variables&quot;: {&quot;NAME&quot;: &quot;Text&quot;}}.</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>Layer version ARNs, in the order Lambda applies them.</source>
        <translation>ARNs von Layer-Versionen, in der Reihenfolge, in der Lambda sie anwendet.</translation>
    </message>
    <message>
        <source>X-Ray tracing:</source>
        <translation>X-Ray-Tracing:</translation>
    </message>
    <message>
        <source>Sample and trace incoming requests</source>
        <translation>Eingehende Anfragen stichprobenweise verfolgen</translation>
    </message>
    <message>
        <source>Trace only requests that arrive traced</source>
        <translation>Nur Anfragen verfolgen, die schon verfolgt ankommen</translation>
    </message>
    <message>
        <source>The Mode of the function&apos;s TracingConfig; not set: Lambda&apos;s own (PassThrough).</source>
        <translation>Mode der TracingConfig der Funktion; nicht gesetzt: Lambdas eigener (PassThrough).</translation>
    </message>
    <message>
        <source>Reserved concurrency:</source>
        <translation>Reservierte Parallelität:</translation>
    </message>
    <message>
        <source>Concurrent executions kept for this function; not set: Foremast removes any reservation.</source>
        <translation>Für diese Funktion reservierte gleichzeitige Ausführungen; nicht gesetzt: Foremast entfernt jede Reservierung.</translation>
    </message>
    <message>
        <source>Provisioned concurrency:</source>
        <translation>Bereitgestellte Parallelität:</translation>
    </message>
    <message>
        <source>Foremast 5.15.4 misspells FunctionName in this call (awslambda.py:245), so any value here makes the infrastructure step fail.</source>
        <translation>Foremast 5.15.4 schreibt FunctionName in diesem Aufruf falsch (awslambda.py:245), daher lässt jeder Wert hier den Infrastrukturschritt scheitern.</translation>
    </message>
    <message>
        <source>File systems:</source>
        <translation>Dateisysteme:</translation>
    </message>
    <message>
        <source>EFS mounts: [{&quot;Arn&quot;: access point ARN, &quot;LocalMountPath&quot;: &quot;/mnt/…&quot;}].</source>
        <translation>EFS-Einhängepunkte: [{&quot;Arn&quot;: ARN des Access Points, &quot;LocalMountPath&quot;: &quot;/mnt/…&quot;}].</translation>
    </message>
    <message>
        <source>Lambda network</source>
        <translation>Lambda-Netzwerk</translation>
    </message>
    <message>
        <source>Used only when pipeline.json&apos;s lambda.vpc_enabled is on.</source>
        <translation>Wird nur verwendet, wenn lambda.vpc_enabled in pipeline.json eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Subnet count:</source>
        <translation>Anzahl Subnetze:</translation>
    </message>
    <message>
        <source>Use only the first this many subnets; not set: all of them.</source>
        <translation>Nur so viele der ersten Subnetze verwenden; nicht gesetzt: alle.</translation>
    </message>
    <message>
        <source>Added to the app&apos;s own group.</source>
        <translation>Zusätzlich zur eigenen Gruppe der Anwendung.</translation>
    </message>
    <message>
        <source>Lambda events</source>
        <translation>Lambda-Ereignisse</translation>
    </message>
    <message>
        <source>Event sources, each with a &quot;type&quot;: api-gateway, cloudwatch-event, cloudwatch-logs, dynamodb-stream, kinesis-stream, sqs, sns or s3; set up by Infrastructure Setup Lambda.</source>
        <translation>Ereignisquellen, jede mit einem „type“: api-gateway, cloudwatch-event, cloudwatch-logs, dynamodb-stream, kinesis-stream, sqs, sns oder s3; eingerichtet von Infrastructure Setup Lambda.</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>Dead-Letter-Queue:</translation>
    </message>
    <message>
        <source>ARN of the SQS queue or SNS topic that gets events whose asynchronous invocation failed.</source>
        <translation>ARN der SQS-Queue oder des SNS-Topics, das Ereignisse erhält, deren asynchroner Aufruf fehlschlug.</translation>
    </message>
    <message>
        <source>Destinations:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Where asynchronous invocations report: {&quot;OnSuccess&quot;: {&quot;Destination&quot;: ARN}, &quot;OnFailure&quot;: {…}}.</source>
        <translation>Wohin asynchrone Aufrufe melden: {&quot;OnSuccess&quot;: {&quot;Destination&quot;: ARN}, &quot;OnFailure&quot;: {…}}.</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>Also decides the stages of this env&apos;s pipeline.</source>
        <translation>Bestimmt auch die Stages der Pipeline dieser Umgebung.</translation>
    </message>
    <message>
        <source>The bucket&apos;s name unless a shared bucket is set; empty: Foremast&apos;s generated name.</source>
        <translation>Name des Buckets, sofern kein gemeinsamer Bucket gesetzt ist; leer: der von Foremast erzeugte Name.</translation>
    </message>
    <message>
        <source>Folder in the generated bucket; not used with a bucket name or a shared bucket.</source>
        <translation>Ordner im erzeugten Bucket; nicht verwendet mit einem Bucket-Namen oder einem gemeinsamen Bucket.</translation>
    </message>
    <message>
        <source>Shared bucket of:</source>
        <translation>Gemeinsamer Bucket von:</translation>
    </message>
    <message>
        <source>Another app whose shared bucket this app deploys into; Foremast then creates and configures nothing.</source>
        <translation>Eine andere Anwendung, in deren gemeinsamen Bucket diese Anwendung deployt; Foremast legt dann nichts an und richtet nichts ein.</translation>
    </message>
    <message>
        <source>Bucket ACL:</source>
        <translation>Bucket-ACL:</translation>
    </message>
    <message>
        <source>Only the bucket owner</source>
        <translation>Nur der Besitzer des Buckets</translation>
    </message>
    <message>
        <source>Anyone may read</source>
        <translation>Jeder darf lesen</translation>
    </message>
    <message>
        <source>Anyone may read and write</source>
        <translation>Jeder darf lesen und schreiben</translation>
    </message>
    <message>
        <source>Any AWS account may read</source>
        <translation>Jedes AWS-Konto darf lesen</translation>
    </message>
    <message>
        <source>Bucket policy:</source>
        <translation>Bucket-Richtlinie:</translation>
    </message>
    <message>
        <source>An IAM policy document; empty: Foremast deletes the bucket&apos;s policy.</source>
        <translation>Ein IAM-Richtliniendokument; leer: Foremast löscht die Richtlinie des Buckets.</translation>
    </message>
    <message>
        <source>Bucket tags:</source>
        <translation>Bucket-Tags:</translation>
    </message>
    <message>
        <source>The app&apos;s custom tags win over these.</source>
        <translation>Die eigenen Tags der Anwendung haben Vorrang vor diesen.</translation>
    </message>
    <message>
        <source>Folders uploaded with a Content-Encoding: [{&quot;path&quot;: &quot;assets/gzip&quot;, &quot;content-encoding&quot;: &quot;gzip&quot;}].</source>
        <translation>Ordner, die mit einem Content-Encoding hochgeladen werden: [{&quot;path&quot;: &quot;assets/gzip&quot;, &quot;content-encoding&quot;: &quot;gzip&quot;}].</translation>
    </message>
    <message>
        <source>S3 website</source>
        <translation>S3-Website</translation>
    </message>
    <message>
        <source>Serve the bucket as a static website</source>
        <translation>Den Bucket als statische Website ausliefern</translation>
    </message>
    <message>
        <source>Also creates a DNS record for the bucket.</source>
        <translation>Legt auch einen DNS-Eintrag für den Bucket an.</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>Indexdokument:</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>Fehlerdokument:</translation>
    </message>
    <message>
        <source>DNS TTL:</source>
        <translation>DNS-TTL:</translation>
    </message>
    <message>
        <source>Of the website&apos;s DNS record.</source>
        <translation>Des DNS-Eintrags der Website.</translation>
    </message>
    <message>
        <source>CORS:</source>
        <translation>CORS:</translation>
    </message>
    <message>
        <source>Answer cross-origin requests (only with the website on)</source>
        <translation>Ursprungsübergreifende Anfragen beantworten (nur mit eingeschalteter Website)</translation>
    </message>
    <message>
        <source>CORS rules:</source>
        <translation>CORS-Regeln:</translation>
    </message>
    <message>
        <source>Each rule needs cors_headers, cors_methods, cors_origins, cors_expose_headers and cors_max_age.</source>
        <translation>Jede Regel braucht cors_headers, cors_methods, cors_origins, cors_expose_headers und cors_max_age.</translation>
    </message>
    <message>
        <source>S3 versioning, encryption and lifecycle</source>
        <translation>S3-Versionierung, -Verschlüsselung und -Lebenszyklus</translation>
    </message>
    <message>
        <source>Versioning:</source>
        <translation>Versionierung:</translation>
    </message>
    <message>
        <source>Keep every version of each object</source>
        <translation>Jede Version jedes Objekts behalten</translation>
    </message>
    <message>
        <source>MFA delete:</source>
        <translation>MFA-Löschschutz:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Encrypt new objects by default</source>
        <translation>Neue Objekte standardmäßig verschlüsseln</translation>
    </message>
    <message>
        <source>Encryption rules:</source>
        <translation>Verschlüsselungsregeln:</translation>
    </message>
    <message>
        <source>S3&apos;s server-side encryption rules; Foremast&apos;s default is AES256.</source>
        <translation>Regeln der serverseitigen Verschlüsselung von S3; Foremasts Vorgabe ist AES256.</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Lebenszyklus:</translation>
    </message>
    <message>
        <source>Expire or move objects by rules</source>
        <translation>Objekte nach Regeln ablaufen lassen oder verschieben</translation>
    </message>
    <message>
        <source>Lifecycle rules:</source>
        <translation>Lebenszyklusregeln:</translation>
    </message>
    <message>
        <source>S3 lifecycle rules; each needs a Status.</source>
        <translation>S3-Lebenszyklusregeln; jede braucht einen Status.</translation>
    </message>
    <message>
        <source>S3 logging and notifications</source>
        <translation>S3-Protokollierung und -Benachrichtigungen</translation>
    </message>
    <message>
        <source>Access logging:</source>
        <translation>Zugriffsprotokoll:</translation>
    </message>
    <message>
        <source>Log requests to another bucket</source>
        <translation>Anfragen in einen anderen Bucket protokollieren</translation>
    </message>
    <message>
        <source>Log bucket:</source>
        <translation>Protokoll-Bucket:</translation>
    </message>
    <message>
        <source>Log prefix:</source>
        <translation>Protokollpräfix:</translation>
    </message>
    <message>
        <source>Log grants:</source>
        <translation>Protokollberechtigungen:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Send bucket event notifications</source>
        <translation>Benachrichtigungen über Bucket-Ereignisse senden</translation>
    </message>
    <message>
        <source>[{}] means none.</source>
        <translation>[{}] bedeutet keine.</translation>
    </message>
    <message>
        <source>SNS topics:</source>
        <translation>SNS-Topics:</translation>
    </message>
    <message>
        <source>SQS queues:</source>
        <translation>SQS-Queues:</translation>
    </message>
    <message>
        <source>Lambda functions:</source>
        <translation>Lambda-Funktionen:</translation>
    </message>
    <message>
        <source>The function&apos;s availableMemoryMb; Foremast&apos;s default is &quot;128&quot;.</source>
        <translation>availableMemoryMb der Funktion; Foremasts Vorgabe ist „128“.</translation>
    </message>
    <message>
        <source>Foremast&apos;s default is &quot;60&quot;.</source>
        <translation>Foremasts Vorgabe ist „60“.</translation>
    </message>
    <message>
        <source>Foremast&apos;s default &quot;0&quot; sets no limit.</source>
        <translation>Foremasts Vorgabe „0“ setzt keine Grenze.</translation>
    </message>
    <message>
        <source>The function&apos;s environment variables, name and text.</source>
        <translation>Umgebungsvariablen der Funktion, Name und Text.</translation>
    </message>
    <message>
        <source>Event trigger:</source>
        <translation>Ereignis-Trigger:</translation>
    </message>
    <message>
        <source>{&quot;event_type&quot;: …, &quot;resource&quot;: &quot;topics/…&quot;, &quot;service&quot;: …, &quot;failure_policy&quot;: {&quot;retry&quot;: true}}; event_type and resource are required. Not set: the function is called over HTTPS.</source>
        <translation>{&quot;event_type&quot;: …, &quot;resource&quot;: &quot;topics/…&quot;, &quot;service&quot;: …, &quot;failure_policy&quot;: {&quot;retry&quot;: true}}; event_type und resource sind Pflicht. Nicht gesetzt: Die Funktion wird über HTTPS aufgerufen.</translation>
    </message>
    <message>
        <source>Cloud function network</source>
        <translation>Cloud-Function-Netzwerk</translation>
    </message>
    <message>
        <source>Ingress:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Requests from anywhere</source>
        <translation>Anfragen von überall</translation>
    </message>
    <message>
        <source>Only from the project&apos;s VPC network</source>
        <translation>Nur aus dem VPC-Netzwerk des Projekts</translation>
    </message>
    <message>
        <source>From the VPC network and through Cloud Load Balancing</source>
        <translation>Aus dem VPC-Netzwerk und über Cloud Load Balancing</translation>
    </message>
    <message>
        <source>The function&apos;s ingressSettings; not set: Google Cloud&apos;s own (ALLOW_ALL).</source>
        <translation>ingressSettings der Funktion; nicht gesetzt: die von Google Cloud (ALLOW_ALL).</translation>
    </message>
    <message>
        <source>VPC connectors:</source>
        <translation>VPC-Connectoren:</translation>
    </message>
    <message>
        <source>Serverless VPC Access connector per region: region name and connector name.</source>
        <translation>Serverless-VPC-Access-Connector je Region: Name der Region und Name des Connectors.</translation>
    </message>
    <message>
        <source>VPC egress:</source>
        <translation>VPC-Ausgang:</translation>
    </message>
    <message>
        <source>Only traffic to private addresses goes through the connector</source>
        <translation>Nur Verkehr zu privaten Adressen geht über den Connector</translation>
    </message>
    <message>
        <source>All outgoing traffic goes through the connector</source>
        <translation>Aller ausgehende Verkehr geht über den Connector</translation>
    </message>
    <message>
        <source>The function&apos;s vpcConnectorEgressSettings.</source>
        <translation>vpcConnectorEgressSettings der Funktion.</translation>
    </message>
    <message>
        <source>Cloud function access</source>
        <translation>Zugriff auf die Cloud Function</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>Öffentlich:</translation>
    </message>
    <message>
        <source>Anyone may call the function, without signing in</source>
        <translation>Jeder darf die Funktion aufrufen, ohne Anmeldung</translation>
    </message>
    <message>
        <source>Adds allUsers as roles/cloudfunctions.invoker to the function&apos;s IAM policy.</source>
        <translation>Fügt der IAM-Policy der Funktion allUsers als roles/cloudfunctions.invoker hinzu.</translation>
    </message>
    <message>
        <source>IAM bindings:</source>
        <translation>IAM-Bindungen:</translation>
    </message>
    <message>
        <source>More bindings of the function&apos;s IAM policy: [{&quot;role&quot;: …, &quot;members&quot;: […]}]. Foremast replaces the whole policy with these.</source>
        <translation>Weitere Bindungen der IAM-Policy der Funktion: [{&quot;role&quot;: …, &quot;members&quot;: […]}]. Foremast ersetzt die ganze Policy durch diese.</translation>
    </message>
</context>
<context>
    <name>Fd::FileChangedBanner</name>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Festplatte &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the designer&apos;s version; saving will ask before overwriting the files.</source>
        <translation>Die Fassung des Designers behalten; beim Speichern wird vor dem Überschreiben der Dateien nachgefragt.</translation>
    </message>
    <message>
        <source>Changed on disk by another program: %1.</source>
        <translation>Von einem anderen Programm auf der Festplatte geändert: %1.</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes.</source>
        <translation>Neu laden verwirft Ihre ungespeicherten Änderungen.</translation>
    </message>
</context>
<context>
    <name>Fd::FindingsModel</name>
    <message>
        <source>stage %1 (%2)</source>
        <translation>Stage %1 (%2)</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Fd::GateClient</name>
    <message>
        <source>Gate&apos;s URL uses http: your password or token travels unencrypted.</source>
        <translation>Die URL von Gate verwendet http: Ihr Passwort oder Token wird unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read or holds no PEM certificate.</source>
        <translation>Das CA-Bündel %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>A client certificate needs an https Gate URL.</source>
        <translation>Ein Client-Zertifikat braucht eine https-Gate-URL.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be read or is not PEM.</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden oder ist kein PEM.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: %2.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be used.</source>
        <translation>Der Client-Schlüssel %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>It must be a PEM private key; if it is encrypted, give its passphrase.</source>
        <translation>Er muss ein privater Schlüssel im PEM-Format sein; ist er verschlüsselt, geben Sie seine Passphrase an.</translation>
    </message>
    <message>
        <source>Insecure TLS is allowed: Gate&apos;s certificate is not checked, so anyone between you and %1 could read or change what is sent.</source>
        <translation>Unsicheres TLS ist erlaubt: Das Zertifikat von Gate wird nicht geprüft, daher könnte jeder zwischen Ihnen und %1 mitlesen oder verändern, was gesendet wird.</translation>
    </message>
</context>
<context>
    <name>Fd::GateFetchPanel</name>
    <message>
        <source>Existing pipelines from Gate</source>
        <translation>Vorhandene Pipelines aus Gate</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>(from the system keychain, if remembered)</source>
        <translation>(aus dem System-Schlüsselbund, falls gemerkt)</translation>
    </message>
    <message>
        <source>Sign in and read the pipelines %1 has in Spinnaker; nothing is changed there</source>
        <translation>Anmelden und die Pipelines lesen, die %1 in Spinnaker hat; dort wird nichts geändert</translation>
    </message>
    <message>
        <source>Enter Gate&apos;s URL, e.g. https://gate.example.com:8084.</source>
        <translation>Geben Sie die URL von Gate ein, z. B. https://gate.example.com:8084.</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n pipeline(s) of %1.</source>
        <translation>
            <numerusform>%n Pipeline von %1 gelesen.</numerusform>
            <numerusform>%n Pipelines von %1 gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::GateSignIn</name>
    <message>
        <source>No password or token is available.</source>
        <translation>Kein Passwort und kein Token verfügbar.</translation>
    </message>
    <message>
        <source>Enter the password or token for this Gate.</source>
        <translation>Geben Sie das Passwort oder Token für dieses Gate ein.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Gate did not accept the user name or password.</source>
        <translation>Gate hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check them and sign in again.</source>
        <translation>Prüfen Sie beides und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Gate&apos;s login form did not start a session.</source>
        <translation>Das Anmeldeformular von Gate hat keine Sitzung begonnen.</translation>
    </message>
    <message>
        <source>This Gate may not use LDAP or form sign-in; try another sign-in method.</source>
        <translation>Dieses Gate verwendet womöglich keine Anmeldung per LDAP oder Formular; versuchen Sie eine andere Anmeldeart.</translation>
    </message>
    <message>
        <source>Gate has no login form to post to.</source>
        <translation>Gate hat kein Anmeldeformular, an das gesendet werden kann.</translation>
    </message>
    <message>
        <source>This Gate requires signing in.</source>
        <translation>Dieses Gate verlangt eine Anmeldung.</translation>
    </message>
    <message>
        <source>Gate did not accept the credentials.</source>
        <translation>Gate hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Choose a sign-in method (basic, LDAP, token or client certificate).</source>
        <translation>Wählen Sie eine Anmeldeart (Basic, LDAP, Token oder Client-Zertifikat).</translation>
    </message>
    <message>
        <source>Check the sign-in method and the user name, password or token.</source>
        <translation>Prüfen Sie die Anmeldeart und Benutzername, Passwort oder Token.</translation>
    </message>
</context>
<context>
    <name>Fd::GateSignInForm</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Allow insecure TLS (do not check Gate&apos;s certificate)</source>
        <translation>Unsicheres TLS erlauben (Zertifikat von Gate nicht prüfen)</translation>
    </message>
    <message>
        <source>None (anonymous)</source>
        <translation>Keine (anonym)</translation>
    </message>
    <message>
        <source>User name and password (HTTP basic)</source>
        <translation>Benutzername und Passwort (HTTP Basic)</translation>
    </message>
    <message>
        <source>LDAP or login form</source>
        <translation>LDAP oder Anmeldeformular</translation>
    </message>
    <message>
        <source>Token (OAuth2 or Google IAP)</source>
        <translation>Token (OAuth2 oder Google IAP)</translation>
    </message>
    <message>
        <source>Client certificate (x509)</source>
        <translation>Client-Zertifikat (x509)</translation>
    </message>
    <message>
        <source>Anyone between you and Gate could read your credentials and change what is published. Use this only for a test Gate with a self-signed certificate.</source>
        <translation>Jeder zwischen Ihnen und Gate könnte Ihre Zugangsdaten mitlesen und verändern, was veröffentlicht wird. Verwenden Sie dies nur für ein Test-Gate mit selbstsigniertem Zertifikat.</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>&amp;Gate:</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>the publish dialog</source>
        <translation>dem Veröffentlichen-Dialog</translation>
    </message>
</context>
<context>
    <name>Fd::GenerationController</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fd::GraphExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the graph as PNG.</source>
        <translation>Der Graph kann nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Stage graph of the pipeline, drawn by Foremast Designer</source>
        <translation>Stage-Graph der Pipeline, gezeichnet von Foremast Designer</translation>
    </message>
    <message>
        <source>Cannot produce the SVG drawing.</source>
        <translation>Die SVG-Zeichnung kann nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>Fd::IdentityForm</name>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Re&amp;po:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Taken from: %1. Pipelines are named after the application; a change is saved in .foremast-designer.json next to the runway.</source>
        <translation>Ermittelt aus: %1. Pipelines werden nach der Anwendung benannt; eine Änderung wird in .foremast-designer.json neben der Runway gespeichert.</translation>
    </message>
</context>
<context>
    <name>Fd::JsonEditDialog</name>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Das ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Type a JSON value.</source>
        <translation>Geben Sie einen JSON-Wert ein.</translation>
    </message>
    <message>
        <source>A JSON list […] is expected here.</source>
        <translation>Hier wird eine JSON-Liste […] erwartet.</translation>
    </message>
    <message>
        <source>A JSON object {…} is expected here.</source>
        <translation>Hier wird ein JSON-Objekt {…} erwartet.</translation>
    </message>
</context>
<context>
    <name>Fd::JsonTreeEditor</name>
    <message>
        <source>Show Foremast &amp;defaults</source>
        <translation>&amp;Vorgaben zeigen</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>&amp;Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Neuer &amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Also list what Foremast uses where the file sets nothing (in italics).</source>
        <translation>Auch auflisten, was Foremast verwendet, wo die Datei nichts setzt (kursiv).</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or to the file&apos;s top level)</source>
        <translation>Einen Schlüssel zum ausgewählten Objekt hinzufügen (oder zur obersten Ebene der Datei)</translation>
    </message>
    <message>
        <source>Append an item to the selected list</source>
        <translation>Einen Eintrag an die ausgewählte Liste anhängen</translation>
    </message>
    <message>
        <source>Remove the selected key from the file</source>
        <translation>Den ausgewählten Schlüssel aus der Datei entfernen</translation>
    </message>
</context>
<context>
    <name>Fd::JsonTreeModel</name>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Foremast&apos;s default; not in the file. Editing it adds it to the file.</source>
        <translation>Vorgabe von Foremast; nicht in der Datei. Beim Bearbeiten wird es der Datei hinzugefügt.</translation>
    </message>
    <message>
        <source>Foremast default</source>
        <translation>Vorgabe von Foremast</translation>
    </message>
    <message>
        <source>Set in pipeline.json.</source>
        <translation>In pipeline.json gesetzt.</translation>
    </message>
    <message>
        <source>pipeline.json</source>
        <translation>pipeline.json</translation>
    </message>
    <message>
        <source>Overrides %1&apos;s value for region %2.</source>
        <translation>Überschreibt den Wert von %1 für die Region %2.</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Set in application-master-%1.json for every region.</source>
        <translation>In application-master-%1.json für jede Region gesetzt.</translation>
    </message>
    <message>
        <source>env %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Fd::JsonValueField</name>
    <message>
        <source>Edit JSON…</source>
        <translation>JSON bearbeiten …</translation>
    </message>
    <message>
        <source>Edit %1 as JSON</source>
        <translation>%1 als JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::KeyValueField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>New key for %1</source>
        <translation>Neuer Schlüssel für %1</translation>
    </message>
    <message>
        <source>Value of the new key for %1</source>
        <translation>Wert des neuen Schlüssels für %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>Ausgewählte aus %1 entfernen</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>%1 %2 ändern</translation>
    </message>
    <message>
        <source>A key cannot be empty.</source>
        <translation>Ein Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; exists already.</source>
        <translation>Der Schlüssel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Fd::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Takes effect when Foremast Designer is started again.</source>
        <translation>Wirkt beim nächsten Start von Foremast Designer.</translation>
    </message>
</context>
<context>
    <name>Fd::MainActions</name>
    <message>
        <source>&amp;Open Runway Folder…</source>
        <translation>Runway-Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Pipeline JSON (Read-Only)…</source>
        <translation>&amp;Pipeline-JSON öffnen (schreibgeschützt) …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the file being edited</source>
        <translation>Die gerade bearbeitete Datei speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lles speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Festplatte neu la&amp;den</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Environment…</source>
        <translation>Umgebung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Clone Environment…</source>
        <translation>Umgebung &amp;klonen …</translation>
    </message>
    <message>
        <source>&amp;Rename Environment…</source>
        <translation>Umgebung &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Re&amp;move Environment…</source>
        <translation>Umgebung &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Deploy …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Generate the pipelines and publish them to Spinnaker</source>
        <translation>Die Pipelines erzeugen und in Spinnaker veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Export Pipeline JSON…</source>
        <translation>Pipeline-JSON &amp;exportieren …</translation>
    </message>
    <message>
        <source>Open &amp;Example Runway</source>
        <translation>Beispiel-&amp;Runway öffnen</translation>
    </message>
    <message>
        <source>&amp;About Foremast Designer</source>
        <translation>Ü&amp;ber Foremast Designer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;New Runway…</source>
        <translation>&amp;Neue Runway …</translation>
    </message>
    <message>
        <source>Create a runway: identity, pipeline type, environments, regions and flow</source>
        <translation>Eine Runway anlegen: Identität, Pipeline-Typ, Umgebungen, Regionen und Flow</translation>
    </message>
    <message>
        <source>&amp;One-time Pipeline…</source>
        <translation>Ein&amp;malige Pipeline …</translation>
    </message>
    <message>
        <source>Generate Foremast&apos;s one-time pipeline of one environment, preview it and publish it</source>
        <translation>Die einmalige Pipeline von Foremast für eine Umgebung erzeugen, ansehen und veröffentlichen</translation>
    </message>
</context>
<context>
    <name>Fd::MainWindow</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;Pipeline Settings</source>
        <translation>&amp;Pipeline-Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Settings of pipeline.json (also: click Configuration in the graph)</source>
        <translation>Einstellungen von pipeline.json (auch: im Graphen auf „Configuration“ klicken)</translation>
    </message>
    <message>
        <source>Open Runway</source>
        <translation>Runway öffnen</translation>
    </message>
    <message>
        <source>The runway could not be opened:

%1</source>
        <translation>Die Runway konnte nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Foremast Designer</source>
        <translation>Foremast Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in Findings before deploying</source>
        <translation>
            <numerusform>Vor dem Deploy %n Fehler unter „Befunde“ beheben</numerusform>
            <numerusform>Vor dem Deploy %n Fehler unter „Befunde“ beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the pipelines and publish them to Spinnaker</source>
        <translation>Die Pipelines erzeugen und in Spinnaker veröffentlichen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1

Overwrite it with the designer&apos;s version?</source>
        <translation>%1

Mit der Fassung des Designers überschreiben?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>%n Datei gespeichert</numerusform>
            <numerusform>%n Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The runway could not be reloaded:

%1</source>
        <translation>Die Runway konnte nicht neu geladen werden:

%1</translation>
    </message>
    <message>
        <source>Open Runway Folder</source>
        <translation>Runway-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Pipeline JSON</source>
        <translation>Pipeline-JSON öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message numerus="yes">
        <source>Deploy is blocked by %n error(s). They are listed in Findings; fix them first.</source>
        <translation>
            <numerusform>Deploy ist durch %n Fehler blockiert. Er steht unter „Befunde“; beheben Sie ihn zuerst.</numerusform>
            <numerusform>Deploy ist durch %n Fehler blockiert. Sie stehen unter „Befunde“; beheben Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Pipelines</source>
        <translation>Pipelines exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pipeline file(s)</source>
        <translation>
            <numerusform>%n Pipeline-Datei geschrieben</numerusform>
            <numerusform>%n Pipeline-Dateien geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>About Foremast Designer</source>
        <translation>Über Foremast Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Foremast Designer %1&lt;/h3&gt;&lt;p&gt;Design Foremast runways, see their Spinnaker pipelines as you edit, and publish them through Gate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Foremast Designer %1&lt;/h3&gt;&lt;p&gt;Gestalten Sie Foremast-Runways, sehen Sie ihre Spinnaker-Pipelines schon beim Bearbeiten und veröffentlichen Sie sie über Gate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Foremast Designer</source>
        <translation>%1[*] – Foremast Designer</translation>
    </message>
    <message>
        <source>%1 has unsaved edits. Deploy publishes the pipelines as edited, which the runway files on disk do not say yet.

Save the edits first? (Ignore publishes without saving.)</source>
        <translation>%1 hat ungespeicherte Änderungen. Deploy veröffentlicht die Pipelines wie bearbeitet, was in den Runway-Dateien auf der Festplatte noch nicht steht.

Änderungen zuerst speichern? („Ignorieren“ veröffentlicht ohne Speichern.)</translation>
    </message>
    <message>
        <source>Export Pipeline JSON — choose the folder to write pipeline-&lt;region&gt;.json files into</source>
        <translation>Pipeline-JSON exportieren – wählen Sie den Ordner, in den die pipeline-&lt;region&gt;.json-Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Export Here</source>
        <translation>Hierher &amp;exportieren</translation>
    </message>
    <message>
        <source>Pipeline JSON</source>
        <translation>Pipeline-JSON</translation>
    </message>
    <message>
        <source>Selected Stage</source>
        <translation>Ausgewählte Stage</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>Keine Fehler oder Warnungen.</translation>
    </message>
    <message>
        <source>One-time Pipeline</source>
        <translation>Einmalige Pipeline</translation>
    </message>
    <message>
        <source>%1 has unsaved edits. The one-time pipeline is made from the runway as edited, which the runway files on disk do not say yet.

Save the edits first? (Ignore goes on without saving.)</source>
        <translation>%1 hat ungespeicherte Änderungen. Die einmalige Pipeline wird aus dem Runway wie bearbeitet erzeugt, was in den Runway-Dateien auf der Festplatte noch nicht steht.

Änderungen zuerst speichern? („Ignorieren“ fährt ohne Speichern fort.)</translation>
    </message>
</context>
<context>
    <name>Fd::ManualFilePreview</name>
    <message>
        <source>The pipeline file to preview, rendered as Foremast renders it</source>
        <translation>Die Pipeline-Datei für die Vorschau, gerendert, wie Foremast sie rendert</translation>
    </message>
    <message>
        <source>No pipeline file to preview: add one to the list above.</source>
        <translation>Keine Pipeline-Datei für die Vorschau: Fügen Sie oben eine zur Liste hinzu.</translation>
    </message>
    <message>
        <source>This file cannot be rendered:
%1</source>
        <translation>Diese Datei kann nicht gerendert werden:
%1</translation>
    </message>
</context>
<context>
    <name>Fd::NewRunwayWizard</name>
    <message>
        <source>New Runway</source>
        <translation>Neue Runway</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Spinnaker names the application and its pipelines after the project and repository.</source>
        <translation>Spinnaker benennt die Anwendung und ihre Pipelines nach Projekt und Repository.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Create the Runway In</source>
        <translation>Runway anlegen in</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The pipeline type Foremast builds, and the flow that draws the stages between environments.</source>
        <translation>Der Pipeline-Typ, den Foremast erzeugt, und der Flow, der die Stages zwischen den Umgebungen festlegt.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;low:</translation>
    </message>
    <message>
        <source>Environments and Regions</source>
        <translation>Umgebungen und Regionen</translation>
    </message>
    <message>
        <source>Environments in deployment order, separated by commas; each gets its own file.</source>
        <translation>Umgebungen in Deploy-Reihenfolge, durch Kommas getrennt; jede bekommt ihre eigene Datei.</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>Re&amp;gionen:</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
</context>
<context>
    <name>Fd::OnetimeDialog</name>
    <message>
        <source>One-time Pipeline — %1</source>
        <translation>Einmalige Pipeline — %1</translation>
    </message>
    <message>
        <source>Foremast&apos;s one-time pipeline deploys one environment alone, with its triggers disabled, to be started by hand. It is named after the regular pipeline of its region, which must already be in Spinnaker.</source>
        <translation>Die einmalige Pipeline von Foremast deployt eine Umgebung allein, mit abgeschalteten Triggern, und wird von Hand gestartet. Sie ist nach der regulären Pipeline ihrer Region benannt, die bereits in Spinnaker sein muss.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden …</translation>
    </message>
    <message>
        <source>Read the app&apos;s pipelines from a file saved from Gate&apos;s /applications/APP/pipelineConfigs</source>
        <translation>Die Pipelines der Anwendung aus einer Datei lesen, die aus Gates /applications/APP/pipelineConfigs gespeichert wurde</translation>
    </message>
    <message>
        <source>Existing pipelines:</source>
        <translation>Vorhandene Pipelines:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Publish the one-time pipelines to Spinnaker: sign-in, changes and confirmation as for Deploy</source>
        <translation>Die einmaligen Pipelines in Spinnaker veröffentlichen: Anmeldung, Änderungen und Bestätigung wie bei Deploy</translation>
    </message>
    <message>
        <source>None known. Load the app&apos;s pipelines to find its regular ones.</source>
        <translation>Keine bekannt. Laden Sie die Pipelines der Anwendung, um ihre regulären zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) from %1</source>
        <translation>
            <numerusform>%n Pipeline aus %1</numerusform>
            <numerusform>%n Pipelines aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the App&apos;s Existing Pipelines</source>
        <translation>Vorhandene Pipelines der Anwendung laden</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From &amp;Gate…</source>
        <translation>Aus &amp;Gate …</translation>
    </message>
    <message>
        <source>Sign in to Gate and read the app&apos;s pipelines from Spinnaker</source>
        <translation>Bei Gate anmelden und die Pipelines der Anwendung aus Spinnaker lesen</translation>
    </message>
</context>
<context>
    <name>Fd::OriginBadge</name>
    <message>
        <source>Value source: %1</source>
        <translation>Herkunft des Werts: %1</translation>
    </message>
</context>
<context>
    <name>Fd::PipelineGraphPanel</name>
    <message>
        <source>Next Environment</source>
        <translation>Nächste Umgebung</translation>
    </message>
    <message>
        <source>Previous Environment</source>
        <translation>Vorherige Umgebung</translation>
    </message>
    <message>
        <source>Next Region</source>
        <translation>Nächste Region</translation>
    </message>
    <message>
        <source>Previous Region</source>
        <translation>Vorherige Region</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>Ganze Pipeline</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The pipeline shown: Foremast makes one per region (Ctrl+[ and Ctrl+] switch)</source>
        <translation>Die gezeigte Pipeline: Foremast erzeugt eine je Region (Strg+[ und Strg+] wechseln)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment whose stages are emphasised and fitted into view ([ and ] switch)</source>
        <translation>Die Umgebung, deren Stages hervorgehoben und ins Bild eingepasst werden ([ und ] wechseln)</translation>
    </message>
    <message>
        <source>−</source>
        <comment>Zoom Out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Zoom In button</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>100 %</source>
        <comment>Actual Size button</comment>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>Fit to Window button</comment>
        <translation>Einpassen</translation>
    </message>
</context>
<context>
    <name>Fd::PipelineListFetch</name>
    <message>
        <source>The application has no name.</source>
        <translation>Die Anwendung hat keinen Namen.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the pipelines of %1…</source>
        <translation>Die Pipelines von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>Gate&apos;s list of pipelines is not a JSON array.</source>
        <translation>Die Pipeline-Liste von Gate ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>Checking the application %1…</source>
        <translation>Die Anwendung %1 wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Fd::PipelineSettingsEditor</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>EC2 auto scaling groups (generated)</source>
        <translation>EC2-Auto-Scaling-Groups (erzeugt)</translation>
    </message>
    <message>
        <source>Like ec2, needs custom templates</source>
        <translation>Wie ec2, braucht eigene Vorlagen</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <source>S3 static content</source>
        <translation>Statische Inhalte in S3</translation>
    </message>
    <message>
        <source>AWS Data Pipeline</source>
        <translation>AWS Data Pipeline</translation>
    </message>
    <message>
        <source>AWS Step Functions</source>
        <translation>AWS Step Functions</translation>
    </message>
    <message>
        <source>Google Cloud Functions</source>
        <translation>Google Cloud Functions</translation>
    </message>
    <message>
        <source>Pipeline files kept in the runway</source>
        <translation>In der Runway abgelegte Pipeline-Dateien</translation>
    </message>
    <message>
        <source>O&amp;wner email:</source>
        <translation>E-Mail des Ei&amp;gentümers:</translation>
    </message>
    <message>
        <source>Tagged on the auto scaling groups as owner_email.</source>
        <translation>Wird an den Auto Scaling Groups als owner_email getaggt.</translation>
    </message>
    <message>
        <source>Foremast v5 (default templates)</source>
        <translation>Foremast v5 (Standardvorlagen)</translation>
    </message>
    <message>
        <source>Documented flow</source>
        <translation>Dokumentierter Flow</translation>
    </message>
    <message>
        <source>Flow file…</source>
        <translation>Flow-Datei …</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>The stage templates the designer generates pipelines with.</source>
        <translation>Die Stage-Vorlagen, mit denen der Designer Pipelines erzeugt.</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;low:</translation>
    </message>
    <message>
        <source>Bake</source>
        <translation>Bake</translation>
    </message>
    <message>
        <source>&amp;Base AMI:</source>
        <translation>&amp;Basis-AMI:</translation>
    </message>
    <message>
        <source>An alias looked up in the AMI table (ami_json_url), or an AMI id.</source>
        <translation>Ein Alias, der in der AMI-Tabelle (ami_json_url) nachgeschlagen wird, oder eine AMI-ID.</translation>
    </message>
    <message>
        <source>Bake &amp;instance type:</source>
        <translation>Bake-&amp;Instanztyp:</translation>
    </message>
    <message>
        <source>&amp;Root volume:</source>
        <translation>&amp;Root-Volume:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>B&amp;uilder:</source>
        <translation>B&amp;uilder:</translation>
    </message>
    <message>
        <source>Packer template aws_{region}_ebs.json</source>
        <translation>Packer-Vorlage aws_{region}_ebs.json</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Sl&amp;ack channel:</source>
        <translation>Sl&amp;ack-Kanal:</translation>
    </message>
    <message>
        <source>&amp;Notifications (v2):</source>
        <translation>Be&amp;nachrichtigungen (v2):</translation>
    </message>
    <message>
        <source>Spinnaker notification objects copied into the pipeline as they are.</source>
        <translation>Spinnaker-Benachrichtigungsobjekte, die unverändert in die Pipeline übernommen werden.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Pipeline &amp;order:</source>
        <translation>Pipeline-Reihenf&amp;olge:</translation>
    </message>
    <message>
        <source>Email or Slack is set, so Foremast ignores the v2 notifications list.</source>
        <translation>E-Mail oder Slack ist gesetzt, daher ignoriert Foremast die v2-Benachrichtigungsliste.</translation>
    </message>
    <message>
        <source>Foremast adds an email and a Slack notification on pipeline failure.</source>
        <translation>Foremast fügt eine E-Mail- und eine Slack-Benachrichtigung für fehlgeschlagene Pipelines hinzu.</translation>
    </message>
    <message>
        <source>With email and Slack empty, the v2 list is used as it is.</source>
        <translation>Sind E-Mail und Slack leer, wird die v2-Liste unverändert verwendet.</translation>
    </message>
    <message>
        <source>Choose a flow file</source>
        <translation>Eine Flow-Datei wählen</translation>
    </message>
    <message>
        <source>Flow files (*.json);;All files (*)</source>
        <translation>Flow-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rolling pipelines need custom templates: set templates_path in foremast.cfg (Foremast ships no pipeline_*_rolling.json.j2).</source>
        <translation>Rolling-Pipelines brauchen eigene Vorlagen: templates_path in foremast.cfg setzen (Foremast liefert kein pipeline_*_rolling.json.j2 mit).</translation>
    </message>
    <message>
        <source>The pipelines are the files listed in pipeline_files (JSON, or Jinja templates ending in .j2), one or more per file; env and region settings do not shape them.</source>
        <translation>Die Pipelines sind die in pipeline_files genannten Dateien (JSON oder Jinja-Vorlagen mit der Endung .j2), eine oder mehrere je Datei; Umgebungs- und Regionseinstellungen wirken sich nicht auf sie aus.</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>Sent as FUNCTION_NAME by every Deploy Lambda stage.</source>
        <translation>Wird von jeder Stage „Deploy Lambda“ als FUNCTION_NAME gesendet.</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>La&amp;ufzeitumgebung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <source>Run in the &amp;VPC</source>
        <translation>Im &amp;VPC ausführen</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>GCP &amp;project:</source>
        <translation>GCP-P&amp;rojekt:</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Einstiegspunkt:</translation>
    </message>
    <message>
        <source>Pipeline &amp;files:</source>
        <translation>Pipeline-&amp;Dateien:</translation>
    </message>
    <message>
        <source>Runway-relative files, or templates://NAME from the templates folder; .j2 files are Jinja.</source>
        <translation>Dateien relativ zum Runway-Ordner oder templates://NAME aus dem Vorlagenordner; .j2-Dateien sind Jinja-Vorlagen.</translation>
    </message>
    <message>
        <source>Template &amp;variables:</source>
        <translation>Vorlagen&amp;variablen:</translation>
    </message>
    <message>
        <source>One object per file, same order: template_variables inside that file&apos;s template.</source>
        <translation>Ein Objekt je Datei in derselben Reihenfolge: template_variables in der Vorlage dieser Datei.</translation>
    </message>
    <message>
        <source>Rendered &amp;JSON:</source>
        <translation>Gerendertes &amp;JSON:</translation>
    </message>
    <message>
        <source>The stages come from the templates in templates_path (%1), which override Foremast&apos;s own for this type: they are rendered as Foremast renders them.</source>
        <translation>Die Stages kommen aus den Vorlagen in templates_path (%1), die Foremasts eigene für diesen Typ ersetzen: Sie werden so gerendert, wie Foremast sie rendert.</translation>
    </message>
</context>
<context>
    <name>Fd::PipelineStages</name>
    <message>
        <source>The pipeline has no &quot;stages&quot; list.</source>
        <translation>Die Pipeline hat keine „stages“-Liste.</translation>
    </message>
    <message>
        <source>&quot;stages&quot; is not a list.</source>
        <translation>„stages“ ist keine Liste.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;stages&quot; is not a stage object.</source>
        <translation>Eintrag %1 von „stages“ ist kein Stage-Objekt.</translation>
    </message>
    <message>
        <source>refId is neither text nor a number.</source>
        <translation>refId ist weder Text noch eine Zahl.</translation>
    </message>
    <message>
        <source>This entry of requisiteStageRefIds is not a refId.</source>
        <translation>Dieser Eintrag von requisiteStageRefIds ist keine refId.</translation>
    </message>
    <message>
        <source>requisiteStageRefIds is not a list.</source>
        <translation>requisiteStageRefIds ist keine Liste.</translation>
    </message>
    <message>
        <source>The file holds neither a pipeline object nor a list of pipelines.</source>
        <translation>Die Datei enthält weder ein Pipeline-Objekt noch eine Liste von Pipelines.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a pipeline object.</source>
        <translation>Eintrag %1 der Liste ist kein Pipeline-Objekt.</translation>
    </message>
    <message>
        <source>The list of pipelines is empty.</source>
        <translation>Die Liste der Pipelines ist leer.</translation>
    </message>
</context>
<context>
    <name>Fd::PresenceField</name>
    <message>
        <source>Set at the environment level; a region can change its values but not remove it, because Foremast merges the two.</source>
        <translation>Auf Umgebungsebene gesetzt; eine Region kann die Werte ändern, es aber nicht entfernen, weil Foremast beides zusammenführt.</translation>
    </message>
</context>
<context>
    <name>Fd::PreviewPane</name>
    <message>
        <source>region override</source>
        <translation>Regions-Überschreibung</translation>
    </message>
    <message>
        <source>env file</source>
        <translation>Umgebungsdatei</translation>
    </message>
    <message>
        <source>pipeline.json</source>
        <translation>pipeline.json</translation>
    </message>
    <message>
        <source>Foremast default</source>
        <translation>Vorgabe von Foremast</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Pipeline JSON</source>
        <translation>Pipeline-JSON</translation>
    </message>
    <message>
        <source>Selected stage JSON</source>
        <translation>JSON der ausgewählten Stage</translation>
    </message>
    <message>
        <source>Showing %1 read-only. Edit the runway or open it again to see its pipelines.</source>
        <translation>%1 wird schreibgeschützt gezeigt. Bearbeiten Sie die Runway oder öffnen Sie sie erneut, um ihre Pipelines zu sehen.</translation>
    </message>
    <message>
        <source>Configuration: the pipeline&apos;s triggers, notifications and other top-level settings are in the Pipeline JSON tab.</source>
        <translation>Configuration: Die Trigger, Benachrichtigungen und übrigen Einstellungen der obersten Ebene stehen im Reiter „Pipeline-JSON“.</translation>
    </message>
    <message>
        <source>Select a stage in the graph to see its JSON and the settings it comes from.</source>
        <translation>Wählen Sie im Graphen eine Stage, um ihr JSON und die Einstellungen zu sehen, aus denen sie stammt.</translation>
    </message>
    <message>
        <source>// Made once per pipeline, from pipeline.json and the flow.</source>
        <translation>// Einmal je Pipeline erzeugt, aus pipeline.json und dem Flow.</translation>
    </message>
    <message>
        <source>// Made from the settings of %1 in %2:</source>
        <translation>// Erzeugt aus den Einstellungen von %1 in %2:</translation>
    </message>
</context>
<context>
    <name>Fd::PublishDialog</name>
    <message>
        <source>Deploy to Spinnaker</source>
        <translation>Deploy nach Spinnaker</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>(from the system keychain, if remembered)</source>
        <translation>(aus dem System-Schlüsselbund, falls gemerkt)</translation>
    </message>
    <message>
        <source>Deploy is blocked:</source>
        <translation>Deploy ist blockiert:</translation>
    </message>
    <message>
        <source>The Gate or sign-in changed: compare again before publishing.</source>
        <translation>Gate oder Anmeldung haben sich geändert: Vergleichen Sie vor dem Veröffentlichen erneut.</translation>
    </message>
    <message>
        <source>Compare first: it signs in and shows what would change, without writing anything.</source>
        <translation>Vergleichen Sie zuerst: Dabei wird angemeldet und gezeigt, was sich ändern würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>&amp;Compare (dry run)</source>
        <translation>Ve&amp;rgleichen (Probelauf)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Enter Gate&apos;s URL, e.g. https://gate.example.com:8084.</source>
        <translation>Geben Sie die URL von Gate ein, z. B. https://gate.example.com:8084.</translation>
    </message>
    <message>
        <source>Create the application %1 in Spinnaker (owner %2)</source>
        <translation>Die Anwendung %1 in Spinnaker anlegen (Eigentümer %2)</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. %n region(s) to change</source>
        <translation>
            <numerusform>Angemeldet als %1. %n Region zu ändern</numerusform>
            <numerusform>Angemeldet als %1. %n Regionen zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pipeline(s) of removed regions can be deleted</source>
        <translation>
            <numerusform>; %n Pipeline entfernter Regionen kann gelöscht werden</numerusform>
            <numerusform>; %n Pipelines entfernter Regionen können gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) did not succeed; the others are listed with their result.</source>
        <translation>
            <numerusform>%n Region ist nicht gelungen; die übrigen stehen mit ihrem Ergebnis in der Liste.</numerusform>
            <numerusform>%n Regionen sind nicht gelungen; die übrigen stehen mit ihrem Ergebnis in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling: nothing more is sent; waiting for what was already sent…</source>
        <translation>Wird abgebrochen: Es wird nichts mehr gesendet; warte auf bereits Gesendetes …</translation>
    </message>
    <message>
        <source>Tick &quot;Create the application&quot; first.</source>
        <translation>Kreuzen Sie zuerst „Die Anwendung anlegen“ an.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Canceled. %n pipeline change(s) reached Spinnaker before that. A request already on its way when you canceled may still appear there: Compare again to see what Spinnaker has.</source>
        <translation>
            <numerusform>Abgebrochen. %n Pipeline-Änderung hat Spinnaker vorher erreicht. Eine Anfrage, die beim Abbrechen schon unterwegs war, kann dort noch auftauchen: Vergleichen Sie erneut, um zu sehen, was Spinnaker hat.</numerusform>
            <numerusform>Abgebrochen. %n Pipeline-Änderungen haben Spinnaker vorher erreicht. Eine Anfrage, die beim Abbrechen schon unterwegs war, kann dort noch auftauchen: Vergleichen Sie erneut, um zu sehen, was Spinnaker hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to publish: Spinnaker already has these pipelines.</source>
        <translation>Nichts zu veröffentlichen: Spinnaker hat diese Pipelines bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n pipeline change(s).</source>
        <translation>
            <numerusform>%n Pipeline-Änderung veröffentlicht.</numerusform>
            <numerusform>%n Pipeline-Änderungen veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare again to see the pipelines as Spinnaker has them now.</source>
        <translation>Vergleichen Sie erneut, um die Pipelines so zu sehen, wie Spinnaker sie jetzt hat.</translation>
    </message>
</context>
<context>
    <name>Fd::PublishPreparer</name>
    <message>
        <source>The runway has validation errors; fix them before publishing.</source>
        <translation>Die Runway hat Validierungsfehler; beheben Sie sie vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>The application has no name.</source>
        <translation>Die Anwendung hat keinen Namen.</translation>
    </message>
    <message>
        <source>There is no pipeline to publish.</source>
        <translation>Es gibt keine Pipeline zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>The pipeline for region %1 has no name.</source>
        <translation>Die Pipeline für die Region %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two pipelines are named &quot;%1&quot; (Spinnaker ignores case).</source>
        <translation>Zwei Pipelines heißen „%1“ (Spinnaker unterscheidet nicht zwischen Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The application %1 does not exist in Spinnaker yet; it must be created first.</source>
        <translation>Die Anwendung %1 existiert in Spinnaker noch nicht; sie muss zuerst angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Fd::PublishRegionList</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2 Zeilen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>delete (one-time pipeline)</source>
        <translation>löschen (einmalige Pipeline)</translation>
    </message>
    <message>
        <source>delete (region removed)</source>
        <translation>löschen (Region entfernt)</translation>
    </message>
    <message>
        <source>Tick to delete this pipeline from Spinnaker.</source>
        <translation>Ankreuzen, um diese Pipeline aus Spinnaker zu löschen.</translation>
    </message>
    <message>
        <source>%1 (id %2) was generated for region %3, which the runway no longer has.
Tick it to delete it from Spinnaker when publishing. Pipelines made by hand are never listed here.</source>
        <translation>%1 (ID %2) wurde für die Region %3 erzeugt, die die Runway nicht mehr hat.
Kreuzen Sie sie an, um sie beim Veröffentlichen aus Spinnaker zu löschen. Von Hand erstellte Pipelines werden hier nie aufgeführt.</translation>
    </message>
    <message>
        <source>No change: Spinnaker already has this pipeline.</source>
        <translation>Keine Änderung: Spinnaker hat diese Pipeline bereits.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>as published</source>
        <translation>wie veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Fd::PublishRun</name>
    <message>
        <source>The application %1 does not exist in Spinnaker, and creating it was not confirmed; nothing was published.</source>
        <translation>Die Anwendung %1 existiert in Spinnaker nicht, und ihr Anlegen wurde nicht bestätigt; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Created the application %1.</source>
        <translation>Die Anwendung %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Canceling: nothing more is sent; what was sent is followed to its outcome.</source>
        <translation>Wird abgebrochen: Es wird nichts mehr gesendet; bereits Gesendetes wird bis zu seinem Ergebnis verfolgt.</translation>
    </message>
</context>
<context>
    <name>Fd::RegionJob</name>
    <message>
        <source>Gate accepted the save; it was not read back because publishing was canceled.</source>
        <translation>Gate hat das Speichern angenommen; es wurde nicht zurückgelesen, weil das Veröffentlichen abgebrochen wurde.</translation>
    </message>
    <message>
        <source>Publishing was canceled before the outcome could be checked. Check in Spinnaker before publishing again.</source>
        <translation>Das Veröffentlichen wurde abgebrochen, bevor das Ergebnis geprüft werden konnte. Prüfen Sie in Spinnaker, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Spinnaker&apos;s stored copy differs from what was sent; look at it in Spinnaker.</source>
        <translation>Die in Spinnaker gespeicherte Fassung weicht vom Gesendeten ab; sehen Sie sie sich in Spinnaker an.</translation>
    </message>
    <message>
        <source>Gate accepted the save, but the pipeline could not be read back to confirm its id. Check in Spinnaker.</source>
        <translation>Gate hat das Speichern angenommen, aber die Pipeline konnte nicht zurückgelesen werden, um ihre ID zu bestätigen. Prüfen Sie in Spinnaker.</translation>
    </message>
    <message>
        <source>The outcome could not be checked either (%1). Check in Spinnaker before publishing again.</source>
        <translation>Auch das Ergebnis konnte nicht geprüft werden (%1). Prüfen Sie in Spinnaker, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Confirmed by re-reading after: %1</source>
        <translation>Durch erneutes Lesen bestätigt nach: %1</translation>
    </message>
    <message>
        <source>Gate reported a problem (%1), but re-reading shows the pipeline was saved.</source>
        <translation>Gate hat ein Problem gemeldet (%1), aber erneutes Lesen zeigt, dass die Pipeline gespeichert wurde.</translation>
    </message>
    <message>
        <source>The pipeline has not appeared in Spinnaker yet, but it may still be saved. Check in Spinnaker before publishing again.</source>
        <translation>Die Pipeline ist in Spinnaker noch nicht aufgetaucht, kann aber noch gespeichert werden. Prüfen Sie in Spinnaker, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Re-reading shows the pipeline was not saved.</source>
        <translation>Erneutes Lesen zeigt, dass die Pipeline nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1 changed it in Spinnaker; their version is kept and yours was not saved.</source>
        <translation>%1 hat sie in Spinnaker geändert; deren Fassung bleibt erhalten, Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Their version is kept and yours was not saved.</source>
        <translation>Die andere Fassung bleibt erhalten, Ihre wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Fd::RunwayDocument</name>
    <message>
        <source>The application&apos;s project and repository could not be saved: %1</source>
        <translation>Projekt und Repository der Anwendung konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Fd::SettingField</name>
    <message>
        <source>Inherit</source>
        <translation>Erben</translation>
    </message>
    <message>
        <source>Remove %1 at this level so the inherited value applies</source>
        <translation>%1 auf dieser Ebene entfernen, sodass der geerbte Wert gilt</translation>
    </message>
    <message>
        <source>Inherit %1</source>
        <translation>%1 erben</translation>
    </message>
</context>
<context>
    <name>Fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>https://gate.example.com (else foremast.cfg or ~/.spin/config)</source>
        <translation>https://gate.example.com (sonst foremast.cfg oder ~/.spin/config)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Built-in flow name, or the path of a flow file</source>
        <translation>Name eines eingebauten Flows oder Pfad einer Flow-Datei</translation>
    </message>
    <message>
        <source>&quot;offline&quot; gives every env the zones &lt;region&gt;a, b and c; or the path of a subnets JSON file</source>
        <translation>„offline“ gibt jeder Umgebung die Zonen &lt;region&gt;a, b und c; oder der Pfad einer Subnetz-JSON-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Subnets File</source>
        <translation>Subnetz-Datei</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;Gate URL:</source>
        <translation>&amp;Gate-URL:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Flow for runways that name none:</source>
        <translation>&amp;Flow für Runways ohne eigenen:</translation>
    </message>
    <message>
        <source>Offline &amp;subnets:</source>
        <translation>Offline-S&amp;ubnetze:</translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain, never here.</source>
        <translation>Zugangsdaten werden im System-Schlüsselbund aufbewahrt, nie hier.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Fd::SettingsEditorPanel</name>
    <message>
        <source>Settings editors</source>
        <translation>Einstellungs-Editoren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>All &amp;keys</source>
        <translation>Alle &amp;Schlüssel</translation>
    </message>
</context>
<context>
    <name>Fd::StageGraphScene</name>
    <message>
        <source>(refId %1)</source>
        <translation>(refId %1)</translation>
    </message>
    <message>
        <source>The following problems may affect the ability to run the pipeline:</source>
        <translation>Die folgenden Probleme können die Ausführung der Pipeline beeinträchtigen:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Fd::StageGraphView</name>
    <message>
        <source>Stage graph</source>
        <translation>Stage-Graph</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Einpassen</translation>
    </message>
</context>
<context>
    <name>Fd::StageLayout</name>
    <message>
        <source>The pipeline has too many long dependencies to keep them all clear of other stages; some of its edges are drawn through stages.</source>
        <translation>Die Pipeline hat zu viele lange Abhängigkeiten, um sie alle an anderen Stages vorbeizuführen; einige ihrer Kanten werden durch Stages gezeichnet.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The stage is part of a dependency cycle (%1); the graph ignores its dependency on &quot;%2&quot; (refId %3).</source>
        <translation>Die Stage ist Teil eines Abhängigkeitskreises (%1); der Graph übergeht ihre Abhängigkeit von „%2“ (refId %3).</translation>
    </message>
    <message>
        <source>The stage depends on itself.</source>
        <translation>Die Stage hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>The stage depends on refId &quot;%1&quot;, which no stage has.</source>
        <translation>Die Stage hängt von der refId „%1“ ab, die keine Stage hat.</translation>
    </message>
    <message>
        <source>The pipeline has no stages.</source>
        <translation>Die Pipeline hat keine Stages.</translation>
    </message>
    <message>
        <source>[new stage]</source>
        <translation>[neue Stage]</translation>
    </message>
    <message>
        <source>The stage has no refId, so no stage can depend on it.</source>
        <translation>Die Stage hat keine refId, daher kann keine Stage von ihr abhängen.</translation>
    </message>
    <message>
        <source>refId &quot;%1&quot; is also used by stage &quot;%2&quot;; stages that depend on it are linked to that one.</source>
        <translation>Die refId „%1“ wird auch von der Stage „%2“ verwendet; davon abhängige Stages werden mit jener verbunden.</translation>
    </message>
</context>
<context>
    <name>Fd::StartPage</name>
    <message>
        <source>Design a Foremast runway, watch its Spinnaker pipelines take shape as you edit, and publish them through Gate.</source>
        <translation>Gestalten Sie eine Foremast-Runway, sehen Sie ihre Spinnaker-Pipelines beim Bearbeiten entstehen und veröffentlichen Sie sie über Gate.</translation>
    </message>
    <message>
        <source>&amp;New Runway…</source>
        <translation>&amp;Neue Runway …</translation>
    </message>
    <message>
        <source>Create pipeline.json and one file per environment in a new folder</source>
        <translation>pipeline.json und je Umgebung eine Datei in einem neuen Ordner anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Runway Folder…</source>
        <translation>Runway-Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a runway/ folder, or a repository that holds one</source>
        <translation>Einen runway/-Ordner öffnen oder ein Repository, das einen enthält</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>A copy of the bundled example runway, to look around</source>
        <translation>Eine Kopie der mitgelieferten Beispiel-Runway zum Umsehen</translation>
    </message>
    <message>
        <source>&amp;Recent runways:</source>
        <translation>&amp;Zuletzt geöffnete Runways:</translation>
    </message>
    <message>
        <source>Recent runways</source>
        <translation>Zuletzt geöffnete Runways</translation>
    </message>
    <message>
        <source>No recent runways yet.</source>
        <translation>Noch keine zuletzt geöffneten Runways.</translation>
    </message>
    <message>
        <source>Foremast Designer</source>
        <translation>Foremast Designer</translation>
    </message>
</context>
<context>
    <name>Fd::StringListField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>Ausgewählte aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Fd::TextField</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Fd::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Fd::WebhookDialog</name>
    <message>
        <source>Completion webhook</source>
        <translation>Webhook nach Abschluss</translation>
    </message>
    <message>
        <source>JSON object, e.g. {&quot;x-token&quot;: &quot;…&quot;}</source>
        <translation>JSON-Objekt, z. B. {&quot;x-token&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Any JSON value</source>
        <translation>Ein beliebiger JSON-Wert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>Eigene &amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Give the webhook a name; the stage is called &quot;ENV: name&quot;.</source>
        <translation>Geben Sie dem Webhook einen Namen; die Stage heißt „UMGEBUNG: name“.</translation>
    </message>
    <message>
        <source>The URL must be an http:// or https:// address.</source>
        <translation>Die URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Custom headers must be a JSON object.</source>
        <translation>Eigene Header müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON.</source>
        <translation>Die Payload ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>Fd::WebhooksField</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove webhook %1</source>
        <translation>Webhook %1 entfernen</translation>
    </message>
    <message>
        <source>Edit webhook %1</source>
        <translation>Webhook %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add webhook %1</source>
        <translation>Webhook %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move webhook %1</source>
        <translation>Webhook %1 verschieben</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>The flow file &quot;%1&quot; does not exist.</source>
        <translation>Die Flow-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;; built-in flows are %2, or give the path of a flow file.</source>
        <translation>Unbekannter Flow „%1“; eingebaute Flows sind %2, oder geben Sie den Pfad einer Flow-Datei an.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; has no setting &quot;%2&quot; (its settings: %3).</source>
        <translation>Der Flow „%1“ hat keine Einstellung „%2“ (seine Einstellungen: %3).</translation>
    </message>
    <message>
        <source>Expected &quot;flowFormat&quot;: %1 (the version of the flow format).</source>
        <translation>„flowFormat“: %1 erwartet (die Version des Flow-Formats).</translation>
    </message>
    <message>
        <source>A flow needs a &quot;name&quot;.</source>
        <translation>Ein Flow braucht einen „name“.</translation>
    </message>
    <message>
        <source>Expected a list of pipeline type names.</source>
        <translation>Eine Liste von Pipeline-Typnamen erwartet.</translation>
    </message>
    <message>
        <source>Expected an object: the pipeline&apos;s top-level fields.</source>
        <translation>Ein Objekt erwartet: die Felder der obersten Ebene der Pipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by the generator; remove it from the flow.</source>
        <translation>„%1“ wird vom Generator gesetzt; entfernen Sie es aus dem Flow.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation>Unbekannter Schlüssel „%1“ (erwartet wird einer von: %2).</translation>
    </message>
    <message>
        <source>Expected a condition or a list of conditions.</source>
        <translation>Eine Bedingung oder eine Liste von Bedingungen erwartet.</translation>
    </message>
    <message>
        <source>Expected a condition as text.</source>
        <translation>Eine Bedingung als Text erwartet.</translation>
    </message>
    <message>
        <source>Expected an object: {name: {&quot;default&quot;: value, &quot;description&quot;: text}}.</source>
        <translation>Ein Objekt erwartet: {name: {&quot;default&quot;: wert, &quot;description&quot;: text}}.</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;default&quot; value.</source>
        <translation>Ein Objekt mit einem „default“-Wert erwartet.</translation>
    </message>
    <message>
        <source>Expected a list of stage entries.</source>
        <translation>Eine Liste von Stage-Einträgen erwartet.</translation>
    </message>
    <message>
        <source>Expected a stage entry (an object with &quot;stage&quot;).</source>
        <translation>Einen Stage-Eintrag erwartet (ein Objekt mit „stage“).</translation>
    </message>
    <message>
        <source>Expected &quot;main&quot; or &quot;side&quot;.</source>
        <translation>„main“ oder „side“ erwartet.</translation>
    </message>
    <message>
        <source>No earlier entry has the id &quot;%1&quot;.</source>
        <translation>Kein früherer Eintrag hat die ID „%1“.</translation>
    </message>
    <message>
        <source>Only side stages (&quot;chain&quot;: &quot;side&quot;) can name the stage they hang off.</source>
        <translation>Nur Neben-Stages („chain“: „side“) können die Stage nennen, an der sie hängen.</translation>
    </message>
    <message>
        <source>Expected the stage&apos;s JSON (an object with at least &quot;type&quot; and &quot;name&quot;).</source>
        <translation>Das JSON der Stage erwartet (ein Objekt mit mindestens „type“ und „name“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set from the entry&apos;s &quot;chain&quot;; remove it from the flow.</source>
        <translation>„%1“ wird aus „chain“ des Eintrags gesetzt; entfernen Sie es aus dem Flow.</translation>
    </message>
    <message>
        <source>The stage has no &quot;%1&quot;.</source>
        <translation>Die Stage hat kein „%1“.</translation>
    </message>
    <message>
        <source>Expected a list of env blocks ({&quot;match&quot;: &quot;prod*&quot;, &quot;stages&quot;: […]}).</source>
        <translation>Eine Liste von Umgebungsblöcken erwartet ({&quot;match&quot;: &quot;prod*&quot;, &quot;stages&quot;: […]}).</translation>
    </message>
    <message>
        <source>Expected a pattern for env names, such as &quot;prod*&quot; or &quot;*&quot;.</source>
        <translation>Ein Muster für Umgebungsnamen erwartet, etwa „prod*“ oder „*“.</translation>
    </message>
    <message>
        <source>Expected a list of checks.</source>
        <translation>Eine Liste von Prüfungen erwartet.</translation>
    </message>
    <message>
        <source>A check needs &quot;when&quot;.</source>
        <translation>Eine Prüfung braucht „when“.</translation>
    </message>
    <message>
        <source>Expected &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>„warning“ oder „error“ erwartet.</translation>
    </message>
    <message>
        <source>A check needs a &quot;message&quot;.</source>
        <translation>Eine Prüfung braucht eine „message“.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <source>The built-in flow &quot;%1&quot; is missing from the program; build it again.</source>
        <translation>Der eingebaute Flow &quot;%1&quot; fehlt im Programm; bauen Sie es neu.</translation>
    </message>
    <message>
        <source>The precompiled built-in flow cannot be used: %1 The program was not built correctly; build it again.</source>
        <translation>Der vorkompilierte eingebaute Flow kann nicht verwendet werden: %1 Das Programm wurde nicht richtig gebaut; bauen Sie es neu.</translation>
    </message>
    <message>
        <source>it is not a precompiled flow.</source>
        <translation>es ist kein vorkompilierter Flow.</translation>
    </message>
    <message>
        <source>it has format version %1; this program reads version %2.</source>
        <translation>er hat die Formatversion %1; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <source>it was made from another version of the flow&apos;s JSON text.</source>
        <translation>er wurde aus einer anderen Fassung des JSON-Texts des Flows erzeugt.</translation>
    </message>
    <message>
        <source>its content is damaged or truncated.</source>
        <translation>sein Inhalt ist beschädigt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>FlowCheck</name>
    <message>
        <source>approval_skip is ignored: foremast.cfg does not enable approval skip for {{ env }} (env_configs.{{ env }}.enable_approval_skip), so the Checkpoint stays.</source>
        <translation>approval_skip wird ignoriert: foremast.cfg erlaubt das Überspringen der Freigabe für {{ env }} nicht (env_configs.{{ env }}.enable_approval_skip), daher bleibt der Checkpoint.</translation>
    </message>
    <message>
        <source>custom_scaling_policies alone adds no Attach Scaling Policy stage (as in Foremast v5); set a scaling_policy as well to have them applied.</source>
        <translation>custom_scaling_policies allein fügt keine Stage „Attach Scaling Policy“ hinzu (wie in Foremast v5); setzen Sie zusätzlich eine scaling_policy, damit sie angewendet werden.</translation>
    </message>
    <message>
        <source>Completion webhooks are not part of the documented flow: those of {{ env }} are not generated (the foremast-v5 flow, or a flow of your own, adds them).</source>
        <translation>Webhooks nach Abschluss gehören nicht zum dokumentierten Flow: Die von {{ env }} werden nicht erzeugt (der Flow foremast-v5 oder ein eigener Flow fügt sie hinzu).</translation>
    </message>
    <message>
        <source>Foremast v5 adds no completion webhooks to prod-named envs; those of {{ env }} are not generated.</source>
        <translation>Foremast v5 fügt Umgebungen mit „prod“ im Namen keine Webhooks nach Abschluss hinzu; die von {{ env }} werden nicht erzeugt.</translation>
    </message>
    <message>
        <source>Foremast v5 looks for a pipeline_{{ env }}.json.j2 template for this env and ships none; this flow uses the prod block.</source>
        <translation>Foremast v5 sucht für diese Umgebung eine Vorlage pipeline_{{ env }}.json.j2 und liefert keine mit; dieser Flow verwendet den prod-Block.</translation>
    </message>
    <message>
        <source>Foremast v5 cannot generate this env: for prod-named envs it looks for a pipeline_{{ env }}_cloudfunction.json.j2 template and ships only pipeline_prod_cloudfunction.json.j2.</source>
        <translation>Foremast v5 kann diese Umgebung nicht erzeugen: Für Umgebungen mit „prod“ im Namen sucht es eine Vorlage pipeline_{{ env }}_cloudfunction.json.j2 und liefert nur pipeline_prod_cloudfunction.json.j2 mit.</translation>
    </message>
    <message>
        <source>Foremast v5 cannot generate this env: for prod-named envs it looks for a pipeline_{{ env }}_datapipeline.json.j2 template and ships only pipeline_prod_datapipeline.json.j2.</source>
        <translation>Foremast v5 kann diese Umgebung nicht erzeugen: Für Umgebungen mit „prod“ im Namen sucht es eine Vorlage pipeline_{{ env }}_datapipeline.json.j2 und liefert nur pipeline_prod_datapipeline.json.j2 mit.</translation>
    </message>
    <message>
        <source>Foremast v5 cannot generate this env: for prod-named envs it looks for a pipeline_{{ env }}_lambda.json.j2 template and ships only pipeline_prod_lambda.json.j2.</source>
        <translation>Foremast v5 kann diese Umgebung nicht erzeugen: Für Umgebungen mit „prod“ im Namen sucht es eine Vorlage pipeline_{{ env }}_lambda.json.j2 und liefert nur pipeline_prod_lambda.json.j2 mit.</translation>
    </message>
    <message>
        <source>Foremast v5 cannot generate this env: for prod-named envs it looks for a pipeline_{{ env }}_s3.json.j2 template and ships only pipeline_prod_s3.json.j2.</source>
        <translation>Foremast v5 kann diese Umgebung nicht erzeugen: Für Umgebungen mit „prod“ im Namen sucht es eine Vorlage pipeline_{{ env }}_s3.json.j2 und liefert nur pipeline_prod_s3.json.j2 mit.</translation>
    </message>
    <message>
        <source>Foremast v5 cannot generate this env: for prod-named envs it looks for a pipeline_{{ env }}_stepfunction.json.j2 template and ships only pipeline_prod_stepfunction.json.j2.</source>
        <translation>Foremast v5 kann diese Umgebung nicht erzeugen: Für Umgebungen mit „prod“ im Namen sucht es eine Vorlage pipeline_{{ env }}_stepfunction.json.j2 und liefert nur pipeline_prod_stepfunction.json.j2 mit.</translation>
    </message>
</context>
<context>
    <name>FlowTemplate</name>
    <message>
        <source>&quot;%1&quot; is not a variable path (names separated by dots).</source>
        <translation>„%1“ ist kein Variablenpfad (durch Punkte getrennte Namen).</translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot;.</source>
        <translation>Unbekannte Variable „%1“.</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; cannot be used here.</source>
        <translation>Die Variable „%1“ kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Unknown flow setting &quot;%1&quot;.</source>
        <translation>Unbekannte Flow-Einstellung „%1“.</translation>
    </message>
    <message>
        <source>default(…) needs one JSON value, such as default({}) or default(&quot;none&quot;).</source>
        <translation>default(…) braucht genau einen JSON-Wert, etwa default({}) oder default(&quot;none&quot;).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: compare with &apos;text&apos;, a number, true, false or null.</source>
        <translation>„%1“ kann nicht gelesen werden: Vergleichen Sie mit &apos;text&apos;, einer Zahl, true, false oder null.</translation>
    </message>
    <message>
        <source>A placeholder &quot;{{&quot; is not closed with &quot;}}&quot;.</source>
        <translation>Ein Platzhalter „{{“ wird nicht mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: expected a list such as [&apos;canary&apos;, &apos;redblack&apos;].</source>
        <translation>„%1“ kann nicht gelesen werden: Eine Liste wie [&apos;canary&apos;, &apos;redblack&apos;] wird erwartet.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot; (known: upper, lower, capitalize, string, json, base64, number, default(…), optional).</source>
        <translation>Unbekannter Filter „%1“ (bekannt: upper, lower, capitalize, string, json, base64, number, default(…), optional).</translation>
    </message>
</context>
<context>
    <name>ForemastConfig</name>
    <message>
        <source>The Foremast configuration file does not exist.</source>
        <translation>Die Foremast-Konfigurationsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Expected a JSON object: %1.</source>
        <translation>Ein JSON-Objekt erwartet: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>ForemastLimits</name>
    <message>
        <source>%1: Foremast cannot render this runway (we do).</source>
        <translation>%1: Foremast kann diese Runway nicht rendern (der Designer schon).</translation>
    </message>
    <message>
        <source>A quote, backslash or control character here is pasted unescaped into its JSON</source>
        <translation>Ein Anführungszeichen, Backslash oder Steuerzeichen an dieser Stelle wird unmaskiert in sein JSON eingefügt</translation>
    </message>
    <message>
        <source>A webhook without &quot;payload&quot; (its template fails on the missing value)</source>
        <translation>Ein Webhook ohne „payload“ (seine Vorlage scheitert am fehlenden Wert)</translation>
    </message>
    <message>
        <source>Grace periods written one as text, one as a number cannot be added by Foremast</source>
        <translation>Karenzzeiten, von denen eine als Text und eine als Zahl geschrieben ist, kann Foremast nicht addieren</translation>
    </message>
    <message>
        <source>Without &quot;regions&quot; the env goes to %1 only, which foremast.cfg&apos;s [base] regions (%2) lack</source>
        <translation>Ohne „regions“ wird die Umgebung nur nach %1 deployt, das in [base] regions von foremast.cfg (%2) fehlt</translation>
    </message>
    <message>
        <source>Foremast treats env &quot;%1&quot; as prod and looks for a template pipeline_%1.json.j2 it does not have</source>
        <translation>Foremast behandelt die Umgebung „%1“ als prod und sucht eine Vorlage pipeline_%1.json.j2, die es nicht hat</translation>
    </message>
    <message>
        <source>foremast.cfg [base] env_configs is read as text, not JSON, and fails for env &quot;%1&quot;</source>
        <translation>[base] env_configs in foremast.cfg wird als Text statt als JSON gelesen und scheitert für die Umgebung „%1“</translation>
    </message>
    <message>
        <source>foremast.cfg has no %1, so Foremast reads no env file (we read them all)</source>
        <translation>foremast.cfg hat kein %1, daher liest Foremast keine Umgebungsdatei (der Designer liest alle)</translation>
    </message>
    <message>
        <source>null where Foremast reads or computes with a value</source>
        <translation>null, wo Foremast einen Wert liest oder damit rechnet</translation>
    </message>
    <message>
        <source>A byte order mark at the start of the file (Python&apos;s JSON reader refuses it)</source>
        <translation>Eine Bytereihenfolge-Markierung am Dateianfang (Pythons JSON-Leser lehnt sie ab)</translation>
    </message>
    <message>
        <source>An object where the value beneath it (the file&apos;s or Foremast&apos;s default) is no object: Foremast&apos;s merge fails</source>
        <translation>Ein Objekt, wo der Wert darunter (der Datei oder Foremasts Vorgabe) kein Objekt ist: Foremasts Zusammenführung schlägt fehl</translation>
    </message>
    <message>
        <source>&quot;regions&quot;: null (Foremast iterates it)</source>
        <translation>&quot;regions&quot;: null (Foremast durchläuft es)</translation>
    </message>
</context>
<context>
    <name>GateDiscovery</name>
    <message>
        <source>foremast.cfg (%1)</source>
        <translation>foremast.cfg (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable Gate URL.</source>
        <translation>„%1“ ist keine brauchbare Gate-URL.</translation>
    </message>
    <message>
        <source>foremast.cfg asks for Google IAP with a service account; the designer cannot mint IAP tokens. Give it an IAP id token as the bearer token.</source>
        <translation>foremast.cfg verlangt Google IAP mit einem Dienstkonto; der Designer kann keine IAP-Tokens ausstellen. Geben Sie ihm ein IAP-ID-Token als Bearer-Token.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>the designer&apos;s settings</source>
        <translation>die Einstellungen des Designers</translation>
    </message>
    <message>
        <source>No Gate is configured. Pass --gate URL, set gate_api_url in foremast.cfg, or configure gate.endpoint in %1.</source>
        <translation>Kein Gate eingerichtet. Geben Sie --gate URL an, setzen Sie gate_api_url in foremast.cfg oder richten Sie gate.endpoint in %1 ein.</translation>
    </message>
</context>
<context>
    <name>GateError</name>
    <message>
        <source>Gate said: &quot;%1&quot;</source>
        <translation>Gate meldete: „%1“</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Sign in again: check the sign-in method and the user name, password or token.</source>
        <translation>Melden Sie sich erneut an: Prüfen Sie die Anmeldeart und Benutzername, Passwort oder Token.</translation>
    </message>
    <message>
        <source>The request was sent, so Gate may have carried it out. Re-read before trying again.</source>
        <translation>Die Anfrage wurde gesendet, Gate hat sie also vielleicht ausgeführt. Lesen Sie neu ein, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Gate did not answer within %n second(s).</source>
        <translation>
            <numerusform>Gate hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Gate hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again later, or raise the timeout.</source>
        <translation>Versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The secure connection to Gate failed.</source>
        <translation>Die sichere Verbindung zu Gate ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the CA bundle, the client certificate and that the Gate URL names the host in its certificate.</source>
        <translation>Prüfen Sie das CA-Bündel, das Client-Zertifikat und ob die Gate-URL den Host aus dessen Zertifikat nennt.</translation>
    </message>
    <message>
        <source>Gate closed the connection before answering.</source>
        <translation>Gate hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Check that Gate and any proxy in front of it are running.</source>
        <translation>Prüfen Sie, ob Gate und ein eventuell vorgeschalteter Proxy laufen.</translation>
    </message>
    <message>
        <source>Gate cannot be reached.</source>
        <translation>Gate ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the Gate URL, your network or VPN, and that Gate is running.</source>
        <translation>Prüfen Sie die Gate-URL, Ihr Netzwerk oder VPN und ob Gate läuft.</translation>
    </message>
    <message>
        <source>Another pipeline in this application already has this name (Spinnaker ignores case).</source>
        <translation>Eine andere Pipeline dieser Anwendung hat bereits diesen Namen (Spinnaker unterscheidet nicht zwischen Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>Rename or delete the other pipeline in Spinnaker, or publish under another name.</source>
        <translation>Benennen Sie die andere Pipeline in Spinnaker um oder löschen Sie sie, oder veröffentlichen Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Someone changed this pipeline in Spinnaker after the designer read it; nothing was overwritten.</source>
        <translation>Jemand hat diese Pipeline in Spinnaker geändert, nachdem der Designer sie gelesen hatte; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Publish again to see their change in the diff, then decide.</source>
        <translation>Veröffentlichen Sie erneut, um die fremde Änderung im Vergleich zu sehen, und entscheiden Sie dann.</translation>
    </message>
    <message>
        <source>Spinnaker denied access: you may not change this application.</source>
        <translation>Spinnaker hat den Zugriff verweigert: Sie dürfen diese Anwendung nicht ändern.</translation>
    </message>
    <message>
        <source>Ask a Spinnaker administrator for WRITE permission, or sign in as another user.</source>
        <translation>Bitten Sie einen Spinnaker-Administrator um WRITE-Berechtigung oder melden Sie sich als anderer Benutzer an.</translation>
    </message>
    <message>
        <source>Gate stopped waiting before Spinnaker finished saving.</source>
        <translation>Gate hat das Warten beendet, bevor Spinnaker mit dem Speichern fertig war.</translation>
    </message>
    <message>
        <source>The save may still land. Re-read before trying again.</source>
        <translation>Das Speichern kann noch ankommen. Lesen Sie neu ein, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The pipeline template this pipeline uses does not exist in Spinnaker.</source>
        <translation>Die Pipeline-Vorlage, die diese Pipeline verwendet, existiert in Spinnaker nicht.</translation>
    </message>
    <message>
        <source>Gate refused the request.</source>
        <translation>Gate hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Gate sent no answer.</source>
        <translation>Gate hat keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>Not signed in: Gate sent the request to its login page.</source>
        <translation>Nicht angemeldet: Gate hat die Anfrage an seine Anmeldeseite geleitet.</translation>
    </message>
    <message>
        <source>Gate redirected the request to %1; the designer does not follow redirects.</source>
        <translation>Gate hat die Anfrage nach %1 umgeleitet; der Designer folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>Check the Gate URL (http or https, port, path).</source>
        <translation>Prüfen Sie die Gate-URL (http oder https, Port, Pfad).</translation>
    </message>
    <message>
        <source>Not signed in: a login page came back instead of data.</source>
        <translation>Nicht angemeldet: Statt Daten kam eine Anmeldeseite zurück.</translation>
    </message>
    <message>
        <source>Gate&apos;s answer is not JSON.</source>
        <translation>Die Antwort von Gate ist kein JSON.</translation>
    </message>
    <message>
        <source>Not signed in: Gate asks for authentication.</source>
        <translation>Nicht angemeldet: Gate verlangt eine Authentifizierung.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Sign in as a user allowed to do this, or check your client certificate.</source>
        <translation>Melden Sie sich als ein Benutzer an, der dies darf, oder prüfen Sie Ihr Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The application does not exist in Spinnaker.</source>
        <translation>Die Anwendung existiert in Spinnaker nicht.</translation>
    </message>
    <message>
        <source>Let the designer create it, or check the application name.</source>
        <translation>Lassen Sie den Designer sie anlegen oder prüfen Sie den Anwendungsnamen.</translation>
    </message>
    <message>
        <source>Gate does not know this item.</source>
        <translation>Gate kennt dieses Objekt nicht.</translation>
    </message>
    <message>
        <source>Gate, or a proxy in front of it, is unavailable.</source>
        <translation>Gate oder ein vorgeschalteter Proxy ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask your Spinnaker administrators.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, fragen Sie Ihre Spinnaker-Administratoren.</translation>
    </message>
    <message>
        <source>Gate or a service behind it (Front50, Orca) failed.</source>
        <translation>Gate oder ein Dienst dahinter (Front50, Orca) ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>GateSettings</name>
    <message>
        <source>%1 is plain http: the password or token is sent unencrypted and anyone on the network between you and Gate can read it. Use https.</source>
        <translation>%1 ist reines http: Das Passwort oder Token wird unverschlüsselt gesendet, und jeder im Netz zwischen Ihnen und Gate kann es mitlesen. Verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>IdentityResolver</name>
    <message>
        <source>designer settings file</source>
        <translation>Einstellungsdatei des Designers</translation>
    </message>
    <message>
        <source>git remote</source>
        <translation>Git-Remote</translation>
    </message>
    <message>
        <source>folder names</source>
        <translation>Ordnernamen</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
</context>
<context>
    <name>InfrastructureChecks</name>
    <message>
        <source>Eureka is on, so Foremast&apos;s infrastructure step creates no Lambda function here (it checks Eureka before the pipeline type): the deploy has nothing to deploy to.</source>
        <translation>Eureka ist eingeschaltet, daher legt Foremasts Infrastrukturschritt hier keine Lambda-Funktion an (er prüft Eureka vor dem Pipeline-Typ): Das Deployment hat kein Ziel.</translation>
    </message>
    <message>
        <source>Eureka is on, so Foremast&apos;s infrastructure step creates no S3 bucket here (it checks Eureka before the pipeline type): the deploy has nothing to deploy to.</source>
        <translation>Eureka ist eingeschaltet, daher legt Foremasts Infrastrukturschritt hier keinen S3-Bucket an (er prüft Eureka vor dem Pipeline-Typ): Das Deployment hat kein Ziel.</translation>
    </message>
    <message>
        <source>Eureka is on, so Foremast&apos;s infrastructure step creates no data pipeline here (it checks Eureka before the pipeline type): the deploy has nothing to deploy to.</source>
        <translation>Eureka ist eingeschaltet, daher legt Foremasts Infrastrukturschritt hier keine Data Pipeline an (er prüft Eureka vor dem Pipeline-Typ): Das Deployment hat kein Ziel.</translation>
    </message>
    <message>
        <source>Eureka is on, so Foremast&apos;s infrastructure step creates no state machine here (it checks Eureka before the pipeline type): the deploy has nothing to deploy to.</source>
        <translation>Eureka ist eingeschaltet, daher legt Foremasts Infrastrukturschritt hier keine State Machine an (er prüft Eureka vor dem Pipeline-Typ): Das Deployment hat kein Ziel.</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A setting appears before any [section].</source>
        <translation>Eine Einstellung steht vor jeder [Sektion].</translation>
    </message>
    <message>
        <source>Expected &quot;key = value&quot;.</source>
        <translation>„Schlüssel = Wert“ erwartet.</translation>
    </message>
</context>
<context>
    <name>JinjaRenderer</name>
    <message>
        <source>Rendering Jinja templates needs Python 3 with Jinja2: install the package python3-jinja2.</source>
        <translation>Zum Rendern von Jinja-Vorlagen wird Python 3 mit Jinja2 benötigt: Installieren Sie das Paket python3-jinja2.</translation>
    </message>
    <message>
        <source>(%1 cannot be started: %2)</source>
        <translation>(%1 kann nicht gestartet werden: %2)</translation>
    </message>
    <message>
        <source>Rendering Jinja templates took longer than %1 s: stopped.</source>
        <translation>Das Rendern der Jinja-Vorlagen dauerte länger als %1 s: abgebrochen.</translation>
    </message>
    <message>
        <source>The Jinja helper failed: %1</source>
        <translation>Das Jinja-Hilfsprogramm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Jinja: %1</source>
        <translation>Jinja: %1</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Expected a file but found a folder.</source>
        <translation>Eine Datei erwartet, aber einen Ordner gefunden.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused.</source>
        <translation>Die Datei ist %1 MB groß; Dateien über %2 MB werden abgelehnt.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused.</source>
        <translation>Die Datei ist größer als %1 MB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The file is empty; it must hold a JSON object.</source>
        <translation>Die Datei ist leer; sie muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object, not an array or a value.</source>
        <translation>Die Datei muss ein JSON-Objekt enthalten, kein Array und keinen einzelnen Wert.</translation>
    </message>
    <message>
        <source>Expected a file but found a special file (FIFO, device or socket); it was not read.</source>
        <translation>Eine Datei erwartet, aber eine Spezialdatei (FIFO, Gerät oder Socket) gefunden; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Invalid JSON: a raw control character (U+%1) inside a string; write it as an escape such as \u%1.</source>
        <translation>Ungültiges JSON: ein unmaskiertes Steuerzeichen (U+%1) in einem String; schreiben Sie es als Escape-Sequenz wie \u%1.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password or token for %1 is stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund ist kein Passwort und kein Token für %1 gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access to %1.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff auf %1 verweigert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Der System-Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>ManualPipelines</name>
    <message>
        <source>Expected a list of pipeline file names.</source>
        <translation>Eine Liste von Pipeline-Dateinamen erwartet.</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a pipeline (a JSON object) or a list of pipelines.</source>
        <translation>Eine Pipeline (ein JSON-Objekt) oder eine Liste von Pipelines erwartet.</translation>
    </message>
    <message>
        <source>Expected a file name.</source>
        <translation>Einen Dateinamen erwartet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a templates folder: set templates_path in foremast.cfg or give --templates-path.</source>
        <translation>„%1“ braucht einen Vorlagenordner: Setzen Sie templates_path in foremast.cfg oder geben Sie --templates-path an.</translation>
    </message>
    <message>
        <source>Cannot read the pipeline file %1: %2</source>
        <translation>Die Pipeline-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>get_canary_id() gave placeholder ids: canary configs are only known when publishing.</source>
        <translation>get_canary_id() hat Platzhalter-IDs geliefert: Canary-Konfigurationen sind erst beim Veröffentlichen bekannt.</translation>
    </message>
    <message>
        <source>The rendered template is not valid JSON: %1 at line %2 of the rendered text.</source>
        <translation>Die gerenderte Vorlage ist kein gültiges JSON: %1 in Zeile %2 des gerenderten Texts.</translation>
    </message>
    <message>
        <source>There is no pipeline file %1.</source>
        <translation>Es gibt keine Pipeline-Datei %1.</translation>
    </message>
    <message>
        <source>A control character (such as a tab) inside a string at line %1 of the rendered text: Foremast cannot parse it; write it escaped (\t).</source>
        <translation>Ein Steuerzeichen (etwa ein Tabulator) in einer Zeichenkette in Zeile %1 des gerenderten Textes: Foremast kann es nicht lesen; schreiben Sie es maskiert (\t).</translation>
    </message>
    <message>
        <source>A control character (such as a tab) inside a string: Foremast cannot parse it; write it escaped (\t).</source>
        <translation>Ein Steuerzeichen (etwa ein Tabulator) in einer Zeichenkette: Foremast kann es nicht lesen; schreiben Sie es maskiert (\t).</translation>
    </message>
</context>
<context>
    <name>MiniYaml</name>
    <message>
        <source>Unexpected content; check the indentation.</source>
        <translation>Unerwarteter Inhalt; prüfen Sie die Einrückung.</translation>
    </message>
    <message>
        <source>Only one YAML document is supported.</source>
        <translation>Nur ein YAML-Dokument wird unterstützt.</translation>
    </message>
    <message>
        <source>YAML directives are not supported.</source>
        <translation>YAML-Direktiven werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Content after the end of the document (&quot;...&quot;).</source>
        <translation>Inhalt nach dem Ende des Dokuments („...“).</translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation in YAML.</source>
        <translation>In YAML können Tabulatoren nicht zum Einrücken verwendet werden.</translation>
    </message>
    <message>
        <source>Unexpected indentation (a value cannot continue on the next line).</source>
        <translation>Unerwartete Einrückung (ein Wert kann nicht in der nächsten Zeile weitergehen).</translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot;.</source>
        <translation>„Schlüssel: Wert“ erwartet.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Anchors, aliases and tags are not supported.</source>
        <translation>Anker, Aliase und Tags werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unexpected characters after the block scalar indicator.</source>
        <translation>Unerwartete Zeichen nach dem Blockskalar-Indikator.</translation>
    </message>
    <message>
        <source>This line is less indented than the text block it belongs to.</source>
        <translation>Diese Zeile ist weniger eingerückt als der Textblock, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>Unexpected text after the value: &quot;%1&quot;.</source>
        <translation>Unerwarteter Text nach dem Wert: „%1“.</translation>
    </message>
    <message>
        <source>A quoted value must end on the same line.</source>
        <translation>Ein Wert in Anführungszeichen muss in derselben Zeile enden.</translation>
    </message>
    <message>
        <source>Unknown escape sequence &quot;\%1&quot; in a double-quoted value.</source>
        <translation>Unbekannte Escape-Sequenz „\%1“ in einem Wert in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a value here; quote the value.</source>
        <translation>„%1“ kann hier keinen Wert beginnen; setzen Sie den Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A value cannot contain &quot;: &quot;; put it in quotes.</source>
        <translation>Ein Wert kann nicht „: “ enthalten; setzen Sie ihn in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; in a [list].</source>
        <translation>„,“ oder „]“ in einer [Liste] erwartet.</translation>
    </message>
    <message>
        <source>A [list] must end on the same line.</source>
        <translation>Eine [Liste] muss in derselben Zeile enden.</translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot; in a {mapping}.</source>
        <translation>„Schlüssel: Wert“ in einer {Zuordnung} erwartet.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; in a {mapping}.</source>
        <translation>„,“ oder „}“ in einer {Zuordnung} erwartet.</translation>
    </message>
    <message>
        <source>A {mapping} must end on the same line.</source>
        <translation>Eine {Zuordnung} muss in derselben Zeile enden.</translation>
    </message>
    <message>
        <source>This line holds a credential that is not valid YAML; fix it (its value is not shown).</source>
        <translation>Diese Zeile enthält Zugangsdaten, die kein gültiges YAML sind; korrigieren Sie sie (der Wert wird nicht gezeigt).</translation>
    </message>
</context>
<context>
    <name>NewRunway</name>
    <message>
        <source>The new runway could not be written: %1</source>
        <translation>Die neue Runway konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie das %1 ein.</translation>
    </message>
    <message>
        <source>The %1 “%2” contains a space.</source>
        <translation>Das %1 „%2“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The %1 “%2” contains “%3”, which cannot be in a folder name.</source>
        <translation>Das %1 „%2“ enthält „%3“, das in keinem Ordnernamen stehen kann.</translation>
    </message>
    <message>
        <source>Choose an existing folder to create the runway in.</source>
        <translation>Wählen Sie einen vorhandenen Ordner, in dem die Runway angelegt wird.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Add at least one environment.</source>
        <translation>Fügen Sie mindestens eine Umgebung hinzu.</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Wählen Sie mindestens eine Region.</translation>
    </message>
    <message>
        <source>%1 already holds a runway; open it instead.</source>
        <translation>%1 enthält bereits eine Runway; öffnen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>OnetimePipelines</name>
    <message>
        <source>A one-time pipeline cannot combine the flows %1 and %2: their settings differ.</source>
        <translation>Eine einmalige Pipeline kann die Flows %1 und %2 nicht verbinden: Ihre Einstellungen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Foremast cannot make a one-time pipeline for %1 in %2 before the app has its regular pipeline there (&quot;%3&quot;): publish the regular pipelines first.</source>
        <translation>Foremast kann für %1 in %2 keine einmalige Pipeline erzeugen, bevor die Anwendung dort ihre reguläre Pipeline hat („%3“): Veröffentlichen Sie zuerst die regulären Pipelines.</translation>
    </message>
</context>
<context>
    <name>PipelineGenerator</name>
    <message>
        <source>Not deployed anywhere: %1 is missing.</source>
        <translation>Wird nirgends deployt: %1 fehlt.</translation>
    </message>
    <message>
        <source>Lists no regions: not deployed anywhere.</source>
        <translation>Nennt keine Regionen: wird nirgends deployt.</translation>
    </message>
    <message>
        <source>No subnets for this env in this region: left out of the pipeline, as Foremast does.</source>
        <translation>Keine Subnetze für diese Umgebung in dieser Region: wie bei Foremast aus der Pipeline weggelassen.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; has no env block matching this env.</source>
        <translation>Der Flow „%1“ hat keinen Umgebungsblock, der auf diese Umgebung passt.</translation>
    </message>
    <message>
        <source>This pipeline deploys to no env.</source>
        <translation>Diese Pipeline deployt in keine Umgebung.</translation>
    </message>
    <message>
        <source>%1: &quot;forEach&quot; needs a list; the setting holds something else.</source>
        <translation>%1: „forEach“ braucht eine Liste; die Einstellung enthält etwas anderes.</translation>
    </message>
    <message>
        <source>%1: a side stage needs a main stage before it to hang off.</source>
        <translation>%1: Eine Neben-Stage braucht davor eine Haupt-Stage, an der sie hängt.</translation>
    </message>
    <message>
        <source>Spinnaker already has a pipeline &quot;%1&quot;, whose name differs only in case or spaces; Spinnaker will refuse to save &quot;%2&quot; beside it.</source>
        <translation>Spinnaker hat bereits eine Pipeline „%1“, deren Name sich nur in Groß-/Kleinschreibung oder Leerzeichen unterscheidet; Spinnaker wird „%2“ daneben nicht speichern.</translation>
    </message>
    <message>
        <source>Pipeline type &quot;%1&quot; is not supported yet: the flow &quot;%2&quot; generates %3 pipelines.</source>
        <translation>Der Pipeline-Typ „%1“ wird noch nicht unterstützt: Der Flow „%2“ erzeugt %3-Pipelines.</translation>
    </message>
    <message>
        <source>Not in foremast.cfg&apos;s %1 (%2): Foremast would not read its file; Foremast cannot render this runway (we do).</source>
        <translation>Nicht in %1 von foremast.cfg (%2): Foremast würde ihre Datei nicht lesen; Foremast kann diese Runway nicht rendern (der Designer schon).</translation>
    </message>
</context>
<context>
    <name>PipelineMatching</name>
    <message>
        <source>%1 in Spinnaker</source>
        <translation>%1 in Spinnaker</translation>
    </message>
    <message>
        <source>%1 to publish</source>
        <translation>%1 zum Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>PipelineValidator</name>
    <message>
        <source>&quot;stages&quot; must be a list.</source>
        <translation>„stages“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The pipeline has no name.</source>
        <translation>Die Pipeline hat keinen Namen.</translation>
    </message>
    <message>
        <source>Spinnaker rejects pipeline names containing &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>Spinnaker lehnt Pipeline-Namen ab, die „%1“ enthalten: „%2“.</translation>
    </message>
    <message>
        <source>The name starts or ends with spaces; Spinnaker removes them when saving.</source>
        <translation>Der Name beginnt oder endet mit Leerzeichen; Spinnaker entfernt sie beim Speichern.</translation>
    </message>
    <message>
        <source>The pipeline names no application.</source>
        <translation>Die Pipeline nennt keine Anwendung.</translation>
    </message>
    <message>
        <source>A pipeline parameter has no name.</source>
        <translation>Ein Pipeline-Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>The Jenkins trigger has no &quot;%1&quot;.</source>
        <translation>Der Jenkins-Trigger hat kein „%1“.</translation>
    </message>
    <message>
        <source>The notification has no type.</source>
        <translation>Die Benachrichtigung hat keinen Typ.</translation>
    </message>
    <message>
        <source>The %1 notification has no address (Foremast&apos;s v1 notifications always come as a slack and email pair, even when one address is empty).</source>
        <translation>Die %1-Benachrichtigung hat keine Adresse (die v1-Benachrichtigungen von Foremast kommen immer als Paar aus slack und email, auch wenn eine Adresse leer ist).</translation>
    </message>
    <message>
        <source>A %1 stage needs &quot;%2&quot;.</source>
        <translation>Eine %1-Stage braucht „%2“.</translation>
    </message>
    <message>
        <source>A stage must be an object.</source>
        <translation>Eine Stage muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>refId should be a string (Spinnaker converts numbers).</source>
        <translation>refId sollte ein String sein (Spinnaker wandelt Zahlen um).</translation>
    </message>
    <message>
        <source>The stage has no refId.</source>
        <translation>Die Stage hat keine refId.</translation>
    </message>
    <message>
        <source>The stage has no name.</source>
        <translation>Die Stage hat keinen Namen.</translation>
    </message>
    <message>
        <source>The stage has no type.</source>
        <translation>Die Stage hat keinen Typ.</translation>
    </message>
    <message>
        <source>requisiteStageRefIds must be a list of refIds.</source>
        <translation>requisiteStageRefIds muss eine Liste von refIds sein.</translation>
    </message>
    <message>
        <source>Another stage (&quot;%1&quot;) already has the refId %2.</source>
        <translation>Eine andere Stage („%1“) hat bereits die refId %2.</translation>
    </message>
    <message>
        <source>stageTimeoutMs is not a number: no time is set.</source>
        <translation>stageTimeoutMs ist keine Zahl: Es ist keine Zeit gesetzt.</translation>
    </message>
    <message>
        <source>The cluster names no account.</source>
        <translation>Der Cluster nennt kein Konto.</translation>
    </message>
    <message>
        <source>The cluster has no availability zones.</source>
        <translation>Der Cluster hat keine Availability Zones.</translation>
    </message>
    <message>
        <source>The stage waits for itself.</source>
        <translation>Die Stage wartet auf sich selbst.</translation>
    </message>
    <message>
        <source>The stage waits for refId %1, which no stage has.</source>
        <translation>Die Stage wartet auf die refId %1, die keine Stage hat.</translation>
    </message>
    <message>
        <source>No bake (or find image) stage runs before this deploy; Deck warns about it.</source>
        <translation>Vor diesem Deploy läuft keine Bake- (oder Find-Image-)Stage; Deck warnt davor.</translation>
    </message>
    <message>
        <source>The stage repeats stage %1 exactly, so it runs twice (Foremast v5 deploys prod-named envs twice).</source>
        <translation>Die Stage wiederholt Stage %1 genau, läuft also zweimal (Foremast v5 deployt Umgebungen mit „prod“ im Namen zweimal).</translation>
    </message>
    <message>
        <source>These stages wait for each other in a cycle, so none can start: %1.</source>
        <translation>Diese Stages warten im Kreis aufeinander, daher kann keine starten: %1.</translation>
    </message>
    <message>
        <source>Two pipelines are named &quot;%1&quot; and &quot;%2&quot;; Spinnaker treats these names as the same.</source>
        <translation>Zwei Pipelines heißen „%1“ und „%2“; Spinnaker behandelt diese Namen als gleich.</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>wird bestätigt</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>canceled, not sent</source>
        <translation>abgebrochen, nicht gesendet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the designer&apos;s settings</source>
        <translation>die Einstellungen des Designers</translation>
    </message>
</context>
<context>
    <name>Runway</name>
    <message>
        <source>The runway folder does not exist.</source>
        <translation>Der Runway-Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Expected a runway folder (holding pipeline.json and application-master-*.json).</source>
        <translation>Einen Runway-Ordner erwartet (mit pipeline.json und application-master-*.json).</translation>
    </message>
    <message>
        <source>The runway folder cannot be read.</source>
        <translation>Der Runway-Ordner kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>Die Datei kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>This folder has no pipeline.json, so it is not a runway. Choose the runway folder, or create pipeline.json (&quot;{}&quot; gives Foremast&apos;s defaults).</source>
        <translation>Dieser Ordner hat keine pipeline.json und ist daher keine Runway. Wählen Sie den Runway-Ordner oder legen Sie pipeline.json an („{}“ ergibt die Vorgaben von Foremast).</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; the file was skipped. Rename it.</source>
        <translation>Der Dateiname ist kein gültiges UTF-8; die Datei wurde übersprungen. Benennen Sie sie um.</translation>
    </message>
    <message>
        <source>This folder has no pipeline.json, so it is not a runway; its subfolder %1 is one. Open that folder instead.</source>
        <translation>Dieser Ordner hat keine pipeline.json und ist daher keine Runway; sein Unterordner %1 ist eine. Öffnen Sie stattdessen diesen Ordner.</translation>
    </message>
</context>
<context>
    <name>RunwayChecks</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list of regions or an object of region overrides</source>
        <translation>eine Liste von Regionen oder ein Objekt mit Regions-Überschreibungen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet wurde %1, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>Expected a region name, found %1.</source>
        <translation>Erwartet wurde ein Regionsname, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>Expected an object of overrides for region %1, found %2.</source>
        <translation>Erwartet wurde ein Objekt mit Überschreibungen für die Region %1, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>Expected a list of environment names, found %1.</source>
        <translation>Erwartet wurde eine Liste von Umgebungsnamen, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>Expected an environment name, found %1.</source>
        <translation>Erwartet wurde ein Umgebungsname, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>An environment is listed twice.</source>
        <translation>Eine Umgebung ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; is in the pipeline but %2 is missing.</source>
        <translation>Die Umgebung „%1“ steht in der Pipeline, aber %2 fehlt.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; is not in the pipeline (pipeline.json &quot;env&quot;); its file is not used.</source>
        <translation>Die Umgebung „%1“ steht nicht in der Pipeline (pipeline.json „env“); ihre Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name: a region is lowercase letters, digits and hyphens, at most 64 characters (like us-east-1).</source>
        <translation>„%1“ ist kein Regionsname: Eine Region besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, höchstens 64 Zeichen (wie us-east-1).</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1 (Foremast would keep it a fraction and paste it as such).</source>
        <translation>Eine ganze Zahl erwartet, %1 gefunden (Foremast behielte sie als Bruchzahl und fügte sie so ein).</translation>
    </message>
</context>
<context>
    <name>RunwayFileGuard</name>
    <message>
        <source>nothing (the file does not exist)</source>
        <translation>nichts (die Datei existiert nicht)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>einen Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>einen Socket</translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation>einen symbolischen Link ins Leere</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Expected a JSON file but found %1; it was not read.</source>
        <translation>Eine JSON-Datei erwartet, aber %1 gefunden; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The file is a symbolic link to a file outside the runway&apos;s repository (%1); such links are not followed.</source>
        <translation>Die Datei ist ein symbolischer Link auf eine Datei außerhalb des Repositorys der Runway (%1); solchen Links wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The file is a symbolic link; the designer does not write through links. It was not saved (edit the file the link points to instead).</source>
        <translation>Die Datei ist ein symbolischer Link; der Designer schreibt nicht durch Links hindurch. Sie wurde nicht gespeichert (bearbeiten Sie stattdessen die Datei, auf die der Link zeigt).</translation>
    </message>
    <message>
        <source>Expected a JSON file but found %1; it was not saved.</source>
        <translation>Eine JSON-Datei erwartet, aber %1 gefunden; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>RunwayOpener</name>
    <message>
        <source>The example could not be copied here.</source>
        <translation>Das Beispiel konnte nicht hierher kopiert werden.</translation>
    </message>
    <message>
        <source>The flow choice could not be recorded: %1</source>
        <translation>Die Wahl des Flows konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RunwaySave</name>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder or file no longer exists</source>
        <translation>der Ordner oder die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was saved; every file is as it was.</source>
        <extracomment>%1 is what failed (&quot;The file could not be written&quot;), %2 why (&quot;permission denied&quot;).</extracomment>
        <translation>%1: %2. Es wurde nichts gespeichert; jede Datei ist unverändert.</translation>
    </message>
    <message>
        <source>A file of that name appeared on disk; it was not overwritten.</source>
        <translation>Auf der Festplatte ist eine Datei dieses Namens aufgetaucht; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>The file was changed on disk by another program since it was opened; reload it or choose to overwrite it.</source>
        <translation>Die Datei wurde seit dem Öffnen von einem anderen Programm auf der Festplatte geändert; laden Sie sie neu oder wählen Sie Überschreiben.</translation>
    </message>
    <message>
        <source>The file holds something the designer cannot write back exactly (for example a key Qt&apos;s JSON reader changes); it was not saved, so nothing in it is lost. Edit it in a text editor.</source>
        <translation>Die Datei enthält etwas, das der Designer nicht exakt zurückschreiben kann (etwa einen Schlüssel, den Qts JSON-Leser verändert); sie wurde nicht gespeichert, damit nichts darin verloren geht. Bearbeiten Sie sie in einem Texteditor.</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The save could not be recorded</source>
        <translation>Das Speichern konnte nicht protokolliert werden</translation>
    </message>
    <message>
        <source>The file could not be replaced</source>
        <translation>Die Datei konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>The file could not be replaced (%1); the save is recorded and will be finished when the runway is next opened.</source>
        <translation>Die Datei konnte nicht ersetzt werden (%1); das Speichern ist protokolliert und wird beim nächsten Öffnen der Runway abgeschlossen.</translation>
    </message>
    <message>
        <source>The file could not be deleted; it will be deleted when the runway is next opened.</source>
        <translation>Die Datei konnte nicht gelöscht werden; sie wird beim nächsten Öffnen der Runway gelöscht.</translation>
    </message>
    <message>
        <source>An earlier save was interrupted and could not be finished; the runway may hold files from two saves. Check the files, then delete this journal.</source>
        <translation>Ein früheres Speichern wurde unterbrochen und konnte nicht abgeschlossen werden; die Runway kann Dateien aus zwei Speichervorgängen enthalten. Prüfen Sie die Dateien und löschen Sie dann dieses Journal.</translation>
    </message>
    <message>
        <source>An earlier save was interrupted after it was recorded; it was finished now (%1).</source>
        <translation>Ein früheres Speichern wurde nach dem Protokollieren unterbrochen; es wurde jetzt abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>nothing was left to do</source>
        <translation>es war nichts mehr zu tun</translation>
    </message>
    <message>
        <source>An earlier save was interrupted before it replaced any file; every file is as it was before that save, and its unfinished copies were removed (%1).</source>
        <translation>Ein früheres Speichern wurde unterbrochen, bevor es eine Datei ersetzte; jede Datei ist wie vor diesem Speichern, und seine unfertigen Kopien wurden entfernt (%1).</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password or token was given for %1.</source>
        <translation>Für %1 wurde kein Passwort und kein Token angegeben.</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>nur für diese Sitzung im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>SpecialTypes</name>
    <message>
        <source>Foremast does not permit the pipeline type &quot;%1&quot;: foremast.cfg&apos;s [base] aws_types, gcp_types and the manual types do not list it.</source>
        <translation>Foremast erlaubt den Pipeline-Typ „%1“ nicht: [base] aws_types, gcp_types und die manuellen Typen in foremast.cfg führen ihn nicht auf.</translation>
    </message>
    <message>
        <source>Foremast cannot make a one-time pipeline of type &quot;%1&quot;: it looks for the template %2, which it does not ship.</source>
        <translation>Foremast kann keine einmalige Pipeline vom Typ „%1“ erzeugen: Es sucht die Vorlage %2, die es nicht mitliefert.</translation>
    </message>
</context>
<context>
    <name>SpinConfig</name>
    <message>
        <source>&quot;%1&quot; is not a usable Gate URL.</source>
        <translation>„%1“ ist keine brauchbare Gate-URL.</translation>
    </message>
    <message>
        <source>%1 sets auth.ignoreCertErrors: Gate&apos;s certificate will not be checked.</source>
        <translation>%1 setzt auth.ignoreCertErrors: Das Zertifikat von Gate wird nicht geprüft.</translation>
    </message>
    <message>
        <source>spin has no cached OAuth2 token yet. Sign in once with spin (for example &quot;spin application list&quot;), or give the designer a token.</source>
        <translation>spin hat noch kein zwischengespeichertes OAuth2-Token. Melden Sie sich einmal mit spin an (zum Beispiel „spin application list“) oder geben Sie dem Designer ein Token.</translation>
    </message>
    <message>
        <source>Only an IAP id token (auth.iap.iapIdToken) can be used; the designer does not run the IAP sign-in flow. Give the designer an id token instead.</source>
        <translation>Nur ein IAP-ID-Token (auth.iap.iapIdToken) kann verwendet werden; der Designer führt die IAP-Anmeldung nicht selbst durch. Geben Sie dem Designer stattdessen ein ID-Token.</translation>
    </message>
    <message>
        <source>Google service-account sign-in is not supported; give the designer an IAP id token.</source>
        <translation>Die Anmeldung mit einem Google-Dienstkonto wird nicht unterstützt; geben Sie dem Designer ein IAP-ID-Token.</translation>
    </message>
    <message>
        <source>auth.enabled is set but no sign-in method is configured.</source>
        <translation>auth.enabled ist gesetzt, aber keine Anmeldeart ist eingerichtet.</translation>
    </message>
    <message>
        <source>Inline certificates (cert:, key:) are not supported: the key would have to be copied. Save them as files and set certPath and keyPath.</source>
        <translation>Eingebettete Zertifikate (cert:, key:) werden nicht unterstützt: Der Schlüssel müsste kopiert werden. Speichern Sie sie als Dateien und setzen Sie certPath und keyPath.</translation>
    </message>
    <message>
        <source>Both certPath and keyPath are needed.</source>
        <translation>Sowohl certPath als auch keyPath werden benötigt.</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>Ein Benutzername wird benötigt.</translation>
    </message>
    <message>
        <source>Cannot read spin&apos;s configuration: %1.</source>
        <translation>Die Konfiguration von spin kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>spin&apos;s configuration must be a YAML mapping.</source>
        <translation>Die Konfiguration von spin muss eine YAML-Zuordnung sein.</translation>
    </message>
    <message>
        <source>%1: the user name and password in gate.endpoint are ignored; set them under auth.</source>
        <translation>%1: Benutzername und Passwort in gate.endpoint werden ignoriert; setzen Sie sie unter auth.</translation>
    </message>
    <message>
        <source>This line is not valid YAML once its $VARIABLES are expanded (their values are not shown).</source>
        <translation>Diese Zeile ist nach dem Einsetzen ihrer $VARIABLEN kein gültiges YAML (ihre Werte werden nicht gezeigt).</translation>
    </message>
    <message>
        <source>This file is not valid YAML once its $VARIABLES are expanded (their values are not shown).</source>
        <translation>Diese Datei ist kein gültiges YAML, sobald ihre $VARIABLEN eingesetzt sind (ihre Werte werden nicht gezeigt).</translation>
    </message>
</context>
<context>
    <name>SubnetSource</name>
    <message>
        <source>Expected a subnet with &quot;account&quot;, &quot;region&quot; and &quot;availabilityZone&quot; (the shape of Gate&apos;s /subnets/aws answer).</source>
        <translation>Ein Subnetz mit „account“, „region“ und „availabilityZone“ erwartet (die Form von Gates Antwort auf /subnets/aws).</translation>
    </message>
    <message>
        <source>Expected Gate&apos;s /subnets/aws answer (a list) or {account: {region: [zone, …]}}.</source>
        <translation>Gates Antwort auf /subnets/aws (eine Liste) oder {account: {region: [zone, …]}} erwartet.</translation>
    </message>
    <message>
        <source>Expected {region: [zone, …]} for account &quot;%1&quot;.</source>
        <translation>{region: [zone, …]} für das Konto „%1“ erwartet.</translation>
    </message>
    <message>
        <source>Expected a list of availability zone names.</source>
        <translation>Eine Liste von Availability-Zone-Namen erwartet.</translation>
    </message>
</context>
<context>
    <name>TemplatePipelines</name>
    <message>
        <source>No subnets for this env in this region: left out of the pipeline, as Foremast does.</source>
        <translation>Keine Subnetze für diese Umgebung in dieser Region: wie bei Foremast aus der Pipeline weggelassen.</translation>
    </message>
    <message>
        <source>The template did not render valid JSON: %1 (line %2 of the rendered text).</source>
        <translation>Die Vorlage hat kein gültiges JSON ergeben: %1 (Zeile %2 des gerenderten Texts).</translation>
    </message>
    <message>
        <source>This template overrides the defaults Foremast merges every runway with (%1); the designer merges with Foremast&apos;s own defaults and does not apply it, so its settings and pipelines could differ from Foremast&apos;s.</source>
        <translation>Diese Vorlage überschreibt die Vorgaben, mit denen Foremast jeden Runway zusammenführt (%1); der Designer führt mit Foremasts eigenen Vorgaben zusammen und wendet es nicht an, daher könnten seine Einstellungen und Pipelines von denen Foremasts abweichen.</translation>
    </message>
</context>
<context>
    <name>TypeSettingChecks</name>
    <message>
        <source>Foremast converts %1 with int() (awslambda.py:%2), which fails for %3: use a whole number.</source>
        <translation>Foremast wandelt %1 mit int() um (awslambda.py:%2), was für %3 scheitert: Verwenden Sie eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Lambda accepts %1 from %2 to %3; it refuses %4 when Foremast&apos;s infrastructure step sends it (awslambda.py:%5).</source>
        <translation>Lambda nimmt %1 von %2 bis %3 an; es weist %4 zurück, wenn Foremasts Infrastrukturschritt den Wert sendet (awslambda.py:%5).</translation>
    </message>
    <message>
        <source>Foremast cuts the subnet list to this many (awslambda.py:126), which needs a whole number or null, not %1.</source>
        <translation>Foremast kürzt die Subnetzliste auf so viele (awslambda.py:126), wofür es eine ganze Zahl oder null braucht, nicht %1.</translation>
    </message>
    <message>
        <source>botocore refuses %1 as ReservedConcurrentExecutions (awslambda.py:282): use a whole number, or null for no limit.</source>
        <translation>botocore weist %1 als ReservedConcurrentExecutions zurück (awslambda.py:282): Verwenden Sie eine ganze Zahl oder null für keine Grenze.</translation>
    </message>
    <message>
        <source>Foremast 5.15.4 misspells FunctionName when it sets provisioned concurrency (awslambda.py:245), so botocore refuses the call and the infrastructure step fails: leave it null.</source>
        <translation>Foremast 5.15.4 schreibt FunctionName falsch, wenn es die bereitgestellte Parallelität setzt (awslambda.py:245), daher weist botocore den Aufruf zurück und der Infrastrukturschritt scheitert: Lassen Sie den Wert null.</translation>
    </message>
    <message>
        <source>Lambda&apos;s TracingConfig Mode is Active or PassThrough, not %1 (awslambda.py:359).</source>
        <translation>Der Mode der TracingConfig von Lambda ist Active oder PassThrough, nicht %1 (awslambda.py:359).</translation>
    </message>
    <message>
        <source>botocore refuses the unknown TracingConfig key %1 (awslambda.py:359); only Mode is allowed.</source>
        <translation>botocore weist den unbekannten TracingConfig-Schlüssel %1 zurück (awslambda.py:359); nur Mode ist erlaubt.</translation>
    </message>
    <message>
        <source>botocore refuses the unknown DeadLetterConfig key %1 (awslambda.py:358); only TargetArn is allowed.</source>
        <translation>botocore weist den unbekannten DeadLetterConfig-Schlüssel %1 zurück (awslambda.py:358); nur TargetArn ist erlaubt.</translation>
    </message>
    <message>
        <source>The dead-letter queue&apos;s TargetArn must be text: an SQS queue or SNS topic ARN (awslambda.py:358).</source>
        <translation>Die TargetArn der Dead-Letter-Queue muss Text sein: der ARN einer SQS-Queue oder eines SNS-Topics (awslambda.py:358).</translation>
    </message>
    <message>
        <source>botocore refuses the unknown Environment key %1 (awslambda.py:350); put variables under &quot;Variables&quot;.</source>
        <translation>botocore weist den unbekannten Environment-Schlüssel %1 zurück (awslambda.py:350); setzen Sie Variablen unter „Variables“.</translation>
    </message>
    <message>
        <source>Environment Variables must be an object of names and texts (awslambda.py:350).</source>
        <translation>Environment Variables muss ein Objekt aus Namen und Texten sein (awslambda.py:350).</translation>
    </message>
    <message>
        <source>botocore refuses %1 for the variable %2: Lambda&apos;s environment variables are text (awslambda.py:350).</source>
        <translation>botocore weist %1 für die Variable %2 zurück: Die Umgebungsvariablen von Lambda sind Text (awslambda.py:350).</translation>
    </message>
    <message>
        <source>A layer is a layer version ARN in text, not %1 (awslambda.py:357).</source>
        <translation>Ein Layer ist der ARN einer Layer-Version als Text, nicht %1 (awslambda.py:357).</translation>
    </message>
    <message>
        <source>A file system needs Arn and LocalMountPath; this one lacks %1 (awslambda.py:360).</source>
        <translation>Ein Dateisystem braucht Arn und LocalMountPath; diesem fehlt %1 (awslambda.py:360).</translation>
    </message>
    <message>
        <source>botocore refuses the unknown DestinationConfig key %1 (awslambda.py:263); use OnSuccess and OnFailure.</source>
        <translation>botocore weist den unbekannten DestinationConfig-Schlüssel %1 zurück (awslambda.py:263); verwenden Sie OnSuccess und OnFailure.</translation>
    </message>
    <message>
        <source>Foremast reads each trigger&apos;s &quot;type&quot; (awslambdaevent.py:61); this trigger has none.</source>
        <translation>Foremast liest den „type“ jedes Triggers (awslambdaevent.py:61); dieser Trigger hat keinen.</translation>
    </message>
    <message>
        <source>Foremast skips a trigger of type %1 without a word (awslambdaevent.py:61-84); it knows %2.</source>
        <translation>Foremast übergeht einen Trigger vom Typ %1 kommentarlos (awslambdaevent.py:61-84); es kennt %2.</translation>
    </message>
    <message>
        <source>Entry %1 lacks %2, which Foremast reads (%3).</source>
        <translation>Eintrag %1 fehlt %2, das Foremast liest (%3).</translation>
    </message>
    <message>
        <source>S3 refuses the bucket ACL %1 when Foremast creates the bucket (s3apps.py:78); use %2.</source>
        <translation>S3 weist die Bucket-ACL %1 zurück, wenn Foremast den Bucket anlegt (s3apps.py:78); verwenden Sie %2.</translation>
    </message>
    <message>
        <source>S3&apos;s MFADelete is Enabled or Disabled, not %1 (s3apps.py:268).</source>
        <translation>MFADelete von S3 ist Enabled oder Disabled, nicht %1 (s3apps.py:268).</translation>
    </message>
    <message>
        <source>With the website on, S3 refuses an empty %1 (s3apps.py:119-127).</source>
        <translation>Mit eingeschalteter Website weist S3 ein leeres %1 zurück (s3apps.py:119-127).</translation>
    </message>
    <message>
        <source>With access logging on, S3 needs the bucket to log to (s3apps.py:217).</source>
        <translation>Mit eingeschaltetem Zugriffsprotokoll braucht S3 den Bucket, in den protokolliert wird (s3apps.py:217).</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation>%1 ändern (%2)</translation>
    </message>
    <message>
        <source>Reset %1 (%2)</source>
        <translation>%1 zurücksetzen (%2)</translation>
    </message>
    <message>
        <source>Change %1 (%2, %3)</source>
        <translation>%1 ändern (%2, %3)</translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation>Umgebung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add environment %1 as a copy of %2</source>
        <translation>Umgebung %1 als Kopie von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove environment %1 and its file</source>
        <translation>Umgebung %1 und ihre Datei entfernen</translation>
    </message>
    <message>
        <source>Remove environment %1</source>
        <translation>Umgebung %1 entfernen</translation>
    </message>
    <message>
        <source>Rename environment %1 to %2</source>
        <translation>Umgebung %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move environment %1</source>
        <translation>Umgebung %1 verschieben</translation>
    </message>
    <message>
        <source>Add region %1 to %2</source>
        <translation>Region %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove region %1 from %2</source>
        <translation>Region %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Add key %1</source>
        <translation>Schlüssel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>edited in the designer</source>
        <translation>im Designer bearbeitet</translation>
    </message>
    <message>
        <source>Name the application after %1/%2</source>
        <translation>Anwendung nach %1/%2 benennen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Foremast Designer</source>
        <translation>Foremast Designer</translation>
    </message>
    <message>
        <source>Runway folder to open.</source>
        <translation>Zu öffnender Runway-Ordner.</translation>
    </message>
    <message>
        <source>Git project (group).</source>
        <translation>Git-Projekt (Gruppe).</translation>
    </message>
    <message>
        <source>Git repository.</source>
        <translation>Git-Repository.</translation>
    </message>
    <message>
        <source>Foremast configuration file.</source>
        <translation>Foremast-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once it is shown, then quit (used for the documentation).</source>
        <translation>Ein Bildschirmfoto des Fensters in FILE speichern, sobald es angezeigt wird, dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Design Foremast runways and publish their Spinnaker pipelines.
Commands (foremast-designer COMMAND --help for each): %1.</source>
        <translation>Foremast-Runways gestalten und ihre Spinnaker-Pipelines veröffentlichen.
Befehle (foremast-designer BEFEHL --help für jeden): %1.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the saved choice is kept).</source>
        <translation>Farbschema für diesen Lauf: system, light oder dark (die gespeicherte Wahl bleibt).</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“: system, light oder dark verwenden.</translation>
    </message>
</context>
</TS>
