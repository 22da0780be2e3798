package app.yuedu.study;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The submitted deck settings form, as typed, with its checks. */
record StudySettingsForm(String retention, String newPerDay, String reviewsPerDay, String order,
                         boolean recognition, boolean recall, boolean cloze) {

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Double r = number(retention);
        if (r == null || r < 0.7 || r > 0.99) {
            errors.put("retention", "Desired retention is a number from 0.70 to 0.99, such as 0.9.");
        }
        Integer n = whole(newPerDay);
        if (n == null || n < 0 || n > 9999) {
            errors.put("newPerDay", "New cards per day is a whole number from 0 to 9999.");
        }
        Integer v = whole(reviewsPerDay);
        if (v == null || v < 0 || v > 99999) {
            errors.put("reviewsPerDay", "Reviews per day is a whole number from 0 to 99999.");
        }
        if (parsedOrder() == null) {
            errors.put("order", "Choose an order for new cards.");
        }
        if (!recognition && !recall && !cloze) {
            errors.put("types", "Enable at least one card type.");
        }
        return errors;
    }

    /** Copies the valid values into {@code settings}, keeping its own where a value is invalid. */
    DeckSettings applyTo(DeckSettings settings) {
        Double r = number(retention);
        if (r != null && r >= 0.7 && r <= 0.99) {
            settings.desiredRetention = r;
        }
        Integer n = whole(newPerDay);
        if (n != null && n >= 0 && n <= 9999) {
            settings.newPerDay = n;
        }
        Integer v = whole(reviewsPerDay);
        if (v != null && v >= 0 && v <= 99999) {
            settings.reviewsPerDay = v;
        }
        if (parsedOrder() != null) {
            settings.newCardOrder = parsedOrder();
        }
        settings.recognition = recognition;
        settings.recall = recall;
        settings.cloze = cloze;
        return settings;
    }

    private NewCardOrder parsedOrder() {
        try {
            return order == null ? null : NewCardOrder.valueOf(order.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
