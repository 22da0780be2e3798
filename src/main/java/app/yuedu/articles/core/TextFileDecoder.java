package app.yuedu.articles.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an uploaded text file whose encoding is not declared: UTF-8 (with or without a byte order mark),
 * UTF-16 with a byte order mark, GB18030 (which includes GBK and GB2312) or Big5.
 *
 * <p>A byte order mark decides at once. Otherwise valid UTF-8 is UTF-8: other Chinese encodings almost never
 * form valid UTF-8 by accident. Between GB18030 and Big5 both decoders usually succeed, since their byte ranges
 * overlap, but the wrong one yields a soup of rare characters: the decoding with the larger share of
 * {@link #COMMON_CHARACTERS} wins. Bytes that decode to control characters are not text at all (a binary file
 * renamed .txt) and are rejected.
 */
public final class TextFileDecoder {

    /** The decoded text and the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    /**
     * About 400 of the most frequent characters of Chinese text, in their simplified and traditional forms.
     * Correctly decoded prose has well over a third of its Han characters among them; text decoded in the wrong
     * encoding has almost none.
     */
    static final String COMMON_CHARACTERS = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子"
            + "那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
            + "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最"
            + "重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通"
            + "教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量"
            + "再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强"
            + "即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导"
            + "争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱"
            + "们個這來說時為國會對後過發開學還經與於麼種動現見長問間頭體們進當實從點樣關與業電門員機將軍軍學長應總產"
            + "論處義條題氣報結區務場許統隊並萬傳師觀讓識帶導爭運飛風轉單兒東聲話們務讀寫語書車記語親難極權還黨們華";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextFileDecoder() {
    }

    /**
     * @throws ArticleRejected with {@link ArticleRejected.Reason#NOT_TEXT} when the bytes are not text in any of
     *                         the encodings read
     */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        String gb = strict(bytes, 0, GB18030);
        String big5 = strict(bytes, 0, BIG5);
        if (gb != null && (big5 == null || commonShare(gb) >= commonShare(big5))) {
            return checked(gb, "GB18030");
        }
        return checked(big5, "Big5");
    }

    /** The share of Han characters of {@code text} that are among the {@link #COMMON_CHARACTERS}. */
    static double commonShare(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (ChineseText.isHan(c)) {
                han++;
                if (COMMON_CHARACTERS.indexOf(c) >= 0) {
                    common++;
                }
            }
            i += Character.charCount(c);
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static Decoded checked(String text, String encoding) {
        if (text == null || !looksLikeText(text)) {
            throw new ArticleRejected(ArticleRejected.Reason.NOT_TEXT, "The file is not a text file: it holds"
                    + " binary data (or an encoding other than UTF-8, UTF-16, GB18030 or Big5). Upload a .txt,"
                    + " .docx or .pdf file, or paste the article's text.");
        }
        return new Decoded(text, encoding);
    }

    /** Text has no NUL and almost no other control characters (a few stray ones survive copy and paste). */
    static boolean looksLikeText(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)
                    || c == '\uFFFD') {
                control++;
            }
        }
        return control <= text.length() / 1000;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
