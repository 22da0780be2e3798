package app.yuedu.export.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A small deck from an article about a summit, for the writers' tests. */
final class SampleDeck {

    static final Instant MODIFIED = Instant.parse("2026-03-14T09:26:53Z");

    private SampleDeck() {}

    static ExportDeck deck() {
        return deck("Yuedu::峰会新闻", true);
    }

    static ExportDeck deck(String name, boolean cloze) {
        return new ExportDeck("install-7f3a", "deck-42", name, "Words from \"G20 summit\" <news>",
                "g20-summit", MODIFIED, cloze);
    }

    static ExportNote summit() {
        return new ExportNote("峰会", "峰會", PinyinSyllable.parseNumbered("feng1 hui4"), List.of("summit", "summit meeting"),
                6, "二十国集团峰会在杭州举行。", "Èrshí guó jítuán fēnghuì zài Hángzhōu jǔxíng.", "G20 summit news",
                List.of("politics"), Instant.parse("2026-03-10T08:00:00Z"));
    }

    static ExportNote hold() {
        return new ExportNote("举行", "舉行", PinyinSyllable.parseNumbered("ju3 xing2"), List.of("to hold (a meeting)"),
                5, "二十国集团峰会在杭州举行。", "", "G20 summit news", List.of(), Instant.parse("2026-03-10T08:00:00Z"));
    }

    /** No example sentence and no gloss: only a Recognition card. */
    static ExportNote hangzhou() {
        return new ExportNote("杭州", "杭州", PinyinSyllable.parseNumbered("Hang2 zhou1"), List.of(),
                0, "", "", "", List.of(), Instant.parse("2026-03-11T08:00:00Z"));
    }

    static List<ExportNote> notes() {
        return List.of(summit(), hold(), hangzhou());
    }

    /** The summit note as a student has studied it: Recognition in review, Recall learning, Cloze new. */
    static ExportNote studiedSummit() {
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        Instant second = Instant.parse("2026-03-01T10:10:00Z");
        Instant third = Instant.parse("2026-03-04T09:00:00Z");
        ExportCard recognition = ExportCard.inReview(CardTemplate.RECOGNITION, Instant.parse("2026-03-20T09:00:00Z"),
                16, 3, 0, new FsrsMemoryState(15.98765, 4.123456, 0.9, null), third,
                List.of(
                        new ExportReview(first, 3, ReviewKind.LEARNING, Duration.ofMinutes(10), Duration.ZERO,
                                0, 5.0, Duration.ofSeconds(7)),
                        new ExportReview(second, 3, ReviewKind.LEARNING, Duration.ofDays(3),
                                Duration.ofMinutes(10), 0, 4.5, Duration.ofSeconds(4)),
                        new ExportReview(third, 3, ReviewKind.REVIEW, Duration.ofDays(16), Duration.ofDays(3),
                                0, 4.123456, Duration.ofMillis(3500))));
        ExportCard recall = new ExportCard(CardTemplate.RECALL, CardPhase.LEARNING,
                Instant.parse("2026-03-04T09:10:00Z"), 0, 0, 1, 0, 1, new FsrsMemoryState(0.4, 7.0), third,
                false, List.of(new ExportReview(third, 1, ReviewKind.LEARNING, Duration.ofMinutes(10),
                        Duration.ZERO, 0, 7.0, Duration.ofSeconds(12))));
        return summit().withCards(List.of(recognition, recall));
    }
}
