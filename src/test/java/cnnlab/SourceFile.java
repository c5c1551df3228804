package cnnlab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the architecture test needs from one Java source file: its package and its import
 * statements with line numbers. Static imports count too; fully qualified names in code do not.
 *
 * @param path where the file is, as shown in failure messages
 * @param packageName the declared package, or an empty string for none
 * @param imports the imports in file order
 */
record SourceFile(String path, String packageName, List<Import> imports) {

    /**
     * One import statement.
     *
     * @param line the 1-based line number
     * @param name what is imported, e.g. {@code javafx.scene.Node} or {@code javafx.scene.*}
     */
    record Import(int line, String name) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    SourceFile {
        imports = List.copyOf(imports);
    }

    /**
     * @param path where the text came from
     * @param text the Java source
     * @return the package and imports found in the text
     */
    static SourceFile parse(String path, String text) {
        String packageName = "";
        List<Import> imports = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher pkg = PACKAGE.matcher(lines.get(i));
            if (pkg.find()) {
                packageName = pkg.group(1);
            }
            Matcher imp = IMPORT.matcher(lines.get(i));
            if (imp.find()) {
                imports.add(new Import(i + 1, imp.group(1)));
            }
        }
        return new SourceFile(path, packageName, imports);
    }

    /** @return the file name, e.g. {@code Cli.java} */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
