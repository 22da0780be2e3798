package app.yuedu.study;

import app.yuedu.scheduling.CardType;
import app.yuedu.study.core.StudyQueue;
import io.quarkus.qute.RawString;
import java.time.Instant;
import java.util.List;

/** Read-only views for the study pages; never lazy entities. */
public final class StudyViews {

    private StudyViews() {}

    public record DeckHeader(long id, String name, long articleId) {}

    /**
     * A token of the example sentence: {@code pinyin} numbered and {@code marks} with tone marks (both empty for
     * punctuation), {@code gloss} empty when unknown, {@code highlight} for the card's word.
     */
    public record TokenView(String text, String pinyin, String marks, String gloss, boolean word, boolean highlight) {}

    /**
     * One card as shown: the front's prompt and everything on the back.
     *
     * @param word the word in the student's script
     * @param excerpt the clause around the word; {@code shortened} when it is not the whole sentence
     * @param pinyinHtml the pinyin, tone-coloured ({@code PinyinExtensions.toneHtml})
     * @param excerptHtml the excerpt as the reader shows it (ruby and glosses), rendered once per note
     * @param sentenceHtml the whole sentence, likewise
     */
    public record CardView(long cardId, long version, CardType type, String word, String simplified,
                           String traditional, String pinyin, List<String> glosses, String charHint, int hskLevel,
                           List<TokenView> excerpt, List<TokenView> sentence, boolean shortened, String sentenceText,
                           long articleId, int sentencePosition, RawString pinyinHtml, RawString excerptHtml,
                           RawString sentenceHtml) {

        public boolean isRecognition() {
            return type == CardType.RECOGNITION;
        }

        public boolean isRecall() {
            return type == CardType.RECALL;
        }

        public boolean isCloze() {
            return type == CardType.CLOZE;
        }

        public boolean hasTraditionalForm() {
            return !traditional.equals(simplified);
        }

        public String firstGloss() {
            return glosses.isEmpty() ? (charHint == null ? "" : charHint) : glosses.get(0);
        }

        public String typeLabel() {
            return switch (type) {
                case RECOGNITION -> "What does this word mean?";
                case RECALL -> "Which word is this?";
                case CLOZE -> "Which word fills the gap?";
            };
        }
    }

    /** An answer button: rating 1–4, its name and the interval it would give. */
    public record GradeButton(int value, String name, String interval) {
        public String key() {
            return Integer.toString(value);
        }
    }

    /** The study page; {@code shown} is the card's state as shown, for the grade form ({@code ShownState}). */
    public record StudyPage(DeckHeader deck, CardView card, StudyQueue.Counts counts, boolean reveal,
                            List<GradeButton> grades, Long undoId, boolean toneColours, String shown) {}

    public record DonePage(DeckHeader deck, Instant nextDue, String nextDueText, Long undoId, int reviewedToday) {}
}
