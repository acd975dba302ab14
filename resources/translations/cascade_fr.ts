<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActorCounts</name>
    <message>
        <source>Potential exposure is an upper bound: it adds up follower counts, but audiences overlap and most followers never see a given message (actual impressions are typically 1-20% of it).</source>
        <translation>L’exposition potentielle est un majorant&#xa0;: elle additionne des nombres d’abonnés, mais les audiences se recoupent et la plupart des abonnés ne voient jamais un message donné (les impressions réelles en font en général 1 à 20 %).</translation>
    </message>
</context>
<context>
    <name>ApplyLayoutCommand</name>
    <message>
        <source>Lay out with %1</source>
        <translation>Disposer avec %1</translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <source>The handle is empty: give the actor a handle (for example @name).</source>
        <translation>L’identifiant est vide&#xa0;: donnez un identifiant à l’acteur (par exemple @nom).</translation>
    </message>
    <message>
        <source>The handle starts or ends with a space.</source>
        <translation>L’identifiant commence ou finit par une espace.</translation>
    </message>
    <message>
        <source>Another actor, %1, already has this handle.</source>
        <translation>Un autre acteur, %1, a déjà cet identifiant.</translation>
    </message>
    <message>
        <source>The role is not in the case&apos;s palette.</source>
        <translation>Le rôle n’est pas dans la palette du cas.</translation>
    </message>
    <message>
        <source>The follower count cannot be negative.</source>
        <translation>Le nombre d’abonnés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The event has no id.</source>
        <translation>L’événement n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Another event already has the id %1.</source>
        <translation>Un autre événement a déjà l’identifiant %1.</translation>
    </message>
    <message>
        <source>Choose who wrote or made the event.</source>
        <translation>Choisissez qui a écrit ou fait l’événement.</translation>
    </message>
    <message>
        <source>The time must be between 1970 and 2099.</source>
        <translation>L’heure doit être comprise entre 1970 et 2099.</translation>
    </message>
    <message>
        <source>A repost, reply or quote needs the event it answers or relays.</source>
        <translation>Une republication, une réponse ou une citation a besoin de l’événement auquel elle répond ou qu’elle relaie.</translation>
    </message>
    <message>
        <source>An event cannot answer or relay itself.</source>
        <translation>Un événement ne peut ni se répondre ni se relayer lui-même.</translation>
    </message>
    <message>
        <source>The event it answers or relays comes later (%1): a relay cannot come first.</source>
        <translation>L’événement auquel il répond ou qu’il relaie vient plus tard (%1)&#xa0;: un relais ne peut pas venir en premier.</translation>
    </message>
    <message>
        <source>Only a repost, reply or quote relays another event.</source>
        <translation>Seule une republication, une réponse ou une citation relaie un autre événement.</translation>
    </message>
    <message>
        <source>An offline contact must reach at least one actor.</source>
        <translation>Un contact hors ligne doit atteindre au moins un acteur.</translation>
    </message>
    <message>
        <source>An actor reached is not in the case.</source>
        <translation>Un acteur atteint n’est pas dans le cas.</translation>
    </message>
    <message>
        <source>An actor mentioned is not in the case.</source>
        <translation>Un acteur mentionné n’est pas dans le cas.</translation>
    </message>
    <message>
        <source>The confidence must be between 0 and 1.</source>
        <translation>La confiance doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The source is not in the case.</source>
        <translation>La source n’est pas dans le cas.</translation>
    </message>
    <message>
        <source>Event %1 relays this one at %2: this one cannot move after it.</source>
        <translation>L’événement %1 relaie celui-ci à %2&#xa0;: celui-ci ne peut pas passer après lui.</translation>
    </message>
    <message>
        <source>Role %1 has no id.</source>
        <translation>Le rôle %1 n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>The role %1 has no name.</source>
        <translation>Le rôle %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Two roles have the id %1.</source>
        <translation>Deux rôles ont l’identifiant %1.</translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation>Deux rôles s’appellent %1.</translation>
    </message>
