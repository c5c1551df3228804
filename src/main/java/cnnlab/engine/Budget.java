package cnnlab.engine;

/**
 * The largest tensor the engine agrees to allocate. Anything bigger is refused up front with a
 * message instead of ending in an {@link OutOfMemoryError}.
 */
public final class Budget {
    /** 64 Mi floats = 256 MiB, far above any lesson and above a 4000×3000 RGB photo (36 M). */
    public static final long MAX_ELEMENTS = 64L * 1024 * 1024;

    private Budget() {
    }

    /**
     * Refuses a tensor of {@code elements} floats when it exceeds {@link #MAX_ELEMENTS}.
     *
     * @param what names the tensor in the message, e.g. "convolution output"
     */
    public static void checkElements(long elements, String what) {
        if (elements > MAX_ELEMENTS) {
            throw new EngineException(what + " would hold " + elements + " values, more than the "
                    + MAX_ELEMENTS + " this app allows; use a smaller image or fewer filters");
        }
    }
}
