package org.sift.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sift.model.Configuration;

/**
 * The generated configurations, in generation order (composition by composition, trajectory by
 * trajectory, frame by frame). Synthetic and unlabelled: no energy, forces, stress or virial.
 */
public record SyntheticData(SyntheticOptions options, List<Configuration> configurations) {

    public SyntheticData {
        configurations = List.copyOf(configurations);
    }

    /** Count per default group (reduced formula), in order of first appearance. */
    public Map<String, Integer> groupCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Configuration c : configurations) {
            m.merge(c.formulaGroup(), 1, Integer::sum);
        }
        return m;
    }
}
