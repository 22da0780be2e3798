package app.yuedu.export.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgWriterTest {

    @TempDir
    Path tmp;

    private static byte[] write(ApkgWriter writer, ExportDeck deck, List<ExportNote> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(deck, notes.iterator(), out);
        return out.toByteArray();
    }

    private ApkgContents open(byte[] apkg) throws Exception {
        return ApkgContents.open(apkg, tmp);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "");
    }

    @Test
    void packageHoldsTheSchema11CollectionAndAnEmptyMediaMap() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            assertEquals(List.of("collection.anki21", "media"), new ArrayList<>(apkg.entries.keySet()));
            assertEquals("{}", new String(apkg.entries.get("media"), StandardCharsets.UTF_8));
            assertEquals("ok", apkg.row("pragma integrity_check").values().iterator().next());
            assertEquals(List.of("cards", "col", "graves", "notes", "revlog"),
                    apkg.rows("select name from sqlite_master where type = 'table' order by name").stream()
                            .map(row -> row.get("name")).toList());
            // column lists of Anki's schema11.sql, in order
            assertColumns(apkg, "col", "id crt mod scm ver dty usn ls conf models decks dconf tags");
            assertColumns(apkg, "notes", "id guid mid mod usn tags flds sfld csum flags data");
            assertColumns(apkg, "cards",
                    "id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data");
            assertColumns(apkg, "revlog", "id cid usn ease ivl lastIvl factor time type");
            assertColumns(apkg, "graves", "usn oid type");
            Map<String, Object> col = apkg.row("select * from col");
            assertEquals(11, col.get("ver"));
            assertEquals(SampleDeck.MODIFIED.toEpochMilli(), ((Number) col.get("mod")).longValue());
            JsonNode conf = apkg.colJson("conf");
            assertEquals(2, conf.get("schedVer").asInt(), "v2 scheduling, so Anki imports due dates as they are");
            assertEquals(4, conf.get("nextPos").asInt());
            assertTrue(apkg.colJson("dconf").has("1"));
            assertTrue(apkg.colJson("tags").isObject());
        }
    }

    private static void assertColumns(ApkgContents apkg, String table, String expected) throws Exception {
        List<Object> names = apkg.rows("pragma table_info(" + table + ")").stream().map(r -> r.get("name")).toList();
        assertEquals(List.of((Object[]) expected.split(" ")), names, table);
    }

    @Test
    void noteTypeHasTheYueduFieldsTemplatesAndToneStylesheet() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            JsonNode model = apkg.model();
            assertEquals("Yuedu Chinese", model.get("name").asText());
            assertEquals(0, model.get("type").asInt(), "a standard note type, not Anki's cloze type");
            List<String> fields = new ArrayList<>();
            model.get("flds").forEach(f -> fields.add(f.get("name").asText()));
            assertEquals(List.of("Simplified", "Traditional", "Pinyin", "Meaning", "HSK", "Sentence",
                    "SentencePinyin", "Source", "SentenceCloze"), fields);
            List<String> templates = new ArrayList<>();
            model.get("tmpls").forEach(t -> templates.add(t.get("name").asText()));
            assertEquals(List.of("Recognition", "Recall", "Cloze"), templates);
            assertTrue(model.get("tmpls").get(0).get("qfmt").asText().contains("{{Simplified}}"));
            assertTrue(model.get("tmpls").get(1).get("qfmt").asText().contains("{{Meaning}}"));
            assertTrue(model.get("tmpls").get(2).get("qfmt").asText().startsWith("{{#SentenceCloze}}"));
            String css = model.get("css").asText();
            for (int tone = 1; tone <= 5; tone++) {
                assertTrue(css.contains(".tone" + tone + " {"), "day colour for tone " + tone);
                assertTrue(css.contains(".nightMode .tone" + tone), "night colour for tone " + tone);
                assertTrue(css.contains(".night_mode .tone" + tone), "AnkiDroid night colour for tone " + tone);
            }
            assertEquals(apkg.colJson("conf").get("curModel").asLong(), model.get("id").asLong());
            assertEquals(model.get("id").asLong(), ((Number) apkg.row("select distinct mid from notes").get("mid")).longValue());
        }
    }

    /** Anki refuses a note type whose templates name unknown fields, leave a section open or show no field. */
    @Test
    void templatesOnlyUseKnownFieldsAndCloseTheirSections() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            JsonNode model = apkg.model();
            List<String> fields = new ArrayList<>(List.of("FrontSide"));
            model.get("flds").forEach(f -> fields.add(f.get("name").asText()));
            for (JsonNode template : model.get("tmpls")) {
                for (String side : List.of("qfmt", "afmt")) {
                    java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
                    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("\\{\\{(.*?)}}")
                            .matcher(template.get(side).asText());
                    int referenced = 0;
                    while (tag.find()) {
                        String body = tag.group(1).trim();
                        if (body.startsWith("#") || body.startsWith("^")) {
                            open.push(body.substring(1));
                        } else if (body.startsWith("/")) {
                            assertEquals(open.pop(), body.substring(1), template.get("name") + " " + side);
                            continue;
                        }
                        String field = body.replaceFirst("^[#^]", "").replaceFirst("^.*:", "");
                        assertTrue(fields.contains(field), template.get("name") + " uses unknown field " + field);
                        referenced++;
                    }
                    assertTrue(open.isEmpty(), template.get("name") + " " + side + " leaves a section open");
                    assertTrue(referenced > 0, template.get("name") + " " + side + " shows no field");
                }
            }
        }
    }

    @Test
    void summitNoteCarriesWordReadingMeaningSentenceAndTags() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            String[] fields = apkg.fieldsOf("峰会");
            assertEquals(9, fields.length);
            assertEquals("峰會", fields[1]);
            assertEquals("fēnghuì", text(fields[2]));
            assertEquals("<span class=\"tone1\">fēng</span><span class=\"tone4\">huì</span>", fields[2]);
            assertTrue(fields[3].contains("summit"));
            assertEquals("6", fields[4]);
            assertEquals("二十国集团峰会在杭州举行。", fields[5]);
            assertEquals("二十国集团<span class=\"cloze-blank\">[...]</span>在杭州举行。", fields[8]);
            Map<String, Object> note = apkg.row("select * from notes where sfld = '峰会'");
            assertEquals(" g20-summit HSK6 politics yuedu ", note.get("tags"));
            assertEquals(Instant.parse("2026-03-10T08:00:00Z").getEpochSecond(), ((Number) note.get("mod")).longValue());
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest("峰会".getBytes(StandardCharsets.UTF_8));
            assertEquals(Long.parseLong(HexFormat.of().formatHex(sha1).substring(0, 8), 16),
                    ((Number) note.get("csum")).longValue());
        }
    }

    @Test
    void checksumMatchesAnkisOwnTestVectors() {
        assertEquals(2840236005L, new StableIds(SampleDeck.deck()).fieldChecksum("test"));
        assertEquals(1464653051L, new StableIds(SampleDeck.deck()).fieldChecksum("今日"));
    }

    @Test
    void cardsExistOnlyForTemplatesWithSomethingOnTheFront() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            assertEquals(3, apkg.count("notes"));
            // 峰会 and 举行: three cards each; 杭州 has no gloss and no sentence: Recognition only
            assertEquals(7, apkg.count("cards"));
            assertEquals(0, apkg.count("revlog"));
            assertEquals(List.of(0), apkg.rows("select c.ord from cards c join notes n on n.id = c.nid "
                    + "where n.sfld = '杭州'").stream().map(r -> r.get("ord")).toList());
            assertEquals(1, apkg.count("(select distinct did from cards)"));
            assertEquals(List.of(0), apkg.rows("select distinct queue from cards").stream().map(r -> r.get("queue")).toList());
            assertEquals(List.of(1, 2, 3), apkg.rows("select distinct due from cards order by due").stream()
                    .map(r -> r.get("due")).toList(), "new cards in the deck's order");
        }
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck("Yuedu", false), SampleDeck.notes()))) {
            assertEquals(5, apkg.count("cards"), "no Cloze cards when the deck does not enable them");
            assertEquals("", apkg.fieldsOf("峰会")[8]);
            assertEquals(9, apkg.model().get("flds").size(), "the field list does not depend on the deck");
        }
    }

    @Test
    void idsAreStableAcrossExportsAndDistinctAcrossDecks() throws Exception {
        ExportDeck later = new ExportDeck("install-7f3a", "deck-42", "Renamed deck", "", "g20-summit",
                SampleDeck.MODIFIED.plusSeconds(86_400), true);
        ExportDeck otherDeck = new ExportDeck("install-7f3a", "deck-43", "Yuedu::峰会新闻", "", "g20-summit",
                SampleDeck.MODIFIED, true);
        ExportDeck otherInstall = new ExportDeck("install-0000", "deck-42", "Yuedu::峰会新闻", "", "g20-summit",
                SampleDeck.MODIFIED, true);
        List<ExportNote> edited = List.of(SampleDeck.hangzhou(), SampleDeck.summit());
        Ids first = ids(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()));
        Ids again = ids(write(ApkgWriter.cleanDeck(), later, edited));
        Ids other = ids(write(ApkgWriter.cleanDeck(), otherDeck, SampleDeck.notes()));
        Ids foreign = ids(write(ApkgWriter.cleanDeck(), otherInstall, SampleDeck.notes()));

        assertEquals(first.guids.get("峰会"), again.guids.get("峰会"));
        assertEquals(first.guids.get("杭州"), again.guids.get("杭州"));
        assertTrue(first.guids.get("峰会").length() <= 20);
        assertEquals(first.noteType, again.noteType);
        assertEquals(first.deck, again.deck, "a renamed deck keeps its id");
        assertNotEquals(first.guids.get("峰会"), other.guids.get("峰会"), "another deck's note is another note");
        assertEquals(first.noteType, other.noteType, "one note type per installation");
        assertNotEquals(first.deck, other.deck);
        assertNotEquals(first.noteType, foreign.noteType);
        assertNotEquals(first.guids.get("峰会"), foreign.guids.get("峰会"));
    }

    private record Ids(Map<String, String> guids, long noteType, long deck) {}

    private Ids ids(byte[] apkg) throws Exception {
        try (ApkgContents contents = open(apkg)) {
            Map<String, String> guids = new java.util.HashMap<>();
            for (Map<String, Object> note : contents.rows("select sfld, guid from notes")) {
                guids.put((String) note.get("sfld"), (String) note.get("guid"));
            }
            long deck = ((Number) contents.row("select distinct did from cards").get("did")).longValue();
            return new Ids(guids, contents.model().get("id").asLong(), deck);
        }
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTheTimeZone() {
        byte[] first = write(ApkgWriter.withProgress(), SampleDeck.deck(),
                List.of(SampleDeck.studiedSummit(), SampleDeck.hold(), SampleDeck.hangzhou()));
        TimeZone original = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            second = write(ApkgWriter.withProgress(), SampleDeck.deck(),
                    List.of(SampleDeck.studiedSummit(), SampleDeck.hold(), SampleDeck.hangzhou()));
        } finally {
            TimeZone.setDefault(original);
        }
        assertArrayEquals(first, second);
        byte[] changed = write(ApkgWriter.withProgress(), SampleDeck.deck(),
                List.of(SampleDeck.hold(), SampleDeck.studiedSummit(), SampleDeck.hangzhou()));
        assertFalse(java.util.Arrays.equals(first, changed), "the order of the notes is part of the input");
    }

    @Test
    void idsAreNotInTheFutureOfTheDeck() throws Exception {
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), SampleDeck.notes()))) {
            long modified = SampleDeck.MODIFIED.toEpochMilli();
            assertEquals(0, apkg.count("(select id from notes where id >= " + modified
                    + " union all select id from cards where id >= " + modified + ")"));
            assertEquals(3, apkg.count("(select distinct id from notes)"));
        }
    }

    @Test
    void markupInTheInputShowsAsText() throws Exception {
        ExportNote tricky = new ExportNote("A&B", "", List.of(), List.of("<b>bold</b> & \"quoted\""), 0,
                "x\u001fy\ttab", "", "", List.of("two words", "a\"b"), SampleDeck.MODIFIED);
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), List.of(tricky)))) {
            String[] fields = apkg.fieldsOf("A&amp;B");
            assertEquals(9, fields.length, "a U+001F in the input must not split the fields");
            assertEquals("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;", fields[3]);
            assertEquals("xy tab", fields[5]);
            Map<String, Object> note = apkg.row("select sfld, csum, tags from notes");
            assertEquals("A&B", note.get("sfld"), "the sort field is the text, as Anki stores it");
            assertEquals(new StableIds(SampleDeck.deck()).fieldChecksum("A&B"), ((Number) note.get("csum")).longValue());
            assertEquals(" ab g20-summit two_words yuedu ", note.get("tags"));
            assertEquals("Words from &quot;G20 summit&quot; &lt;news&gt;",
                    apkg.colJson("decks").findValues("desc").stream().map(JsonNode::asText)
                            .filter(d -> !d.isEmpty()).findFirst().orElseThrow());
        }
    }

    @Test
    void studentProgressSurvivesTheRoundTrip() throws Exception {
        List<ExportNote> notes = List.of(SampleDeck.studiedSummit(), SampleDeck.hold());
        try (ApkgContents apkg = open(write(ApkgWriter.withProgress(), SampleDeck.deck(), notes))) {
            Map<String, Object> recognition = apkg.row(
                    "select c.* from cards c join notes n on n.id = c.nid where n.sfld = '峰会' and c.ord = 0");
            long expectedDay = ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 20));
            assertEquals(expectedDay, ((Number) recognition.get("due")).longValue());
            assertEquals(2, recognition.get("type"));
            assertEquals(2, recognition.get("queue"));
            assertEquals(16, recognition.get("ivl"));
            assertEquals(3, recognition.get("reps"));
            assertEquals(2500, recognition.get("factor"));
            JsonNode data = ApkgContents.JSON.readTree((String) recognition.get("data"));
            assertEquals(15.9877, data.get("s").asDouble(), 1e-9);
            assertEquals(4.123, data.get("d").asDouble(), 1e-9);
            assertEquals(0.9, data.get("dr").asDouble(), 1e-9);
            assertEquals(Instant.parse("2026-03-04T09:00:00Z").getEpochSecond(), data.get("lrt").asLong());
            long crt = ((Number) apkg.row("select crt from col").get("crt")).longValue();
            assertEquals(LocalDate.of(2026, 3, 20), LocalDate.ofEpochDay(Math.floorDiv(crt, 86_400) + expectedDay),
                    "due day counts from the collection's creation");

            Map<String, Object> recall = apkg.row(
                    "select c.* from cards c join notes n on n.id = c.nid where n.sfld = '峰会' and c.ord = 1");
            assertEquals(1, recall.get("queue"));
            assertEquals(Instant.parse("2026-03-04T09:10:00Z").getEpochSecond(), ((Number) recall.get("due")).longValue());
            assertEquals(1, recall.get("left"));

            assertEquals(4, apkg.count("revlog"));
            List<Map<String, Object>> log = apkg.rows("select r.* from revlog r join cards c on c.id = r.cid "
                    + "where c.ord = 0 order by r.id");
            assertEquals(List.of(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli(),
                            Instant.parse("2026-03-01T10:10:00Z").toEpochMilli(),
                            Instant.parse("2026-03-04T09:00:00Z").toEpochMilli()),
                    log.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
            assertEquals(List.of(-600, 3, 16), log.stream().map(r -> r.get("ivl")).toList());
            assertEquals(List.of(0, -600, 3), log.stream().map(r -> r.get("lastIvl")).toList());
            assertEquals(List.of(0, 0, 1), log.stream().map(r -> r.get("type")).toList());
            assertEquals(3500, log.get(2).get("time"));
            // FSRS difficulty 4.123456 normalised to Anki's 100..1100 factor range
            assertEquals(447, log.get(2).get("factor"));
            // a review in the same millisecond as another moves on by one instead of being lost
            assertEquals(2, apkg.count("(select id from revlog where id between "
                    + Instant.parse("2026-03-04T09:00:00Z").toEpochMilli() + " and "
                    + (Instant.parse("2026-03-04T09:00:00Z").toEpochMilli() + 1) + ")"));

            assertEquals(List.of(0), apkg.rows("select distinct c.queue from cards c join notes n on n.id = c.nid "
                    + "where n.sfld = '举行'").stream().map(r -> r.get("queue")).toList());
        }
        try (ApkgContents clean = open(write(ApkgWriter.cleanDeck(), SampleDeck.deck(), notes))) {
            assertEquals(0, clean.count("revlog"), "a teacher's deck carries no reviews");
            assertEquals(List.of(0), clean.rows("select distinct queue from cards").stream().map(r -> r.get("queue")).toList());
            assertEquals(0, clean.count("(select * from cards where reps > 0 or data != '{}')"));
        }
    }

    @Test
    void emptyDeckIsAnErrorNotAnEmptyFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmptyDeckException error = assertThrows(EmptyDeckException.class,
                () -> ApkgWriter.cleanDeck().write(SampleDeck.deck(), Collections.emptyIterator(), out));
        assertTrue(error.getMessage().contains("Yuedu::峰会新闻"), error.getMessage());
        assertTrue(error.getMessage().contains("no words"), error.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void theSameWordTwiceIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DuplicateNoteException error = assertThrows(DuplicateNoteException.class, () -> ApkgWriter.cleanDeck()
                .write(SampleDeck.deck(), Stream.of(SampleDeck.summit(), SampleDeck.hold(), SampleDeck.summit()), out));
        assertTrue(error.getMessage().contains("峰会"));
        assertEquals(0, out.size());
    }

    @Test
    void deckNameIsCleanedAndItsParentsExist() throws Exception {
        ExportDeck messy = SampleDeck.deck(" Yuedu\t::\"Summit\"\u0007 news:: ", false);
        try (ApkgContents apkg = open(write(ApkgWriter.cleanDeck(), messy, SampleDeck.notes()))) {
            JsonNode decks = apkg.colJson("decks");
            List<String> names = new ArrayList<>();
            decks.forEach(d -> names.add(d.get("name").asText()));
            assertEquals(List.of("Default", "Yuedu", "Yuedu::Summit news", "Yuedu::Summit news::blank"), names);
            long did = ((Number) apkg.row("select distinct did from cards").get("did")).longValue();
            assertEquals("Yuedu::Summit news::blank", decks.get(Long.toString(did)).get("name").asText());
            decks.fields().forEachRemaining(e -> assertEquals(e.getKey(), e.getValue().get("id").asText()));
        }
    }
}
