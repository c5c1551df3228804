package cnnlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {

    @Test
    void findsCommandsByNameInRegistrationOrder() {
        Command pool = named("pool");
        Command convolve = named("convolve");
        CommandRegistry registry = new CommandRegistry(List.of(pool, convolve));

        assertEquals(List.of("pool", "convolve"), registry.names());
        assertEquals(convolve, registry.find("convolve").orElseThrow());
        assertTrue(registry.find("train").isEmpty());
    }

    @Test
    void rejectsDuplicateAndMalformedNames() {
        assertThrows(IllegalArgumentException.class,
                () -> new CommandRegistry(List.of(named("pool"), named("pool"))));
        assertThrows(IllegalArgumentException.class, () -> new CommandRegistry(List.of(named("Pool"))));
        assertThrows(IllegalArgumentException.class, () -> new CommandRegistry(List.of(named("--pool"))));
    }

    static Command named(String name) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "Does " + name + ".";
            }

            @Override
            public int run(ParsedArgs args, PrintStream out, PrintStream err) {
                return ExitCodes.OK;
            }
        };
    }
}
