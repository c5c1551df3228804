package cnnlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionParserTest {

    private final OptionParser parser = new OptionParser(List.of(
            OptionSpec.value("stride", "N", "Step between windows."),
            OptionSpec.value("kernel", "FILE", "Kernel file."),
            OptionSpec.flag("json", "Print JSON.")));

    @Test
    void readsValuesFlagsAndPositionalsInAnyOrder() throws UsageException {
        ParsedArgs args = parser.parse(List.of("in.png", "--stride", "2", "--json", "--kernel=k.txt", "out.png"));

        assertEquals(Optional.of("2"), args.value("stride"));
        assertEquals("k.txt", args.requiredValue("kernel"));
        assertTrue(args.flag("json"));
        assertEquals(List.of("in.png", "out.png"), args.positionals());
    }

    @Test
    void absentOptionsAreEmptyAndFalse() throws UsageException {
        ParsedArgs args = parser.parse(List.of());

        assertEquals(Optional.empty(), args.value("stride"));
        assertFalse(args.flag("json"));
        assertEquals(7, args.intValue("stride", 7));
        assertEquals("missing option --kernel",
                assertThrows(UsageException.class, () -> args.requiredValue("kernel")).getMessage());
    }

    @Test
    void negativeNumbersAreValuesAndPositionals() throws UsageException {
        ParsedArgs args = parser.parse(List.of("--stride", "-3", "-1.5", "-.5"));

        assertEquals(-3, args.intValue("stride", 0));
        assertEquals(List.of("-1.5", "-.5"), args.positionals());
    }

    @Test
    void doubleDashMakesTheRestPositional() throws UsageException {
        ParsedArgs args = parser.parse(List.of("--json", "--", "--stride", "-"));

        assertTrue(args.flag("json"));
        assertEquals(List.of("--stride", "-"), args.positionals());
        assertEquals(Optional.empty(), args.value("stride"));
    }

    @Test
    void unknownOptionListsTheKnownOnes() {
        assertEquals("unknown option --strid (known: --stride, --kernel, --json)", failure("--strid", "2"));
    }

    @Test
    void singleDashWordIsAnUnknownOption() {
        assertEquals("unknown option -stride (options start with --; known: --stride, --kernel, --json)",
                failure("-stride", "2"));
    }

    @Test
    void commandWithoutOptionsSaysSo() {
        UsageException e = assertThrows(UsageException.class,
                () -> new OptionParser(List.of()).parse(List.of("--json")));
        assertEquals("unknown option --json (this command takes no options)", e.getMessage());
    }

    @Test
    void missingValueAtTheEndOrBeforeAnotherOption() {
        assertEquals("option --stride needs a value: --stride N", failure("--stride"));
        assertEquals("option --stride needs a value: --stride N", failure("--stride", "--json"));
        assertEquals("option --stride needs a value: --stride N", failure("--stride="));
    }

    @Test
    void optionGivenTwice() {
        assertEquals("option --stride given twice", failure("--stride", "1", "--stride=2"));
        assertEquals("option --json given twice", failure("--json", "--json"));
    }

    @Test
    void flagWithValue() {
        assertEquals("option --json takes no value", failure("--json=yes"));
    }

    @Test
    void nonNumericIntValueIsAUsageError() throws UsageException {
        ParsedArgs args = parser.parse(List.of("--stride", "two"));

        UsageException e = assertThrows(UsageException.class, () -> args.intValue("stride", 1));
        assertEquals("option --stride needs a whole number, got 'two'", e.getMessage());
    }

    @Test
    void askingForAnUndeclaredOptionIsABugNotBadInput() throws UsageException {
        ParsedArgs args = parser.parse(List.of());

        assertThrows(IllegalArgumentException.class, () -> args.value("strides"));
        assertThrows(IllegalArgumentException.class, () -> args.flag("jsn"));
    }

    @Test
    void positionalCountIsChecked() throws UsageException {
        ParsedArgs two = parser.parse(List.of("a", "b"));

        two.requirePositionalCount(1, 2);
        assertEquals("expects exactly 1 argument, got 2",
                assertThrows(UsageException.class, () -> two.requirePositionalCount(1, 1)).getMessage());
        assertEquals("expects 3 to 4 arguments, got 2",
                assertThrows(UsageException.class, () -> two.requirePositionalCount(3, 4)).getMessage());
        assertEquals("takes no arguments, got 'a b'",
                assertThrows(UsageException.class, () -> two.requirePositionalCount(0, 0)).getMessage());
    }

    @Test
    void declaringAnOptionTwiceOrDeclaringHelpIsRejected() {
        OptionSpec stride = OptionSpec.value("stride", "N", "Step.");
        assertThrows(IllegalArgumentException.class, () -> new OptionParser(List.of(stride, stride)));
        assertThrows(IllegalArgumentException.class,
                () -> new OptionParser(List.of(OptionSpec.flag("help", "Help."))));
        assertThrows(IllegalArgumentException.class, () -> OptionSpec.flag("--json", "Print JSON."));
    }

    @Test
    void doesNotModifyItsInput() throws UsageException {
        List<String> input = new java.util.ArrayList<>(List.of("--stride", "2", "x"));
        parser.parse(input);
        assertEquals(List.of("--stride", "2", "x"), input);
    }

    private String failure(String... args) {
        return assertThrows(UsageException.class, () -> parser.parse(List.of(args))).getMessage();
    }
}