</context>
<context>
    <name>CaseMerge</name>
    <message>
        <source>%1 events added (%2 already in the case), %3 actors added (%4 already in the case)</source>
        <translation>%1 événements ajoutés (%2 déjà dans le cas), %3 acteurs ajoutés (%4 déjà dans le cas)</translation>
    </message>
    <message>
        <source>the merged case is inconsistent: %1</source>
        <translation>le cas fusionné est incohérent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>file is %1, larger than the limit of %2 for case files</source>
        <translation>le fichier fait %1, plus que la limite de %2 pour les fichiers de cas</translation>
    </message>
    <message>
        <source>not enough memory to read the case</source>
        <translation>pas assez de mémoire pour lire le cas</translation>
    </message>
    <message>
        <source>is a folder, not a case file</source>
        <translation>est un dossier, pas un fichier de cas</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>pas assez de mémoire pour lire le fichier</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing required member %1</source>
        <translation>membre obligatoire %1 manquant</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>on attendait %1, on a trouvé %2</translation>
    </message>
    <message>
        <source>more than %1 members in one object: the limit for case files</source>
        <translation>plus de %1 membres dans un même objet&#xa0;: la limite des fichiers de cas</translation>
    </message>
    <message>
        <source>repeated member</source>
        <translation>membre répété</translation>
    </message>
    <message>
        <source>string of %1 is longer than the limit of %2</source>
        <translation>une chaîne de %1 dépasse la limite de %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>on attendait un nombre entier, on a trouvé %1</translation>
    </message>
    <message>
        <source>expected a number of ordinary size, found %1</source>
        <translation>on attendait un nombre de taille ordinaire, on a trouvé %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object of translations by language</source>
        <translation>un objet de traductions par langue</translation>
    </message>
    <message>
        <source>%1 is not a language tag such as fr, en or pt-BR</source>
        <translation>%1 n’est pas une étiquette de langue comme fr, en ou pt-BR</translation>
    </message>
    <message>
        <source>an object of texts by field</source>
        <translation>un objet de textes par champ</translation>
    </message>
    <message>
        <source>not a text that can be translated here (expected %1)</source>
        <translation>ce texte ne peut pas être traduit ici (textes possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown actor %1</source>
        <translation>acteur inconnu %1</translation>
    </message>
    <message>
        <source>cannot be read in parts</source>
        <translation>ne peut pas être lu par parties</translation>
    </message>
    <message>
        <source>the file cannot be read from here on (%1)</source>
        <translation>le fichier ne peut pas être lu à partir d’ici (%1)</translation>
    </message>
    <message>
        <source>not a Cascade case file (&quot;format&quot; must be &quot;cascade-case&quot;, not %1)</source>
        <translation>ce n’est pas un fichier de cas Cascade (&quot;format&quot; doit valoir &quot;cascade-case&quot;, pas %1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Cascade reads version %2)</source>
        <translation>version %1 non prise en charge (cette version de Cascade lit la version %2)</translation>
    </message>
    <message>
        <source>an array of actor handles</source>
        <translation>un tableau d’identifiants d’acteurs</translation>
    </message>
    <message>
        <source>an array of roles</source>
        <translation>un tableau de rôles</translation>
    </message>
    <message>
        <source>duplicate role id %1</source>
        <translation>identifiant de rôle en double %1</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#D55E00&quot;, got %1</source>
        <translation>on attendait une couleur comme &quot;#D55E00&quot;, on a trouvé %1</translation>
    </message>
    <message>
        <source>an array of sources</source>
        <translation>un tableau de sources</translation>
    </message>
    <message>
        <source>duplicate source id %1</source>
        <translation>identifiant de source en double %1</translation>
    </message>
    <message>
        <source>an array of actors</source>
        <translation>un tableau d’acteurs</translation>
    </message>
    <message>
        <source>more than %1 actors: the limit for one case</source>
        <translation>plus de %1 acteurs&#xa0;: la limite pour un cas</translation>
    </message>
    <message>
        <source>a handle cannot be empty</source>
        <translation>un identifiant ne peut pas être vide</translation>
    </message>
    <message>
        <source>duplicate handle %1 (also actors[%2])</source>
        <translation>identifiant en double %1 (aussi actors[%2])</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <source>followers cannot be negative</source>
        <translation>le nombre d’abonnés ne peut pas être négatif</translation>
    </message>
    <message>
        <source>an array of milestones</source>
        <translation>un tableau de jalons</translation>
    </message>
    <message>
        <source>an array of classification rules</source>
        <translation>un tableau de règles de classement</translation>
    </message>
    <message>
        <source>an array of words</source>
        <translation>un tableau de mots</translation>
    </message>
    <message>
        <source>an array of verification values</source>
        <translation>un tableau de valeurs de certification</translation>
    </message>
    <message>
        <source>an array of notes</source>
        <translation>un tableau de notes</translation>
    </message>
    <message>
        <source>an object of layouts by engine</source>
        <translation>un objet de dispositions par moteur</translation>
    </message>
    <message>
        <source>a position is [x, y]</source>
        <translation>une position s’écrit [x, y]</translation>
    </message>
    <message>
        <source>an array of events</source>
        <translation>un tableau d’événements</translation>
    </message>
    <message>
        <source>more than %1 events: the limit for one case</source>
        <translation>plus de %1 événements&#xa0;: la limite pour un cas</translation>
    </message>
    <message>
        <source>duplicate event id %1 (also events[%2])</source>
        <translation>identifiant d’événement en double %1 (aussi events[%2])</translation>
    </message>
    <message>
        <source>unknown kind %1 (expected post, repost, reply, quote or offline)</source>
        <translation>type inconnu %1 (on attendait post, repost, reply, quote ou offline)</translation>
    </message>
    <message>
        <source>confidence must be between 0 and 1</source>
        <translation>la confiance doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>source inconnue %1</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>événement inconnu %1</translation>
    </message>
    <message>
        <source>an event cannot refer to itself</source>
        <translation>un événement ne peut pas se désigner lui-même</translation>
    </message>
    <message>
        <source>prompting event %1 (%2) is later than this event (%3)</source>
        <translation>l’événement déclencheur %1 (%2) est postérieur à cet événement (%3)</translation>
    </message>
    <message>
        <source>parent %1 (%2) is later than this event (%3)</source>
        <translation>l’événement parent %1 (%2) est postérieur à cet événement (%3)</translation>
    </message>
    <message>
        <source>prompting event %1 has the same time as this event but is listed after it; list it first</source>
        <translation>l’événement déclencheur %1 a la même heure que cet événement mais il est listé après lui&#xa0;; placez-le avant</translation>
    </message>
    <message>
        <source>parent %1 has the same time as this event but is listed after it; list it first</source>
        <translation>l’événement parent %1 a la même heure que cet événement mais il est listé après lui&#xa0;; placez-le avant</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a Cascade case file: the top level must be a JSON object</source>
        <translation>ce n’est pas un fichier de cas Cascade&#xa0;: le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>not a Cascade case file: missing required member &quot;format&quot;</source>
        <translation>ce n’est pas un fichier de cas Cascade&#xa0;: membre obligatoire &quot;format&quot; manquant</translation>
    </message>
    <message>
        <source>too many problems; stopped after %1</source>
        <translation>trop de problèmes&#xa0;; arrêt après %1</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>les données n’ont pas pu être écrites</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save an inconsistent case: %1</source>
        <translation>impossible d’enregistrer un cas incohérent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClassificationRules</name>
    <message>
        <source>Choose the role the rule gives.</source>
        <translation>Choisissez le rôle que donne la règle.</translation>
    </message>
    <message>
        <source>The palette has no role &quot;%1&quot;.</source>
        <translation>La palette n’a pas de rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The rule has no condition: it would give every actor the role.</source>
        <translation>La règle n’a aucune condition&#xa0;: elle donnerait ce rôle à tous les acteurs.</translation>
    </message>
    <message>
        <source>The minimum follower count is above the maximum.</source>
        <translation>Le nombre minimal d’abonnés dépasse le maximum.</translation>
    </message>
    <message>
        <source>The handle pattern cannot be read.</source>
        <translation>Le motif d’identifiant est illisible.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a CSV with a header row: handle and/or platform_id, role, and optionally name and note (comma, semicolon or tab separated)</source>
        <translation>un fichier CSV avec une ligne d’en-tête&#xa0;: handle et/ou platform_id, role, et en option name et note (séparés par des virgules, des points-virgules ou des tabulations)</translation>
    </message>
    <message>
        <source>where to write the classified case (default: CASE itself)</source>
        <translation>où écrire le cas classé (par défaut&#xa0;: CASE lui-même)</translation>
    </message>
    <message>
        <source>report what would change, write nothing</source>
        <translation>indiquer ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>print one line per actor whose role changes</source>
        <translation>afficher une ligne par acteur dont le rôle change</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 demande un fichier</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no case file</source>
        <translation>aucun fichier de cas</translation>
    </message>
    <message>
        <source>no --roster file</source>
        <translation>aucun fichier --roster</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (line %4)</source>
        <translation>%1&#xa0;: %2 -&gt; %3 (ligne %4)</translation>
    </message>
    <message>
        <source>%1: %2 roster lines; %3 actors change role, %4 more get a name or note; %5 already had their role, %6 lines name no actor of the case, %7 lines not used</source>
        <translation>%1&#xa0;: %2 lignes dans la liste&#xa0;; %3 acteurs changent de rôle, %4 autres reçoivent un nom ou une note&#xa0;; %5 avaient déjà leur rôle, %6 lignes ne nomment aucun acteur du cas, %7 lignes non utilisées</translation>
    </message>
    <message>
        <source>check case files; one FILE:LINE:COL: message line per problem</source>
        <translation>vérifier des fichiers de cas&#xa0;; une ligne FILE:LINE:COL: message par problème</translation>
    </message>
    <message>
        <source>write a synthetic case (--actors N --events M --seed S -o FILE)</source>
        <translation>écrire un cas synthétique (--actors N --events M --seed S -o FILE)</translation>
    </message>
    <message>
        <source>influence measures, case summary and one actor in detail (FILE [--at TIME] [--actor H] [--json])</source>
        <translation>mesures d’influence, résumé du cas et un acteur en détail (FILE [--at TIME] [--actor H] [--json])</translation>
    </message>
    <message>
        <source>lay a case out and store the layout in it (FILE --engine auto|dot|twopi|neato|sfdp|balloon|swimlane [-o FILE])</source>
        <translation>disposer un cas et y enregistrer la disposition (FILE --engine auto|dot|twopi|neato|sfdp|balloon|swimlane [-o FILE])</translation>
    </message>
    <message>
        <source>one slide as PNG, SVG or PDF (FILE (--at TIME | --milestone N) -o OUT [--size WxH] [--theme T] ...)</source>
        <translation>une diapositive en PNG, SVG ou PDF (FILE (--at TIME | --milestone N) -o OUT [--size WxH] [--theme T] ...)</translation>
    </message>
    <message>
        <source>one slide per milestone, the PDF deck, a filmstrip (FILE -o DIR [--pdf DECK.pdf] [--filmstrip PNG])</source>
        <translation>une diapositive par étape, la présentation PDF, une planche (FILE -o DIR [--pdf DECK.pdf] [--filmstrip PNG])</translation>
    </message>
    <message>
        <source>the replay as a video, MP4 or WebM (FILE -o REPLAY.mp4 [--milestone N --milestone M] [--duration S] [--fps N])</source>
        <translation>la vidéo de la rediffusion, en MP4 ou WebM (FILE -o REPLAY.mp4 [--milestone N --milestone M] [--duration S] [--fps N])</translation>
    </message>
    <message>
        <source>build a case from collected data ([--format F] INPUT... -o CASE [--rule recent|first|root])</source>
        <translation>construire un cas à partir de données collectées ([--format F] INPUT... -o CASE [--rule recent|first|root])</translation>
    </message>
    <message>
        <source>give actors the roles a roster CSV names (CASE --roster FILE [-o OUT] [--dry-run] [--list])</source>
        <translation>donner aux acteurs les rôles que nomme une liste de rôles CSV (CASE --roster FILE [-o OUT] [--dry-run] [--list])</translation>
    </message>
    <message>
        <source>hand a case on to Gephi, networkx, igraph or Graphviz (CASE -o OUT.gexf|.graphml|.dot|.csv)</source>
        <translation>passer un cas à Gephi, networkx, igraph ou Graphviz (CASE -o OUT.gexf|.graphml|.dot|.csv)</translation>
    </message>
    <message>
        <source>open the explorer window (the bundled Haiti 2010 case by default)</source>
        <translation>ouvrir la fenêtre d’exploration (par défaut, le cas Haïti 2010 fourni)</translation>
    </message>
    <message>
        <source>run headless</source>
        <translation>exécuter sans interface graphique</translation>
    </message>
    <message>
        <source>(anywhere) chooses the language of the window and of the slides&apos; texts</source>
        <translation>(n’importe où) choisit la langue de la fenêtre et des textes des diapositives</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>no language &quot;%1&quot; (use %2)</source>
        <translation>aucune langue «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>unknown command or file &quot;%1&quot;</source>
        <translation>commande ou fichier inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>GEXF 1.3 with dynamics, for Gephi&apos;s timeline</source>
        <translation>GEXF 1.3 avec la dynamique, pour la frise chronologique de Gephi</translation>
    </message>
    <message>
        <source>GraphML, for networkx, igraph, yEd, Cytoscape</source>
        <translation>GraphML, pour networkx, igraph, yEd, Cytoscape</translation>
    </message>
    <message>
        <source>OUT.csv (one row per interaction), OUT-actors.csv, OUT-events.csv</source>
        <translation>OUT.csv (une ligne par interaction), OUT-actors.csv, OUT-events.csv</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>needs a case and -o OUT</source>
        <translation>il faut un cas et -o OUT</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (use .gexf, .graphml, .dot or .csv)</source>
        <translation>format de sortie inconnu «&#xa0;%1&#xa0;» (utilisez .gexf, .graphml, .dot ou .csv)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 actors, %3 events)</source>
        <translation>%1 écrit (%2 acteurs, %3 événements)</translation>
    </message>
    <message>
        <source>the graph as of TIME: ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00</source>
        <translation>le graphe à l’instant TIME&#xa0;: ISO 8601 avec un décalage, par ex. 2010-01-17T11:30:00-05:00</translation>
    </message>
    <message>
        <source>the graph at the case&apos;s milestone N (1 = the first), with its title and caption</source>
        <translation>le graphe à l’étape N du cas (1 = la première), avec son titre et sa légende</translation>
    </message>
    <message>
        <source>the slide: .png (image), .svg (text kept as text) or .pdf (one page)</source>
        <translation>la diapositive&#xa0;: .png (image), .svg (texte gardé en texte) ou .pdf (une page)</translation>
    </message>
    <message>
        <source>the slide&apos;s title (default: the milestone&apos;s, or the case&apos;s)</source>
        <translation>le titre de la diapositive (par défaut&#xa0;: celui de l’étape, ou celui du cas)</translation>
    </message>
    <message>
        <source>the slide&apos;s caption (default: the milestone&apos;s, or none)</source>
        <translation>la légende de la diapositive (par défaut&#xa0;: celle de l’étape, ou aucune)</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot;: %2; expected ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00 or 2010-01-17T16:30:00Z</source>
        <translation>--at «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; attendu&#xa0;: ISO 8601 avec un décalage, par ex. 2010-01-17T11:30:00-05:00 ou 2010-01-17T16:30:00Z</translation>
    </message>
    <message>
        <source>--milestone &quot;%1&quot;: expected a milestone number, 1 for the first</source>
        <translation>--milestone «&#xa0;%1&#xa0;»&#xa0;: numéro d’étape attendu, 1 pour la première</translation>
    </message>
    <message>
        <source>no case file given</source>
        <translation>aucun fichier de cas donné</translation>
    </message>
    <message>
        <source>give --at or --milestone, not both</source>
        <translation>donnez --at ou --milestone, pas les deux</translation>
    </message>
    <message>
        <source>say which moment: --at TIME or --milestone N</source>
        <translation>indiquez quel moment&#xa0;: --at TIME ou --milestone N</translation>
    </message>
    <message>
        <source>no output file given (-o OUT.png, OUT.svg or OUT.pdf)</source>
        <translation>aucun fichier de sortie donné (-o OUT.png, OUT.svg ou OUT.pdf)</translation>
    </message>
    <message>
        <source>-o &quot;%1&quot;: unknown format; the file name must end in .png, .svg or .pdf</source>
        <translation>-o «&#xa0;%1&#xa0;»&#xa0;: format inconnu&#xa0;; le nom du fichier doit finir par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--milestone %1: %2 has no milestones</source>
        <translation>--milestone %1&#xa0;: %2 n’a pas d’étapes</translation>
    </message>
    <message>
        <source>--milestone %1 is out of range: %2 has %3 milestones (1 to %4)</source>
        <translation>--milestone %1 est hors limites&#xa0;: %2 a %3 étapes (de 1 à %4)</translation>
    </message>
    <message>
        <source>%1: %2 x %3 pixels, %4 dpi</source>
        <translation>%1&#xa0;: %2 x %3 pixels, %4 ppp</translation>
    </message>
    <message>
        <source>%1: a %2 x %3 slide</source>
        <translation>%1&#xa0;: une diapositive de %2 x %3</translation>
    </message>
    <message>
        <source>number of actors, 1 to %1 (default %2)</source>
        <translation>nombre d’acteurs, de 1 à %1 (par défaut %2)</translation>
    </message>
    <message>
        <source>number of events, 0 to %1 (default %2)</source>
        <translation>nombre d’événements, de 0 à %1 (par défaut %2)</translation>
    </message>
    <message>
        <source>any unsigned 64-bit integer (default %1)</source>
        <translation>tout entier non signé de 64 bits (par défaut %1)</translation>
    </message>
    <message>
        <source>where to write the case</source>
        <translation>où écrire le cas</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <source>%1 reposts</source>
        <translation>%1 republications</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 citations</translation>
    </message>
    <message>
        <source>%1 offline</source>
        <translation>%1 hors ligne</translation>
    </message>
    <message>
        <source>%1: %2 actors, %3 events (%4), seed %5</source>
        <translation>%1&#xa0;: %2 acteurs, %3 événements (%4), graine %5</translation>
    </message>
    <message>
        <source>%1: %2 actors, %3 events (%4), seed %5, %6 to %7</source>
        <translation>%1&#xa0;: %2 acteurs, %3 événements (%4), graine %5, du %6 au %7</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2</source>
        <translation>valeur non valide «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>no output file (-o FILE)</source>
        <translation>aucun fichier de sortie (-o FILE)</translation>
    </message>
    <message>
        <source>the inputs&apos; format (default auto: told from each input&apos;s first records)</source>
        <translation>le format des entrées (par défaut auto&#xa0;: reconnu aux premiers enregistrements de chaque entrée)</translation>
    </message>
    <message>
        <source>cascade rule named in the report (default recent)</source>
        <translation>règle de cascade nommée dans le rapport (par défaut recent)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>règle inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <source>no output case (-o CASE)</source>
        <translation>aucun cas de sortie (-o CASE)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>auto (default), dot, twopi, neato, sfdp, balloon or swimlane</source>
        <translation>auto (par défaut), dot, twopi, neato, sfdp, balloon ou swimlane</translation>
    </message>
    <message>
        <source>any unsigned integer (default 1): same case and seed, same layout</source>
        <translation>tout entier non signé (par défaut 1)&#xa0;: même cas et même graine, même disposition</translation>
    </message>
    <message>
        <source>where to write the case with its layout (default: FILE itself)</source>
        <translation>où écrire le cas avec sa disposition (par défaut&#xa0;: FILE lui-même)</translation>
    </message>
    <message>
        <source>lay out and report, but write no case file</source>
        <translation>disposer et rendre compte, sans écrire de fichier de cas</translation>
    </message>
    <message>
        <source>also paint the layout into a PNG image (--png-size N pixels, default 2400)</source>
        <translation>peindre aussi la disposition dans une image PNG (--png-size N pixels, par défaut 2400)</translation>
    </message>
    <message>
        <source>run Graphviz in this process instead of a child process</source>
        <translation>exécuter Graphviz dans ce processus plutôt que dans un processus enfant</translation>
    </message>
    <message>
        <source>--engine needs a value</source>
        <translation>--engine demande une valeur</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot;</source>
        <translation>moteur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid seed &quot;%1&quot;</source>
        <translation>graine non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--png needs a file</source>
        <translation>--png demande un fichier</translation>
    </message>
    <message>
        <source>invalid --png-size &quot;%1&quot; (100 to 20000)</source>
        <translation>--png-size non valide «&#xa0;%1&#xa0;» (de 100 à 20000)</translation>
    </message>
    <message>
        <source>%1: %2 layout of %3 actors (%4 active), %5 edges in %6 s; %7 x %8 points; fingerprint %9</source>
        <translation>%1&#xa0;: disposition %2 de %3 acteurs (%4 actifs), %5 liens en %6 s&#xa0;; %7 x %8 points&#xa0;; empreinte %9</translation>
    </message>
    <message>
        <source>cannot allocate the image</source>
        <translation>impossible d’allouer l’image</translation>
    </message>
    <message>
        <source>more than one file given</source>
        <translation>plus d’un fichier donné</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot;: %2</source>
        <translation>--at «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (recent, first or root)</source>
        <translation>règle inconnue «&#xa0;%1&#xa0;» (recent, first ou root)</translation>
    </message>
    <message>
        <source>--top needs a number &gt;= 0</source>
        <translation>--top demande un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>--actor and --cascades cannot be used together</source>
        <translation>--actor et --cascades ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>unknown cascade measure &quot;%1&quot; (size, depth, width, virality or time)</source>
        <translation>mesure de cascade inconnue «&#xa0;%1&#xa0;» (size, depth, width, virality ou time)</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;</source>
        <translation>mesure inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no actor &quot;%1&quot; in %2</source>
        <translation>aucun acteur «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>one slide per milestone: DIR/01-&lt;title&gt;.png, DIR/02-..., created if missing</source>
        <translation>une diapositive par étape&#xa0;: DIR/01-&lt;title&gt;.png, DIR/02-..., créé s’il n’existe pas</translation>
    </message>
    <message>
        <source>the slides&apos; format (default png)</source>
        <translation>le format des diapositives (par défaut png)</translation>
    </message>
    <message>
        <source>also the deck: a title page, one page per milestone, a closing page with the path to each target and the measures table</source>
        <translation>aussi la présentation&#xa0;: une page de titre, une page par étape, une page de fin avec le chemin vers chaque cible et le tableau des mesures</translation>
    </message>
    <message>
        <source>also one image with the graph at every milestone (small multiples)</source>
        <translation>aussi une image avec le graphe à chaque étape (petits multiples)</translation>
    </message>
    <message>
        <source>also a PowerPoint deck: one slide per milestone, its title and caption as editable text, its speaker notes as the slide&apos;s notes</source>
        <translation>aussi une présentation PowerPoint&#xa0;: une diapositive par étape, son titre et sa légende en texte modifiable, ses notes du présentateur comme notes de la diapositive</translation>
    </message>
    <message>
        <source>with --pptx: each slide plays the replay of its beat (from the milestone before), 6 s of MP4 at 30 fps, 1280x720 or the slides&apos; --size if smaller, embedded in the deck</source>
        <translation>avec --pptx&#xa0;: chaque diapositive joue la rediffusion de son moment (depuis l’étape précédente), 6 s de MP4 à 30 i/s, en 1280x720 ou à la --size des diapositives si elle est plus petite, intégrée à la présentation</translation>
    </message>
    <message>
        <source>--pdf &quot;%1&quot;: the deck&apos;s file name must end in .pdf</source>
        <translation>--pdf «&#xa0;%1&#xa0;»&#xa0;: le nom du fichier de la présentation doit finir par .pdf</translation>
    </message>
    <message>
        <source>--filmstrip &quot;%1&quot;: the file name must end in .png</source>
        <translation>--filmstrip «&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit finir par .png</translation>
    </message>
    <message>
        <source>--pptx &quot;%1&quot;: the deck&apos;s file name must end in .pptx</source>
        <translation>--pptx «&#xa0;%1&#xa0;»&#xa0;: le nom du fichier de la présentation doit finir par .pptx</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot;: expected png or svg</source>
        <translation>--format «&#xa0;%1&#xa0;»&#xa0;: png ou svg attendu</translation>
    </message>
    <message>
        <source>no output folder given (-o DIR)</source>
        <translation>aucun dossier de sortie donné (-o DIR)</translation>
    </message>
    <message>
        <source>--clips goes with --pptx DECK.pptx (the clips are embedded in the deck)</source>
        <translation>--clips va avec --pptx DECK.pptx (les clips sont intégrés à la présentation)</translation>
    </message>
    <message>
        <source>%1 has no milestones: nothing to tell (use cascade export --at TIME)</source>
        <translation>%1 n’a pas d’étapes&#xa0;: rien à raconter (utilisez cascade export --at TIME)</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>impossible de créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1&#xa0;: %2 pages</translation>
    </message>
    <message>
        <source>%1: %2 slides, each with its replay clip</source>
        <translation>%1&#xa0;: %2 diapositives, chacune avec son clip de rediffusion</translation>
    </message>
    <message>
        <source>%1: %2 slides</source>
        <translation>%1&#xa0;: %2 diapositives</translation>
    </message>
    <message>
        <source>%1: ok (%2 actors, %3 events)</source>
        <translation>%1&#xa0;: ok (%2 acteurs, %3 événements)</translation>
    </message>
    <message>
        <source>the video: .mp4 (H.264, plays in PowerPoint, Impress, browsers, phones) or .webm (VP9), or .gif (animated; 960x540 at 10 fps unless given)</source>
        <translation>la vidéo&#xa0;: .mp4 (H.264, lue par PowerPoint, Impress, les navigateurs, les téléphones) ou .webm (VP9), ou .gif (animé&#xa0;; 960x540 à 10 i/s sauf indication contraire)</translation>
    </message>
    <message>
        <source>start at TIME (ISO 8601 with an offset; default: the case&apos;s first event)</source>
        <translation>commencer à TIME (ISO 8601 avec un décalage&#xa0;; par défaut&#xa0;: le premier événement du cas)</translation>
    </message>
    <message>
        <source>end at TIME (default: the case&apos;s last event)</source>
        <translation>finir à TIME (par défaut&#xa0;: le dernier événement du cas)</translation>
    </message>
    <message>
        <source>start at milestone N (1 = the first); given twice, the second is where it ends</source>
        <translation>commencer à l’étape N (1 = la première)&#xa0;; si l’option est donnée deux fois, la seconde indique où la vidéo finit</translation>
    </message>
    <message>
        <source>seconds of video (default 30)</source>
        <translation>secondes de vidéo (par défaut 30)</translation>
    </message>
    <message>
        <source>frames per second, 1 to 120 (default 30)</source>
        <translation>images par seconde, de 1 à 120 (par défaut 30)</translation>
    </message>
    <message>
        <source>milestones: each stretch between two milestones gets the same time (default); real: time in proportion to the case&apos;s time</source>
        <translation>milestones&#xa0;: chaque intervalle entre deux étapes reçoit la même durée (par défaut)&#xa0;; real&#xa0;: une durée proportionnelle au temps du cas</translation>
    </message>
    <message>
        <source>seconds held at each milestone (default 2.5; at most half the video)</source>
        <translation>secondes d’arrêt sur chaque étape (par défaut 2.5&#xa0;; au plus la moitié de la vidéo)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3; expected ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3&#xa0;; attendu&#xa0;: ISO 8601 avec un décalage, par ex. 2010-01-17T11:30:00-05:00</translation>
    </message>
    <message>
        <source>--duration &quot;%1&quot;: expected seconds, more than 0 and at most 3600</source>
        <translation>--duration «&#xa0;%1&#xa0;»&#xa0;: secondes attendues, plus de 0 et au plus 3600</translation>
    </message>
    <message>
        <source>--fps &quot;%1&quot;: expected frames per second from 1 to 120</source>
        <translation>--fps «&#xa0;%1&#xa0;»&#xa0;: images par seconde attendues, de 1 à 120</translation>
    </message>
    <message>
        <source>--hold &quot;%1&quot;: expected seconds, 0 or more</source>
        <translation>--hold «&#xa0;%1&#xa0;»&#xa0;: secondes attendues, 0 ou plus</translation>
    </message>
    <message>
        <source>--pacing &quot;%1&quot;: expected milestones or real</source>
        <translation>--pacing «&#xa0;%1&#xa0;»&#xa0;: milestones ou real attendu</translation>
    </message>
    <message>
        <source>no output file given (-o REPLAY.mp4, REPLAY.webm or REPLAY.gif)</source>
        <translation>aucun fichier de sortie donné (-o REPLAY.mp4, REPLAY.webm ou REPLAY.gif)</translation>
    </message>
    <message>
        <source>-o &quot;%1&quot;: unknown format; the file name must end in .mp4, .webm or .gif</source>
        <translation>-o «&#xa0;%1&#xa0;»&#xa0;: format inconnu&#xa0;; le nom du fichier doit finir par .mp4, .webm ou .gif</translation>
    </message>
    <message>
        <source>--milestone is given at most twice (where the video starts, where it ends)</source>
        <translation>--milestone se donne au plus deux fois (où la vidéo commence, où elle finit)</translation>
    </message>
    <message>
        <source>give --from or a first --milestone, and --to or a second --milestone, not both</source>
        <translation>donnez --from ou un premier --milestone, et --to ou un second --milestone, pas les deux</translation>
    </message>
    <message>
        <source>--scale does not apply to a video: give its --size in pixels</source>
        <translation>--scale ne s’applique pas à une vidéo&#xa0;: donnez sa --size en pixels</translation>
    </message>
    <message>
        <source>--size %1x%2: a video&apos;s sides are even numbers of pixels</source>
        <translation>--size %1x%2&#xa0;: les côtés d’une vidéo sont des nombres pairs de pixels</translation>
    </message>
    <message>
        <source>%1 has no events: nothing to replay</source>
        <translation>%1 n’a pas d’événements&#xa0;: rien à rediffuser</translation>
    </message>
    <message>
        <source>the video would end before it starts</source>
        <translation>la vidéo finirait avant de commencer</translation>
    </message>
    <message>
        <source>%1: %2 frames, %3 s at %4 fps, %5x%6, %7 (%8 s to make)</source>
        <translation>%1&#xa0;: %2 images, %3 s à %4 i/s, %5x%6, %7 (créée en %8 s)</translation>
    </message>
    <message>
        <source>Checks each case file: &quot;FILE: ok&quot; with its counts, or one FILE:LINE:COL: line per problem; exit 1 when a file has one.</source>
        <translation>Vérifie chaque fichier de cas&#xa0;: «&#xa0;FILE: ok&#xa0;» avec ses effectifs, ou une ligne FILE:LINE:COL: par problème&#xa0;; code de sortie 1 quand un fichier en a un.</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>lighter: inferred</source>
        <translation>plus clair&#xa0;: déduit</translation>
    </message>
</context>
<context>
    <name>GraphTheme</name>
    <message>
        <source>Repost</source>
        <translation>Republication</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Offline contact</source>
        <translation>Contact hors ligne</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>post %1 has the date &quot;%2&quot;</source>
        <translation>le message %1 a la date «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: repost of %2 has no valid time, left out</source>
        <translation>%1&#xa0;: la republication de %2 n’a pas d’heure valide, laissée de côté</translation>
    </message>
    <message>
        <source>imported as %1</source>
        <translation>importé au format %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé de %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>a folder without data/tweets.js or data/tweet.js</source>
        <translation>un dossier sans data/tweets.js ni data/tweet.js</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a zip archive without data/tweets.js or data/tweet.js</source>
        <translation>une archive zip sans data/tweets.js ni data/tweet.js</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>JSON whose first record has none of the keys of a known format</source>
        <translation>du JSON dont le premier enregistrement n’a aucune des clés d’un format connu</translation>
    </message>
    <message>
        <source>neither JSON nor a TAGS or NodeXL table</source>
        <translation>ni du JSON, ni une table TAGS ou NodeXL</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>%1:%2: %3, skipped (%4)</source>
        <translation>%1:%2&#xa0;: %3, ignoré (%4)</translation>
    </message>
    <message>
        <source>%1: more records skipped, not listed</source>
        <translation>%1&#xa0;: d’autres enregistrements ignorés, non listés</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <source>%1: cannot tell the format (%2); name it (cascade import --format, or Format in the import dialog)</source>
        <translation>%1&#xa0;: impossible de reconnaître le format (%2)&#xa0;; indiquez-le (cascade import --format, ou Format dans la fenêtre d’importation)</translation>
    </message>
    <message>
        <source>%1: the %2 importer is not available yet</source>
        <translation>%1&#xa0;: l’importateur %2 n’est pas encore disponible</translation>
    </message>
    <message>
        <source>%1: no posts found (%2 records read; skipped: %3)</source>
        <translation>%1&#xa0;: aucun message trouvé (%2 enregistrements lus&#xa0;; ignorés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>internal error: the imported case is inconsistent: %1</source>
        <translation>erreur interne&#xa0;: le cas importé est incohérent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes, the limit for a single JSON document</source>
        <translation>%1&#xa0;: plus de %2 octets, la limite pour un seul document JSON</translation>
    </message>
    <message>
        <source>status %1 has the date &quot;%2&quot;</source>
        <translation>le statut %1 a la date «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>not a NodeXL edges table: no Vertex 1 and Vertex 2 columns</source>
        <translation>pas une table de liens NodeXL&#xa0;: pas de colonnes Vertex 1 et Vertex 2</translation>
    </message>
    <message>
        <source>a document type declaration (GraphML needs none): refused</source>
        <translation>une déclaration de type de document (GraphML n’en a pas besoin)&#xa0;: refusée</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a TAGS table: no id_str and from_user columns</source>
        <translation>pas une table TAGS&#xa0;: pas de colonnes id_str et from_user</translation>
    </message>
    <message>
        <source>%1:%2: a quoted cell is not closed before the end of the file</source>
        <translation>%1:%2&#xa0;: une cellule entre guillemets n’est pas fermée avant la fin du fichier</translation>
    </message>
    <message>
        <source>%1: %2 ids rounded by a spreadsheet were recovered from status_url</source>
        <translation>%1&#xa0;: %2 identifiants arrondis par un tableur ont été retrouvés dans status_url</translation>
    </message>
    <message>
        <source>id_str and status_url give no id</source>
        <translation>id_str et status_url ne donnent aucun identifiant</translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot;</source>
        <translation>created_at «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>from_user_id_str is empty</source>
        <translation>from_user_id_str est vide</translation>
    </message>
    <message>
        <source>tweet %1 has the date &quot;%2&quot;</source>
        <translation>le tweet %1 a la date «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no tweets.js or tweet.js here nor in its data/ folder: not an X account archive</source>
        <translation>%1&#xa0;: ni tweets.js ni tweet.js ici ni dans son dossier data/&#xa0;: ce n’est pas une archive de compte X</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive: %2</source>
        <translation>%1&#xa0;: pas une archive zip lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 of the zip has no readable name: %3</source>
        <translation>%1&#xa0;: l’entrée %2 du zip n’a pas de nom lisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the zip entry &quot;%2&quot; points outside the archive (an absolute path or &quot;..&quot;); the archive is refused</source>
        <translation>%1&#xa0;: l’entrée «&#xa0;%2&#xa0;» du zip pointe hors de l’archive (un chemin absolu ou «&#xa0;..&#xa0;»)&#xa0;; l’archive est refusée</translation>
    </message>
    <message>
        <source>%1: the zip holds no data/tweets.js or data/tweet.js: not an X account archive</source>
        <translation>%1&#xa0;: le zip ne contient ni data/tweets.js ni data/tweet.js&#xa0;: ce n’est pas une archive de compte X</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes unpacked, the limit for a single JSON document</source>
        <translation>%1&#xa0;: plus de %2 octets une fois décompressé, la limite pour un seul document JSON</translation>
    </message>
    <message>
        <source>%1: cannot read from the zip: %2</source>
        <translation>%1&#xa0;: lecture impossible dans le zip&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an X archive data file: it does not start with an assignment such as &quot;window.YTD.tweets.part0 = [&quot;</source>
        <translation>pas un fichier de données d’archive X&#xa0;: il ne commence pas par une affectation telle que «&#xa0;window.YTD.tweets.part0 = [&#xa0;»</translation>
    </message>
    <message>
        <source>a file of the legacy archive (Grailbird, data/js/tweets/) is not read: use a newer archive, whose data/ folder holds tweets.js</source>
        <translation>un fichier de l’ancienne archive (Grailbird, data/js/tweets/) n’est pas lu&#xa0;: utilisez une archive plus récente, dont le dossier data/ contient tweets.js</translation>
    </message>
    <message>
        <source>not an X archive data file: &quot;=&quot; is not followed by a JSON array</source>
        <translation>pas un fichier de données d’archive X&#xa0;: «&#xa0;=&#xa0;» n’est pas suivi d’un tableau JSON</translation>
    </message>
    <message>
        <source>%1: only this file is read, not %2 beside it; give the folder to read every part</source>
        <translation>%1&#xa0;: seul ce fichier est lu, pas %2 à côté&#xa0;; donnez le dossier pour lire toutes les parties</translation>
    </message>
    <message>
        <source>%1: no account.js beside the tweets</source>
        <translation>%1&#xa0;: pas de account.js à côté des tweets</translation>
    </message>
    <message>
        <source>%1: not valid JSON after &quot;=&quot; (%2)</source>
        <translation>%1&#xa0;: JSON non valide après «&#xa0;=&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1: names no accountId</source>
        <translation>%1&#xa0;: ne nomme aucun accountId</translation>
    </message>
    <message>
        <source>Owner of the archive (unknown)</source>
        <translation>Propriétaire de l’archive (inconnu)</translation>
    </message>
    <message>
        <source>%1: the owner of the archive is unknown; its tweets are credited to the placeholder @%2</source>
        <translation>%1&#xa0;: le propriétaire de l’archive est inconnu&#xa0;; ses tweets sont attribués au compte fictif @%2</translation>
    </message>
    <message>
        <source>holds window.YTD.%1, not tweets (window.YTD.tweets or window.YTD.tweet)</source>
        <translation>contient window.YTD.%1, pas des tweets (window.YTD.tweets ou window.YTD.tweet)</translation>
    </message>
    <message>
        <source>an item that is not an object</source>
        <translation>un élément qui n’est pas un objet</translation>
    </message>
    <message>
        <source>a tweet without id_str</source>
        <translation>un tweet sans id_str</translation>
    </message>
    <message>
        <source>an item without &quot;tweet&quot;</source>
        <translation>un élément sans «&#xa0;tweet&#xa0;»</translation>
    </message>
    <message>
        <source>not valid JSON after &quot;=&quot; (%1)</source>
        <translation>JSON non valide après «&#xa0;=&#xa0;» (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n reposts credit the original author; cascade reconstructed with rule %1 (%2)</source>
        <translation>
            <numerusform>%n republication attribuée à l’auteur d’origine&#xa0;; cascade reconstruite avec la règle %1 (%2)</numerusform>
            <numerusform>%n republications attribuées à l’auteur d’origine&#xa0;; cascade reconstruite avec la règle %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relays credited to an intermediate relayer instead</source>
        <translation>
            <numerusform>%n relais attribué plutôt à un relais intermédiaire</numerusform>
            <numerusform>%n relais attribués plutôt à un relais intermédiaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referenced posts are missing from the data: their authors are unknown unless the record names them (then linked by a mention)</source>
        <translation>
            <numerusform>%n message référencé est absent des données&#xa0;: son auteur est inconnu, sauf si l’enregistrement le nomme (il est alors lié par une mention)</numerusform>
            <numerusform>%n messages référencés sont absents des données&#xa0;: leurs auteurs sont inconnus, sauf si l’enregistrement les nomme (ils sont alors liés par une mention)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts are dated before the post they answer or relay: that link was dropped</source>
        <translation>
            <numerusform>%n message est daté d’avant le message auquel il répond ou qu’il relaie&#xa0;: ce lien a été supprimé</numerusform>
            <numerusform>%n messages sont datés d’avant le message auquel ils répondent ou qu’ils relaient&#xa0;: ce lien a été supprimé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3, left out</source>
        <translation>%1:%2 : %3, laissé de côté</translation>
    </message>
</context>
<context>
    <name>ImportJson</name>
    <message>
        <source>valid JSON, but not in the shape this format has</source>
        <translation>du JSON valide, mais pas de la forme de ce format</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>byte %1, %2: %3</source>
        <translation>octet %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>like (not an event)</source>
        <translation>j’aime (pas un événement)</translation>
    </message>
    <message>
        <source>reposter without a time (getRepostedBy)</source>
        <translation>auteur d’une republication sans heure (getRepostedBy)</translation>
    </message>
    <message>
        <source>thread deeper than followed</source>
        <translation>fil plus profond que ce qui est suivi</translation>
    </message>
    <message>
        <source>post not found</source>
        <translation>message introuvable</translation>
    </message>
    <message>
        <source>blocked post</source>
        <translation>message bloqué</translation>
    </message>
    <message>
        <source>not a post</source>
        <translation>pas un message</translation>
    </message>
    <message>
        <source>impossible date</source>
        <translation>date impossible</translation>
    </message>
    <message>
        <source>error object</source>
        <translation>objet d’erreur</translation>
    </message>
    <message>
        <source>account without a time (reblogged_by, favourited_by)</source>
        <translation>compte sans heure (reblogged_by, favourited_by)</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>pas un statut</translation>
    </message>
    <message>
        <source>edge without both vertices</source>
        <translation>lien sans ses deux sommets</translation>
    </message>
    <message>
        <source>edge without a time</source>
        <translation>lien sans heure</translation>
    </message>
    <message>
        <source>unknown relationship</source>
        <translation>relation inconnue</translation>
    </message>
    <message>
        <source>no usable id</source>
        <translation>pas d’identifiant utilisable</translation>
    </message>
    <message>
        <source>no author id</source>
        <translation>pas d’identifiant d’auteur</translation>
    </message>
    <message>
        <source>delete notice</source>
        <translation>avis de suppression</translation>
    </message>
    <message>
        <source>limit notice</source>
        <translation>avis de limite</translation>
    </message>
    <message>
        <source>stream notice</source>
        <translation>avis du flux</translation>
    </message>
    <message>
        <source>tweet without author</source>
        <translation>tweet sans auteur</translation>
    </message>
    <message>
        <source>not a tweet</source>
        <translation>pas un tweet</translation>
    </message>
    <message>
        <source>truncated line</source>
        <translation>ligne tronquée</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>user object</source>
        <translation>objet utilisateur</translation>
    </message>
    <message>
        <source>count object</source>
        <translation>objet de comptage</translation>
    </message>
    <message>
        <source>not a record of this format</source>
        <translation>pas un enregistrement de ce format</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>input: %1 (%2)</source>
        <translation>entrée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>records read: %1</source>
        <translation>enregistrements lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>posts imported: %1</source>
        <translation>messages importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>actors: %1</source>
        <translation>acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicates merged: %1</source>
        <translation>doublons fusionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>time span: %1 to %2</source>
        <translation>période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JsonDiagnose</name>
    <message>
        <source>invalid UTF-8 byte %1 (case files are UTF-8 text)</source>
        <translation>octet UTF-8 invalide %1 (les fichiers de cas sont du texte UTF-8)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>expected the end of the file after the top-level value, found %1</source>
        <translation>on attendait la fin du fichier après la valeur de niveau supérieur, on a trouvé %1</translation>
    </message>
    <message>
        <source>expected %1, found the end of the file (is the file cut off?)</source>
        <translation>on attendait %1, on a trouvé la fin du fichier (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>on attendait %1, on a trouvé %2</translation>
    </message>
    <message>
        <source>expected a value (text goes in double quotes), found %1</source>
        <translation>on attendait une valeur (le texte se met entre guillemets doubles), on a trouvé %1</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string, found the end of the file (is the file cut off?)</source>
        <translation>on attendait &apos;&quot;&apos; pour terminer la chaîne, on a trouvé la fin du fichier (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>invalid escape in a string (expected \u and four hexadecimal digits)</source>
        <translation>échappement invalide dans une chaîne (on attendait \u et quatre chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>invalid escape \u%1 in a string (half of a UTF-16 pair without its first half)</source>
        <translation>échappement \u%1 invalide dans une chaîne (moitié d’une paire UTF-16 sans sa première moitié)</translation>
    </message>
    <message>
        <source>invalid escape \u%1 in a string (half of a UTF-16 pair without its second half)</source>
        <translation>échappement \u%1 invalide dans une chaîne (moitié d’une paire UTF-16 sans sa seconde moitié)</translation>
    </message>
    <message>
        <source>invalid escape in a string (expected \&quot; \\ \/ \b \f \n \r \t or \u and four hexadecimal digits)</source>
        <translation>échappement invalide dans une chaîne (on attendait \&quot; \\ \/ \b \f \n \r \t ou \u et quatre chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>expected text or &apos;&quot;&apos; to end the string, found a NUL byte (0x00), which a text file cannot contain</source>
        <translation>on attendait du texte ou &apos;&quot;&apos; pour terminer la chaîne, on a trouvé un octet NUL (0x00), qu’un fichier texte ne peut pas contenir</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string, found a line break (a missing &apos;&quot;&apos;? a line break in a text is written \n)</source>
        <translation>on attendait &apos;&quot;&apos; pour terminer la chaîne, on a trouvé un saut de ligne (un &apos;&quot;&apos; manquant&#xa0;? un saut de ligne dans un texte s’écrit \n)</translation>
    </message>
    <message>
        <source>expected text or &apos;&quot;&apos; to end the string, found control character %1 (write it as \u00%2)</source>
        <translation>on attendait du texte ou &apos;&quot;&apos; pour terminer la chaîne, on a trouvé le caractère de contrôle %1 (écrivez-le \u00%2)</translation>
    </message>
    <message>
        <source>expected a number such as 12, -3.5 or 1e6, found %1</source>
        <translation>on attendait un nombre comme 12, -3.5 ou 1e6, on a trouvé %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos; (text goes in double quotes)</source>
        <translation>on attendait %1, on a trouvé &apos; (le texte se met entre guillemets doubles)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels (the limit for case files)</source>
        <translation>imbrication de plus de %1 niveaux (la limite des fichiers de cas)</translation>
    </message>
    <message>
        <source>expected a member name after &apos;,&apos;, found &apos;}&apos; (one comma too many?)</source>
        <translation>on attendait un nom de membre après &apos;,&apos;, on a trouvé &apos;}&apos; (une virgule de trop&#xa0;?)</translation>
    </message>
    <message>
        <source>a member name in double quotes, or &apos;}&apos;</source>
        <translation>un nom de membre entre guillemets doubles, ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; après le nom du membre</translation>
    </message>
    <message>
        <source>a value after &apos;:&apos;</source>
        <translation>une valeur après &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;,&apos;, found &apos;]&apos; (one comma too many?)</source>
        <translation>on attendait une valeur après &apos;,&apos;, on a trouvé &apos;]&apos; (une virgule de trop&#xa0;?)</translation>
    </message>
    <message>
        <source>a value or &apos;]&apos;</source>
        <translation>une valeur ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>a NUL byte (0x00), which a text file cannot contain</source>
        <translation>un octet NUL (0x00), qu’un fichier texte ne peut pas contenir</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>l’octet %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>JSON syntax error: unexpected text after the value</source>
        <translation>erreur de syntaxe JSON&#xa0;: texte inattendu après la valeur</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid literal</source>
        <translation>erreur de syntaxe JSON&#xa0;: littéral invalide</translation>
    </message>
    <message>
        <source>JSON syntax error: control character in a string</source>
        <translation>erreur de syntaxe JSON&#xa0;: caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid \u escape</source>
        <translation>erreur de syntaxe JSON&#xa0;: échappement \u invalide</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid escape in a string</source>
        <translation>erreur de syntaxe JSON&#xa0;: échappement invalide dans une chaîne</translation>
    </message>
    <message>
        <source>JSON syntax error: unterminated string</source>
        <translation>erreur de syntaxe JSON&#xa0;: chaîne non terminée</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid number</source>
        <translation>erreur de syntaxe JSON&#xa0;: nombre invalide</translation>
    </message>
    <message>
        <source>JSON syntax error: unexpected end of the value</source>
        <translation>erreur de syntaxe JSON&#xa0;: fin inattendue de la valeur</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>JSON syntax error: expected a member name</source>
        <translation>erreur de syntaxe JSON&#xa0;: nom de membre attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &apos;:&apos;</source>
        <translation>erreur de syntaxe JSON&#xa0;: &apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: unexpected end inside an array or object</source>
        <translation>erreur de syntaxe JSON&#xa0;: fin inattendue dans un tableau ou un objet</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>erreur de syntaxe JSON&#xa0;: &apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>erreur de syntaxe JSON&#xa0;: &apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1&#xa0;Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#xa0;octets</translation>
    </message>
</context>
<context>
    <name>LayoutEngine</name>
    <message>
        <source>neato cannot lay out %1 connected actors (its limit is %2): choose sfdp, twopi or balloon</source>
        <translation>neato ne peut pas disposer %1 acteurs reliés (sa limite est %2)&#xa0;: choisissez sfdp, twopi ou balloon</translation>
    </message>
    <message>
        <source>Laying out with %1</source>
        <translation>Disposition avec %1</translation>
    </message>
    <message>
        <source>Arranging</source>
        <translation>Agencement</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Automatic choice for %1 active actors: %2</source>
        <translation>Choix automatique pour %1 acteurs actifs&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backbone of the case is not a forest</source>
        <translation>L’ossature du cas n’est pas une forêt</translation>
    </message>
    <message>
        <source>Placing pinned actors</source>
        <translation>Placement des acteurs épinglés</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>MeasureInfo</name>
    <message>
        <source>How many accounts follow it: its declared audience, not how many saw a message.</source>
        <translation>Combien de comptes le suivent&#xa0;: son audience déclarée, pas le nombre de personnes qui ont vu un message.</translation>
    </message>
    <message>
        <source>Messages it published that its followers could see: posts, replies and quotes (not its reposts).</source>
        <translation>Les messages qu’il a publiés et que ses abonnés pouvaient voir&#xa0;: publications, réponses et citations (pas ses republications).</translation>
    </message>
    <message>
        <source>How many times others reposted its messages.</source>
        <translation>Combien de fois d’autres ont republié ses messages.</translation>
    </message>
    <message>
        <source>How many replies its messages got.</source>
        <translation>Combien de réponses ses messages ont reçues.</translation>
    </message>
    <message>
        <source>How many times others quoted its messages.</source>
        <translation>Combien de fois d’autres ont cité ses messages.</translation>
    </message>
    <message>
        <source>How many messages named it (the automatic &quot;RT @...&quot; of a repost does not count).</source>
        <translation>Combien de messages l’ont nommé (le «&#xa0;RT @...&#xa0;» automatique d’une republication ne compte pas).</translation>
    </message>
    <message>
        <source>Its followers times its posts, plus the followers of everyone who reposted it. </source>
        <translation>Ses abonnés multipliés par ses publications, plus les abonnés de tous ceux qui l’ont republié. </translation>
    </message>
    <message>
        <source>Messages in the cascades it started: its own messages plus every relay of them, direct or through others.</source>
        <translation>Les messages des cascades qu’il a lancées&#xa0;: ses propres messages et tous leurs relais, directs ou par d’autres.</translation>
    </message>
    <message>
        <source>The part of all cascade messages so far that belong to cascades it started.</source>
        <translation>La part de tous les messages de cascade jusqu’ici qui appartient aux cascades qu’il a lancées.</translation>
    </message>
    <message>
        <source>Relays credited directly to one of its messages under the credit rule.</source>
        <translation>Les relais attribués directement à l’un de ses messages selon la règle d’attribution.</translation>
    </message>
    <message>
        <source>Relays by others that came through its messages, directly or further down, under the credit rule.</source>
        <translation>Les relais d’autres passés par ses messages, directement ou plus loin, selon la règle d’attribution.</translation>
    </message>
    <message>
        <source>High when it is reposted, answered or named by actors who themselves get much attention (time ignored).</source>
        <translation>Élevé quand il est republié, reçoit des réponses ou est nommé par des acteurs qui reçoivent eux-mêmes beaucoup d’attention (sans tenir compte du temps).</translation>
    </message>
    <message>
        <source>How often it lies on the shortest route between two other actors of the interaction graph (time ignored).</source>
        <translation>Combien de fois il se trouve sur le plus court chemin entre deux autres acteurs du graphe des interactions (sans tenir compte du temps).</translation>
    </message>
    <message>
        <source>How deep it sits in the tightly knit core: it belongs to a group where everyone has at least k contacts.</source>
        <translation>La profondeur à laquelle il se trouve dans le noyau soudé&#xa0;: il appartient à un groupe où chacun a au moins k contacts.</translation>
    </message>
    <message>
        <source>How long after the origin&apos;s first message the message first reached it, along a path that respects time.</source>
        <translation>Combien de temps après le premier message de l’origine le message l’a atteint pour la première fois, par un chemin qui respecte le temps.</translation>
    </message>
    <message>
        <source>How quickly its own messages reach others: the sum over the actors it reaches of 1 / minutes taken.</source>
        <translation>La vitesse à laquelle ses propres messages atteignent les autres&#xa0;: la somme, sur les acteurs qu’il atteint, de 1 / minutes écoulées.</translation>
    </message>
    <message>
        <source>Pairs of actors it passes a message between that have no direct link, by the groups involved.</source>
        <translation>Les paires d’acteurs sans lien direct entre lesquelles il fait passer un message, selon les groupes en jeu.</translation>
    </message>
    <message>
        <source>Most recent exposure</source>
        <translation>Exposition la plus récente</translation>
    </message>
    <message>
        <source>First exposure</source>
        <translation>Première exposition</translation>
    </message>
    <message>
        <source>Root only (platform)</source>
        <translation>Racine seulement (plateforme)</translation>
    </message>
    <message>
        <source>A repost is credited to the last account the reposter was in contact with that relayed it before.</source>
        <translation>Une republication est attribuée au dernier compte avec lequel le republiant était en contact et qui l’avait relayée avant lui.</translation>
    </message>
    <message>
        <source>A repost is credited to the first account the reposter was in contact with that relayed it.</source>
        <translation>Une republication est attribuée au premier compte avec lequel le republiant était en contact et qui l’avait relayée.</translation>
    </message>
    <message>
        <source>Every repost is credited to the original author, as the platforms&apos; data do.</source>
        <translation>Chaque republication est attribuée à l’auteur d’origine, comme dans les données des plateformes.</translation>
    </message>
    <message>
        <source>Passes a message between members of its own group.</source>
        <translation>Fait passer un message entre membres de son propre groupe.</translation>
    </message>
    <message>
        <source>Passes a message between two members of another group.</source>
        <translation>Fait passer un message entre deux membres d’un autre groupe.</translation>
    </message>
    <message>
        <source>Lets a message from another group into its own group.</source>
        <translation>Fait entrer dans son groupe un message venu d’un autre groupe.</translation>
    </message>
    <message>
        <source>Carries its own group&apos;s message to another group.</source>
        <translation>Porte le message de son groupe vers un autre groupe.</translation>
    </message>
    <message>
        <source>Passes a message between two groups it does not belong to.</source>
        <translation>Fait passer un message entre deux groupes auxquels il n’appartient pas.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>relays or answers</source>
        <translation>relaie ou répond</translation>
    </message>
    <message>
        <source>acts on it (prompted)</source>
        <translation>agit en conséquence (sollicité)</translation>
    </message>
    <message>
        <source>passes it on</source>
        <translation>le transmet</translation>
    </message>
    <message>
        <source>is addressed</source>
        <translation>est interpellé</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Reposts received</source>
        <translation>Republications reçues</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Quotes received</source>
        <translation>Citations reçues</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Mentions received</source>
        <translation>Mentions reçues</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Potential exposure (upper bound)</source>
        <translation>Exposition potentielle (majorant)</translation>
    </message>
    <message>
        <source>Exposure (max)</source>
        <translation>Exposition (max.)</translation>
    </message>
    <message>
        <source>Cascade size</source>
        <translation>Taille des cascades</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Cascade share</source>
        <translation>Part des cascades</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Direct children</source>
        <translation>Relais directs</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Directs</translation>
    </message>
    <message>
        <source>Downstream subtree</source>
        <translation>Sous-arbre en aval</translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation>Sous-arbre</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>k-core</source>
        <translation>k-cœur</translation>
    </message>
    <message>
        <source>Latency from the origin</source>
        <translation>Délai depuis l’origine</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Temporal closeness</source>
        <translation>Proximité temporelle</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Brokered pairs</source>
        <translation>Paires intermédiées</translation>
    </message>
    <message>
        <source>Brokered</source>
        <translation>Intermédiées</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>In the case&apos;s display time zone, %1</source>
        <translation>Dans le fuseau horaire d’affichage du cas, %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Republication</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Offline contact</source>
        <translation>Contact hors ligne</translation>
    </message>
</context>
<context>
    <name>SlideActorPanel</name>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Brokers mostly as</source>
        <translation>Intermédiaire surtout comme</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Path from the origin</source>
        <translation>Chemin depuis l’origine</translation>
    </message>
    <message>
        <source>not reached from the origin yet</source>
        <translation>pas encore atteint depuis l’origine</translation>
    </message>
</context>
<context>
    <name>SlideCommandLine</name>
    <message>
        <source>Cascade of %1&apos;s repost %2 at %3</source>
        <translation>Cascade de la republication %2 de %1 à %3</translation>
    </message>
    <message>
        <source>Cascade of %1&apos;s reply %2 at %3</source>
        <translation>Cascade de la réponse %2 de %1 à %3</translation>
    </message>
    <message>
        <source>Cascade of %1&apos;s quote %2 at %3</source>
        <translation>Cascade de la citation %2 de %1 à %3</translation>
    </message>
    <message>
        <source>Cascade of %1&apos;s offline contact %2 at %3</source>
        <translation>Cascade du contact hors ligne %2 de %1 à %3</translation>
    </message>
    <message>
        <source>Cascade of %1&apos;s post %2 at %3</source>
        <translation>Cascade de la publication %2 de %1 à %3</translation>
    </message>
    <message>
        <source>%1: not posted yet</source>
        <translation>%1 : pas encore publié</translation>
    </message>
    <message>
        <source>%1: not relayed yet</source>
        <translation>%1 : pas encore relayé</translation>
    </message>
    <message>
        <source>%1: %2 nodes, depth %3, width %4, structural virality %5 (%6)</source>
        <translation>%1 : %2 nœuds, profondeur %3, largeur %4, viralité structurelle %5 (%6)</translation>
    </message>
    <message>
        <source>slide size in pixels (default 1920x1080; presets 1280x720, 1920x1080, 3840x2160)</source>
        <translation>taille de la diapositive en pixels (1920x1080 par défaut&#xa0;; préréglages 1280x720, 1920x1080, 3840x2160)</translation>
    </message>
    <message>
        <source>pixels per slide pixel, 0.25 to 8 (default 1): a PNG of WxH times S, at 96 x S dpi</source>
        <translation>pixels par pixel de diapositive, de 0.25 à 8 (1 par défaut)&#xa0;: un PNG de WxH fois S, à 96 x S ppp</translation>
    </message>
    <message>
        <source>light (default), dark or print (high contrast on white)</source>
        <translation>light (par défaut), dark ou print (fort contraste sur blanc)</translation>
    </message>
    <message>
        <source>%1 (default auto: the layout saved in the case, else by size)</source>
        <translation>%1 (auto par défaut&#xa0;: la disposition enregistrée dans le cas, sinon selon la taille)</translation>
    </message>
    <message>
        <source>shown (default: the actors shown at the moment, zoomed in early on) or whole (the whole case on every slide: a fixed camera)</source>
        <translation>shown (par défaut&#xa0;: les acteurs visibles à ce moment, zoom serré au début) ou whole (tout le cas sur chaque diapositive&#xa0;: une caméra fixe)</translation>
    </message>
    <message>
        <source>show accounts with fewer than N followers as &quot;follower 1&quot;, &quot;follower 2&quot;...</source>
        <translation>montrer les comptes de moins de N abonnés comme «&#xa0;abonné 1&#xa0;», «&#xa0;abonné 2&#xa0;»...</translation>
    </message>
    <message>
        <source>highlight this actor and list its key measures and path from the origin</source>
        <translation>mettre cet acteur en évidence, avec ses mesures clés et son chemin depuis l’origine</translation>
    </message>
    <message>
        <source>highlight the cascade rooted at this event (its id), as of each slide&apos;s time</source>
        <translation>mettre en évidence la cascade issue de cet événement (son id), au moment de chaque diapositive</translation>
    </message>
    <message>
        <source>show a note pinned to an actor and a moment beside the actor for M minutes from that moment (default 60), or off</source>
        <translation>montrer une note épinglée à un acteur et à un moment à côté de l’acteur pendant M minutes à partir de ce moment (60 par défaut), ou off</translation>
    </message>
    <message>
        <source>more than one case file given (&quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>plus d’un fichier de cas donné («&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot;: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080 (16 to 16384 a side)</source>
        <translation>--size «&#xa0;%1&#xa0;»&#xa0;: on attendait LARGEURxHAUTEUR en pixels, par exemple 1920x1080 (16 à 16384 par côté)</translation>
    </message>
    <message>
        <source>--scale &quot;%1&quot;: expected a number from 0.25 to 8, e.g. 2</source>
        <translation>--scale «&#xa0;%1&#xa0;»&#xa0;: on attendait un nombre de 0.25 à 8, par exemple 2</translation>
    </message>
    <message>
        <source>--theme &quot;%1&quot;: expected %2</source>
        <translation>--theme «&#xa0;%1&#xa0;»&#xa0;: on attendait %2</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (expected %2)</source>
        <translation>disposition inconnue «&#xa0;%1&#xa0;» (on attendait %2)</translation>
    </message>
    <message>
        <source>--frame &quot;%1&quot;: expected shown or whole</source>
        <translation>--frame «&#xa0;%1&#xa0;»&#xa0;: on attendait shown ou whole</translation>
    </message>
    <message>
        <source>--note-window &quot;%1&quot;: expected minutes (0 to 527040) or off</source>
        <translation>--note-window «&#xa0;%1&#xa0;»&#xa0;: on attendait des minutes (0 à 527040) ou off</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: expected a follower count, e.g. 1000</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: on attendait un nombre d’abonnés, par exemple 1000</translation>
    </message>
    <message>
        <source>--actor &quot;%1&quot;: no such actor in %2</source>
        <translation>--actor «&#xa0;%1&#xa0;»&#xa0;: aucun acteur de ce nom dans %2</translation>
    </message>
    <message>
        <source>--actor and --cascade cannot be used together</source>
        <translation>--actor et --cascade ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>--cascade &quot;%1&quot;: no such event in %2</source>
        <translation>--cascade «&#xa0;%1&#xa0;»&#xa0;: aucun événement de cet id dans %2</translation>
    </message>
    <message>
        <source>--cascade &quot;%1&quot;: this event roots no cascade and relays none (a reply, an offline contact nobody relayed, or a relay whose source is missing)</source>
        <translation>--cascade «&#xa0;%1&#xa0;»&#xa0;: cet événement ne lance aucune cascade et n’en relaie aucune (une réponse, un contact hors ligne que personne n’a relayé, ou un relais dont la source manque)</translation>
    </message>
    <message>
        <source>--cascade &quot;%1&quot;: this event relays the cascade rooted at %2; give its root, %2</source>
        <translation>--cascade «&#xa0;%1&#xa0;»&#xa0;: cet événement relaie la cascade issue de %2&#xa0;; donnez sa racine, %2</translation>
    </message>
    <message>
        <source>%1: layout failed: %2</source>
        <translation>%1&#xa0;: la disposition a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SlideComposer</name>
    <message>
        <source>%1 time, %2</source>
        <translation>heure de %1, %2</translation>
    </message>
    <message>
        <source>Milestone %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source&#xa0;: </translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Sources&#xa0;: </translation>
    </message>
    <message>
        <source>When: %1, %2 to %3 (%4 time%5)</source>
        <translation>Quand&#xa0;: %1, de %2 à %3 (heure de %4%5)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 actors, %2 events, %3 milestones</source>
        <translation>%1 acteurs, %2 événements, %3 étapes</translation>
    </message>
    <message>
        <source>Accounts with fewer than %1 followers are shown as &quot;follower 1&quot;, &quot;follower 2&quot;...</source>
        <translation>Les comptes de moins de %1 abonnés apparaissent comme «&#xa0;abonné 1&#xa0;», «&#xa0;abonné 2&#xa0;»...</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>How the message travelled</source>
        <translation>Comment le message a circulé</translation>
    </message>
    <message>
        <source>As of %1, the end of the case. Several measures side by side: their rankings disagree.</source>
        <translation>Au %1, fin du cas. Plusieurs mesures côte à côte&#xa0;: leurs classements divergent.</translation>
    </message>
    <message>
        <source>To %1, in %2</source>
        <translation>Vers %1, en %2</translation>
    </message>
    <message>
        <source>To %1: not reached</source>
        <translation>Vers %1&#xa0;: non atteint</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Highlighted: on the path to a target. Potential exposure is an upper bound.</source>
        <translation>En surbrillance&#xa0;: sur le chemin vers une cible. L’exposition potentielle est un majorant.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two sources of the sources line</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>SlideExport</name>
    <message>
        <source>the archive could not be read back</source>
        <translation>l’archive n’a pas pu être relue</translation>
    </message>
    <message>
        <source>a deck needs at least one slide</source>
        <translation>un diaporama a besoin d’au moins une diapositive</translation>
    </message>
    <message>
        <source>the image is too large to allocate</source>
        <translation>l’image est trop grande pour être allouée</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>the SVG generator could not start</source>
        <translation>le générateur SVG n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>le générateur PDF n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>unknown format (use .png, .svg or .pdf)</source>
        <translation>format inconnu (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>cannot read the clip &quot;%1&quot;: %2</source>
        <translation>impossible de lire le clip «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SlideOptions</name>
    <message>
        <source>1280 x 720 (HD)</source>
        <translation>1280 x 720 (HD)</translation>
    </message>
    <message>
        <source>1920 x 1080 (Full HD)</source>
        <translation>1920 x 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 x 2160 (4K)</source>
        <translation>3840 x 2160 (4K)</translation>
    </message>
</context>
<context>
    <name>SwimlaneLayout</name>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Journalists and media</source>
        <translation>Journalistes et médias</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Government and military</source>
        <translation>Gouvernement et armée</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without %1&lt;/b&gt;, by the end of the case:</source>
        <translation>&lt;b&gt;Sans %1&lt;/b&gt;, à la fin du cas&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without %1&lt;/b&gt;, by %2 (the cursor):</source>
        <translation>&lt;b&gt;Sans %1&lt;/b&gt;, au %2 (le curseur)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (target) is the actor removed.</source>
        <translation>%1 (cible) est l’acteur retiré.</translation>
    </message>
    <message>
        <source>%1 (target) was not reached anyway.</source>
        <translation>%1 (cible) n’était de toute façon pas atteint.</translation>
    </message>
    <message>
        <source>%1 (target) is &lt;b&gt;no longer reached&lt;/b&gt; (it was at %2).</source>
        <translation>%1 (cible) n’est &lt;b&gt;plus atteint&lt;/b&gt; (il l’était à %2).</translation>
    </message>
    <message>
        <source>%1 (target) is still reached, but &lt;b&gt;%2 later&lt;/b&gt;: %3 instead of %4.</source>
        <translation>%1 (cible) est encore atteint, mais &lt;b&gt;%2 plus tard&lt;/b&gt;&#xa0;: %3 au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 (target) is still reached, as early (%2).</source>
        <translation>%1 (cible) est encore atteint, aussi tôt (%2).</translation>
    </message>
    <message>
        <source>Nothing else changes: every actor is still reached, as early.</source>
        <translation>Rien d’autre ne change&#xa0;: chaque acteur est encore atteint, aussi tôt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer reached: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; plus atteint(s)&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reached later (up to %2): %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; atteint(s) plus tard (jusqu’à %2)&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) would not have happened (its own and those depending on them).</source>
        <translation>
            <numerusform>%Ln événement n’aurait pas eu lieu (le sien, ou un qui en dépendait).</numerusform>
            <numerusform>%Ln événements n’auraient pas eu lieu (les siens et ceux qui en dépendaient).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ActorDialog</name>
    <message>
        <source>Stands for unknown real accounts</source>
        <translation>Représente des comptes réels inconnus</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>@name</source>
        <translation>@nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Declared audience when the data was collected; 0 when unknown</source>
        <translation>Audience déclarée lors de la collecte&#xa0;; 0 si inconnue</translation>
    </message>
    <message>
        <source>Who this is, how you know (for example: press officer, identity unknown)</source>
        <translation>Qui c’est, comment vous le savez (par exemple&#xa0;: attaché de presse, identité inconnue)</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Abonnés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Platform &amp;id:</source>
        <translation>I&amp;dentifiant plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Synthetic:</source>
        <translation>Fictif&#xa0;:</translation>
    </message>
    <message>
        <source>The follower count must be a whole number, 0 or more (for example 12000); &quot;%1&quot; is not.</source>
        <translation>Le nombre d’abonnés doit être un nombre entier, 0 ou plus (par exemple 12000)&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
</context>
<context>
    <name>cascade::ActorInspector</name>
    <message>
        <source>What If the Selected Actor Had Not Acted</source>
        <translation>Et si l’acteur sélectionné n’avait pas agi</translation>
    </message>
    <message>
        <source>Show what the message would have lost without the selected actor</source>
        <translation>Montrer ce que le message aurait perdu sans l’acteur sélectionné</translation>
    </message>
    <message>
        <source>&lt;i&gt;The what-if currently removes %1; the graph greys what is lost.&lt;/i&gt;</source>
        <translation>&lt;i&gt;L’hypothèse retire actuellement %1&#xa0;; le graphe grise ce qui est perdu.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Computing the what-if…</source>
        <translation>Calcul de l’hypothèse…</translation>
    </message>
</context>
<context>
    <name>cascade::ActorPage</name>
    <message>
        <source>Its activity over the whole case: bars for the events it authored, the line for what it received (reposts, replies, quotes, mentions, contacts). Click to move the cursor.</source>
        <translation>Son activité sur tout le cas&#xa0;: les barres pour les événements dont il est l’auteur, la ligne pour ce qu’il a reçu (republications, réponses, citations, mentions, contacts). Cliquez pour déplacer le curseur.</translation>
    </message>
    <message>
        <source>Removes its events, and the events that depended on them, and shows which actors the message no longer reaches, or reaches later. The graph greys what is lost.</source>
        <translation>Retire ses événements et ceux qui en dépendaient, et montre quels acteurs le message n’atteint plus, ou atteint plus tard. Le graphe grise ce qui est perdu.</translation>
    </message>
    <message>
        <source>Audience and attention</source>
        <translation>Audience et attention</translation>
    </message>
    <message>
        <source>Cascades</source>
        <translation>Cascades</translation>
    </message>
    <message>
        <source>Who a repost is credited to. Platform data credit the original author; the other rules credit the relayer the reposter got it from.</source>
        <translation>À qui une republication est attribuée. Les données des plateformes l’attribuent à l’auteur d’origine&#xa0;; les autres règles l’attribuent au relais par lequel le republiant l’a reçue.</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <source>On this case the three rules give the same numbers: every relay relays the original message, and no relayer had been in touch with an earlier relayer of it.</source>
        <translation>Sur ce cas, les trois règles donnent les mêmes nombres&#xa0;: chaque relais relaie le message d’origine, et aucun relais n’avait été en contact avec un relais antérieur.</translation>
    </message>
    <message>
        <source>The Cascades tab lists every cascade; type the handle in its filter.</source>
        <translation>L’onglet Cascades liste toutes les cascades&#xa0;; tapez l’identifiant dans son filtre.</translation>
    </message>
    <message>
        <source>Position in the network (time ignored)</source>
        <translation>Position dans le réseau (sans tenir compte du temps)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Earliest arrival</source>
        <translation>Première arrivée</translation>
    </message>
    <message>
        <source>When the origin&apos;s message first reached it, along a path that respects time.</source>
        <translation>Quand le message de l’origine l’a atteint pour la première fois, par un chemin qui respecte le temps.</translation>
    </message>
    <message>
        <source>Brokerage between groups</source>
        <translation>Intermédiation entre groupes</translation>
    </message>
    <message>
        <source>Main kind</source>
        <translation>Type principal</translation>
    </message>
    <message>
        <source>The kind of brokerage it does most often (Gould and Fernandez).</source>
        <translation>Le type d’intermédiation qu’il pratique le plus souvent (Gould et Fernandez).</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>Path from the origin</source>
        <translation>Chemin depuis l’origine</translation>
    </message>
    <message>
        <source>The earliest chain of messages, in time order, by which the origin&apos;s message reached it.</source>
        <translation>La première chaîne de messages, dans l’ordre du temps, par laquelle le message de l’origine l’a atteint.</translation>
    </message>
    <message>
        <source>Its events</source>
        <translation>Ses événements</translation>
    </message>
    <message>
        <source>Click an event to move the cursor to it.</source>
        <translation>Cliquez sur un événement pour y déplacer le curseur.</translation>
    </message>
    <message>
        <source> (synthetic account)</source>
        <translation> (compte fictif)</translation>
    </message>
    <message>
        <source>Its events (%1)</source>
        <translation>Ses événements (%1)</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>Au %1 (%2)</translation>
    </message>
    <message>
        <source>never appears in the case</source>
        <translation>n’apparaît jamais dans le cas</translation>
    </message>
    <message>
        <source>appears at %1</source>
        <translation>apparaît le %1</translation>
    </message>
    <message>
        <source>Not active yet: it %1.</source>
        <translation>Pas encore actif&#xa0;: il %1.</translation>
    </message>
    <message>
        <source>the case has no origin</source>
        <translation>le cas n’a pas d’origine</translation>
    </message>
    <message>
        <source>the origin (first message %1)</source>
        <translation>l’origine (premier message %1)</translation>
    </message>
    <message>
        <source>0 (the origin)</source>
        <translation>0 (l’origine)</translation>
    </message>
    <message>
        <source>not reached by the cursor</source>
        <translation>non atteint au curseur</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Seeded&lt;/b&gt; %1 at %2: %n node(s)</source>
        <translation>
            <numerusform>&lt;b&gt;A lancé&lt;/b&gt; %1 à %2&#xa0;: %n nœud</numerusform>
            <numerusform>&lt;b&gt;A lancé&lt;/b&gt; %1 à %2&#xa0;: %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Widened&lt;/b&gt; %1&apos;s %2 at %3: %n of its relay(s) relayed on</source>
        <translation>
            <numerusform>&lt;b&gt;A élargi&lt;/b&gt; %2 de %1 à %3&#xa0;: %n de ses relais a été relayé</numerusform>
            <numerusform>&lt;b&gt;A élargi&lt;/b&gt; %2 de %1 à %3&#xa0;: %n de ses relais ont été relayés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this cascade: its tree in the graph, its measures in the inspector.&lt;br&gt;%1</source>
        <translation>Sélectionner cette cascade&#xa0;: son arbre dans le graphe, ses mesures dans l’inspecteur.&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Cascades tab</source>
        <translation>
            <numerusform>et %n autre dans l’onglet Cascades</numerusform>
            <numerusform>et %n autres dans l’onglet Cascades</numerusform>
        </translation>
    </message>
    <message>
        <source>The case names no origin.</source>
        <translation>Le cas ne désigne pas d’origine.</translation>
    </message>
    <message>
        <source>It is the origin of the message.</source>
        <translation>C’est l’origine du message.</translation>
    </message>
    <message>
        <source>The origin&apos;s message has not reached it by the cursor.</source>
        <translation>Le message de l’origine ne l’a pas atteint au curseur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln cascade(s))</source>
        <translation>
            <numerusform>%1 (%Ln cascade)</numerusform>
            <numerusform>%1 (%Ln cascades)</numerusform>
        </translation>
    </message>
    <message>
        <source> (estimated from sampled sources)</source>
        <translation> (estimé à partir de sources échantillonnées)</translation>
    </message>
    <message>
        <source>none: it brokers no pair of actors</source>
        <translation>aucune&#xa0;: il ne sert d’intermédiaire à aucune paire d’acteurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>Showing the case without %1 (click to turn off)</source>
        <translation>Le cas est montré sans %1 (cliquez pour désactiver)</translation>
    </message>
    <message>
        <source>What if %1 had not acted?</source>
        <translation>Et si %1 n’avait pas agi&#xa0;?</translation>
    </message>
    <message>
        <source>Computing what is lost…</source>
        <translation>Calcul de ce qui est perdu…</translation>
    </message>
</context>
<context>
    <name>cascade::ActorTableModel</name>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Not active yet at the cursor.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Pas encore actif au curseur.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Broker role</source>
        <translation>Rôle d’intermédiaire</translation>
    </message>
    <message>
        <source>Betweenness (est.)</source>
        <translation>Intermédiarité (est.)</translation>
    </message>
    <message>
        <source> Credit rule: %1.</source>
        <translation> Règle d’attribution&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Estimated from sampled sources: the graph is large.</source>
        <translation> Estimé à partir de sources échantillonnées&#xa0;: le graphe est grand.</translation>
    </message>
    <message>
        <source>The kind of brokerage it does most often between groups (Gould and Fernandez).</source>
        <translation>Le type d’intermédiation qu’il pratique le plus souvent entre groupes (Gould et Fernandez).</translation>
    </message>
</context>
<context>
    <name>cascade::ActorsPanel</name>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Find Actor…</source>
        <translation>Chercher un acteur…</translation>
    </message>
    <message>
        <source>Search handle or name (%1)</source>
        <translation>Chercher un identifiant ou un nom (%1)</translation>
    </message>
    <message>
        <source>Show one role only</source>
        <translation>Montrer un seul rôle</translation>
    </message>
    <message>
        <source>Hide the actors that have not appeared yet at the cursor</source>
        <translation>Masquer les acteurs qui ne sont pas encore apparus au curseur</translation>
    </message>
    <message>
        <source>Search the actors by handle or name</source>
        <translation>Chercher les acteurs par identifiant ou par nom</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
<context>
    <name>cascade::Autosaver</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot lock the recovery file</source>
        <translation>impossible de verrouiller le fichier de récupération</translation>
    </message>
</context>
<context>
    <name>cascade::CascadePage</name>
    <message>
        <source>Select the actor who wrote the root post</source>
        <translation>Sélectionner l’acteur qui a écrit la publication racine</translation>
    </message>
    <message>
        <source>Shape of the tree</source>
        <translation>Forme de l’arbre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Events in the tree, the root included.</source>
        <translation>Les événements de l’arbre, racine comprise.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>The longest chain of relays from the root, in steps.</source>
        <translation>La plus longue chaîne de relais depuis la racine, en étapes.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>The most relays hanging from one event of the tree.</source>
        <translation>Le plus grand nombre de relais accrochés à un même événement de l’arbre.</translation>
    </message>
    <message>
        <source>Structural virality</source>
        <translation>Viralité structurelle</translation>
    </message>
    <message>
        <source>The mean distance between two events of the tree (Goel, Anderson, Hofman and Watts 2016): 2(n-1)/n for a broadcast of n events, higher when relays of relays carry it. It changes with the credit rule, which decides who each relay hangs from.</source>
        <translation>La distance moyenne entre deux événements de l’arbre (Goel, Anderson, Hofman et Watts 2016)&#xa0;: 2(n-1)/n pour une diffusion de n événements, plus élevée quand des relais de relais la portent. Elle change avec la règle d’attribution, qui décide de qui chaque relais dépend.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Broadcast: everyone relayed the root directly. Viral: some relayed a relay.</source>
        <translation>Diffusion&#xa0;: tous ont relayé la racine directement. Virale&#xa0;: certains ont relayé un relais.</translation>
    </message>
    <message>
        <source>Inferred edges</source>
        <translation>Liens déduits</translation>
    </message>
    <message>
        <source>Relays the credit rule hangs from an earlier relayer rather than from what the data say.</source>
        <translation>Les relais que la règle d’attribution accroche à un relais antérieur plutôt qu’à ce que disent les données.</translation>
    </message>
    <message>
        <source>First relay</source>
        <translation>Premier relais</translation>
    </message>
    <message>
        <source>The time of the first relay.</source>
        <translation>L’heure du premier relais.</translation>
    </message>
    <message>
        <source>Last relay</source>
        <translation>Dernier relais</translation>
    </message>
    <message>
        <source>The time of the last relay, as of the cursor.</source>
        <translation>L’heure du dernier relais, au curseur.</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
    <message>
        <source>From the root post to the relay that made half of its relays.</source>
        <translation>De la publication racine au relais qui a fait la moitié de ses relais.</translation>
    </message>
    <message>
        <source>Relays per generation</source>
        <translation>Relais par génération</translation>
    </message>
    <message>
        <source>Biggest branches</source>
        <translation>Plus grandes branches</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cascade&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reconstructing the cascades…</source>
        <translation>Reconstruction des cascades…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt; of the post of %1, %2:&lt;br&gt;“%3”</source>
        <translation>&lt;b&gt;Cascade&lt;/b&gt; de la publication de %1, %2&#xa0;:&lt;br&gt;«&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Seed: &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt; %2</source>
        <translation>Amorce&#xa0;: &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt; %2</translation>
    </message>
    <message>
        <source>The root post comes after the cursor.</source>
        <translation>La publication racine vient après le curseur.</translation>
    </message>
    <message>
        <source>As of %1. Credit: %2.</source>
        <translation>Au %1. Attribution&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not relayed yet</source>
        <translation>pas encore relayée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n event(s)</source>
        <translation>
            <numerusform>%1 à %2&#xa0;: %n événement</numerusform>
            <numerusform>%1 à %2&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the actor who opened this branch</source>
        <translation>Sélectionner l’acteur qui a ouvert cette branche</translation>
    </message>
    <message>
        <source>No branch yet.</source>
        <translation>Pas encore de branche.</translation>
    </message>
</context>
<context>
    <name>cascade::CascadeTableModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s), %1 of them inferred by the credit rule</source>
        <translation>
            <numerusform>%n relais, dont %1 déduit par la règle d’attribution</numerusform>
            <numerusform>%n relais, dont %1 déduits par la règle d’attribution</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Amorce</translation>
    </message>
    <message>
        <source>Root post</source>
        <translation>Publication racine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Virality</source>
        <translation>Viralité</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>First relay</source>
        <translation>Premier relais</translation>
    </message>
    <message>
        <source>Last relay</source>
        <translation>Dernier relais</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
    <message>
        <source>Who wrote the root post</source>
        <translation>Qui a écrit la publication racine</translation>
    </message>
    <message>
        <source>The post every event of the cascade relays, directly or through relays</source>
        <translation>La publication que relaie chaque événement de la cascade, directement ou par des relais</translation>
    </message>
    <message>
        <source>Events in the cascade tree, the root included</source>
        <translation>Les événements de l’arbre de la cascade, racine comprise</translation>
    </message>
    <message>
        <source>The longest chain of relays from the root, in steps</source>
        <translation>La plus longue chaîne de relais depuis la racine, en étapes</translation>
    </message>
    <message>
        <source>The most relays hanging from one event of the tree</source>
        <translation>Le plus grand nombre de relais accrochés à un même événement de l’arbre</translation>
    </message>
    <message>
        <source>Structural virality (Goel et al. 2016): the mean distance between two events of the tree. Near 2 for a broadcast, higher when relays of relays carry it</source>
        <translation>Viralité structurelle (Goel et al. 2016)&#xa0;: la distance moyenne entre deux événements de l’arbre. Près de 2 pour une diffusion, plus élevée quand des relais de relais la portent</translation>
    </message>
    <message>
        <source>Broadcast: everyone relayed the root directly; viral: relays of relays</source>
        <translation>Diffusion&#xa0;: tous ont relayé la racine directement&#xa0;; virale&#xa0;: des relais de relais</translation>
    </message>
    <message>
        <source>The time of the first relay</source>
        <translation>L’heure du premier relais</translation>
    </message>
    <message>
        <source>The time of the last relay, as of the cursor</source>
        <translation>L’heure du dernier relais, au curseur</translation>
    </message>
    <message>
        <source>From the root post to the relay that made half of its relays</source>
        <translation>De la publication racine au relais qui a fait la moitié de ses relais</translation>
    </message>
</context>
<context>
    <name>cascade::CascadesPanel</name>
    <message>
        <source>Filter: seed, root post</source>
        <translation>Filtre&#xa0;: amorce, publication racine</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>Reconstructing the cascades (credit: %1)…</source>
        <translation>Reconstruction des cascades (attribution&#xa0;: %1)…</translation>
    </message>
    <message>
        <source>No post relayed as of %1 (credit: %2).</source>
        <translation>Aucune publication relayée au %1 (attribution&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n cascade(s) as of %1 (credit: %2).</source>
        <translation>
            <numerusform>%n cascade au %1 (attribution&#xa0;: %2).</numerusform>
            <numerusform>%n cascades au %1 (attribution&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>%1 affichées.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
</context>
<context>
    <name>cascade::CaseEditor</name>
    <message>
        <source>Add &amp;Actor...</source>
        <translation>Ajouter un &amp;acteur...</translation>
    </message>
    <message>
        <source>&amp;Edit Actor...</source>
        <translation>&amp;Modifier l’acteur...</translation>
    </message>
    <message>
        <source>&amp;Delete Actor</source>
        <translation>&amp;Supprimer l’acteur</translation>
    </message>
    <message>
        <source>&amp;Merge Two Actors...</source>
        <translation>&amp;Fusionner deux acteurs...</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Définir le &amp;rôle</translation>
    </message>
    <message>
        <source>Add &amp;Post or Relay...</source>
        <translation>Ajouter une &amp;publication ou un relais...</translation>
    </message>
    <message>
        <source>Add &amp;Offline Contact...</source>
        <translation>Ajouter un contact &amp;hors ligne...</translation>
    </message>
    <message>
        <source>Edit E&amp;vent...</source>
        <translation>Modifier l’é&amp;vénement...</translation>
    </message>
    <message>
        <source>Delete Eve&amp;nt</source>
        <translation>Supprimer l’évé&amp;nement</translation>
    </message>
    <message>
        <source>Add &amp;Milestone at the Cursor...</source>
        <translation>Ajouter une é&amp;tape au curseur...</translation>
    </message>
    <message>
        <source>Edit M&amp;ilestone...</source>
        <translation>Modifier l’ét&amp;ape...</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Add No&amp;te...</source>
        <translation>Ajouter une n&amp;ote...</translation>
    </message>
    <message>
        <source>Mark as the &amp;Origin</source>
        <translation>Marquer comme l’&amp;origine</translation>
    </message>
    <message>
        <source>Mark as a &amp;Target</source>
        <translation>Marquer comme une &amp;cible</translation>
    </message>
    <message>
        <source>Case &amp;Properties...</source>
        <translation>&amp;Propriétés du cas...</translation>
    </message>
    <message>
        <source>Ro&amp;les...</source>
        <translation>Rô&amp;les...</translation>
    </message>
    <message>
        <source>&amp;Classify by Rules...</source>
        <translation>C&amp;lasser par règles...</translation>
    </message>
    <message>
        <source>Add Offline Contact from Here...</source>
        <translation>Ajouter un contact hors ligne depuis ici...</translation>
    </message>
    <message>
        <source>Add Post or Relay by This Actor...</source>
        <translation>Ajouter une publication ou un relais de cet acteur...</translation>
    </message>
    <message>
        <source>Add Note Here...</source>
        <translation>Ajouter une note ici...</translation>
    </message>
    <message>
        <source>Edit Actor...</source>
        <translation>Modifier l’acteur...</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Mark as the Origin</source>
        <translation>Marquer comme l’origine</translation>
    </message>
    <message>
        <source>Mark as a Target</source>
        <translation>Marquer comme une cible</translation>
    </message>
    <message>
        <source>Delete Actor...</source>
        <translation>Supprimer l’acteur...</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Actors</source>
        <translation>
            <numerusform>&amp;Supprimer %n acteur</numerusform>
            <numerusform>&amp;Supprimer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>The edit was not applied: %1.</source>
        <translation>La modification n’a pas été appliquée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of theirs</source>
        <translation>
            <numerusform>%n de ses événements</numerusform>
            <numerusform>%n de leurs événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s), reply(ies) and quote(s) of those by others</source>
        <translation>
            <numerusform>%n republication, réponse ou citation de ceux-ci par d’autres</numerusform>
            <numerusform>%n republications, réponses et citations de ceux-ci par d’autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) pinned to them</source>
        <translation>
            <numerusform>%n note qui y est épinglée</numerusform>
            <numerusform>%n notes qui y sont épinglées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1? %2 go with it. Undo brings them back.</source>
        <translation>Supprimer %1&#xa0;? %2 partent avec. Annuler les rétablit.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Merge %1 and %2 into one actor? The events of both become the kept actor&apos;s; its fields win, the other&apos;s fill those it leaves empty.</source>
        <translation>Fusionner %1 et %2 en un seul acteur&#xa0;? Les événements des deux passent à l’acteur conservé&#xa0;; ses champs l’emportent, ceux de l’autre remplissent ceux qu’il laisse vides.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Set %1&apos;s role to %2</source>
        <translation>Donner à %1 le rôle %2</translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n actors to %1</source>
        <translation>
            <numerusform>Donner à %n acteur le rôle %1</numerusform>
            <numerusform>Donner à %n acteurs le rôle %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add offline contact %1</source>
        <translation>Ajouter le contact hors ligne %1</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Ajouter l’événement %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Modifier l’événement %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete event %1? %n repost(s), reply(ies) and quote(s) of it go with it. Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’événement %1&#xa0;? %n republication, réponse ou citation part avec. Annuler la rétablit.</numerusform>
            <numerusform>Supprimer l’événement %1&#xa0;? %n republications, réponses et citations partent avec. Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Supprimer l’événement %1</translation>
    </message>
    <message>
        <source>Add milestone &quot;%1&quot;</source>
        <translation>Ajouter l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit milestone &quot;%1&quot;</source>
        <translation>Modifier l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete milestone &quot;%1&quot;</source>
        <translation>Supprimer l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Mark %1 as the origin</source>
        <translation>Marquer %1 comme l’origine</translation>
    </message>
    <message>
        <source>%1 is no longer a target</source>
        <translation>%1 n’est plus une cible</translation>
    </message>
    <message>
        <source>Mark %1 as a target</source>
        <translation>Marquer %1 comme une cible</translation>
    </message>
    <message>
        <source>Edit the roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message numerus="yes">
        <source>Classify %n actor(s) by rules</source>
        <translation>
            <numerusform>Classer %n acteur par règles</numerusform>
            <numerusform>Classer %n acteurs par règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the classification rules</source>
        <translation>Modifier les règles de classement</translation>
    </message>
    <message>
        <source>Edit the case&apos;s properties</source>
        <translation>Modifier les propriétés du cas</translation>
    </message>
</context>
<context>
    <name>cascade::CaseOverview</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 (%2 posts, %3 reposts, %4 replies, %5 quotes, %6 offline)</source>
        <translation>%1 (%2 publications, %3 republications, %4 réponses, %5 citations, %6 hors ligne)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
</context>
<context>
    <name>cascade::CasePropertiesDialog</name>
    <message>
        <source>Case properties</source>
        <translation>Propriétés du cas</translation>
    </message>
    <message>
        <source>the main language of the texts, e.g. fr or en</source>
        <translation>la langue principale des textes, par ex. fr ou en</translation>
    </message>
    <message>
        <source>Times are shown in this zone, in the window and on the slides; the data stays in UTC</source>
        <translation>Les heures sont affichées dans ce fuseau, dans la fenêtre et sur les diapositives&#xa0;; les données restent en UTC</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list (e.g. America/Port-au-Prince).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de ce système&#xa0;: choisissez-en un dans la liste (par ex. America/Port-au-Prince).</translation>
    </message>
    <message>
        <source>The language is a tag such as fr, en or pt-BR.</source>
        <translation>La langue est une étiquette comme fr, en ou pt-BR.</translation>
    </message>
</context>
<context>
    <name>cascade::CaseSummaryPage</name>
    <message>
        <source>Critical actors</source>
        <translation>Acteurs critiques</translation>
    </message>
    <message>
        <source>Actors whose removal breaks or delays the path to the target most, ranked: targets lost first, then added delay, then actors lost.</source>
        <translation>Les acteurs dont le retrait coupe ou retarde le plus le chemin vers la cible, classés&#xa0;: cibles perdues d’abord, puis retard ajouté, puis acteurs perdus.</translation>
    </message>
    <message>
        <source>Select an actor in the graph or the lists to see why it mattered.</source>
        <translation>Sélectionnez un acteur dans le graphe ou les listes pour voir pourquoi il a compté.</translation>
    </message>
    <message>
        <source>Case summary as of %1 (%2)%3</source>
        <translation>Résumé du cas au %1 (%2)%3</translation>
    </message>
    <message>
        <source>, updating…</source>
        <translation>, mise à jour…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the summary…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcul du résumé…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case summary as of %1 (%2)</source>
        <translation>Résumé du cas au %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The case names no origin, so there is no path to follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le cas ne désigne pas d’origine&#xa0;: il n’y a pas de chemin à suivre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Origin&lt;/b&gt;: %1, first message at %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Origine&lt;/b&gt;&#xa0;: %1, premier message le %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;: %1. </source>
        <translation>&lt;b&gt;Cible&lt;/b&gt;&#xa0;: %1. </translation>
    </message>
    <message>
        <source>Reached at %1, %2 after the origin&apos;s first message. </source>
        <translation>Atteinte le %1, %2 après le premier message de l’origine. </translation>
    </message>
    <message>
        <source>Not reached by the cursor. </source>
        <translation>Non atteinte au curseur. </translation>
    </message>
    <message>
        <source>First response at %1: &lt;b&gt;%2&lt;/b&gt; after the origin&apos;s first message.</source>
        <translation>Première réponse le %1&#xa0;: &lt;b&gt;%2&lt;/b&gt; après le premier message de l’origine.</translation>
    </message>
    <message>
        <source>No response by the cursor.</source>
        <translation>Pas de réponse au curseur.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of the %2 actors active so far have been reached from the origin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 des %2 acteurs actifs jusqu’ici ont été atteints depuis l’origine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 never reached</source>
        <translation>%1 jamais atteint</translation>
    </message>
    <message>
        <source>%1 reached %2 later</source>
        <translation>%1 atteint %2 plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) lost</source>
        <translation>
            <numerusform>%Ln acteur perdu</numerusform>
            <numerusform>%Ln acteurs perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;a href=&quot;#&quot; style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/a&gt; · %5 followers&lt;br&gt;&lt;span style=&quot;margin-left:12px&quot;&gt;Without it: %6&lt;/span&gt;</source>
        <translation>%1. &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;a href=&quot;#&quot; style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/a&gt; · %5 abonnés&lt;br&gt;&lt;span style=&quot;margin-left:12px&quot;&gt;Sans lui&#xa0;: %6&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Click to inspect %1</source>
        <translation>Cliquer pour inspecter %1</translation>
    </message>
    <message>
        <source>Critical actors: none so far (no target reached by the cursor, or no single actor&apos;s removal would change it)</source>
        <translation>Acteurs critiques&#xa0;: aucun pour l’instant (aucune cible atteinte au curseur, ou aucun retrait d’un seul acteur ne changerait le résultat)</translation>
    </message>
    <message>
        <source>Critical actors (%1): whose removal breaks or delays the path to the target most</source>
        <translation>Acteurs critiques (%1)&#xa0;: ceux dont le retrait coupe ou retarde le plus le chemin vers la cible</translation>
    </message>
</context>
<context>
    <name>cascade::ClassifyDialog</name>
    <message>
        <source>Also reclassify actors that already have a role</source>
        <translation>Reclasser aussi les acteurs qui ont déjà un rôle</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Classify actors by rules</source>
        <translation>Classer les acteurs par règles</translation>
    </message>
    <message>
        <source>Handle like</source>
        <translation>Identifiant du type</translation>
    </message>
    <message>
        <source>Name or note has</source>
        <translation>Nom ou note contient</translation>
    </message>
    <message>
        <source>Followers from</source>
        <translation>Abonnés à partir de</translation>
    </message>
    <message>
        <source>Followers to</source>
        <translation>Abonnés jusqu’à</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>A pattern with * and ?, ignoring case and &apos;@&apos;, e.g. *_press</source>
        <translation>Un motif avec * et&#xa0;?, sans tenir compte de la casse ni du «&#xa0;@&#xa0;», par ex. *_press</translation>
    </message>
    <message>
        <source>Words separated by commas: any of them matches</source>
        <translation>Des mots séparés par des virgules&#xa0;: n’importe lequel correspond</translation>
    </message>
    <message>
        <source>The platform&apos;s verification, separated by commas: blue, government, or * for any</source>
        <translation>La certification de la plateforme, séparée par des virgules&#xa0;: blue, government, ou * pour n’importe laquelle</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rôle actuel</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Off: actors classified already (by hand or by a roster) keep their role</source>
        <translation>Désactivé&#xa0;: les acteurs déjà classés (à la main ou par une liste de rôles) gardent leur rôle</translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>For each actor, the first rule whose conditions all hold gives its role. The rules are saved in the case, to apply again after the next import.</source>
        <translation>Pour chaque acteur, la première règle dont toutes les conditions sont remplies donne son rôle. Les règles sont enregistrées dans le cas, pour être appliquées à nouveau après la prochaine importation.</translation>
    </message>
    <message>
        <source>Rule %1: a follower count is a whole number, 0 or more; &quot;%2&quot; is not.</source>
        <translation>Règle %1&#xa0;: un nombre d’abonnés est un nombre entier, 0 ou plus&#xa0;; «&#xa0;%2&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No actor changes role.</source>
        <translation>Aucun acteur ne change de rôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) change role:</source>
        <translation>
            <numerusform>%n acteur change de rôle&#xa0;:</numerusform>
            <numerusform>%n acteurs changent de rôle&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::DepthProfileChart</name>
    <message numerus="yes">
        <source>Generation %1: %n relay(s)</source>
        <translation>
            <numerusform>Génération %1&#xa0;: %n relais</numerusform>
            <numerusform>Génération %1&#xa0;: %n relais</numerusform>
        </translation>
    </message>
    <message>
        <source>Not relayed yet</source>
        <translation>Pas encore relayée</translation>
    </message>
</context>
<context>
    <name>cascade::DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>viral</source>
        <translation>virale</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Cas sans titre</translation>
    </message>
</context>
<context>
    <name>cascade::EdgePage</name>
    <message>
        <source>reposts</source>
        <translation>republie</translation>
    </message>
    <message>
        <source>replies to</source>
        <translation>répond à</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>cite</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentionne</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacte</translation>
    </message>
    <message>
        <source>Credit rule:</source>
        <translation>Règle d’attribution&#xa0;:</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Collecting the events behind this link…</source>
        <translation>Collecte des événements derrière ce lien…</translation>
    </message>
    <message>
        <source>not a direct interaction: %1 relays a %2 by a third party, and the rule credits %3</source>
        <translation>pas une interaction directe&#xa0;: %1 relaie une %2 d’un tiers, et la règle l’attribue à %3</translation>
    </message>
    <message>
        <source>inferred by the case author</source>
        <translation>déduit par l’auteur du cas</translation>
    </message>
    <message>
        <source>observed in the data</source>
        <translation>observé dans les données</translation>
    </message>
    <message>
        <source>credited to %1 by the rule (inferred)</source>
        <translation>attribué à %1 par la règle (déduit)</translation>
    </message>
    <message>
        <source>credited to %1 (as in the data)</source>
        <translation>attribué à %1 (comme dans les données)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Click to move the cursor to it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Cliquez pour y déplacer le curseur.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>… and %1 more (the events list shows them all).</source>
        <translation>… et %1 de plus (la liste des événements les montre tous).</translation>
    </message>
    <message>
        <source>No event links these two actors.</source>
        <translation>Aucun événement ne relie ces deux acteurs.</translation>
    </message>
    <message>
        <source>1 event behind this link, observed in the data. It is greyed while it is later than the cursor.</source>
        <translation>1 événement derrière ce lien, observé dans les données. Il est grisé tant qu’il est postérieur au curseur.</translation>
    </message>
    <message>
        <source>1 event behind this link, inferred. It is greyed while it is later than the cursor.</source>
        <translation>1 événement derrière ce lien, déduit. Il est grisé tant qu’il est postérieur au curseur.</translation>
    </message>
    <message>
        <source>%1 events behind this link: %2 observed in the data, %3 inferred. Events later than the cursor are greyed.</source>
        <translation>%1 événements derrière ce lien&#xa0;: %2 observés dans les données, %3 déduits. Les événements postérieurs au curseur sont grisés.</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
</context>
<context>
    <name>cascade::EventDialog</name>
    <message>
        <source>Reconstructed, not observed in the data</source>
        <translation>Reconstitué, non observé dans les données</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Modifier l’événement %1</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@identifiant</translation>
    </message>
    <message>
        <source>the id of the event it answers or relays, e.g. e12</source>
        <translation>l’identifiant de l’événement auquel il répond ou qu’il relaie, par ex. e12</translation>
    </message>
    <message>
        <source>A translation or explanation for the trainer</source>
        <translation>Une traduction ou une explication pour le formateur</translation>
    </message>
    <message>
        <source>@handles, separated by commas</source>
        <translation>des @identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Relays:</source>
        <translation>&amp;Relaie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eached:</source>
        <translation>A&amp;tteint&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gloss:</source>
        <translation>&amp;Glose&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mentions:</source>
        <translation>&amp;Mentions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>C&amp;onfiance&#xa0;:</translation>
    </message>
    <message>
        <source>Inferred:</source>
        <translation>Déduit&#xa0;:</translation>
    </message>
    <message>
        <source>No actor &quot;%1&quot; in the case: add the actor first, or check the handle.</source>
        <translation>Aucun acteur «&#xa0;%1&#xa0;» dans le cas&#xa0;: ajoutez d’abord l’acteur, ou vérifiez l’identifiant.</translation>
    </message>
    <message>
        <source>No event &quot;%1&quot; in the case.</source>
        <translation>Aucun événement «&#xa0;%1&#xa0;» dans le cas.</translation>
    </message>
    <message>
        <source>No actor &quot;%1&quot; in the case.</source>
        <translation>Aucun acteur «&#xa0;%1&#xa0;» dans le cas.</translation>
    </message>
</context>
<context>
    <name>cascade::EventTableModel</name>
    <message>
        <source>Offline contact (%1)</source>
        <translation>Contact hors ligne (%1)</translation>
    </message>
    <message>
        <source>channel unknown</source>
        <translation>canal inconnu</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Times in the case&apos;s display zone, %1</source>
        <translation>Heures dans le fuseau d’affichage du cas, %1</translation>
    </message>
    <message>
        <source>As published; hover for the translation or explanation (gloss)</source>
        <translation>Tel que publié&#xa0;; survolez pour la traduction ou l’explication (glose)</translation>
    </message>
</context>
<context>
    <name>cascade::EventsPanel</name>
    <message>
        <source>Follow cursor</source>
        <translation>Suivre le curseur</translation>
    </message>
    <message>
        <source>Filter Events…</source>
        <translation>Filtrer les événements…</translation>
    </message>
    <message>
        <source>Filter: text, author, kind</source>
        <translation>Filtre&#xa0;: texte, auteur, type</translation>
    </message>
    <message>
        <source>Keep the event at the cursor in view while the cursor moves</source>
        <translation>Garder l’événement du curseur visible quand le curseur bouge</translation>
    </message>
    <message>
        <source>Filter the events list</source>
        <translation>Filtrer la liste des événements</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>cascade::ExportDialog</name>
    <message>
        <source>Export slides</source>
        <translation>Exporter des diapositives</translation>
    </message>
    <message>
        <source>The cursor (%1)</source>
        <translation>Le curseur (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation>SVG (vectoriel, le texte reste du texte)</translation>
    </message>
    <message>
        <source>PDF, this slide</source>
        <translation>PDF, cette diapositive</translation>
    </message>
    <message>
        <source>PDF deck: title, every milestone, closing page</source>
        <translation>Diaporama PDF&#xa0;: titre, chaque étape, page de fin</translation>
    </message>
    <message>
        <source>Filmstrip PNG: every milestone</source>
        <translation>Planche PNG&#xa0;: chaque étape</translation>
    </message>
    <message>
        <source>PowerPoint deck: every milestone, editable titles, speaker notes</source>
        <translation>Présentation PowerPoint&#xa0;: chaque étape, titres modifiables, notes du présentateur</translation>
    </message>
    <message>
        <source>Replay video, MP4 (H.264: PowerPoint, Impress, browsers, phones)</source>
        <translation>Vidéo de la rediffusion, MP4 (H.264&#xa0;: PowerPoint, Impress, navigateurs, téléphones)</translation>
    </message>
    <message>
        <source>Replay video, WebM (VP9)</source>
        <translation>Vidéo de la rediffusion, WebM (VP9)</translation>
    </message>
    <message>
        <source>Replay as an animated GIF (for tools that play no video)</source>
        <translation>Rediffusion en GIF animé (pour les outils qui ne lisent pas la vidéo)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixels per slide pixel: 2 gives an image twice as wide and high, at 192 dpi.</source>
        <translation>Pixels par pixel de diapositive&#xa0;: 2 donne une image deux fois plus large et plus haute, à 192 ppp.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Print (high contrast on white)</source>
        <translation>Impression (contraste élevé sur blanc)</translation>
    </message>
    <message>
        <source>The actors shown at that moment</source>
        <translation>Les acteurs visibles à ce moment</translation>
    </message>
    <message>
        <source>The whole case (the same frame on every slide)</source>
        <translation>Tout le cas (le même cadrage sur chaque diapositive)</translation>
    </message>
    <message>
        <source>Pseudonyms for accounts under</source>
        <translation>Pseudonymes pour les comptes de moins de</translation>
    </message>
    <message>
        <source> followers</source>
        <translation> abonnés</translation>
    </message>
    <message>
        <source>Shown as &quot;follower 1&quot;, &quot;follower 2&quot;... on every slide and in every text.</source>
        <translation>Affichés comme «&#xa0;abonné 1&#xa0;», «&#xa0;abonné 2&#xa0;»... sur chaque diapositive et dans chaque texte.</translation>
    </message>
    <message>
        <source>The selected actor&apos;s measures and path</source>
        <translation>Les mesures et le chemin de l’acteur sélectionné</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <source>The same time for each milestone</source>
        <translation>Le même temps pour chaque étape</translation>
    </message>
    <message>
        <source>In proportion to the case&apos;s time</source>
        <translation>En proportion du temps du cas</translation>
    </message>
    <message>
        <source>The video holds 2.5 s at each milestone in either case.</source>
        <translation>La vidéo marque une pause de 2,5 s à chaque étape dans les deux cas.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>&amp;Moment&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rame:</source>
        <translation>Ca&amp;drage&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privacy:</source>
        <translation>&amp;Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>Copy to C&amp;lipboard</source>
        <translation>Copier dans le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Select an actor in the window first.</source>
        <translation>Sélectionnez d’abord un acteur dans la fenêtre.</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 dpi</source>
        <translation>%1 x %2 pixels, %3 ppp</translation>
    </message>
    <message>
        <source>%1 x %2, vector; text stays text</source>
        <translation>%1 x %2, vectoriel&#xa0;; le texte reste du texte</translation>
    </message>
    <message>
        <source>One vector page</source>
        <translation>Une page vectorielle</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a title page, one per milestone, a closing page</source>
        <translation>
            <numerusform>%n page&#xa0;: une page de titre, une par étape, une page de fin</numerusform>
            <numerusform>%n pages&#xa0;: une page de titre, une par étape, une page de fin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s), one per milestone: the picture, the title and caption as text, the speaker notes</source>
        <translation>
            <numerusform>%n diapositive, une par étape&#xa0;: l’image, le titre et la légende en texte, les notes du présentateur</numerusform>
            <numerusform>%n diapositives, une par étape&#xa0;: l’image, le titre et la légende en texte, les notes du présentateur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 frames of %2 x %3 (%4 s at %5 fps): about %6 MB, about %7 s to make. Preview: the first and the last frame.</source>
        <translation>%1 images de %2 x %3 (%4 s à %5 i/s)&#xa0;: environ %6 Mo, environ %7 s de calcul. Aperçu&#xa0;: la première et la dernière image.</translation>
    </message>
    <message>
        <source>A video&apos;s sides must be even numbers of pixels.</source>
        <translation>Les côtés d’une vidéo doivent être des nombres pairs de pixels.</translation>
    </message>
    <message>
        <source>Making the replay video...</source>
        <translation>Création de la vidéo de la rediffusion...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vidéos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>WebM videos (*.webm)</source>
        <translation>Vidéos WebM (*.webm)</translation>
    </message>
    <message>
        <source>Animated GIF images (*.gif)</source>
        <translation>Images GIF animées (*.gif)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>cascade::GraphOverlay</name>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>cascade::GraphScene</name>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Reposts received</source>
        <translation>Republications reçues</translation>
    </message>
    <message>
        <source>Potential exposure</source>
        <translation>Exposition potentielle</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>What-if without %1: grey = no longer reached</source>
        <translation>Hypothèse sans %1&#xa0;: gris = plus atteint</translation>
    </message>
    <message>
        <source>Circle: %1 or more accounts that did the same to one actor and nothing else, each within %2 of the previous (click to expand)</source>
        <translation>Cercle&#xa0;: %1 comptes ou plus qui ont fait la même chose envers un acteur et rien d’autre, chacun dans les %2 après le précédent (cliquez pour déplier)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation>Abonnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>First active: %1</source>
        <translation>Premier acte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never active in this case</source>
        <translation>Jamais actif dans ce cas</translation>
    </message>
    <message>
        <source>Synthetic: stands for unknown real accounts</source>
        <translation>Fictif&#xa0;: représente des comptes réels inconnus</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>%1 reposts of %2</source>
        <translation>%1 republications de %2</translation>
    </message>
    <message>
        <source>%1 replies to %2</source>
        <translation>%1 réponses à %2</translation>
    </message>
    <message>
        <source>%1 quotes of %2</source>
        <translation>%1 citations de %2</translation>
    </message>
    <message>
        <source>%1 mentions of %2</source>
        <translation>%1 mentions de %2</translation>
    </message>
    <message>
        <source>%1 contacts of %2</source>
        <translation>%1 contacts de %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;from %2 to %3&lt;br&gt;Potential exposure: %4 (their followers, summed)&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;de %2 à %3&lt;br&gt;Exposition potentielle&#xa0;: %4 (leurs abonnés, additionnés)&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Click the caption to group them again.</source>
        <translation>Cliquez sur la légende pour les regrouper à nouveau.</translation>
    </message>
    <message>
        <source>Click to show them one by one.</source>
        <translation>Cliquez pour les montrer un par un.</translation>
    </message>
</context>
<context>
    <name>cascade::GraphView</name>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Follow the S&amp;tory</source>
        <translation>Suivre l’&amp;histoire</translation>
    </message>
    <message>
        <source>Frame what is shown at the cursor&apos;s time, easing to each new framing as the cursor moves (a zoom or a pan by hand stops it)</source>
        <translation>Cadrer ce qui est visible à l’heure du curseur, en glissant vers chaque nouveau cadrage quand le curseur bouge (un zoom ou un déplacement à la main l’arrête)</translation>
    </message>
    <message>
        <source>Fit &amp;Shown Actors</source>
        <translation>Ajuster aux acteurs &amp;visibles</translation>
    </message>
    <message>
        <source>Zoom onto the actors and links shown at the cursor&apos;s time</source>
        <translation>Zoomer sur les acteurs et les liens visibles à l’heure du curseur</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Actors Faintly</source>
        <translation>Montrer les acteurs &amp;inactifs en transparence</translation>
    </message>
    <message>
        <source>Draw actors and links that have not appeared yet faintly instead of hiding them</source>
        <translation>Dessiner en transparence les acteurs et les liens pas encore apparus au lieu de les masquer</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>Chosen by the size and shape of the case</source>
        <translation>Choisie selon la taille et la forme du cas</translation>
    </message>
    <message>
        <source>&amp;Hierarchical (dot)</source>
        <translation>&amp;Hiérarchique (dot)</translation>
    </message>
    <message>
        <source>Left to right, for small cascades</source>
        <translation>De gauche à droite, pour les petites cascades</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translation>&amp;Radiale (twopi)</translation>
    </message>
    <message>
        <source>Rings around the origin of the message</source>
        <translation>Des anneaux autour de l’origine du message</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translation>&amp;Ressorts (neato)</translation>
    </message>
    <message>
        <source>Force-directed, for small cases</source>
        <translation>Dirigée par les forces, pour les petits cas</translation>
    </message>
    <message>
        <source>&amp;Large graph (sfdp)</source>
        <translation>&amp;Grand graphe (sfdp)</translation>
    </message>
    <message>
        <source>Force-directed, for large cases</source>
        <translation>Dirigée par les forces, pour les grands cas</translation>
    </message>
    <message>
        <source>&amp;Balloon tree (large cases)</source>
        <translation>Arbre en &amp;ballons (grands cas)</translation>
    </message>
    <message>
        <source>Who entered the case through whom, as nested rings: fast and readable for large cases</source>
        <translation>Qui est entré dans le cas par qui, en anneaux emboîtés&#xa0;: rapide et lisible pour les grands cas</translation>
    </message>
    <message>
        <source>Swim&amp;lanes by role over time</source>
        <translation>&amp;Couloirs par rôle dans le temps</translation>
    </message>
    <message>
        <source>x is the time of an actor&apos;s first event, one lane per group of roles</source>
        <translation>x est l’heure du premier événement d’un acteur, un couloir par groupe de rôles</translation>
    </message>
    <message>
        <source>&amp;Run Layout Again</source>
        <translation>&amp;Relancer la disposition</translation>
    </message>
    <message>
        <source>Compute the layout again; actors placed by hand stay where they are</source>
        <translation>Recalculer la disposition&#xa0;; les acteurs placés à la main restent où ils sont</translation>
    </message>
    <message>
        <source>&amp;Cancel Layout</source>
        <translation>A&amp;nnuler la disposition</translation>
    </message>
    <message>
        <source>Node &amp;Size</source>
        <translation>&amp;Taille des nœuds</translation>
    </message>
    <message>
        <source>&amp;Note Callouts</source>
        <translation>&amp;Bulles des notes</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivées</translation>
    </message>
    <message>
        <source>For &amp;15 Minutes</source>
        <translation>Pendant &amp;15 minutes</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>For &amp;6 Hours</source>
        <translation>Pendant &amp;6 heures</translation>
    </message>
    <message>
        <source>For 1 &amp;Day</source>
        <translation>Pendant 1 &amp;jour</translation>
    </message>
    <message>
        <source>How long after its moment a note pinned to an actor shows beside it</source>
        <translation>Combien de temps après son moment une note épinglée à un acteur s’affiche à côté de lui</translation>
    </message>
</context>
<context>
    <name>cascade::ImportDialog</name>
    <message>
        <source>Detect from the content</source>
        <translation>Détecter d’après le contenu</translation>
    </message>
    <message>
        <source>twarc / Twitter API v1.1</source>
        <translation>twarc / API Twitter v1.1</translation>
    </message>
    <message>
        <source>twarc2 / Twitter API v2</source>
        <translation>twarc2 / API Twitter v2</translation>
    </message>
    <message>
        <source>X account archive</source>
        <translation>Archive de compte X</translation>
    </message>
    <message>
        <source>Bluesky (API JSON)</source>
        <translation>Bluesky (JSON de l’API)</translation>
    </message>
    <message>
        <source>Mastodon (API JSON)</source>
        <translation>Mastodon (JSON de l’API)</translation>
    </message>
    <message>
        <source>TAGS (CSV)</source>
        <translation>TAGS (CSV)</translation>
    </message>
    <message>
        <source>NodeXL (edges CSV or GraphML)</source>
        <translation>NodeXL (CSV des liens ou GraphML)</translation>
    </message>
    <message>
        <source>Import collected data</source>
        <translation>Importer des données collectées</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Format found in the content</source>
        <translation>Format trouvé dans le contenu</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>Ajouter des &amp;fichiers...</translation>
    </message>
    <message>
        <source>Add F&amp;older...</source>
        <translation>Ajouter un d&amp;ossier...</translation>
    </message>
    <message>
        <source>A folder such as an unpacked X archive (a zip is added as a file).</source>
        <translation>Un dossier tel qu’une archive X décompressée (un zip s’ajoute comme un fichier).</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Detected from each input&apos;s first records; a format chosen here is used for every input.</source>
        <translation>Détecté d’après les premiers enregistrements de chaque entrée&#xa0;; un format choisi ici sert pour toutes les entrées.</translation>
    </message>
    <message>
        <source>The cascade rule the report&apos;s count of relays credited to an intermediate relayer uses.</source>
        <translation>La règle de cascade utilisée par le rapport pour compter les relais attribués à un relais intermédiaire.</translation>
    </message>
    <message>
        <source>&amp;Add to the open case (one undo step) instead of opening a new case</source>
        <translation>&amp;Ajouter au cas ouvert (une seule étape d’annulation) au lieu d’ouvrir un nouveau cas</translation>
    </message>
    <message>
        <source>The first lines of the selected input.</source>
        <translation>Les premières lignes de l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>The import report: records read, posts and actors imported, what was skipped and why.</source>
        <translation>Le rapport d’importation&#xa0;: enregistrements lus, publications et acteurs importés, ce qui a été ignoré et pourquoi.</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <source>Credit r&amp;ule:</source>
        <translation>Règle d’attri&amp;bution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stops the import: the open case stays as it is.</source>
        <translation>Arrête l’importation&#xa0;: le cas ouvert reste tel quel.</translation>
    </message>
    <message>
        <source>I&amp;nputs:</source>
        <translation>E&amp;ntrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>Ra&amp;pport&#xa0;:</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Ajouter des fichiers à importer</translation>
    </message>
    <message>
        <source>Collected data (*.jsonl *.json *.js *.csv *.tsv *.graphml *.zip);;All files (*)</source>
        <translation>Données collectées (*.jsonl *.json *.js *.csv *.tsv *.graphml *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder to import (an X archive)</source>
        <translation>Ajouter un dossier à importer (une archive X)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A folder without files.</source>
        <translation>Un dossier sans fichiers.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>A zip file of %1: the X archive&apos;s data/tweets.js inside is read.</source>
        <translation>Un fichier zip de %1&#xa0;: le data/tweets.js de l’archive X qu’il contient est lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n input(s)...</source>
        <translation>
            <numerusform>Importation de %n entrée...</numerusform>
            <numerusform>Importation de %n entrées...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the open case is unchanged.</source>
        <translation>Importation annulée&#xa0;: le cas ouvert est inchangé.</translation>
    </message>
    <message>
        <source>The import failed: the open case is unchanged.</source>
        <translation>L’importation a échoué&#xa0;: le cas ouvert est inchangé.</translation>
    </message>
    <message>
        <source>The data could not be added: the open case is unchanged.</source>
        <translation>Les données n’ont pas pu être ajoutées&#xa0;: le cas ouvert est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n input(s)</source>
        <translation>
            <numerusform>Importer %n entrée</numerusform>
            <numerusform>Importer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the open case: %1 events, %2 actors (Undo takes them out).</source>
        <translation>Ajouté au cas ouvert&#xa0;: %1 événements, %2 acteurs (Annuler les retire).</translation>
    </message>
    <message>
        <source>Imported %1 events and %2 actors as a new case (not saved yet).</source>
        <translation>%1 événements et %2 acteurs importés dans un nouveau cas (pas encore enregistré).</translation>
    </message>
</context>
<context>
    <name>cascade::LayoutController</name>
    <message>
        <source>Layout %1 (saved in the case)</source>
        <translation>Disposition %1 (enregistrée dans le cas)</translation>
    </message>
    <message>
        <source>Laying out with %1</source>
        <translation>Disposition avec %1</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the graph of %n actors</source>
        <translation>
            <numerusform>Préparation du graphe de %n acteur</numerusform>
            <numerusform>Préparation du graphe de %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Disposition annulée</translation>
    </message>
    <message>
        <source>Layout %1: %2 actors in %3 s</source>
        <translation>Disposition %1&#xa0;: %2 acteurs en %3 s</translation>
    </message>
</context>
<context>
    <name>cascade::LayoutProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>cascade::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Cascades</source>
        <translation>Cascades</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>&lt;opened case&gt;</source>
        <translation>&lt;cas ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Ouvrir un cas</translation>
    </message>
    <message>
        <source>Cascade cases (*.cascade.json *.json);;All files (*)</source>
        <translation>Cas Cascade (*.cascade.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;Haiti 2010 case</source>
        <translation>Ouvrir le cas &amp;Haïti 2010</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Apply &amp;Roster...</source>
        <translation>Appliquer une &amp;liste de rôles...</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Choisir une liste de rôles</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listes de rôles (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Export Slides...</source>
        <translation>E&amp;xporter des diapositives...</translation>
    </message>
    <message>
        <source>Export Slides: available once the layout is ready</source>
        <translation>Exporter des diapositives&#xa0;: disponible dès que la disposition est prête</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Full screen, one milestone at a time: Right or Page Down replays to the next, Esc leaves</source>
        <translation>Plein écran, une étape à la fois&#xa0;: Droite ou Page suivante rejoue jusqu’à la suivante, Échap quitte</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Credit Rule</source>
        <translation>Règle d’&amp;attribution</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>Opening %1 cancelled; the open case is unchanged</source>
        <translation>Ouverture de %1 annulée&#xa0;; le cas ouvert est inchangé</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>... and %1 more (see details)</source>
        <translation>... et %1 de plus (voir les détails)</translation>
    </message>
    <message>
        <source>Could not open %1: the open case is unchanged.

%2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: le cas ouvert est inchangé.

%2</translation>
    </message>
    <message>
        <source>Opened %1: %2 actors, %3 events</source>
        <translation>%1 ouvert&#xa0;: %2 acteurs, %3 événements</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>%1[*] - Cascade</source>
        <translation>%1[*] - Cascade</translation>
    </message>
    <message>
        <source>Could not save the case.</source>
        <translation>Le cas n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cascade did not close normally. Unsaved changes to %1 were autosaved at %2.</source>
        <translation>Cascade ne s’est pas fermé normalement. Les modifications non enregistrées de %1 ont été sauvegardées automatiquement à %2.</translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation>un cas sans titre</translation>
    </message>
    <message>
        <source>Restore opens the case with those changes, unsaved. Discard deletes the autosave. Later keeps it and asks again at the next start.</source>
        <translation>Restaurer ouvre le cas avec ces modifications, non enregistrées. Abandonner supprime la sauvegarde automatique. Plus tard la garde et redemande au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>The autosave of %1 could not be read; it is kept in %2.</source>
        <translation>La sauvegarde automatique de %1 n’a pas pu être lue&#xa0;; elle est conservée dans %2.</translation>
    </message>
    <message>
        <source>Restored the autosave of %1: save it to keep the changes</source>
        <translation>Sauvegarde automatique de %1 restaurée&#xa0;: enregistrez-la pour garder les modifications</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>A new, empty case: add actors from the Case menu (%1)</source>
        <translation>Un nouveau cas, vide&#xa0;: ajoutez des acteurs depuis le menu Cas (%1)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <source>Cascade cases (*.cascade.json)</source>
        <translation>Cas Cascade (*.cascade.json)</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them?</source>
        <translation>Le cas a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 changed on disk and the open case has unsaved changes. Reload and lose them?</source>
        <translation>%1 a changé sur le disque et le cas ouvert a des modifications non enregistrées. Recharger et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Système (%1)</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>Interface language: %1 (already in use).</source>
        <translation>Langue de l’interface&#xa0;: %1 (déjà en place).</translation>
    </message>
    <message>
        <source>Interface language from the next start: %1.</source>
        <translation>Langue de l’interface au prochain démarrage&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>cascade::MilestoneDialog</name>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Edit the milestone</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>The beat of the story, e.g. The Air Force answers</source>
        <translation>Le temps fort de l’histoire, par ex. L’armée de l’air répond</translation>
    </message>
    <message>
        <source>What the room should see on this slide</source>
        <translation>Ce que la salle doit voir sur cette diapositive</translation>
    </message>
    <message>
        <source>What you want to say at this beat: shown only in the presenter view</source>
        <translation>Ce que vous voulez dire à ce moment&#xa0;: montré seulement dans la vue présentateur</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>&amp;Notes du présentateur&#xa0;:</translation>
    </message>
    <message>
        <source>Give the milestone a title: it heads its slide.</source>
        <translation>Donnez un titre à l’étape&#xa0;: il est en tête de sa diapositive.</translation>
    </message>
</context>
<context>
    <name>cascade::NoteDialog</name>
    <message>
        <source>Pinned to a moment</source>
        <translation>Épinglée à un moment</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>@handle (empty: a note on the whole case)</source>
        <translation>@identifiant (vide&#xa0;: une note sur tout le cas)</translation>
    </message>
    <message>
        <source>What the trainer wants to remember or show here</source>
        <translation>Ce que le formateur veut retenir ou montrer ici</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>No actor &quot;%1&quot; in the case: a note can only be pinned to an actor of the case.</source>
        <translation>Aucun acteur «&#xa0;%1&#xa0;» dans le cas&#xa0;: une note ne peut être épinglée qu’à un acteur du cas.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
</context>
<context>
    <name>cascade::PresentationCard</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cascade::PresentationWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation>Présentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>This case has no milestones: add some (Ctrl+M) to present it.</source>
        <translation>Ce cas n’a pas d’étapes&#xa0;: ajoutez-en (Ctrl+M) pour le présenter.</translation>
    </message>
</context>
<context>
    <name>cascade::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(No speaker notes: add them in the milestone&apos;s dialog.)</source>
        <translation>(Pas de notes du présentateur&#xa0;: ajoutez-les dans la boîte de dialogue de l’étape.)</translation>
    </message>
    <message>
        <source>Next: %1. %2 (%3)</source>
        <translation>Suivante&#xa0;: %1. %2 (%3)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Suivante&#xa0;: la fin</translation>
    </message>
</context>
<context>
    <name>cascade::RolesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Colour...</source>
        <translation>&amp;Couleur...</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>The order is the order of the legends and lists. Double-click a name or an id to change it.</source>
        <translation>L’ordre est celui des légendes et des listes. Double-cliquez sur un nom ou un id pour le changer.</translation>
    </message>
    <message>
        <source>Colour of the role</source>
        <translation>Couleur du rôle</translation>
    </message>
    <message>
        <source>New role %1</source>
        <translation>Nouveau rôle %1</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have the role %1. Which role do they take?</source>
        <translation>
            <numerusform>%n acteur a le rôle %1. Quel rôle prend-il&#xa0;?</numerusform>
            <numerusform>%n acteurs ont le rôle %1. Quel rôle prennent-ils&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::RosterDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Apply a Roster</source>
        <translation>Appliquer une liste de rôles</translation>
    </message>
    <message>
        <source>A roster is a CSV file with a header row: &lt;b&gt;handle&lt;/b&gt; (with or without @) and/or &lt;b&gt;platform_id&lt;/b&gt;, &lt;b&gt;role&lt;/b&gt; (a role&apos;s id or label), and optionally &lt;b&gt;name&lt;/b&gt; and &lt;b&gt;note&lt;/b&gt;. Names and notes only fill what an actor lacks.</source>
        <translation>Une liste de rôles est un fichier CSV avec une ligne d’en-tête&#xa0;: &lt;b&gt;handle&lt;/b&gt; (avec ou sans @) et/ou &lt;b&gt;platform_id&lt;/b&gt;, &lt;b&gt;role&lt;/b&gt; (l’id ou le libellé d’un rôle), et en option &lt;b&gt;name&lt;/b&gt; et &lt;b&gt;note&lt;/b&gt;. Les noms et les notes ne remplissent que ce qui manque à un acteur.</translation>
    </message>
    <message>
        <source>&amp;Choose File...</source>
        <translation>&amp;Choisir un fichier...</translation>
    </message>
    <message>
        <source>No roster chosen</source>
        <translation>Aucune liste choisie</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rôle actuel</translation>
    </message>
    <message>
        <source>Roster role</source>
        <translation>Rôle de la liste</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Every line of the roster could be used.</source>
        <translation>Chaque ligne de la liste a pu être utilisée.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Lines not used:</source>
        <translation>Lignes non utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Choisir une liste de rôles</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listes de rôles (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Role changes: %1 · names or notes filled: %2 · had that role already: %3 · not in this case: %4 · lines not used: %5</source>
        <translation>Rôles changés&#xa0;: %1 · noms ou notes remplis&#xa0;: %2 · avaient déjà ce rôle&#xa0;: %3 · absents de ce cas&#xa0;: %4 · lignes non utilisées&#xa0;: %5</translation>
    </message>
    <message>
        <source>Apply Roster %1</source>
        <translation>Appliquer la liste de rôles %1</translation>
    </message>
</context>
<context>
    <name>cascade::Sparkline</name>
    <message>
        <source>its events</source>
        <translation>ses événements</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>| cursor</source>
        <translation>| curseur</translation>
    </message>
</context>
<context>
    <name>cascade::TimeLabels</name>
    <message>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Offline contacts</source>
        <translation>Contacts hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln republication</numerusform>
            <numerusform>%Ln republications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offline contact(s)</source>
        <translation>
            <numerusform>%Ln contact hors ligne</numerusform>
            <numerusform>%Ln contacts hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>cascade::TimelineWidget</name>
    <message>
        <source>Timeline Zoom &amp;In</source>
        <translation>Zoom &amp;avant sur la frise</translation>
    </message>
    <message>
        <source>Show half the time range, around the cursor (or Shift+drag on the timeline)</source>
        <translation>Montrer la moitié de la période, autour du curseur (ou Maj+glisser sur la frise)</translation>
    </message>
    <message>
        <source>Potential exposure (upper bound)</source>
        <translation>Exposition potentielle (majorant)</translation>
    </message>
    <message>
        <source>Selected cascade</source>
        <translation>Cascade sélectionnée</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>This case has no events yet.</source>
        <translation>Ce cas n’a pas encore d’événements.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Time in %1 (%2) · one bar per %3</source>
        <translation>Heure de %1 (%2) · une barre par %3</translation>
    </message>
</context>
<context>
    <name>cascade::Transport</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play: the cursor moves forward in time</source>
        <translation>Lecture&#xa0;: le curseur avance dans le temps</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Aller au &amp;début</translation>
    </message>
    <message>
        <source>Go to the first event</source>
        <translation>Aller au premier événement</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Aller à la &amp;fin</translation>
    </message>
    <message>
        <source>Go to the last event</source>
        <translation>Aller au dernier événement</translation>
    </message>
    <message>
        <source>Pre&amp;vious Event</source>
        <translation>Événement pré&amp;cédent</translation>
    </message>
    <message>
        <source>Go to the previous event</source>
        <translation>Aller à l’événement précédent</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next event</source>
        <translation>Aller à l’événement suivant</translation>
    </message>
    <message>
        <source>Previous &amp;Milestone</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous milestone</source>
        <translation>Aller à l’étape précédente</translation>
    </message>
    <message>
        <source>Next M&amp;ilestone</source>
        <translation>Étape s&amp;uivante</translation>
    </message>
    <message>
        <source>Go to the next milestone</source>
        <translation>Aller à l’étape suivante</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>P&amp;lus lent</translation>
    </message>
    <message>
        <source>Play more slowly</source>
        <translation>Lire plus lentement</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Plus &amp;rapide</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>Lire plus vite</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>10 s/s</source>
        <translation>10 s/s</translation>
    </message>
    <message>
        <source>1 min/s</source>
        <translation>1 min/s</translation>
    </message>
    <message>
        <source>5 min/s</source>
        <translation>5 min/s</translation>
    </message>
    <message>
        <source>15 min/s</source>
        <translation>15 min/s</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 h/s</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 h/s</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 jour/s</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 semaine/s</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause playback (Space)</source>
        <translation>Mettre la lecture en pause (Espace)</translation>
    </message>
    <message>
        <source>Play: the cursor moves forward in time (Space)</source>
        <translation>Lecture&#xa0;: le curseur avance dans le temps (Espace)</translation>
    </message>
</context>
<context>
    <name>cascade::TransportBar</name>
    <message>
        <source>Playback speed: case time per second ([ slower, ] faster)</source>
        <translation>Vitesse de lecture&#xa0;: temps du cas par seconde ([ plus lent, ] plus rapide)</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>Before the first event (%1)</source>
        <translation>Avant le premier événement (%1)</translation>
    </message>
    <message>
        <source>Before the first event</source>
        <translation>Avant le premier événement</translation>
    </message>
    <message>
        <source>%1 of %2 events · potential exposure so far: up to %3</source>
        <translation>%1 sur %2 événements · exposition potentielle jusqu’ici&#xa0;: jusqu’à %3</translation>
    </message>
    <message>
        <source>%1 / %2 events · exposure ≤ %3</source>
        <translation>%1 / %2 événements · exposition ≤ %3</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 événements</translation>
    </message>
</context>
<context>
    <name>cascade::ZoomStack</name>
    <message>
        <source>Timeline Zoom &amp;Back</source>
        <translation>Retour du &amp;zoom de la frise</translation>
    </message>
    <message>
        <source>Timeline &amp;Full Range</source>
        <translation>Frise sur toute la &amp;période</translation>
    </message>
    <message>
        <source>Go back to the time range shown before the last zoom</source>
        <translation>Revenir à la période affichée avant le dernier zoom</translation>
    </message>
    <message>
        <source>Show the whole case on the timeline</source>
        <translation>Montrer tout le cas sur la frise</translation>
    </message>
</context>
</TS>
