# nudger prompt catalog, German (de). Translated from en/prompts.ftl.
#
# One message per prompt; its id is the id in config/prompts.toml and never changes.
# The value is the action; .why is the reason. { $partner } is the partner's name as typed,
# never inflected (no genitive -s). $gender selects she / he / name-only wording.

anx-reassurance-01 = Schick { $partner } heute einfach so, ohne besonderen Anlass, eine kurze Nachricht, dass du froh bist, dass ihr zusammen seid.
    .why = Wenn du deine Liebe klar und von dir aus zeigst, fühlt sich ein Mensch, der sich um eure Beziehung sorgt, sicherer.

anx-reassurance-02 = Sag { $partner } heute vor dem Einschlafen: „Ich liebe dich, und daran hat der heutige Tag nichts geändert.“
    .why = Liebe, die nicht davon abhängt, wie ein Tag gelaufen ist, ist bedingungslos – und gibt jemandem, der sich sorgt, Halt.

anx-reassurance-03 = Wenn du heute eine Weile nicht erreichbar bist oder sich Pläne ändern, sag { $partner } früh Bescheid und auch, wann du dich wieder meldest.
    .why = Wer sich mit Kontakt und Zuspruch ruhiger fühlt, muss sich weniger sorgen, wenn klar ist, wann du dich wieder meldest.

anx-reassurance-04 = { $gender ->
        [she] Sag { $partner } heute mit deinen eigenen Worten, dass du sie liebst, wie sie ist – an guten Tagen und an schweren.
        [he] Sag { $partner } heute mit deinen eigenen Worten, dass du ihn liebst, wie er ist – an guten Tagen und an schweren.
       *[name] Sag { $partner } heute mit deinen eigenen Worten, dass deine Liebe dem ganzen Menschen gilt – an guten Tagen und an schweren.
    }
    .why = Klar ausgesprochene, bedingungslose Liebe ist einer der direktesten Wege, damit sich der Mensch an deiner Seite sicher fühlt.

anx-reassurance-05 = Bevor der Arbeitstag richtig losgeht, schick { $partner } eine kurze Nachricht, dass du dich schon aufs Wiedersehen nachher freust.
    .why = Zu sagen, dass du dich freust, ist einfacher, klarer Zuspruch – und nimmt Sorgen, solange ihr getrennt seid.

anx-reassurance-06 = Wenn { $partner } heute Abend fragt, ob etwas nicht stimmt, antworte offen und freundlich – und wenn alles in Ordnung ist, sag es herzlich.
    .why = Eine klare, freundliche Antwort beruhigt schon für sich und lässt Sorgen weniger Raum zu wachsen.

anx-reassurance-07 = Wenn dein Nachmittag voll wird, schick { $partner } eine Zeile, dass viel los ist und wann du dich richtig meldest – und halte dich dann daran.
    .why = Eine kurze Vorwarnung macht aus Funkstille Zuspruch, damit ein voller Tag nicht wie Distanz wirkt.

anx-reassurance-08 = Wenn du heute auf Nachrichten von { $partner } antwortest, schreib wenigstens einmal einen herzlichen Satz statt nur eines Wortes.
    .why = Kleine Zeichen von Wärme im Alltag geben jemandem, der sich um eure Verbindung sorgt, immer wieder Sicherheit.

anx-reassurance-12 = Wenn { $partner } heute an euch zu zweifeln scheint, sag ganz schlicht: „Ich bin da, und ich gehe nirgendwohin.“
    .why = Schlichte Worte übers Bleiben zeigen klar, dass du weiter zu eurer Beziehung stehst – das nimmt Sorgen um eure Verbindung.

anx-reassurance-13 = Wenn du heute still oder mit den Gedanken woanders bist, sag { $partner } kurz: „Das liegt an meinem Tag, nicht an dir.“
    .why = Eine stille Stimmung zu erklären, bevor sie falsch verstanden wird, beruhigt und erspart jemandem, der sich sorgt, das Rätselraten.

anx-reassurance-14 = Wenn ihr heute Abend nicht zusammen seid, schick { $partner } eine kurze Gute-Nacht-Nachricht, etwa: „Schlaf gut, ich denk an dich.“
    .why = Ein liebes letztes Wort am Tag zeigt verlässlich, dass eure Nähe auch hält, wenn ihr getrennt seid.

anx-reassurance-15 = Wenn sich { $partner } heute für eine Kleinigkeit entschuldigt, etwa fürs Zuspätkommen oder etwas Vergessenes, sag herzlich, dass das völlig in Ordnung ist.
    .why = Wenn du kleinen Patzern mit Wärme begegnest, zeigt das: Deine Liebe hängt nicht davon ab, dass alles klappt.

anx-commitment-01 = Erzähl { $partner } heute von einem Plan für die nächsten Monate, einer Reise, einer Jahreszeit oder einem Ritual, und sag, dass du das gemeinsam erleben willst.
    .why = Über eine gemeinsame Zukunft zu sprechen zeigt, dass du langfristig zu eurer Beziehung stehst – und das gibt Sicherheit.

anx-commitment-02 = Sag { $partner } heute Abend einen Grund, warum du dich immer wieder für eure Beziehung entscheidest.
    .why = Wenn du Gefühle aussprichst, die deine Entscheidung für euch zeigen, kann das Sorgen um die Beziehung lindern.

anx-commitment-03 = Schlag { $partner } heute Morgen einen Termin für euren nächsten Abend zu zweit vor, und sobald ihr euch einig seid, trag ihn in den Kalender ein.
    .why = Ein konkreter Plan, den du dann auch einhältst, zeigt deutlicher als ein vages Versprechen, dass du dauerhaft zu euch stehst.

anx-commitment-04 = Wenn es zwischen dir und { $partner } zuletzt mal geknirscht hat, sag heute klar, dass ein schwerer Tag nichts daran ändert, wie sehr du zu euch stehst.
    .why = Zu hören, dass dein Ja zur Beziehung auch schwere Momente übersteht, gibt mit der Zeit mehr Sicherheit.

anx-commitment-05 = Schlag { $partner } heute einen kleinen Plan für die kommende Woche vor, etwa einen Spaziergang oder ein Essen auswärts, und trag ihn gleich in den Kalender ein.
    .why = Kleine Pläne, die ihr gemeinsam macht und dann auch umsetzt, zeigen im Alltag, dass ihr zueinander steht.

anx-commitment-06 = Frag { $partner } heute Abend: „Worauf freust du dich dieses Jahr?“ Und sag dann, was davon du gern gemeinsam erleben würdest.
    .why = Zu sagen, dass du teilen willst, was kommt, zeigt, dass du auf Dauer zu eurer Beziehung stehst.

anx-commitment-07 = Erzähl { $partner } heute, welche ganz alltägliche Sache ihr in deiner Vorstellung auch in vielen Jahren noch zusammen macht, etwa in aller Ruhe Kaffee trinken.
    .why = Eine gemeinsame Zukunft laut auszumalen zeigt Gefühle, die für Beständigkeit stehen – das nimmt Sorgen um eure Verbindung.

anx-commitment-08 = Wenn du { $partner } versprochen hast, heute zu einer bestimmten Zeit anzurufen oder zu schreiben, dann tu es pünktlich – und sei es nur für eine Minute.
    .why = Kleine Versprechen zu halten heißt, Verbundenheit zu leben – so fällt es leichter zu vertrauen, dass du bleibst.

anx-commitment-11 = Sprich heute mit { $partner } über eine Sache, die du dieses Jahr gern gemeinsam aufbauen würdest, etwa Rücklagen, einen Garten oder eine neue Fähigkeit, und frag: „Was würdest du noch dazunehmen?“
    .why = Gemeinsame Ziele für die Zukunft zeigen, dass du bleiben willst, und geben Sicherheit in der Beziehung.

anx-commitment-12 = Frag heute, was { $partner } von einer Entscheidung hält, die euch beide betrifft, etwa eine Anschaffung oder einen Urlaub, damit ihr sie gemeinsam treffen könnt.
    .why = Gemeinsam zu entscheiden ist gelebte Verbundenheit: Es zeigt, dass dieser Mensch zu deiner Zukunft gehört.

anx-commitment-13 = Erinnere { $partner } heute Abend an eine schwere Zeit, die ihr gemeinsam durchgestanden habt, und sag, dass du auch die nächste wieder gemeinsam angehen willst.
    .why = Worte, die zeigen, dass du auch in schweren Zeiten bleibst und nicht nur in guten, geben Sicherheit in der Beziehung.

anx-commitment-14 = Schlag { $partner } heute vor, ein kleines Ritual zu beginnen, etwa einen wöchentlichen Spaziergang oder Filmabend, und sag, dass du es gern beibehalten würdest.
    .why = Ein kleines Ritual, das ihr gemeinsam pflegt, ist ein alltägliches Zeichen, dass ihr zueinander steht.

anx-positive-regard-01 = Denk an etwas, das { $partner } neulich gut gemeistert hat, und sag ganz konkret, was du daran bewunderst.
    .why = Wer streng mit sich selbst ist, findet mehr Halt, wenn du betonst, was du an diesem Menschen besonders schätzt.

