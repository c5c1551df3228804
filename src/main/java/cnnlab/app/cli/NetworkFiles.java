package cnnlab.app.cli;

import cnnlab.engine.Network;
import cnnlab.lesson.NetworkReader;
import cnnlab.lesson.Problem;
import cnnlab.lesson.ProblemsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Reads the {@code --network NET.json} file of a command, turning its problems into one error line. */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /**
     * @param file the file name as the user typed it
     * @return the network
     * @throws UsageException with the first error (located) and how many more there are
     */
    public static Network read(String file) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--network '" + file + "' is not a valid file name (" + e.getReason() + ")");
        }
        try {
            return NetworkReader.read(path, file);
        } catch (ProblemsException e) {
            List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
            Problem first = errors.isEmpty() ? e.problems().get(0) : errors.get(0);
            int more = errors.size() - 1;
            throw UsageException.inInput(first + (more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s")
                    + "; fix this one first)" : ""));
        }
    }
}
