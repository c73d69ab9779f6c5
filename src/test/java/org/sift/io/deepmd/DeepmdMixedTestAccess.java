package org.sift.io.deepmd;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Lets tests of other packages write the mixed-type test system of {@link DeepmdMixedTest}. */
public final class DeepmdMixedTestAccess {

    private DeepmdMixedTestAccess() {
    }

    public static JsonNode writeMixed(Path folder) throws Exception {
        return DeepmdMixedTest.writeMixed(folder);
    }
}
