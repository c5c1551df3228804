package cnnlab.bench;

/** Loads OpenCV's native library from the openpnp jar once per JVM. */
final class OpenCvNatives {
    private static boolean loaded;

    private OpenCvNatives() {
    }

    static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }
}
