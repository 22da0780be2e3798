package app.yuedu.export.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A small writer of compact JSON with keys in the order they are written, for the collection's JSON columns.
 * Kept here so the core needs no JSON library and the output is byte-for-byte predictable.
 */
final class Json {

    private final StringBuilder out = new StringBuilder(256);
    /** Whether the next value in the current object or array needs a comma before it. */
    private boolean needsComma;

    Json beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    Json endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    Json beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    Json endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    Json key(String name) {
        separate();
        quote(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    Json value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            quote(text);
        }
        needsComma = true;
        return this;
    }

    Json value(long number) {
        return raw(Long.toString(number));
    }

    Json value(boolean flag) {
        return raw(Boolean.toString(flag));
    }

    /**
     * A decimal rounded half away from zero (as Rust's {@code round}, which Anki uses) to {@code places}
     * digits, without trailing zeros ({@code 0.9}, {@code 12.3457}).
     */
    Json value(double number, int places) {
        BigDecimal rounded = BigDecimal.valueOf(number).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return raw(rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString());
    }

    Json nullValue() {
        return raw("null");
    }

    Json field(String name, String text) {
        return key(name).value(text);
    }

    Json field(String name, long number) {
        return key(name).value(number);
    }

    Json field(String name, boolean flag) {
        return key(name).value(flag);
    }

    Json numbers(String name, List<? extends Number> numbers) {
        key(name).beginArray();
        for (Number number : numbers) {
            raw(number.toString());
        }
        return endArray();
    }

    private Json raw(String literal) {
        separate();
        out.append(literal);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
            needsComma = false;
        }
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
