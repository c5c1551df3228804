package cnnlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves a path written in a lesson (an image) against the lesson file, and refuses paths that
 * leave the two allowed folders: the lesson file's own folder, and the {@code sample-images}
 * folder beside the lessons folder ({@code ../sample-images/...}). Absolute paths, backslashes,
 * {@code ..} that climbs anywhere else, and symbolic links that lead outside those folders are
 * refused. The same rule holds for bundled lessons inside the jar.
 */
final class LessonPaths {
    /** The folder beside the lessons folder that lessons may take images from. */
    static final String SAMPLE_IMAGES = "sample-images";

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private LessonPaths() {
    }

    /** A path a lesson may not use, with the reason. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The file {@code written} names, relative to {@code lessonFile}'s folder.
     *
     * @throws Refused when the path is absolute, leaves the allowed folders, or does not exist
     */
    static Path resolve(Path lessonFile, String written) throws Refused {
        if (written.isBlank()) {
            throw new Refused("the path is empty");
        }
        if (written.startsWith("/") || written.startsWith("\\") || DRIVE.matcher(written).matches()) {
            throw new Refused("\"" + written + "\" is an absolute path; write it relative to the lesson file,"
                    + " e.g. \"../" + SAMPLE_IMAGES + "/cross-5x5.png\"");
        }
        if (written.contains("\\")) {
            throw new Refused("\"" + written + "\" contains a backslash; separate folders with / so the lesson"
                    + " works on every system");
        }
        Path folder = lessonFile.toAbsolutePath().normalize().getParent();
        Path target = folder.resolve(written).normalize();
        List<Path> roots = allowedRoots(folder);
        if (roots.stream().noneMatch(target::startsWith)) {
            throw new Refused("\"" + written + "\" leads outside the lesson's folder; a lesson may only use files"
                    + " in its own folder or in ../" + SAMPLE_IMAGES + "/");
        }
        if (!Files.exists(target)) {
            throw new Refused("the file \"" + written + "\" does not exist (looked for " + target + ")");
        }
        try {
            Path real = target.toRealPath();
            for (Path root : roots) {
                if (Files.exists(root) && real.startsWith(root.toRealPath())) {
                    return target;
                }
            }
        } catch (IOException e) {
            throw new Refused("the file \"" + written + "\" cannot be opened: " + e.getMessage());
        }
        throw new Refused("\"" + written + "\" is a symbolic link that leads outside the lesson's folder"
                + " and ../" + SAMPLE_IMAGES + "/");
    }

    private static List<Path> allowedRoots(Path folder) {
        Path parent = folder.getParent();
        return parent == null ? List.of(folder) : List.of(folder, parent.resolve(SAMPLE_IMAGES));
    }
}
