package cnnlab.ui.stage;

import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Whole numbers typed into a spinner: text that is not one (or is empty) keeps the spinner's
 * value instead of throwing; thousands separators are ignored. Optionally one value reads and
 * shows as the word "same" (padding).
 */
public final class WholeNumberConverter extends StringConverter<Integer> {
    private static final String SAME = "same";

    private final SpinnerValueFactory<Integer> factory;
    private final Integer sameValue;

    /**
     * @param factory   the spinner's values, whose current value stands in for unreadable text
     * @param sameValue the value shown as "same", or null for none
     */
    public WholeNumberConverter(SpinnerValueFactory<Integer> factory, Integer sameValue) {
        this.factory = factory;
        this.sameValue = sameValue;
    }

    @Override
    public String toString(Integer value) {
        return value == null ? "" : value.equals(sameValue) ? SAME : value.toString();
    }

    @Override
    public Integer fromString(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (sameValue != null && SAME.equalsIgnoreCase(t)) {
            return sameValue;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return factory.getValue();
        }
    }
}
