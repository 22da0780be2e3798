package app.yuedu.lexicon.core;

import java.util.ArrayList;
import java.util.List;

/** Applies {@link SegmentationOverrides} to a finished segmentation: split words first, then forced words. */
final class OverrideApplier {

    private OverrideApplier() {
    }

    static List<Token> apply(String text, List<Token> tokens, SegmentationOverrides overrides,
            Dictionary dictionary) {
        List<Token> result = tokens;
        if (!overrides.splitWords().isEmpty()) {
            result = new ArrayList<>(tokens.size() + 8);
            for (Token token : tokens) {
                if (token.isVocabulary() && overrides.splitWords().contains(token.text())) {
                    int start = token.start();
                    for (String part : splitIntoShorterWords(token.text(), dictionary)) {
                        result.add(new Token(part, kindOf(part, dictionary, TokenKind.WORD), start));
                        start += part.length();
                    }
                } else {
                    result.add(token);
                }
            }
        }
        for (String forced : overrides.forcedWords()) {
            for (int at = text.indexOf(forced); at >= 0; at = text.indexOf(forced, at + forced.length())) {
                result = forceWhole(text, result, at, at + forced.length(), dictionary);
            }
        }
        return result;
    }

    /** Replaces the tokens overlapping [start, end) by one token, keeping the parts that stick out. */
    private static List<Token> forceWhole(String text, List<Token> tokens, int start, int end,
            Dictionary dictionary) {
        List<Token> result = new ArrayList<>(tokens.size());
        boolean wasProperNoun = false;
        int insertAt = -1;
        for (Token token : tokens) {
            if (token.end() <= start || token.start() >= end) {
                result.add(token);
                continue;
            }
            wasProperNoun |= token.kind() == TokenKind.PROPER_NOUN;
            if (token.start() < start) {
                String head = text.substring(token.start(), start);
                result.add(new Token(head, kindOf(head, dictionary, token.kind()), token.start()));
            }
            if (insertAt < 0) {
                insertAt = result.size();
                result.add(null); // placeholder for the forced word
            }
            if (token.end() > end) {
                String tail = text.substring(end, token.end());
                result.add(new Token(tail, kindOf(tail, dictionary, token.kind()), end));
            }
        }
        String word = text.substring(start, end);
        TokenKind fallback = wasProperNoun ? TokenKind.PROPER_NOUN : TokenKind.WORD;
        result.set(insertAt, new Token(word, kindOf(word, dictionary, fallback), start));
        return result;
    }

    /** The kind CEDICT suggests, else {@code fallback} (WORD if that is not vocabulary). */
    private static TokenKind kindOf(String word, Dictionary dictionary, TokenKind fallback) {
        return WordSegmenter.kindOf(dictionary.headwordFlags(word, 0, word.length()),
                fallback.isVocabulary() ? fallback : TokenKind.WORD);
    }

    /** The cheapest cut of a word into strictly shorter CEDICT words or single characters. */
    static List<String> splitIntoShorterWords(String word, Dictionary dictionary) {
        int n = word.length();
        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= n && j - i < n; j++) {
                double arc = j - i == 1 ? 1.4 : dictionary.contains(word, i, j) ? 1.0 : Double.POSITIVE_INFINITY;
                if (cost[i] + arc < cost[j]) {
                    cost[j] = cost[i] + arc;
                    from[j] = i;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            parts.add(0, word.substring(from[j], j));
        }
        return parts;
    }
}
