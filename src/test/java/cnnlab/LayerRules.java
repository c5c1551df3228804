package cnnlab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The allowed imports of each layer in /work/shared/ARCHITECTURE.md, as code. */
final class LayerRules {

    /**
     * One broken rule.
     *
     * @param path the offending file
     * @param line the line of the offending import, or 1 for a file-level problem
     * @param message what is wrong
     */
    record Violation(String path, int line, String message) {
        @Override
        public String toString() {
            return path + ":" + line + ": " + message;
        }
    }

    /**
     * What one layer may import.
     *
     * @param mayUse the other {@code cnnlab} layers it may import
     * @param forbidden prefixes of outside packages it may not import
     */
    private record Rule(Set<String> mayUse, List<String> forbidden) {
    }

    private static final String JAVAFX = "javafx.";
    private static final String IKONLI = "org.kordamp.";
    private static final String JACKSON = "com.fasterxml.";
    private static final String AWT = "java.awt.";
    private static final String IMAGEIO = "javax.imageio.";
    private static final Set<String> EVERY_LAYER = Set.of("engine", "imaging", "lesson", "timeline", "ui", "app");

    private static final Map<String, Rule> RULES = Map.of(
            "engine", new Rule(Set.of(), List.of(JAVAFX, IKONLI, JACKSON, AWT, IMAGEIO)),
            "imaging", new Rule(Set.of("engine"), List.of(JAVAFX, IKONLI, JACKSON)),
            // ARCHITECTURE.md says lesson -> engine; lessons may also load image files as tensors, so imaging too.
            "lesson", new Rule(Set.of("engine", "imaging"), List.of(JAVAFX, IKONLI)),
            "timeline", new Rule(Set.of("engine"), List.of(JAVAFX, IKONLI, JACKSON, AWT, IMAGEIO)),
            "ui", new Rule(Set.of("timeline", "lesson", "engine", "imaging"), List.of(JACKSON)),
            "app", new Rule(EVERY_LAYER, List.of()));

    /** The command line must run without a display, so it may not touch JavaFX or the UI. */
    private static final List<String> HEADLESS_FORBIDDEN = List.of(JAVAFX, IKONLI, "cnnlab.ui.");

    private LayerRules() {
    }

    /** @return the layers the rules know, e.g. {@code engine} */
    static Set<String> layers() {
        return RULES.keySet();
    }

    /**
     * @param packageName a package such as {@code cnnlab.app.cli}
     * @return its layer such as {@code app}, or the empty string outside {@code cnnlab.*}
     */
    static String layerOf(String packageName) {
        if (!packageName.startsWith("cnnlab.")) {
            return "";
        }
        String rest = packageName.substring("cnnlab.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * @param file a parsed source file
     * @return every broken rule in the file, in line order
     */
    static List<Violation> check(SourceFile file) {
        List<Violation> violations = new ArrayList<>();
        String layer = layerOf(file.packageName());
        Rule rule = RULES.get(layer);
        if (rule == null) {
            violations.add(new Violation(file.path(), 1, "package '" + file.packageName()
                    + "' is in no layer of ARCHITECTURE.md (" + String.join(", ", RULES.keySet()) + ")"));
            return violations;
        }
        boolean headless = isHeadless(file);
        for (SourceFile.Import anImport : file.imports()) {
            String name = anImport.name();
            String used = layerOf(name.endsWith(".*") ? name.substring(0, name.length() - 2) : name);
            if (name.startsWith("cnnlab.") && !used.equals(layer) && !rule.mayUse().contains(used)) {
                violations.add(new Violation(file.path(), anImport.line(),
                        "cnnlab." + layer + " may not import " + name + " (it may use: "
                                + (rule.mayUse().isEmpty() ? "no other layer" : String.join(", ", rule.mayUse().stream().sorted().toList())) + ")"));
            }
            for (String prefix : rule.forbidden()) {
                if (name.startsWith(prefix)) {
                    violations.add(new Violation(file.path(), anImport.line(),
                            "cnnlab." + layer + " may not import " + prefix + "* (" + name + ")"));
                }
            }
            for (String prefix : HEADLESS_FORBIDDEN) {
                if (headless && name.startsWith(prefix)) {
                    violations.add(new Violation(file.path(), anImport.line(),
                            "the command line must stay headless; " + file.fileName() + " may not import " + name));
                }
            }
        }
        return violations;
    }

    /** Main, Cli and everything in cnnlab.app.cli run without JavaFX. */
    private static boolean isHeadless(SourceFile file) {
        String pkg = file.packageName();
        return pkg.equals("cnnlab.app.cli") || pkg.startsWith("cnnlab.app.cli.")
                || pkg.equals("cnnlab.app") && Set.of("Main.java", "Cli.java").contains(file.fileName());
    }
}
