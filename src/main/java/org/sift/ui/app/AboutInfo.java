package org.sift.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the About dialog says: version, how to cite, and the credit for the bundled data. */
public final class AboutInfo {

    public static final String CITATION =
            "Redundancy reduction of Li–Si training data by farthest point sampling on SOAP similarity";
    public static final String DATA_CREDIT =
            "Sample data: DFTB Li–Si configurations from F. Fernandez et al., Phys. Rev. B 108, 144201 (2023), CC BY-SA 4.0.";

    private AboutInfo() {
    }

    /** The version from the build (a filtered resource), or "development build" if absent. */
    public static String version() {
        try (InputStream in = AboutInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "development build";
    }

    /** The full About text. */
    public static String text() {
        return "Sift " + version() + "\n\n"
                + "Curation of training sets for machine-learning interatomic potentials: "
                + "SOAP similarity and farthest point sampling.\n\n"
                + "If you use Sift, please cite:\n" + CITATION + "\n\n"
                + DATA_CREDIT + "\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "?");
    }
}
