<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n reposts credit the original author; cascade reconstructed with rule %1 (%2)</source>
        <translation>
            <numerusform>%n repost credits the original author; cascade reconstructed with rule %1 (%2)</numerusform>
            <numerusform>%n reposts credit the original author; cascade reconstructed with rule %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relays credited to an intermediate relayer instead</source>
        <translation>
            <numerusform>%n relay credited to an intermediate relayer instead</numerusform>
            <numerusform>%n relays credited to an intermediate relayer instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referenced posts are missing from the data: their authors are unknown unless the record names them (then linked by a mention)</source>
        <translation>
            <numerusform>%n referenced post is missing from the data: its author is unknown unless the record names it (then linked by a mention)</numerusform>
            <numerusform>%n referenced posts are missing from the data: their authors are unknown unless the record names them (then linked by a mention)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts are dated before the post they answer or relay: that link was dropped</source>
        <translation>
            <numerusform>%n post is dated before the post it answers or relays: that link was dropped</numerusform>
            <numerusform>%n posts are dated before the post they answer or relay: that link was dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) would not have happened (its own and those depending on them).</source>
        <translation>
            <numerusform>%Ln event would not have happened (its own, or one depending on it).</numerusform>
            <numerusform>%Ln events would not have happened (its own and those depending on them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ActorPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Seeded&lt;/b&gt; %1 at %2: %n node(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Seeded&lt;/b&gt; %1 at %2: %n node</numerusform>
            <numerusform>&lt;b&gt;Seeded&lt;/b&gt; %1 at %2: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Widened&lt;/b&gt; %1&apos;s %2 at %3: %n of its relay(s) relayed on</source>
        <translation>
            <numerusform>&lt;b&gt;Widened&lt;/b&gt; %1&apos;s %2 at %3: %n of its relays relayed on</numerusform>
            <numerusform>&lt;b&gt;Widened&lt;/b&gt; %1&apos;s %2 at %3: %n of its relays relayed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Cascades tab</source>
        <translation>
            <numerusform>and %n more in the Cascades tab</numerusform>
            <numerusform>and %n more in the Cascades tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln cascade(s))</source>
        <translation>
            <numerusform>%1 (%Ln cascade)</numerusform>
            <numerusform>%1 (%Ln cascades)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::CascadePage</name>
    <message numerus="yes">
        <source>%1 at %2: %n event(s)</source>
        <translation>
            <numerusform>%1 at %2: %n event</numerusform>
            <numerusform>%1 at %2: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::CascadeTableModel</name>
    <message numerus="yes">
        <source>%n relay(s), %1 of them inferred by the credit rule</source>
        <translation>
            <numerusform>%n relay, %1 of them inferred by the credit rule</numerusform>
            <numerusform>%n relays, %1 of them inferred by the credit rule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::CascadesPanel</name>
    <message numerus="yes">
        <source>%n cascade(s) as of %1 (credit: %2).</source>
        <translation>
            <numerusform>%n cascade as of %1 (credit: %2).</numerusform>
            <numerusform>%n cascades as of %1 (credit: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::CaseEditor</name>
    <message numerus="yes">
        <source>&amp;Delete %n Actors</source>
        <translation>
            <numerusform>&amp;Delete %n Actor</numerusform>
            <numerusform>&amp;Delete %n Actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of theirs</source>
        <translation>
            <numerusform>%n event of theirs</numerusform>
            <numerusform>%n events of theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s), reply(ies) and quote(s) of those by others</source>
        <translation>
            <numerusform>%n repost, reply or quote of those by others</numerusform>
            <numerusform>%n reposts, replies and quotes of those by others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) pinned to them</source>
        <translation>
            <numerusform>%n note pinned to them</numerusform>
            <numerusform>%n notes pinned to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n actors to %1</source>
        <translation>
            <numerusform>Set the role of %n actor to %1</numerusform>
            <numerusform>Set the role of %n actors to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete event %1? %n repost(s), reply(ies) and quote(s) of it go with it. Undo brings them back.</source>
        <translation>
            <numerusform>Delete event %1? %n repost, reply or quote of it goes with it. Undo brings it back.</numerusform>
            <numerusform>Delete event %1? %n reposts, replies and quotes of it go with it. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classify %n actor(s) by rules</source>
        <translation>
            <numerusform>Classify %n actor by rules</numerusform>
            <numerusform>Classify %n actors by rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::CaseSummaryPage</name>
    <message numerus="yes">
        <source>%Ln actor(s) lost</source>
        <translation>
            <numerusform>%Ln actor lost</numerusform>
            <numerusform>%Ln actors lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ClassifyDialog</name>
    <message numerus="yes">
        <source>%n actor(s) change role:</source>
        <translation>
            <numerusform>%n actor changes role:</numerusform>
            <numerusform>%n actors change role:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::DepthProfileChart</name>
    <message numerus="yes">
        <source>Generation %1: %n relay(s)</source>
        <translation>
            <numerusform>Generation %1: %n relay</numerusform>
            <numerusform>Generation %1: %n relays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ExportDialog</name>
    <message numerus="yes">
        <source>%n page(s): a title page, one per milestone, a closing page</source>
        <translation>
            <numerusform>%n page: a title page, one per milestone, a closing page</numerusform>
            <numerusform>%n pages: a title page, one per milestone, a closing page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s), one per milestone: the picture, the title and caption as text, the speaker notes</source>
        <translation>
            <numerusform>%n slide, one per milestone: the picture, the title and caption as text, the speaker notes</numerusform>
            <numerusform>%n slides, one per milestone: the picture, the title and caption as text, the speaker notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ImportDialog</name>
    <message numerus="yes">
        <source>Importing %n input(s)...</source>
        <translation>
            <numerusform>Importing %n input...</numerusform>
            <numerusform>Importing %n inputs...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n input(s)</source>
        <translation>
            <numerusform>Import %n input</numerusform>
            <numerusform>Import %n inputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LayoutController</name>
    <message numerus="yes">
        <source>Preparing the graph of %n actors</source>
        <translation>
            <numerusform>Preparing the graph of %n actor</numerusform>
            <numerusform>Preparing the graph of %n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::RolesDialog</name>
    <message numerus="yes">
        <source>%n actor(s) have the role %1. Which role do they take?</source>
        <translation>
            <numerusform>%n actor has the role %1. Which role does it take?</numerusform>
            <numerusform>%n actors have the role %1. Which role do they take?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::TimeLabels</name>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln repost</numerusform>
            <numerusform>%Ln reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offline contact(s)</source>
        <translation>
            <numerusform>%Ln offline contact</numerusform>
            <numerusform>%Ln offline contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
