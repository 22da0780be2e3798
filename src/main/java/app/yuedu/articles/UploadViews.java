package app.yuedu.articles;

import java.util.List;

/** View records of the upload form and the draft preview. */
public final class UploadViews {

    private UploadViews() {
    }

    /** The upload form's values, shown again when the form comes back with errors. */
    public record UploadForm(long classId, String title, String source, String text) {
    }

    /** An article that is stored already, offered instead of a duplicate. */
    public record ExistingDeck(long deckId, String name, long classId, String contentHash) {
    }

    /** An unpublished upload in the teacher's list. */
    public record DraftSummary(long id, String title, String className, String status) {
    }

    public record DraftView(long id, String title, String fileName, String status, String error, int sentenceCount,
                            long classId, String className, List<String> sentences) {

        public boolean isReady() {
            return "READY".equals(status);
        }

        public boolean isFailed() {
            return "FAILED".equals(status);
        }

        public int hiddenSentences() {
            return Math.max(0, sentenceCount - sentences.size());
        }
    }

    /** A mined word as the preview shows it, with the class's corrections applied. */
    public record WordView(String word, String pinyin, String gloss, int hskLevel, int frequencyRank, int count,
                           boolean knownByDefault, boolean dropped, boolean corrected) {

        /** Whether the word has more than one character, so splitting it means something. */
        public boolean isSplittable() {
            return word.codePointCount(0, word.length()) > 1;
        }

        /** The word as an HTML id fragment: its code points in hex, since ids should stay ASCII. */
        public String anchor() {
            StringBuilder id = new StringBuilder("w");
            word.codePoints().forEach(c -> id.append('-').append(Integer.toHexString(c)));
            return id.toString();
        }
    }
}
