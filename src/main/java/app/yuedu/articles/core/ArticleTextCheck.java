package app.yuedu.articles.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that a submitted text can become an article before anything else is done with it: it must be
 * valid UTF-8 (when given as bytes), not larger than a limit, not blank, and contain Chinese. Each
 * failure throws {@link ArticleRejected} with its reason and a message that tells how to fix it.
 *
 * <p>The size limit counts UTF-8 bytes, the size of the text as stored and uploaded, so the same text is
 * accepted or rejected whether it is pasted or uploaded. It is checked before decoding, so an oversized
 * upload costs nothing.
 */
public final class ArticleTextCheck {

    private final long maxBytes;

    /** @param maxBytes the largest accepted text, in UTF-8 bytes */
    public ArticleTextCheck(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Checks an uploaded file.
     *
     * @return the decoded text, without a leading byte order mark
     * @throws ArticleRejected when the bytes are too many, not UTF-8, blank or without Chinese
     */
    public String check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw empty();
        }
        checkSize(upload.length);
        String text = decodeUtf8(upload);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        checkContent(text);
        return text;
    }

    /**
     * Checks pasted text.
     *
     * @return the text, unchanged
     * @throws ArticleRejected when the text is too large, blank or without Chinese
     */
    public String check(String text) {
        if (text == null) {
            throw empty();
        }
        checkSize(utf8Length(text));
        checkContent(text);
        return text;
    }

    private void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new ArticleRejected(ArticleRejected.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "The article is too large: it has %s, the limit is %s. Split it into shorter articles"
                            + " and add them one at a time.", size(bytes), size(maxBytes)));
        }
    }

    private static void checkContent(String text) {
        boolean blank = true;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (ChineseText.isHan(codePoint)) {
                return;
            }
            char c = text.charAt(i);
            if (blank && !Character.isWhitespace(c) && !ChineseText.isSpace(c) && !ChineseText.isInvisible(c)) {
                blank = false;
            }
            i += Character.charCount(codePoint);
        }
        if (blank) {
            throw empty();
        }
        throw new ArticleRejected(ArticleRejected.Reason.NO_CHINESE,
                "The article contains no Chinese characters: paste the text of a Chinese article"
                        + " (simplified or traditional characters).");
    }

    private static ArticleRejected empty() {
        return new ArticleRejected(ArticleRejected.Reason.EMPTY,
                "The article is empty: paste the text of a Chinese article.");
    }

    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ArticleRejected(ArticleRejected.Reason.INVALID_UTF8, invalidUtf8Message(bytes, in.position()));
        }
        return out.flip().toString();
    }

    private static String invalidUtf8Message(byte[] bytes, int offset) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "The file is saved as UTF-16, not UTF-8: save it again as UTF-8 (in your editor's"
                    + " \"Save as\" dialog) and upload it again, or paste its text instead.";
        }
        return "The file is not valid UTF-8 text (the first bad byte is at offset " + offset + "). Chinese"
                + " text files are often saved as GBK or GB18030: save it again as UTF-8 (in your editor's"
                + " \"Save as\" dialog) and upload it again, or paste its text instead.";
    }

    /** Length of the text in UTF-8, without encoding it; an unpaired surrogate counts 3 bytes, as U+FFFD would. */
    static long utf8Length(String text) {
        long bytes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
