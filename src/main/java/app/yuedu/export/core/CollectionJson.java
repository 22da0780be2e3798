package app.yuedu.export.core;

import java.util.List;

/**
 * The JSON columns of the collection's single {@code col} row in schema 11: {@code conf}, {@code models},
 * {@code decks} and {@code dconf}. Keys follow what Anki's schema-11 readers require (rslib
 * {@code DeckSchema11}, {@code DeckConfSchema11}, {@code NotetypeSchema11}) and what Anki 2.1's own legacy
 * export writes.
 */
final class CollectionJson {

    /** Anki's built-in deck and options preset; every collection has both. */
    static final long DEFAULT_ID = 1;

    private CollectionJson() {}

    /**
     * Collection settings. {@code schedVer} 2 matters: with it Anki imports the cards' scheduling as is instead
     * of converting it from the v1 scheduler; {@code nextPos} continues after the new cards' positions.
     */
    static String conf(long deckId, long noteTypeId, long nextPosition) {
        return new Json().beginObject()
                .numbers("activeDecks", List.of(deckId))
                .field("curDeck", deckId)
                .field("newSpread", 0)
                .field("collapseTime", 1200)
                .field("timeLim", 0)
                .field("estTimes", true)
                .field("dueCounts", true)
                .field("curModel", noteTypeId)
                .field("nextPos", nextPosition)
                .field("sortType", "noteFld")
                .field("sortBackwards", false)
                .field("addToCur", true)
                .field("dayLearnFirst", false)
                .field("schedVer", 2)
                .field("sched2021", true)
                .endObject()
                .toString();
    }

    static String models(StableIds ids, long deckId) {
        Json json = new Json().beginObject().key(Long.toString(ids.noteTypeId()));
        YueduNoteType.writeModel(json, ids, deckId);
        return json.endObject().toString();
    }

    /** A deck named {@code name}, with its id; {@code mod} in seconds. */
    record DeckEntry(long id, String name, String description, long mod) {}

    static String decks(List<DeckEntry> decks) {
        Json json = new Json().beginObject();
        for (DeckEntry deck : decks) {
            json.key(Long.toString(deck.id())).beginObject()
                    .field("id", deck.id())
                    .field("mod", deck.mod())
                    .field("name", deck.name())
                    .field("usn", -1)
                    .numbers("lrnToday", List.of(0, 0))
                    .numbers("revToday", List.of(0, 0))
                    .numbers("newToday", List.of(0, 0))
                    .numbers("timeToday", List.of(0, 0))
                    .field("collapsed", false)
                    .field("browserCollapsed", false)
                    .field("desc", deck.description())
                    .field("dyn", 0)
                    .field("conf", DEFAULT_ID)
                    .field("extendNew", 0)
                    .field("extendRev", 0)
                    .endObject();
        }
        return json.endObject().toString();
    }

    /** Anki's default options preset, as schema 11 stores it. */
    static String deckConfigs() {
        Json json = new Json().beginObject().key(Long.toString(DEFAULT_ID)).beginObject()
                .field("id", DEFAULT_ID)
                .field("mod", 0)
                .field("name", "Default")
                .field("usn", 0)
                .field("maxTaken", 60)
                .field("autoplay", true)
                .field("timer", 0)
                .field("replayq", true)
                .field("dyn", false);
        json.key("new").beginObject()
                .field("bury", false)
                .numbers("delays", List.of(1.0, 10.0))
                .field("initialFactor", 2500)
                .numbers("ints", List.of(1, 4, 0))
                .field("order", 1)
                .field("perDay", 20)
                .endObject();
        json.key("rev").beginObject()
                .field("bury", false)
                .key("ease4").value(1.3, 2)
                .key("ivlFct").value(1.0, 2)
                .field("maxIvl", 36500)
                .field("perDay", 200)
                .key("hardFactor").value(1.2, 2)
                .endObject();
        json.key("lapse").beginObject()
                .numbers("delays", List.of(10.0))
                .field("leechAction", 1)
                .field("leechFails", 8)
                .field("minInt", 1)
                .key("mult").value(0.0, 2)
                .endObject();
        return json.endObject().endObject().toString();
    }
}