anx-positive-regard-02 = Leg heute Morgen einen Zettel für { $partner } an eine gut sichtbare Stelle, mit einer Eigenschaft, die du besonders liebst, etwa: „Ich liebe deinen Humor.“
    .why = Offen ausgesprochene Wertschätzung hilft jemandem, der an sich zweifelt, sich wertvoll und sicher zu fühlen.

anx-positive-regard-03 = { $gender ->
        [she] Verrat { $partner } heute Abend, wovon du Freunden gern vorschwärmen würdest, wenn du von ihr erzählst.
        [he] Verrat { $partner } heute Abend, wovon du Freunden gern vorschwärmen würdest, wenn du von ihm erzählst.
       *[name] Verrat { $partner } heute Abend, wovon du Freunden gern vorschwärmen würdest, wenn du von { $partner } erzählst.
    }
    .why = Auszusprechen, was du am Menschen an deiner Seite schätzt, ist ein direkter Weg, Wertschätzung zu zeigen.

anx-positive-regard-04 = { $gender ->
        [she] Wenn { $partner } heute hart mit sich ins Gericht geht, nenn eine Sache, die sie gut gemacht hat, ohne gegen ihr Gefühl anzureden.
        [he] Wenn { $partner } heute hart mit sich ins Gericht geht, nenn eine Sache, die er gut gemacht hat, ohne gegen sein Gefühl anzureden.
       *[name] Wenn { $partner } heute hart mit sich ins Gericht geht, nenn eine Sache, die { $partner } gut gemacht hat, ohne gegen das Gefühl anzureden.
    }
    .why = Warme, behutsam ausgesprochene Wertschätzung hilft einem Menschen, der sich selbst streng sieht, sich von dir gesehen und gemocht zu fühlen.

anx-positive-regard-05 = Steht { $partner } ein anstrengender Tag bevor, dann sag heute Morgen, welche Stärke dabei sicher hilft, etwa: „Mit deiner Ruhe schaffst du das.“
    .why = Stärken zu benennen, die du siehst, ist Wertschätzung, die jemandem mit Selbstzweifeln mehr Halt gibt.

anx-positive-regard-06 = Sag { $partner } an einem Beispiel, was in deinem Leben schöner geworden ist, seit ihr euch kennt.
    .why = Zu hören, dass man dein Leben besser macht, ist gelebte Wertschätzung und lässt spüren, wie wertvoll man ist.

anx-positive-regard-07 = Nenn heute etwas, das { $partner } gemacht, repariert oder ausgesucht hat und das dir richtig gefällt, und sag, was genau du daran magst.
    .why = Konkretes Lob macht Wertschätzung greifbar und hilft jemandem, der an sich zweifelt, sich wertvoll zu fühlen.

anx-positive-regard-08 = { $gender ->
        [she] Schick { $partner } heute Nachmittag eine Nachricht über etwas, das sie neulich gesagt oder getan hat und das dich stolz auf sie gemacht hat.
        [he] Schick { $partner } heute Nachmittag eine Nachricht über etwas, das er neulich gesagt oder getan hat und das dich stolz auf ihn gemacht hat.
       *[name] Schick { $partner } heute Nachmittag eine Nachricht über etwas, das { $partner } neulich gesagt oder getan hat und das dich richtig stolz gemacht hat.
    }
    .why = Deinen Stolz zu teilen ist deutliche Wertschätzung und hilft jemandem, der streng mit sich ist, sich wertvoll zu fühlen.

anx-positive-regard-09 = { $gender ->
        [she] Frag { $partner } heute bei etwas um Rat und sag ihr, warum du ihrem Urteil vertraust.
        [he] Frag { $partner } heute bei etwas um Rat und sag ihm, warum du seinem Urteil vertraust.
       *[name] Frag { $partner } heute bei etwas um Rat und sag dazu, warum du dich auf dieses Urteil verlässt.
    }
    .why = Um Rat zu fragen und zu sagen, warum dir die Meinung wichtig ist, ist Wertschätzung, die bei Selbstzweifeln das Gefühl stärkt, etwas zu können.

anx-positive-regard-10 = Wenn { $partner } dir heute eine Idee oder einen Plan erzählt, sag zuerst, was dir daran gefällt – und stell erst danach Fragen.
    .why = Mit dem zu beginnen, was du an einer Idee schätzt, zeigt Wertschätzung und stärkt bei Selbstzweifeln das Vertrauen in die eigenen Fähigkeiten.

anx-positive-regard-11 = { $gender ->
        [she] Sag { $partner } heute, was du an ihr über das Aussehen hinaus anziehend findest, etwa ihr Lachen oder wie sie zuhört.
        [he] Sag { $partner } heute, was du an ihm über das Aussehen hinaus anziehend findest, etwa sein Lachen oder wie er zuhört.
       *[name] Sag { $partner } heute, was du über das Aussehen hinaus anziehend findest, etwa das Lachen oder die Art zuzuhören.
    }
    .why = Zu sagen, was dich anzieht, ist deutliche Wertschätzung und hilft jemandem mit Selbstzweifeln, sich gewollt zu fühlen.

anx-positive-regard-12 = Sag { $partner } vor dem Schlafengehen eine Sache, die { $gender ->
        [she] sie
        [he] er
       *[name] { $partner }
    } heute getan hat und die du gern gesehen hast – ganz egal, wie klein.
    .why = Jeden Tag kleine gute Dinge zu bemerken und auszusprechen, ist eine beständige Form der Wertschätzung.

anx-positive-regard-13 = Bitte { $partner }, dir etwas zu zeigen, worin { $gender ->
        [she] sie
        [he] er
       *[name] { $partner }
    } richtig gut ist, etwa eine Fähigkeit, ein Spiel oder etwas aus der Arbeit, und sag, was dich daran beeindruckt.
    .why = Echtes Interesse an dem, was jemand gut kann, ist gelebte Wertschätzung – und fühlt sich auch so an.

anx-gratitude-01 = Bedank dich heute bei { $partner } für eine bestimmte Sache aus dieser Woche und sag, inwiefern dir das geholfen hat.
    .why = Dankbarkeit zu erfahren hilft Menschen, die sich um ihre Beziehung sorgen, sich darin wohler und zufriedener zu fühlen.

anx-gratitude-02 = Schreib { $partner } ein Dankeschön in drei Zeilen für etwas, das regelmäßig ganz selbstverständlich erledigt wird und meist niemandem auffällt.
    .why = Regelmäßige Dankbarkeit kann Sorgen um die Beziehung mit der Zeit lindern.

anx-gratitude-03 = Bedank dich heute im Beisein anderer bei { $partner } für etwas Konkretes, etwa vor Freunden, Verwandten oder euren Kindern.
    .why = Offen gezeigte Dankbarkeit macht spürbar, wie geschätzt jemand ist, und schenkt Zufriedenheit und Sicherheit.

anx-gratitude-04 = Denk heute Abend mit { $partner } an eine schwere Zeit zurück und sag: „Danke, dass du mir da durchgeholfen hast.“
    .why = Unterstützung und Dankbarkeit helfen jemandem, der sich sorgt, mit der Zeit zufriedener und sicherer zu werden.

anx-gratitude-05 = Bedank dich zum Feierabend bei { $partner } für eine Sache, die { $gender ->
        [she] sie
        [he] er
       *[name] { $partner }
    } heute erledigt hat, ob groß oder klein.
    .why = Alltägliche Dankbarkeit hilft jemandem, der sich um eure Verbindung sorgt, sich darin wohler zu fühlen.

anx-gratitude-06 = Erzähl { $partner } heute beim Frühstück von einem Moment dieser Woche, für den du dankbar bist, weil ihr ihn zusammen erlebt habt.
    .why = Dankbarkeit für gemeinsame Zeit, nicht nur für Erledigtes, lässt spüren, wie wertvoll man ist, und gibt Sicherheit.

anx-gratitude-07 = { $gender ->
        [she] Bedank dich heute bei { $partner } für etwas, das sie ausmacht, etwa ihre Geduld oder ihren Humor, und nicht nur für etwas, das sie getan hat.
        [he] Bedank dich heute bei { $partner } für etwas, das ihn ausmacht, etwa seine Geduld oder seinen Humor, und nicht nur für etwas, das er getan hat.
       *[name] Bedank dich heute bei { $partner } für etwas, das diesen Menschen ausmacht, etwa die Geduld oder den Humor, und nicht nur für etwas Erledigtes.
    }
    .why = Dank für das, was jemand ist, zeigt Wertschätzung, die nicht an Leistung hängt – das nimmt Sorgen um eure Verbindung.

anx-gratitude-08 = Schick { $partner } heute Nachmittag eine Nachricht und bedank dich für die Unterstützung bei etwas, das dich gerade beschäftigt.
    .why = Anzuerkennen, wie sehr du unterstützt wirst, ist Dankbarkeit, die Wert und Sicherheit spüren lässt.

