package cnnlab.app.cli;

/** The version of CNN Lab, from the jar manifest's {@code Implementation-Version}. */
public final class AppVersion {

    /** Shown when running from compiled classes, which have no manifest. */
    public static final String DEVELOPMENT = "dev";

    private AppVersion() {
    }

    /** @return the version in the jar manifest, or {@value #DEVELOPMENT} when there is none */
    public static String current() {
        return orDevelopment(AppVersion.class.getPackage().getImplementationVersion());
    }

    /**
     * @param manifestVersion the manifest value, possibly null or blank
     * @return the value, or {@value #DEVELOPMENT} when it is null or blank
     */
    static String orDevelopment(String manifestVersion) {
        return manifestVersion == null || manifestVersion.isBlank() ? DEVELOPMENT : manifestVersion.strip();
    }
}
