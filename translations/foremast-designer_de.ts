<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n stage(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the merged settings of a runway as JSON, in the shape Foremast writes to raw.properties.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print the merged settings of a runway as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pipelines of a runway, one JSON file per region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a runway and its pipelines (or a pipeline file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a pipeline&apos;s stage graph as PNG or SVG, or its layout as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a runway&apos;s pipelines to Spinnaker through Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditScope</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set anywhere; Foremast applies its built-in behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast&apos;s default; pipeline.json does not set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast&apos;s default; application-master-%1.json does not set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in pipeline.json. Inherit removes it so Foremast&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from the %1 environment (application-master-%1.json); changing it here overrides it for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in application-master-%1.json. Inherit removes it so Foremast&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden for region %2 in application-master-%1.json. Inherit removes the override so the environment&apos;s value applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd</name>
    <message>
        <source>No display found, so the designer window cannot open. Running the headless equivalent: generating the pipelines of %1 and drawing their graphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foremast.cfg (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable Gate URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foremast.cfg asks for Google IAP with a service account; the designer cannot mint IAP tokens. Give it an IAP id token as the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the designer&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gate is configured. Pass --gate URL, set gate_api_url in foremast.cfg, or configure gate.endpoint in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: check the sign-in method and the user name, password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, so Gate may have carried it out. Re-read before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gate did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try again later, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Gate failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CA bundle, the client certificate and that the Gate URL names the host in its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Gate and any proxy in front of it are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Gate URL, your network or VPN, and that Gate is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pipeline in this application already has this name (Spinnaker ignores case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or delete the other pipeline in Spinnaker, or publish under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this pipeline in Spinnaker after the designer read it; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again to see their change in the diff, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker denied access: you may not change this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Spinnaker administrator for WRITE permission, or sign in as another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate stopped waiting before Spinnaker finished saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save may still land. Re-read before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline template this pipeline uses does not exist in Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate sent no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: Gate sent the request to its login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate redirected the request to %1; the designer does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Gate URL (http or https, port, path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: a login page came back instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate&apos;s answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: Gate asks for authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a user allowed to do this, or check your client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not exist in Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the designer create it, or check the application name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate does not know this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate, or a proxy in front of it, is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask your Spinnaker administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate or a service behind it (Front50, Orca) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline type &quot;%1&quot; is not supported yet: the flow &quot;%2&quot; generates %3 pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pipelines are named &quot;%1&quot; and &quot;%2&quot;; Spinnaker treats these names as the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no &quot;stages&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stages&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;stages&quot; is not a stage object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refId is neither text nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry of requisiteStageRefIds is not a refId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisiteStageRefIds is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runway folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a runway folder (holding pipeline.json and application-master-*.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runway folder cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of that name appeared on disk; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed on disk by another program since it was opened; reload it or choose to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of regions or an object of region overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a region name, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object of overrides for region %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of environment names, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an environment name, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; is in the pipeline but %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; is not in the pipeline (pipeline.json &quot;env&quot;); its file is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or token for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::ApplicationCreator</name>
    <message>
        <source>Creating the application %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the application was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was canceled after the request to create the application was sent; Spinnaker may still create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was canceled while Spinnaker was creating the application (task %1); it may still be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate accepted the request to create the application but named no task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spinnaker did not finish creating the application within %n second(s) (task %1); it may still be created. Check in Spinnaker, then publish again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spinnaker is creating the application %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker could not create the application %1 (task %2 ended %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker reported the application %1 as created, but Gate cannot find it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Checker</name>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Cli</name>
    <message>
        <source>Generates the runway&apos;s pipelines and writes one pipeline-&lt;region&gt;.json per region into DIR: the JSON that publishing would send to Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the pipelines into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: fix the errors above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --auth &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new pipeline, %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>update of %1 (last changed by %2): +%3 -%4 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 (from %2), signed in as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 does not exist; it will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 does not exist; --yes creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 (id %3): its region is no longer in the runway; it will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 (id %3): its region is no longer in the runway; --yes deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the runway&apos;s pipelines and publishes them to Spinnaker through Gate: signs in, checks the application, shows what changes, saves each region&apos;s pipeline (with Spinnaker&apos;s stale check) and reads it back. Passwords and tokens: --password-stdin, --token-file, --keychain, or FD_GATE_PASSWORD / FD_GATE_TOKEN.
Exit codes: 0 published, 1 validation errors, 2 unusable input, 3 sign-in failed or access denied, 4 some regions failed, 5 nothing published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing published: fix the errors above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password or token with --password-stdin, --token-file, --keychain, FD_GATE_PASSWORD or FD_GATE_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: Spinnaker is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) or deletion(s) did not succeed; see above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds several pipelines (%1): choose one with --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline for region &quot;%1&quot;; the input has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the stage graph of a pipeline as PNG or SVG, or writes its layout as JSON. INPUT is a pipeline JSON file or a runway folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region (pipeline) to draw when the input has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasise this environment&apos;s stages and fade the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale factor (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node drawn as selected: &quot;configuration&quot; (default), &quot;none&quot; or a refId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --out FILE ending in .png, .svg or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale expects a number between 0 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage has refId &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no environment &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph is %1 × %2 px: drawn at scale %3 to stay within 32,000 px and 100 megapixels (SVG has no such limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a runway and the pipelines it generates (or a pipeline JSON file) and prints the findings. Exit code 0: no errors, 1: errors, 2: the input cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Cli::GenerationFlags</name>
    <message>
        <source>Flow template: a built-in name (%1) or a flow file. Default: the runway&apos;s choice, else foremast-v5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides a setting of the flow, e.g. qeJob=qa-{{ env }} (repeatable; JSON values allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zones: &quot;offline&quot; (&lt;region&gt;a/b/c for every env) or a JSON file (Gate&apos;s /subnets/aws answer or {account: {region: [zone, ...]}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s existing pipelines (Gate&apos;s pipelineConfigs answer, a JSON list): a pipeline with exactly the same name lends its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flow-setting expects NAME=VALUE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of pipelines (Gate&apos;s pipelineConfigs answer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Cli::PublishFlags</name>
    <message>
        <source>Gate&apos;s URL. Default: foremast.cfg&apos;s gate_api_url, else ~/.spin/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: none, basic, ldap (or form), oauth2, iap (or bearer), x509.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for basic and ldap sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the OAuth2 or IAP bearer token from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the password or token from the system keychain, where the designer&apos;s publish dialog remembers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x509: client certificate (PEM; may also hold the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x509: client key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM) to trust for Gate, besides the system ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check Gate&apos;s TLS certificate (you are warned every time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spin&apos;s configuration file. Default: ~/.spin/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer from Gate. Default: 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions published at once. Default: 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, compare and print the diffs; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the application if it is missing, and delete the pipelines of regions no longer in the runway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Cli::RunwayOptions</name>
    <message>
        <source>Git project (group) of the service; detected when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository of the service; detected when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast configuration file, read after the standard ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOREMAST_CFG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runway folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::ComboField</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Compiler</name>
    <message>
        <source>A placeholder &quot;{{&quot; is not closed with &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::DurationField</name>
    <message>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeout: the checkpoint waits for a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::EnvListModel</name>
    <message>
        <source>%1 is in the pipeline but %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a file but is not in the pipeline; its file is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::EnvOrderField</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move environment up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move environment down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::EnvPanel</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions of the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment with a copy of the selected one&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected environment (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment from the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the environment earlier in the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the environment later in the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected environment to another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop deploying the selected environment to this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments (pipeline order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions (env settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1 that apply in every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. qa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: Foremast&apos;s defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an environment called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (its file is renamed on save):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: it is taken or has characters other than letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the pipeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the file leaves %1 on disk, unused. Undo brings the environment back either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove, &amp;Keep File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and &amp;Delete File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::EnvSettingsEditor</name>
    <message>
        <source>No environment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment or a region to edit its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no application-master-%1.json; add the environment again to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not deploy to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values set here override %1&apos;s settings in %2 only. Inherited values show where they come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values set here apply to every region of %1 unless a region overrides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in pipeline.json&apos;s env list, so no pipeline deploys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eureka is on: Foremast deploys with the EC2 health check whatever is set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast always uses the EC2 health check in the dev environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances get %1 s before health checks count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum (%1) is larger than the maximum (%2), so nothing was changed. Lower the minimum or raise the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ASG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASG mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASG ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy&apos;s desired capacity equals the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deplo&amp;y strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the old server groups once the new one is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the old server groups, keep them for rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red/black in steps of a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom strategy pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bnet purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eu&amp;reka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register with Eureka (no load balancer, EC2 health check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra security gro&amp;ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the instances&apos; security groups after the defaults and the app&apos;s own group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip appr&amp;oval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint before deploying to this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast honours it only when foremast.cfg&apos;s env_configs enables approval skip for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast adds webhook stages after the deploy of non-production environments only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra tags on the auto scaling group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer&apos;s health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 instance status only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sca&amp;ling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scaling policy after each deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not set, Foremast uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add a scale-down policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-up step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-down step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::FileChangedBanner</name>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the designer&apos;s version; saving will ask before overwriting the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk by another program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::FindingsModel</name>
    <message>
        <source>stage %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Flow</name>
    <message>
        <source>The flow file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;; built-in flows are %2, or give the path of a flow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; has no setting &quot;%2&quot; (its settings: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::FlowCondition</name>
    <message>
        <source>Cannot read &quot;%1&quot;: compare with &apos;text&apos;, a number, true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::FlowExpression</name>
    <message>
        <source>&quot;%1&quot; is not a variable path (names separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flow setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default(…) needs one JSON value, such as default({}) or default(&quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot; (known: upper, lower, capitalize, string, json, base64, default(…), optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::GateClient</name>
    <message>
        <source>Gate&apos;s URL uses http: your password or token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs an https Gate URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be read or is not PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be a PEM private key; if it is encrypted, give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure TLS is allowed: Gate&apos;s certificate is not checked, so anyone between you and %1 could read or change what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::GateSignIn</name>
    <message>
        <source>No password or token is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or token for this Gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check them and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate&apos;s login form did not start a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Gate may not use LDAP or form sign-in; try another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate has no login form to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Gate requires signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sign-in method (basic, LDAP, token or client certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sign-in method and the user name, password or token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::GateSignInForm</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow insecure TLS (do not check Gate&apos;s certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (HTTP basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP or login form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (OAuth2 or Google IAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (x509)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone between you and Gate could read your credentials and change what is published. Use this only for a test Gate with a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publish dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::GenerationController</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Generator</name>
    <message>
        <source>Not deployed anywhere: %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in foremast.cfg&apos;s [base] envs (%1): Foremast would not read its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists no regions: not deployed anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnets for this env in this region: left out of the pipeline, as Foremast does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; has no env block matching this env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline deploys to no env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;forEach&quot; needs a list; the setting holds something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a side stage needs a main stage before it to hang off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker already has a pipeline &quot;%1&quot;, whose name differs only in case or spaces; Spinnaker will refuse to save &quot;%2&quot; beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::GraphExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the graph as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage graph of the pipeline, drawn by Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot produce the SVG drawing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::IdentityResolver</name>
    <message>
        <source>designer settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::InlineParser</name>
    <message>
        <source>Unexpected text after the value: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value must end on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape sequence &quot;\%1&quot; in a double-quoted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a value here; quote the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot contain &quot;: &quot;; put it in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; in a [list].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A [list] must end on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot; in a {mapping}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; in a {mapping}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {mapping} must end on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::JsonEditDialog</name>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON list […] is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object {…} is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::JsonFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a file but found a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold a JSON object, not an array or a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::JsonTreeEditor</name>
    <message>
        <source>Show Foremast &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what Foremast uses where the file sets nothing (in italics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key to the selected object (or to the file&apos;s top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append an item to the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected key from the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::JsonTreeModel</name>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast&apos;s default; not in the file. Editing it adds it to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in pipeline.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides %1&apos;s value for region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in application-master-%1.json for every region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
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
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::JsonValueField</name>
    <message>
        <source>Edit JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::KeyValueField</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the new key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::KeychainSecretStore</name>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::LayoutSteps</name>
    <message>
        <source>The stage is part of a dependency cycle (%1); the graph ignores its dependency on &quot;%2&quot; (refId %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage depends on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage depends on refId &quot;%1&quot;, which no stage has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[new stage]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no refId, so no stage can depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refId &quot;%1&quot; is also used by stage &quot;%2&quot;; stages that depend on it are linked to that one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::MainActions</name>
    <message>
        <source>&amp;Open Runway Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Pipeline JSON (Read-Only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the pipelines and publish them to Spinnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Pipeline JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::MainWindow</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of pipeline.json (also: click Configuration in the graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runway could not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [*]— Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in Findings before deploying</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the pipelines and publish them to Spinnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Overwrite it with the designer&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runway could not be reloaded:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Runway Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pipeline JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploy is blocked by %n error(s). They are listed in Findings; fix them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Pipelines To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pipeline file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Foremast Designer %1&lt;/h3&gt;&lt;p&gt;Design Foremast runways, see their Spinnaker pipelines as you edit, and publish them through Gate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::OriginBadge</name>
    <message>
        <source>Value source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Parser</name>
    <message>
        <source>Unexpected content; check the indentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one YAML document is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML directives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content after the end of the document (&quot;...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation in YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected indentation (a value cannot continue on the next line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors, aliases and tags are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected characters after the block scalar indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is less indented than the text block it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PipelineFile</name>
    <message>
        <source>The file holds neither a pipeline object nor a list of pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a pipeline object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pipelines is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PipelineGraphPanel</name>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PipelineSettingsEditor</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 auto scaling groups (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ec2, needs custom templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 static content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Data Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Step Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline files kept in the runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged on the auto scaling groups as owner_email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast v5 (default templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage templates the designer generates pipelines with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base AMI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias looked up in the AMI table (ami_json_url), or an AMI id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake &amp;instance type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uilder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer template aws_{region}_ebs.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;ack channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications (v2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker notification objects copied into the pipeline as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designer generates and previews ec2 pipelines only; &quot;%1&quot; settings are kept in the files but no pipeline is generated for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or Slack is set, so Foremast ignores the v2 notifications list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast adds an email and a Slack notification on pipeline failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With email and Slack empty, the v2 list is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PresenceField</name>
    <message>
        <source>Set at the environment level; a region can change its values but not remove it, because Foremast merges the two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PreviewPane</name>
    <message>
        <source>region override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected stage JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected S&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 read-only. Edit the runway or open it again to see its pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: the pipeline&apos;s triggers, notifications and other top-level settings are in the Pipeline JSON tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage in the graph to see its JSON and the settings it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// Made once per pipeline, from pipeline.json and the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// Made from the settings of %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PublishDialog</name>
    <message>
        <source>Deploy to Spinnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the system keychain, if remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy is blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gate or sign-in changed: compare again before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare first: it signs in and shows what would change, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Gate&apos;s URL, e.g. https://gate.example.com:8084.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete (region removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to delete this pipeline from Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the application %1 in Spinnaker (owner %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. %n region(s) to change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pipeline(s) of removed regions can be deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (id %2) was generated for region %3, which the runway no longer has.
Tick it to delete it from Spinnaker when publishing. Pipelines made by hand are never listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: Spinnaker already has this pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; everything sent before was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) did not succeed; the others are listed with their result.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling: nothing more is sent; waiting for what was already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Create the application&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PublishPreparer</name>
    <message>
        <source>The runway has validation errors; fix them before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline for region %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pipelines are named &quot;%1&quot; (Spinnaker ignores case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the application %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 does not exist in Spinnaker yet; it must be created first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pipelines of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate&apos;s list of pipelines is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::PublishRun</name>
    <message>
        <source>The application %1 does not exist in Spinnaker, and creating it was not confirmed; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the application %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling: nothing more is sent; what was sent is followed to its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Reader</name>
    <message>
        <source>&quot;%1&quot; is not a usable Gate URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets auth.ignoreCertErrors: Gate&apos;s certificate will not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spin has no cached OAuth2 token yet. Sign in once with spin (for example &quot;spin application list&quot;), or give the designer a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IAP id token (auth.iap.iapIdToken) can be used; the designer does not run the IAP sign-in flow. Give the designer an id token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google service-account sign-in is not supported; give the designer an IAP id token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth.enabled is set but no sign-in method is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline certificates (cert:, key:) are not supported: the key would have to be copied. Save them as files and set certPath and keyPath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both certPath and keyPath are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;flowFormat&quot;: %1 (the version of the flow format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of pipeline type names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object: the pipeline&apos;s top-level fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by the generator; remove it from the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a condition or a list of conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a condition as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object: {name: {&quot;default&quot;: value, &quot;description&quot;: text}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with a &quot;default&quot; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of stage entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a stage entry (an object with &quot;stage&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;main&quot; or &quot;side&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier entry has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only side stages (&quot;chain&quot;: &quot;side&quot;) can name the stage they hang off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the stage&apos;s JSON (an object with at least &quot;type&quot; and &quot;name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set from the entry&apos;s &quot;chain&quot;; remove it from the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of env blocks ({&quot;match&quot;: &quot;prod*&quot;, &quot;stages&quot;: […]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a pattern for env names, such as &quot;prod*&quot; or &quot;*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check needs &quot;when&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;warning&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check needs a &quot;message&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::RegionJob</name>
    <message>
        <source>Gate accepted the save; it was not read back because publishing was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was canceled before the outcome could be checked. Check in Spinnaker before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker&apos;s stored copy differs from what was sent; look at it in Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate accepted the save, but the pipeline could not be read back to confirm its id. Check in Spinnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be checked either (%1). Check in Spinnaker before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by re-reading after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate reported a problem (%1), but re-reading shows the pipeline was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has not appeared in Spinnaker yet, but it may still be saved. Check in Spinnaker before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-reading shows the pipeline was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it in Spinnaker; their version is kept and yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is kept and yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::SettingField</name>
    <message>
        <source>Inherit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 at this level so the inherited value applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gate.example.com (else foremast.cfg or ~/.spin/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in flow name, or the path of a flow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;offline&quot; gives every env the zones &lt;region&gt;a, b and c; or the path of a subnets JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow for runways that name none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline &amp;subnets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain, never here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::SettingsEditorPanel</name>
    <message>
        <source>Settings editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::SpinConfig</name>
    <message>
        <source>Cannot read spin&apos;s configuration: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spin&apos;s configuration must be a YAML mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::StageGraphScene</name>
    <message>
        <source>(refId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following problems may affect the ability to run the pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::StageGraphView</name>
    <message>
        <source>Stage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::StageLayout</name>
    <message>
        <source>The pipeline has too many long dependencies to keep them all clear of other stages; some of its edges are drawn through stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::StringListField</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::SubnetSource</name>
    <message>
        <source>Expected a subnet with &quot;account&quot;, &quot;region&quot; and &quot;availabilityZone&quot; (the shape of Gate&apos;s /subnets/aws answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected Gate&apos;s /subnets/aws answer (a list) or {account: {region: [zone, …]}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {region: [zone, …]} for account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of availability zone names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::TextField</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::Validator</name>
    <message>
        <source>&quot;stages&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinnaker rejects pipeline names containing &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with spaces; Spinnaker removes them when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline names no application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline parameter has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jenkins trigger has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 notification has no address (Foremast&apos;s v1 notifications always come as a slack and email pair, even when one address is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 stage needs &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refId should be a string (Spinnaker converts numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no refId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisiteStageRefIds must be a list of refIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another stage (&quot;%1&quot;) already has the refId %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stageTimeoutMs is not a number: no time is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster names no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage waits for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage waits for refId %1, which no stage has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bake (or find image) stage runs before this deploy; Deck warns about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage repeats stage %1 exactly, so it runs twice (Foremast v5 deploys prod-named envs twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stages wait for each other in a cycle, so none can start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::WebhookDialog</name>
    <message>
        <source>Completion webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object, e.g. {&quot;x-token&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the webhook a name; the stage is called &quot;ENV: name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fd::WebhooksField</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForemastConfig</name>
    <message>
        <source>The Foremast configuration file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateError</name>
    <message>
        <source>Gate said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessDemo</name>
    <message numerus="yes">
        <source>Wrote %n pipeline(s) and their graphs to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting appears before any [section].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;key = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineMatching</name>
    <message>
        <source>%1 in Spinnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled, not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the designer&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunwayOpener</name>
    <message>
        <source>The example could not be copied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow choice could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password or token was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Foremast Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design Foremast runways and publish their Spinnaker pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git project (group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foremast configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once it is shown, then quit (used for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