anx-gratitude-10 = Schick { $partner } heute eine Nachricht und bedank dich für einen Satz aus den letzten Tagen, der dir im Kopf geblieben ist.
    .why = Dank für Worte, nicht nur für Taten, zeigt, dass du zuhörst und schätzt, was gesagt wird – das nimmt Sorgen um eure Verbindung.

anx-gratitude-11 = Sag { $partner } heute, wie deine Woche ohne eine bestimmte Hilfe ausgesehen hätte, und bedank dich dafür.
    .why = Zu zeigen, wie viel die Hilfe bewirkt hat, macht Dankbarkeit greifbar – und schenkt Zufriedenheit und Sicherheit.

anx-gratitude-12 = { $gender ->
        [she] Bedank dich heute beim Abendessen bei { $partner } für etwas, das sie für Menschen getan hat, die du liebst, etwa für deine Familie oder Freunde.
        [he] Bedank dich heute beim Abendessen bei { $partner } für etwas, das er für Menschen getan hat, die du liebst, etwa für deine Familie oder Freunde.
       *[name] Sag { $partner } heute beim Abendessen Danke für etwas, das { $partner } für Menschen getan hat, die du liebst, etwa für deine Familie oder Freunde.
    }
    .why = Dank für die Fürsorge gegenüber den Menschen in deinem Leben lässt spüren, wie geschätzt man ist, und gibt Sicherheit.

anx-gratitude-13 = Bevor ihr heute Morgen beide loslegt, bedank dich bei { $partner } für eine Sache, die dir den Start in den Tag erleichtert.
    .why = Kleiner, alltäglicher Dank hilft jemandem, der sich um eure Verbindung sorgt, sich darin zufriedener zu fühlen.

anx-closeness-01 = Wenn { $partner } einen stressigen Tag hatte, biete eine Umarmung oder deine Hand an – ob Ja oder Nein, beides ist in Ordnung.
    .why = Körperliche Nähe, wenn sie willkommen ist, lindert Stress und gibt Geborgenheit und Sicherheit.

anx-closeness-02 = Bevor du heute Morgen aus dem Haus gehst, biete { $partner } eine lange, ruhige Umarmung zum Abschied an – nur wenn das gerade willkommen ist.
    .why = Sanfte, willkommene Berührung ist eine Art, Sorgen zu lindern und zu zeigen, dass man sich nah bleibt.

anx-closeness-03 = Schick { $partner } mittags eine Nachricht, einfach um dich zu melden und zu fragen, wie der Tag so läuft.
    .why = Warmer, regelmäßiger Kontakt hilft jemandem, den Nähe beruhigt, sich über den Tag hinweg verbunden zu fühlen.

anx-closeness-04 = Setz dich heute Abend dicht neben { $partner }, wenn ihr redet oder etwas schaut, und frag: „Magst du meinen Arm um dich?“
    .why = Körperliche Nähe, die angeboten statt vorausgesetzt wird, kann Stress lindern und Sicherheit geben.

anx-closeness-05 = Wenn ihr heute Abend beide zu Hause seid, schenk { $partner } in den ersten fünf Minuten deine volle Aufmerksamkeit und biete eine Umarmung an – nur wenn gewünscht.
    .why = Herzlicher Kontakt beim Wiedersehen, mit angebotener statt vorausgesetzter Berührung, löst Sorgen, die sich in der Zeit ohne einander angestaut haben.

anx-closeness-06 = Biete { $partner } heute einen gemütlichen Morgen zu zweit an, etwa ein langes Frühstück oder einen kleinen Spaziergang – was eben gerade mehr Freude macht.
    .why = Ruhige, nahe Zeit zu zweit gibt jemandem, den Nähe beruhigt, Sicherheit.

anx-closeness-07 = Schick { $partner } heute ein Foto von etwas, das dir unterwegs begegnet ist, mit einer Zeile wie: „Da musste ich an dich denken.“
    .why = Kleine Zeichen, dass man in deinen Gedanken ist, halten den Kontakt warm und nehmen Sorgen, solange ihr getrennt seid.

anx-closeness-08 = Wenn { $partner } heute Abend angespannt wirkt, biete an, Schultern oder Hände zu massieren – und nimm ein Nein freundlich an.
    .why = Berührung lindert Stress, wenn sie willkommen ist – darum zählt beides: sie anzubieten und die Antwort zu respektieren.

anx-closeness-09 = Mach heute bei etwas mit, das { $partner } gern tut, und sag, wie schön du es findest, das zusammen zu machen.
    .why = Gemeinsame Zeit mit ein paar warmen Worten zeigt, dass du dich bewusst für die Nähe entscheidest.

anx-closeness-12 = Wenn du heute zu Hause das nächste Mal an { $partner } vorbeigehst, halt kurz inne und biete deine Hand oder eine Umarmung an – falls gewünscht.
    .why = Kleine Berührungen im Lauf des Tages, wenn sie willkommen sind, lindern Sorgen und zeigen, dass du nah bleibst.

anx-closeness-13 = Schlag { $partner } heute Abend einen kurzen, gemütlichen Spaziergang vor und frag unterwegs: „Magst du meine Hand nehmen?“
    .why = Ruhige Zeit Seite an Seite, mit angebotener statt vorausgesetzter Berührung, lindert Sorgen und hält euch nah.

anx-closeness-14 = Wenn ihr heute Nachmittag getrennt seid, ruf { $partner } für ein paar Minuten an, statt zu schreiben – einfach, um die Stimme zu hören.
    .why = Deine Stimme zu hören ist warmer, direkter Kontakt und hilft jemandem, den Nähe beruhigt, gut durch den Tag.

anx-closeness-15 = Schlag { $partner } ein kleines Ritual für Tage vor, an denen ihr getrennt seid, etwa eine kurze Nachricht zwischendurch oder einen Anruf auf dem Heimweg, und fang heute damit an.
    .why = Ein verlässlicher Rhythmus im Kontakt lindert Sorgen, solange ihr getrennt seid, und lässt Nähe spüren.

anx-reassurance-09 = Jetzt, wo sich alles beruhigt hat, schick { $partner } eine kurze Nachricht, etwa: „Es ist okay, dass wir uns nicht einig waren. Ich bin trotzdem froh, dass es uns gibt.“
    .why = Nach einem angespannten Moment gibt die klare Zusage, dass deine Liebe hält, jemandem, der sich um eure Verbindung sorgt, wieder Sicherheit.

anx-reassurance-10 = Sag { $partner } heute Abend ganz schlicht: „Ich liebe dich, und ein angespannter Moment ändert daran nichts.“
    .why = Bedingungslose Liebe, bald nach Reibereien ausgesprochen, lindert die Sorge, die Beziehung könnte in Gefahr sein.

anx-reassurance-11 = Wenn du noch Zeit brauchst, um runterzukommen, sag { $partner }, wann du dich wieder meldest – und sei dann auch pünktlich da.
    .why = Zu wissen, wann ihr wieder zueinanderfindet, beruhigt jemanden, der fürchtet, Abstand nach einem Streit bedeute Distanz.

anx-commitment-09 = Sag { $partner } vor dem Schlafengehen: „Wir sind ein Team, und das kriegen wir zusammen hin.“
    .why = Worte, die nach einem Streit zeigen, dass du bleibst, lassen spüren, dass die Beziehung sicher ist.

anx-commitment-10 = Jetzt, wo sich alles beruhigt hat, mach mit { $partner } einen ganz normalen Plan für die nächsten Tage, um zu zeigen, dass die Anspannung nichts an euren Plänen ändert.
    .why = Ein konkreter Plan kurz nach Reibereien zeigt, dass du zu euch stehst, und kann mehr beruhigen als Worte allein.

anx-gratitude-09 = { $gender ->
        [she] Jetzt, wo sich alles gelegt hat, bedank dich bei { $partner } für etwas Alltägliches, das sie für dich getan hat – so zeigst du, dass der angespannte Moment nichts daran ändert, wie du sie siehst.
        [he] Jetzt, wo sich alles gelegt hat, bedank dich bei { $partner } für etwas Alltägliches, das er für dich getan hat – so zeigst du, dass der angespannte Moment nichts daran ändert, wie du ihn siehst.
       *[name] Jetzt, wo sich alles gelegt hat, bedank dich bei { $partner } für etwas Alltägliches – so zeigst du, dass der angespannte Moment nichts an deinem Blick auf { $partner } ändert.
    }
    .why = Dankbarkeit kurz nach einem Streit zeigt, dass deine Wertschätzung unverändert ist.

anx-closeness-10 = Setz dich heute Abend ein paar Minuten zu { $partner } und biete eine Umarmung oder deine Hand an, falls gewünscht.
    .why = Berührung, wenn sie willkommen ist, lindert Stress und lässt nach einem Streit spüren, dass eure Verbindung sicher ist.

anx-closeness-11 = Wenn ihr das nächste Mal zusammen seid, sei eine Weile ganz bei { $partner }: Handy weg, einander zugewandt, zuhören, ohne gleich etwas lösen oder dich verteidigen zu wollen.
    .why = Ruhige, aufmerksame Präsenz nach Reibereien lindert Sorgen und zeigt, dass du nah bleibst.

