<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Expected %n argument.</numerusform>
            <numerusform>Expected %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n stage(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n stage).</numerusform>
            <numerusform>Wrote %1 (%2, %n stages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %1 (%2, %n stage(s)).</source>
        <translation>
            <numerusform>Up to date: %1 (%2, %n stage).</numerusform>
            <numerusform>Up to date: %1 (%2, %n stages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pipeline(s) and their graphs to %1</source>
        <translation>
            <numerusform>Wrote %n pipeline and its graph to %1</numerusform>
            <numerusform>Wrote %n pipelines and their graphs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new pipeline, %n line(s)</source>
        <translation>
            <numerusform>new pipeline, %n line</numerusform>
            <numerusform>new pipeline, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) or deletion(s) did not succeed; see above.</source>
        <translation>
            <numerusform>%n region or deletion did not succeed; see above.</numerusform>
            <numerusform>%n regions or deletions did not succeed; see above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::ApplicationCreator</name>
    <message numerus="yes">
        <source>Spinnaker did not finish creating the application within %n second(s) (task %1); it may still be created. Check in Spinnaker, then publish again.</source>
        <translation>
            <numerusform>Spinnaker did not finish creating the application within %n second (task %1); it may still be created. Check in Spinnaker, then publish again.</numerusform>
            <numerusform>Spinnaker did not finish creating the application within %n seconds (task %1); it may still be created. Check in Spinnaker, then publish again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::GateFetchPanel</name>
    <message numerus="yes">
        <source>Read %n pipeline(s) of %1.</source>
        <translation>
            <numerusform>Read %n pipeline of %1.</numerusform>
            <numerusform>Read %n pipelines of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::JsonValueField</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in Findings before deploying</source>
        <translation>
            <numerusform>Fix the %n error in Findings before deploying</numerusform>
            <numerusform>Fix the %n errors in Findings before deploying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>Saved %n file</numerusform>
            <numerusform>Saved %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploy is blocked by %n error(s). They are listed in Findings; fix them first.</source>
        <translation>
            <numerusform>Deploy is blocked by %n error. It is listed in Findings; fix it first.</numerusform>
            <numerusform>Deploy is blocked by %n errors. They are listed in Findings; fix them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pipeline file(s)</source>
        <translation>
            <numerusform>Wrote %n pipeline file</numerusform>
            <numerusform>Wrote %n pipeline files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::OnetimeDialog</name>
    <message numerus="yes">
        <source>%n pipeline(s) from %1</source>
        <translation>
            <numerusform>%n pipeline from %1</numerusform>
            <numerusform>%n pipelines from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fd::PublishDialog</name>
    <message numerus="yes">
        <source>Signed in as %1. %n region(s) to change</source>
        <translation>
            <numerusform>Signed in as %1. %n region to change</numerusform>
            <numerusform>Signed in as %1. %n regions to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pipeline(s) of removed regions can be deleted</source>
        <translation>
            <numerusform>; %n pipeline of a removed region can be deleted</numerusform>
            <numerusform>; %n pipelines of removed regions can be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled. %n pipeline change(s) reached Spinnaker before that. A request already on its way when you canceled may still appear there: Compare again to see what Spinnaker has.</source>
        <translation>
            <numerusform>Canceled. %n pipeline change reached Spinnaker before that. A request already on its way when you canceled may still appear there: Compare again to see what Spinnaker has.</numerusform>
            <numerusform>Canceled. %n pipeline changes reached Spinnaker before that. A request already on its way when you canceled may still appear there: Compare again to see what Spinnaker has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) did not succeed; the others are listed with their result.</source>
        <translation>
            <numerusform>%n region did not succeed; the others are listed with their result.</numerusform>
            <numerusform>%n regions did not succeed; the others are listed with their result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pipeline change(s).</source>
        <translation>
            <numerusform>Published %n pipeline change.</numerusform>
            <numerusform>Published %n pipeline changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateError</name>
    <message numerus="yes">
        <source>Gate did not answer within %n second(s).</source>
        <translation>
            <numerusform>Gate did not answer within %n second.</numerusform>
            <numerusform>Gate did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
