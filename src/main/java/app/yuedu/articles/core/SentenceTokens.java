package app.yuedu.articles.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a sentence's tokens into one compact string column and back. Tokens are separated by the ASCII
 * record separator and their fields by the unit separator: both are control characters that the reflow
 * removes from article text, so they can never occur inside a token.
 */
public final class SentenceTokens {

    private static final char RECORD = '\u001E';
    private static final char UNIT = '\u001F';

    private SentenceTokens() {
    }

    public static String encode(List<StoredToken> tokens) {
        StringBuilder out = new StringBuilder(tokens.size() * 12);
        for (StoredToken token : tokens) {
            if (out.length() > 0) {
                out.append(RECORD);
            }
            requireNoSeparators(token.text());
            out.append(token.text()).append(UNIT).append(token.kind().code).append(UNIT).append(token.pinyin());
        }
        return out.toString();
    }

    public static List<StoredToken> decode(String encoded) {
        List<StoredToken> tokens = new ArrayList<>();
        if (encoded.isEmpty()) {
            return tokens;
        }
        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf(RECORD, start);
            if (end < 0) {
                end = encoded.length();
            }
            int first = encoded.indexOf(UNIT, start);
            int second = encoded.indexOf(UNIT, first + 1);
            if (first < 0 || second < 0 || second > end) {
                throw new IllegalArgumentException("Malformed token record at offset " + start);
            }
            tokens.add(new StoredToken(encoded.substring(start, first),
                    StoredToken.Kind.ofCode(encoded.charAt(first + 1)),
                    encoded.substring(second + 1, end)));
            start = end + 1;
        }
        return tokens;
    }

    private static void requireNoSeparators(String text) {
        if (text.indexOf(RECORD) >= 0 || text.indexOf(UNIT) >= 0) {
            throw new IllegalArgumentException("Token text contains a separator control character");
        }
    }
}