avo-trust-01 = Such dir eine Kleinigkeit aus, um die { $partner } dich neulich gebeten hat, und erledige sie heute, ohne dass es eine Erinnerung braucht.
    .why = Still und verlässlich Wort zu halten zeigt, dass man dir vertrauen kann – so kann jemand, dem Unabhängigkeit wichtig ist, entspannen.

avo-trust-02 = Behalte etwas, das { $partner } dir anvertraut hat, für dich, und bring es nicht von dir aus wieder zur Sprache.
    .why = Was dir anvertraut wird, für dich zu behalten, zeigt, dass man dir vertrauen kann – so fällt es leichter, sich im eigenen Tempo zu öffnen.

avo-trust-03 = Wenn du heute später kommst oder sich deine Pläne ändern, sag es { $partner } so früh wie möglich, klar und ohne großes Aufheben.
    .why = Verlässliche, ehrliche Infos zeigen, dass man dir vertrauen kann – so gibt es weniger Grund, auf der Hut zu sein.

avo-trust-04 = Wenn du { $partner } diese Woche etwas versprochen hast, etwa eine Reparatur oder eine Tischreservierung, erledige es heute und sag nur kurz, dass es geschafft ist.
    .why = Versprechen ohne großes Tamtam zu halten zeigt, dass man dir vertrauen und sich auf dich verlassen kann.

avo-trust-05 = Wenn { $partner } heute Abend eine Sorge erwähnt, hör zu, bleib ruhig und überlass es { $gender ->
        [she] ihr
        [he] ihm
       *[name] { $partner }
    }, ob das Thema wieder aufkommt.
    .why = Eine ruhige, gefasste Reaktion, wenn etwas geteilt wird, zeigt, dass man sich auf dich verlassen kann – so wächst mit der Zeit Vertrauen.

avo-trust-06 = Erzähl { $partner } heute Morgen in ein, zwei Sätzen, was du heute vorhast, damit ohne Nachfragen klar ist, was kommt.
    .why = Offen und berechenbar zu sein zeigt, dass man dir vertrauen kann – ohne im Gegenzug etwas zu verlangen.

avo-trust-07 = Wenn du etwas, das du mit { $partner } abgemacht hast, nicht schaffst, sag es sofort und schlag einen neuen Zeitpunkt vor, ohne lange Erklärungen.
    .why = Ehrlich und früh Bescheid zu geben, wenn etwas nicht klappt, zeigt, dass auf dich Verlass ist – das schafft Vertrauen.

avo-trust-08 = Übernimm heute eine gemeinsame Aufgabe, die du mit { $partner } als deine abgesprochen hast – von Anfang bis Ende, ohne dass dich jemand darum bitten muss.
    .why = Deinen Teil verlässlich zu erledigen zeigt, dass auf dich Verlass ist, und hilft jemandem, dem Unabhängigkeit wichtig ist, dir zu vertrauen.

avo-trust-09 = Behandle { $partner } heute vor anderen mit demselben Respekt wie zu Hause: keine Sticheleien und keine Geschichten auf { $gender ->
        [she] ihre Kosten
        [he] seine Kosten
       *[name] Kosten von { $partner }
    }.
    .why = Vor anderen derselbe Mensch zu sein wie zu Hause zeigt, dass man dir vertrauen kann.

avo-trust-10 = Wenn dir ein kleiner Fehler passiert ist, der { $partner } betrifft, etwa eine vergessene Rechnung oder eine kaputte Tasse, sag es heute selbst, schlicht und ruhig.
    .why = Kleine Fehler selbst anzusprechen, bevor sie auffallen, zeigt Ehrlichkeit – und dass man dir vertrauen kann.

avo-trust-11 = Denk an etwas, das { $partner } nach eigener Aussage nicht mag, etwa spontane Überraschungen oder einen bestimmten Spitznamen, und sorg dafür, dass es heute nicht vorkommt.
    .why = Sich zu merken und zu achten, was dir gesagt wurde, zeigt, dass du zuhörst und verlässlich bist – das schafft Vertrauen.

avo-trust-12 = Wenn du heute mit { $partner } eine Uhrzeit ausgemacht hast, etwa zum Losgehen oder für einen Anruf, sei ein paar Minuten früher bereit.
    .why = Da zu sein, wo und wann du es gesagt hast, zeigt ganz leise, dass man dir vertrauen kann.

avo-autonomy-01 = Lass { $partner } heute bei etwas Gemeinsamem entscheiden, etwa was es zu essen gibt oder was ihr als Nächstes unternehmt, und geh mit, ohne es infrage zu stellen.
    .why = Entscheidungen zu vertrauen, ohne sie zu kontrollieren, achtet die Eigenständigkeit und verringert den Drang, sich zurückzuziehen.

avo-autonomy-02 = Ermutige { $partner }, sich diese Woche Zeit für ein eigenes Hobby oder eigene Freunde zu nehmen – und mein es ehrlich.
    .why = Ein eigenständiges Leben zu unterstützen achtet die Autonomie und stärkt das Wir-Gefühl, statt einzuengen.

avo-autonomy-03 = Wenn { $partner } heute an einem Problem knobelt, frag: „Magst du Hilfe, oder machst du das lieber allein?“ – und richte dich nach der Antwort.
    .why = Hilfe als Angebot statt als Übernahme achtet die Eigenständigkeit und verringert Rückzug, wenn Unterstützung gebraucht wird.

avo-autonomy-04 = Bevor du Pläne machst, frag { $partner } heute Morgen: „Wie möchtest du das Wochenende verbringen?“ – und lass Raum für eigene Zeit.
    .why = Erst zu fragen und Raum für eigene Zeit zu lassen achtet die Autonomie – so fühlt sich gemeinsame Zeit frei gewählt an.

avo-autonomy-05 = Wenn { $partner } heute etwas über die eigene Zeit oder Arbeit entscheidet, steh dahinter, ohne eine Erklärung zu verlangen.
    .why = Dem Urteil in eigenen Angelegenheiten zu vertrauen achtet die Autonomie und senkt den Drang, sich zurückzuziehen.

avo-autonomy-06 = Wenn { $partner } heute Nachmittag mit Arbeit beschäftigt ist, halte Nachrichten zurück, die warten können, und heb sie dir für später auf.
    .why = Konzentration zu respektieren lässt jemandem die Hoheit über die eigene Zeit – so wirkt Kontakt willkommen statt fordernd.

avo-autonomy-07 = Lass { $partner } heute Abend aus zwei, drei Möglichkeiten wählen, etwa selbst kochen, etwas bestellen oder spazieren gehen.
    .why = Auswahl anzubieten, statt über jemanden hinweg zu entscheiden, achtet die Eigenständigkeit im Kleinen.

avo-autonomy-08 = Wenn { $partner } heute etwas anders macht als du, etwa beim Einräumen der Spülmaschine, lass es einfach so – ohne einzugreifen.
    .why = Kleinigkeiten so erledigen zu lassen, wie jemand es mag, achtet die Eigenständigkeit und erspart das Gefühl, bevormundet zu werden.

avo-autonomy-09 = Bevor du heute etwas planst, das { $partner } mit einschließt, etwa Gäste einladen oder etwas buchen, sprich es vorher ab.
    .why = Erst zu fragen, statt gemeinsame Zeit einfach zu verplanen, achtet die Autonomie – so wirken Pläne gewählt statt auferlegt.

avo-autonomy-10 = Wenn { $partner } heute von einer Entscheidung erzählt, die noch offen ist, frag: „Wozu tendierst du?“ – und überlass { $gender ->
        [she] ihr
        [he] ihm
       *[name] { $partner }
    } die Entscheidung.
    .why = Darauf zu vertrauen, dass jemand selbst gut entscheidet, achtet die Autonomie – so fühlt sich Unterstützung nicht wie Druck an.

avo-autonomy-11 = Wenn { $partner } heute einen gemeinsamen Plan ändern oder absagen möchte, sag locker Ja und schlag einen anderen Zeitpunkt vor.
    .why = Planänderungen ohne Aufhebens anzunehmen achtet die Autonomie – so fühlt sich gemeinsame Zeit frei gewählt an.

avo-space-01 = Schenk { $partner } heute Abend eine ruhige Stunde für sich – ohne Fragen, wie sie verbracht wird.
    .why = Zeit für sich, gern geschenkt, achtet das Bedürfnis nach Freiraum und lässt Nähe sicherer wirken.

avo-space-02 = Wenn { $partner } heute still wird, lauf nicht hinterher; sag einmal, ganz locker: „Ich bin da, wann immer du magst.“
    .why = Raum zu lassen, statt nachzulaufen, achtet die Eigenständigkeit und senkt den Drang, sich zurückzuziehen.

avo-space-03 = Schick { $partner } heute eine einzige, leichte Nachricht, auf die keine Antwort nötig ist, statt mehrmals nachzufragen.
    .why = Kontakt ohne Druck zeigt, dass du da bist, und respektiert zugleich Freiraum und Unabhängigkeit.

