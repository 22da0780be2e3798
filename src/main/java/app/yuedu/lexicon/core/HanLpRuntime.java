package app.yuedu.lexicon.core;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.BitSet;
import java.util.List;
import java.util.logging.Level;

/**
 * The one place that touches HanLP's global state: it silences HanLP's logger (which warns about
 * optional data the portable jar does not ship) and creates the segmenter once, on first use (the
 * holder idiom makes that lazy and thread-safe). HanLP's segmenters and pinyin conversion are read-only
 * after loading and safe to share.
 */
final class HanLpRuntime {

    private HanLpRuntime() {
    }

    private static final class Holder {
        static final Segment SEGMENT = create();

        private static Segment create() {
            Predefine.logger.setLevel(Level.OFF);
            HanLP.Config.enableDebug(false);
            return HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true);
        }
    }

    /** Characters HanLP's dictionary of transliterated names uses (托, 卡, 耶, 夫 …), read once. */
    private static final class Transliteration {
        static final BitSet CHARACTERS = load();

        private static BitSet load() {
            Holder.SEGMENT.getClass();
            BitSet characters = new BitSet(0x10000);
            for (char c = 0x3400; c < 0xA000; c++) {
                if (TranslatedPersonDictionary.containsKey(String.valueOf(c))) {
                    characters.set(c);
                }
            }
            return characters;
        }
    }

    /** Whether HanLP's transliterated-name dictionary lists {@code c} as a character of foreign names. */
    static boolean isTransliterationCharacter(char c) {
        return Transliteration.CHARACTERS.get(c);
    }

    /** HanLP's Viterbi segmentation with person-name and transliterated-name recognition. */
    static List<Term> segment(String text) {
        return Holder.SEGMENT.seg(text);
    }

    /** HanLP's traditional-to-simplified conversion (unchanged for text that is already simplified). */
    static String toSimplified(String text) {
        Holder.SEGMENT.getClass();
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** One pinyin per char of {@code text} (HanLP's "none5" for characters without a reading). */
    static List<Pinyin> pinyin(String text) {
        Holder.SEGMENT.getClass(); // make sure HanLP is configured before its pinyin dictionary loads
        return HanLP.convertToPinyinList(text);
    }
}
