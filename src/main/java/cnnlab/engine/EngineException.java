package cnnlab.engine;

/**
 * A configuration or input the engine cannot compute with, explained in words a student
 * or instructor understands (for example "stride must be at least 1, got 0").
 * Callers add the file, line and field; the engine only knows what is wrong.
 */
public final class EngineException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    /** @throws EngineException with {@code message} when {@code condition} is false */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new EngineException(message);
        }
    }
}