avo-space-04 = Gönn { $partner } heute Morgen einen ruhigen, langsamen Start: Heb Planungsgespräche auf, bis der Tag richtig angelaufen ist.
    .why = Zu respektieren, wann und wie jemand ins Gespräch gehen will, achtet die Autonomie – so fühlt sich Kontakt nicht wie Druck an.

avo-space-05 = Schlag { $partner } heute ein paar Stunden vor, in denen ihr beide euer eigenes Ding macht, bevor ihr euch zu einem Essen trefft, das ihr beide mögt.
    .why = Zeit für sich mit einem klaren, schönen Treffpunkt achtet das Bedürfnis nach Freiraum und hält Nähe leicht.

avo-space-06 = Wenn { $partner } heute nach Hause kommt, lass erst mal ein paar Minuten Zeit zum Ankommen, bevor du nach dem Tag fragst.
    .why = Ein wenig Raum zum Durchatmen achtet den Freiraum und nimmt Gesprächen den Druck.

avo-space-07 = Lass { $partner } heute selbst entscheiden, wie viel vom Tag erzählt wird, und nimm eine kurze Antwort als vollständige.
    .why = Nicht mehr einzufordern, als von selbst kommt, achtet die Autonomie und hält den Kontakt frei von Druck.

avo-space-08 = Wenn { $partner } einen Abend für sich möchte, mit einem Spiel, einem Buch oder einem Spaziergang, sag: „Genieß es!“ – und mein es ehrlich.
    .why = Freiraum gern und ohne schlechtes Gewissen zu geben, achtet die Autonomie und lässt Nähe sicherer wirken.

avo-space-09 = Verbring heute Abend etwas Zeit neben { $partner }, ihr beide mit etwas Eigenem, etwa Lesen oder einem Hobby, ohne reden zu müssen.
    .why = Stille Gesellschaft ohne Erwartungen lässt jemanden, dem Freiraum wichtig ist, Nähe zu eigenen Bedingungen genießen.

avo-space-11 = Wenn { $partner } heute in etwas vertieft ist, etwa ein Buch, ein Spiel oder ein Projekt, stör nicht und heb deine Neuigkeiten für eine natürliche Pause auf.
    .why = Nicht zu unterbrechen, wenn jemand vertieft ist, achtet den Freiraum – so ist Kontakt willkommen statt störend.

avo-space-12 = Frag { $partner }: „Hättest du gern einen Platz zu Hause nur für dich, etwa einen Sessel, einen Schreibtisch oder ein Regal?“ Wenn ja, hilf mit, dass dieser Platz auch wirklich { $partner } gehört.
    .why = Eine eigene Ecke achtet die Unabhängigkeit und lässt das gemeinsame Leben weniger eng wirken.

avo-space-13 = Wenn du heute gemeinsame Zeit vorschlägst, halte es kurz und klar, etwa eine Runde um den Block oder eine Folge einer Serie, damit { $partner } leicht Ja sagen kann.
    .why = Leichte, unverbindliche Einladungen achten das Bedürfnis nach Freiraum und machen es leichter, Ja zu Nähe zu sagen.

avo-validation-01 = Wenn { $partner } dir das nächste Mal die eigene Sicht auf etwas schildert, fass erst in deinen Worten zusammen, was du gehört hast, und bring dann deine ein.
    .why = Eine Sichtweise anzuerkennen, auch wenn du es anders siehst, macht Auseinandersetzungen ruhiger und hält euch im Gespräch.

avo-validation-02 = { $gender ->
        [she] Wenn { $partner } dir heute erklärt, warum sie etwas auf ihre Art gemacht hat, sag ihr, dass das aus ihrer Sicht Sinn ergibt.
        [he] Wenn { $partner } dir heute erklärt, warum er etwas auf seine Art gemacht hat, sag ihm, dass das aus seiner Sicht Sinn ergibt.
       *[name] Wenn { $partner } dir heute erklärt, warum etwas so und nicht anders gemacht wurde, sag: „Aus deiner Sicht ergibt das Sinn.“
    }
    .why = Anzuerkennen, dass eine Überlegung Sinn ergibt, würdigt die Sichtweise – auch wenn du es anders gemacht hättest.

avo-validation-03 = Wenn { $partner } heute Abend über den Tag Dampf ablässt, stimm dem zu, was daran berechtigt ist, statt die Gegenseite zu verteidigen.
    .why = Die eigene Sicht bestätigt zu bekommen, fühlt sich nach Rückhalt an statt nach Rechtfertigungsdruck.

avo-validation-04 = Wenn du und { $partner } heute bei einer Kleinigkeit unterschiedlicher Meinung seid, sag als Erstes: „Ich verstehe, warum du das so siehst.“
    .why = Die andere Sicht zuerst anzuerkennen, auch wenn du anderer Meinung bist, senkt die Abwehr und hält die Stimmung ruhig.

avo-validation-05 = Wenn { $partner } heute von einer Entscheidung bei der Arbeit erzählt, frag, wie es dazu kam – und sag, dass es vernünftig klingt, wenn es das tut.
    .why = Zu zeigen, dass du die Überlegungen respektierst, würdigt die Sichtweise, ohne zu verlangen, sich weiter zu öffnen.

avo-validation-06 = Frag { $partner } heute bei einer praktischen Frage um Rat, etwa zu einer Route oder einer Reparatur, und folge dem Vorschlag.
    .why = Das Urteil in praktischen Dingen zu schätzen, würdigt die Sichtweise ganz beiläufig im Alltag.

avo-validation-07 = Wenn { $partner } sagt, es sei alles gut, oder über etwas lieber nicht reden möchte, dann glaub das fürs Erste.
    .why = Die eigene Einschätzung, wie es jemandem geht, gelten zu lassen, würdigt die Sichtweise und achtet die Autonomie.

avo-validation-08 = Wenn { $partner } heute von einem Herzensthema erzählt, etwa einem Hobby oder einer Meldung aus den Nachrichten, zeig Interesse, ohne darüber zu diskutieren.
    .why = Interesse ohne Debatte zeigt, dass die Sichtweise willkommen ist – und würdigt sie, ohne Druck, mehr zu sagen.

avo-validation-10 = Wenn du heute im Beisein von Freunden oder Familie derselben Meinung bist wie { $partner }, sag das offen.
    .why = Offen hinter einer Sichtweise zu stehen würdigt sie und zeigt, dass du auf derselben Seite stehst – ganz ohne Gegenleistung.

avo-validation-11 = Wenn { $partner } heute einen Vorschlag von dir ablehnt, nimm den Grund als berechtigt an und lass es gut sein.
    .why = Ein Nein ohne Drängen anzunehmen würdigt die Sichtweise und achtet die Autonomie.

avo-validation-12 = Wenn { $partner } dir heute Morgen von den Plänen für den Tag erzählt, sag zuerst, was daran sinnvoll klingt, bevor du Bedenken äußerst.
    .why = Mit dem zu beginnen, was an einem Plan Sinn ergibt, würdigt die Sichtweise und hält jede Diskussion ruhig.

avo-credit-01 = Sprich etwas an, das { $partner } neulich aufgegeben oder umgeplant hat, damit es für euch beide passt, und bedank dich dafür.
    .why = Opfer anzuerkennen gibt das Gefühl, geschätzt zu werden, und stärkt mit der Zeit das Ja zur Beziehung.

avo-credit-02 = Wenn du und { $partner } heute etwas gemeinsam geklärt habt, etwa Pläne, Haushalt oder Geld, sag: „Ich mochte, wie du das mit mir angegangen bist.“
    .why = Anerkennung fürs Miteinander macht Auseinandersetzungen ruhiger, hält euch im Gespräch und zeigt, dass sich Zusammenarbeit lohnt.

avo-credit-03 = Erkenn heute ausdrücklich an, dass { $partner } diese Woche zu Hause etwas übernommen hat, etwa eine Hausarbeit oder eine Besorgung.
    .why = Anzuerkennen, was jemand beiträgt, ist verdiente Anerkennung und stärkt mit der Zeit die Verbundenheit.

avo-credit-04 = Wenn heute etwas gut klappt, das ihr gemeinsam geplant habt, sag klar, dass es am Beitrag von { $partner } lag.
    .why = Den Anteil an gemeinsamen Erfolgen zu würdigen, lässt Wertschätzung spüren und stärkt das Engagement für die Beziehung.

avo-credit-05 = Sag { $partner } zum Feierabend: „Ich sehe, wie viel du gerade stemmst, und das zählt.“
    .why = Anerkennung für geleistete Mühe lässt Wertschätzung spüren und stärkt mit der Zeit die Verbundenheit.

avo-credit-06 = Sag { $partner } heute, auf welchen Einsatz für euer Zuhause oder eure Familie du dich verlässt, und dass das für dich nicht selbstverständlich ist.
    .why = Anerkennung für den steten Einsatz würdigt die Opfer, die jemand bringt, und stärkt die Verbundenheit.

