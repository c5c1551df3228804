package cnnlab.app.cli;

import cnnlab.engine.PaddingRule;

/** Reads a {@code --padding} value: a whole number, {@code valid} (0) or {@code same}. */
public final class PaddingOption {

    private PaddingOption() {
    }

    /**
     * @param args the parsed arguments, whose {@code padding} option is read
     * @param sameAllowed whether {@code same} is accepted
     * @return the padding rule; 0 when the option was not given
     * @throws UsageException for anything else, a negative number included
     */
    public static PaddingRule read(ParsedArgs args, boolean sameAllowed) throws UsageException {
        String value = args.value("padding").orElse("0").strip();
        if (value.equals("valid")) {
            return PaddingRule.VALID;
        }
        if (value.equals("same") && sameAllowed) {
            return PaddingRule.SAME;
        }
        String expected = sameAllowed ? "a whole number of at least 0, 'valid' or 'same'"
                : "a whole number of at least 0 or 'valid'";
        try {
            int amount = Integer.parseInt(value);
            if (amount >= 0) {
                return PaddingRule.of(amount);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted forms
        }
        throw new UsageException("option --padding needs " + expected + ", got '" + value + "'");
    }
}