avo-credit-07 = Wenn { $partner } dir diese Woche bei etwas entgegengekommen ist, sag kurz, dass du es bemerkt hast und zu schätzen weißt.
    .why = Entgegenkommen zu bemerken ist Anerkennung fürs Miteinander – so lohnt sich der nächste Kompromiss.

avo-credit-10 = Wenn heute jemand euer Zuhause, ein Essen oder einen Plan lobt, erwähn, welchen Anteil { $partner } daran hat.
    .why = Offene Anerkennung für den eigenen Beitrag lässt Wertschätzung spüren und stärkt das Ja zur Beziehung.

avo-credit-11 = Sprich heute beim Abendessen eine Entscheidung an, die { $partner } neulich getroffen hat und die sich für euch beide gelohnt hat, und sag: „Da hast du richtig entschieden.“
    .why = Anerkennung für gutes Urteilsvermögen und Miteinander lässt Wertschätzung spüren und stärkt mit der Zeit die Verbundenheit.

avo-credit-12 = Wenn { $partner } dir diese Woche bei etwas geholfen hat, schick heute Nachmittag eine kurze Nachricht, wie es dank dieser Hilfe ausgegangen ist.
    .why = Zu erfahren, dass sich die Hilfe gelohnt hat, ist Anerkennung für den Einsatz und zeigt, dass sich Zusammenhalt auszahlt.

avo-calm-conflict-01 = Wenn eine Diskussion mit { $partner } heute hitzig wird, schlag eine kurze Pause vor und nenn einen Zeitpunkt, um darauf zurückzukommen, etwa in einer Stunde.
    .why = Eine Pause mit festem Zeitpunkt zum Weiterreden nimmt Hitze raus und hält euch im Gespräch, ohne das Thema fallen zu lassen.

avo-calm-conflict-02 = Wenn heute zwischen dir und { $partner } eine Kleinigkeit schiefgelaufen ist, sag: „Das ist keine große Sache, ich mach mir darüber keine Sorgen.“
    .why = Ein Problem als klein und lösbar zu behandeln, macht Auseinandersetzungen ruhiger und hält euch im Gespräch.

avo-calm-conflict-03 = Wenn du heute etwas bei { $partner } ansprechen musst, beschränk dich auf einen ruhigen Satz über eine kleine, praktische Lösung.
    .why = Ein Problem klein und praktisch zu halten nimmt Hitze raus und erspart den Druck eines großen Gesprächs.

avo-calm-conflict-04 = Wenn { $partner } heute in einem angespannten Moment kurz Abstand braucht, lauf nicht hinterher und sei herzlich, wenn ihr wieder zusammenkommt.
    .why = Das Bedürfnis nach Abstand zu respektieren und ohne Vorwürfe wieder zusammenzukommen, hält Streit ruhiger und erleichtert den Weg zurück.

avo-calm-conflict-09 = Wenn { $partner } heute kurz angebunden klingt, antworte ruhig und geh vom Guten aus, statt dagegenzuhalten.
    .why = Eine ruhige Antwort in einem angespannten Moment nimmt Hitze raus und verhindert, dass aus einer Kleinigkeit ein Streit wird.

avo-calm-conflict-10 = Wenn dich heute etwas nervt, das { $partner } tut, frag dich, ob es nächste Woche noch wichtig ist – und wenn nicht, lass es los.
    .why = Kleinigkeiten loszulassen hält Probleme im richtigen Verhältnis und die Stimmung zwischen euch entspannt.

avo-calm-conflict-11 = Wenn heute eine Meinungsverschiedenheit mit { $partner } aufkommt, bleib bei dem einen aktuellen Thema und lass alte Streits außen vor.
    .why = Bei einem aktuellen Thema zu bleiben macht es kleiner und hält die Meinungsverschiedenheit ruhig und lösbar.

avo-calm-conflict-12 = Wenn du und { $partner } euch heute bei einer Kleinigkeit nicht einig werdet, schlag einen einfachen Weg vor, etwa abwechseln oder sich in der Mitte treffen.
    .why = Ein Problem als klein und leicht lösbar zu behandeln nimmt Hitze raus und hält euch im Team.

avo-calm-conflict-05 = Jetzt, wo etwas Zeit vergangen ist, schick { $partner } eine freundliche Nachricht über etwas ganz Alltägliches, um zu zeigen, dass zwischen euch alles okay ist.
    .why = Ein ruhiger, alltäglicher Moment nach Anspannung nimmt Hitze raus und zeigt, dass die Meinungsverschiedenheit keine Bedrohung ist.

avo-calm-conflict-06 = Wenn es zwischen dir und { $partner } noch angespannt ist, schlag etwas Abstand vor und nenn einen Zeitpunkt, um darauf zurückzukommen, etwa am nächsten Tag in Ruhe.
    .why = Abstand mit festem Zeitpunkt zum Weiterreden nimmt Hitze raus und achtet die Autonomie, ohne etwas in der Schwebe zu lassen.

avo-calm-conflict-07 = Halte es heute Abend mit { $partner } leicht und alltäglich, mit einem Essen, einer Serie oder einem Spaziergang, statt den Streit noch einmal durchzugehen.
    .why = Nach einem Streit hilft eine entspannte Stimmung euch beiden, zur Ruhe zu kommen; das Thema kann auf einen ruhigeren, gemeinsam gewählten Moment warten.

avo-calm-conflict-08 = Wenn du das nächste Mal mit { $partner } sprichst, beschreib die Meinungsverschiedenheit als kleine, lösbare Sache, nicht als Zeichen für etwas Größeres.
    .why = Ein Problem nach einem Streit im richtigen Verhältnis zu sehen, beruhigt die Lage und hält euch im Gespräch.

avo-credit-08 = Jetzt, wo sich alles beruhigt hat, bedank dich bei { $partner } für etwas, das den Streit nicht schlimmer werden ließ, etwa das Zuhören oder das Ruhigbleiben.
    .why = Anerkennung fürs Miteinander macht Auseinandersetzungen ruhiger, hält euch im Gespräch und zeigt, dass sich das Klären lohnt.

avo-credit-09 = Wenn { $partner } ein Stück nachgegeben hat, damit ihr die Sache beilegen könnt, sag, dass dir das aufgefallen ist und du es zu schätzen weißt.
    .why = Wer für Zugeständnisse Anerkennung bekommt, fühlt sich geschätzt statt besiegt.

avo-validation-09 = Jetzt, wo sich alles gelegt hat, sag { $partner } in einem Satz, was dir an { $gender ->
        [she] ihrer Sicht
        [he] seiner Sicht
       *[name] der Sicht von { $partner }
    } auf den Streit einleuchtet – ohne Diskussion.
    .why = Eine Sichtweise nach einem Streit anzuerkennen, beruhigt, hält euch im Gespräch und zeigt, dass du zugehört hast.

avo-space-10 = Wenn { $partner } nach der Anspannung Zeit für sich braucht, gib diesen Raum gern und sag, wann du wieder ansprechbar bist.
    .why = Freiraum mit klarem Zeitpunkt fürs Wiedersehen achtet die Autonomie und macht es leicht, wieder zusammenzufinden.

gen-appreciation-01 = { $gender ->
        [she] Sag { $partner } ganz konkret, was du heute an ihr geschätzt hast.
        [he] Sag { $partner } ganz konkret, was du heute an ihm geschätzt hast.
       *[name] Sag { $partner } ganz konkret, was du heute an { $partner } geschätzt hast.
    }
    .why = Konkrete, regelmäßige Wertschätzung ist eine kleine Geste, die eine Beziehung stabil hält.

gen-appreciation-02 = Hinterlass { $partner } heute Morgen einen kurzen Zettel mit einem Danke für etwas aus dieser Woche.
    .why = Dankbarkeit vom Menschen an der eigenen Seite macht zufriedener in der Beziehung.

gen-appreciation-03 = Sag { $partner } heute beim Abendessen, was du daran schätzt, wie { $gender ->
        [she] sie
        [he] er
       *[name] { $partner }
    } mit anderen Menschen umgeht.
    .why = Zu schätzen, wer jemand ist, und nicht nur, was jemand tut, ist eine kleine Geste, die Nähe beständig hält.

gen-appreciation-04 = Würdige heute die Mühe statt des Ergebnisses und sag { $partner } etwa: „Ich hab gesehen, wie sehr du dich da reingehängt hast.“
    .why = Mühe zu sehen, egal wie es ausgeht, zeigt verlässliche Unterstützung und Dankbarkeit für den ganzen Menschen.

gen-appreciation-05 = Sag { $partner } heute Morgen, was du an eurem gemeinsamen Leben gerade besonders liebst.
    .why = Laut zu sagen, was du an der Beziehung schätzt, macht euch beide zufriedener damit.

gen-appreciation-06 = Schick { $partner } heute eine Nachricht, die mit „Ich mag es sehr, wie du …“ anfängt, und vervollständige sie ehrlich.
    .why = Konkrete Wertschätzung zeigt, was du bemerkst und schätzt, und macht zufriedener in der Beziehung.

gen-appreciation-07 = Erzähl heute einer Freundin, einem Freund oder jemandem aus der Familie, was du an { $partner } schätzt, und lass { $partner } dann wissen, dass du es gesagt hast.
    .why = Wertschätzung, die du mit anderen teilst und dann weitergibst, zeigt einen Stolz, der spürbar ankommt.

gen-appreciation-08 = Wenn { $partner } heute eine Hausarbeit oder Besorgung erledigt, bedank dich gleich in dem Moment dafür.
    .why = Ein zeitnahes Danke für alltägliche Mühe ist eine einfache Gewohnheit, die eine Beziehung warm hält.

gen-appreciation-09 = Erinnere { $partner } an einen Moment neulich, etwa so: „Weißt du noch, wie du mich zum Lachen gebracht hast? Das hab ich so genossen.“
    .why = Sich an schöne Momente zu erinnern und zu sagen, wie wertvoll sie waren, ist kleine Wertschätzung, die Nähe schafft.

gen-appreciation-10 = Bedank dich heute Morgen bei { $partner } für etwas, das so regelmäßig erledigt wird, dass es kaum auffällt, etwa das Abschließen oder das Bettenmachen.
    .why = Dank für die alltägliche Fürsorge gibt das Gefühl, gesehen zu werden, und hält die Beziehung erfüllend.

gen-appreciation-12 = Sag { $partner }, welche Kleinigkeit euer Zuhause erst zu einem echten Zuhause macht, und bedank dich dafür.
    .why = Alltägliche Fürsorge zu würdigen, macht euch beide zufriedener in der Beziehung.

gen-appreciation-13 = { $gender ->
        [she] Erzähl { $partner } von einer kleinen Angewohnheit, die du an ihr lieben gelernt hast, etwa wie sie dich begrüßt oder beim Kochen summt.
        [he] Erzähl { $partner } von einer kleinen Angewohnheit, die du an ihm lieben gelernt hast, etwa wie er dich begrüßt oder beim Kochen summt.
       *[name] Erzähl { $partner } von einer kleinen Angewohnheit, die du lieben gelernt hast, etwa die Art der Begrüßung oder das Summen beim Kochen.
    }
    .why = Die kleinen Dinge zu bemerken und zu benennen, die du liebst, ist Wertschätzung, die eine Beziehung warm hält.

gen-attention-01 = Wenn du { $partner } heute siehst, leg für die ersten zehn Minuten das Handy weg und frag, wie der Tag war.
    .why = Ungeteilte Aufmerksamkeit, immer wieder geschenkt, ist eine kleine Geste, die Nähe bewahrt.

gen-attention-02 = Frag heute Abend bei { $partner } nach, wie es mit etwas weitergegangen ist, das Anfang der Woche Thema war.
    .why = Sich zu merken, was jemandem wichtig ist, zeigt beständige Aufmerksamkeit und Fürsorge.

gen-attention-03 = Frag { $partner } heute Morgen, was alles ansteht, und frag am Abend nach, wie das Größte davon gelaufen ist.
    .why = Beständige, liebevolle Nachfragen sind kleine Gesten, die eine Beziehung stabil halten.

gen-attention-04 = Informier dich heute über etwas, wofür sich { $partner } gerade begeistert, eine Serie, ein Projekt oder ein Spiel, und stell eine Frage dazu.
    .why = Sich für das zu interessieren, was jemanden interessiert, ist einfache Aufmerksamkeit, die euch verbunden hält.

gen-attention-05 = Stell { $partner } heute beim Abendessen eine konkrete Frage zum Tag, nicht nur „Wie war's?“, und hör die ganze Antwort an.
    .why = Konkrete, aufmerksame Fragen zeigen echtes Interesse – eine kleine Geste, die Nähe bewahrt.

gen-attention-06 = Achte heute darauf, was { $partner } Freude macht, ein Lied, ein Gericht oder ein Ort, und bring es später zur Sprache, um zu zeigen, dass du es dir gemerkt hast.
    .why = Sich zu merken, was jemandem Freude macht, ist spürbare Aufmerksamkeit und hält euch im Alltag verbunden.

gen-attention-07 = Wenn { $partner } dir heute etwas erzählen will, unterbrich, was du gerade tust, und wende dich { $gender ->
        [she] ihr
        [he] ihm
       *[name] { $partner }
    } ganz zu.
    .why = Sich zuzuwenden, wenn jemand spricht, ist einfache Aufmerksamkeit, die Nähe beständig hält.

gen-attention-08 = Frag { $partner } heute Morgen: „Worauf freust du dich diese Woche?“
    .why = Zu wissen, worauf sich der Mensch an deiner Seite freut, ist ein kleiner, steter Weg, aufmerksam zu bleiben.

gen-attention-09 = Nimm dir etwas vor, das { $partner } dir empfohlen hat, eine Serie, ein Buch oder Musik, und erzähl dann, wie du es fandest.
    .why = Sich mit dem zu beschäftigen, was jemandem wichtig ist, zeigt Aufmerksamkeit und gibt euch etwas zum Teilen.

gen-attention-10 = Wenn { $partner } heute ein Meeting, einen Termin oder ein wichtiges Telefonat hatte, schick heute Nachmittag eine Nachricht und frag, wie es gelaufen ist.
    .why = Sich zu merken, was bei jemandem ansteht, zeigt beständige Aufmerksamkeit und hält euch nah.

gen-attention-11 = Frag { $partner } heute, was in letzter Zeit so durch den Kopf geht, und schenk der Antwort deine volle Aufmerksamkeit.
    .why = Ruhige, ungeteilte Aufmerksamkeit ist ein kleines Geschenk, durch das man sich wirklich gekannt fühlt.

gen-attention-12 = Frag { $partner } heute nach jemandem aus dem Freundeskreis, von der Arbeit oder aus der Familie, und merk dir die Details fürs nächste Mal.
    .why = Die Menschen zu kennen, die jemandem wichtig sind, ist beständige Aufmerksamkeit, durch die man sich gekannt fühlt.

gen-kindness-01 = Mach { $partner } heute Morgen Kaffee oder Tee, genau so, wie { $gender ->
        [she] sie ihn
        [he] er ihn
       *[name] { $partner } ihn
    } mag.
    .why = Kleine, alltägliche Gesten sind die beständige Fürsorge, die eine Beziehung stabil hält.

gen-kindness-02 = Erledige eine kleine Aufgabe, die { $partner } schon länger vor sich herschiebt, ohne dass du darum gebeten wirst.
    .why = Still und leise etwas abzunehmen, ist ganz praktische Unterstützung.

gen-kindness-03 = Lass { $partner } heute Abend das Essen, den Film oder den Plan aussuchen und genieß es von ganzem Herzen mit.
    .why = Kleine, großzügige Gesten, gern gemacht, lassen euch beide spüren, dass ihr umsorgt seid.

gen-kindness-04 = Bring { $partner } heute eine kleine Freude mit, etwa den Lieblingssnack oder eine Blume, ganz ohne Anlass.
    .why = Kleine, ungefragte Aufmerksamkeiten halten die Wärme in einer Beziehung im Alltag lebendig.

gen-kindness-05 = Übernimm eine morgendliche Aufgabe, die sonst { $partner } erledigt, etwa Pausenbrote machen oder das Haustier füttern, damit ein paar Minuten mehr bleiben.
    .why = Still etwas abzunehmen, ist eine alltägliche Geste, die zeigt, dass du dich kümmerst.

gen-kindness-06 = Lass { $partner } heute ausschlafen, falls gewünscht, und stell nach dem Aufstehen ein Getränk oder Frühstück bereit.
    .why = Eine kleine, gern geschenkte Annehmlichkeit zum Start in den Tag lässt spüren, dass man umsorgt ist.

gen-kindness-07 = Tu { $partner } heute Abend etwas Gutes, etwa mit einem heißen Getränk oder einer Decke.
    .why = Liebevolle kleine Annehmlichkeiten zeigen Fürsorge ganz ohne Worte.

gen-kindness-08 = Kümmer dich um etwas, das { $partner } jeden Tag braucht: Wasserflasche auffüllen, Auto tanken oder Handy laden.
    .why = Kleine Bedürfnisse zu bemerken und zu erfüllen, ist praktische Fürsorge, die eine Beziehung warm hält.

gen-kindness-09 = Schick { $partner } mitten am Nachmittag, wenn sich der Tag oft zieht, eine kurze, liebe Nachricht.
    .why = Ein liebes Wort zur richtigen Zeit ist eine kleine Geste, die euch auch an vollen Tagen nah hält.

gen-kindness-10 = { $gender ->
        [she] Wenn heute im Gespräch mit anderen die Rede auf { $partner } kommt, sag etwas Liebes über sie.
        [he] Wenn heute im Gespräch mit anderen die Rede auf { $partner } kommt, sag etwas Liebes über ihn.
       *[name] Wenn du heute mit anderen sprichst und es um { $partner } geht, finde freundliche Worte.
    }
    .why = Gut über jemanden zu sprechen, der nicht dabei ist, ist eine respektvolle Gewohnheit, die Vertrauen stärkt.

gen-kindness-12 = Bereite heute Abend etwas für den Morgen von { $partner } vor, etwa die Sachen rauslegen oder den Kaffee vorbereiten, damit der nächste Tag leichter beginnt.
    .why = Den nächsten Tag ungefragt leichter zu machen, ist eine kleine Geste beständiger Fürsorge.

gen-kindness-13 = Überlass { $partner } heute das Beste von etwas, etwa den bequemen Platz, das letzte Stück oder die erste heiße Dusche, ohne viel Aufhebens darum zu machen.
    .why = Kleine, großzügige Entscheidungen im Alltag sind spürbare Fürsorge und halten die Wärme in einer Beziehung.

gen-support-01 = Frag { $partner }: „Was kann ich dir diese Woche abnehmen?“ – und erledige es dann.
    .why = Praktische Unterstützung macht Menschen zufriedener in ihrer Beziehung.

gen-support-02 = Wenn { $partner } einen schweren Tag hatte, frag: „Magst du darüber reden oder einfach abschalten?“ – und richte dich danach.
    .why = Unterstützung, die zu dem passt, was jemand wirklich möchte, hilft am meisten.

gen-support-03 = Wenn bei { $partner } heute etwas Großes ansteht, schick vorher eine kurze Viel-Glück-Nachricht.
    .why = In wichtigen Momenten mit Unterstützung da zu sein, schafft beständiges Vertrauen zwischen euch.

gen-support-04 = Frag { $partner } nach einem aktuellen Ziel: Was ist der nächste Schritt, und kannst du irgendwie helfen?
    .why = Hinter den Zielen des Menschen an deiner Seite zu stehen, ist beständige Unterstützung, die eine Beziehung stabil hält.

gen-support-05 = Frag { $partner } heute Morgen, welcher Teil des Tages am schwersten aussieht, und schick um diese Zeit eine kurze, aufmunternde Nachricht.
    .why = Unterstützung genau dann, wenn sie gebraucht wird, zeigt, dass du aufmerksam bist und auf derselben Seite stehst.

gen-support-06 = Frag { $partner } heute Abend nach einem großen Thema, das gerade ansteht, und wie es sich damit anfühlt – und hör mehr zu, als du redest.
    .why = Aufmerksames Zuhören ist Unterstützung, durch die man sich verstanden fühlt.

gen-support-07 = Übernimm heute eine Aufgabe, vor der es { $partner } schon länger graut, oder pack sie gemeinsam an, damit sie weniger lästig ist.
    .why = Lästiges gemeinsam zu tragen, ist praktische Unterstützung, die spüren lässt: Ich habe Rückhalt.

gen-support-08 = Nenn { $partner } heute eine Sache, die gerade ansteht, und sag: „Da stehe ich voll hinter dir.“
    .why = Klar zu sagen, dass du auf derselben Seite stehst, ist Unterstützung, die Schweres weniger einsam macht.

gen-support-09 = Biete { $partner } heute an, etwas Lästiges zu übernehmen, das schon länger liegen bleibt, etwa einen Anruf, eine Buchung oder ein Formular.
    .why = Eine gefürchtete Aufgabe zu übernehmen, ist ganz konkrete Unterstützung.

gen-support-12 = Wenn { $partner } bei einer Entscheidung feststeckt, biete an, zehn Minuten gemeinsam darüber nachzudenken, und lass die Wahl bei { $gender ->
        [she] ihr
        [he] ihm
       *[name] { $partner }
    }.
    .why = Unterstützung, die hilft, ohne zu übernehmen, gibt Rückhalt und das Gefühl, es selbst zu können.

gen-support-13 = Frag { $partner } heute, was die kommende Woche leichter machen würde, und such dir eine Sache aus, bei der du helfen kannst.
    .why = Vorab zu fragen, was hilft, und es dann zu tun, ist beständige Unterstützung, die volle Wochen leichter macht.

gen-connection-01 = Verbring heute Abend fünfzehn Minuten mit { $partner } ohne Bildschirme, etwa bei einem Spaziergang oder einer Tasse Tee.
    .why = Regelmäßige, ruhige Zeit zu zweit ist eine kleine Gewohnheit, die eine Beziehung stabil hält.

gen-connection-02 = Schlag { $partner } etwas Kleines, Neues für diese Woche vor, ein Rezept, eine Strecke oder einen Ort, und trag es in den Kalender ein.
    .why = Gemeinsame neue Erlebnisse, geplant und eingehalten, halten euch verbunden.

gen-connection-03 = Schick { $partner } heute etwas, das garantiert ein Lächeln zaubert: ein Foto, einen Witz oder eine Erinnerung.
    .why = Kleine Momente geteilter Wärme halten euch auch an vollen Tagen verbunden.

gen-connection-04 = Nimm dir heute Morgen Zeit für ein Frühstück oder einen Kaffee mit { $partner }, und sei es nur zehn Minuten, bevor der Alltag übernimmt.
    .why = Beständige kleine Rituale zu zweit geben einer Beziehung Halt.

gen-connection-05 = Schlag { $partner } heute einen Spaziergang vor, an einen neuen Ort oder zu einem alten Lieblingsplatz – die Handys bleiben dabei in der Tasche.
    .why = Gemeinsame, ruhige Zeit draußen ist eine einfache Gewohnheit, die euch verbunden hält.

gen-connection-06 = Stell { $partner } heute Abend eine Frage, die du noch nie gestellt hast, etwa nach einer schönen Kindheitserinnerung oder einem Ort, der auf der Wunschliste steht.
    .why = Neugierige Fragen lassen euch immer Neues übereinander erfahren und halten eine Beziehung lebendig.

gen-connection-07 = Sorg heute Abend für ein gemeinsames Essen mit { $partner } am Tisch, selbst gekocht oder bestellt, auch wenn es nur etwas Einfaches ist.
    .why = Regelmäßige gemeinsame Mahlzeiten sind kleine Rituale, die euch auch in vollen Wochen verbinden.

gen-connection-08 = Sprich heute mit { $partner } über eine gemeinsame Lieblingserinnerung und genieß es, zusammen daran zurückzudenken.
    .why = Gemeinsam an schöne Zeiten zurückzudenken, erinnert euch beide daran, was euch verbindet.

gen-connection-09 = Schlag { $partner } heute ein Spiel, ein Rätsel oder ein neues Rezept zum gemeinsamen Kochen vor, einfach aus Spaß.
    .why = Spielerische gemeinsame Aktivitäten bringen Lachen und Nähe in den Alltag.

gen-connection-10 = Schick { $partner } heute eine Guten-Morgen-Nachricht mit einer Sache, die ihr zusammen vorhabt und auf die du dich freust.
    .why = Sich auf gemeinsame Zeit zu freuen und es auszusprechen, hält euch auch an vollen Tagen verbunden.

gen-connection-11 = Schick { $partner } heute ein Lied mit den Worten „Da muss ich an dich denken“, und erzähl, warum.
    .why = Kleine geteilte Momente wie dieser halten Wärme und Verbundenheit zwischen euch lebendig.

gen-connection-13 = Mach heute Musik an, die { $partner } mag, während ihr zusammen etwas erledigt, etwa kochen oder aufräumen, und genieß es Seite an Seite.
    .why = Alltägliche Aufgaben in gemeinsame Momente zu verwandeln, hält euch im Alltag verbunden.

gen-appreciation-11 = Jetzt, wo sich alles beruhigt hat, bedank dich bei { $partner } dafür, im Gespräch geblieben zu sein, als es angespannt wurde – auch wenn es nicht rund ausging.
    .why = Die Mühe zu würdigen, in einem schweren Moment dranzubleiben, lässt euch beide wieder spüren, dass ihr auf derselben Seite steht.

gen-kindness-11 = Tu heute Abend etwas Kleines, Liebes für { $partner }, ohne den Streit zu erwähnen, etwa Tee kochen oder eine Hausarbeit übernehmen.
    .why = Eine stille Geste der Fürsorge nach Reibereien zeigt guten Willen und hilft euch beiden, zur Ruhe zu kommen.

gen-support-10 = Jetzt, wo etwas Zeit vergangen ist, frag { $partner }: „Brauchst du nach dem Streit etwas von mir?“ – und tu es, wenn du kannst.
    .why = Zu fragen, was hilft, und dann danach zu handeln, zeigt nach einem Streit, dass ihr auf derselben Seite steht.

gen-support-11 = Sag { $partner } heute Abend ganz ruhig: „Ich möchte deine Sicht verstehen. Wann passt es dir, darüber zu reden?“
    .why = Verstehen zu wollen und die Wahl des Zeitpunkts zu überlassen, macht ein ruhiges Gespräch wahrscheinlicher.

gen-connection-12 = Jetzt, wo sich alles gelegt hat, schlag { $partner } etwas Kleines, Alltägliches vor, etwa einen Spaziergang oder eine Tasse Tee, um wieder zueinanderzufinden.
    .why = Ruhige, alltägliche Zeit zu zweit nach einem Streit lässt euch beide wieder Nähe spüren.
